#include "palettemodel.h"

#include "document/document.h"
#include "theme.h"

#include <QMimeData>

namespace hierarch {

namespace {

QList<Role> rolesOf(Product product)
{
    QList<Role> roles;
    for (int r = 0; r < enumCount<Role>(); ++r) {
        if (roleInProduct(Role(r), product))
            roles << Role(r);
    }
    return roles;
}

} // namespace

PaletteModel::PaletteModel(Document *document, QObject *parent)
    : QAbstractListModel(parent), mDocument(document), mProduct(document->plan().product),
      mRoles(rolesOf(mProduct))
{
    connect(document, &Document::changed, this, [this](const ChangeEvent &event) {
        if (event.type == ChangeEvent::Type::Reset ||
            (event.item == ChangeItem::Plan && event.type == ChangeEvent::Type::Changed))
            refresh();
    });
}

void PaletteModel::refresh()
{
    const Product product = mDocument->plan().product;
    if (product == mProduct)
        return;
    beginResetModel();
    mProduct = product;
    mRoles = rolesOf(product);
    endResetModel();
}

int PaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mRoles.size());
}

QVariant PaletteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Role r = mRoles.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString name = roleDisplayName(r);
        if (!name.isEmpty() && name.at(0).isLower())
            name[0] = name.at(0).toUpper();
        return name;
    }
    case Qt::DecorationRole:
        return roleIcon(r);
    case Qt::ToolTipRole:
        // Only our own texts, but escaped all the same: tooltips render as rich text.
        return QLatin1String("<p><b>") + roleDisplayName(r).toHtmlEscaped() +
               QLatin1String("</b> <code>") + enumString(r).toHtmlEscaped() +
               QLatin1String("</code></p><p>") + description(r).toHtmlEscaped() +
               QLatin1String("</p>");
    case RoleIdRole:
        return int(r);
    }
    return {};
}

Qt::ItemFlags PaletteModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled |
           Qt::ItemNeverHasChildren;
}

QStringList PaletteModel::mimeTypes() const
{
    return {QLatin1String(kRoleMimeType)};
}

QMimeData *PaletteModel::mimeData(const QModelIndexList &indexes) const
{
    // One role per drag: the canvas adds what it receives to the server under the cursor.
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || index.row() >= mRoles.size())
            continue;
        auto *mime = new QMimeData;
        mime->setData(QLatin1String(kRoleMimeType), QByteArray(enumName(mRoles.at(index.row()))));
        mime->setText(enumString(mRoles.at(index.row())));
        return mime;
    }
    return nullptr;
}

Qt::DropActions PaletteModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

QString PaletteModel::description(Role role)
{
    QString what;
    switch (role) {
    case Role::SiteServer:
        what = tr("Runs the site: its services process client data and replicate with the "
                  "parent and child sites. One per site.");
        break;
    case Role::SiteDatabase:
        what = tr("Hosts the site's SQL Server database. Needed by every primary site; "
                  "secondary sites have none.");
        break;
    case Role::SmsProvider:
        what = tr("The WMI layer between the console and the site database.");
        break;
    case Role::ClientAccessPoint:
        what = tr("The share through which SMS 2003 clients exchange data with the site.");
        break;
    case Role::ManagementPoint:
        what = tr("The clients' point of contact for policy, inventory and status. At a "
                  "secondary site it is a proxy management point.");
        break;
    case Role::DistributionPoint:
        what = tr("Holds package content for clients to download.");
        break;
    case Role::BranchDistributionPoint:
        what = tr("A distribution point on a client computer in a small branch office.");
        break;
    case Role::ServerLocatorPoint:
        what = tr("Helps clients find their site when Active Directory cannot tell them.");
        break;
    case Role::ReportingPoint:
        what = tr("Serves the web reports read from the site database.");
        break;
    case Role::ReportingServicesPoint:
        what = tr("Publishes reports through SQL Server Reporting Services.");
        break;
    case Role::FallbackStatusPoint:
        what = tr("Receives state messages from clients that cannot reach their management "
                  "point; accepts unauthenticated data.");
        break;
    case Role::SoftwareUpdatePoint:
        what = tr("Runs WSUS to synchronise and offer software updates.");
        break;
    case Role::PxeServicePoint:
        what = tr("Answers PXE boot requests for operating system deployment.");
        break;
    case Role::StateMigrationPoint:
        what = tr("Stores user state while a computer's operating system is replaced.");
        break;
    case Role::SystemHealthValidatorPoint:
        what = tr("Validates client health statements for Network Access Protection.");
        break;
    case Role::AssetIntelligenceSyncPoint:
        what = tr("Synchronises the Asset Intelligence catalog with Microsoft. One per "
                  "hierarchy, at the central site.");
        break;
    case Role::OutOfBandServicePoint:
        what = tr("Manages computers through their Intel AMT management controller.");
        break;
    }
    QString iis;
    if (role == Role::DistributionPoint)
        iis = tr("Needs IIS when BITS is enabled (the default).");
    else if (kIisRolesExceptDp.contains(role))
        iis = tr("Needs IIS.");
    else
        iis = tr("Does not need IIS.");
    return what + QLatin1Char(' ') + iis;
}

} // namespace hierarch
