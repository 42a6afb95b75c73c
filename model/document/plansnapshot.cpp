#include "plansnapshot.h"

#include "livevalidator.h"
#include "rules/validationcontext.h"

namespace hierarch {

PlanSnapshot::PlanSnapshot(Plan plan, const QDate &asOf) : mPlan(std::move(plan))
{
    // Ids in plan order, sites and their servers, as Document::reset() numbers them.
    ItemId next = 0;
    for (int s = 0; s < int(mPlan.sites.size()); ++s) {
        Site &site = mPlan.sites[s];
        site.uid = ++next;
        mSiteIndex.insert(site.uid, s);
        for (int v = 0; v < int(site.servers.size()); ++v) {
            site.servers[v].uid = ++next;
            mServerIndex.insert(site.servers.at(v).uid, {s, v});
        }
    }
    mLive = std::make_unique<LiveValidator>(mPlan, asOf);
}

PlanSnapshot::~PlanSnapshot() = default;

const ValidationContext &PlanSnapshot::validationContext() const
{
    return mLive->context();
}

const QList<Finding> &PlanSnapshot::findings() const
{
    return mLive->findings();
}

QList<const Finding *> PlanSnapshot::findingsFor(ItemId id) const
{
    if (const int i = siteIndex(id); i >= 0)
        return mLive->findingsAbout(i);
    if (const auto it = mServerIndex.constFind(id); it != mServerIndex.cend())
        return mLive->findingsAbout(it->first,
                                    &mPlan.sites.at(it->first).servers.at(it->second).name);
    return {};
}

int PlanSnapshot::siteIndex(ItemId site) const
{
    return mSiteIndex.value(site, -1);
}

int PlanSnapshot::siteIndexByCode(const QString &code) const
{
    return validationContext().siteIndex(code);
}

const Site *PlanSnapshot::site(ItemId id) const
{
    const int i = siteIndex(id);
    return i >= 0 ? &mPlan.sites.at(i) : nullptr;
}

const Server *PlanSnapshot::server(ItemId id) const
{
    const auto it = mServerIndex.constFind(id);
    return it == mServerIndex.cend() ? nullptr : &mPlan.sites.at(it->first).servers.at(it->second);
}

ItemId PlanSnapshot::siteOfServer(ItemId id) const
{
    const auto it = mServerIndex.constFind(id);
    return it == mServerIndex.cend() ? 0 : mPlan.sites.at(it->first).uid;
}

} // namespace hierarch
