#include "panenavigation.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDockWidget>

namespace hierarch {

void PaneNavigation::setPanes(const QList<QWidget *> &panes, QWidget *home)
{
    mPanes.clear();
    for (QWidget *pane : panes)
        mPanes << pane;
    mHome = home;
}

void PaneNavigation::setFallbackFocus(QWidget *pane, std::function<void()> focus)
{
    mFallbackPane = pane;
    mFallbackFocus = std::move(focus);
}

QList<QWidget *> PaneNavigation::openPanes() const
{
    QList<QWidget *> open;
    for (QWidget *pane : mPanes) {
        if (!pane)
            continue;
        const auto *dock = qobject_cast<QDockWidget *>(pane);
        if (!dock || dock->toggleViewAction()->isChecked())
            open << pane;
    }
    return open;
}

QWidget *PaneNavigation::currentPane() const
{
    const QWidget *focus = QApplication::focusWidget();
    if (!focus)
        return nullptr;
    for (QWidget *pane : openPanes()) {
        if (pane == focus || pane->isAncestorOf(focus))
            return pane;
    }
    return nullptr;
}

void PaneNavigation::focusPane(int step)
{
    const QList<QWidget *> open = openPanes();
    if (open.isEmpty())
        return;
    qsizetype at = open.indexOf(currentPane());
    if (at < 0)
        at = open.indexOf(mHome.data());
    QWidget *pane = open.at((at + step + open.size()) % open.size());

    if (auto *dock = qobject_cast<QDockWidget *>(pane)) {
        dock->show();
        dock->raise(); // brings a tabbed dock to the front
        if (dock->isFloating())
            dock->activateWindow();
    }
    // Back to where the focus was in that pane, else to its main view: the first list, table or
    // tree, the pane's own fallback, or whatever comes first in the tab order.
    QWidget *target = pane->focusWidget();
    if (!target || !target->isVisible() || !target->isEnabled() || target == pane) {
        target = nullptr;
        QWidget *first = nullptr;
        for (QWidget *w = pane->nextInFocusChain(); w && w != pane; w = w->nextInFocusChain()) {
            if (!pane->isAncestorOf(w) || !w->isVisible() || !w->isEnabled() ||
                !(w->focusPolicy() & Qt::TabFocus))
                continue;
            if (!first)
                first = w;
            if (qobject_cast<QAbstractItemView *>(w)) {
                target = w;
                break;
            }
        }
        if (!target && pane == mFallbackPane && mFallbackFocus) {
            mFallbackFocus();
            return;
        }
        if (!target)
            target = first ? first : pane;
    }
    target->setFocus(Qt::ShortcutFocusReason);
}

} // namespace hierarch
