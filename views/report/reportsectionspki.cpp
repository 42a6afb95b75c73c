// The PKI of a ConfigMgr 2007 plan (README "PKI"), after the sites table: what each primary site
// states about its signing certificate, CRL and certificate trust list, and the Internet FQDN of
// each site system that accepts Internet-based clients.
#include "reportsections.h"

#include "reportdata.h"
#include "reporttext.h"

#include <numeric>

namespace hierarch {

namespace {

QString stated(const std::optional<bool> &value)
{
    return value ? ReportText::yesNo(*value) : ReportComposer::tr("not stated");
}

} // namespace

void ReportComposer::pki()
{
    const Plan &plan = mData.plan();
    if (plan.product != Product::ConfigMgr2007)
        return;
    QList<int> sites;
    for (int i = 0; i < plan.sites.size(); ++i) {
        if (plan.sites.at(i).pki)
            sites << i;
    }
    QList<std::pair<const Site *, const Server *>> internet;
    for (const Site &site : plan.sites) {
        for (const Server &server : site.servers) {
            if (server.effectiveAllowInternetClients() || server.internetFqdn)
                internet.append({&site, &server});
        }
    }
    if (sites.isEmpty() && internet.isEmpty())
        return;
    mLayout.addHeading(2, tr("PKI"));
    const ValidationContext &context = mData.context();
    if (!sites.isEmpty()) {
        ReportTable table;
        table.small = true;
        table.widths = {0.1, 0.18, 0.2, 0.16, 0.16, 0.2};
        table.header = {tr("Site"),
                        tr("Mode"),
                        tr("Signing certificate"),
                        tr("Clients check the CRL"),
                        tr("CRL published"),
                        tr("Certificate trust list")};
        ReportCsv csv{QStringLiteral("pki"), table.header, {}};
        for (int i : std::as_const(sites)) {
            const Site &site = plan.sites.at(i);
            const PkiSettings &p = *site.pki;
            const QString mode =
                site.isSecondary()
                    ? tr("Secondary (parent's settings)")
                    : (context.effectiveMode(i) == ClientMode::Native ? tr("Native mode")
                                                                      : tr("Mixed mode"));
            const QString signing =
                !p.signingCertificate ? tr("not stated")
                : *p.signingCertificate == SigningCertificateDeployment::ActiveDirectory
                    ? tr("Active Directory")
                    : tr("Outside Active Directory");
            const QStringList row{site.code,
                                  mode,
                                  signing,
                                  stated(p.crlChecking),
                                  stated(p.crlPublished),
                                  stated(p.certificateTrustList)};
            csv.rows.append(row);
            if (table.rows.size() < ReportLimits::kSitesShown ||
                sites.size() <= ReportLimits::kFullTableRows) {
                QList<ReportCell> cells;
                for (const QString &text : row)
                    cells << ReportCell(text);
                cells[0] = ReportCell(site.code, mStyle.text, true);
                table.rows.append(cells);
            }
        }
        if (sites.size() > ReportLimits::kFullTableRows) {
            fullList(csv, tr("Showing the first %1 sites that state PKI settings of %2.")
                              .arg(number(ReportLimits::kSitesShown), number(sites.size())));
        }
        mLayout.addTable(table);
    }
    if (!internet.isEmpty()) {
        ReportTable table;
        table.small = true;
        table.widths = {0.22, 0.1, 0.18, 0.5};
        table.header = {tr("Server"), tr("Site"), tr("Internet-based clients"),
                        tr("Internet FQDN")};
        ReportCsv csv{QStringLiteral("internet"), table.header, {}};
        for (const auto &[site, server] : std::as_const(internet)) {
            const QStringList row{server->name, site->code,
                                  ReportText::yesNo(server->effectiveAllowInternetClients()),
                                  server->internetFqdn.value_or(tr("none"))};
            csv.rows.append(row);
            if (table.rows.size() < ReportLimits::kServersShown ||
                internet.size() <= ReportLimits::kFullTableRows) {
                QList<ReportCell> cells;
                for (const QString &text : row)
                    cells << ReportCell(text);
                cells[0] = ReportCell(server->name, mStyle.text, true);
                table.rows.append(cells);
            }
        }
        if (internet.size() > ReportLimits::kFullTableRows) {
            fullList(csv, tr("Showing the first %1 Internet-facing servers of %2.")
                              .arg(number(ReportLimits::kServersShown), number(internet.size())));
        }
        mLayout.addTable(table);
    }
    note(tr("PKI settings the plan does not state are not assumed: their rules stay silent and "
            "the checklist's certificate items take the plan's attestation instead."));
}

} // namespace hierarch
