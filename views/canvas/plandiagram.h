#pragma once

#include "diagramgeometry.h"
#include "sitelinks.h"

#include <QHash>
#include <QList>
#include <QRectF>

class QPainter;

namespace hierarch {

class PlanReader;

// The hierarchy drawing of a plan that is only read (the report's): laid out and painted as the
// editor's canvas lays out and paints it, with the same geometry (diagramgeometry.h) and the same
// painting (diagrampainting.h, sitelinks.h), but without a scene, items, selection or change
// tracking. Every site is shown (nothing is collapsed) and everything is drawn in full, whatever
// the scale, as the canvas exports it. Built once; the plan must outlive it and not change.
class PlanDiagram
{
public:
    explicit PlanDiagram(const PlanReader &plan);
    ~PlanDiagram();
    PlanDiagram(const PlanDiagram &) = delete;
    PlanDiagram &operator=(const PlanDiagram &) = delete;

    const PlanReader &reader() const { return mPlan; }
    bool isEmpty() const { return mSites.isEmpty(); }
    // Every site's box with room for the badges and shadows, and the lines and their labels (as
    // the canvas's export draws them: HierarchyScene::diagramRect()).
    QRectF contentRect() const;
    // A site's or server card's box in diagram units; null when unknown.
    QRectF siteBox(ItemId site) const;
    QRectF cardBox(ItemId server) const;
    // A site's box together with its secondary child sites', with room for the badges.
    QRectF siteGroupRect(ItemId site) const;

    // What a caller draws on the diagram besides the plan (compare mode's marks and ghosts), at
    // the places the canvas stacks its own items there. The painter is in diagram units; its
    // state is restored after each call.
    class Overlay
    {
    public:
        virtual ~Overlay() = default;
        // After the lines, before any site.
        virtual void paintBehindSites(QPainter *painter) const = 0;
        // Over a site's box, below its cards.
        virtual void paintUnderCards(QPainter *painter, ItemId site) const = 0;
        // Over a site's box (after its cards) or a server's card.
        virtual void paintOver(QPainter *painter, ItemId item) const = 0;
        // What the overlay draws around a site (beyond its box), for culling; null for nothing.
        virtual QRectF extentOf(ItemId site) const = 0;
    };

    // Draws the `source` part of the diagram into `target`, scaled to fit with the aspect kept
    // and aligned at the target's top left. When `sites` is not empty only those sites, their
    // cards and the lines between two of them are drawn, so a page about one site does not
    // show fragments of its neighbours. The target is not filled first.
    void render(QPainter *painter, const QRectF &target, const QRectF &source,
                const QList<ItemId> &sites = {}, const Overlay *overlay = nullptr) const;

private:
    struct Card
    {
        ItemId id = 0;
        QRectF box;
        canvas::CardShape shape;
        FindingMarks marks;
    };
    struct SiteBox
    {
        ItemId id = 0;
        QRectF box;
        FindingMarks marks;
        QList<Card> cards;
    };
    struct Line
    {
        ItemId a = 0; // the child site of a tree line
        ItemId b = 0; // its parent
        QPainterPath path;
        QPointF to;
        bool tree = true;
        bool dashed = false;
        LinkLabel label;
        QRectF labelRect;
        QRectF bounds;
    };
    void layOut();
    void addLines();

    const PlanReader &mPlan;
    QList<SiteBox> mSites; // plan order
    QHash<ItemId, int> mSiteIndex;
    QHash<ItemId, std::pair<int, int>> mCardIndex; // server -> (site, card)
    QHash<ItemId, int> mChildSiteCount;
    QHash<ItemId, ItemId> mParents;
    QList<Line> mLines; // tree lines, then cross links
};

} // namespace hierarch
