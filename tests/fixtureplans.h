#pragma once

#include "io/planloader.h"

#include <QDir>
#include <QDirIterator>
#include <QtTest>

namespace hierarch {

// Adds a row (column "path") for every example plan and every rule fixture that loads, named by
// its path in the source tree, so duplicate codes, parent cycles and unknown parents are among
// them; returns how many. The test's data function declares the column.
inline int addPlanFileRows()
{
    int count = 0;
    for (const char *root : {HIERARCH_EXAMPLES_DIR, HIERARCH_FIXTURES_DIR "/rules"}) {
        QDirIterator it(QString::fromUtf8(root), {QStringLiteral("*.yaml")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!loadPlanFile(path))
                continue;
            QTest::newRow(
                qPrintable(QDir(QString::fromUtf8(HIERARCH_SOURCE_DIR)).relativeFilePath(path)))
                << path;
            ++count;
        }
    }
    return count;
}

} // namespace hierarch
