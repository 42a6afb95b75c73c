#pragma once

#include <QAbstractScrollArea>
#include <QToolButton>

namespace hierarch {

class Document;
class Selection;

// A badge over the canvas's top-left corner for the findings no card shows: those about the
// hierarchy as a whole, its accounts and its waivers. It carries the worst severity's icon and
// how many there are, lists them in its tooltip, and selects the plan when clicked (the
// Properties and Lists docks hold what those findings are about). Hidden while there are none,
// so the status bar's counts always have something on screen to point at.
class PlanBadge : public QToolButton
{
    Q_OBJECT

public:
    PlanBadge(Document *document, Selection *selection, QAbstractScrollArea *canvas);

    // How many unwaived plan-level findings the badge counts.
    int count() const { return mCount; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void place();

    Document *mDocument;
    QAbstractScrollArea *mCanvas;
    int mCount = 0;
};

} // namespace hierarch
