// Runs every file under the given folders through the fuzz iteration, in the ordinary build, so
// that inputs the fuzzer once crashed on (tests/fuzz/regressions) and every fixture stay fixed
// without clang.
#include "planroundtrip.h"

#include <QDirIterator>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        QDirIterator it(QString::fromLocal8Bit(argv[i]), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            hierarch::checkPlanRoundTrip(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                                         std::size_t(bytes.size()));
            ++files;
        }
    }
    std::printf("%d passed, 0 failed\n", files);
    return files > 0 ? 0 : 1;
}
