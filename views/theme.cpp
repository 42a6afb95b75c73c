#include "theme.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

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

// Renders an icon at several sizes so QIcon picks a crisp one on any screen.
template<typename Paint>
QIcon drawnIcon(Paint paint)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 16.0, size / 16.0);
        paint(p);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QIcon severityIcon(Severity severity)
{
    const QColor color = severityColor(severity);
    return drawnIcon([&](QPainter &p) {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        if (severity == Severity::Warning) {
            QPainterPath triangle;
            triangle.moveTo(8, 1.5);
            triangle.lineTo(15, 14.5);
            triangle.lineTo(1, 14.5);
            triangle.closeSubpath();
            p.drawPath(triangle);
        } else {
            p.drawEllipse(QRectF(1, 1, 14, 14));
        }
        p.setPen(QPen(Qt::white, 2, Qt::SolidLine, Qt::RoundCap));
        if (severity == Severity::Info) {
            p.drawLine(QPointF(8, 7.5), QPointF(8, 12));
            p.drawPoint(QPointF(8, 4.5));
        } else {
            const double top = severity == Severity::Warning ? 6 : 4;
            p.drawLine(QPointF(8, top), QPointF(8, 9.5));
            p.drawPoint(QPointF(8, 12.5));
        }
    });
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
    static const char *const abbreviations[] = {"SS",  "DB", "PRV", "CAP", "MP",  "DP",
                                                "BDP", "SLP", "RP", "RSP", "FSP", "SUP",
                                                "PXE", "SMP", "SHV", "AI",  "OOB"};
    return QString::fromLatin1(abbreviations[int(role)]);
}

QIcon roleIcon(Role role)
{
    const QColor color = roleColor(role);
    const QString text = roleAbbreviation(role);
    return drawnIcon([&](QPainter &p) {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawRoundedRect(QRectF(0.5, 0.5, 15, 15), 3, 3);
        QFont font = p.font();
        font.setBold(true);
        font.setPixelSize(text.size() > 2 ? 5 : 7);
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(QRectF(0, 0, 16, 16), Qt::AlignCenter, text);
    });
}

QIcon applicationIcon()
{
    return drawnIcon([](QPainter &p) {
        p.setPen(QPen(QColor(0x37, 0x47, 0x8f), 1.2));
        p.drawLine(QPointF(8, 4), QPointF(4, 11));
        p.drawLine(QPointF(8, 4), QPointF(12, 11));
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x37, 0x47, 0x8f));
        p.drawRoundedRect(QRectF(5, 1, 6, 5), 1.2, 1.2);
        p.setBrush(QColor(0x00, 0x79, 0x6b));
        p.drawRoundedRect(QRectF(1, 10, 6, 5), 1.2, 1.2);
        p.setBrush(QColor(0xc6, 0x28, 0x28));
        p.drawRoundedRect(QRectF(9, 10, 6, 5), 1.2, 1.2);
    });
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
