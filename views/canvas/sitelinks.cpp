#include "sitelinks.h"

#include "canvasstyle.h"
#include "canvastext.h"
#include "hierarchyscene.h"

#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace hierarch {

namespace {

const QColor kOneWayColor{0xb4, 0x5f, 0x06}; // amber, as a warning reads elsewhere
constexpr double kLabelPaddingX = 5;
constexpr double kLabelPaddingY = 3;
constexpr int kScheduleWindowsShown = 2;

// A site may hold several addresses to the same site (a standard sender for the network and a
// courier sender for large packages, say); all of them count.
QList<const SenderAddress *> addressesTo(const Site &from, const Site &to)
{
    QList<const SenderAddress *> addresses;
    for (const SenderAddress &address : from.addresses) {
        if (address.to == to.code)
            addresses << &address;
    }
    return addresses;
}

// The settings of an address worth a glance on the canvas: a sender other than the standard one
// (or always, with `withType`), a rate limit and the schedule. Empty for a plain address.
QString summary(const SenderAddress &address, bool withType)
{
    QStringList parts;
    if (withType || address.effectiveType() != SenderType::Standard)
        parts << CanvasText::senderTypeName(address.effectiveType());
    if (address.rateLimit)
        parts << CanvasText::tr("%1 % limit").arg(QLocale().toString(*address.rateLimit));
    if (!address.schedule.isEmpty()) {
        QStringList windows = address.schedule.mid(0, kScheduleWindowsShown);
        if (address.schedule.size() > kScheduleWindowsShown)
            windows << CanvasText::tr("+%1").arg(address.schedule.size() - kScheduleWindowsShown);
        parts << windows.join(QLatin1String(", "));
    }
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString orStandard(const QString &text)
{
    return text.isEmpty() ? CanvasText::senderTypeName(SenderType::Standard) : text;
}

// One direction of a tree link: empty for a single plain address, else each address's summary.
QString directionSummary(const QList<const SenderAddress *> &addresses)
{
    if (addresses.size() == 1)
        return summary(*addresses.first(), false);
    QStringList parts;
    for (const SenderAddress *address : addresses)
        parts << orStandard(summary(*address, false));
    return parts.join(QStringLiteral(" + "));
}

QString addressHtml(const Site &from, const Site &to, const SenderAddress *address)
{
    const QString heading =
        QStringLiteral("<b>") +
        CanvasText::escaped(QStringLiteral("%1 \u2192 %2").arg(from.code, to.code)) +
        QStringLiteral("</b>: ");
    if (!address)
        return heading + CanvasText::escaped(CanvasText::tr("no address"));
    QStringList parts{CanvasText::senderTypeName(address->effectiveType())};
    parts << (address->destination ? CanvasText::tr("to %1").arg(*address->destination)
                                   : CanvasText::tr("to the site server's NetBIOS name"));
    parts << (address->account ? CanvasText::tr("account %1").arg(*address->account)
                               : CanvasText::tr("the site server's computer account"));
    parts << (address->schedule.isEmpty()
                  ? CanvasText::tr("sends at any time")
                  : CanvasText::tr("sends %1").arg(address->schedule.join(QLatin1String(", "))));
    if (address->rateLimit)
        parts << CanvasText::tr("limited to %1 % of the link")
                     .arg(QLocale().toString(*address->rateLimit));
    if (address->bandwidth)
        parts << CanvasText::tr("link %1 kbit/s").arg(QLocale().toString(*address->bandwidth));
    if (address->latency)
        parts << CanvasText::tr("latency %1 ms").arg(QLocale().toString(*address->latency));
    return heading + CanvasText::escaped(parts.join(QLatin1String(", ")));
}

// Where the line from the centre of `box` towards `toward` leaves the box.
QPointF edgePoint(const QRectF &box, const QPointF &toward)
{
    const QPointF centre = box.center();
    const QPointF d = toward - centre;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return centre;
    const double sx = qFuzzyIsNull(d.x()) ? 1e9 : (box.width() / 2) / std::abs(d.x());
    const double sy = qFuzzyIsNull(d.y()) ? 1e9 : (box.height() / 2) / std::abs(d.y());
    return centre + d * std::min({sx, sy, 1.0});
}

} // namespace

LinkLabel treeLinkLabel(const Site &parent, const Site &child)
{
    const QList<const SenderAddress *> down = addressesTo(parent, child);
    const QList<const SenderAddress *> up = addressesTo(child, parent);
    if (down.isEmpty() && up.isEmpty())
        return {};
    const QString downText = directionSummary(down);
    const QString upText = directionSummary(up);
    LinkLabel label;
    if (!down.isEmpty() && !up.isEmpty()) {
        if (downText == upText) {
            if (!downText.isEmpty())
                label.lines << downText;
        } else {
            label.lines << QStringLiteral("\u2193 ") + orStandard(downText)
                        << QStringLiteral("\u2191 ") + orStandard(upText);
        }
        return label;
    }
    label.oneWay = true;
    label.lines << QStringLiteral("\u2193 ") +
                       (down.isEmpty() ? CanvasText::tr("no address") : orStandard(downText))
                << QStringLiteral("\u2191 ") +
                       (up.isEmpty() ? CanvasText::tr("no address") : orStandard(upText));
    return label;
}

LinkLabel crossLinkLabel(const Site &a, const Site &b)
{
    LinkLabel label;
    const auto add = [&](const Site &from, const Site &to) {
        for (const SenderAddress *address : addressesTo(from, to))
            label.lines << QStringLiteral("%1 \u2192 %2: %3")
                               .arg(from.code, to.code, summary(*address, true));
    };
    add(a, b);
    add(b, a);
    return label;
}

QString linkToolTip(const Site &a, const Site &b)
{
    QStringList lines;
    const auto add = [&](const Site &from, const Site &to) {
        const QList<const SenderAddress *> addresses = addressesTo(from, to);
        if (addresses.isEmpty())
            lines << addressHtml(from, to, nullptr);
        for (const SenderAddress *address : addresses)
            lines << addressHtml(from, to, address);
    };
    add(a, b);
    add(b, a);
    return QStringLiteral("<p style=\"white-space:pre\">") + lines.join(QStringLiteral("<br/>")) +
           QStringLiteral("</p>");
}

QRectF linkLabelRect(const LinkLabel &label, const QPointF &centre)
{
    if (label.isEmpty())
        return {};
    const QFontMetricsF metrics(canvas::fonts().serverInfo);
    double width = 0;
    for (const QString &line : label.lines)
        width = std::max(width, metrics.horizontalAdvance(line));
    const QSizeF size(std::ceil(width) + 2 * kLabelPaddingX,
                      std::ceil(metrics.height()) * label.lines.size() + 2 * kLabelPaddingY);
    return QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
}

void drawLinkLabel(QPainter *painter, const LinkLabel &label, const QRectF &rect)
{
    if (label.isEmpty())
        return;
    const QColor accent = label.oneWay ? kOneWayColor : canvas::colors::connector;
    painter->setPen(QPen(accent, 1));
    painter->setBrush(canvas::colors::cardBody);
    painter->drawRoundedRect(rect, 4, 4);
    painter->setFont(canvas::fonts().serverInfo);
    painter->setPen(label.oneWay ? kOneWayColor : canvas::colors::mutedText);
    const double lineHeight = std::ceil(QFontMetricsF(canvas::fonts().serverInfo).height());
    QRectF line(rect.left() + kLabelPaddingX, rect.top() + kLabelPaddingY,
                rect.width() - 2 * kLabelPaddingX, lineHeight);
    // Plain text: codes and schedules come from the plan.
    for (const QString &text : label.lines) {
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, text);
        line.translate(0, lineHeight);
    }
}

std::pair<QPointF, QPointF> treeLineEnds(const QRectF &parentBox, const QRectF &childBox)
{
    return {QPointF(parentBox.center().x(), parentBox.bottom()),
            QPointF(childBox.center().x(), childBox.top())};
}

QPainterPath connectorPath(const QPointF &from, const QPointF &to)
{
    QPainterPath path(from);
    const double gap = to.y() - from.y();
    if (gap <= 8 || qFuzzyCompare(from.x(), to.x())) {
        path.lineTo(to);
        return path;
    }
    // The horizontal run sits in the gap above the child, so siblings share it.
    const double midY = to.y() - std::min(gap / 2, canvas::kTreeVerticalGap / 2);
    const double dx = to.x() - from.x();
    const double radius = std::min({8.0, std::abs(dx) / 2, (midY - from.y()), to.y() - midY});
    const double sign = dx > 0 ? 1 : -1;
    path.lineTo(from.x(), midY - radius);
    path.quadTo(from.x(), midY, from.x() + sign * radius, midY);
    path.lineTo(to.x() - sign * radius, midY);
    path.quadTo(to.x(), midY, to.x(), midY + radius);
    path.lineTo(to);
    return path;
}

QRectF connectorLabelRect(const LinkLabel &label, const QPointF &to)
{
    // Its bottom clear of the child's box and of the findings badge on the box's corner.
    constexpr double kClearance = canvas::kDecorationMargin + 2;
    const QRectF rect = linkLabelRect(label, to);
    return rect.isNull() ? QRectF()
                         : rect.translated(rect.width() / 2 + 6, -rect.height() / 2 - kClearance);
}

QPainterPath crossLinkPath(const QRectF &a, const QRectF &b, QPointF *middle)
{
    const QPointF from = edgePoint(a, b.center());
    const QPointF to = edgePoint(b, a.center());
    // Bowed to one side, so that it does not lie on a tree line between the same columns.
    const QPointF d = to - from;
    const QPointF normal(-d.y() * 0.15, d.x() * 0.15);
    const QPointF control = (from + to) / 2 + normal;
    QPainterPath path(from);
    path.quadTo(control, to);
    if (middle)
        *middle = from * 0.25 + control * 0.5 + to * 0.25;
    return path;
}

void paintConnector(QPainter *painter, const QPainterPath &path, const QPointF &to, bool dashed,
                    const LinkLabel &label, const QRectF &labelRect, double detail, bool full)
{
    painter->setBrush(Qt::NoBrush);
    if (!full && detail < canvas::kCardBlockMaxDetail) {
        // Far out (a whole large plan in the window) a hairline shows the tree as well and costs
        // a fraction of a smooth 1.8-unit stroke, of which there is one per site.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(QPen(canvas::colors::connector, 0));
        painter->drawPath(path);
        return;
    }
    painter->setPen(QPen(canvas::colors::connector, 1.8, dashed ? Qt::DashLine : Qt::SolidLine,
                         Qt::RoundCap, Qt::RoundJoin));
    painter->drawPath(path);
    // A small dot where the line meets the child, so the direction reads at a glance.
    painter->setPen(Qt::NoPen);
    painter->setBrush(canvas::colors::connector);
    painter->drawEllipse(to, 3, 3);
    if (full || detail >= canvas::kChipTextMinDetail)
        drawLinkLabel(painter, label, labelRect);
}

void paintCrossLink(QPainter *painter, const QPainterPath &path, const LinkLabel &label,
                    const QRectF &labelRect, double detail, bool full)
{
    if (!full && detail < canvas::kCardBlockMaxDetail)
        return;
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(canvas::colors::connector, 1.6, Qt::DotLine, Qt::RoundCap));
    painter->drawPath(path);
    if (full || detail >= canvas::kChipTextMinDetail)
        drawLinkLabel(painter, label, labelRect);
}

// --- CrossLinkItem ---------------------------------------------------------------------------

CrossLinkItem::CrossLinkItem(ItemId a, ItemId b) : mA(a), mB(b)
{
    setZValue(-1);
    setAcceptedMouseButtons(Qt::NoButton);
}

void CrossLinkItem::setBoxes(const QRectF &a, const QRectF &b)
{
    QPointF middle;
    const QPainterPath path = crossLinkPath(a, b, &middle);
    if (path == mPath)
        return;
    prepareGeometryChange();
    mPath = path;
    mMiddle = middle;
    mLabelRect = linkLabelRect(mLabel, mMiddle);
}

void CrossLinkItem::setLabel(const LinkLabel &label)
{
    if (label == mLabel)
        return;
    prepareGeometryChange();
    mLabel = label;
    mLabelRect = linkLabelRect(mLabel, mMiddle);
}

QRectF CrossLinkItem::boundingRect() const
{
    return mPath.boundingRect().adjusted(-4, -4, 4, 4).united(mLabelRect);
}

void CrossLinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const auto *hierarchy = static_cast<const HierarchyScene *>(scene());
    paintCrossLink(painter, mPath, mLabel, mLabelRect,
                   option->levelOfDetailFromTransform(painter->worldTransform()),
                   hierarchy && hierarchy->isExporting());
}

} // namespace hierarch
