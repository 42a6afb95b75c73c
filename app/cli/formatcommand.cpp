// `hierarch format FILE... [--check]`: rewrites plans in the canonical layout (CLI.md), for teams
// that want one layout; `--check` only reports, for CI. The editor itself keeps each file's own
// layout (FORMAT.md, "The file is the user's"); this command is how a team opts out of that.
#include "cli.h"

#include "io/planloader.h"
#include "io/plansaver.h"
#include "io/plansource.h"
#include "io/plantext.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace hierarch::cli {

namespace {

struct FormatCommandText
{
    Q_DECLARE_TR_FUNCTIONS(hierarch::Cli)
};

} // namespace

int runFormat(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(FormatCommandText::tr(
        "Rewrites hierarchy plans in the canonical layout: FORMAT.md's key order, block style, "
        "default values left out unless stated. Comments and the authors' own layout are not "
        "kept."));
    parser.addPositionalArgument(QStringLiteral("FILE"), FormatCommandText::tr("The plan files."),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption check(
        QStringLiteral("check"),
        FormatCommandText::tr("Write nothing; exit 1 when a file is not in the canonical layout."));
    const QCommandLineOption help = helpOption();
    parser.addOptions({check, help});
    if (!parser.parse(arguments)) {
        printErr(QStringLiteral("hierarch format: %1\n").arg(parser.errorText()));
        return Failure;
    }
    if (parser.isSet(help)) {
        printOut(parser.helpText().replace(QCoreApplication::arguments().constFirst(),
                                           QLatin1String("hierarch format")));
        return Success;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        printErr(FormatCommandText::tr("hierarch format: name at least one plan file\n"));
        return Failure;
    }
    const bool checkOnly = parser.isSet(check);
    bool failed = false;
    bool wouldChange = false;
    for (const QString &path : files) {
        const LoadResult loaded = loadPlanFile(path);
        if (!loaded) {
            printErr(loaded.error.toString() + QLatin1Char('\n'));
            failed = true;
            continue;
        }
        const QByteArray canonical = savePlan(*loaded.plan);
        if (canonical == loaded.source->text)
            continue;
        if (checkOnly) {
            printOut(FormatCommandText::tr("%1: not in the canonical layout\n").arg(path));
            wouldChange = true;
            continue;
        }
        QString error;
        if (!writePlanBytes(canonical, path, &error)) {
            printErr(error + QLatin1Char('\n'));
            failed = true;
            continue;
        }
        printOut(FormatCommandText::tr("%1: rewritten in the canonical layout\n").arg(path));
    }
    if (failed)
        return Failure;
    return wouldChange ? FindingsAtThreshold : Success;
}

} // namespace hierarch::cli
