// A scripted editing session through the main window, offscreen: the path an architect takes
// from a new plan to a saved file, with the live validator reacting at each step.
#include "canvas/canvasview.h"
#include "canvas/hierarchyscene.h"
#include "canvas/serveritem.h"
#include "canvas/siteitem.h"
#include "document/document.h"
#include "document/problemsmodel.h"
#include "io/plansaver.h"
#include "mainwindow.h"
#include "problems/problemsdock.h"
#include "selection.h"
#include "theme.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace hierarch;

namespace {

void trigger(MainWindow &window, const char *name)
{
    auto *action = window.findChild<QAction *>(QLatin1String(name));
    QVERIFY2(action, name);
    QVERIFY2(action->isEnabled(), name);
    action->trigger();
}

QMap<QString, QPointF> sitePositions(MainWindow &window)
{
    QMap<QString, QPointF> positions;
    for (const Site &site : window.document()->plan().sites)
        positions.insert(site.code, window.canvas()->hierarchyScene()->siteItem(site.uid)->pos());
    return positions;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void problemsInFrontAtStart();
    void scriptedSession();
    void refusesRoleOfOtherProduct();
    void failedOpenKeepsDocument();
    void deleteSiteWithChildren();
    void copyPasteServer();
    void titleShowsPlanAndFile();
    void largeFileKeepsWindowResponsive();
    void largeFileOpenCanBeCancelled();
};

namespace {

// A plan of a few megabytes: long enough to parse that the window must stay responsive.
QString writeLargePlan(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("large.hierarchy.yaml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    QByteArray yaml = "hierarch: 1\nname: Large\nproduct: configmgr2007\nsites:\n";
    for (int s = 0; s < 4000; ++s) {
        yaml += "  - code: S" + QByteArray::number(s) + "\n    servers:\n";
        for (int k = 0; k < 10; ++k) {
            yaml += "      - name: SRV" + QByteArray::number(s * 10 + k) +
                    "\n        roles: [management-point, distribution-point]\n";
        }
    }
    file.write(yaml);
    return path;
}

} // namespace

void TestMainWindow::largeFileKeepsWindowResponsive()
{
    QTemporaryDir dir;
    const QString path = writeLargePlan(dir);
    MainWindow window;
    window.setInteractive(false);
    int ticks = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, &window, [&ticks] { ++ticks; });
    timer.start(0);
    QVERIFY2(window.openFile(path), qPrintable(window.lastError()));
    QVERIFY2(ticks > 0, "the event loop did not run while the file was parsed");
    QCOMPARE(window.document()->plan().sites.size(), 4000);
}

void TestMainWindow::largeFileOpenCanBeCancelled()
{
    QTemporaryDir dir;
    const QString path = writeLargePlan(dir);
    MainWindow window;
    window.setInteractive(false);
    window.newPlan(Product::Sms2003);
    const QByteArray before = savePlan(window.document()->plan());
    QTimer::singleShot(20, &window, [&window] {
        if (auto *busy = window.findChild<QProgressDialog *>())
            emit busy->canceled(); // what its Cancel button does
    });
    QVERIFY(!window.openFile(path));
    QVERIFY2(window.lastError().contains(QLatin1String("cancelled")),
             qPrintable(window.lastError()));
    QCOMPARE(savePlan(window.document()->plan()), before);
}

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

// The live findings are what the editor is for: the Problems dock, not the Lists tabbed with
// it, is in front when the window opens (and Properties in front of the Dashboard).
void TestMainWindow::problemsInFrontAtStart()
{
    MainWindow window;
    window.setInteractive(false);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    // The current tab of each tabbed dock group, by the docks' titles.
    auto frontOf = [&window](const QString &title) {
        for (QTabBar *bar : window.findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
            for (int i = 0; i < bar->count(); ++i) {
                if (bar->tabText(i) == title)
                    return bar->tabText(bar->currentIndex());
            }
        }
        return QString();
    };
    QCOMPARE(frontOf(window.problemsDock()->windowTitle()), window.problemsDock()->windowTitle());
    auto *properties = window.findChild<QDockWidget *>(QStringLiteral("PropertiesDock"));
    QVERIFY(properties);
    QCOMPARE(frontOf(properties->windowTitle()), properties->windowTitle());
}

void TestMainWindow::scriptedSession()
{
    MainWindow window;
    window.setInteractive(false);
    window.show();
    Document *doc = window.document();
    window.newPlan(Product::ConfigMgr2007);

    trigger(window, "actionAddSite");
    QCOMPARE(doc->plan().sites.size(), 1);
    const ItemId site = doc->plan().sites.at(0).uid;
    QCOMPARE(window.selection()->current().id, site);

    trigger(window, "actionAddServer");
    QCOMPARE(doc->plan().sites.at(0).servers.size(), 1);
    const Server &server = doc->plan().sites.at(0).servers.at(0);
    const ItemId serverId = server.uid;
    const QString findingId = QStringLiteral("fsp-colocated@") + server.name;

    HierarchyScene *scene = window.canvas()->hierarchyScene();
    QVERIFY(scene->dropRole(serverId, Role::FallbackStatusPoint));
    QCOMPARE(window.problemsDock()->problemsModel()->rowOf(findingId), -1);
    QVERIFY(scene->dropRole(serverId, Role::ManagementPoint));

    // The finding is listed and the card is outlined in the error colour.
    ProblemsModel *problems = window.problemsDock()->problemsModel();
    QVERIFY(problems->rowOf(findingId) >= 0);
    QCOMPARE(scene->serverItem(serverId)->outlineColor(), severityColor(Severity::Error));
    QVERIFY(scene->serverItem(serverId)->badgeCount() >= 1);
    QVERIFY(window.isWindowModified());

    trigger(window, "actionUndo");
    QCOMPARE(problems->rowOf(findingId), -1);
    QVERIFY(scene->serverItem(serverId)->outlineColor() != severityColor(Severity::Error));
    trigger(window, "actionRedo");
    QVERIFY(problems->rowOf(findingId) >= 0);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.hierarchy.yaml"));
    QVERIFY2(window.saveTo(path), qPrintable(window.lastError()));
    QVERIFY(!window.isWindowModified());
    const QByteArray saved = savePlan(doc->plan());
    const QMap<QString, QPointF> picture = sitePositions(window);

    // Reopen in a fresh window: the same plan, the same picture.
    MainWindow second;
    second.setInteractive(false);
    QVERIFY(second.openFile(path));
    QCOMPARE(savePlan(second.document()->plan()), saved);
    QCOMPARE(sitePositions(second), picture);
    QVERIFY(second.problemsDock()->problemsModel()->rowOf(findingId) >= 0);
}

void TestMainWindow::refusesRoleOfOtherProduct()
{
    MainWindow window;
    window.setInteractive(false);
    window.newPlan(Product::ConfigMgr2007);
    trigger(window, "actionAddSite");
    trigger(window, "actionAddServer");
    const ItemId server = window.document()->plan().sites.at(0).servers.at(0).uid;
    HierarchyScene *scene = window.canvas()->hierarchyScene();
    QSignalSpy messages(scene, &HierarchyScene::statusMessage);
    const int steps = window.document()->undoStack()->count();
    QVERIFY(!scene->dropRole(server, Role::ClientAccessPoint));
    QCOMPARE(window.document()->undoStack()->count(), steps);
    QCOMPARE(messages.count(), 1);
    QVERIFY(!messages.at(0).at(0).toString().isEmpty());
}

void TestMainWindow::failedOpenKeepsDocument()
{
    MainWindow window;
    window.setInteractive(false);
    window.newPlan(Product::Sms2003);
    trigger(window, "actionAddSite");
    const QByteArray before = savePlan(window.document()->plan());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.hierarchy.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hierarch: 1\nname: Broken\nproduct: sms2003\nsites:\n  - code: P01\n    "
               "clientMode: native\n");
    file.close();

    QVERIFY(!window.openFile(path));
    QVERIFY2(window.lastError().startsWith(path + QStringLiteral(":6:5: ")),
             qPrintable(window.lastError()));
    QCOMPARE(savePlan(window.document()->plan()), before);
}

void TestMainWindow::deleteSiteWithChildren()
{
    MainWindow window;
    window.setInteractive(false);
    window.newPlan(Product::ConfigMgr2007);
    Document *doc = window.document();
    trigger(window, "actionAddSite");          // central
    trigger(window, "actionAddSite");          // child of the selected central site
    trigger(window, "actionAddSecondarySite"); // below the child
    QCOMPARE(doc->plan().sites.size(), 3);
    const ItemId central = doc->plan().sites.at(0).uid;
    const ItemId child = doc->plan().sites.at(1).uid;
    window.selection()->select({Selection::Item::Site, child});
    const int steps = doc->undoStack()->count();
    trigger(window, "actionDelete");
    QCOMPARE(doc->plan().sites.size(), 1);
    QCOMPARE(doc->plan().sites.at(0).uid, central);
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    trigger(window, "actionUndo");
    QCOMPARE(doc->plan().sites.size(), 3);
}

void TestMainWindow::copyPasteServer()
{
    MainWindow window;
    window.setInteractive(false);
    window.newPlan(Product::ConfigMgr2007);
    Document *doc = window.document();
    trigger(window, "actionAddSite");
    trigger(window, "actionAddServer");
    const ItemId server = doc->plan().sites.at(0).servers.at(0).uid;
    QVERIFY(doc->addRole(server, Role::DistributionPoint));
    window.selection()->select({Selection::Item::Server, server});
    trigger(window, "actionCopy");
    const int steps = doc->undoStack()->count();
    trigger(window, "actionPaste");
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    const QList<Server> &servers = doc->plan().sites.at(0).servers;
    QCOMPARE(servers.size(), 2);
    QVERIFY(servers.at(1).name.compare(servers.at(0).name, Qt::CaseInsensitive) != 0);
    QCOMPARE(servers.at(1).roleSet(), servers.at(0).roleSet());
}

void TestMainWindow::titleShowsPlanAndFile()
{
    MainWindow window;
    window.setInteractive(false);
    QVERIFY(window.openFile(
        QStringLiteral(HIERARCH_EXAMPLES_DIR "/sms2003-small-site.hierarchy.yaml")));
    QVERIFY2(window.windowTitle().contains(window.document()->plan().name),
             qPrintable(window.windowTitle()));
    QVERIFY(window.windowTitle().contains(QLatin1String("sms2003-small-site.hierarchy.yaml")));
    QVERIFY(window.windowTitle().endsWith(QLatin1String("[*]")));
    auto *errors = window.findChild<QLabel *>(QStringLiteral("count-warning"));
    QVERIFY(errors);
    QVERIFY2(errors->text().startsWith(QLatin1String("4 ")), qPrintable(errors->text()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
