// Keyboard and screen-reader access to the editor, offscreen: every focusable widget has a name,
// every menu command a mnemonic or a shortcut, the canvas walks the hierarchy with the arrow
// keys, F6 visits every dock, the palette adds roles without a mouse, and dialogs tab in order.
#include "canvas/canvasview.h"
#include "canvas/hierarchyscene.h"
#include "dialogs/rulecatalogdialog.h"
#include "document/document.h"
#include "mainwindow.h"
#include "palette/palettedock.h"
#include "palette/palettemodel.h"
#include "problems/findingactions.h"
#include "problems/problemsdock.h"
#include "problems/waivedialog.h"
#include "properties/propertiesdock.h"
#include "selection.h"

#include <QAccessible>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QGraphicsItem>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace hierarch;

namespace {

const QString kCentral =
    QStringLiteral(HIERARCH_EXAMPLES_DIR "/sms2003-central-hierarchy.hierarchy.yaml");
const QString kAccounts =
    QStringLiteral(HIERARCH_EXAMPLES_DIR "/configmgr2007-accounts-waivers.hierarchy.yaml");

using Item = Selection::Item;

// What a screen reader hears as the widget's name: its accessible name, or for widgets whose
// name is their value (combo boxes on Linux), the label that names it.
QString spokenName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    if (!iface)
        return QString();
    QString name = iface->text(QAccessible::Name);
    if (name.isEmpty()) {
        const auto labels = iface->relations(QAccessible::Labelled);
        if (!labels.isEmpty() && labels.constFirst().first)
            name = labels.constFirst().first->text(QAccessible::Name);
    }
    return name.trimmed();
}

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 \"%2\" in %3")
        .arg(QLatin1String(widget->metaObject()->className()), widget->objectName(),
             widget->parentWidget()
                 ? QLatin1String(widget->parentWidget()->metaObject()->className())
                 : QLatin1String("-"));
}

// Visible widgets that take the focus themselves (a widget with a focus proxy hands it on)
// and have no name.
QStringList unnamedFocusable(QWidget *root)
{
    QStringList unnamed;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (w->focusPolicy() == Qt::NoFocus || w->focusProxy() || !w->isVisible())
            continue;
        if (spokenName(w).isEmpty())
            unnamed << describe(w);
    }
    return unnamed;
}

QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return QChar();
}

// Every command of `menu` and its submenus: without a mnemonic or a shortcut, or with a
// mnemonic another entry of the same menu uses, it lands in `problems`. Shortcuts are collected
// in `keys` so that duplicates across menus show up.
void checkMenu(QMenu *menu, const QString &path, QStringList *problems,
               QMultiHash<QString, QString> *keys)
{
    emit menu->aboutToShow(); // menus filled on demand (Add Role) fill now
    QHash<QChar, QString> used;
    const bool recent = menu->menuAction()->text() == QLatin1String("Open &Recent");
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        // Recent files beyond the ninth carry no number; the list is the user's, not ours.
        if (recent && action != actions.constLast())
            continue;
        const QString where = path + QLatin1String(" > ") + action->text();
        const QChar mnemonic = mnemonicOf(action->text());
        if (mnemonic.isNull() && action->shortcuts().isEmpty())
            *problems << where + QLatin1String(": no mnemonic and no shortcut");
        if (!mnemonic.isNull()) {
            if (used.contains(mnemonic))
                *problems << where + QLatin1String(": mnemonic clashes with ") + used[mnemonic];
            used.insert(mnemonic, action->text());
        }
        for (const QKeySequence &key : action->shortcuts())
            keys->insert(key.toString(), where);
        if (action->menu())
            checkMenu(action->menu(), where, problems, keys);
    }
}

ItemId siteId(const Document &doc, const QString &code)
{
    const int index = doc.siteIndexByCode(code);
    return index < 0 ? 0 : doc.plan().sites.at(index).uid;
}

ItemId serverId(const Document &doc, const QString &name)
{
    for (const Site &site : doc.plan().sites) {
        for (const Server &server : site.servers) {
            if (server.name == name)
                return server.uid;
        }
    }
    return 0;
}

// The site or server the selection's current item names, as the test reads it.
QString currentName(const MainWindow &window)
{
    const Item item = window.selection()->current();
    const Document &doc = *window.document();
    switch (item.kind) {
    case Item::Site:
        return doc.site(item.id)->code;
    case Item::Server:
        return doc.server(item.id)->name;
    case Item::Role:
        return doc.server(item.id)->name + QLatin1Char('#') + QString::number(item.index);
    default:
        return QStringLiteral("(none)");
    }
}

QWidget *paneOf(const MainWindow &window)
{
    return window.currentPane();
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startsOnTheCanvas();
    void focusableWidgetsHaveNames();
    void menusHaveMnemonicsOrShortcuts();
    void shortcutListNamesEveryKey();
    void arrowKeysWalkTheHierarchy_data();
    void arrowKeysWalkTheHierarchy();
    void canvasAnnouncesSelection();
    void enterEditsProperties();
    void f6VisitsEveryPane();
    void paletteAddsRoleByKeyboard();
    void problemsEnterShowsSubject();
    void addRoleMenuAddsRole();
    void canvasContextMenuByKeyboard();
    void propertiesTabOrderFollowsRows();
    void ruleCatalogTabOrder();
    void waiveDialogKeyboard();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &plan);
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

std::unique_ptr<MainWindow> TestAccessibility::openWindow(const QString &plan)
{
    auto window = std::make_unique<MainWindow>();
    window->setInteractive(false);
    window->resize(1400, 900);
    if (!window->openFile(plan))
        return nullptr;
    window->show();
    if (!QTest::qWaitForWindowActive(window.get()))
        return nullptr;
    return window;
}

void TestAccessibility::startsOnTheCanvas()
{
    auto window = openWindow(kCentral);
    QVERIFY(window);
    QCOMPARE(QApplication::focusWidget(), window->canvas());
    QVERIFY(!spokenName(window->canvas()).isEmpty());
}

void TestAccessibility::focusableWidgetsHaveNames()
{
    auto window = openWindow(kAccounts);
    QVERIFY(window);
    QStringList unnamed = unnamedFocusable(window.get());

    // Docks tabbed behind others, and the Properties forms of every kind of item.
    for (const char *dock : {"ListsDock", "DashboardDock"}) {
        auto *widget = window->findChild<QDockWidget *>(QLatin1String(dock));
        QVERIFY(widget);
        widget->raise();
        unnamed << unnamedFocusable(window.get());
    }
    auto *tabs =
        window->findChild<QDockWidget *>(QStringLiteral("ListsDock"))->findChild<QTabWidget *>();
    QVERIFY(tabs);
    for (int page = 0; page < tabs->count(); ++page) {
        tabs->setCurrentIndex(page);
        unnamed << unnamedFocusable(window.get());
    }
    window->findChild<QDockWidget *>(QStringLiteral("PropertiesDock"))->raise();
    const Document &doc = *window->document();
    const Site &site = doc.plan().sites.constFirst();
    QVERIFY(!site.servers.isEmpty() && !site.servers.constFirst().roles.isEmpty());
    for (const Item &item : {Item{Item::Plan}, Item{Item::Site, site.uid},
                             Item{Item::Server, site.servers.constFirst().uid},
                             Item{Item::Role, site.servers.constFirst().uid, 0},
                             Item{Item::Account, 0, 0}, Item{Item::Waiver, 0, 0}}) {
        window->selection()->select(item);
        unnamed << unnamedFocusable(window.get());
    }
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String("\n"))));
}

void TestAccessibility::menusHaveMnemonicsOrShortcuts()
{
    auto window = openWindow(kCentral);
    QVERIFY(window);
    QStringList problems;
    QMultiHash<QString, QString> keys;
    QHash<QChar, QString> top;
    for (QAction *action : window->menuBar()->actions()) {
        QVERIFY2(action->menu(), qPrintable(action->text()));
        const QChar mnemonic = mnemonicOf(action->text());
        if (mnemonic.isNull())
            problems << action->text() + QLatin1String(": menu without a mnemonic");
        else if (top.contains(mnemonic))
            problems << action->text() + QLatin1String(": mnemonic clashes with ") + top[mnemonic];
        top.insert(mnemonic, action->text());
        checkMenu(action->menu(), action->text(), &problems, &keys);
    }
    for (const QString &key : keys.uniqueKeys()) {
        if (keys.count(key) > 1)
            problems << key + QLatin1String(" is the shortcut of ") +
                            QStringList(keys.values(key)).join(QLatin1String(" and "));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("\n"))));

    // The frequent commands have keys.
    for (const char *name :
         {"actionNew", "actionOpen", "actionSave", "actionSaveAs", "actionQuit", "actionUndo",
          "actionRedo", "actionDelete", "actionRename", "actionAddSite", "actionAddServer",
          "actionProperties", "actionNextPane", "actionPreviousPane", "actionRuleCatalog"}) {
        auto *action = window->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        QVERIFY2(!action->shortcuts().isEmpty(), name);
    }
}

void TestAccessibility::shortcutListNamesEveryKey()
{
    auto window = openWindow(kCentral);
    QVERIFY(window);
    const auto rows = window->keyboardShortcuts();
    auto listed = [&rows](const QString &keys, const QString &text) {
        return std::any_of(rows.cbegin(), rows.cend(), [&](const auto &row) {
            return row.first == keys && row.second.contains(text);
        });
    };
    QVERIFY(listed(QKeySequence(Qt::Key_F6).toString(QKeySequence::NativeText),
                   QStringLiteral("Next Pane")));
    QVERIFY(listed(QKeySequence(Qt::Key_F2).toString(QKeySequence::NativeText),
                   QStringLiteral("Edit \u25b8 Rename")));
    QVERIFY(listed(QKeySequence(Qt::ALT | Qt::Key_Return).toString(QKeySequence::NativeText),
                   QStringLiteral("Properties")));
    QVERIFY(listed(QStringLiteral("Up"), QStringLiteral("Canvas")));
    // Every menu command with a shortcut has its row.
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || action->associatedObjects().isEmpty())
            continue;
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(std::any_of(rows.cbegin(), rows.cend(),
                             [&](const auto &row) { return row.first.startsWith(keys); }),
                 qPrintable(keys));
    }
}

void TestAccessibility::arrowKeysWalkTheHierarchy_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<QStringList>("expected"); // the current item after each key

    // CEN holds four cards in a grid of two columns: SMS01 SQL01 / MP01 DP01. Its child sites
    // P01, P02 and P03 are drawn left to right below it.
    QTest::newRow("from nothing to the central site")
        << QString() << QList<int>{Qt::Key_Down} << QStringList{QStringLiteral("CEN")};
    QTest::newRow("into the cards and along them")
        << QStringLiteral("CEN")
        << QList<int>{Qt::Key_Down, Qt::Key_Right, Qt::Key_Right, Qt::Key_Right, Qt::Key_Right}
        << QStringList{QStringLiteral("LON-SMS01"), QStringLiteral("LON-SQL01"),
                       QStringLiteral("LON-MP01"), QStringLiteral("LON-DP01"),
                       QStringLiteral("LON-DP01")};
    QTest::newRow("up the grid column and out to the site")
        << QStringLiteral("LON-DP01") << QList<int>{Qt::Key_Up, Qt::Key_Up, Qt::Key_Up}
        << QStringList{QStringLiteral("LON-SQL01"), QStringLiteral("CEN"), QStringLiteral("CEN")};
    QTest::newRow("down the grid column to the child sites")
        << QStringLiteral("LON-SMS01") << QList<int>{Qt::Key_Down, Qt::Key_Down}
        << QStringList{QStringLiteral("LON-MP01"), QStringLiteral("P01")};
    QTest::newRow("along sibling sites and up to the parent")
        << QStringLiteral("P01")
        << QList<int>{Qt::Key_Right, Qt::Key_Right, Qt::Key_Right, Qt::Key_Left, Qt::Key_Up}
        << QStringList{QStringLiteral("P02"), QStringLiteral("P03"), QStringLiteral("P03"),
                       QStringLiteral("P02"), QStringLiteral("CEN")};
    QTest::newRow("role chips") << QStringLiteral("LON-SMS01#0")
                                << QList<int>{Qt::Key_Right, Qt::Key_Left, Qt::Key_Up}
                                << QStringList{QStringLiteral("LON-SMS01#1"),
                                               QStringLiteral("LON-SMS01#0"),
                                               QStringLiteral("LON-SMS01")};
    QTest::newRow("escape clears") << QStringLiteral("P02") << QList<int>{Qt::Key_Escape}
                                   << QStringList{QStringLiteral("(none)")};
}

void TestAccessibility::arrowKeysWalkTheHierarchy()
{
    QFETCH(QString, start);
    QFETCH(QList<int>, keys);
    QFETCH(QStringList, expected);
    auto window = openWindow(kCentral);
    QVERIFY(window);
    const Document &doc = *window->document();
    Selection *selection = window->selection();

    if (start.isEmpty()) {
        selection->clear();
    } else if (start.contains(QLatin1Char('#'))) {
        const QStringList parts = start.split(QLatin1Char('#'));
        selection->select({Item::Role, serverId(doc, parts.at(0)), parts.at(1).toInt()});
    } else if (const ItemId site = siteId(doc, start)) {
        selection->select({Item::Site, site});
    } else {
        selection->select({Item::Server, serverId(doc, start)});
    }
    QCOMPARE(currentName(*window), start.isEmpty() ? QStringLiteral("(none)") : start);

    // The canvas really draws what the expectations assume.
    const HierarchyScene *scene = window->canvas()->hierarchyScene();
    auto cardPos = [&](const char *name) {
        return scene->itemFor(serverId(doc, QLatin1String(name)))->pos();
    };
    QCOMPARE(cardPos("LON-SQL01").x(), cardPos("LON-DP01").x());
    QCOMPARE(cardPos("LON-SMS01").x(), cardPos("LON-MP01").x());
    QVERIFY(cardPos("LON-SMS01").y() < cardPos("LON-MP01").y());
    QCOMPARE(cardPos("LON-SMS01").y(), cardPos("LON-SQL01").y());
    QVERIFY(scene->itemFor(siteId(doc, QStringLiteral("P01")))->scenePos().x() <
            scene->itemFor(siteId(doc, QStringLiteral("P02")))->scenePos().x());
    QVERIFY(scene->itemFor(siteId(doc, QStringLiteral("P02")))->scenePos().x() <
            scene->itemFor(siteId(doc, QStringLiteral("P03")))->scenePos().x());

    window->canvas()->setFocus();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        QTest::keyClick(window->canvas(), Qt::Key(keys.at(i)));
        QCOMPARE(currentName(*window), expected.at(i));
    }
    // The keys select; they edit nothing.
    QCOMPARE(window->document()->undoStack()->count(), 0);
}

void TestAccessibility::canvasAnnouncesSelection()
{
    auto window = openWindow(kCentral);
    QVERIFY(window);
    CanvasView *canvas = window->canvas();
    canvas->setFocus();
    window->selection()->clear();
    QTest::keyClick(canvas, Qt::Key_Down);
    QTest::keyClick(canvas, Qt::Key_Down);
    QCOMPARE(currentName(*window), QStringLiteral("LON-SMS01"));
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(canvas);
    QVERIFY(iface);
    QVERIFY2(iface->text(QAccessible::Description).contains(QStringLiteral("LON-SMS01")),
             qPrintable(iface->text(QAccessible::Description)));
    QVERIFY(iface->text(QAccessible::Description).contains(QStringLiteral("CEN")));
    // (Qt sends QAccessible::DescriptionChanged with each change; offscreen there is no
    // assistive technology to receive it, so the text is what can be checked here.)
    QTest::keyClick(canvas, Qt::Key_Up);
    QVERIFY2(iface->text(QAccessible::Description).startsWith(QStringLiteral("Site CEN")),
             qPrintable(iface->text(QAccessible::Description)));
}

void TestAccessibility::enterEditsProperties()
{
    auto window = openWindow(kCentral);
    QVERIFY(window);
    auto *properties = window->findChild<PropertiesDock *>();
    QVERIFY(properties);
    // Behind the Dashboard, so that Enter has to bring it forward. (QMainWindow moves a dock
    // tabbed behind another out of sight rather than hiding it.)
    window->findChild<QDockWidget *>(QStringLiteral("DashboardDock"))->raise();
    QVERIFY(properties->visibleRegion().isEmpty());

    window->canvas()->setFocus();
    window->selection()->clear();
    QTest::keyClick(window->canvas(), Qt::Key_Down); // CEN
    QTest::keyClick(window->canvas(), Qt::Key_Return);
    QVERIFY(!properties->visibleRegion().isEmpty());
    QCOMPARE(paneOf(*window), properties);
    QCOMPARE(QApplication::focusWidget(), properties->editorFor(QStringLiteral("code")));

    // Alt+Return does the same from anywhere, here for a server.
    window->canvas()->setFocus();
    QTest::keyClick(window->canvas(), Qt::Key_Down); // LON-SMS01
    QTest::keyClick(window->canvas(), Qt::Key_Return, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), properties->editorFor(QStringLiteral("name")));
    QCOMPARE(qobject_cast<QLineEdit *>(QApplication::focusWidget())->text(),
             QStringLiteral("LON-SMS01"));
}

void TestAccessibility::f6VisitsEveryPane()
{
    auto window = openWindow(kCentral);
    QVERIFY(window);
    auto dock = [&window](const char *name) {
        return static_cast<QWidget *>(window->findChild<QDockWidget *>(QLatin1String(name)));
    };
    const QList<QWidget *> forward = {
        dock("PropertiesDock"), dock("DashboardDock"), dock("ProblemsDock"), dock("ListsDock"),
        dock("OutlineDock"),    dock("PaletteDock"),   window->canvas()};
    window->canvas()->setFocus();
    for (QWidget *expected : forward) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QCOMPARE(paneOf(*window), expected);
        // In sight: a dock tabbed behind another comes to the front.
        QVERIFY2(!expected->visibleRegion().isEmpty(), qPrintable(expected->objectName()));
        QVERIFY(!QApplication::focusWidget()->visibleRegion().isEmpty());
    }
    for (auto it = forward.crbegin() + 1; it != forward.crend(); ++it) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
        QCOMPARE(paneOf(*window), *it);
    }
    // The item views get the focus, not the filter buttons above them.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier); // canvas
    window->canvas()->setFocus();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("problemsView"));

    // A closed dock is left out.
    window->findChild<QDockWidget *>(QStringLiteral("DashboardDock"))->close();
    window->canvas()->setFocus();
    QTest::keyClick(window->canvas(), Qt::Key_F6);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QCOMPARE(paneOf(*window), dock("ProblemsDock"));
}

void TestAccessibility::paletteAddsRoleByKeyboard()
{
    auto window = openWindow(kCentral);
    QVERIFY(window);
    Document *doc = window->document();
    const ItemId server = serverId(*doc, QStringLiteral("LON-DP01"));
    QVERIFY(!doc->server(server)->hasRole(Role::ManagementPoint));
    window->selection()->select({Item::Server, server});

    auto *palette = window->findChild<PaletteDock *>();
    QListView *view = palette->listView();
    const int row = palette->paletteModel()->rowOf(Role::ManagementPoint);
    QVERIFY(row >= 0);
    view->setFocus();
    view->setCurrentIndex(palette->paletteModel()->index(row));
    const int steps = doc->undoStack()->count();
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(doc->server(server)->hasRole(Role::ManagementPoint));
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    // The selection stays on the server, so the next role can follow.
    QCOMPARE(window->selection()->current(), (Item{Item::Server, server}));
    doc->undoStack()->undo();
    QVERIFY(!doc->server(server)->hasRole(Role::ManagementPoint));
}

void TestAccessibility::problemsEnterShowsSubject()
{
    auto window = openWindow(kCentral);
    QVERIFY(window);
    window->selection()->clear();
    auto *problems = window->problemsDock();
    // A finding about a server: Enter selects that server, as a double-click does.
    const Finding *onServer = nullptr;
    for (const Finding &finding : window->document()->findings()) {
        if (finding.kind == Scope::Server && !finding.waived) {
            onServer = &finding;
            break;
        }
    }
    QVERIFY(onServer);
    const QString id = onServer->id();
    const ItemId server = serverId(*window->document(), onServer->subject);
    QVERIFY(server);
    QVERIFY(problems->selectFinding(id));
    problems->tableView()->setFocus();
    QTest::keyClick(problems->tableView(), Qt::Key_Return);
    QCOMPARE(window->selection()->current(), (Item{Item::Server, server}));
}

void TestAccessibility::addRoleMenuAddsRole()
{
    auto window = openWindow(kCentral);
    QVERIFY(window);
    Document *doc = window->document();
    auto *addRole = window->findChild<QAction *>(QStringLiteral("actionAddRole"));
    QVERIFY(addRole && addRole->menu());
    window->selection()->clear();
    QVERIFY(!addRole->isEnabled()); // no server selected

    const ItemId server = serverId(*doc, QStringLiteral("LON-DP01"));
    window->selection()->select({Item::Server, server});
    QVERIFY(addRole->isEnabled());
    emit addRole->menu()->aboutToShow();
    const QString name = roleDisplayName(Role::ManagementPoint);
    QAction *entry = nullptr;
    for (QAction *action : addRole->menu()->actions()) {
        if (action->text().remove(QLatin1Char('&')).compare(name, Qt::CaseInsensitive) == 0)
            entry = action;
    }
    QVERIFY2(entry, qPrintable(name));
    const int steps = doc->undoStack()->count();
    entry->trigger();
    QVERIFY(doc->server(server)->hasRole(Role::ManagementPoint));
    QCOMPARE(doc->undoStack()->count(), steps + 1);

    // Edit > Add Role gives CEN's database server the role for a second site (issue 15), which
    // is what sql-shared-between-sites reports.
    const ItemId sql = serverId(*doc, QStringLiteral("LON-SQL01"));
    window->selection()->select({Item::Server, sql});
    emit addRole->menu()->aboutToShow();
    const QString database = roleDisplayName(Role::SiteDatabase);
    QAction *databaseEntry = nullptr;
    for (QAction *action : addRole->menu()->actions()) {
        if (action->text().remove(QLatin1Char('&')).compare(database, Qt::CaseInsensitive) == 0)
            databaseEntry = action;
    }
    QVERIFY2(databaseEntry, qPrintable(database));
    databaseEntry->trigger();
    QCOMPARE(doc->server(sql)->roles.size(), 2);
    QCOMPARE(doc->server(sql)->roles.at(1).site, std::optional(QStringLiteral("P01")));
    QVERIFY(findFinding(*doc, QStringLiteral("sql-shared-between-sites@LON-SQL01")));
}

void TestAccessibility::canvasContextMenuByKeyboard()
{
    auto window = openWindow(kCentral);
    QVERIFY(window);
    CanvasView *canvas = window->canvas();
    const ItemId server = serverId(*window->document(), QStringLiteral("LON-SQL01"));
    window->selection()->select({Item::Server, server});
    canvas->setFocus();

    QStringList shown;
    QRect menuAt;
    QTimer::singleShot(0, this, [&] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (QAction *action : menu->actions()) {
                if (!action->isSeparator())
                    shown << action->text();
            }
            menuAt = menu->geometry();
            menu->close();
        }
    });
    QTest::keyClick(canvas, Qt::Key_F10, Qt::ShiftModifier);
    QVERIFY2(shown.contains(QStringLiteral("Add Ro&le")), qPrintable(shown.join(u',')));
    QVERIFY(shown.contains(QStringLiteral("Propert&ies")));
    QVERIFY(shown.contains(QStringLiteral("&Delete")));
    // It opens at the selected card, not wherever the mouse happens to be.
    const QGraphicsItem *card = canvas->hierarchyScene()->itemFor(server);
    const QPoint cardCentre =
        canvas->viewport()->mapToGlobal(canvas->mapFromScene(card->sceneBoundingRect().center()));
    // (QMenu keeps the menu on the screen, which may move it left.)
    QCOMPARE(menuAt.top(), cardCentre.y());
    QVERIFY(menuAt.left() == cardCentre.x() ||
            menuAt.right() >= canvas->screen()->availableGeometry().right() - 1);
}

void TestAccessibility::propertiesTabOrderFollowsRows()
{
    auto window = openWindow(kCentral);
    QVERIFY(window);
    auto *properties = window->findChild<PropertiesDock *>();
    const ItemId server = serverId(*window->document(), QStringLiteral("LON-SQL01"));
    window->selection()->select({Item::Server, server});
    // Tab from the form's scroll area walks the visible fields top to bottom, and nothing else
    // comes between them (a rebuilt form must not drop to the end of the window's tab order).
    auto *scroll = properties->findChild<QScrollArea *>();
    QVERIFY(scroll);
    scroll->setFocus(Qt::TabFocusReason);
    QTest::keyClick(scroll, Qt::Key_Tab);
    QWidget *first = QApplication::focusWidget();
    QCOMPARE(first, properties->editorFor(QStringLiteral("name")));
    QWidget *form = properties->findChild<QWidget *>(QStringLiteral("propertiesForm"));
    QVERIFY(form);
    int lastY = -1;
    int fields = 0;
    for (QWidget *w = first; w && form->isAncestorOf(w); w = QApplication::focusWidget()) {
        const int y = w->mapTo(form, QPoint(0, 0)).y();
        QVERIFY2(y > lastY, qPrintable(w->objectName()));
        lastY = y;
        ++fields;
        QTest::keyClick(w, Qt::Key_Tab);
        if (fields > 100)
            break;
    }
    QVERIFY2(fields > 10, qPrintable(QString::number(fields)));
    // From the last field Tab leaves the form for the next dock, not for some field above.
    QVERIFY(!properties->isAncestorOf(QApplication::focusWidget()));
}

void TestAccessibility::ruleCatalogTabOrder()
{
    RuleCatalogDialog dialog(Product::ConfigMgr2007);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    const QStringList unnamed = unnamedFocusable(&dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String("\n"))));

    auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("ruleFilter"));
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("ruleList"));
    auto *details = dialog.findChild<QTextBrowser *>(QStringLiteral("ruleDetails"));
    auto *close = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
    QVERIFY(filter && list && details && close);
    QCOMPARE(QApplication::focusWidget(), filter);
    for (QWidget *next : {static_cast<QWidget *>(list), static_cast<QWidget *>(details),
                          static_cast<QWidget *>(close), static_cast<QWidget *>(filter)}) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), next);
    }
    // Typing a filter and pressing Enter goes to the rules; it does not close the dialog.
    QTest::keyClicks(filter, QStringLiteral("fallback"));
    QTest::keyClick(filter, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(QApplication::focusWidget(), list);
    QTest::keyClick(list, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
}

void TestAccessibility::waiveDialogKeyboard()
{
    WaiveDialog dialog(QStringLiteral("site-server-iis@S01-SITE01"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    const QStringList unnamed = unnamedFocusable(&dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String("\n"))));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("justification"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Branch office"));
    QStringList order;
    for (int i = 0; i < 2; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order << QApplication::focusWidget()->objectName();
    }
    // The date takes the focus once its check box says the waiver expires.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    order << QApplication::focusWidget()->objectName();
    QCOMPARE(order, (QStringList{QStringLiteral("approver"), QStringLiteral("expiresCheck"),
                                 QStringLiteral("expires")}));
    QVERIFY(dialog.expires().has_value());
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
