#include "outlinemodel.h"

#include "document.h"

#include <QCoreApplication>

namespace hierarch {

struct OutlineModel::Node
{
    Kind kind;
    ItemId id = 0;
    int index = -1;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(Kind k, ItemId i = 0, int idx = -1)
    {
        children.push_back(std::make_unique<Node>(Node{k, i, idx, this, {}}));
        return children.back().get();
    }
    int row() const
    {
        if (!parent)
            return 0;
        for (std::size_t r = 0; r < parent->children.size(); ++r) {
            if (parent->children[r].get() == this)
                return int(r);
        }
        return 0;
    }
};

namespace {

QString subjectKey(Scope kind, const QString &subject, const QString &site = QString())
{
    return QString::number(int(kind)) + QLatin1Char(':') + subject + QLatin1Char(':') + site;
}

} // namespace

OutlineModel::OutlineModel(Document *document, QObject *parent)
    : QAbstractItemModel(parent), mDocument(document)
{
    rebuild();
    auto reset = [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    };
    connect(document, &Document::changed, this, [this, reset](const ChangeEvent &event) {
        if (event.type == ChangeEvent::Type::Reset) {
            reset();
            return;
        }
        if (event.isAboutTo()) {
            if (event.type == ChangeEvent::Type::AboutToRemove && event.item == ChangeItem::Server)
                removeServer(event.id);
            return;
        }
        switch (event.item) {
        case ChangeItem::Site:
            // A new code or parent can move a site, or another site that named it as parent, in
            // the tree; any other field only changes the site's row.
            if (event.addsOrRemoves() ||
                ((!event.field || event.isFieldEdit(ChangeItem::Site, "code") ||
                  event.isFieldEdit(ChangeItem::Site, "parent")) &&
                 treeParents() != mTreeParents)) {
                reset();
                return;
            }
            siteRowChanged(event.id);
            break;
        case ChangeItem::Server:
            if (event.type == ChangeEvent::Type::Added)
                insertServer(event.id);
            else if (event.type == ChangeEvent::Type::Changed)
                syncRoles(event.id);
            siteRowChanged(event.site);
            break;
        case ChangeItem::Role:
            syncRoles(event.id);
            break;
        case ChangeItem::Address:
            siteRowChanged(event.site);
            break;
        case ChangeItem::Account:
        case ChangeItem::Waiver:
            reset();
            break;
        case ChangeItem::Plan: {
            const QModelIndex plan = planIndex();
            emit dataChanged(plan, plan);
            break;
        }
        case ChangeItem::Findings:
            updateFindings();
            break;
        case ChangeItem::Attestation:
        case ChangeItem::ChangeRecord:
        case ChangeItem::Diagram:
            break;
        }
    });
    updateSeverities();
}

void OutlineModel::siteRowChanged(ItemId site)
{
    const QModelIndex at = indexOf(site);
    emit dataChanged(at, at);
}

void OutlineModel::updateFindings()
{
    updateSeverities();
    const QList<int> roles{WorstSeverityRole, Qt::ForegroundRole, Qt::DecorationRole};
    // A node's own row and its children's rows (a site's servers, a group's entries).
    auto announceRows = [&](const Node *node) {
        const QModelIndex at = indexOfNode(node);
        if (at.isValid())
            emit dataChanged(at, at, roles);
        if (!node->children.empty())
            emit dataChanged(index(0, 0, at), index(int(node->children.size()) - 1, 0, at), roles);
    };
    std::function<void(const Node *)> announceAll = [&](const Node *node) {
        announceRows(node);
        for (const auto &child : node->children)
            announceAll(child.get());
    };
    const QList<ItemId> sites = mDocument->sitesWithNewFindings();
    if (sites.size() >= mDocument->plan().sites.size()) {
        announceAll(mRoot.get());
        return;
    }
    // Only the sites the document validated again, the plan row and the small groups:
    // an edit in a large plan does not touch every row of the tree.
    const Node *plan = mRoot->children.front().get();
    announceRows(plan);
    for (const auto &child : plan->children) {
        if (child->kind == Kind::AccountGroup || child->kind == Kind::WaiverGroup)
            announceRows(child.get());
    }
    for (ItemId id : sites) {
        if (const Node *node = mById.value(id))
            announceRows(node);
    }
}

void OutlineModel::updateSeverities()
{
    mWorstBySubject.clear();
    mWorstByScope.fill(-1);
    for (const Finding &f : mDocument->findings()) {
        if (f.waived)
            continue;
        const QString key =
            subjectKey(f.kind, f.subject, f.kind == Scope::Server ? f.site : QString());
        const int s = int(f.severity());
        if (!mWorstBySubject.contains(key) || s < mWorstBySubject.value(key))
            mWorstBySubject.insert(key, s);
        int &scope = mWorstByScope[std::size_t(f.kind)];
        if (scope < 0 || s < scope)
            scope = s;
    }
}

OutlineModel::~OutlineModel() = default;

std::vector<ItemId> OutlineModel::treeParents() const
{
    // The site each site hangs under (0: the plan), in plan order. Sites on a parent cycle have
    // no root; they are shown at the top so nothing disappears.
    const Plan &p = mDocument->plan();
    const int n = int(p.sites.size());
    std::vector<int> parentIndex(n, -1);
    std::vector<std::vector<int>> children(n);
    for (int i = 0; i < n; ++i) {
        const Site &s = p.sites.at(i);
        const int parent = s.parent ? mDocument->siteIndexByCode(*s.parent) : -1;
        if (parent >= 0 && parent != i) {
            parentIndex[i] = parent;
            children[parent].push_back(i);
        }
    }
    // From the roots down, then from each site on a cycle that is still unreached: that one is
    // shown at the top and the rest of its cycle below it.
    std::vector<ItemId> out(n, 0);
    std::vector<bool> reached(n, false);
    const auto reach = [&](int top) {
        std::vector<int> stack{top};
        reached[top] = true;
        while (!stack.empty()) {
            const int i = stack.back();
            stack.pop_back();
            for (int child : children[i]) {
                if (!reached[child]) {
                    reached[child] = true;
                    out[child] = p.sites.at(i).uid;
                    stack.push_back(child);
                }
            }
        }
    };
    for (int i = 0; i < n; ++i) {
        if (parentIndex[i] < 0)
            reach(i);
    }
    for (int i = 0; i < n; ++i) {
        if (!reached[i])
            reach(i);
    }
    return out;
}

void OutlineModel::rebuild()
{
    mById.clear();
    mRoot = std::make_unique<Node>(Node{Kind::Plan, 0, -1, nullptr, {}});
    Node *plan = mRoot->add(Kind::Plan);
    const Plan &p = mDocument->plan();
    mTreeParents = treeParents();
    // The sites without a parent first, then the tops of parent cycles; below each site its
    // servers, then its child sites in plan order.
    const int n = int(p.sites.size());
    std::vector<std::vector<int>> children(n);
    std::vector<int> roots, cycleTops;
    for (int i = 0; i < n; ++i) {
        if (mTreeParents[i] != 0) {
            children[mDocument->siteIndex(mTreeParents[i])].push_back(i);
            continue;
        }
        const Site &s = p.sites.at(i);
        const int parent = s.parent ? mDocument->siteIndexByCode(*s.parent) : -1;
        (parent >= 0 && parent != i ? cycleTops : roots).push_back(i);
    }
    for (int top : roots)
        buildSite(plan, top, children);
    for (int top : cycleTops)
        buildSite(plan, top, children);
    if (!p.accounts.isEmpty()) {
        Node *group = plan->add(Kind::AccountGroup);
        for (int i = 0; i < int(p.accounts.size()); ++i)
            group->add(Kind::Account, 0, i);
    }
    if (!p.waivers.isEmpty()) {
        Node *group = plan->add(Kind::WaiverGroup);
        for (int i = 0; i < int(p.waivers.size()); ++i)
            group->add(Kind::Waiver, 0, i);
    }
}

void OutlineModel::buildSite(Node *parent, int siteIndex,
                             const std::vector<std::vector<int>> &children)
{
    const Site &site = mDocument->plan().sites.at(siteIndex);
    Node *node = parent->add(Kind::Site, site.uid);
    mById.insert(site.uid, node);
    for (const Server &server : site.servers)
        addServerNode(node, int(node->children.size()), server);
    for (int child : children[siteIndex])
        buildSite(node, child, children);
}

void OutlineModel::addServerNode(Node *site, int row, const Server &server)
{
    site->children.insert(site->children.begin() + row,
                          std::make_unique<Node>(Node{Kind::Server, server.uid, -1, site, {}}));
    Node *node = site->children[std::size_t(row)].get();
    mById.insert(server.uid, node);
    for (int r = 0; r < int(server.roles.size()); ++r)
        node->add(Kind::Role, server.uid, r);
}

// A site's servers are its first rows, in plan order, before its child sites.
void OutlineModel::insertServer(ItemId serverId)
{
    if (mById.contains(serverId))
        return; // came with a new site, which the tree already shows
    const Document::ServerLocation at = mDocument->serverLocation(serverId);
    if (!at.isValid())
        return;
    Node *site = mById.value(mDocument->plan().sites.at(at.site).uid);
    if (!site)
        return;
    beginInsertRows(indexOfNode(site), at.server, at.server);
    addServerNode(site, at.server, mDocument->plan().sites.at(at.site).servers.at(at.server));
    endInsertRows();
}

void OutlineModel::removeServer(ItemId serverId)
{
    Node *node = mById.value(serverId);
    if (!node || !node->parent)
        return;
    Node *site = node->parent;
    const int row = node->row();
    beginRemoveRows(indexOfNode(site), row, row);
    mById.remove(serverId);
    site->children.erase(site->children.begin() + row);
    endRemoveRows();
}

void OutlineModel::syncRoles(ItemId serverId)
{
    Node *node = mById.value(serverId);
    const Server *server = mDocument->server(serverId);
    if (!node || !server)
        return;
    const QModelIndex serverIndex = indexOfNode(node);
    const int have = int(node->children.size());
    const int want = int(server->roles.size());
    if (want > have) {
        beginInsertRows(serverIndex, have, want - 1);
        for (int r = have; r < want; ++r)
            node->add(Kind::Role, serverId, r);
        endInsertRows();
    } else if (want < have) {
        beginRemoveRows(serverIndex, want, have - 1);
        node->children.resize(std::size_t(want));
        endRemoveRows();
    }
    emit dataChanged(serverIndex, serverIndex);
    if (want > 0)
        emit dataChanged(index(0, 0, serverIndex), index(want - 1, 0, serverIndex));
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const Node *p = parent.isValid() ? nodeOf(parent) : mRoot.get();
    if (!p || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[std::size_t(row)].get());
}

QModelIndex OutlineModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || !node->parent || node->parent == mRoot.get())
        return {};
    return indexOfNode(node->parent);
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *p = parent.isValid() ? nodeOf(parent) : mRoot.get();
    return p ? int(p->children.size()) : 0;
}

int OutlineModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    const Plan &plan = mDocument->plan();
    switch (role) {
    case Qt::ToolTipRole:
        // Tooltips may render as rich text; user text in them is escaped.
        return QStringLiteral("<p>%1</p>")
            .arg(data(index, Qt::DisplayRole).toString().toHtmlEscaped());
    case Qt::DisplayRole:
        switch (node->kind) {
        case Kind::Plan:
            return plan.name;
        case Kind::Site:
            if (const Site *s = mDocument->site(node->id))
                return s->name && *s->name != s->code ? tr("%1 — %2").arg(s->code, *s->name)
                                                      : s->code;
            return {};
        case Kind::Server:
            if (const Server *s = mDocument->server(node->id))
                return s->name;
            return {};
        case Kind::Role:
            if (const Server *s = mDocument->server(node->id); s && node->index < s->roles.size())
                return roleDisplayName(s->roles.at(node->index).role);
            return {};
        case Kind::AccountGroup:
            return tr("Accounts");
        case Kind::Account:
            if (node->index < plan.accounts.size())
                return plan.accounts.at(node->index).name;
            return {};
        case Kind::WaiverGroup:
            return tr("Waivers");
        case Kind::Waiver:
            if (node->index < plan.waivers.size())
                return plan.waivers.at(node->index).finding;
            return {};
        }
        return {};
    case ItemIdRole:
        return QVariant::fromValue(node->id);
    case ItemKindRole:
        return int(node->kind);
    case ItemIndexRole:
        return node->index;
    case WorstSeverityRole:
        return worstSeverity(node);
    }
    return {};
}

int OutlineModel::worstSeverity(const Node *node) const
{
    switch (node->kind) {
    case Kind::Site:
        if (const Site *s = mDocument->site(node->id))
            return mWorstBySubject.value(subjectKey(Scope::Site, s->code), -1);
        return -1;
    case Kind::Server:
        if (const Server *s = mDocument->server(node->id)) {
            const Site *site = mDocument->site(mDocument->siteOfServer(node->id));
            return mWorstBySubject.value(
                subjectKey(Scope::Server, s->name, site ? site->code : QString()), -1);
        }
        return -1;
    case Kind::Account:
        if (node->index < mDocument->plan().accounts.size())
            return mWorstBySubject.value(
                subjectKey(Scope::Account, mDocument->plan().accounts.at(node->index).name), -1);
        return -1;
    case Kind::Plan: {
        int worst = -1;
        for (Scope scope : {Scope::Hierarchy, Scope::Account, Scope::Waiver}) {
            const int s = mWorstByScope[std::size_t(scope)];
            if (s >= 0 && (worst < 0 || s < worst))
                worst = s;
        }
        return worst;
    }
    case Kind::AccountGroup:
        return mWorstByScope[std::size_t(Scope::Account)];
    case Kind::WaiverGroup:
        return mWorstByScope[std::size_t(Scope::Waiver)];
    case Kind::Waiver:
        if (node->index < mDocument->plan().waivers.size())
            return mWorstBySubject.value(
                subjectKey(Scope::Waiver, mDocument->plan().waivers.at(node->index).finding), -1);
        return -1;
    default:
        return -1;
    }
}

QModelIndex OutlineModel::indexOf(ItemId id) const
{
    const Node *node = mById.value(id);
    return node ? indexOfNode(node) : QModelIndex();
}

QModelIndex OutlineModel::planIndex() const
{
    return index(0, 0);
}

QModelIndex OutlineModel::indexOfNode(const Node *node) const
{
    if (!node || node == mRoot.get())
        return {};
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

OutlineModel::Node *OutlineModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

} // namespace hierarch
