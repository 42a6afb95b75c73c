// README "Boundaries" in the report: the boundaries of every site, under the sites table.
#include "reportsections.h"

#include "boundaries/boundary.h"

namespace hierarch {

namespace {

QString typeName(BoundaryType type)
{
    switch (type) {
    case BoundaryType::Subnet:
        return ReportComposer::tr("IP subnet");
    case BoundaryType::Range:
        return ReportComposer::tr("IP address range");
    case BoundaryType::AdSite:
        return ReportComposer::tr("Active Directory site");
    case BoundaryType::Ipv6Prefix:
        return ReportComposer::tr("IPv6 prefix");
    }
    return {};
}

} // namespace

void ReportComposer::siteBoundaries()
{
    const Plan &plan = mData.plan();
    int total = 0;
    for (const Site &site : plan.sites)
        total += int(site.boundaries.size());
    if (total == 0)
        return;
    const bool cm = plan.product == Product::ConfigMgr2007;
    mLayout.addHeading(2, tr("Boundaries"));
    ReportTable table;
    table.small = true;
    table.widths = cm ? QList<double>{0.08, 0.2, 0.3, 0.12, 0.3} : QList<double>{0.1, 0.3, 0.6};
    table.header = {tr("Site"), tr("Type"), tr("Boundary")};
    if (cm)
        table.header << tr("Connection") << tr("Protected site systems");
    ReportCsv csv{QStringLiteral("boundaries"), table.header, {}};
    for (const Site &site : plan.sites) {
        for (const Boundary &b : site.boundaries) {
            QStringList row{site.code, typeName(b.type), b.value};
            if (cm) {
                row << (b.effectiveConnection() == BoundaryConnection::Slow ? tr("Slow")
                                                                            : tr("Fast"));
                QStringList protecting;
                for (const Server &server : site.servers) {
                    for (const QString &text : server.protectedBoundaries) {
                        const BoundaryText p = parseBoundaryText(text);
                        if (sameBoundary(p.type, p.value, b.type, b.value)) {
                            protecting << server.name;
                            break;
                        }
                    }
                }
                row << protecting.join(QLatin1String(", "));
            }
            csv.rows.append(row);
        }
    }
    const bool summarised = csv.rows.size() > ReportLimits::kFullTableRows;
    const qsizetype shown = summarised ? ReportLimits::kSitesShown : csv.rows.size();
    for (qsizetype r = 0; r < shown; ++r) {
        QList<ReportCell> cells;
        for (int c = 0; c < csv.rows.at(r).size(); ++c)
            cells << (c == 0 ? ReportCell(csv.rows.at(r).at(c), mStyle.text, true)
                             : ReportCell(csv.rows.at(r).at(c)));
        table.rows.append(cells);
    }
    if (summarised) {
        fullList(csv, tr("Showing the first %1 of %2 boundaries.")
                          .arg(number(shown), number(csv.rows.size())));
    }
    mLayout.addTable(table);
    note(cm ? tr("A protected site system's distribution point and state migration point serve "
                 "only clients in the boundaries it is protected for. Overlapping boundaries are "
                 "reported by boundary-overlap.")
            : tr("SMS 2003 site boundaries are IP subnets and Active Directory sites. Overlapping "
                 "boundaries are reported by boundary-overlap."));
}

} // namespace hierarch
