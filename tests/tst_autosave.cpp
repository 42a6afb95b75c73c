// Crash recovery, external changes and failed saves through the main window, offscreen: the
// guarantees of QUALITY.md "Reliability and security" that need a running editor.
#include "autosave.h"
#include "document/document.h"
#include "filesession.h"
#include "filewatch.h"
#include "io/planloader.h"
#include "io/plansaver.h"
#include "io/plantext.h"
#include "mainwindow.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace hierarch;
using hierarch::testing::readAll;
using hierarch::testing::writeAll;

namespace {

constexpr auto kPermissionBits =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
    QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
    QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

QString example(const char *name)
{
    return QDir(QStringLiteral(HIERARCH_EXAMPLES_DIR)).filePath(QLatin1String(name));
}

std::unique_ptr<MainWindow> makeWindow(int interval = 100)
{
    auto window = std::make_unique<MainWindow>();
    window->setInteractive(false);
    window->fileSession()->autosave()->setInterval(interval);
    return window;
}

// Waits until the window's file watch has looked at the disk once after this call: a file written
// beside the plan (its folder is watched too) guarantees an event to look at, and events arrive
// in order, so every event an earlier save caused has been seen by then.
bool watchSettled(MainWindow *window)
{
    static int sentinels = 0;
    QSignalSpy checked(window->fileSession()->fileWatch(), &FileWatch::checked);
    const QString dir = QFileInfo(window->document()->filePath()).absolutePath();
    if (!writeAll(dir + QStringLiteral("/sentinel%1.txt").arg(++sentinels), "x"))
        return false;
    return checked.wait(10'000);
}

QStringList recoveryFiles()
{
    return QDir(Autosave::recoveryDir()).entryList(QDir::Files, QDir::Name);
}

} // namespace

class TestAutosave : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void editWritesOwnerOnlyCopy();
    void continuousEditingStillWrites();
    void saveRemovesCopy();
    void cleanCloseRemovesCopy();
    void undoToCleanRemovesCopy();
    void crashedWindowIsRestored_data();
    void crashedWindowIsRestored();
    void discardDeletesCopy();
    void decideLaterKeepsCopy();
    void runningEditorKeepsItsCopy();
    void deadProcessLockIsStale();
    void brokenCopyIsKept();

    void externalChangeReload();
    void externalChangeKeep();
    void externalChangeBrokenFileKeepsEditorVersion();
    void ownSaveIsNotAnExternalChange();

    void failedSaveKeepsDocumentModified_data();
    void failedSaveKeepsDocumentModified();

    void largePlanCopy();

private:
    // A copy of an example in the temporary folder, so tests may change it.
    QString planCopy(const char *name = "sms2003-small-site.hierarchy.yaml");

    QTemporaryDir mDir;
    int mCopies = 0;
};

void TestAutosave::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HierarchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_autosave"));
    QVERIFY(mDir.isValid());
}

void TestAutosave::init()
{
    QDir(Autosave::recoveryDir()).removeRecursively();
}

QString TestAutosave::planCopy(const char *name)
{
    const QString path = mDir.filePath(QStringLiteral("plan%1.hierarchy.yaml").arg(++mCopies));
    if (!QFile::copy(example(name), path))
        return {};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

void TestAutosave::editWritesOwnerOnlyCopy()
{
    const QString path = planCopy();
    auto window = makeWindow(200);
    QVERIFY(window->openFile(path));
    Autosave *autosave = window->fileSession()->autosave();
    QVERIFY(!autosave->isPending());

    QSignalSpy written(autosave, &Autosave::copyWritten);
    window->document()->addSite(0);
    // Scheduled, not written on the spot: the write waits for the timer.
    QVERIFY(autosave->isPending());
    QVERIFY(!QFile::exists(autosave->copyPath()));
    QVERIFY(written.wait(10'000));
    QCOMPARE(written.size(), 1);
    QCOMPARE(written.constFirst().constFirst().toString(), autosave->copyPath());

    // The copy is what a save would write: the file's own layout with the edit.
    QCOMPARE(readAll(autosave->copyPath()), window->document()->text().bytes);
    QCOMPARE(QFileInfo(autosave->copyPath()).permissions() & kPermissionBits,
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(QFileInfo(autosave->sidecarPath()).permissions() & kPermissionBits,
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(QFileInfo(Autosave::recoveryDir()).permissions() & kPermissionBits,
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    const QJsonObject sidecar = QJsonDocument::fromJson(readAll(autosave->sidecarPath())).object();
    QCOMPARE(sidecar.value(QStringLiteral("originalPath")).toString(),
             QFileInfo(path).absoluteFilePath());
    QCOMPARE(sidecar.value(QStringLiteral("planName")).toString(), window->document()->plan().name);
    const QDateTime savedAt = QDateTime::fromString(
        sidecar.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    QVERIFY(savedAt.isValid());
    QVERIFY(qAbs(savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    // No edit since the write: nothing scheduled.
    QVERIFY(!autosave->isPending());
}

void TestAutosave::continuousEditingStillWrites()
{
    auto window = makeWindow(300);
    QSignalSpy written(window->fileSession()->autosave(), &Autosave::copyWritten);
    // An edit six times per interval, without pause: a timer restarted on each edit would never
    // fire, so the copies below can only come from a timer that the edits do not postpone.
    int edits = 0;
    QList<int> editsAtWrite;
    QTimer typist;
    typist.setInterval(window->fileSession()->autosave()->interval() / 6);
    connect(&typist, &QTimer::timeout, window.get(), [&] {
        window->document()->addSite(0);
        ++edits;
    });
    connect(window->fileSession()->autosave(), &Autosave::copyWritten, window.get(),
            [&] { editsAtWrite << edits; });
    typist.start();
    QTRY_VERIFY_WITH_TIMEOUT(written.size() >= 2, 20'000);
    typist.stop();
    // The edits went on between the two copies.
    QVERIFY2(editsAtWrite.at(1) > editsAtWrite.at(0), "no edit between the copies");
    QTRY_VERIFY(!window->fileSession()->autosave()->isPending());
    QCOMPARE(readAll(window->fileSession()->autosave()->copyPath()),
             window->document()->text().bytes);
}

void TestAutosave::saveRemovesCopy()
{
    const QString path = planCopy();
    auto window = makeWindow();
    QVERIFY(window->openFile(path));
    window->document()->addSite(0);
    QTRY_VERIFY(window->fileSession()->autosave()->hasCopy());
    QVERIFY(QFile::exists(window->fileSession()->autosave()->copyPath()));
    QVERIFY(window->saveTo(path));
    QVERIFY(!QFile::exists(window->fileSession()->autosave()->copyPath()));
    QVERIFY(!QFile::exists(window->fileSession()->autosave()->sidecarPath()));
    QVERIFY(!window->fileSession()->autosave()->isPending());
}

void TestAutosave::cleanCloseRemovesCopy()
{
    auto window = makeWindow();
    window->show();
    window->document()->addSite(0);
    QTRY_VERIFY(window->fileSession()->autosave()->hasCopy());
    const QString copy = window->fileSession()->autosave()->copyPath();
    // Non-interactive close is the user's Discard.
    QVERIFY(window->close());
    QVERIFY(!QFile::exists(copy));
    window.reset();
    QVERIFY2(recoveryFiles().isEmpty(), qPrintable(recoveryFiles().join(QLatin1Char(' '))));
}

void TestAutosave::undoToCleanRemovesCopy()
{
    auto window = makeWindow();
    window->document()->addSite(0);
    QTRY_VERIFY(window->fileSession()->autosave()->hasCopy());
    window->document()->undoStack()->undo();
    QVERIFY(!window->document()->isModified());
    QVERIFY(!QFile::exists(window->fileSession()->autosave()->copyPath()));
}

void TestAutosave::crashedWindowIsRestored_data()
{
    QTest::addColumn<bool>("titled");
    QTest::newRow("file") << true;
    QTest::newRow("untitled") << false;
}

void TestAutosave::crashedWindowIsRestored()
{
    QFETCH(bool, titled);
    const QString path = titled ? planCopy() : QString();
    const QByteArray original = titled ? readAll(path) : QByteArray();
    QByteArray edited;
    QString planName;
    {
        auto crashed = makeWindow();
        if (titled)
            QVERIFY(crashed->openFile(path));
        crashed->document()->addSite(0);
        crashed->document()->addSite(0);
        QTRY_VERIFY(crashed->fileSession()->autosave()->hasCopy());
        edited = crashed->document()->text().bytes;
        planName = crashed->document()->plan().name;
        // Destroyed without closeEvent(): what a crash leaves behind, minus the lock's owner.
    }
    QCOMPARE(recoveryFiles().size(), 2); // the copy and its sidecar; the lock is gone

    auto window = makeWindow();
    const QList<RecoveryCandidate> candidates = window->fileSession()->autosave()->findOrphans();
    QCOMPARE(candidates.size(), 1);
    const RecoveryCandidate candidate = candidates.constFirst();
    QCOMPARE(candidate.originalPath, titled ? QFileInfo(path).absoluteFilePath() : QString());
    QCOMPARE(candidate.planName, planName);
    QVERIFY(candidate.savedAt.isValid());

    QVERIFY(window->fileSession()->resolveRecovery(candidate, RecoveryChoice::Restore));
    Document *document = window->document();
    QCOMPARE(document->text().bytes, edited);
    QVERIFY(document->isModified());
    QVERIFY(window->isWindowModified());
    QCOMPARE(document->filePath(), candidate.originalPath);
    // The old copy is gone; this session holds the recovered edits in its own.
    QVERIFY(!QFile::exists(candidate.copyPath));
    QCOMPARE(readAll(window->fileSession()->autosave()->copyPath()), edited);
    // Restoring did not touch the original file; Save writes the recovered plan to it.
    if (titled) {
        QCOMPARE(readAll(path), original);
        QVERIFY(window->save());
        QCOMPARE(readAll(path), edited);
        QVERIFY(!document->isModified());
        QVERIFY(recoveryFiles().filter(QStringLiteral(".hierarchy.yaml")).isEmpty());
    }
}

void TestAutosave::discardDeletesCopy()
{
    {
        auto crashed = makeWindow();
        crashed->document()->addSite(0);
        QTRY_VERIFY(crashed->fileSession()->autosave()->hasCopy());
    }
    auto window = makeWindow();
    const QList<RecoveryCandidate> candidates = window->fileSession()->autosave()->findOrphans();
    QCOMPARE(candidates.size(), 1);
    QVERIFY(
        window->fileSession()->resolveRecovery(candidates.constFirst(), RecoveryChoice::Discard));
    QVERIFY(!window->document()->isModified());
    QVERIFY2(recoveryFiles().isEmpty(), qPrintable(recoveryFiles().join(QLatin1Char(' '))));
    QVERIFY(window->fileSession()->autosave()->findOrphans().isEmpty());
}

void TestAutosave::decideLaterKeepsCopy()
{
    {
        auto crashed = makeWindow();
        crashed->document()->addSite(0);
        QTRY_VERIFY(crashed->fileSession()->autosave()->hasCopy());
    }
    auto window = makeWindow();
    QList<RecoveryCandidate> candidates = window->fileSession()->autosave()->findOrphans();
    QCOMPARE(candidates.size(), 1);
    QVERIFY(window->fileSession()->resolveRecovery(candidates.constFirst(),
                                                   RecoveryChoice::DecideLater));
    QVERIFY(QFile::exists(candidates.constFirst().copyPath));
    QVERIFY(!window->document()->isModified());
    // The next start offers it again.
    auto next = makeWindow();
    QCOMPARE(next->fileSession()->autosave()->findOrphans().size(), 1);
}

void TestAutosave::runningEditorKeepsItsCopy()
{
    auto running = makeWindow();
    running->document()->addSite(0);
    QTRY_VERIFY(running->fileSession()->autosave()->hasCopy());
    auto second = makeWindow();
    QVERIFY(second->fileSession()->autosave()->findOrphans().isEmpty());
    QVERIFY(QFile::exists(running->fileSession()->autosave()->copyPath()));

    // While one window weighs an orphan, another does not see it either.
    QString orphanCopy;
    {
        auto crashed = makeWindow();
        crashed->document()->addSite(0);
        QTRY_VERIFY(crashed->fileSession()->autosave()->hasCopy());
        orphanCopy = crashed->fileSession()->autosave()->copyPath();
    }
    const QList<RecoveryCandidate> offered = second->fileSession()->autosave()->findOrphans();
    QCOMPARE(offered.size(), 1);
    QCOMPARE(offered.constFirst().copyPath, orphanCopy);
    auto third = makeWindow();
    QVERIFY(third->fileSession()->autosave()->findOrphans().isEmpty());
}

void TestAutosave::deadProcessLockIsStale()
{
    // What kill -9 leaves: copy, sidecar and a lock naming a process that no longer exists.
    QString copy;
    {
        auto crashed = makeWindow();
        crashed->document()->addSite(0);
        QTRY_VERIFY(crashed->fileSession()->autosave()->hasCopy());
        copy = crashed->fileSession()->autosave()->copyPath();
    }
    const QString lock =
        QString(copy).replace(QStringLiteral(".hierarchy.yaml"), QStringLiteral(".lock"));
    QVERIFY(writeAll(lock, QByteArray("2147480000\ntst_autosave\n") +
                               QSysInfo::machineHostName().toLocal8Bit() + '\n'));
    auto window = makeWindow();
    QCOMPARE(window->fileSession()->autosave()->findOrphans().size(), 1);
}

void TestAutosave::brokenCopyIsKept()
{
    QString copy;
    {
        auto crashed = makeWindow();
        crashed->document()->addSite(0);
        QTRY_VERIFY(crashed->fileSession()->autosave()->hasCopy());
        copy = crashed->fileSession()->autosave()->copyPath();
    }
    QVERIFY(writeAll(copy, "version: 1\nname: [\n"));
    auto window = makeWindow();
    const QList<RecoveryCandidate> candidates = window->fileSession()->autosave()->findOrphans();
    QCOMPARE(candidates.size(), 1);
    QVERIFY(
        !window->fileSession()->resolveRecovery(candidates.constFirst(), RecoveryChoice::Restore));
    QVERIFY2(window->lastError().startsWith(copy + QLatin1Char(':')),
             qPrintable(window->lastError()));
    QVERIFY(QFile::exists(copy));
}

void TestAutosave::externalChangeReload()
{
    const QString path = planCopy();
    auto window = makeWindow();
    QVERIFY(window->openFile(path));
    const QByteArray other = readAll(example("sms2003-central-hierarchy.hierarchy.yaml"));
    QVERIFY(writeAll(path, other));
    QTRY_VERIFY(window->fileSession()->hasExternalChange());
    window->fileSession()->resolveExternalChange(true);
    QVERIFY(!window->fileSession()->hasExternalChange());
    const LoadResult expected = loadPlan(other, path);
    QVERIFY(expected);
    QCOMPARE(savePlan(window->document()->plan()), savePlan(*expected.plan));
    QVERIFY(!window->document()->isModified());
    QCOMPARE(window->document()->filePath(), QFileInfo(path).absoluteFilePath());

    // Still watched after the reload: a second change is seen too.
    QVERIFY(writeAll(path, readAll(example("sms2003-small-site.hierarchy.yaml"))));
    QTRY_VERIFY(window->fileSession()->hasExternalChange());
}

void TestAutosave::externalChangeKeep()
{
    const QString path = planCopy();
    auto window = makeWindow();
    QVERIFY(window->openFile(path));
    const QByteArray mine = savePlan(window->document()->plan());
    const QByteArray mineAsText = window->document()->text().bytes;
    QVERIFY(writeAll(path, readAll(example("sms2003-central-hierarchy.hierarchy.yaml"))));
    QTRY_VERIFY(window->fileSession()->hasExternalChange());
    window->fileSession()->resolveExternalChange(false);
    QVERIFY(!window->fileSession()->hasExternalChange());
    QCOMPARE(savePlan(window->document()->plan()), mine);
    QVERIFY(window->document()->isModified());
    // Kept means modified, so autosave covers it and the next save overwrites the file.
    QVERIFY(window->fileSession()->autosave()->isPending() ||
            window->fileSession()->autosave()->hasCopy());
    QVERIFY(window->save());
    QCOMPARE(readAll(path), mineAsText);
    QVERIFY(watchSettled(window.get()));
    QVERIFY(!window->fileSession()->hasExternalChange());
}

void TestAutosave::externalChangeBrokenFileKeepsEditorVersion()
{
    const QString path = planCopy();
    auto window = makeWindow();
    QVERIFY(window->openFile(path));
    const QByteArray mine = savePlan(window->document()->plan());
    QVERIFY(writeAll(path, "version: 1\nname: x\nproduct: [\n"));
    QTRY_VERIFY(window->fileSession()->hasExternalChange());
    window->fileSession()->resolveExternalChange(true);
    // FILE:LINE:COLUMN: message
    static const QRegularExpression located(QStringLiteral(":\\d+:\\d+: "));
    QVERIFY2(window->lastError().startsWith(QFileInfo(path).absoluteFilePath()) &&
                 window->lastError().contains(located),
             qPrintable(window->lastError()));
    QCOMPARE(savePlan(window->document()->plan()), mine);
    QVERIFY(window->document()->isModified());
    QVERIFY(!window->fileSession()->hasExternalChange());
}

void TestAutosave::ownSaveIsNotAnExternalChange()
{
    const QString path = planCopy();
    auto window = makeWindow();
    QVERIFY(window->openFile(path));
    for (int i = 0; i < 3; ++i) {
        window->document()->addSite(0);
        QVERIFY(window->save());
        QVERIFY(watchSettled(window.get()));
        QVERIFY2(!window->fileSession()->hasExternalChange(),
                 "own save taken for an external change");
    }
    // Save As moves the watch to the new file.
    const QString other = mDir.filePath(QStringLiteral("saved-as.hierarchy.yaml"));
    QVERIFY(window->saveTo(other));
    QVERIFY(watchSettled(window.get()));
    QVERIFY(!window->fileSession()->hasExternalChange());
    QVERIFY(writeAll(path, "changed behind the editor's back, but no longer ours\n"));
    QVERIFY(watchSettled(window.get()));
    QVERIFY(!window->fileSession()->hasExternalChange());
    // QSaveFile replaced the inode on every save; the watch still follows the path.
    QVERIFY(writeAll(other, readAll(example("sms2003-central-hierarchy.hierarchy.yaml"))));
    QTRY_VERIFY(window->fileSession()->hasExternalChange());
}

void TestAutosave::failedSaveKeepsDocumentModified_data()
{
    QTest::addColumn<QString>("target");
    // A read-only folder is not enough when the tests run as root.
    QTest::newRow("missing folder") << QStringLiteral("no-such-folder/plan.hierarchy.yaml");
    QTest::newRow("directory") << QStringLiteral("a-directory.hierarchy.yaml");
}

void TestAutosave::failedSaveKeepsDocumentModified()
{
    QFETCH(QString, target);
    QVERIFY(QDir(mDir.path()).mkpath(QStringLiteral("a-directory.hierarchy.yaml")));
    const QString path = planCopy();
    auto window = makeWindow();
    QVERIFY(window->openFile(path));
    window->document()->addSite(0);
    const QByteArray edited = savePlan(window->document()->plan());
    const QString bad = mDir.filePath(target);
    QVERIFY(!window->saveTo(bad));
    QVERIFY(window->document()->isModified());
    QVERIFY2(window->lastError().contains(bad), qPrintable(window->lastError()));
    QCOMPARE(window->document()->filePath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(savePlan(window->document()->plan()), edited);
    // The recovery copy still protects the edits.
    QTRY_VERIFY(window->fileSession()->autosave()->hasCopy());
}

// A plan far larger than any real hierarchy of that era still gets its copy, byte for byte what
// a save writes. How long that takes is measured by hierarch-bench ("recovery copy").
void TestAutosave::largePlanCopy()
{
    auto window = makeWindow(60'000);
    QVERIFY(window->openFile(example("configmgr2007-accounts-waivers.hierarchy.yaml")));
    for (int i = 0; i < 300; ++i)
        window->document()->addServer(window->document()->addSite(0));
    QVERIFY(window->fileSession()->autosave()->writeNow());
    QCOMPARE(readAll(window->fileSession()->autosave()->copyPath()),
             window->document()->text().bytes);
    QVERIFY(!window->fileSession()->autosave()->isPending());
}

QTEST_MAIN(TestAutosave)
#include "tst_autosave.moc"
