// `hierarch report`: the PDF design report of REPORT.md, written headless (CLI.md). It runs on a
// QApplication with the offscreen platform (main.cpp), because the charts and the diagram are
// graphics scenes.
#include "cli.h"

#include "io/planloader.h"
#include "io/textlimits.h"
#include "report/reporttext.h"
#include "report/reportwriter.h"
#include "uilanguage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

namespace hierarch::cli {

namespace {

struct ReportCommandText
{
    Q_DECLARE_TR_FUNCTIONS(hierarch::Cli)
};

struct Options
{
    QString file;
    QString output;
    QString language = QStringLiteral("en");
    QDate asOf;
    QString baseline;
};

bool parseOptions(const QStringList &arguments, Options &options, int &exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ReportCommandText::tr(
        "Writes the design report of a hierarchy plan as a PDF: verdict, charts, diagram, "
        "inventory, findings, accepted risks, assumptions, accounts, checklist and ports. For a "
        "large plan the longest sections list their top items and the full lists are written "
        "as CSV files beside the PDF (OUT.sites.csv, OUT.servers.csv, ...)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), ReportCommandText::tr("The plan file."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    ReportCommandText::tr("The PDF file to write."),
                                    QStringLiteral("OUT.pdf"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        ReportCommandText::tr("Language of the report: en or de (default en)."),
        QStringLiteral("en|de"), QStringLiteral("en"));
    const QCommandLineOption asOf = asOfOption();
    const QCommandLineOption baseline(
        QStringLiteral("baseline"),
        ReportCommandText::tr("Add section 3a, the changes since OLD (a plan file or a git "
                              "revision written REV:PATH)."),
        QStringLiteral("OLD"));
    const QCommandLineOption help = helpOption();
    parser.addOptions({output, language, asOf, baseline, help});

    exitCode = Failure;
    if (!parser.parse(arguments)) {
        printErr(QStringLiteral("hierarch report: %1\n").arg(parser.errorText()));
        return false;
    }
    if (parser.isSet(help)) {
        const bool printed = printOut(parser.helpText().replace(
            QCoreApplication::arguments().constFirst(), QLatin1String("hierarch report")));
        exitCode = printed ? Success : Failure;
        return false;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        printErr(ReportCommandText::tr("hierarch report: name exactly one plan file\n"));
        return false;
    }
    options.file = files.constFirst();
    options.output = parser.value(output);
    if (options.output.isEmpty()) {
        printErr(ReportCommandText::tr(
            "hierarch report: name the PDF to write with --output OUT.pdf\n"));
        return false;
    }
    options.language = parser.value(language);
    if (!UiLanguage::available().contains(options.language)) {
        printErr(ReportCommandText::tr("hierarch report: unknown language '%1' (en or de)\n")
                     .arg(escapedControls(clippedForMessage(options.language))));
        return false;
    }
    if (!readAsOf(parser, asOf, QStringLiteral("report"), options.asOf))
        return false;
    options.baseline = parser.value(baseline);
    return true;
}

} // namespace

int runReport(const QStringList &arguments)
{
    Options options;
    int exitCode = Failure;
    if (!parseOptions(arguments, options, exitCode))
        return exitCode;

    // The plan is loaded before the translators are installed: load errors go to stderr in
    // English like every other command's, and only the PDF speaks the chosen language.
    const LoadResult loaded = loadPlanFile(options.file);
    if (!loaded) {
        printErr(escapedControls(loaded.error.toString()) + QLatin1Char('\n'));
        return Failure;
    }
    std::optional<Plan> baseline;
    QString baselineLabel;
    QString error;
    if (!options.baseline.isEmpty() &&
        !readPlanArgument(options.baseline, baseline, baselineLabel, error)) {
        printErr(error + QLatin1Char('\n'));
        return Failure;
    }
    // A build without the catalog says so rather than print an English report labelled German.
    if (!UiLanguage::installTranslators(options.language)) {
        printErr(ReportCommandText::tr("hierarch report: %1 is not available in this build (no "
                                       "translation catalog); use --language en\n")
                     .arg(QLocale::languageToString(QLocale(options.language).language())));
        return Failure;
    }
    ReportOptions report;
    report.fileName = options.file;
    report.asOf = options.asOf;
    report.language = options.language;
    report.pageSize = defaultReportPageSize();
    // The diagram's texts ("52.000 Clients") are the canvas's, which write numbers in the default
    // locale: make that the report's, as the editor does for its language (after the paper size,
    // which follows the system's locale).
    QLocale::setDefault(ReportText::locale(options.language));
    if (baseline) {
        report.baseline = std::make_shared<const Plan>(std::move(*baseline));
        report.baselineLabel = baselineLabel;
    }
    ReportWriter writer(*loaded.plan, report);
    if (writer.write(options.output) != ReportWriter::Result::Written) {
        printErr(QStringLiteral("hierarch report: %1\n").arg(writer.errorString()));
        return Failure;
    }
    // A large plan's report summarises its longest sections and writes the full lists beside
    // the PDF: say where, since nothing else is printed.
    const QStringList csv = writer.csvFilesWritten();
    if (!csv.isEmpty()) {
        QString text = ReportCommandText::tr("hierarch report: the full lists of the summarised "
                                             "sections are in:\n");
        for (const QString &file : csv)
            text += QStringLiteral("  %1\n").arg(file);
        if (!printOut(text))
            return Failure;
    }
    return Success;
}

} // namespace hierarch::cli
