#pragma once

#include "canvasstyle.h"
#include "plan.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

namespace hierarch {

class Document;
class PlanReader;
class Selection;
class SiteItem;
class ServerItem;
class ConnectorItem;
class CrossLinkItem;
struct ChangeEvent;
namespace canvas {
struct ItemLook;
}

// Keeps one item per site and server of the Document (found by id), lays sites out as a tree
// where the file has no diagram positions, and mirrors the shared Selection.
//
// The scene holds no plan data: items carry ids, and paint what the Document says, with the
// geometry and painting the report's PlanDiagram uses too (diagramgeometry.h,
// diagrampainting.h, sitelinks.h); the scene adds what is interactive. Structural
// changes (sites or servers added, removed, moved, resized, a site's code, parent or type) re-run
// the whole tree layout, which is linear in the number of sites; any other edit repaints the items
// its ChangeEvent names. An address edit relabels the links (tree lines and cross links), also
// linear and without a layout. Gestures (site and card drags, role drops) end in one Document
// edit on release; the functions doing that are public so that tests drive the same code path.
//
// Diagram positions are stored as the top centre of a site's box, so a site whose box grows or
// shrinks stays centred where the user put it. Once the user moves a site, every site's position
// is stored (the layout becomes the user's); View > Auto Layout clears them.
class HierarchyScene : public QGraphicsScene
{
    Q_OBJECT

public:
    // The editor's scene: follows the Document's changes and the shared Selection both ways, and
    // turns gestures into Document edits.
    HierarchyScene(Document *document, Selection *selection, QObject *parent = nullptr);
    ~HierarchyScene() override;

    // The bounding rectangle of everything drawn, with a margin.
    QRectF contentRect() const;
    // The graphics item of a site or server, or null.
    QGraphicsItem *itemFor(ItemId id) const;
    // What an export of the diagram shows: contentRect() and whatever is drawn beyond it (compare
    // mode's ghosts of removed servers and sites hang below and beside the boxes).
    QRectF diagramRect() const;
    // Draws diagramRect() onto any painter (SVG, PNG, PDF) without selection decorations, as the
    // canvas shows it (collapsed sites stay folded). The target is not filled first: the caller
    // decides on a background.
    void renderDiagram(QPainter *painter, const QRectF &target);

    // What the items read: the Document.
    const PlanReader *reader() const;
    Document *document() const { return mDocument; }
    Selection *selection() const { return mSelection; }
    SiteItem *siteItem(ItemId id) const { return mSites.value(id); }
    ServerItem *serverItem(ItemId id) const { return mServers.value(id); }

    // --- state the items paint -------------------------------------------------------------
    // True while renderDiagram() runs: items leave out selection, hover and drop decorations and
    // draw full detail whatever the scale.
    bool isExporting() const { return mExporting; }
    // Whether the view is zoomed out so far that cards are blocks (below kCardBlockMaxDetail):
    // then the sites paint them and the card items are hidden. The view calls it as it zooms.
    void setCardsAsBlocks(bool blocks);
    bool cardsAsBlocks() const { return mCardsAsBlocks; }
    const QGraphicsItem *dropTarget() const { return mDropTarget; }
    // How an item with these findings marks is to be painted now: in full while exporting, else
    // at the painter's level of detail, with its hover, selection and drop state.
    void fillLook(canvas::ItemLook &look, const QGraphicsItem *item, const QPainter *painter,
                  const FindingMarks &marks, bool hovered) const;
    bool isRoleSelected(ItemId server, int roleIndex) const;

    // --- gestures (public for tests) ---------------------------------------------------------
    // Adds a dropped role; on refusal emits statusMessage() with the reason and returns false.
    bool dropRole(ItemId server, Role role);
    // Ends a drag of sites that started at `startPositions` (item positions): re-parents
    // `grabbed` when it alone moved and its centre is over another site, else stores positions.
    void finishSiteDrag(ItemId grabbed, const QHash<ItemId, QPointF> &startPositions);
    // Ends a card drag released at scenePos: moves the server when that is over another site,
    // else puts the card back. Returns whether the server moved.
    bool finishServerDrag(ItemId server, const QPointF &scenePos);
    // A click on a role chip; Ctrl toggles it in the selection.
    void pressRoleChip(ItemId server, int roleIndex, Qt::KeyboardModifiers modifiers);

    // Lays all sites out again: the tree layout, then stored positions where there are some.
    // Sites under a collapsed site are hidden and take no room.
    void relayout();

    // --- collapsed subtrees (view state: not in the plan, not undoable) ----------------------
    // A collapsed site hides every site below it (with their cards and connectors) and shows
    // "+N sites" instead. Collapsing a site without child sites does nothing.
    void setCollapsed(ItemId site, bool collapsed);
    bool isCollapsed(ItemId site) const { return mCollapsed.contains(site); }
    // Expands every collapsed site.
    void expandAll();
    // Expands the collapsed sites above a site or server so that it shows; returns whether
    // anything changed.
    bool reveal(ItemId id);
    // Whether a site or server is on the canvas now (false under a collapsed site).
    bool isShown(ItemId id) const;
    int childSiteCount(ItemId site) const { return mChildSiteCount.value(site); }
    // The sites a collapsed site hides (all its descendants); 0 when it is expanded.
    int hiddenSiteCount(ItemId site) const { return mHiddenBelow.value(site); }

signals:
    void statusMessage(const QString &message);
    // A site was collapsed or expanded (also by reveal() and expandAll()).
    void collapsedChanged();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragLeaveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

private:
    friend class SiteItem;

    // Updates the items a change names; lays the tree out again only when its shape or a
    // site's size changed.
    void documentChanged(const ChangeEvent &event);
    // A site's box shows other contents: regrids its cards, lays out when `structural` or when
    // the box changed size. Returns whether it laid out.
    bool siteContentsChanged(ItemId site, bool structural);
    void rebuild();
    void addSiteItem(ItemId id);
    void addServerItem(ItemId id);
    void removeSiteItem(ItemId id);
    void removeServerItem(ItemId id);
    void updateFindings();
    void refreshFindingMarks(const QList<ItemId> &sites);
    void updateConnectors();
    // Labels the tree lines with what the sites' addresses say, and draws a line for each pair of
    // shown sites that address each other without being parent and child.
    void updateLinks();
    QRectF siteBox(ItemId site) const;
    // The tooltip of the link label under scenePos, when the view shows labels; else empty.
    QString linkToolTipAt(const QPointF &scenePos, const QWidget *viewport) const;
    // Connectors follow a site that is being dragged.
    void siteMoved(SiteItem *site);
    void setDropTarget(QGraphicsItem *item);
    SiteItem *siteAt(const QPointF &scenePos, ItemId except = 0) const;
    ServerItem *serverAt(const QPointF &scenePos) const;
    ItemId parentOf(ItemId site) const;
    // Stored diagram positions are the top centre of a site's box.
    QPointF storedPosition(const SiteItem *site) const;
    bool reparentByDrop(SiteItem *site, SiteItem *target, const QPointF &startPosition);

    void syncSelectionToDocument();
    void syncSelectionFromDocument(const QObject *source);

    Document *mDocument;
    Selection *mSelection;
    QHash<ItemId, SiteItem *> mSites;
    QHash<ItemId, ServerItem *> mServers;
    QHash<ItemId, ConnectorItem *> mConnectors;                // keyed by the child site
    QHash<QPair<ItemId, ItemId>, CrossLinkItem *> mCrossLinks; // keyed by (lower, higher) id
    QHash<ItemId, ItemId> mParents; // shown child site -> parent site, from the last layout
    QSet<ItemId> mCollapsed;
    QHash<ItemId, int> mChildSiteCount; // site -> its child sites, shown or not
    QHash<ItemId, int> mHiddenBelow;    // collapsed site -> the sites it hides

    bool mExporting = false;
    bool mCardsAsBlocks = false;
    bool mSyncingSelection = false;
    bool mLayingOut = false;
    QGraphicsItem *mDropTarget = nullptr;
    Qt::KeyboardModifiers mPressModifiers;
    QList<ItemId> mRoleSelectionServers; // servers whose chips showed selected, to repaint

    // The drag in progress, recorded on press (diagramscene pattern).
    ItemId mDragSite = 0;
    QHash<ItemId, QPointF> mDragStart;
};

} // namespace hierarch
