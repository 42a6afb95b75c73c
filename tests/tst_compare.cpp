// The editor's compare mode (issue 12), driven as a user would: open NEW, compare with a
// baseline, read the Changes dock and the canvas marks, edit, and see the comparison follow.
#include "canvas/canvasview.h"
#include "canvas/diagramexport.h"
#include "canvas/hierarchyscene.h"
#include "compare/changesdock.h"
#include "compare/comparemarks.h"
#include "comparecontroller.h"
#include "document/changesmodel.h"
#include "document/comparison.h"
#include "document/document.h"
#include "mainwindow.h"
#include "selection.h"

#include <QComboBox>
#include <QTableView>
#include <QtTest>

using namespace hierarch;

namespace {

QByteArray readFixture()
{
    QFile file(QStringLiteral(HIERARCH_FIXTURES_DIR "/diff/base.hierarchy.yaml"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the diff fixture");
    return file.readAll();
}

// The base plan revised: a setting changed, a server renamed and one added, the secondary site
// removed with its server.
QByteArray revised(QByteArray text)
{
    text.replace("      - name: P01-MP01\n        roles: [management-point]\n",
                 "      - name: P01-MP02\n        roles: [management-point]\n"
                 "      - name: P01-NEW\n        roles: [reporting-point]\n");
    text.replace("    clients: 500\n", "    clients: 500\n    clientMode: native\n");
    text.replace("  - code: S01\n    type: secondary\n    parent: P01\n    servers:\n"
                 "      - name: S01-SITE01\n        roles: [site-server, distribution-point]\n",
                 "");
    text.replace("diagram:\n  sites: {CEN: [0, 0], P01: [0, 260], S01: [0, 520]}\n", "");
    return text;
}

ItemId serverId(const Document &document, const QString &name)
{
    for (const Site &site : document.plan().sites) {
        for (const Server &server : site.servers) {
            if (server.name == name)
                return server.uid;
        }
    }
    return 0;
}

ItemId siteId(const Document &document, const QString &code)
{
    const int index = document.siteIndexByCode(code);
    return index >= 0 ? document.plan().sites.at(index).uid : 0;
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void compareWithFile();
    void editUpdatesTheComparison();
    void filterAndActivate();
    void lastSavedAndStop();
    void gitRevision();
    void exportShowsTheGhostsWhole();

private:
    QString write(const QString &name, const QByteArray &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_base;
    QString m_new;
};

QString TestCompare::write(const QString &name, const QByteArray &text)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestCompare::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_base = write(QStringLiteral("base.hierarchy.yaml"), readFixture());
    m_new = write(QStringLiteral("new.hierarchy.yaml"), revised(readFixture()));
    m_window = std::make_unique<MainWindow>();
    m_window->setInteractive(false);
    m_window->show();
    QVERIFY(m_window->openFile(m_new));
}

void TestCompare::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestCompare::compareWithFile()
{
    CompareController *compare = m_window->compareController();
    QVERIFY(!compare->isComparing());
    QVERIFY(compare->compareWithFile(m_base));
    QVERIFY(compare->isComparing());
    QVERIFY(compare->dock()->isVisible());

    const QStringList rows = compare->dock()->visibleRows();
    QVERIFY2(rows.contains(QStringLiteral("~ Changed | Site P01 | Client mode: mixed → native")),
             qPrintable(rows.join(u'\n')));
    QVERIFY(rows.contains(QStringLiteral("> Renamed | Server P01-MP01 → P01-MP02 | site P01")));
    QVERIFY(rows.contains(QStringLiteral("+ Added | Server P01-NEW | site P01")));
    QVERIFY(rows.contains(QStringLiteral("− Removed | Site S01 | ")));
    QVERIFY(rows.contains(QStringLiteral("− Removed | Server S01-SITE01 | site S01")));
    QVERIFY(!rows.filter(QStringLiteral("− Resolved warning | mixed-mode@P01")).isEmpty());

    const Document &document = *m_window->document();
    const CompareMarks *marks = compare->marks();
    QCOMPARE(marks->markOf(siteId(document, QStringLiteral("P01"))), QStringLiteral("~"));
    QCOMPARE(marks->markOf(serverId(document, QStringLiteral("P01-NEW"))), QStringLiteral("+"));
    QCOMPARE(marks->markOf(serverId(document, QStringLiteral("P01-MP02"))), QStringLiteral(">"));
    QCOMPARE(marks->markOf(siteId(document, QStringLiteral("CEN"))), QString());
    QCOMPARE(marks->ghostNames(), (QStringList{QStringLiteral("Site S01 (removed)"),
                                               QStringLiteral("S01-SITE01 (removed server)")}));
}

void TestCompare::editUpdatesTheComparison()
{
    CompareController *compare = m_window->compareController();
    QVERIFY(compare->compareWithFile(m_base));
    Document *document = m_window->document();
    QSignalSpy changed(compare->comparison(), &Comparison::changed);

    // An edit that adds an error: a FAT32 site server. The delta and the marks follow at once.
    const ItemId server = serverId(*document, QStringLiteral("P01-SITE01"));
    const FieldInfo *fileSystem = findField(FieldOwner::Server, u"fileSystem");
    QVERIFY(fileSystem);
    document->setField({FieldOwner::Server, server, -1}, *fileSystem, QStringLiteral("fat32"));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!compare->dock()
                 ->visibleRows()
                 .filter(QStringLiteral("ntfs-required@P01-SITE01"))
                 .isEmpty());
    QCOMPARE(compare->marks()->markOf(server), QStringLiteral("~"));
    QVERIFY(compare->comparison()->diff().introduces(Severity::Error));

    // Undo: the server is unchanged again and loses its mark; the comparison is always against
    // the same baseline.
    document->undoStack()->undo();
    QCOMPARE(compare->marks()->markOf(server), QString());
    QVERIFY(compare->dock()
                ->visibleRows()
                .filter(QStringLiteral("ntfs-required@P01-SITE01"))
                .isEmpty());

    // Removing the added server removes its row and its mark.
    document->removeServers({serverId(*document, QStringLiteral("P01-NEW"))});
    QVERIFY(compare->dock()->visibleRows().filter(QStringLiteral("P01-NEW")).isEmpty());

    // An address added to the unchanged central site: a row of its own, and the site is marked
    // changed (README "Reviewing a revision"); undo takes both away.
    const ItemId central = siteId(*document, QStringLiteral("CEN"));
    QCOMPARE(compare->marks()->markOf(central), QString());
    SenderAddress address;
    address.to = QStringLiteral("P01");
    address.destination = QStringLiteral("p01-site01.contoso.com");
    document->addAddress(central, address);
    const QStringList rows = compare->dock()->visibleRows();
    QVERIFY2(rows.contains(QStringLiteral("+ Added | Address CEN → P01 | sender standard")),
             qPrintable(rows.join(u'\n')));
    QCOMPARE(compare->marks()->markOf(central), QStringLiteral("~"));
    document->undoStack()->undo();
    QCOMPARE(compare->marks()->markOf(central), QString());
    QVERIFY(compare->dock()->visibleRows().filter(QStringLiteral("Address CEN")).isEmpty());
}

void TestCompare::filterAndActivate()
{
    CompareController *compare = m_window->compareController();
    QVERIFY(compare->compareWithFile(m_base));
    ChangesDock *dock = compare->dock();
    const int all = int(dock->visibleRows().size());
    dock->filterBox()->setCurrentIndex(dock->filterBox()->findData(int(ChangesModel::NewFinding)));
    const QStringList newOnly = dock->visibleRows();
    QVERIFY(!newOnly.isEmpty());
    QVERIFY(newOnly.size() < all);
    for (const QString &row : newOnly)
        QVERIFY2(row.startsWith(QLatin1String("+ New ")), qPrintable(row));
    QAbstractItemModelTester tester(dock->tableView()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Activating a structural change selects its item.
    dock->filterBox()->setCurrentIndex(0);
    QTableView *view = dock->tableView();
    const ItemId added = serverId(*m_window->document(), QStringLiteral("P01-NEW"));
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, ChangesModel::ItemColumn);
        if (index.data().toString() == QLatin1String("Server P01-NEW")) {
            emit view->activated(index);
            break;
        }
    }
    QCOMPARE(m_window->selection()->serverIds(), QList<ItemId>{added});
}

void TestCompare::lastSavedAndStop()
{
    CompareController *compare = m_window->compareController();
    QVERIFY(compare->compareWithLastSaved());
    QCOMPARE(compare->comparison()->label(), CompareController::tr("last saved"));
    QVERIFY(compare->comparison()->diff().isEmpty());
    QVERIFY(compare->dock()->visibleRows().isEmpty());

    compare->stop();
    QVERIFY(!compare->isComparing());
    QVERIFY(!compare->dock()->isVisible());

    // Opening another plan ends compare mode.
    QVERIFY(compare->compareWithFile(m_base));
    QVERIFY(m_window->openFile(m_base));
    QVERIFY(!compare->isComparing());
}

void TestCompare::gitRevision()
{
    auto git = [this](const QStringList &arguments) {
        QProcess process;
        process.setWorkingDirectory(m_dir->path());
        process.start(QStringLiteral("git"), arguments);
        return process.waitForFinished(60'000) && process.exitCode() == 0;
    };
    QVERIFY(git({QStringLiteral("init"), QStringLiteral("-q")}));
    QVERIFY(git({QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("T")}));
    QVERIFY(git({QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("t@x")}));
    QVERIFY(
        git({QStringLiteral("config"), QStringLiteral("commit.gpgsign"), QStringLiteral("false")}));
    write(QStringLiteral("new.hierarchy.yaml"), readFixture());
    QVERIFY(git({QStringLiteral("add"), QStringLiteral("new.hierarchy.yaml")}));
    QVERIFY(git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                 QStringLiteral("base")}));
    write(QStringLiteral("new.hierarchy.yaml"), revised(readFixture()));

    CompareController *compare = m_window->compareController();
    QVERIFY(compare->compareWithRevision(QStringLiteral("HEAD")));
    QCOMPARE(compare->comparison()->label(), QStringLiteral("HEAD:new.hierarchy.yaml"));
    QVERIFY(compare->dock()->visibleRows().contains(
        QStringLiteral("+ Added | Server P01-NEW | site P01")));
    QVERIFY(!compare->compareWithRevision(QStringLiteral("no-such-revision")));
    QVERIFY(m_window->lastError().contains(QLatin1String("no-such-revision")));
}

// File > Export Diagram in compare mode draws what the canvas shows, the ghosts of the removed
// site and its server included, though they lie below every site's box.
void TestCompare::exportShowsTheGhostsWhole()
{
    CompareController *compare = m_window->compareController();
    QVERIFY(compare->compareWithFile(m_base));
    const HierarchyScene *scene = m_window->canvas()->hierarchyScene();
    const QRectF ghosts = compare->marks()->sceneRect();
    QVERIFY(!ghosts.isNull());
    QVERIFY(ghosts.bottom() > scene->contentRect().bottom());
    QVERIFY(scene->diagramRect().contains(ghosts));

    const QString path = m_dir->filePath(QStringLiteral("compare.png"));
    QString error;
    QVERIFY2(exportDiagramFile(m_window->canvas()->hierarchyScene(), QString(), path,
                               DiagramFormat::Png, &error),
             qPrintable(error));
    const QImage image(path);
    const QRectF drawn = scene->diagramRect();
    QCOMPARE(image.size(), (drawn.size() * 2).toSize());
    // The removed server's ghost, the lowest thing drawn, shows in its dashed grey.
    const QColor grey = CompareMarks::colour(DiffAction::Removed);
    const int top = int((ghosts.bottom() - 32 - drawn.top()) * 2);
    int greyPixels = 0;
    for (int y = std::max(0, top); y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            greyPixels += QColor(image.pixel(x, y)) == grey;
    }
    QVERIFY2(greyPixels > 50, qPrintable(QString::number(greyPixels)));
}

QTEST_MAIN(TestCompare)
#include "tst_compare.moc"
