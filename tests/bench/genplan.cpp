// hierarch-genplan: writes a synthetic plan (tests/bench/plangenerator.h) to a file, for
// measurements by hand and for trying the editor on large hierarchies.
#include "io/plansaver.h"
#include "plangenerator.h"
#include "validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace hierarch;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hierarch::GenPlan", text);
}

int fail(const QString &message)
{
    QTextStream(stderr) << QStringLiteral("hierarch-genplan: ") << message << Qt::endl;
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hierarch-genplan"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a synthetic plan that looks like a real hierarchy, for performance tests."));
    parser.addHelpOption();
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        tr("Preset size: S (10 sites, 50 servers), M (100, "
                                           "1,000) or L (1,000, 10,000)."),
                                        QStringLiteral("S|M|L"));
    const QCommandLineOption sitesOption(QStringLiteral("sites"), tr("Number of sites."),
                                         QStringLiteral("N"));
    const QCommandLineOption serversOption(QStringLiteral("servers"),
                                           tr("Number of servers (1 to 12 per site)."),
                                           QStringLiteral("N"));
    const QCommandLineOption productOption(
        QStringLiteral("product"), tr("sms-2003 or configmgr-2007 (default)."),
        QStringLiteral("product"), QStringLiteral("configmgr-2007"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        tr("Seed; the same seed gives the same file (default 1)."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("The plan file to write."), QStringLiteral("FILE"));
    const QCommandLineOption summaryOption(
        QStringLiteral("summary"),
        tr("Print what was written: counts, file size, findings as of the generator's reference "
           "date, and the time generation took."));
    parser.addOptions({sizeOption, sitesOption, serversOption, productOption, seedOption,
                       outputOption, summaryOption});
    parser.process(app);

    const QString productName = parser.value(productOption).toLower().remove(QLatin1Char('-'));
    const std::optional<Product> product = enumFromName<Product>(QStringView(productName));
    if (!product)
        return fail(tr("unknown product \"%1\"; use sms-2003 or configmgr-2007.")
                        .arg(parser.value(productOption)));

    bench::GeneratorOptions options;
    if (parser.isSet(sizeOption)) {
        const QString size = parser.value(sizeOption).toUpper();
        if (size != QLatin1String("S") && size != QLatin1String("M") && size != QLatin1String("L"))
            return fail(tr("--size takes S, M or L."));
        if (parser.isSet(sitesOption) || parser.isSet(serversOption))
            return fail(tr("give either --size or --sites and --servers."));
        options = bench::sizePreset(char(size.at(0).unicode()), *product);
    } else if (parser.isSet(sitesOption) && parser.isSet(serversOption)) {
        bool sitesOk = false;
        bool serversOk = false;
        options.sites = parser.value(sitesOption).toInt(&sitesOk);
        options.servers = parser.value(serversOption).toInt(&serversOk);
        if (!sitesOk || !serversOk || options.sites < 1 || options.sites > 10'000)
            return fail(tr("--sites takes 1 to 10,000, and both counts must be numbers."));
        if (options.servers < options.sites || options.servers > 12 * options.sites ||
            options.servers > 100'000)
            return fail(tr("--servers takes 1 to 12 per site, at most 100,000."));
        options.product = *product;
    } else {
        return fail(tr("give --size, or --sites and --servers."));
    }

    bool seedOk = false;
    options.seed = parser.value(seedOption).toUInt(&seedOk);
    if (!seedOk)
        return fail(tr("--seed takes a number from 0 to 4294967295."));
    if (!parser.isSet(outputOption))
        return fail(tr("give the file to write with -o FILE."));

    QElapsedTimer timer;
    timer.start();
    const Plan plan = bench::generatePlan(options);
    const qint64 generateMs = timer.elapsed();
    QString error;
    if (!savePlanFile(plan, parser.value(outputOption), &error))
        return fail(error);
    if (parser.isSet(summaryOption)) {
        const FindingSummary summary = summarize(validate(plan, bench::referenceDate()));
        QTextStream(stdout)
            << tr("%1: %2 sites, %3 servers, %4 accounts, %5 waivers, %6 bytes; findings: %7 "
                  "errors, %8 warnings, %9 infos, %10 waived; generated in %11 ms")
                   .arg(parser.value(outputOption))
                   .arg(plan.sites.size())
                   .arg(plan.serverCount())
                   .arg(plan.accounts.size())
                   .arg(plan.waivers.size())
                   .arg(savePlan(plan).size())
                   .arg(summary.errors)
                   .arg(summary.warnings)
                   .arg(summary.infos)
                   .arg(summary.waived)
                   .arg(generateMs)
            << Qt::endl;
    }
    return 0;
}
