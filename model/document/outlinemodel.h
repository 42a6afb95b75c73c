#pragma once

#include "itemroles.h"
#include "plan.h"

#include <QAbstractItemModel>

#include <array>

#include <memory>
#include <vector>

namespace hierarch {

class Document;

// The plan as a tree: plan > sites nested by parent > servers > roles, then accounts and waivers.
// Nodes carry ids and indices only; text and state are read from the Document on demand. Adding
// or removing a site, or an edit that moves a site in the tree, resets it (the view restores
// expansion by id); servers come and go as rows, and field and role changes are row changes.
class OutlineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Kind { Plan, Site, Server, Role, AccountGroup, Account, WaiverGroup, Waiver };

    explicit OutlineModel(Document *document, QObject *parent = nullptr);
    ~OutlineModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The index of a site or server by id (invalid when it is not in the tree).
    QModelIndex indexOf(ItemId id) const;
    QModelIndex planIndex() const;

private:
    struct Node;
    void rebuild();
    // The id of the site each site of the plan hangs under (0: the plan), in plan order.
    std::vector<ItemId> treeParents() const;
    void buildSite(Node *parent, int siteIndex, const std::vector<std::vector<int>> &children);
    void addServerNode(Node *site, int row, const Server &server);
    void insertServer(ItemId server);
    void removeServer(ItemId server);
    void syncRoles(ItemId server);
    void siteRowChanged(ItemId site);
    // The severities and the rows whose findings the document computed again.
    void updateFindings();
    void updateSeverities();
    QModelIndex indexOfNode(const Node *node) const;
    Node *nodeOf(const QModelIndex &index) const;
    int worstSeverity(const Node *node) const;

    Document *mDocument;
    std::unique_ptr<Node> mRoot;
    QHash<ItemId, Node *> mById;
    std::vector<ItemId> mTreeParents;    // treeParents() as the tree shows it
    QHash<QString, int> mWorstBySubject; // "kind:subject[:site]" -> severity
    // The worst unwaived severity of each finding scope (int(Scope)), -1 for none: the plan row
    // carries the findings that no site or server row shows (the hierarchy's, accounts',
    // waivers'), so a count in the status bar always has a row to point at.
    std::array<int, 5> mWorstByScope{-1, -1, -1, -1, -1};
};

} // namespace hierarch
