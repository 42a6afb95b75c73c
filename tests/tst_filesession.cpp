// The open file's life without a window: open (and a failed open that keeps the plan), save (and a
// failed save that keeps the edits), new plans, examples, and the recent-files list and menu.
// Recovery copies and changes on disk are exercised through the window by tst_autosave.
#include "document/document.h"
#include "filesession.h"
#include "filewatch.h"
#include "io/plansaver.h"
#include "io/plantext.h"
#include "testfiles.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace hierarch;
using namespace Qt::StringLiterals;
using hierarch::testing::readAll;

namespace {

QString example(const char *name)
{
    return QDir(QStringLiteral(HIERARCH_EXAMPLES_DIR)).filePath(QLatin1String(name));
}

QStringList menuTexts(const QMenu &menu)
{
    QStringList texts;
    for (const QAction *action : menu.actions())
        texts << (action->isSeparator() ? QStringLiteral("--") : action->text());
    return texts;
}

} // namespace

class TestFileSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void openReplacesThePlan();
    void failedOpenKeepsThePlan();
    void saveWritesAndIsRemembered();
    void failedSaveKeepsTheEdits();
    void newPlanAndExampleAreUntitled();
    void saveAsSuggestsANameFromThePlan_data();
    void saveAsSuggestsANameFromThePlan();
    void recentMenu();

private:
    QString copyOf(const char *name);

    QTemporaryDir mDir;
    int mCopies = 0;
};

void TestFileSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HierarchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_filesession"));
    QVERIFY(mDir.isValid());
}

void TestFileSession::init()
{
    QSettings().clear();
}

QString TestFileSession::copyOf(const char *name)
{
    const QString path = mDir.filePath(QStringLiteral("plan%1 & co.hierarchy.yaml").arg(++mCopies));
    if (!QFile::copy(example(name), path))
        return {};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

void TestFileSession::openReplacesThePlan()
{
    Document document;
    FileSession session(&document, nullptr);
    session.setInteractive(false);
    const QString path = copyOf("sms2003-small-site.hierarchy.yaml");
    QSignalSpy status(&session, &FileSession::statusMessage);
    QVERIFY(session.openFile(path));
    QCOMPARE(document.filePath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(document.plan().product, Product::Sms2003);
    QVERIFY(!document.isModified());
    QCOMPARE(session.recentFiles(), QStringList{QFileInfo(path).absoluteFilePath()});
    QCOMPARE(session.fileWatch()->path(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(status.size(), 1);
}

void TestFileSession::failedOpenKeepsThePlan()
{
    Document document;
    FileSession session(&document, nullptr);
    session.setInteractive(false);
    QVERIFY(session.openFile(example("configmgr2007-accounts-waivers.hierarchy.yaml")));
    const QByteArray before = savePlan(document.plan());

    const QString broken = mDir.filePath(QStringLiteral("broken.hierarchy.yaml"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hierarch: 1\nname: x\nproduct: [\n");
    file.close();
    QSignalSpy failed(&session, &FileSession::failed);
    QVERIFY(!session.openFile(broken));
    QCOMPARE(failed.size(), 1);
    // FILE:LINE:COLUMN: message
    const QString message = failed.constFirst().at(1).toString();
    QVERIFY2(message.startsWith(broken + QLatin1Char(':')), qPrintable(message));
    QCOMPARE(savePlan(document.plan()), before);
    QCOMPARE(session.recentFiles().size(), 1); // the broken file is not remembered
}

void TestFileSession::saveWritesAndIsRemembered()
{
    Document document;
    FileSession session(&document, nullptr);
    session.setInteractive(false);
    const QString path = copyOf("sms2003-small-site.hierarchy.yaml");
    QVERIFY(session.openFile(path));
    document.addSite(0);
    QVERIFY(document.isModified());
    const QString other = mDir.filePath(QStringLiteral("saved.hierarchy.yaml"));
    QVERIFY(session.saveTo(other));
    QVERIFY(!document.isModified());
    QCOMPARE(document.filePath(), QFileInfo(other).absoluteFilePath());
    // What a save writes is the file's own text with the edit: its comments stay.
    QCOMPARE(readAll(other), document.text().bytes);
    QVERIFY(readAll(other).startsWith("# Example"));
    const LoadResult saved = loadPlan(readAll(other), other);
    QVERIFY(saved);
    QCOMPARE(savePlan(*saved.plan), savePlan(document.plan()));
    QCOMPARE(session.recentFiles().constFirst(), QFileInfo(other).absoluteFilePath());
    QCOMPARE(session.fileWatch()->path(), QFileInfo(other).absoluteFilePath());
    QVERIFY(!session.hasExternalChange());
    // save() goes to the current path without asking.
    document.addSite(0);
    QVERIFY(session.save());
    QCOMPARE(readAll(other), document.text().bytes);
}

void TestFileSession::failedSaveKeepsTheEdits()
{
    Document document;
    FileSession session(&document, nullptr);
    session.setInteractive(false);
    QVERIFY(session.openFile(copyOf("sms2003-small-site.hierarchy.yaml")));
    document.addSite(0);
    QSignalSpy failed(&session, &FileSession::failed);
    const QString bad = mDir.filePath(QStringLiteral("no-such-folder/plan.hierarchy.yaml"));
    QVERIFY(!session.saveTo(bad));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.constFirst().at(1).toString().contains(bad));
    QVERIFY(document.isModified());
    QVERIFY(!QFile::exists(bad));
}

void TestFileSession::newPlanAndExampleAreUntitled()
{
    Document document;
    FileSession session(&document, nullptr);
    session.setInteractive(false);
    QVERIFY(session.openFile(copyOf("sms2003-small-site.hierarchy.yaml")));
    session.newPlan(Product::ConfigMgr2007);
    QVERIFY(document.filePath().isEmpty());
    QVERIFY(document.plan().sites.isEmpty());
    QCOMPARE(document.plan().product, Product::ConfigMgr2007);
    QVERIFY(!document.isModified());
    QVERIFY(session.fileWatch()->path().isEmpty());

    // An example opens as an untitled copy: saving must ask where to put it.
    session.openExample(example("sms2003-central-hierarchy.hierarchy.yaml"));
    QVERIFY(document.filePath().isEmpty());
    QVERIFY(!document.plan().sites.isEmpty());
    // ...that keeps the example's comments and layout for Save As.
    QCOMPARE(document.text().bytes, readAll(example("sms2003-central-hierarchy.hierarchy.yaml")));
}

void TestFileSession::saveAsSuggestsANameFromThePlan_data()
{
    QTest::addColumn<QString>("planName");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("words") << u"Contoso SMS 2003 Hierarchy"_s
                           << u"contoso-sms-2003-hierarchy.hierarchy.yaml"_s;
    QTest::newRow("refused characters")
        << u"Contoso: Europe / *Paris* <v2>?"_s << u"contoso-europe-paris-v2.hierarchy.yaml"_s;
    QTest::newRow("dots and dashes") << u"a..b \u2014 c"_s << u"a-b-c.hierarchy.yaml"_s;
    QTest::newRow("letters beyond ASCII")
        << u"M\u00fcller Ost"_s << u"m\u00fcller-ost.hierarchy.yaml"_s;
    QTest::newRow("control characters") << u"a\tb\u0001c"_s << u"a-bc.hierarchy.yaml"_s;
    QTest::newRow("nothing left") << u"  // ?? "_s << u"plan.hierarchy.yaml"_s;
    QTest::newRow("empty") << QString() << u"plan.hierarchy.yaml"_s;
    QTest::newRow("long") << QString(200, u'x') << QString(80, u'x') + u".hierarchy.yaml"_s;
}

void TestFileSession::saveAsSuggestsANameFromThePlan()
{
    QFETCH(QString, planName);
    QFETCH(QString, fileName);
    QCOMPARE(FileSession::suggestedFileName(planName), fileName);
}

void TestFileSession::recentMenu()
{
    Document document;
    FileSession session(&document, nullptr);
    session.setInteractive(false);
    QMenu menu;
    session.setRecentMenu(&menu);
    QVERIFY(!menu.isEnabled());
    QVERIFY(menu.actions().isEmpty());

    const QString first = copyOf("sms2003-small-site.hierarchy.yaml");
    const QString second = copyOf("sms2003-central-hierarchy.hierarchy.yaml");
    QVERIFY(session.openFile(first));
    QVERIFY(session.openFile(second));
    QVERIFY(session.openFile(first)); // moves back to the top, listed once
    QVERIFY(menu.isEnabled());
    // Numbered for mnemonics; a '&' in a file name is shown, not taken for a mnemonic.
    const QString firstName =
        QFileInfo(first).fileName().replace(QLatin1Char('&'), QStringLiteral("&&"));
    const QString secondName =
        QFileInfo(second).fileName().replace(QLatin1Char('&'), QStringLiteral("&&"));
    QCOMPARE(menuTexts(menu),
             (QStringList{QStringLiteral("&1 ") + firstName, QStringLiteral("&2 ") + secondName,
                          QStringLiteral("--"), FileSession::tr("&Clear Menu")}));
    QCOMPARE(menu.actions().constFirst()->toolTip(), QFileInfo(first).absoluteFilePath());

    // Choosing an entry opens it.
    menu.actions().at(1)->trigger();
    QCOMPARE(document.filePath(), QFileInfo(second).absoluteFilePath());

    menu.actions().constLast()->trigger(); // Clear Menu
    QVERIFY(session.recentFiles().isEmpty());
    QVERIFY(menu.actions().isEmpty());
    QVERIFY(!menu.isEnabled());
}

QTEST_MAIN(TestFileSession)
#include "tst_filesession.moc"
