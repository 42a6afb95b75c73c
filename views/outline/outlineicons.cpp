#include "outlineicons.h"

#include "theme.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace hierarch {

namespace {

constexpr int kSizes[] = {16, 24, 32, 48};

// Renders at several sizes so QIcon picks a crisp one on any screen; drawing is in a 16x16 box.
template<typename Paint>
QIcon drawn(Paint paint)
{
    QIcon icon;
    for (int size : kSizes) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 16.0, size / 16.0);
        paint(p, size);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

const QColor kSiteColor(0x37, 0x47, 0x8f);
const QColor kServerColor(0x54, 0x6e, 0x7a);
const QColor kAccountColor(0x6d, 0x4c, 0x41);
const QColor kWaiverColor(0x6a, 0x1b, 0x9a);

void paintSite(QPainter &p, bool secondary)
{
    // A building; a secondary site is drawn hollow, as it has no database of its own.
    p.setPen(QPen(kSiteColor, 1.4));
    p.setBrush(secondary ? QBrush(Qt::white) : QBrush(kSiteColor));
    p.drawRoundedRect(QRectF(2, 3, 12, 11), 1.5, 1.5);
    p.setPen(Qt::NoPen);
    p.setBrush(secondary ? kSiteColor : QColor(Qt::white));
    for (double x : {4.5, 7.25, 10.0})
        for (double y : {5.5, 8.5})
            p.drawRect(QRectF(x, y, 1.6, 1.6));
    p.drawRect(QRectF(7, 11.5, 2, 2.5));
}

void paintServer(QPainter &p)
{
    p.setPen(Qt::NoPen);
    p.setBrush(kServerColor);
    p.drawRoundedRect(QRectF(4, 1, 8, 14), 1.5, 1.5);
    p.setPen(QPen(Qt::white, 1.0));
    p.drawLine(QPointF(5.5, 4.5), QPointF(10.5, 4.5));
    p.drawLine(QPointF(5.5, 7), QPointF(10.5, 7));
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x8b, 0xc3, 0x4a));
    p.drawEllipse(QPointF(8, 11.5), 1.3, 1.3);
}

void paintGroup(QPainter &p)
{
    // A folder.
    p.setPen(QPen(QColor(0x8d, 0x6e, 0x00), 1.0));
    p.setBrush(QColor(0xff, 0xca, 0x28));
    QPainterPath path;
    path.moveTo(1.5, 3);
    path.lineTo(6, 3);
    path.lineTo(7.5, 4.5);
    path.lineTo(14.5, 4.5);
    path.lineTo(14.5, 13.5);
    path.lineTo(1.5, 13.5);
    path.closeSubpath();
    p.drawPath(path);
}

void paintAccount(QPainter &p)
{
    p.setPen(Qt::NoPen);
    p.setBrush(kAccountColor);
    p.drawEllipse(QPointF(8, 5), 3, 3);
    QPainterPath body;
    body.moveTo(2, 15);
    body.cubicTo(2, 9, 14, 9, 14, 15);
    body.closeSubpath();
    p.drawPath(body);
}

void paintWaiver(QPainter &p)
{
    // A shield with a tick: a risk accepted on purpose.
    QPainterPath shield;
    shield.moveTo(8, 1);
    shield.lineTo(14, 3.5);
    shield.cubicTo(14, 9, 11.5, 13, 8, 15);
    shield.cubicTo(4.5, 13, 2, 9, 2, 3.5);
    shield.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(kWaiverColor);
    p.drawPath(shield);
    p.setPen(QPen(Qt::white, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    QPainterPath tick;
    tick.moveTo(5, 8);
    tick.lineTo(7.3, 10.3);
    tick.lineTo(11, 5.8);
    p.drawPath(tick);
}

} // namespace

QIcon outlineGlyph(OutlineGlyph glyph)
{
    if (glyph == OutlineGlyph::Plan)
        return applicationIcon();
    return drawn([glyph](QPainter &p, int) {
        switch (glyph) {
        case OutlineGlyph::Plan:
            break;
        case OutlineGlyph::PrimarySite:
        case OutlineGlyph::SecondarySite:
            paintSite(p, glyph == OutlineGlyph::SecondarySite);
            break;
        case OutlineGlyph::Server:
            paintServer(p);
            break;
        case OutlineGlyph::Group:
            paintGroup(p);
            break;
        case OutlineGlyph::Account:
            paintAccount(p);
            break;
        case OutlineGlyph::Waiver:
            paintWaiver(p);
            break;
        }
    });
}

QIcon withSeverityBadge(const QIcon &base, Severity severity)
{
    const QIcon badge = severityIcon(severity);
    QIcon icon;
    for (int size : kSizes) {
        QPixmap pixmap = base.pixmap(size, size);
        if (pixmap.size() != QSize(size, size))
            pixmap = pixmap.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        pixmap.setDevicePixelRatio(1.0);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const double b = size * 0.6;
        const QRectF rect(size - b, size - b, b, b);
        // A white ring keeps the mark readable over any glyph colour.
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawEllipse(rect.adjusted(-size / 16.0, -size / 16.0, size / 16.0, size / 16.0));
        badge.paint(&p, rect.toAlignedRect());
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace hierarch
