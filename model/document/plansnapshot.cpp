#include "plansnapshot.h"

#include "livevalidator.h"
#include "rules/validationcontext.h"

#include <QSet>

namespace hierarch {

QList<ItemId> PlanReader::subtree(ItemId id) const
{
    QList<ItemId> out{id};
    QSet<ItemId> seen{id};
    for (qsizetype i = 0; i < out.size(); ++i) {
        for (ItemId child : childSites(out.at(i))) {
            if (!seen.contains(child)) { // parent cycles must not loop
                seen.insert(child);
                out << child;
            }
        }
    }
    return out;
}

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
    return mLive->context().siteIndex(code);
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

QList<ItemId> PlanSnapshot::childSites(ItemId id) const
{
    QList<ItemId> children;
    const int parentIndex = siteIndex(id);
    if (parentIndex < 0)
        return children;
    for (int child : mLive->context().childrenOf(parentIndex)) {
        if (child != parentIndex)
            children << mPlan.sites.at(child).uid;
    }
    return children;
}

std::optional<QPointF> PlanSnapshot::diagramPosition(ItemId id) const
{
    const Site *s = site(id);
    if (!s)
        return std::nullopt;
    for (const DiagramPosition &p : mPlan.diagram) {
        if (p.siteCode == s->code)
            return QPointF(p.x, p.y);
    }
    return std::nullopt;
}

} // namespace hierarch
