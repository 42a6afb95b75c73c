#include "benchimport.h"

#include "import/siteimport.h"
#include "io/planloader.h"
#include "io/plantext.h"

#include <QSet>

namespace hierarch::bench {

QByteArray importCsv(const Plan &plan, int rows)
{
    QSet<QString> codes;
    for (const Site &site : plan.sites)
        codes.insert(site.code.toCaseFolded());
    const QString root = plan.sites.isEmpty() ? QString() : plan.sites.constFirst().code;
    QByteArray csv = "kind,code,name,type,parent,clients,site,roles\r\n";
    const int siteRows = rows / 5;
    QStringList newCodes;
    int n = 0;
    auto nextCode = [&] {
        QString code;
        do {
            code = QStringLiteral("Z%1").arg(n++, 2, 36, QLatin1Char('0')).toUpper();
        } while (codes.contains(code.toCaseFolded()));
        return code;
    };
    for (int i = 0; i < siteRows; ++i) {
        const QString code = nextCode();
        const bool secondary = i % 2 == 1 && !newCodes.isEmpty();
        const QString parent = secondary ? newCodes.constLast() : root;
        csv += QStringLiteral("site,%1,\"Branch %2, region %3\",%4,%5,%6,,\r\n")
                   .arg(code)
                   .arg(i)
                   .arg(i % 7)
                   .arg(secondary ? QStringLiteral("secondary") : QStringLiteral("primary"), parent)
                   .arg(secondary ? 0 : 100 + i)
                   .toUtf8();
        newCodes << code;
    }
    for (int i = 0; i < rows - siteRows; ++i) {
        const QString &site = newCodes.at(i % newCodes.size());
        const QString roles = i < siteRows ? QStringLiteral("site-server;distribution-point")
                                           : QStringLiteral("management-point");
        csv += QStringLiteral("server,,IMP-%1,,,,%2,%3\r\n")
                   .arg(i, 5, 10, QLatin1Char('0'))
                   .arg(site, roles)
                   .toUtf8();
    }
    return csv;
}

Row measureImport(const QString &size, const QString &path, int runs)
{
    const LoadResult loaded = loadPlanFile(path);
    const QByteArray csv = importCsv(*loaded.plan, 1000);
    bool ok = true;
    const Samples samples = timeRuns(runs, [&] {
        const SiteImport import = importSites(csv, *loaded.plan);
        ok = ok && import.ok() && import.siteCount() + import.serverCount() == 1000;
        Plan edited = *loaded.plan;
        applyImport(import, edited);
        const PlanText text = planText(loaded.source, *loaded.plan, edited);
        ok = ok && text.preserved;
    });
    Row row{ok ? QStringLiteral("import 1,000-row CSV (check, add, patch the file)")
               : QStringLiteral("import 1,000-row CSV: FAILED"),
            size, samples.median()};
    row.target = QStringLiteral("< 1 s");
    row.held = ok && samples.median() < 1000;
    return row;
}

} // namespace hierarch::bench
