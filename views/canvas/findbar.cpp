#include "findbar.h"

#include "canvasview.h"
#include "document/document.h"
#include "selection.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace hierarch {

FindBar::FindBar(Document *document, Selection *selection, CanvasView *canvas)
    : QWidget(canvas), mDocument(document), mSelection(selection), mCanvas(canvas),
      mField(new QLineEdit(this)), mCount(new QLabel(this)), mPrevious(new QToolButton(this)),
      mNext(new QToolButton(this))
{
    setObjectName(QStringLiteral("findBar"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    mField->setObjectName(QStringLiteral("findField"));
    mField->setPlaceholderText(tr("Find site, server or role"));
    mField->setAccessibleName(tr("Find"));
    mField->setClearButtonEnabled(true);
    mField->setMinimumWidth(220);
    mField->installEventFilter(this);
    mCount->setObjectName(QStringLiteral("findCount"));
    mCount->setMinimumWidth(80);
    mPrevious->setArrowType(Qt::UpArrow);
    mPrevious->setToolTip(tr("Previous match (Shift+Enter)"));
    mPrevious->setAccessibleName(tr("Previous match"));
    mNext->setArrowType(Qt::DownArrow);
    mNext->setToolTip(tr("Next match (Enter)"));
    mNext->setAccessibleName(tr("Next match"));
    auto *closeButton = new QToolButton(this);
    closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    closeButton->setAutoRaise(true);
    closeButton->setToolTip(tr("Close (Escape)"));
    closeButton->setAccessibleName(tr("Close the find bar"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(mField);
    layout->addWidget(mCount);
    layout->addWidget(mPrevious);
    layout->addWidget(mNext);
    layout->addWidget(closeButton);

    connect(mField, &QLineEdit::textEdited, this, &FindBar::runSearch);
    connect(mPrevious, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(mNext, &QToolButton::clicked, this, &FindBar::findNext);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::close);

    // Edits change what matches; the hits follow while the bar is open (coalesced, so a burst of
    // signals searches once).
    auto *pending = new QTimer(this);
    pending->setSingleShot(true);
    pending->setInterval(0);
    connect(pending, &QTimer::timeout, this, &FindBar::replan);
    auto schedule = [this, pending] {
        if (isVisible() && !mSearch.text().isEmpty())
            pending->start();
    };
    connect(document, &Document::changed, this, [schedule](const ChangeEvent &event) {
        const bool item = event.item == ChangeItem::Site || event.item == ChangeItem::Server ||
                          event.item == ChangeItem::Role || event.item == ChangeItem::Address;
        if (event.type == ChangeEvent::Type::Reset || (item && !event.isAboutTo()))
            schedule();
    });

    canvas->installEventFilter(this);
    hide();
}

QString FindBar::countText() const
{
    return mCount->text();
}

void FindBar::activate()
{
    show();
    raise();
    place();
    mField->setFocus(Qt::ShortcutFocusReason);
    mField->selectAll();
    if (!mField->text().isEmpty()) {
        mSearch.setText(mDocument->plan(), mField->text());
        updateCount();
    }
}

void FindBar::close()
{
    hide();
    mCanvas->setFocus(Qt::OtherFocusReason);
}

void FindBar::runSearch()
{
    mSearch.setText(mDocument->plan(), mField->text());
    updateCount();
    if (mSearch.count() > 0)
        showHit(mSearch.current());
}

void FindBar::replan()
{
    mSearch.refresh(mDocument->plan());
    updateCount();
}

void FindBar::findNext()
{
    if (mSearch.text() != mField->text())
        mSearch.setText(mDocument->plan(), mField->text());
    // The first Enter after typing shows the hit typing went to only when it is not shown yet.
    const PlanSearch::Hit current = mSearch.current();
    const bool shown =
        current.id != 0 &&
        mSelection->contains(
            {current.server ? Selection::Item::Server : Selection::Item::Site, current.id});
    showHit(shown ? mSearch.next() : current);
    updateCount();
}

void FindBar::findPrevious()
{
    if (mSearch.text() != mField->text())
        mSearch.setText(mDocument->plan(), mField->text());
    showHit(mSearch.previous());
    updateCount();
}

void FindBar::showHit(const PlanSearch::Hit &hit)
{
    if (hit.id == 0)
        return;
    mSelection->select({hit.server ? Selection::Item::Server : Selection::Item::Site, hit.id},
                       this);
    mCanvas->centerOnItem(hit.id);
}

void FindBar::updateCount()
{
    if (mField->text().trimmed().isEmpty())
        mCount->clear();
    else if (mSearch.count() == 0)
        mCount->setText(tr("No matches"));
    else
        mCount->setText(tr("%1 of %2").arg(mSearch.currentIndex() + 1).arg(mSearch.count()));
    mPrevious->setEnabled(mSearch.count() > 0);
    mNext->setEnabled(mSearch.count() > 0);
    mCount->setAccessibleName(mCount->text());
    adjustSize();
    place();
}

void FindBar::place()
{
    // Top right of the diagram, clear of the vertical scroll bar.
    const QRect area = mCanvas->viewport()->geometry();
    const QSize size = sizeHint();
    setGeometry(area.right() - size.width() - 8, area.top() + 8, size.width(), size.height());
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mCanvas && event->type() == QEvent::Resize && isVisible()) {
        place();
    } else if (watched == mField && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        case Qt::Key_Escape:
            close();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hierarch
