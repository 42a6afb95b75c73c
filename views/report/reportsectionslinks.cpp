// Site addresses and senders in the report: the "Sites and links" table, one row per address,
// at the end of the sites section.
#include "reportsections.h"

#include "canvas/canvastext.h"
#include "reportdata.h"

namespace hierarch {

namespace {

// Rows past which the table lists the first ones and the CSV beside the PDF holds them all.
constexpr int kLinksShown = 100;

} // namespace

void ReportComposer::siteLinks()
{
    const Plan &plan = mData.plan();
    QList<std::pair<const Site *, const SenderAddress *>> links;
    for (const Site &site : plan.sites) {
        for (const SenderAddress &address : site.addresses)
            links.append({&site, &address});
    }
    mLayout.addHeading(2, tr("Sites and links"));
    if (links.isEmpty()) {
        paragraph(tr("The plan states no site addresses, so it does not say how the sites send "
                     "to each other."));
        return;
    }
    const QString none = QStringLiteral("\u2014");
    const auto rowOf = [&](const Site &site, const SenderAddress &a) {
        QString link;
        if (a.bandwidth && a.latency)
            link = tr("%1 kbit/s, %2 ms").arg(number(*a.bandwidth), number(*a.latency));
        else if (a.bandwidth)
            link = tr("%1 kbit/s").arg(number(*a.bandwidth));
        else if (a.latency)
            link = tr("%1 ms").arg(number(*a.latency));
        return QStringList{site.code,
                           a.to,
                           CanvasText::senderTypeName(a.effectiveType()),
                           a.destination.value_or(tr("(NetBIOS name)")),
                           a.account.value_or(tr("(computer account)")),
                           a.schedule.isEmpty() ? tr("Always")
                                                : a.schedule.join(QLatin1String(", ")),
                           a.rateLimit ? tr("%1 %").arg(number(*a.rateLimit)) : tr("Unlimited"),
                           link.isEmpty() ? none : link};
    };
    const QStringList header{
        tr("From"),    tr("To"),       tr("Sender"),     tr("Destination server"),
        tr("Account"), tr("Schedule"), tr("Rate limit"), tr("Link")};
    if (links.size() > ReportLimits::kFullTableRows) {
        ReportCsv csv{QStringLiteral("links"), header, {}};
        for (const auto &[site, address] : std::as_const(links))
            csv.rows.append(rowOf(*site, *address));
        fullList(csv, tr("Showing the first %1 of %2 addresses.")
                          .arg(number(kLinksShown), number(links.size())));
        links.resize(kLinksShown);
    }
    ReportTable table;
    table.small = true;
    table.widths = {0.06, 0.06, 0.1, 0.24, 0.18, 0.14, 0.09, 0.13};
    table.header = header;
    for (const auto &[site, address] : std::as_const(links)) {
        const QStringList cells = rowOf(*site, *address);
        QList<ReportCell> row;
        for (qsizetype c = 0; c < cells.size(); ++c)
            row.append(ReportCell(cells.at(c), mStyle.text, c == 0));
        table.rows.append(row);
    }
    mLayout.addTable(table);
    note(tr("One row per address: the sender that carries the data from the site to the other "
            "one, the destination site server it names, the account it logs on with, and when "
            "and how fast it may send. The ports it needs are in the ports and firewall plan."));
}

} // namespace hierarch
