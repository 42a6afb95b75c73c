// `hierarch validate`: the headless check a reviewer runs in a pipeline (CLI.md).
#include "cli.h"

#include "export/findingsexport.h"
#include "io/planloader.h"
#include "io/textlimits.h"
#include "validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <unistd.h>

namespace hierarch::cli {

namespace {

struct ValidateText
{
    Q_DECLARE_TR_FUNCTIONS(hierarch::Cli)
};

enum class Format { Text, Json, Sarif };

struct Options
{
    QStringList files;
    Format format = Format::Text;
    std::optional<Severity> failOn = Severity::Error; // nullopt: never
    QDate asOf;
    QString output;
};

// CLI text is English whatever the locale (CLI.md), and scripts read it: it names its counts here,
// in code, rather than through tr("%n ...(s)") and the English plural catalog, so no catalog, no
// installed translator and no locale can change a byte of it (plain digits, no grouping).
QString plural(int n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

QString summaryLine(const ValidatedFile &file)
{
    const FindingSummary s = summarize(file.findings);
    return QStringLiteral("%1: %2, %3, %4 info, %5 waived\n")
        .arg(escapedControls(file.file), plural(s.errors, "error", "errors"),
             plural(s.warnings, "warning", "warnings"), QString::number(s.infos),
             QString::number(s.waived));
}

QByteArray textReport(const QList<ValidatedFile> &files, bool colour)
{
    QString out;
    for (const ValidatedFile &file : files) {
        if (!file.loaded)
            continue;
        for (const Finding &f : file.findings) {
            if (f.waived)
                continue;
            QString severity = QString::fromLatin1(enumName(f.severity()));
            if (colour) {
                const char *code = f.severity() == Severity::Error     ? "31"
                                   : f.severity() == Severity::Warning ? "33"
                                                                       : "36";
                severity = QStringLiteral("\x1b[1;%1m%2\x1b[0m").arg(QLatin1String(code), severity);
            }
            // User values are escaped: a name cannot move the cursor or forge another line.
            out += QStringLiteral("%1:%2: %3: %4 [%5]\n")
                       .arg(escapedControls(file.file))
                       .arg(f.pos.line)
                       .arg(severity, escapedControls(f.message()), escapedControls(f.ruleId()));
        }
        out += summaryLine(file);
    }
    return out.toUtf8();
}

bool parseOptions(const QStringList &arguments, Options &options, int &exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ValidateText::tr(
        "Checks hierarchy plans against the rule catalog and reports the findings."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 ValidateText::tr("Plan files to validate."),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption format(
        QStringLiteral("format"),
        ValidateText::tr("Output format: text, json or sarif (default text)."),
        QStringLiteral("text|json|sarif"), QStringLiteral("text"));
    const QCommandLineOption failOn(
        QStringLiteral("fail-on"),
        ValidateText::tr(
            "Exit with 1 when an unwaived finding has this severity or a higher one: error, "
            "warning, info or never (default error)."),
        QStringLiteral("severity"), QStringLiteral("error"));
    const QCommandLineOption asOf = asOfOption();
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")},
        ValidateText::tr("Write the report to OUT instead of standard output."),
        QStringLiteral("OUT"));
    const QCommandLineOption help = helpOption();
    parser.addOptions({format, failOn, asOf, output, help});

    exitCode = Failure;
    if (!parser.parse(arguments)) {
        printErr(QStringLiteral("hierarch validate: %1\n").arg(parser.errorText()));
        return false;
    }
    if (parser.isSet(help)) {
        const bool printed = printOut(parser.helpText().replace(
            QCoreApplication::arguments().constFirst(), QLatin1String("hierarch validate")));
        exitCode = printed ? Success : Failure;
        return false;
    }
    options.files = parser.positionalArguments();
    if (options.files.isEmpty()) {
        printErr(ValidateText::tr("hierarch validate: name at least one plan file\n"));
        return false;
    }
    const QString formatName = parser.value(format);
    if (formatName == QLatin1String("text"))
        options.format = Format::Text;
    else if (formatName == QLatin1String("json"))
        options.format = Format::Json;
    else if (formatName == QLatin1String("sarif"))
        options.format = Format::Sarif;
    else {
        printErr(ValidateText::tr("hierarch validate: unknown format '%1' (text, json or sarif)\n")
                     .arg(escapedControls(clippedForMessage(formatName))));
        return false;
    }
    const QString failName = parser.value(failOn);
    if (failName == QLatin1String("never")) {
        options.failOn.reset();
    } else if (const auto severity = enumFromName<Severity>(QStringView(failName))) {
        options.failOn = severity;
    } else {
        printErr(ValidateText::tr(
                     "hierarch validate: unknown severity '%1' for --fail-on (error, warning, "
                     "info or never)\n")
                     .arg(escapedControls(clippedForMessage(failName))));
        return false;
    }
    if (!readAsOf(parser, asOf, QStringLiteral("validate"), options.asOf))
        return false;
    options.output = parser.value(output);
    return true;
}

} // namespace

int runValidate(const QStringList &arguments)
{
    Options options;
    int exitCode = Failure;
    if (!parseOptions(arguments, options, exitCode))
        return exitCode;

    QList<ValidatedFile> files;
    bool loadFailed = false;
    bool atThreshold = false;
    for (const QString &path : options.files) {
        ValidatedFile file;
        file.file = path;
        LoadResult loaded = loadPlanFile(path);
        if (!loaded) {
            loadFailed = true;
            file.error = loaded.error;
            printErr(escapedControls(loaded.error.toString()) + QLatin1Char('\n'));
        } else {
            file.loaded = true;
            file.planName = loaded.plan->name;
            file.product = loaded.plan->product;
            file.findings = validate(*loaded.plan, options.asOf);
            for (const Finding &f : file.findings) {
                if (!f.waived && options.failOn && f.severity() <= *options.failOn)
                    atThreshold = true;
            }
        }
        files.append(std::move(file));
    }

    QByteArray report;
    switch (options.format) {
    case Format::Text:
        report = textReport(files, options.output.isEmpty() && isatty(STDOUT_FILENO));
        break;
    case Format::Json:
        report = findingsToJson(files, options.asOf);
        break;
    case Format::Sarif:
        report = findingsToSarif(files, options.asOf);
        break;
    }
    if (!writeOutput(options.output, report))
        return Failure;
    if (loadFailed)
        return Failure;
    return atThreshold ? FindingsAtThreshold : Success;
}

} // namespace hierarch::cli
