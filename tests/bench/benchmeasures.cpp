#include "benchmeasures.h"

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>

namespace hierarch::bench {

double Samples::median() const
{
    if (ms.isEmpty())
        return 0;
    QList<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype n = sorted.size();
    return n % 2 ? sorted.at(n / 2) : (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2;
}

double Samples::min() const
{
    return ms.isEmpty() ? 0 : *std::min_element(ms.begin(), ms.end());
}

static double timeOnce(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

Samples timeRuns(int runs, const std::function<void()> &work, bool warmUp)
{
    if (warmUp)
        work();
    Samples samples;
    for (int i = 0; i < runs; ++i)
        samples.ms.append(timeOnce(work));
    return samples;
}

std::pair<Samples, Samples> timeSideBySide(int runs, const std::function<void()> &first,
                                           const std::function<void()> &second)
{
    first();
    second();
    Samples a;
    Samples b;
    for (int i = 0; i < runs; ++i) {
        // Alternate which goes first, so neither always inherits the other's warm caches.
        if (i % 2 == 0) {
            a.ms.append(timeOnce(first));
            b.ms.append(timeOnce(second));
        } else {
            b.ms.append(timeOnce(second));
            a.ms.append(timeOnce(first));
        }
    }
    return {a, b};
}

double peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            const QByteArray kb = line.mid(6).trimmed().split(' ').value(0);
            return kb.toDouble() / 1024.0;
        }
    }
    return -1;
}

} // namespace hierarch::bench
