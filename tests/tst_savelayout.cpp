// The editor keeps a file's own layout (FORMAT.md, "The file is the user's"): a scripted session
// changes one field in the Properties dock and saves, and the file differs by that one line;
// autosave copies and Save As follow the same rules; a save whose patch would not read back
// writes the canonical layout and says so in the status bar.
#include "autosave.h"
#include "document/document.h"
#include "filesession.h"
#include "io/plansaver.h"
#include "io/plantext.h"
#include "mainwindow.h"
#include "properties/propertiesdock.h"
#include "selection.h"
#include "testfiles.h"

#include <QComboBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace hierarch;
using namespace Qt::StringLiterals;
using hierarch::testing::readAll;

namespace {

const QString kExample =
    u"" HIERARCH_EXAMPLES_DIR "/configmgr2007-accounts-waivers.hierarchy.yaml"_s;

// The lines that differ between two texts of the same line count, or -1 when the counts differ.
int changedLines(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> left = a.split('\n');
    const QList<QByteArray> right = b.split('\n');
    if (left.size() != right.size())
        return -1;
    int changed = 0;
    for (qsizetype i = 0; i < left.size(); ++i)
        changed += left.at(i) != right.at(i);
    return changed;
}

ItemId siteId(const Document &doc, const QString &code)
{
    for (const Site &s : doc.plan().sites) {
        if (s.code == code)
            return s.uid;
    }
    return 0;
}

} // namespace

class TestSaveLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void propertiesEditSavesOneLine();
    void undoAllSavesTheOriginalBytes();
    void autosaveAndSaveAsKeepTheLayout();
    void failedPatchSavesCanonicallyAndSaysSo();

private:
    // Opens a copy of the example in a fresh window.
    void open(MainWindow &window);

    QTemporaryDir mDir;
    QString mPath;
    QByteArray mOriginal;
};

void TestSaveLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    mOriginal = readAll(kExample);
    QVERIFY(mOriginal.startsWith("# Example"));
}

void TestSaveLayout::init()
{
    mPath = mDir.filePath(u"plan.hierarchy.yaml"_s);
    QFile::remove(mPath);
    QVERIFY(QFile::copy(kExample, mPath));
    QFile::setPermissions(mPath, QFile::ReadOwner | QFile::WriteOwner);
}

void TestSaveLayout::open(MainWindow &window)
{
    window.setInteractive(false);
    window.show();
    QVERIFY(window.openFile(mPath));
}

void TestSaveLayout::propertiesEditSavesOneLine()
{
    MainWindow window;
    open(window);
    Document *doc = window.document();
    const ItemId cen = siteId(*doc, u"CEN"_s);
    QVERIFY(cen);
    window.selection()->select({Selection::Item::Site, cen, -1});
    auto *properties = window.findChild<PropertiesDock *>();
    QVERIFY(properties);
    auto *mode = qobject_cast<QComboBox *>(properties->editorFor(u"clientMode"_s));
    QVERIFY(mode);
    const std::optional<ClientMode> before = doc->site(cen)->clientMode;
    QTest::keyClick(mode, before == ClientMode::Mixed ? Qt::Key_Up : Qt::Key_Down);
    QVERIFY(doc->site(cen)->clientMode != before);
    QVERIFY(doc->isModified());

    QVERIFY(window.save());
    const QByteArray saved = readAll(mPath);
    QCOMPARE(changedLines(mOriginal, saved), 1);
    QVERIFY(window.statusBar()->currentMessage().startsWith(u"Saved"_s));
    QVERIFY(!window.statusBar()->currentMessage().contains(u"standard layout"_s));
    // A second edit and save keeps the layout too: the saved text is the new source.
    const FieldInfo *clients = findField(FieldOwner::Site, u"clients");
    QVERIFY(clients);
    doc->setField({FieldOwner::Site, cen}, *clients, 250);
    QVERIFY(window.save());
    QCOMPARE(changedLines(saved, readAll(mPath)), 1);
}

void TestSaveLayout::undoAllSavesTheOriginalBytes()
{
    MainWindow window;
    open(window);
    Document *doc = window.document();
    const ItemId cen = siteId(*doc, u"CEN"_s);
    doc->renameSite(cen, u"HQ1"_s);
    doc->removeAccount(0);
    doc->addServer(cen);
    QVERIFY(doc->undoStack()->count() >= 3);
    QVERIFY(window.save());
    QVERIFY(readAll(mPath) != mOriginal);
    doc->undoStack()->setIndex(0);
    QVERIFY(window.save());
    QCOMPARE(QString::fromUtf8(readAll(mPath)), QString::fromUtf8(mOriginal));
}

void TestSaveLayout::autosaveAndSaveAsKeepTheLayout()
{
    MainWindow window;
    open(window);
    Document *doc = window.document();
    const FieldInfo *name = findField(FieldOwner::Plan, u"name");
    QVERIFY(name);
    doc->setField({FieldOwner::Plan}, *name, u"Litware plan, revised"_s);

    QString error;
    QVERIFY2(window.fileSession()->autosave()->writeNow(&error), qPrintable(error));
    const QByteArray copy = readAll(window.fileSession()->autosave()->copyPath());
    QCOMPARE(changedLines(mOriginal, copy), 1);
    QVERIFY(copy.startsWith("# Example"));

    const QString other = mDir.filePath(u"copy.hierarchy.yaml"_s);
    QVERIFY(window.saveTo(other));
    QCOMPARE(readAll(other), copy);
    QCOMPARE(readAll(mPath), mOriginal); // Save As leaves the original alone
}

void TestSaveLayout::failedPatchSavesCanonicallyAndSaysSo()
{
    MainWindow window;
    open(window);
    Document *doc = window.document();
    int checks = 0;
    // Spoils every patch: the check that runs on every save must catch each one.
    setPatchedTextHookForTesting([&checks](QByteArray &text) {
        ++checks;
        text.replace("Litware", "Fabrikam");
    });
    const FieldInfo *clients = findField(FieldOwner::Site, u"clients");
    for (int i = 1; i <= 2; ++i) {
        doc->setField({FieldOwner::Site, siteId(*doc, u"CEN"_s)}, *clients, 10 * i);
        QVERIFY(window.save());
        QCOMPARE(checks, i);
        QCOMPARE(readAll(mPath), savePlan(doc->plan()));
        QVERIFY2(window.statusBar()->currentMessage().contains(u"standard layout"_s),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(!doc->isModified());
    }
    setPatchedTextHookForTesting({});
}

QTEST_MAIN(TestSaveLayout)
#include "tst_savelayout.moc"
