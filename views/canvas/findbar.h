#pragma once

#include "document/plansearch.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace hierarch {

class CanvasView;
class Document;
class Selection;

// The find bar over the canvas (Edit ▸ Find, Ctrl+F): a field, "3 of 17", previous / next and
// close buttons. Typing searches as you type (PlanSearch); Enter goes to the next hit,
// Shift+Enter to the previous one, both wrapping; Escape closes the bar and gives the focus
// back to the canvas. Each hit is selected and centred on the canvas at a readable zoom.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    FindBar(Document *document, Selection *selection, CanvasView *canvas);

    QLineEdit *field() const { return mField; }
    // "3 of 17", "No matches", or empty.
    QString countText() const;
    const PlanSearch &search() const { return mSearch; }

public slots:
    // Shows the bar and focuses the field with its text selected.
    void activate();
    void findNext();
    void findPrevious();
    void close();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void replan(); // the plan changed: hits again, keeping the current one
    void showHit(const PlanSearch::Hit &hit);
    void updateCount();
    void place();

    Document *mDocument;
    Selection *mSelection;
    CanvasView *mCanvas;
    QLineEdit *mField;
    QLabel *mCount;
    QToolButton *mPrevious;
    QToolButton *mNext;
    PlanSearch mSearch;
};

} // namespace hierarch
