// What a test does when a program or file it needs is missing. On a developer's machine it skips
// the one test function that needs it, naming what to install; under CI=true (scripts/test
// installs every tool in scripts/lib/common.sh) a missing tool is a broken machine, and a test
// that silently skipped would pass without checking anything, so it fails instead.
#pragma once

#include <QByteArray>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>

#include <initializer_list>

namespace hierarch::testing {

inline bool missingToolsFail()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

// The programs of `tools` that are not on PATH.
inline QStringList missingTools(std::initializer_list<const char *> tools)
{
    QStringList missing;
    for (const char *tool : tools) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            missing << QString::fromLatin1(tool);
    }
    return missing;
}

} // namespace hierarch::testing

// Skips (or under CI=true fails) the current test function unless `condition` holds.
#define HIERARCH_REQUIRE(condition, message)                                                       \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            const QByteArray why_ = QString(message).toUtf8();                                     \
            if (hierarch::testing::missingToolsFail())                                             \
                QFAIL(why_.constData());                                                           \
            QSKIP(why_.constData());                                                               \
        }                                                                                          \
    } while (false)

// Skips (or under CI=true fails) the current test function unless every program is on PATH.
#define HIERARCH_REQUIRE_TOOLS(...)                                                                \
    do {                                                                                           \
        const QStringList missing_ = hierarch::testing::missingTools({__VA_ARGS__});               \
        HIERARCH_REQUIRE(missing_.isEmpty(),                                                       \
                         QStringLiteral("not installed: ") + missing_.join(QLatin1String(", ")));  \
    } while (false)
