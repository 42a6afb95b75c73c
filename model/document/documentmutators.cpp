// The Document's mutators: the only code that changes the open plan. The undo commands call them
// (document.h makes them friends); each mutates the plan, keeps the id index current and
// announces what changed as ChangeEvents, which bring the live findings up to date first.
#include "document.h"

#include "livevalidator.h"

namespace hierarch {

using Type = ChangeEvent::Type;

void Document::announce(const ChangeEvent &event)
{
    const bool findings = !event.isAboutTo() && updateFindings(event);
    emit changed(event);
    if (findings)
        announceFindings();
}

void Document::announceFindings()
{
    emit changed({Type::Changed, ChangeItem::Findings});
}

bool Document::updateFindings(const ChangeEvent &event)
{
    // The live validator works on positions; what it must compute again follows from what the
    // event names. Attestations, the change record and the diagram feed no finding.
    switch (event.item) {
    case ChangeItem::Plan:
    case ChangeItem::Waiver: // a waiver can name any finding
        mLive->revalidateAll();
        return true;
    case ChangeItem::Site:
        if (event.type == Type::Added)
            mLive->siteInserted(event.index);
        else if (event.type == Type::Removed)
            mLive->siteRemoved(event.index);
        else
            mLive->siteChanged(siteIndex(event.id));
        return true;
    case ChangeItem::Server:
    case ChangeItem::Role:
        mLive->serversChanged(siteIndex(event.site));
        return true;
    case ChangeItem::Address:
        mLive->addressesChanged(siteIndex(event.site));
        return true;
    case ChangeItem::Account:
        mLive->accountsChanged();
        return true;
    case ChangeItem::Attestation:
    case ChangeItem::ChangeRecord:
    case ChangeItem::Diagram:
    case ChangeItem::Findings:
        return false;
    }
    return false;
}

void Document::applyInsertSite(int index, const Site &site)
{
    if (index < 0 || index > mPlan.sites.size())
        index = int(mPlan.sites.size());
    announce({Type::AboutToAdd, ChangeItem::Site, site.uid, index, site.uid});
    mPlan.sites.insert(index, site);
    renumberSitesFrom(index + 1);
    indexSite(index);
    announce({Type::Added, ChangeItem::Site, site.uid, index, site.uid});
}

Site Document::applyRemoveSite(ItemId id)
{
    const int index = siteIndex(id);
    Q_ASSERT(index >= 0);
    announce({Type::AboutToRemove, ChangeItem::Site, id, index, id});
    Site removed = mPlan.sites.takeAt(index);
    mSiteIndex.remove(id);
    for (const Server &server : removed.servers)
        mServerIndex.remove(server.uid);
    renumberSitesFrom(index);
    announce({Type::Removed, ChangeItem::Site, id, index, id});
    return removed;
}

void Document::applyInsertServer(ItemId siteId, int index, const Server &server)
{
    const int s = siteIndex(siteId);
    Q_ASSERT(s >= 0);
    QList<Server> &servers = mPlan.sites[s].servers;
    if (index < 0 || index > servers.size())
        index = int(servers.size());
    announce({Type::AboutToAdd, ChangeItem::Server, server.uid, index, siteId});
    servers.insert(index, server);
    indexSite(s);
    announce({Type::Added, ChangeItem::Server, server.uid, index, siteId});
}

Server Document::applyRemoveServer(ItemId id)
{
    const ServerLocation loc = serverLocation(id);
    Q_ASSERT(loc.isValid());
    const ItemId siteId = mPlan.sites.at(loc.site).uid;
    announce({Type::AboutToRemove, ChangeItem::Server, id, loc.server, siteId});
    Server removed = mPlan.sites[loc.site].servers.takeAt(loc.server);
    mServerIndex.remove(id);
    indexSite(loc.site);
    announce({Type::Removed, ChangeItem::Server, id, loc.server, siteId});
    return removed;
}

void Document::applyInsertRole(ItemId serverId, int index, const RoleAssignment &role)
{
    const ServerLocation loc = serverLocation(serverId);
    Q_ASSERT(loc.isValid());
    const ItemId siteId = mPlan.sites.at(loc.site).uid;
    QList<RoleAssignment> &roles = mPlan.sites[loc.site].servers[loc.server].roles;
    index = std::clamp(index, 0, int(roles.size()));
    announce({Type::AboutToAdd, ChangeItem::Role, serverId, index, siteId});
    roles.insert(index, role);
    announce({Type::Added, ChangeItem::Role, serverId, index, siteId});
}

RoleAssignment Document::applyRemoveRole(ItemId serverId, int index)
{
    const ServerLocation loc = serverLocation(serverId);
    Q_ASSERT(loc.isValid());
    const ItemId siteId = mPlan.sites.at(loc.site).uid;
    announce({Type::AboutToRemove, ChangeItem::Role, serverId, index, siteId});
    RoleAssignment removed = mPlan.sites[loc.site].servers[loc.server].roles.takeAt(index);
    announce({Type::Removed, ChangeItem::Role, serverId, index, siteId});
    return removed;
}

void Document::applySetField(const FieldTarget &target, const FieldInfo &field,
                             const QVariant &value)
{
    if (!targetExists(target))
        return;
    ItemId siteId = 0;
    switch (target.owner) {
    case FieldOwner::Plan:
        field.set(&mPlan, value);
        break;
    case FieldOwner::Site:
        siteId = target.id;
        field.set(&mPlan.sites[siteIndex(target.id)], value);
        break;
    case FieldOwner::Server:
    case FieldOwner::Role: {
        const ServerLocation loc = serverLocation(target.id);
        Q_ASSERT(loc.isValid());
        siteId = mPlan.sites.at(loc.site).uid;
        Server &server = mPlan.sites[loc.site].servers[loc.server];
        if (target.owner == FieldOwner::Server)
            field.set(&server, value);
        else
            field.set(&server.roles[target.index], value);
        break;
    }
    case FieldOwner::Account:
        field.set(&mPlan.accounts[target.index], value);
        break;
    case FieldOwner::Waiver:
        field.set(&mPlan.waivers[target.index], value);
        break;
    case FieldOwner::Attestation:
        field.set(&mPlan.attestations[target.index], value);
        break;
    case FieldOwner::ChangeRecord:
        field.set(&mPlan.changeRecord[target.index], value);
        break;
    case FieldOwner::Address:
        siteId = target.id;
        field.set(&mPlan.sites[siteIndex(target.id)].addresses[target.index], value);
        break;
    }
    announce({Type::Changed, ChangeEvent::itemOf(target.owner), target.id, target.index, siteId,
              &field});
}

void Document::applySetServerSql(ItemId serverId, const std::optional<SqlSettings> &sql,
                                 const FieldInfo &field)
{
    const ServerLocation loc = serverLocation(serverId);
    if (!loc.isValid())
        return;
    mPlan.sites[loc.site].servers[loc.server].sql = sql;
    announce(
        {Type::Changed, ChangeItem::Server, serverId, -1, mPlan.sites.at(loc.site).uid, &field});
}

void Document::applySetSitePki(ItemId siteId, const std::optional<PkiSettings> &pki,
                               const FieldInfo &field)
{
    const int index = siteIndex(siteId);
    if (index < 0)
        return;
    mPlan.sites[index].pki = pki;
    announce({Type::Changed, ChangeItem::Site, siteId, -1, siteId, &field});
}

void Document::applySetSiteBoundaries(ItemId siteId, const QList<Boundary> &boundaries,
                                      const FieldInfo &field)
{
    const int index = siteIndex(siteId);
    if (index < 0)
        return;
    mPlan.sites[index].boundaries = boundaries;
    announce({Type::Changed, ChangeItem::Site, siteId, -1, siteId, &field});
}

void Document::applySetDiagram(QList<DiagramPosition> diagram)
{
    mPlan.diagram = std::move(diagram);
    announce({Type::Changed, ChangeItem::Diagram});
}

void Document::applyListChange(ListKind kind, bool adds, int index,
                               const std::function<void(Plan &)> &change)
{
    static constexpr ChangeItem items[] = {ChangeItem::Account, ChangeItem::Waiver,
                                           ChangeItem::Attestation, ChangeItem::ChangeRecord};
    const ChangeItem item = items[int(kind)];
    announce({adds ? Type::AboutToAdd : Type::AboutToRemove, item, 0, index});
    change(mPlan);
    announce({adds ? Type::Added : Type::Removed, item, 0, index});
}

void Document::applySetAddresses(ItemId siteId, const QList<SenderAddress> &addresses, bool adds,
                                 int index)
{
    const int i = siteIndex(siteId);
    if (i < 0)
        return;
    announce({adds ? Type::AboutToAdd : Type::AboutToRemove, ChangeItem::Address, siteId, index,
              siteId});
    mPlan.sites[i].addresses = addresses;
    announce({adds ? Type::Added : Type::Removed, ChangeItem::Address, siteId, index, siteId});
}

} // namespace hierarch
