#include "outlineproxy.h"

#include "document/document.h"
#include "document/outlinemodel.h"
#include "outlineicons.h"
#include "palette/palettemodel.h"
#include "problems/findingactions.h"
#include "theme.h"

namespace hierarch {

namespace {

using Kind = OutlineModel::Kind;

// Cache keys: kind, a variant (role or secondary site) and the severity badge.
quint32 iconKey(Kind kind, int variant, int severity)
{
    return quint32(kind) | (quint32(variant + 1) << 8) | (quint32(severity + 1) << 16);
}

} // namespace

OutlineProxy::OutlineProxy(Document *document, QObject *parent)
    : QIdentityProxyModel(parent), mDocument(document)
{}

QVariant OutlineProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        // Role names start lower-case for use inside sentences; as list entries they read
        // better capitalised, as in the palette.
        QString text = QIdentityProxyModel::data(index, role).toString();
        if (Kind(index.data(ItemKindRole).toInt()) == Kind::Role && !text.isEmpty())
            text[0] = text.at(0).toUpper();
        return text;
    }
    case Qt::DecorationRole:
        return iconFor(index);
    case Qt::ToolTipRole: {
        // Qt renders a tooltip that looks like markup as rich text: escape every user string.
        const QString text = data(index, Qt::DisplayRole).toString();
        if (text.isEmpty())
            return {};
        QString html = QLatin1String("<p>") + text.toHtmlEscaped() + QLatin1String("</p>");
        if (const auto r = roleOf(index))
            html += QLatin1String("<p>") + PaletteModel::description(*r).toHtmlEscaped() +
                    QLatin1String("</p>");
        const int severity = index.data(WorstSeverityRole).toInt();
        if (severity >= 0 && severity <= int(Severity::Info)) {
            html += QLatin1String("<p>") +
                    tr("Worst unwaived finding: %1")
                        .arg(severityDisplayName(Severity(severity)))
                        .toHtmlEscaped() +
                    QLatin1String("</p>");
        }
        return html;
    }
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

std::optional<Role> OutlineProxy::roleOf(const QModelIndex &index) const
{
    if (Kind(index.data(ItemKindRole).toInt()) != Kind::Role)
        return std::nullopt;
    const Server *server = mDocument->server(index.data(ItemIdRole).value<ItemId>());
    const int r = index.data(ItemIndexRole).toInt();
    if (!server || r < 0 || r >= server->roles.size())
        return std::nullopt;
    return server->roles.at(r).role;
}

QIcon OutlineProxy::iconFor(const QModelIndex &index) const
{
    const Kind kind = Kind(index.data(ItemKindRole).toInt());
    const ItemId id = index.data(ItemIdRole).value<ItemId>();
    int severity = index.data(WorstSeverityRole).toInt();
    if (severity > int(Severity::Info))
        severity = -1;
    int variant = -1;
    switch (kind) {
    case Kind::Site:
        if (const Site *site = mDocument->site(id))
            variant = site->isSecondary() ? 1 : 0;
        break;
    case Kind::Role:
        if (const auto r = roleOf(index))
            variant = int(*r);
        else
            return {};
        break;
    default:
        break;
    }

    const quint32 key = iconKey(kind, variant, severity);
    if (const auto it = mIcons.constFind(key); it != mIcons.cend())
        return *it;
    QIcon icon;
    switch (kind) {
    case Kind::Plan:
        icon = outlineGlyph(OutlineGlyph::Plan);
        break;
    case Kind::Site:
        icon = outlineGlyph(variant == 1 ? OutlineGlyph::SecondarySite : OutlineGlyph::PrimarySite);
        break;
    case Kind::Server:
        icon = outlineGlyph(OutlineGlyph::Server);
        break;
    case Kind::Role:
        icon = roleIcon(Role(variant));
        break;
    case Kind::AccountGroup:
    case Kind::WaiverGroup:
        icon = outlineGlyph(OutlineGlyph::Group);
        break;
    case Kind::Account:
        icon = outlineGlyph(OutlineGlyph::Account);
        break;
    case Kind::Waiver:
        icon = outlineGlyph(OutlineGlyph::Waiver);
        break;
    }
    if (severity >= 0)
        icon = withSeverityBadge(icon, Severity(severity));
    mIcons.insert(key, icon);
    return icon;
}

} // namespace hierarch
