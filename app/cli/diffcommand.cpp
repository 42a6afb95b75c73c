// `hierarch diff`: what a revision of a plan changes, for reviewers and pipelines (CLI.md).
#include "cli.h"

#include "diff/diffexport.h"
#include "gitrevision.h"
#include "io/planloader.h"
#include "validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <unistd.h>

namespace hierarch::cli {

namespace {

struct DiffText
{
    Q_DECLARE_TR_FUNCTIONS(hierarch::Cli)
};

enum class Format { Text, Json, Sarif };

// One side as the command line names it, loaded and validated.
struct LoadedSide
{
    DiffSide side;
    std::optional<Plan> plan;
    QList<Finding> findings;
};

// Git's external-diff call: PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE.
constexpr int kGitArguments = 7;

bool isNullHex(const QString &hex)
{
    return !hex.isEmpty() && hex.count(QLatin1Char('0')) == hex.size();
}

// Reads `REV:PATH` with git in `workingDirectory` (the current one when empty).
bool readRevision(const QString &spec, const QString &workingDirectory, LoadedSide &loaded,
                  QString &error)
{
    const GitBlob blob = readGitBlob(spec, workingDirectory);
    if (!blob.ok) {
        error = DiffText::tr("hierarch diff: cannot read %1 with git: %2").arg(spec, blob.error);
        return false;
    }
    LoadResult result = loadPlan(blob.bytes, loaded.side.label());
    if (!result) {
        error = result.error.toString();
        return false;
    }
    loaded.plan = std::move(result.plan);
    return true;
}

// Reads a plan from a file or from `REV:PATH`; an argument naming an existing file is a file.
bool readSide(const QString &argument, LoadedSide &loaded, QString &error)
{
    const QFileInfo info(argument);
    const qsizetype colon = argument.indexOf(QLatin1Char(':'));
    if (info.exists() || colon <= 0) {
        loaded.side.file = argument;
        LoadResult result = loadPlanFile(argument);
        if (!result) {
            error = result.error.toString();
            return false;
        }
        loaded.plan = std::move(result.plan);
        return true;
    }
    loaded.side.revision = argument.left(colon);
    loaded.side.file = argument.mid(colon + 1);
    return readRevision(argument, QString(), loaded, error);
}

void finish(LoadedSide &loaded, const QDate &asOf)
{
    loaded.side.present = loaded.plan.has_value();
    if (!loaded.plan)
        return;
    loaded.findings = validate(*loaded.plan, asOf);
    loaded.side.planName = loaded.plan->name;
    loaded.side.product = loaded.plan->product;
    loaded.side.summary = summarize(loaded.findings);
}

PlanDiff compareSides(const LoadedSide &oldSide, const LoadedSide &newSide)
{
    return diffPlans(oldSide.plan ? &*oldSide.plan : nullptr, oldSide.findings,
                     newSide.plan ? &*newSide.plan : nullptr, newSide.findings);
}

// git calls the driver once per changed plan and shows what it prints; it must never abort git,
// so every outcome exits 0 and a plan that cannot be loaded is said in the output.
int runGitDriver(const QStringList &arguments, const QDate &asOf)
{
    if (arguments.size() != kGitArguments) {
        printOut(DiffText::tr("hierarch diff --git: expected the 7 arguments git passes to an "
                              "external diff driver, got %1\n")
                     .arg(arguments.size()));
        return Success;
    }
    const QString &path = arguments.at(0);
    LoadedSide sides[2];
    for (int i = 0; i < 2; ++i) {
        const QString &file = arguments.at(1 + 3 * i);
        const QString &hex = arguments.at(2 + 3 * i);
        LoadedSide &side = sides[i];
        side.side.file = path;
        if (!isNullHex(hex))
            side.side.revision = hex.left(7);
        if (file != QLatin1String("/dev/null")) {
            LoadResult result = loadPlanFile(file);
            if (!result) {
                LoadError error = result.error;
                error.file = side.side.label();
                printOut(error.toString() + QLatin1Char('\n'));
                return Success;
            }
            side.plan = std::move(result.plan);
        }
        finish(side, asOf);
    }
    const PlanDiff diff = compareSides(sides[0], sides[1]);
    printOut(QString::fromUtf8(diffToText(diff, sides[0].side, sides[1].side, false)));
    return Success;
}

} // namespace

bool readPlanArgument(const QString &argument, std::optional<Plan> &plan, QString &label,
                      QString &error)
{
    LoadedSide loaded;
    if (!readSide(argument, loaded, error))
        return false;
    plan = std::move(loaded.plan);
    label = loaded.side.label();
    return true;
}

int runDiff(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(DiffText::tr(
        "Shows what a revision of a plan changes: the structural changes and which findings it "
        "adds, resolves or updates. OLD and NEW are plan files or git revisions written "
        "REV:PATH; with one FILE, the file as committed at HEAD is compared with the working "
        "copy."));
    parser.addPositionalArgument(QStringLiteral("OLD"), DiffText::tr("The plan before."));
    parser.addPositionalArgument(QStringLiteral("NEW"), DiffText::tr("The plan after."));
    const QCommandLineOption format(
        QStringLiteral("format"),
        DiffText::tr("Output format: text, json or sarif (default text)."),
        QStringLiteral("text|json|sarif"), QStringLiteral("text"));
    const QCommandLineOption failOn(
        QStringLiteral("fail-on"),
        DiffText::tr("Exit with 1 when NEW adds an unwaived finding of this severity or a higher "
                     "one: error, warning, info or never (default error)."),
        QStringLiteral("severity"), QStringLiteral("error"));
    const QCommandLineOption asOf = asOfOption();
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")},
        DiffText::tr("Write the comparison to OUT instead of standard output."),
        QStringLiteral("OUT"));
    const QCommandLineOption git(
        QStringLiteral("git"),
        DiffText::tr("Run as git's external diff driver (PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE "
                     "NEW-HEX NEW-MODE); always exits 0."));
    const QCommandLineOption help = helpOption();
    parser.addOptions({format, failOn, asOf, output, git, help});

    if (!parser.parse(arguments)) {
        printErr(QStringLiteral("hierarch diff: %1\n").arg(parser.errorText()));
        return Failure;
    }
    if (parser.isSet(help)) {
        printOut(parser.helpText().replace(QCoreApplication::arguments().constFirst(),
                                           QLatin1String("hierarch diff")));
        return Success;
    }
    QDate date;
    if (!readAsOf(parser, asOf, QStringLiteral("diff"), date))
        return parser.isSet(git) ? Success : Failure;
    QStringList positional = parser.positionalArguments();
    if (parser.isSet(git))
        return runGitDriver(positional, date);

    if (positional.isEmpty() || positional.size() > 2) {
        printErr(DiffText::tr("hierarch diff: name two plans (OLD NEW) or one FILE\n"));
        return Failure;
    }
    Format outputFormat = Format::Text;
    const QString formatName = parser.value(format);
    if (formatName == QLatin1String("json"))
        outputFormat = Format::Json;
    else if (formatName == QLatin1String("sarif"))
        outputFormat = Format::Sarif;
    else if (formatName != QLatin1String("text")) {
        printErr(DiffText::tr("hierarch diff: unknown format '%1' (text, json or sarif)\n")
                     .arg(formatName));
        return Failure;
    }
    std::optional<Severity> threshold;
    const QString failName = parser.value(failOn);
    if (failName != QLatin1String("never")) {
        threshold = enumFromName<Severity>(QStringView(failName));
        if (!threshold) {
            printErr(DiffText::tr("hierarch diff: unknown severity '%1' for --fail-on (error, "
                                  "warning, info or never)\n")
                         .arg(failName));
            return Failure;
        }
    }

    LoadedSide sides[2];
    QString error;
    bool read = false;
    if (positional.size() == 1) {
        // HEAD's version is read next to the file, so FILE may be named from anywhere.
        const QString &file = positional.constFirst();
        sides[0].side.file = file;
        sides[0].side.revision = QStringLiteral("HEAD");
        read = readRevision(gitSpecForFile(QStringLiteral("HEAD"), file),
                            QFileInfo(file).absolutePath(), sides[0], error) &&
               readSide(file, sides[1], error);
    } else {
        read = readSide(positional.at(0), sides[0], error) &&
               readSide(positional.at(1), sides[1], error);
    }
    if (!read) {
        printErr(error + QLatin1Char('\n'));
        return Failure;
    }
    finish(sides[0], date);
    finish(sides[1], date);

    const PlanDiff diff = compareSides(sides[0], sides[1]);
    QByteArray bytes;
    switch (outputFormat) {
    case Format::Text:
        bytes = diffToText(diff, sides[0].side, sides[1].side,
                           parser.value(output).isEmpty() && isatty(STDOUT_FILENO));
        break;
    case Format::Json:
        bytes = diffToJson(diff, sides[0].side, sides[1].side, date);
        break;
    case Format::Sarif:
        bytes = diffToSarif(diff, sides[0].side, sides[1].side, date);
        break;
    }
    if (!writeOutput(parser.value(output), bytes))
        return Failure;
    return diff.introduces(threshold) ? FindingsAtThreshold : Success;
}

} // namespace hierarch::cli
