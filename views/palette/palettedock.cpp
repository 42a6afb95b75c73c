#include "palettedock.h"

#include "document/document.h"
#include "palettemodel.h"
#include "selection.h"
#include "theme.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace hierarch {

PaletteDock::PaletteDock(Document *document, Selection *selection, QWidget *parent)
    : QDockWidget(tr("Roles"), parent), mDocument(document), mSelection(selection),
      mModel(new PaletteModel(document, this)), mView(new QListView)
{
    setObjectName(QStringLiteral("PaletteDock"));
    mView->setObjectName(QStringLiteral("paletteView"));
    mView->setAccessibleName(tr("Roles"));
    mView->setAccessibleDescription(tr("Enter adds the current role to the selected servers"));
    mView->setModel(mModel);
    // The role icons are drawn on a 16 px grid: at that size they are sharpest.
    mView->setIconSize(QSize(16, 16));
    mView->setSpacing(1);
    mView->setUniformItemSizes(true);
    mView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mView->setSelectionMode(QAbstractItemView::SingleSelection);
    mView->setDragEnabled(true);
    mView->setDragDropMode(QAbstractItemView::DragOnly);
    mView->setDefaultDropAction(Qt::CopyAction);
    connect(mView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            addRoleToSelection(mModel->roleAt(index.row()));
    });

    auto *hint = new QLabel(tr("Drag a role onto a server, or double-click it to add it to the "
                               "selected servers."));
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setContentsMargins(4, 0, 4, 4);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(mView, 1);
    layout->addWidget(hint);
    setWidget(content);
}

bool PaletteDock::addRoleToSelection(Role role)
{
    const QString name = roleDisplayName(role);
    const Product product = mDocument->plan().product;
    if (!roleInProduct(role, product)) {
        emit statusMessage(
            tr("The %1 role does not exist in %2 plans.").arg(name, productDisplayName(product)));
        return false;
    }
    const QList<ItemId> servers = mSelection->serverIds();
    if (servers.isEmpty()) {
        emit statusMessage(tr("Select a server to add the %1 role to.").arg(name));
        return false;
    }
    QList<ItemId> accepting;
    QStringList refused;
    for (ItemId id : servers) {
        const Server *server = mDocument->server(id);
        if (!server)
            continue;
        if (!mDocument->canAddRole(id, role))
            refused << server->name;
        else
            accepting << id;
    }
    if (accepting.size() > 1)
        mDocument->undoStack()->beginMacro(
            tr("Add %1 to %n Servers", nullptr, int(accepting.size())).arg(name));
    int added = 0;
    for (ItemId id : accepting)
        added += mDocument->addRole(id, role) ? 1 : 0;
    if (accepting.size() > 1)
        mDocument->undoStack()->endMacro();
    if (added == 1 && accepting.size() == 1 && refused.isEmpty()) {
        // A second site database or SMS Provider serves another site: say which.
        const Server *server = mDocument->server(accepting.constFirst());
        if (server && !server->roles.isEmpty() && server->roles.constLast().site)
            emit statusMessage(tr("Added the %1 role for site %2 to %3.")
                                   .arg(name, *server->roles.constLast().site, server->name));
    }

    if (!refused.isEmpty()) {
        const QString who = refused.join(QLatin1String(", "));
        emit statusMessage(
            added > 0 ? tr("Added the %1 role to %Ln server(s); %2 had it already.", nullptr, added)
                            .arg(name, who)
            : refused.size() == 1 ? tr("%1 already has the %2 role.").arg(who, name)
                                  : tr("%1 already have the %2 role.").arg(who, name));
    }
    return added > 0;
}

} // namespace hierarch
