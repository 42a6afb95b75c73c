// The generator's site addresses (README "Site addresses and senders"): every parent and child
// site send to each other, so the quality targets are measured on plans that have addresses.
#include "planbuilder.h"

#include <QHash>

namespace hierarch::bench {

namespace {

// The destination server of an address: the site server of the site, by its FQDN.
QString siteServerFqdn(const Site &site)
{
    for (const Server &server : site.servers) {
        if (server.hasRole(Role::SiteServer))
            return server.fqdn.value_or(server.name.toLower() +
                                        QStringLiteral(".fabrikam.example"));
    }
    return site.code.toLower() + QStringLiteral("-site01.fabrikam.example");
}

} // namespace

void PlanBuilder::addAddresses()
{
    // At FORMAT.md's limits (10,000 sites, 100,000 servers) an address each way per site would
    // take the file past its 16 MiB limit; that size checks the limits, not the quality targets.
    if (mOptions.sites > 1000)
        return;
    QHash<QString, int> byCode;
    for (int i = 0; i < int(mPlan.sites.size()); ++i)
        byCode.insert(mPlan.sites.at(i).code.toUpper(), i); // the last one; fixed below
    for (int i = int(mPlan.sites.size()) - 1; i >= 0; --i)
        byCode.insert(mPlan.sites.at(i).code.toUpper(), i); // the first site with a code wins
    for (int i = 0; i < int(mPlan.sites.size()); ++i) {
        if (!site(i).parent)
            continue;
        const auto it = byCode.constFind(site(i).parent->toUpper());
        if (it == byCode.cend() || *it == i)
            continue;
        const int parent = *it;
        SenderAddress up;
        up.to = site(parent).code;
        up.destination = siteServerFqdn(site(parent));
        SenderAddress down;
        down.to = site(i).code;
        down.destination = siteServerFqdn(site(i));
        if (!spec(i).primary()) {
            // Branch offices sit behind WAN links; the slow ones are rate limited or scheduled.
            const int kbps = mRandom.one(QList<int>{256, 512, 1024, 2048, 4096});
            up.bandwidth = down.bandwidth = kbps;
            up.latency = down.latency = mRandom.between(20, 180);
            if (kbps < kSlowLinkKbps) {
                if (mRandom.percent(50)) {
                    up.rateLimit = down.rateLimit = mRandom.one(QList<int>{25, 50, 75});
                } else {
                    up.schedule = down.schedule = QStringList{QStringLiteral("19:00-07:00")};
                }
            }
            if (mRandom.percent(10)) {
                up.type = SenderType::IsdnRas;
                up.schedule = QStringList{QStringLiteral("20:00-06:00")};
            }
        }
        site(i).addresses << up;
        site(parent).addresses << down;
    }
}

} // namespace hierarch::bench
