// `hierarch import CSV --into PLAN [--dry-run]`: adds the sites and servers of a spreadsheet to a
// plan (README, "Importing sites and servers"). All or nothing: a file with any error changes
// nothing and every error is listed. The plan keeps its layout: the new items are patched in
// after their last siblings, as the editor saves (FORMAT.md, "The file is the user's").
#include "cli.h"

#include "import/siteimport.h"
#include "io/checkedfile.h"
#include "io/planloader.h"
#include "io/plantext.h"
#include "io/textlimits.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace hierarch::cli {

namespace {

struct ImportCommandText
{
    Q_DECLARE_TR_FUNCTIONS(hierarch::Cli)
};

QString summary(const SiteImport &import)
{
    return ImportCommandText::tr("%n site(s)", nullptr, import.siteCount()) +
           ImportCommandText::tr(" and %n server(s)", nullptr, import.serverCount());
}

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ImportCommandText::tr(
        "Adds the sites and servers of a CSV file (RFC 4180, UTF-8, a header row) to a plan. "
        "A file with any error changes nothing; every error is listed as FILE:ROW:COLUMN."));
    parser.addPositionalArgument(QStringLiteral("CSV"),
                                 ImportCommandText::tr("The CSV file to import."));
    const QCommandLineOption into(QStringLiteral("into"),
                                  ImportCommandText::tr("The plan to add the sites to."),
                                  QStringLiteral("PLAN"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        ImportCommandText::tr("Write nothing; list what the import would add."));
    const QCommandLineOption help = helpOption();
    parser.addOptions({into, dryRun, help});
    if (!parser.parse(arguments)) {
        printErr(QStringLiteral("hierarch import: %1\n").arg(parser.errorText()));
        return Failure;
    }
    if (parser.isSet(help)) {
        printOut(parser.helpText().replace(QCoreApplication::arguments().constFirst(),
                                           QLatin1String("hierarch import")));
        return Success;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || !parser.isSet(into)) {
        printErr(ImportCommandText::tr("hierarch import: name one CSV file and the plan: "
                                       "hierarch import CSV --into PLAN\n"));
        return Failure;
    }
    const QString csvPath = files.constFirst();
    const QString planPath = parser.value(into);

    const LoadResult loaded = loadPlanFile(planPath);
    if (!loaded) {
        printErr(loaded.error.toString() + QLatin1Char('\n'));
        return Failure;
    }
    QByteArray csv;
    QString why;
    const ReadStatus status = readRegularFile(csvPath, kMaxImportBytes, csv, &why);
    if (status != ReadStatus::Read) {
        printErr(status == ReadStatus::TooLarge
                     ? ImportCommandText::tr("%1: the file is larger than %L2 bytes\n")
                           .arg(csvPath)
                           .arg(kMaxImportBytes)
                     : ImportCommandText::tr("%1: cannot be read: %2\n").arg(csvPath, why));
        return Failure;
    }

    const SiteImport import = importSites(csv, *loaded.plan);
    if (!import.ok()) {
        QString text;
        for (const ImportError &e : import.errors) {
            text += e.column.isEmpty()
                        ? QStringLiteral("%1:%2: %3\n")
                              .arg(csvPath)
                              .arg(e.row)
                              .arg(escapedControls(e.message))
                        : QStringLiteral("%1:%2:%3: %4\n")
                              .arg(csvPath)
                              .arg(e.row)
                              .arg(escapedControls(e.column), escapedControls(e.message));
        }
        text += ImportCommandText::tr("%n error(s); nothing was imported\n", nullptr,
                                      int(import.errors.size()));
        printErr(text);
        return Failure;
    }

    if (parser.isSet(dryRun)) {
        QString text;
        for (const ImportedItem &item : import.items) {
            if (item.kind == ImportedItem::Site) {
                text += item.parent.isEmpty()
                            ? ImportCommandText::tr("+ site %1 (%2)\n").arg(item.name, item.details)
                            : ImportCommandText::tr("+ site %1 under %2 (%3)\n")
                                  .arg(item.name, item.parent, item.details);
            } else {
                text += ImportCommandText::tr("+ server %1 in %2: %3\n")
                            .arg(item.name, item.parent,
                                 item.details.isEmpty() ? ImportCommandText::tr("no roles")
                                                        : item.details);
            }
        }
        text += ImportCommandText::tr("Would add %1 to %2; nothing was written.\n")
                    .arg(summary(import), planPath);
        return printOut(text) ? Success : Failure;
    }

    Plan edited = *loaded.plan;
    applyImport(import, edited);
    const PlanText planText = hierarch::planText(loaded.source, *loaded.plan, edited);
    QString error;
    if (!writePlanBytes(planText.bytes, planPath, &error)) {
        printErr(error + QLatin1Char('\n'));
        return Failure;
    }
    if (!planText.preserved)
        printErr(ImportCommandText::tr("%1: written in the canonical layout: %2\n")
                     .arg(planPath, planText.fallbackReason));
    return printOut(ImportCommandText::tr("Added %1 to %2.\n").arg(summary(import), planPath))
               ? Success
               : Failure;
}

} // namespace hierarch::cli
