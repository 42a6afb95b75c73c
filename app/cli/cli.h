#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>
#include <QStringList>

#include "plan.h"

#include <optional>

#include <cstdio>

namespace hierarch::cli {

// Exit codes of CLI.md.
enum ExitCode { Success = 0, FindingsAtThreshold = 1, Failure = 2 };

// Whether the arguments name a headless sub-command (then no editor window is created).
bool isCommand(const QStringList &arguments);
// Whether that sub-command draws (charts, the diagram) and so needs a QApplication; main() runs
// it on the offscreen platform unless QT_QPA_PLATFORM says otherwise.
bool needsGuiApplication(const QStringList &arguments);

// Runs `hierarch COMMAND ...` or `hierarch --help/--version`; returns the process exit code.
// Needs a QCoreApplication (a QApplication for the commands needsGuiApplication() names).
int run(const QStringList &arguments);

int runValidate(const QStringList &arguments);
int runRules(const QStringList &arguments);
int runReport(const QStringList &arguments);
int runFormat(const QStringList &arguments);
int runDiff(const QStringList &arguments);
int runImport(const QStringList &arguments);

// Reads a plan named on the command line: a file, or `REV:PATH` read with git in the current
// directory (an argument naming an existing file is a file). `label` is how outputs name it.
bool readPlanArgument(const QString &argument, std::optional<Plan> &plan, QString &label,
                      QString &error);

// Options shared by the sub-commands.
QCommandLineOption asOfOption();
QCommandLineOption helpOption();
// Reads --as-of, today when it is absent; on a bad date prints why, for `command`, and returns
// false.
bool readAsOf(const QCommandLineParser &parser, const QCommandLineOption &option,
              const QString &command, QDate &date);

// Output helpers: UTF-8 to stdout or stderr. printOut() checks every write: on failure it says
// why on stderr and returns false (the command then exits 2).
bool printOut(const QString &text);
void printErr(const QString &text);
// Writes `bytes` to `path` (never half: see CheckedWriter), or to stdout when `path` is empty or
// "-"; on failure says why on stderr and returns false.
bool writeOutput(const QString &path, const QByteArray &bytes);

} // namespace hierarch::cli
