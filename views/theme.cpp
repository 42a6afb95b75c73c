#include "theme.h"

#include <QCoreApplication>
#include <QHash>
#include <QPaintEngine>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>

namespace hierarch {

QColor severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QColor(0xd3, 0x2f, 0x2f);
    case Severity::Warning:
        return QColor(0xef, 0x8f, 0x00);
    case Severity::Info:
        return QColor(0x19, 0x76, 0xd2);
    }
    return Qt::gray;
}

namespace {

QIcon loadIcon(const char *folder, const char *name)
{
    return QIcon(
        QStringLiteral(":/icons/%1/%2.svg").arg(QLatin1String(folder), QLatin1String(name)));
}

// One QIcon per file for the whole run: the SVG icon engine parses the file once per QIcon and
// keeps its rendered pixmaps under that icon, so sharing the icon shares the work.
template<typename E>
const QIcon &cachedIcon(const char *folder, E value)
{
    static std::array<QIcon, enumCount<E>()> icons;
    QIcon &icon = icons[std::size_t(value)];
    if (icon.isNull())
        icon = loadIcon(folder, enumName(value));
    return icon;
}

} // namespace

QColor waivedTextColor()
{
    return QColor(Qt::gray);
}

QIcon severityIcon(Severity severity)
{
    return cachedIcon("severity", severity);
}

QIcon waivedIcon()
{
    static const QIcon icon = loadIcon("severity", "waived");
    return icon;
}

QColor zoneColor(Zone zone)
{
    switch (zone) {
    case Zone::Intranet:
        return QColor(0x43, 0xa0, 0x47);
    case Zone::Perimeter:
        return QColor(0xf9, 0xa8, 0x25);
    case Zone::Internet:
        return QColor(0xe5, 0x39, 0x35);
    }
    return Qt::gray;
}

QColor roleColor(Role role)
{
    switch (role) {
    case Role::SiteServer:
    case Role::SmsProvider:
        return QColor(0x37, 0x47, 0x8f);
    case Role::SiteDatabase:
        return QColor(0x6a, 0x1b, 0x9a);
    case Role::ManagementPoint:
    case Role::ClientAccessPoint:
    case Role::ServerLocatorPoint:
        return QColor(0x00, 0x79, 0x6b);
    case Role::DistributionPoint:
    case Role::BranchDistributionPoint:
    case Role::PxeServicePoint:
    case Role::StateMigrationPoint:
        return QColor(0x02, 0x77, 0xbd);
    case Role::FallbackStatusPoint:
        return QColor(0xc6, 0x28, 0x28);
    case Role::ReportingPoint:
    case Role::ReportingServicesPoint:
        return QColor(0x55, 0x8b, 0x2f);
    case Role::SoftwareUpdatePoint:
    case Role::SystemHealthValidatorPoint:
    case Role::AssetIntelligenceSyncPoint:
    case Role::OutOfBandServicePoint:
        return QColor(0x8d, 0x6e, 0x63);
    }
    return Qt::darkGray;
}

QString roleAbbreviation(Role role)
{
    static const char *const abbreviations[] = {"SS",  "DB",  "PRV", "CAP", "MP",  "DP",
                                                "BDP", "SLP", "RP",  "RSP", "FSP", "SUP",
                                                "PXE", "SMP", "SHV", "AI",  "OOB"};
    return QString::fromLatin1(abbreviations[int(role)]);
}

QIcon roleIcon(Role role)
{
    return cachedIcon("roles", role);
}

void paintRoleIcon(QPainter *painter, Role role, const QRectF &rect)
{
    const QPaintEngine *engine = painter->paintEngine();
    const bool raster = engine && (engine->type() == QPaintEngine::Raster ||
                                   engine->type() == QPaintEngine::OpenGL2);
    if (!raster) {
        // PDF, SVG and printers get the drawing itself, sharp at any zoom of the document.
        static std::array<std::unique_ptr<QSvgRenderer>, enumCount<Role>()> renderers;
        auto &renderer = renderers[std::size_t(role)];
        if (!renderer)
            renderer = std::make_unique<QSvgRenderer>(
                QStringLiteral(":/icons/roles/%1.svg").arg(enumString(role)));
        renderer->render(painter, rect);
        return;
    }
    // On screen: a pixmap of exactly the size the icon covers on the device, drawn 1:1 on whole
    // device pixels so that it stays as crisp as in a list. The combined transform already
    // includes the screen's scaling (device pixels); after resetTransform() coordinates are
    // device-independent, hence the division by the ratio. QPixmapCache keys save building a
    // string per chip; Qt owns (and may evict) the pixmaps.
    const QTransform world = painter->combinedTransform();
    const double scale = std::sqrt(std::abs(world.determinant()));
    const double ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const int side = std::clamp(int(std::lround(rect.width() * scale)), 1, 1024);
    static QHash<quint32, QPixmapCache::Key> keys;
    const quint32 key = quint32(role) << 16 | quint32(side);
    QPixmap pixmap;
    const auto it = keys.constFind(key);
    if (it == keys.cend() || !QPixmapCache::find(*it, &pixmap)) {
        pixmap = roleIcon(role).pixmap(QSize(side, side), 1.0);
        keys.insert(key, QPixmapCache::insert(pixmap));
    }
    if (world.type() > QTransform::TxScale) {
        painter->drawPixmap(rect, pixmap, QRectF(pixmap.rect()));
        return;
    }
    const QPointF centre = world.map(rect.center());
    const QPointF topLeft(std::round(centre.x() - side / 2.0) / ratio,
                          std::round(centre.y() - side / 2.0) / ratio);
    painter->save();
    painter->resetTransform();
    painter->drawPixmap(QRectF(topLeft, QSizeF(side / ratio, side / ratio)), pixmap,
                        QRectF(pixmap.rect()));
    painter->restore();
}

QIcon applicationIcon()
{
    static const QIcon icon(QStringLiteral(":/icons/app/hierarch.svg"));
    return icon;
}

QIcon actionIcon(ActionIcon action)
{
    return cachedIcon("actions", action);
}

} // namespace hierarch

namespace hierarch {

QFont drawingFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace hierarch

namespace hierarch {

QString productDisplayName(Product product)
{
    return product == Product::Sms2003
               ? QCoreApplication::translate("hierarch::Vocabulary", "SMS 2003")
               : QCoreApplication::translate("hierarch::Vocabulary", "Configuration Manager 2007");
}

QString severityDisplayName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QCoreApplication::translate("hierarch::Vocabulary", "Error");
    case Severity::Warning:
        return QCoreApplication::translate("hierarch::Vocabulary", "Warning");
    case Severity::Info:
        return QCoreApplication::translate("hierarch::Vocabulary", "Info");
    }
    return QString();
}

QString zoneDisplayName(Zone zone)
{
    switch (zone) {
    case Zone::Intranet:
        return QCoreApplication::translate("hierarch::Vocabulary", "Intranet");
    case Zone::Perimeter:
        return QCoreApplication::translate("hierarch::Vocabulary", "Perimeter network");
    case Zone::Internet:
        return QCoreApplication::translate("hierarch::Vocabulary", "Internet");
    }
    return QString();
}

} // namespace hierarch
