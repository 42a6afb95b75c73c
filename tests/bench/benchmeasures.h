#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace hierarch::bench {

// Wall-clock samples of one measure, in milliseconds.
struct Samples
{
    QList<double> ms;

    double median() const;
    double min() const;
};

// Runs `work` `runs` times (after one untimed warm-up when `warmUp`) and times each run.
Samples timeRuns(int runs, const std::function<void()> &work, bool warmUp = true);

// Times `first` and `second` alternately, so both see the same machine state (caches, other
// load): the ratio of their medians is what QUALITY.md asks for.
std::pair<Samples, Samples> timeSideBySide(int runs, const std::function<void()> &first,
                                           const std::function<void()> &second);

// One line of the result table.
struct Row
{
    Row(QString measure, QString size, double value, QString unit = QStringLiteral("ms"))
        : measure(std::move(measure)), size(std::move(size)), value(value), unit(std::move(unit))
    {}

    QString measure;
    QString size;     // "S", "M" or "L"
    double value = 0; // milliseconds unless `unit` says otherwise
    QString unit;
    std::optional<double> baseline; // the comparison measured side by side (yaml-cpp)
    std::optional<double> ratio;    // value / baseline, or L / S
    QString target;                 // QUALITY.md's bar, when this row has one
    std::optional<bool> held;       // whether the bar is held
    QString note;                   // printed after the value: "184 pages"
};

// The process's peak resident set (VmHWM) in MiB, or -1 where /proc is not there.
double peakMemoryMiB();

} // namespace hierarch::bench
