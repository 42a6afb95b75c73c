#pragma once

#include <QPixmap>
#include <QWidget>

class QTimer;

namespace hierarch {

class CanvasView;

// View ▸ Overview: the whole hierarchy in small in the canvas's lower right corner, with a frame
// around the part the canvas shows. Clicking or dragging in it moves the canvas there. The
// picture is drawn again (coalesced) when the layout changes, not on every frame, so a plan of a
// thousand sites pans as fast with it as without it.
class OverviewMap : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewMap(CanvasView *canvas);

    // The part of the scene the picture shows, and where a scene point lands in the widget.
    QRectF sceneArea() const { return mArea; }
    QPointF toWidget(const QPointF &scenePos) const;
    QPointF toScene(const QPointF &widgetPos) const;
    // The frame of the canvas's visible part, in widget coordinates.
    QRectF viewFrame() const;

public slots:
    void setOverviewVisible(bool visible);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void renderPicture();
    void place();

    CanvasView *mCanvas;
    QTimer *mRender;
    QPixmap mPicture;
    QRectF mArea;
    QRectF mTarget; // where the picture sits in the widget
};

} // namespace hierarch
