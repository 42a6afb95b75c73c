// `hierarch format FILE... [--check]` (CLI.md): run as a pipeline runs it, with QProcess.
#include "io/planloader.h"
#include "io/plansaver.h"
#include "testfiles.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace hierarch;
using namespace Qt::StringLiterals;
using hierarch::testing::readAll;
using hierarch::testing::writeAll;

namespace {

const QByteArray kHandWritten = "# reviewed by the CAB\nhierarch: 1\nname: 'Plan'\n"
                                "product: sms2003\nsites:\n- code: A01   # central\n";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runHierarch(const QStringList &arguments)
{
    QProcess process;
    process.start(u"" HIERARCH_EXECUTABLE ""_s, arguments);
    Run run;
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TestFormatCommand : public QObject
{
    Q_OBJECT

private slots:
    void checkReportsAndWritesNothing();
    void formatRewritesCanonically();
    void canonicalFilePasses();
    void loadErrorExitsTwo();
    void noFileIsAnError();
};

void TestFormatCommand::checkReportsAndWritesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.hierarchy.yaml"_s);
    QVERIFY(writeAll(path, kHandWritten));
    const Run run = runHierarch({u"format"_s, u"--check"_s, path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(path.toUtf8()), run.out.constData());
    QCOMPARE(readAll(path), kHandWritten);
}

void TestFormatCommand::formatRewritesCanonically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.hierarchy.yaml"_s);
    QVERIFY(writeAll(path, kHandWritten));
    const Run run = runHierarch({u"format"_s, path});
    QCOMPARE(run.exitCode, 0);
    const QByteArray written = readAll(path);
    const LoadResult loaded = loadPlan(kHandWritten, path);
    QVERIFY(loaded);
    QCOMPARE(written, savePlan(*loaded.plan));
    QVERIFY(!written.contains('#'));
    // Now the file passes the check.
    QCOMPARE(runHierarch({u"format"_s, u"--check"_s, path}).exitCode, 0);
}

void TestFormatCommand::canonicalFilePasses()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.hierarchy.yaml"_s);
    const QByteArray canonical = savePlan(*loadPlan(kHandWritten, path).plan);
    QVERIFY(writeAll(path, canonical));
    const QDateTime before = QFileInfo(path).lastModified();
    const Run run = runHierarch({u"format"_s, path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(readAll(path), canonical);
    QCOMPARE(QFileInfo(path).lastModified(), before);
}

void TestFormatCommand::loadErrorExitsTwo()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(u"bad.hierarchy.yaml"_s);
    const QString good = dir.filePath(u"good.hierarchy.yaml"_s);
    QVERIFY(writeAll(bad, "hierarch: 1\nname: x\nproduct: nope\nsites: []\n"));
    QVERIFY(writeAll(good, kHandWritten));
    const Run run = runHierarch({u"format"_s, u"--check"_s, bad, good});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains((bad + u":3:"_s).toUtf8()), run.err.constData());
    QVERIFY(run.out.contains(good.toUtf8()));
}

void TestFormatCommand::noFileIsAnError()
{
    QCOMPARE(runHierarch({u"format"_s}).exitCode, 2);
    QCOMPARE(runHierarch({u"format"_s, u"--bogus"_s, u"x"_s}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestFormatCommand)
#include "tst_formatcommand.moc"
