#pragma once

#include "canvasstyle.h"
#include "plan.h"

#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace hierarch {

class PlanReader;

// Where everything of the hierarchy drawing goes, computed from the plan alone: the role chips on
// a server card, the grid of cards in a site's box and the tree of site boxes. The canvas's items
// and the report's PlanDiagram both take their geometry from here, so the report draws exactly
// what the canvas shows. All of it is in scene units.
namespace canvas {

// A card's chips start below its name and zone lines; the name in a chip sits between gaps after
// the abbreviation box and before the chip's end.
inline constexpr double kChipsTop = kCardHeaderHeight;
inline constexpr double kCardContentWidth = kCardWidth - 2 * kCardPadding;
inline constexpr double kChipNameGap = 5;
inline constexpr double kChipEndGap = 7;

// One role chip on a server card, in card coordinates, with the name it shows.
struct CardChip
{
    QRectF rect;
    bool withName = true; // false when the card is too narrow for more than the icon
    QString name;
    double nameWidth = 0;
};

// The chips of a server card, in the server's role order, and the height that holds them.
struct CardShape
{
    QList<CardChip> chips;
    double naturalHeight = 0;
};
// `home` is the server's site (null if unknown): a chip of a role that serves another site names
// that site ("site database server · PAR").
CardShape cardShape(const Server &server, const Site *home);

// A site's box holding its cards in a grid, in the site's server order: the box's size and each
// card's rectangle in site coordinates (a row's cards share the row's height).
struct SiteGrid
{
    QSizeF size;
    QList<QRectF> cards;
};
SiteGrid siteGrid(const QList<double> &cardHeights);

// The header's fill: the box's top with its rounded corners, square at the bottom.
QPainterPath siteHeaderPath(const QSizeF &box);
// A card's white body below its zone band.
QPainterPath cardBodyPath(const QSizeF &card);
// The collapse toggle straddling the bottom edge of a site with child sites (a circle, or a pill
// with "+N sites" when `hiddenSites` are folded away), in site coordinates; null without child
// sites.
QRectF siteToggleRect(const QSizeF &box, int childSites, int hiddenSites);

// The tree of site boxes: where each box goes and which site's line leads to which.
struct SitePlacement
{
    // Per site, in plan order: the box's top-left corner, or nothing when a collapsed site above
    // hides it.
    QList<std::optional<QPointF>> topLeft;
    QHash<ItemId, ItemId> parents;     // shown child site -> its parent
    QHash<ItemId, int> childSiteCount; // site -> its child sites, shown or not
    QHash<ItemId, int> hiddenBelow;    // collapsed site -> the sites it hides
};
// `boxes` are the sites' box sizes in plan order. The tree layout places the shown sites (those
// under no site of `collapsed`); stored diagram positions win, and a site without one keeps its
// place relative to its parent's, so a site added under a placed parent appears below it.
SitePlacement placeSites(const PlanReader &plan, const QList<QSizeF> &boxes,
                         const QSet<ItemId> &collapsed = {});
// The pairs of sites (lower id first) that address each other without being parent and child
// (`parents`: child -> parent, as placeSites() gives them), in the order the first address of each
// comes in the plan, which is the order their lines stack in. `shown`, when given, leaves out
// pairs with a site that is not drawn.
QList<std::pair<ItemId, ItemId>> crossLinkedSites(const PlanReader &plan,
                                                  const QHash<ItemId, ItemId> &parents,
                                                  const std::function<bool(ItemId)> &shown = {});
// Stored diagram positions are the top centre of a site's box.
QPointF storedPosition(const QPointF &topLeft, const QSizeF &box);
QPointF topLeftOf(const QPointF &stored, const QSizeF &box);

} // namespace canvas
} // namespace hierarch
