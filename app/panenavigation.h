#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace hierarch {

// F6 and Shift+F6: moves the keyboard focus between the panes of a window (its central widget
// and its docks) in the order they sit on the screen. A dock that is closed is passed over, a dock
// tabbed behind another is raised, and the focus goes back to where it was inside the pane, else
// to the pane's main view (its first list, table or tree).
class PaneNavigation : public QObject
{
    Q_OBJECT

public:
    explicit PaneNavigation(QObject *parent = nullptr) : QObject(parent) {}

    // The panes in screen order, and the one the focus goes to when none has it (the canvas).
    void setPanes(const QList<QWidget *> &panes, QWidget *home);
    // Where the focus lands in `pane` when it has no view of its own to take it (the Properties
    // dock focuses its first field).
    void setFallbackFocus(QWidget *pane, std::function<void()> focus);

    // The panes that are open, in order.
    QList<QWidget *> openPanes() const;
    // The pane that holds the keyboard focus, or null.
    QWidget *currentPane() const;
    // Moves the focus to the next (+1) or previous (-1) open pane.
    void focusPane(int step);

private:
    QList<QPointer<QWidget>> mPanes;
    QPointer<QWidget> mHome;
    QPointer<QWidget> mFallbackPane;
    std::function<void()> mFallbackFocus;
};

} // namespace hierarch
