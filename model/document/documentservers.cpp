// Document edits of servers and their roles (document.cpp holds the rest).
#include "document.h"

#include "io/textlimits.h"
#include "undocommands.h"

#include <QSet>

namespace hierarch {

namespace {

QString cmdText(const char *text)
{
    return commandText(text);
}

} // namespace

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
    if (!s || refusedByLimits(0, 1))
        return 0;
    Server copy = server;
    copy.uid = newId();
    const ItemId id = copy.uid;
    auto *command = new InsertServerCommand(this, siteId, int(s->servers.size()), copy);
    command->setText(
        server.roles.isEmpty() && server.name.isEmpty()
            ? cmdText(QT_TRANSLATE_NOOP("hierarch::Commands", "Add Server"))
            : cmdText(QT_TRANSLATE_NOOP("hierarch::Commands", "Add Server %1")).arg(copy.name));
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
    auto *parent = new QUndoCommand(
        ids.size() == 1 ? cmdText(QT_TRANSLATE_NOOP("hierarch::Commands", "Remove Server %1"))
                              .arg(server(ids[0])->name)
                        : cmdText(QT_TRANSLATE_NOOP("hierarch::Commands", "Remove Servers")));
    for (ItemId id : ids)
        new RemoveServerCommand(this, id, parent);
    push(parent);
}

void Document::moveServer(ItemId serverId, ItemId toSite)
{
    const Server *s = server(serverId);
    const Site *target = site(toSite);
    const Site *home = site(siteOfServer(serverId));
    if (!s || !target || !home || home->uid == toSite)
        return;
    auto *parent =
        new QUndoCommand(cmdText(QT_TRANSLATE_NOOP("hierarch::Commands", "Move Server %1 to %2"))
                             .arg(s->name, target->code));
    // A role that serves "the server's own site" by default keeps serving the site it served:
    // the move states that site, and the rules judge the role serving it from elsewhere.
    Server moved = *s;
    for (RoleAssignment &role : moved.roles) {
        if (roleTakesSite(role.role) && !role.site)
            role.site = home->code;
    }
    new RemoveServerCommand(this, serverId, parent);
    new InsertServerCommand(this, toSite, int(target->servers.size()), moved, parent);
    push(parent);
}

void Document::renameServer(ItemId id, const QString &name)
{
    const Server *s = server(id);
    if (!s || name.isEmpty() || name == s->name)
        return;
    if (const QString problem = textProblem(name, TextKind::Name); !problem.isEmpty()) {
        emit editRefused(problem);
        return;
    }
    push(new RenameServerCommand(this, id, name, false));
}

std::optional<QString> Document::siteForNewRole(ItemId serverId, Role role) const
{
    const Server *s = server(serverId);
    const Site *home = site(siteOfServer(serverId));
    if (!s || !home)
        return std::nullopt;
    if (!roleTakesSite(role))
        return s->hasRole(role) ? std::nullopt : std::optional<QString>(QString());
    // Codes resolve case-insensitively (RULES.md role-site-unknown), so "p01" serves P01.
    const auto folded = [](const QString &code) {
        return code.toCaseFolded();
    };
    QSet<QString> served;
    for (const RoleAssignment &r : s->roles) {
        if (r.role == role)
            served.insert(folded(r.site.value_or(home->code)));
    }
    if (!served.contains(folded(home->code)))
        return QString();
    // Prefer a primary site that no server serves with this role yet, then a primary site the
    // server does not serve, then any site it does not serve (secondary sites have neither a
    // database nor a provider of their own).
    QSet<QString> servedAnywhere;
    for (const Site &other : mPlan.sites) {
        for (const Server &candidate : other.servers) {
            for (const RoleAssignment &r : candidate.roles) {
                if (r.role == role)
                    servedAnywhere.insert(folded(r.site.value_or(other.code)));
            }
        }
    }
    std::optional<QString> primary;
    std::optional<QString> any;
    for (const Site &other : mPlan.sites) {
        const QString code = folded(other.code);
        if (served.contains(code))
            continue;
        if (!other.isSecondary() && !servedAnywhere.contains(code))
            return other.code;
        if (!other.isSecondary() && !primary)
            primary = other.code;
        if (!any)
            any = other.code;
    }
    return primary ? primary : any;
}

bool Document::canAddRole(ItemId serverId, Role role) const
{
    return roleInProduct(role, mPlan.product) && siteForNewRole(serverId, role).has_value();
}

bool Document::addRole(ItemId serverId, Role role, const std::optional<QString> &servedSite)
{
    const Server *s = server(serverId);
    if (!s || !roleInProduct(role, mPlan.product))
        return false;
    std::optional<QString> siteKey;
    if (servedSite && roleTakesSite(role)) {
        if (!roleSiteProblem(serverId, role, -1, *servedSite).isEmpty())
            return false;
        const Site *home = site(siteOfServer(serverId));
        if (home && servedSite->compare(home->code, Qt::CaseInsensitive) != 0)
            siteKey = *servedSite;
    } else {
        const std::optional<QString> slot = siteForNewRole(serverId, role);
        if (!slot)
            return false;
        if (!slot->isEmpty())
            siteKey = *slot;
    }
    auto *command =
        new InsertRoleCommand(this, serverId, int(s->roles.size()), {role, siteKey, {}, {}});
    command->setText(siteKey
                         ? cmdText(QT_TRANSLATE_NOOP("hierarch::Commands", "Add %1 for %2 to %3"))
                               .arg(roleDisplayName(role), *siteKey, s->name)
                         : cmdText(QT_TRANSLATE_NOOP("hierarch::Commands", "Add %1 to %2"))
                               .arg(roleDisplayName(role), s->name));
    push(command);
    return true;
}

QString Document::roleSiteProblem(ItemId serverId, Role role, int roleIndex,
                                  const QString &servedSite) const
{
    const Server *s = server(serverId);
    const Site *home = site(siteOfServer(serverId));
    if (!s || !home || !roleTakesSite(role))
        return QString();
    const QString wanted = servedSite.isEmpty() ? home->code : servedSite;
    for (int r = 0; r < int(s->roles.size()); ++r) {
        const RoleAssignment &other = s->roles.at(r);
        if (r != roleIndex && other.role == role &&
            other.site.value_or(home->code).compare(wanted, Qt::CaseInsensitive) == 0)
            return tr("%1 already has the %2 role for site %3.")
                .arg(s->name, roleDisplayName(role), wanted);
    }
    return QString();
}

void Document::removeRole(ItemId serverId, int roleIndex)
{
    const Server *s = server(serverId);
    if (!s || roleIndex < 0 || roleIndex >= s->roles.size())
        return;
    auto *command = new RemoveRoleCommand(this, serverId, roleIndex);
    command->setText(cmdText(QT_TRANSLATE_NOOP("hierarch::Commands", "Remove %1 from %2"))
                         .arg(roleDisplayName(s->roles.at(roleIndex).role), s->name));
    push(command);
}

} // namespace hierarch
