#include "document.h"

#include "io/plansaver.h"
#include "undocommands.h"
#include "validator.h"

#include <QCoreApplication>
#include <QPointF>

namespace hierarch {

namespace {

QString cmdText(const char *text)
{
    return commandText(text);
}

#define CMD(text) QT_TRANSLATE_NOOP("hierarch::Commands", text)

} // namespace

Document::Document(QObject *parent)
    : QObject(parent), mUndoStack(new QUndoStack(this)), mValidationDate(QDate::currentDate())
{
    connect(mUndoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modificationChanged(!clean); });
    reset(Plan{});
}

Document::~Document() = default;

void Document::reset(Plan plan, const QString &filePath)
{
    emit aboutToReset();
    mUndoStack->clear();
    mPlan = std::move(plan);
    for (Site &site : mPlan.sites)
        assignIds(site);
    rebuildIndex();
    mFilePath = filePath;
    mUndoStack->setClean();
    revalidate();
    emit resetDone();
    emit filePathChanged(mFilePath);
    emit modificationChanged(false);
}

bool Document::save(const QString &path, QString *error)
{
    if (!savePlanFile(mPlan, path, error))
        return false;
    mUndoStack->setClean();
    if (mFilePath != path) {
        mFilePath = path;
        emit filePathChanged(path);
    }
    return true;
}

void Document::setValidationDate(const QDate &date)
{
    mValidationDate = date;
    revalidate();
}

QList<const Finding *> Document::findingsFor(ItemId id) const
{
    QList<const Finding *> out;
    if (const Site *s = site(id)) {
        for (const Finding &f : mFindings) {
            if (f.kind == Scope::Site && f.subject == s->code)
                out << &f;
        }
    } else if (const Server *s = server(id)) {
        const Site *home = site(siteOfServer(id));
        for (const Finding &f : mFindings) {
            if (f.kind == Scope::Server && f.subject == s->name && home && f.site == home->code)
                out << &f;
        }
    }
    return out;
}

int Document::siteIndex(ItemId site) const
{
    return mSiteIndex.value(site, -1);
}

int Document::siteIndexByCode(const QString &code) const
{
    for (int i = 0; i < int(mPlan.sites.size()); ++i) {
        if (mPlan.sites.at(i).code.compare(code, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

const Site *Document::site(ItemId id) const
{
    const int i = siteIndex(id);
    return i >= 0 ? &mPlan.sites.at(i) : nullptr;
}

Document::ServerLocation Document::serverLocation(ItemId server) const
{
    const auto it = mServerIndex.constFind(server);
    if (it == mServerIndex.cend())
        return {};
    return {siteIndex(it->first), it->second};
}

const Server *Document::server(ItemId id) const
{
    const ServerLocation loc = serverLocation(id);
    return loc.isValid() ? &mPlan.sites.at(loc.site).servers.at(loc.server) : nullptr;
}

ItemId Document::siteOfServer(ItemId server) const
{
    return mServerIndex.value(server, {0, -1}).first;
}

QList<ItemId> Document::childSites(ItemId id) const
{
    QList<ItemId> children;
    const Site *parent = site(id);
    if (!parent)
        return children;
    const int parentIndex = siteIndex(id);
    for (const Site &s : mPlan.sites) {
        if (s.parent && s.uid != id && siteIndexByCode(*s.parent) == parentIndex)
            children << s.uid;
    }
    return children;
}

QList<ItemId> Document::subtree(ItemId id) const
{
    QList<ItemId> out{id};
    for (qsizetype i = 0; i < out.size(); ++i) {
        for (ItemId child : childSites(out.at(i))) {
            if (!out.contains(child)) // parent cycles must not loop
                out << child;
        }
    }
    return out;
}

std::optional<QPointF> Document::diagramPosition(ItemId id) const
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

bool Document::targetExists(const FieldTarget &target) const
{
    switch (target.owner) {
    case FieldOwner::Plan:
        return true;
    case FieldOwner::Site:
        return site(target.id);
    case FieldOwner::Server:
        return server(target.id);
    case FieldOwner::Role: {
        const Server *s = server(target.id);
        return s && target.index >= 0 && target.index < s->roles.size();
    }
    case FieldOwner::Account:
        return target.index >= 0 && target.index < mPlan.accounts.size();
    case FieldOwner::Waiver:
        return target.index >= 0 && target.index < mPlan.waivers.size();
    case FieldOwner::Attestation:
        return target.index >= 0 && target.index < mPlan.attestations.size();
    }
    return false;
}

QString Document::targetName(const FieldTarget &target) const
{
    if (!targetExists(target))
        return QString();
    switch (target.owner) {
    case FieldOwner::Plan:
        return mPlan.name;
    case FieldOwner::Site:
        return site(target.id)->code;
    case FieldOwner::Server:
        return server(target.id)->name;
    case FieldOwner::Role: {
        const Server *s = server(target.id);
        return cmdText(CMD("%1 on %2"))
            .arg(roleDisplayName(s->roles.at(target.index).role), s->name);
    }
    case FieldOwner::Account:
        return mPlan.accounts.at(target.index).name;
    case FieldOwner::Waiver:
        return mPlan.waivers.at(target.index).finding;
    case FieldOwner::Attestation:
        return mPlan.attestations.at(target.index).item;
    }
    return QString();
}

QVariant Document::field(const FieldTarget &target, const FieldInfo &field) const
{
    if (!targetExists(target))
        return {};
    switch (target.owner) {
    case FieldOwner::Plan:
        return field.get(&mPlan);
    case FieldOwner::Site:
        if (const Site *s = site(target.id))
            return field.get(s);
        return {};
    case FieldOwner::Server:
        if (const Server *s = server(target.id))
            return field.get(s);
        return {};
    case FieldOwner::Role:
        return field.get(&server(target.id)->roles.at(target.index));
    case FieldOwner::Account:
        return field.get(&mPlan.accounts.at(target.index));
    case FieldOwner::Waiver:
        return field.get(&mPlan.waivers.at(target.index));
    case FieldOwner::Attestation:
        return field.get(&mPlan.attestations.at(target.index));
    }
    return {};
}

// --- edits ---------------------------------------------------------------------------------

ItemId Document::addSite(ItemId parent, SiteType type)
{
    Site s;
    s.code = unusedSiteCode(type);
    if (const Site *p = site(parent))
        s.parent = p->code;
    if (type == SiteType::Secondary)
        s.type = type;
    s.uid = newId();
    const ItemId id = s.uid;
    auto *command = new InsertSiteCommand(this, -1, s);
    command->setText(cmdText(type == SiteType::Secondary ? CMD("Add Secondary Site %1")
                                                         : CMD("Add Site %1"))
                         .arg(s.code));
    push(command);
    return id;
}

ItemId Document::insertSite(const Site &site, int index)
{
    Site s = site;
    assignIds(s);
    const ItemId id = s.uid;
    auto *command = new InsertSiteCommand(this, index, s);
    command->setText(cmdText(CMD("Paste Site %1")).arg(s.code));
    push(command);
    return id;
}

void Document::removeSites(const QList<ItemId> &sites)
{
    QList<ItemId> all;
    for (ItemId id : sites) {
        if (!site(id))
            continue;
        for (ItemId s : subtree(id)) {
            if (!all.contains(s))
                all << s;
        }
    }
    if (all.isEmpty())
        return;
    QStringList removedCodes;
    for (ItemId id : all)
        removedCodes << site(id)->code;
    auto *parent = new QUndoCommand(
        (all.size() == 1 ? cmdText(CMD("Remove Site %1")) : cmdText(CMD("Remove Sites %1")))
            .arg(removedCodes.join(QLatin1String(", "))));
    // Remove from the back so that undo re-inserts each site at its old index.
    std::sort(all.begin(), all.end(),
              [this](ItemId a, ItemId b) { return siteIndex(a) > siteIndex(b); });
    for (ItemId id : all)
        new RemoveSiteCommand(this, id, parent);
    // A position goes with its code only when no remaining site has that code.
    QSet<QString> remaining;
    for (const Site &s : mPlan.sites) {
        if (!all.contains(s.uid))
            remaining.insert(s.code);
    }
    QList<DiagramPosition> diagram = mPlan.diagram;
    diagram.removeIf([&](const DiagramPosition &p) {
        return removedCodes.contains(p.siteCode) && !remaining.contains(p.siteCode);
    });
    if (diagram != mPlan.diagram)
        new SetDiagramCommand(this, diagram, QString(), parent);
    push(parent);
}

void Document::reparentSite(ItemId id, ItemId newParent)
{
    const Site *s = site(id);
    const Site *p = site(newParent);
    if (!s || (newParent && !p) || subtree(id).contains(newParent))
        return;
    auto *command = new SetFieldCommand(this, {FieldOwner::Site, id},
                                        *findField(FieldOwner::Site, u"parent"),
                                        p ? QVariant(p->code) : QVariant(), false);
    command->setText(cmdText(CMD("Move Site %1")).arg(s->code));
    push(command);
}

void Document::renameSite(ItemId id, const QString &code)
{
    const Site *s = site(id);
    if (!s || code.isEmpty() || code == s->code)
        return;
    push(new RenameSiteCommand(this, id, code, false));
}

void Document::moveSites(const QList<std::pair<ItemId, QPointF>> &positions)
{
    QList<DiagramPosition> diagram = mPlan.diagram;
    QStringList moved; // named in the undo text: the sites whose position really changed
    for (const auto &[id, point] : positions) {
        const Site *s = site(id);
        if (!s)
            continue;
        const DiagramPosition position{s->code, point.x(), point.y()};
        auto it = std::find_if(diagram.begin(), diagram.end(),
                               [&](const DiagramPosition &p) { return p.siteCode == s->code; });
        if (it == diagram.end()) {
            diagram.append(position);
        } else if (*it != position) {
            *it = position;
            moved << s->code;
        }
    }
    if (diagram == mPlan.diagram)
        return;
    if (moved.isEmpty()) // only positions that were automatic so far became stored
        for (const auto &[id, point] : positions)
            moved << site(id)->code;
    push(new SetDiagramCommand(this, diagram,
                               (moved.size() == 1 ? cmdText(CMD("Move Site %1"))
                                                  : cmdText(CMD("Move Sites %1")))
                                   .arg(moved.join(QLatin1String(", ")))));
}

void Document::clearDiagram()
{
    if (mPlan.diagram.isEmpty())
        return;
    push(new SetDiagramCommand(this, {}, cmdText(CMD("Auto Layout"))));
}

ItemId Document::addServer(ItemId siteId)
{
    const Site *s = site(siteId);
    if (!s)
        return 0;
    Server server;
    server.name = unusedServerName(s->code);
    return insertServer(siteId, server);
}

ItemId Document::insertServer(ItemId siteId, const Server &server)
{
    const Site *s = site(siteId);
    if (!s)
        return 0;
    Server copy = server;
    copy.uid = newId();
    const ItemId id = copy.uid;
    auto *command = new InsertServerCommand(this, siteId, int(s->servers.size()), copy);
    command->setText(server.roles.isEmpty() && server.name.isEmpty()
                         ? cmdText(CMD("Add Server"))
                         : cmdText(CMD("Add Server %1")).arg(copy.name));
    push(command);
    return id;
}

void Document::removeServers(const QList<ItemId> &servers)
{
    QList<ItemId> ids;
    for (ItemId id : servers) {
        if (server(id) && !ids.contains(id))
            ids << id;
    }
    if (ids.isEmpty())
        return;
    // Back to front within each site, so undo restores the order.
    std::sort(ids.begin(), ids.end(), [this](ItemId a, ItemId b) {
        const ServerLocation la = serverLocation(a);
        const ServerLocation lb = serverLocation(b);
        return la.site != lb.site ? la.site > lb.site : la.server > lb.server;
    });
    auto *parent = new QUndoCommand(ids.size() == 1
                                        ? cmdText(CMD("Remove Server %1")).arg(server(ids[0])->name)
                                        : cmdText(CMD("Remove Servers")));
    for (ItemId id : ids)
        new RemoveServerCommand(this, id, parent);
    push(parent);
}

void Document::moveServer(ItemId serverId, ItemId toSite)
{
    const Server *s = server(serverId);
    const Site *target = site(toSite);
    if (!s || !target || siteOfServer(serverId) == toSite)
        return;
    auto *parent = new QUndoCommand(
        cmdText(CMD("Move Server %1 to %2")).arg(s->name, target->code));
    new RemoveServerCommand(this, serverId, parent);
    new InsertServerCommand(this, toSite, int(target->servers.size()), *s, parent);
    push(parent);
}

void Document::renameServer(ItemId id, const QString &name)
{
    const Server *s = server(id);
    if (!s || name.isEmpty() || name == s->name)
        return;
    auto *command = new SetFieldCommand(this, {FieldOwner::Server, id},
                                        *findField(FieldOwner::Server, u"name"), name, false);
    command->setText(cmdText(CMD("Rename Server %1 to %2")).arg(s->name, name));
    push(command);
}

bool Document::addRole(ItemId serverId, Role role)
{
    const Server *s = server(serverId);
    if (!s || !roleInProduct(role, mPlan.product) || s->hasRole(role))
        return false;
    auto *command = new InsertRoleCommand(this, serverId, int(s->roles.size()), {role, {}, {}, {}});
    command->setText(cmdText(CMD("Add %1 to %2")).arg(roleDisplayName(role), s->name));
    push(command);
    return true;
}

void Document::removeRole(ItemId serverId, int roleIndex)
{
    const Server *s = server(serverId);
    if (!s || roleIndex < 0 || roleIndex >= s->roles.size())
        return;
    auto *command = new RemoveRoleCommand(this, serverId, roleIndex);
    command->setText(cmdText(CMD("Remove %1 from %2"))
                         .arg(roleDisplayName(s->roles.at(roleIndex).role), s->name));
    push(command);
}

void Document::setField(const FieldTarget &target, const FieldInfo &field, const QVariant &value,
                        bool merge)
{
    if (!targetExists(target))
        return;
    if (field.owner == FieldOwner::Site && QLatin1String(field.key) == QLatin1String("code")) {
        const QString code = value.toString();
        if (!code.isEmpty() && code != site(target.id)->code)
            push(new RenameSiteCommand(this, target.id, code, merge));
        return;
    }
    if (this->field(target, field) == value)
        return;
    push(new SetFieldCommand(this, target, field, value, merge));
}

void Document::addAccount(const Account &account)
{
    push(new ListCommand(this, ListKind::Accounts, cmdText(CMD("Add Account %1")).arg(account.name),
                         [account](Plan &p) { p.accounts.append(account); }));
}

void Document::removeAccount(int index)
{
    if (index < 0 || index >= mPlan.accounts.size())
        return;
    push(new ListCommand(this, ListKind::Accounts,
                         cmdText(CMD("Remove Account %1")).arg(mPlan.accounts.at(index).name),
                         [index](Plan &p) { p.accounts.removeAt(index); }));
}

void Document::addWaiver(const Waiver &waiver)
{
    push(new ListCommand(this, ListKind::Waivers, cmdText(CMD("Waive %1")).arg(waiver.finding),
                         [waiver](Plan &p) { p.waivers.append(waiver); }));
}

void Document::removeWaiver(int index)
{
    if (index < 0 || index >= mPlan.waivers.size())
        return;
    push(new ListCommand(this, ListKind::Waivers,
                         cmdText(CMD("Remove Waiver of %1")).arg(mPlan.waivers.at(index).finding),
                         [index](Plan &p) { p.waivers.removeAt(index); }));
}

void Document::addAttestation(const Attestation &attestation)
{
    push(new ListCommand(this, ListKind::Attestations,
                         cmdText(CMD("Add Attestation %1")).arg(attestation.item),
                         [attestation](Plan &p) { p.attestations.append(attestation); }));
}

void Document::removeAttestation(int index)
{
    if (index < 0 || index >= mPlan.attestations.size())
        return;
    push(new ListCommand(this, ListKind::Attestations,
                         cmdText(CMD("Remove Attestation %1"))
                             .arg(mPlan.attestations.at(index).item),
                         [index](Plan &p) { p.attestations.removeAt(index); }));
}

QString Document::unusedSiteCode(SiteType type) const
{
    const QChar prefix = type == SiteType::Secondary ? QLatin1Char('S') : QLatin1Char('P');
    for (int n = 1; n < 1000; ++n) {
        const QString code = prefix + QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
        if (siteIndexByCode(code) < 0)
            return code;
    }
    return QStringLiteral("NEW");
}

QString Document::unusedServerName(const QString &siteCode) const
{
    QSet<QString> names;
    for (const Site &s : mPlan.sites) {
        for (const Server &server : s.servers)
            names.insert(server.name.toUpper());
    }
    for (int n = 1;; ++n) {
        const QString name = QStringLiteral("%1-SRV%2").arg(siteCode.left(3).toUpper())
                                 .arg(n, 2, 10, QLatin1Char('0'));
        if (!names.contains(name))
            return name;
    }
}

// --- apply ---------------------------------------------------------------------------------

void Document::applyInsertSite(int index, const Site &site)
{
    if (index < 0 || index > mPlan.sites.size())
        index = int(mPlan.sites.size());
    mPlan.sites.insert(index, site);
    rebuildIndex();
    emit siteAdded(site.uid);
    for (const Server &server : site.servers)
        emit serverAdded(server.uid);
    revalidate();
}

Site Document::applyRemoveSite(ItemId id)
{
    const int index = siteIndex(id);
    Q_ASSERT(index >= 0);
    emit siteAboutToBeRemoved(id);
    Site removed = mPlan.sites.takeAt(index);
    rebuildIndex();
    emit siteRemoved(id);
    revalidate();
    return removed;
}

void Document::applyInsertServer(ItemId siteId, int index, const Server &server)
{
    const int s = siteIndex(siteId);
    Q_ASSERT(s >= 0);
    QList<Server> &servers = mPlan.sites[s].servers;
    if (index < 0 || index > servers.size())
        index = int(servers.size());
    servers.insert(index, server);
    rebuildIndex();
    emit serverAdded(server.uid);
    emit siteChanged(siteId);
    revalidate();
}

Server Document::applyRemoveServer(ItemId id)
{
    const ServerLocation loc = serverLocation(id);
    Q_ASSERT(loc.isValid());
    const ItemId siteId = mPlan.sites.at(loc.site).uid;
    emit serverAboutToBeRemoved(id);
    Server removed = mPlan.sites[loc.site].servers.takeAt(loc.server);
    rebuildIndex();
    emit serverRemoved(id);
    emit siteChanged(siteId);
    revalidate();
    return removed;
}

void Document::applyInsertRole(ItemId serverId, int index, const RoleAssignment &role)
{
    const ServerLocation loc = serverLocation(serverId);
    Q_ASSERT(loc.isValid());
    QList<RoleAssignment> &roles = mPlan.sites[loc.site].servers[loc.server].roles;
    roles.insert(std::clamp(index, 0, int(roles.size())), role);
    emit serverChanged(serverId);
    revalidate();
}

RoleAssignment Document::applyRemoveRole(ItemId serverId, int index)
{
    const ServerLocation loc = serverLocation(serverId);
    Q_ASSERT(loc.isValid());
    RoleAssignment removed = mPlan.sites[loc.site].servers[loc.server].roles.takeAt(index);
    emit serverChanged(serverId);
    revalidate();
    return removed;
}

void Document::applySetField(const FieldTarget &target, const FieldInfo &field,
                             const QVariant &value)
{
    if (!targetExists(target))
        return;
    switch (target.owner) {
    case FieldOwner::Plan:
        field.set(&mPlan, value);
        emit planChanged();
        break;
    case FieldOwner::Site: {
        const int i = siteIndex(target.id);
        Q_ASSERT(i >= 0);
        field.set(&mPlan.sites[i], value);
        emit siteChanged(target.id);
        break;
    }
    case FieldOwner::Server: {
        const ServerLocation loc = serverLocation(target.id);
        Q_ASSERT(loc.isValid());
        field.set(&mPlan.sites[loc.site].servers[loc.server], value);
        emit serverChanged(target.id);
        break;
    }
    case FieldOwner::Role: {
        const ServerLocation loc = serverLocation(target.id);
        Q_ASSERT(loc.isValid());
        field.set(&mPlan.sites[loc.site].servers[loc.server].roles[target.index], value);
        emit serverChanged(target.id);
        break;
    }
    case FieldOwner::Account:
        field.set(&mPlan.accounts[target.index], value);
        emit accountsChanged();
        break;
    case FieldOwner::Waiver:
        field.set(&mPlan.waivers[target.index], value);
        emit waiversChanged();
        break;
    case FieldOwner::Attestation:
        field.set(&mPlan.attestations[target.index], value);
        emit attestationsChanged();
        break;
    }
    revalidate();
}

void Document::applySetServerSql(ItemId serverId, const std::optional<SqlSettings> &sql)
{
    const ServerLocation loc = serverLocation(serverId);
    if (!loc.isValid())
        return;
    mPlan.sites[loc.site].servers[loc.server].sql = sql;
    emit serverChanged(serverId);
    revalidate();
}

void Document::applySetDiagram(QList<DiagramPosition> diagram)
{
    mPlan.diagram = std::move(diagram);
    emit diagramChanged();
}

void Document::applyListChange(ListKind kind, const std::function<void(Plan &)> &change)
{
    change(mPlan);
    switch (kind) {
    case ListKind::Accounts:
        emit accountsChanged();
        break;
    case ListKind::Waivers:
        emit waiversChanged();
        break;
    case ListKind::Attestations:
        emit attestationsChanged();
        break;
    }
    revalidate();
}

void Document::push(QUndoCommand *command)
{
    mUndoStack->push(command);
}

void Document::revalidate()
{
    QList<Finding> findings = validate(mPlan, mValidationDate);
    emit findingsAboutToChange();
    mFindings = std::move(findings);
    emit findingsChanged();
}

void Document::rebuildIndex()
{
    mSiteIndex.clear();
    mServerIndex.clear();
    for (int i = 0; i < int(mPlan.sites.size()); ++i) {
        const Site &s = mPlan.sites.at(i);
        mSiteIndex.insert(s.uid, i);
        for (int k = 0; k < int(s.servers.size()); ++k)
            mServerIndex.insert(s.servers.at(k).uid, {s.uid, k});
    }
}

void Document::assignIds(Site &site)
{
    site.uid = newId();
    for (Server &server : site.servers)
        server.uid = newId();
}

} // namespace hierarch
