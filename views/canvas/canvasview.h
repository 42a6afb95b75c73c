#pragma once

#include "plan.h"

#include <QGraphicsView>

namespace hierarch {

class Document;
class Selection;
class HierarchyScene;

// The central canvas: sites as containers in a top-down tree, servers as cards with role chips.
// Roles are dropped here from the palette.
//
// Mouse scheme (one for the whole canvas):
// - click selects a site, card or role chip; Ctrl+click adds or removes it;
// - dragging a site moves it (onto another site: makes it that site's child); dragging a card
//   onto another site moves the server there;
// - dragging the empty background pans, as does dragging with the middle button anywhere;
// - Shift+drag anywhere draws a rubber band that selects what it encloses (Ctrl+Shift adds);
// - a click on empty background clears the selection;
// - the wheel scrolls, Ctrl+wheel zooms around the cursor.
//
// Keyboard scheme: the arrow keys move the selection through the tree (canvasnavigation.h),
// Ctrl+arrows scroll, Enter asks for the selection's properties, Escape clears the selection,
// and the Menu key or Shift+F10 opens the context menu (the widget's actions) at the selection.
// The view's accessible description names what is selected, so a screen reader can follow.
class CanvasView : public QGraphicsView
{
    Q_OBJECT

public:
    CanvasView(Document *document, Selection *selection, QWidget *parent = nullptr);

    HierarchyScene *hierarchyScene() const { return mScene; }
    double zoom() const;
    // Sets the scale (clamped to the supported range), keeping the view's centre.
    void setZoom(double factor);

    // Low enough that Fit to Window shows a whole plan of 1,000 sites (about 3 % in a window
    // with the docks open).
    static constexpr double kMinZoom = 0.02;
    static constexpr double kMaxZoom = 4.0;
    // The smallest zoom at which names on cards read comfortably; centerOnItem() zooms to it.
    static constexpr double kReadableZoom = 0.8;

    // What the keys on the canvas do, as (keys, action) rows for the keyboard help.
    static QList<std::pair<QString, QString>> keyboardHelp();

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();   // 100 %
    void fitToWindow(); // never above 100 %
    // Fits the selected sites and servers (a role: its server) into the window, never above
    // 100 %; does nothing without such a selection.
    void zoomToSelection();
    // Scrolls the item to the centre, zooming in to kReadableZoom first when the view is smaller.
    void centerOnItem(ItemId id);

signals:
    void zoomChanged(double factor);
    // A message for the status bar, e.g. why a dropped role was refused.
    void statusMessage(const QString &message);
    // Enter on a selection: show and focus its properties.
    void propertiesRequested();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void applyZoom(double factor, ViewportAnchor anchor);
    // Selects the neighbour in that direction (int(CanvasDirection)); false when there is none.
    bool moveSelection(int direction);
    void showContextMenu(const QPoint &viewportPos);
    void describeSelection();

    Document *mDocument;
    Selection *mSelection;
    HierarchyScene *mScene;
    bool mFitPending = true; // a newly opened plan is fitted once the view has its size
    bool mRubberBandGesture = false;
    bool mMiddlePanning = false;
    QPoint mPressPos;
    QPoint mLastPanPos;
};

} // namespace hierarch
