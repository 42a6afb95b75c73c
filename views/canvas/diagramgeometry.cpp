#include "diagramgeometry.h"

#include "canvasstyle.h"
#include "canvastext.h"
#include "document/planreader.h"
#include "treelayout.h"

#include <cmath>
#include <functional>

namespace hierarch::canvas {

namespace {

// Up to three cards per row, four from ten servers on, so big sites stay roughly square.
int gridColumns(int cards)
{
    if (cards <= 3)
        return std::max(cards, 1);
    if (cards == 4)
        return 2;
    return cards <= 9 ? 3 : 4;
}

// The site a site's parent code resolves to (0 for none, an unknown code or itself).
ItemId parentOf(const PlanReader &plan, const Site &site)
{
    if (!site.parent)
        return 0;
    const int index = plan.siteIndexByCode(*site.parent);
    if (index < 0)
        return 0;
    const ItemId parent = plan.plan().sites.at(index).uid;
    return parent == site.uid ? 0 : parent;
}

} // namespace

CardShape cardShape(const Server &server, const Site *home)
{
    CardShape shape;
    double x = kCardPadding;
    double y = kChipsTop;
    for (const RoleAssignment &assignment : server.roles) {
        const RoleLabel &label = roleLabel(assignment.role);
        CardChip chip;
        chip.name = label.name;
        chip.nameWidth = label.nameWidth;
        // A server that hosts a role for several sites shows which chip serves which.
        if (assignment.site &&
            (!home || assignment.site->compare(home->code, Qt::CaseInsensitive) != 0)) {
            chip.name = CanvasText::tr("%1 · %2").arg(label.name, *assignment.site);
            chip.nameWidth =
                std::ceil(QFontMetricsF(fonts().chipName).horizontalAdvance(chip.name));
        }
        double width = label.abbreviationWidth + kChipNameGap + chip.nameWidth + kChipEndGap;
        if (width > kCardContentWidth) {
            width = kCardContentWidth;
            chip.withName = kCardContentWidth - label.abbreviationWidth > 30;
        }
        if (x > kCardPadding && x + width > kCardPadding + kCardContentWidth) {
            x = kCardPadding;
            y += kChipHeight + kChipSpacing;
        }
        chip.rect = QRectF(x, y, width, kChipHeight);
        shape.chips << chip;
        x += width + kChipSpacing;
    }
    // Without roles the card still leaves a line for "No roles".
    shape.naturalHeight = y + kChipHeight + kCardPadding;
    return shape;
}

SiteGrid siteGrid(const QList<double> &cardHeights)
{
    SiteGrid grid;
    const int count = int(cardHeights.size());
    const int columns = gridColumns(count);
    const double gridWidth = columns * kCardWidth + (columns - 1) * kCardGap;
    const double width = std::max(kSiteMinWidth, gridWidth + 2 * kSitePadding);
    const double left = (width - gridWidth) / 2;
    double y = kSiteHeaderHeight + kSitePadding;
    grid.cards.reserve(count);
    for (int row = 0; row * columns < count; ++row) {
        const int first = row * columns;
        const int last = std::min(count, first + columns);
        double height = 0;
        for (int i = first; i < last; ++i)
            height = std::max(height, cardHeights.at(i));
        for (int i = first; i < last; ++i)
            grid.cards << QRectF(left + (i - first) * (kCardWidth + kCardGap), y, kCardWidth,
                                 height);
        y += height + kCardGap;
    }
    const double height =
        count == 0 ? kSiteHeaderHeight + kEmptySiteBody : y - kCardGap + kSitePadding;
    grid.size = QSizeF(width, height);
    return grid;
}

QPainterPath siteHeaderPath(const QSizeF &box)
{
    const double r = kSiteRadius;
    const double h = kSiteHeaderHeight;
    const double width = box.width();
    QPainterPath path;
    path.moveTo(0, h);
    path.lineTo(0, r);
    path.arcTo(QRectF(0, 0, 2 * r, 2 * r), 180, -90);
    path.lineTo(width - r, 0);
    path.arcTo(QRectF(width - 2 * r, 0, 2 * r, 2 * r), 90, -90);
    path.lineTo(width, h);
    path.closeSubpath();
    return path;
}

QPainterPath cardBodyPath(const QSizeF &size)
{
    const double r = kCardRadius;
    QPainterPath body;
    body.moveTo(0, kZoneBand);
    body.lineTo(size.width(), kZoneBand);
    body.lineTo(size.width(), size.height() - r);
    body.arcTo(QRectF(size.width() - 2 * r, size.height() - 2 * r, 2 * r, 2 * r), 0, -90);
    body.lineTo(r, size.height());
    body.arcTo(QRectF(0, size.height() - 2 * r, 2 * r, 2 * r), 270, -90);
    body.closeSubpath();
    return body;
}

QRectF siteToggleRect(const QSizeF &box, int childSites, int hiddenSites)
{
    if (childSites == 0)
        return QRectF();
    constexpr double height = 20;
    double width = height;
    if (hiddenSites)
        width =
            QFontMetricsF(fonts().pill).horizontalAdvance(CanvasText::hiddenSites(hiddenSites)) +
            16;
    // Straddles the bottom edge, where the connectors to the child sites start; the decoration
    // margin leaves room for the half below the box.
    return QRectF(box.width() / 2 - width / 2, box.height() - height / 2, width, height);
}

QList<std::pair<ItemId, ItemId>> crossLinkedSites(const PlanReader &plan,
                                                  const QHash<ItemId, ItemId> &parents,
                                                  const std::function<bool(ItemId)> &shown)
{
    const QList<Site> &sites = plan.plan().sites;
    QSet<std::pair<ItemId, ItemId>> seen;
    QList<std::pair<ItemId, ItemId>> pairs;
    for (const Site &site : sites) {
        for (const SenderAddress &address : site.addresses) {
            const int index = plan.siteIndexByCode(address.to);
            if (index < 0)
                continue;
            const ItemId other = sites.at(index).uid;
            if (other == site.uid || parents.value(site.uid) == other ||
                parents.value(other) == site.uid || (shown && (!shown(site.uid) || !shown(other))))
                continue;
            const std::pair<ItemId, ItemId> pair{std::min(site.uid, other),
                                                 std::max(site.uid, other)};
            if (!seen.contains(pair)) {
                seen.insert(pair);
                pairs << pair;
            }
        }
    }
    return pairs;
}

QPointF storedPosition(const QPointF &topLeft, const QSizeF &box)
{
    return QPointF(topLeft.x() + box.width() / 2, topLeft.y());
}

QPointF topLeftOf(const QPointF &stored, const QSizeF &box)
{
    return QPointF(stored.x() - box.width() / 2, stored.y());
}

SitePlacement placeSites(const PlanReader &plan, const QList<QSizeF> &boxes,
                         const QSet<ItemId> &collapsed)
{
    const QList<Site> &sites = plan.plan().sites;
    const int count = int(sites.size());
    SitePlacement placement;
    placement.topLeft.resize(count);
    QList<TreeLayoutNode> nodes(count);
    QList<ItemId> parents(count, 0);
    for (int i = 0; i < count; ++i) {
        nodes[i].size = boxes.value(i);
        parents[i] = parentOf(plan, sites.at(i));
        nodes[i].parent = parents.at(i) ? plan.siteIndex(parents.at(i)) : -1;
        if (parents.at(i))
            ++placement.childSiteCount[parents.at(i)];
    }

    // Which sites a collapsed ancestor hides (memoised; the depth bound stops at cycles).
    QList<char> hiddenState(count, 0); // 0 not known yet, 1 shown, 2 hidden
    std::function<bool(int, int)> hidden = [&](int i, int depth) -> bool {
        if (hiddenState.at(i))
            return hiddenState.at(i) == 2;
        const int p = nodes.at(i).parent;
        const bool result = p >= 0 && p != i && depth < count &&
                            (collapsed.contains(sites.at(p).uid) || hidden(p, depth + 1));
        hiddenState[i] = result ? 2 : 1;
        return result;
    };
    QList<int> compact(count, -1); // index among the shown sites
    QList<TreeLayoutNode> shownNodes;
    shownNodes.reserve(count);
    for (int i = 0; i < count; ++i) {
        if (!collapsed.isEmpty() && hidden(i, 0)) {
            // Counted for the nearest collapsed site above that is itself shown.
            int p = nodes.at(i).parent;
            for (int hops = 0; p >= 0 && hops < count; ++hops, p = nodes.at(p).parent) {
                if (collapsed.contains(sites.at(p).uid) && !hidden(p, 0)) {
                    ++placement.hiddenBelow[sites.at(p).uid];
                    break;
                }
            }
            continue;
        }
        compact[i] = int(shownNodes.size());
        shownNodes << nodes.at(i);
        if (parents.at(i))
            placement.parents.insert(sites.at(i).uid, parents.at(i));
    }
    for (TreeLayoutNode &node : shownNodes) {
        if (node.parent >= 0 && node.parent < count)
            node.parent = compact.at(node.parent);
    }
    const QList<QPointF> shownLayout =
        layoutTree(shownNodes, {kTreeHorizontalGap, kTreeVerticalGap, 4});
    QList<QPointF> automatic(count);
    for (int i = 0; i < count; ++i) {
        if (compact.at(i) >= 0)
            automatic[i] = shownLayout.at(compact.at(i));
    }

    // Stored positions win. A site without one sits where the tree layout puts it relative to
    // its parent, so a site added under a placed parent appears below that parent.
    QList<std::optional<QPointF>> placed(count); // top-left, once decided
    std::function<QPointF(int, int)> place = [&](int i, int depth) -> QPointF {
        if (placed.at(i))
            return *placed.at(i);
        // Whole units keep the boxes' edges on the pixel grid at 100 %.
        QPointF pos(std::round(automatic.at(i).x()), std::round(automatic.at(i).y()));
        if (const std::optional<QPointF> stored = plan.diagramPosition(sites.at(i).uid)) {
            pos = topLeftOf(*stored, nodes.at(i).size);
        } else if (const int p = nodes.at(i).parent; p >= 0 && depth < count) {
            pos += place(p, depth + 1) -
                   QPointF(std::round(automatic.at(p).x()), std::round(automatic.at(p).y()));
        }
        placed[i] = pos;
        return pos;
    };
    for (int i = 0; i < count; ++i) {
        if (compact.at(i) >= 0)
            placement.topLeft[i] = place(i, 0);
    }
    return placement;
}

} // namespace hierarch::canvas
