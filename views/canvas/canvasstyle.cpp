#include "canvasstyle.h"

#include "theme.h"

#include <QPainter>
#include <QPainterPath>

namespace hierarch::canvas {

namespace {

QFont pixelFont(int pixels, bool bold = false, bool italic = false)
{
    // The same family and shaping as the report, so the diagram is identical on screen, in an
    // export and in the PDF; unhinted so that text scales uniformly when zoomed.
    QFont font = drawingFont();
    font.setPixelSize(pixels);
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

} // namespace

const Fonts &fonts()
{
    static const Fonts f{.siteCode = pixelFont(16, true),
                         .siteName = pixelFont(13),
                         .siteInfo = pixelFont(11),
                         .pill = pixelFont(10, true),
                         .siteCodeOverview = pixelFont(40, true),
                         .serverName = pixelFont(12, true),
                         .serverInfo = pixelFont(10),
                         .marker = pixelFont(9, true),
                         .chipAbbreviation = pixelFont(9, true),
                         .chipName = pixelFont(10),
                         .badge = pixelFont(10, true),
                         .placeholder = pixelFont(11, false, true)};
    return f;
}

const RoleLabel &roleLabel(Role role)
{
    static const std::array<RoleLabel, enumCount<Role>()> labels = [] {
        std::array<RoleLabel, enumCount<Role>()> out;
        const QFontMetricsF name(fonts().chipName);
        for (int i = 0; i < enumCount<Role>(); ++i) {
            RoleLabel &l = out[std::size_t(i)];
            l.abbreviation = roleAbbreviation(Role(i));
            l.name = roleDisplayName(Role(i));
            l.abbreviationWidth = 24; // the box holds the role's 16 px icon
            l.nameWidth = std::ceil(name.horizontalAdvance(l.name));
        }
        return out;
    }();
    return labels[std::size_t(role)];
}

void drawSelectionHalo(QPainter *painter, const QRectF &rect, double radius)
{
    painter->save();
    painter->setBrush(Qt::NoBrush);
    QColor glow = colors::selection;
    glow.setAlpha(60);
    painter->setPen(QPen(glow, 7));
    painter->drawRoundedRect(rect.adjusted(-4, -4, 4, 4), radius + 4, radius + 4);
    painter->setPen(QPen(colors::selection, 2));
    painter->drawRoundedRect(rect.adjusted(-4, -4, 4, 4), radius + 4, radius + 4);
    painter->restore();
}

void drawDropHighlight(QPainter *painter, const QRectF &rect, double radius)
{
    painter->save();
    QColor fill = colors::dropTarget;
    fill.setAlpha(28);
    painter->setBrush(fill);
    painter->setPen(QPen(colors::dropTarget, 2.5, Qt::DashLine));
    painter->drawRoundedRect(rect.adjusted(-2, -2, 2, 2), radius + 2, radius + 2);
    painter->restore();
}

void drawFindingsBadge(QPainter *painter, const QRectF &rect, int count, Severity severity)
{
    if (count <= 0)
        return;
    const QString text = count > 99 ? QStringLiteral("99+") : QString::number(count);
    const QFontMetricsF metrics(fonts().badge);
    const double height = 20;
    const double width = std::max(height, metrics.horizontalAdvance(text) + 11);
    const QRectF badge(rect.right() - width + 6, rect.top() - 8, width, height);
    painter->save();
    painter->setPen(QPen(Qt::white, 2));
    painter->setBrush(severityColor(severity));
    painter->drawRoundedRect(badge, height / 2, height / 2);
    painter->setPen(Qt::white);
    painter->setFont(fonts().badge);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QColor chipTint(Role role)
{
    const QColor base = roleColor(role);
    // 13 % of the role colour over white: the chip reads as the role's colour without competing
    // with the severity outline.
    const auto mix = [](int c) {
        return 255 - (255 - c) * 13 / 100;
    };
    return QColor(mix(base.red()), mix(base.green()), mix(base.blue()));
}

} // namespace hierarch::canvas
