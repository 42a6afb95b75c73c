#pragma once

#include "role.h"

#include <QHash>
#include <QIcon>
#include <QIdentityProxyModel>

#include <optional>

namespace hierarch {

class Document;

// Dresses the GUI-free OutlineModel for the tree: an icon per kind of item (the role's chip for
// roles), a severity badge on items with unwaived findings, and tooltips escaped so that a name
// typed by the user never renders as markup. The model in model/ stays free of icons.
class OutlineProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit OutlineProxy(Document *document, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    std::optional<Role> roleOf(const QModelIndex &index) const;
    QIcon iconFor(const QModelIndex &index) const;

    Document *mDocument;
    mutable QHash<quint32, QIcon> mIcons;
};

} // namespace hierarch
