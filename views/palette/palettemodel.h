#pragma once

#include "plan.h"

#include <QAbstractListModel>

namespace hierarch {

class Document;

// The roles the plan's product offers, in the order of FORMAT.md's role table, as a list the
// palette shows and drags from. Rows follow the product; a drag carries the role id.
class PaletteModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum { RoleIdRole = Qt::UserRole + 1 }; // int(Role)

    explicit PaletteModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    Role roleAt(int row) const { return mRoles.at(row); }
    int rowOf(Role role) const { return int(mRoles.indexOf(role)); }

    // What the role does and whether it makes its server an IIS server, for the tooltip.
    static QString description(Role role);

private:
    void refresh();

    Document *mDocument;
    Product mProduct;
    QList<Role> mRoles;
};

} // namespace hierarch
