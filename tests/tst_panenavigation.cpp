// F6 between the panes of a window, on a window built for the test: screen order, closed docks
// passed over, tabbed docks raised, the focus back where it was inside a pane, and a pane's own
// fallback when it has no view to take the focus.
#include "panenavigation.h"

#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtTest>

using namespace hierarch;

namespace {

// A window with a central tree and four docks: Left (a line edit above a list), Form (line edits
// only), Closed, and Tabbed (behind Form).
struct Fixture
{
    QMainWindow window;
    QTreeWidget *central = new QTreeWidget;
    QDockWidget *left = new QDockWidget(QStringLiteral("Left"));
    QLineEdit *leftFilter = new QLineEdit;
    QListWidget *leftList = new QListWidget;
    QDockWidget *form = new QDockWidget(QStringLiteral("Form"));
    QLineEdit *formFirst = new QLineEdit;
    QLineEdit *formSecond = new QLineEdit;
    QDockWidget *closed = new QDockWidget(QStringLiteral("Closed"));
    QDockWidget *tabbed = new QDockWidget(QStringLiteral("Tabbed"));
    QListWidget *tabbedList = new QListWidget;
    PaneNavigation navigation;
    int fallbackCalls = 0;

    Fixture()
    {
        window.setCentralWidget(central);
        auto *leftBody = new QWidget;
        auto *leftLayout = new QVBoxLayout(leftBody);
        leftLayout->addWidget(leftFilter);
        leftLayout->addWidget(leftList);
        left->setWidget(leftBody);
        auto *formBody = new QWidget;
        auto *formLayout = new QVBoxLayout(formBody);
        formLayout->addWidget(formFirst);
        formLayout->addWidget(formSecond);
        form->setWidget(formBody);
        closed->setWidget(new QListWidget);
        tabbed->setWidget(tabbedList);
        window.addDockWidget(Qt::LeftDockWidgetArea, left);
        window.addDockWidget(Qt::RightDockWidgetArea, form);
        window.addDockWidget(Qt::RightDockWidgetArea, closed);
        window.addDockWidget(Qt::RightDockWidgetArea, tabbed);
        window.tabifyDockWidget(form, tabbed);
        form->raise();
        closed->close();
        navigation.setPanes({left, central, form, closed, tabbed}, central);
        navigation.setFallbackFocus(form, [this] {
            ++fallbackCalls;
            formSecond->setFocus();
        });
        window.resize(900, 600);
    }
};

} // namespace

class TestPaneNavigation : public QObject
{
    Q_OBJECT

private slots:
    void visitsOpenPanesInOrder();
    void returnsToTheFocusInsideAPane();
    void raisesATabbedDock();
    void fallbackWhenNoViewTakesFocus();
    void startsFromHomeWhenNoPaneHasFocus();
};

void TestPaneNavigation::visitsOpenPanesInOrder()
{
    Fixture f;
    f.window.show();
    QVERIFY(QTest::qWaitForWindowActive(&f.window));
    QCOMPARE(f.navigation.openPanes(), (QList<QWidget *>{f.left, f.central, f.form, f.tabbed}));
    f.central->setFocus();
    QCOMPARE(f.navigation.currentPane(), f.central);

    QList<QWidget *> visited;
    for (int i = 0; i < 4; ++i) {
        f.navigation.focusPane(1);
        visited << f.navigation.currentPane();
    }
    QCOMPARE(visited, (QList<QWidget *>{f.form, f.tabbed, f.left, f.central}));
    f.navigation.focusPane(-1);
    QCOMPARE(f.navigation.currentPane(), f.left);
}

void TestPaneNavigation::returnsToTheFocusInsideAPane()
{
    Fixture f;
    f.window.show();
    QVERIFY(QTest::qWaitForWindowActive(&f.window));
    // First visit: the pane's list, not the line edit before it in the tab order.
    f.central->setFocus();
    f.navigation.focusPane(-1);
    QCOMPARE(QApplication::focusWidget(), f.leftList);
    // The user moves to the filter; leaving and coming back finds it again.
    f.leftFilter->setFocus();
    f.navigation.focusPane(1);
    QCOMPARE(QApplication::focusWidget(), f.central);
    f.navigation.focusPane(-1);
    QCOMPARE(QApplication::focusWidget(), f.leftFilter);
}

void TestPaneNavigation::raisesATabbedDock()
{
    Fixture f;
    f.window.show();
    QVERIFY(QTest::qWaitForWindowActive(&f.window));
    QVERIFY(f.tabbedList->visibleRegion().isEmpty()); // behind Form
    f.form->widget()->setFocus();
    f.formFirst->setFocus();
    f.navigation.focusPane(1);
    QCOMPARE(f.navigation.currentPane(), f.tabbed);
    QCOMPARE(QApplication::focusWidget(), f.tabbedList);
    QVERIFY(!f.tabbedList->visibleRegion().isEmpty());
}

void TestPaneNavigation::fallbackWhenNoViewTakesFocus()
{
    Fixture f;
    f.window.show();
    QVERIFY(QTest::qWaitForWindowActive(&f.window));
    f.central->setFocus();
    f.navigation.focusPane(1);
    QCOMPARE(f.fallbackCalls, 1);
    QCOMPARE(QApplication::focusWidget(), f.formSecond);
}

void TestPaneNavigation::startsFromHomeWhenNoPaneHasFocus()
{
    Fixture f;
    f.window.show();
    QVERIFY(QTest::qWaitForWindowActive(&f.window));
    if (QWidget *focus = QApplication::focusWidget())
        focus->clearFocus(); // inside no pane
    QCOMPARE(f.navigation.currentPane(), nullptr);
    f.navigation.focusPane(1);
    QCOMPARE(f.navigation.currentPane(), f.form);
}

QTEST_MAIN(TestPaneNavigation)
#include "tst_panenavigation.moc"
