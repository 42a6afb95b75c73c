// Hostile files, full disks and odd paths (issue 17, QUALITY.md "Reliability and security"): each
// defect an adversarial run found is reproduced here. The CLI runs as a child process under a
// 1 GiB address-space limit and a timeout, so an unbounded allocation fails and a hang is caught
// as such; nothing here times how fast anything is.
//
// Device nodes are made with mknod in a temporary folder (never under /dev), and a full disk is a
// small tmpfs; both need root. Without it those cases skip and say why.
#include "canvas/diagramexport.h"
#include "canvas/hierarchyscene.h"
#include "document/document.h"
#include "filewatch.h"
#include "io/checkedfile.h"
#include "io/planloader.h"
#include "io/plansaver.h"
#include "io/textlimits.h"
#include "plangenerator.h"
#include "selection.h"
#include "testfiles.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace hierarch;
using hierarch::testing::readAll;
using hierarch::testing::writeAll;

namespace {

constexpr int kChildTimeoutMs = 60'000; // a hang, not a slow run
constexpr rlim_t kAddressSpace = rlim_t(1) << 30;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
};

Run runCli(const QStringList &arguments, const QString &stdoutFile = QString())
{
    QProcess process;
    process.setProgram(QStringLiteral(HIERARCH_EXECUTABLE));
    process.setArguments(arguments);
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(stdoutFile);
    process.setChildProcessModifier([] {
        const rlimit limit{kAddressSpace, kAddressSpace};
        ::setrlimit(RLIMIT_AS, &limit);
    });
    process.start();
    Run run;
    run.finished = process.waitForFinished(kChildTimeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString example()
{
    return QStringLiteral(HIERARCH_EXAMPLES_DIR "/configmgr2007-accounts-waivers.hierarchy.yaml");
}

bool isRoot()
{
    return ::geteuid() == 0;
}

bool underCi()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

bool makeDevice(const QString &path, unsigned major, unsigned minor)
{
    return ::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(major, minor)) == 0;
}

bool isCharDevice(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISCHR(st.st_mode);
}

QByteArray planText(const QByteArray &rest = QByteArray())
{
    return "hierarch: 1\nname: Plan\nproduct: configmgr2007\n" + rest +
           (rest.contains("sites:") ? QByteArray() : QByteArray("sites: []\n"));
}

} // namespace

class TestAdversarial : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fullDisk();
    void nonRegularInputs_data();
    void nonRegularInputs();
    void deviceAndFifoOutputs();
    void standardOutput();
    void aliasAmplification();
    void longValuesGiveShortMessagesFast();
    void textOutputIsOneLinePerFinding();
    void textRules_data();
    void textRules();
    void svgTitleIsText();
    void editorEnforcesLimits();
    void planAtTheLimitsLoads();
    void staleSaveTemporaries();
    void watcherNeverBlocks();

private:
    // A 256 KiB tmpfs holding `old` as OLD, filled up to the last free block; empty when it
    // cannot be made (the reason is in mNoTmpfs).
    QString fullFolder(const QByteArray &old);

    std::optional<QTemporaryDir> mDir;
    QString mMount;
    QString mNoTmpfs;
};

void TestAdversarial::init()
{
    mDir.emplace();
    QVERIFY(mDir->isValid());
}

void TestAdversarial::cleanup()
{
    if (!mMount.isEmpty()) {
        ::umount2(QFile::encodeName(mMount).constData(), MNT_DETACH);
        mMount.clear();
    }
    mDir.reset();
}

QString TestAdversarial::fullFolder(const QByteArray &old)
{
    if (!isRoot()) {
        mNoTmpfs = QStringLiteral("mounting a small tmpfs needs root");
        return {};
    }
    const QString folder = mDir->filePath(QStringLiteral("full"));
    QDir().mkpath(folder);
    if (::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", 0, "size=256k") != 0) {
        mNoTmpfs =
            QStringLiteral("mount(tmpfs) failed: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return {};
    }
    mMount = folder;
    if (!writeAll(folder + QStringLiteral("/OLD"), old))
        return {};
    // Fill the rest, a block at a time, until the file system refuses.
    QFile filler(folder + QStringLiteral("/filler"));
    filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    const QByteArray block(4096, 'x');
    while (filler.write(block) == block.size()) {
    }
    return folder;
}

// 1, 9, 10: a full disk fails every write with the system's reason and keeps the old file.
void TestAdversarial::fullDisk()
{
    const QByteArray old = "the existing good file\n";
    const QString full = fullFolder(old);
    if (full.isEmpty()) {
        if (isRoot() && underCi())
            QFAIL(qPrintable(mNoTmpfs));
        QSKIP(qPrintable(mNoTmpfs));
    }
    const QString target = full + QStringLiteral("/OLD");
    auto oldSurvives = [&] {
        return readAll(target) == old;
    };

    const Run json = runCli({QStringLiteral("validate"), example(), QStringLiteral("--format"),
                             QStringLiteral("json"), QStringLiteral("--output"), target});
    QVERIFY(json.finished);
    QCOMPARE(json.exitCode, 2);
    QVERIFY2(json.err.contains("No space left on device"), json.err.constData());
    QVERIFY(oldSurvives());

    const Run report =
        runCli({QStringLiteral("report"), example(), QStringLiteral("--output"), target});
    QVERIFY(report.finished);
    QCOMPARE(report.exitCode, 2);
    QVERIFY2(report.err.contains("No space left on device"), report.err.constData());
    QVERIFY(oldSurvives());

    // Standard output redirected into the full file system.
    const QString redirected = full + QStringLiteral("/stdout.json");
    const Run piped = runCli({QStringLiteral("validate"), example(), QStringLiteral("--format"),
                              QStringLiteral("sarif")},
                             redirected);
    QVERIFY(piped.finished);
    QCOMPARE(piped.exitCode, 2);
    QVERIFY2(piped.err.contains("standard output: No space left on device"), piped.err.constData());

    // In the program: plan saves, findings exports and diagram exports.
    const LoadResult loaded = loadPlanFile(example());
    QVERIFY(loaded);
    QString error;
    QVERIFY(!savePlanFile(*loaded.plan, target, &error));
    QVERIFY2(error.contains(QLatin1String("No space left on device")), qPrintable(error));
    QVERIFY(oldSurvives());
    QVERIFY(!writeFileChecked(target, QByteArray(512 * 1024, 'j'), &error));
    QVERIFY2(error.contains(QLatin1String("No space left on device")), qPrintable(error));
    QVERIFY(oldSurvives());

    Document document;
    document.reset(*loaded.plan);
    Selection selection(&document);
    HierarchyScene scene(&document, &selection);
    for (DiagramFormat format : {DiagramFormat::Svg, DiagramFormat::Png}) {
        QVERIFY(!exportDiagramFile(&scene, loaded.plan->name, target, format, &error));
        QVERIFY2(error.contains(QLatin1String("No space left on device")), qPrintable(error));
        QVERIFY(oldSurvives());
    }
}

void TestAdversarial::nonRegularInputs_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("FIFO") << QStringLiteral("fifo");
    QTest::newRow("directory") << QStringLiteral("directory");
    QTest::newRow("null device") << QStringLiteral("null");
    QTest::newRow("endless device") << QStringLiteral("zero");
    QTest::newRow("symlink to an endless device") << QStringLiteral("link");
}

// 3: FIFOs, devices and directories are refused at once, never opened for a blocking read.
void TestAdversarial::nonRegularInputs()
{
    QFETCH(QString, kind);
    const QString path = mDir->filePath(QStringLiteral("plan.hierarchy.yaml"));
    const QByteArray name = QFile::encodeName(path);
    if (kind == QLatin1String("fifo")) {
        QCOMPARE(::mkfifo(name.constData(), 0600), 0);
    } else if (kind == QLatin1String("directory")) {
        QVERIFY(QDir().mkdir(path));
    } else {
        if (!isRoot())
            QSKIP("mknod needs root");
        const QString device =
            kind == QLatin1String("link") ? mDir->filePath(QStringLiteral("zero")) : path;
        QVERIFY(makeDevice(device, 1, kind == QLatin1String("null") ? 3 : 5));
        if (kind == QLatin1String("link"))
            QVERIFY(QFile::link(device, path));
    }
    const Run validate = runCli({QStringLiteral("validate"), path});
    QVERIFY2(validate.finished, "hierarch validate hung on a non-regular file");
    QCOMPARE(validate.exitCode, 2);
    QVERIFY2(validate.err.startsWith(name + ":1:1: cannot open the file: it is a"),
             validate.err.constData());
    QVERIFY(validate.err.contains("only regular files are read"));
    const Run report = runCli({QStringLiteral("report"), path, QStringLiteral("--output"),
                               mDir->filePath(QStringLiteral("r.pdf"))});
    QVERIFY(report.finished);
    QCOMPARE(report.exitCode, 2);
    QVERIFY(!QFile::exists(mDir->filePath(QStringLiteral("r.pdf"))));

    const LoadResult loaded = loadPlanFile(path); // the editor's Open, recent files, recovery
    QVERIFY(!loaded);
    QVERIFY2(loaded.error.message.contains(QLatin1String("only regular files")),
             qPrintable(loaded.error.toString()));
}

// 4: an existing device or FIFO given as --output is written in place, never replaced.
void TestAdversarial::deviceAndFifoOutputs()
{
    const QString fifo = mDir->filePath(QStringLiteral("out.fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    // Nothing reads: refused at once instead of waiting.
    const Run unread =
        runCli({QStringLiteral("validate"), example(), QStringLiteral("--output"), fifo});
    QVERIFY(unread.finished);
    QCOMPARE(unread.exitCode, 2);
    QVERIFY2(unread.err.contains("no program is reading from this FIFO"), unread.err.constData());
    // A reader gets the whole output and the FIFO stays a FIFO.
    QProcess reader;
    reader.start(QStringLiteral("cat"), {fifo});
    QVERIFY(reader.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(reader.state() == QProcess::Running, 5000);
    Run piped;
    for (int attempt = 0; attempt < 50; ++attempt) { // until cat has opened its end
        piped = runCli({QStringLiteral("validate"), example(), QStringLiteral("--format"),
                        QStringLiteral("json"), QStringLiteral("--output"), fifo});
        if (piped.exitCode != 2)
            break;
        QTest::qWait(100);
    }
    QCOMPARE(piped.exitCode, 1); // the example has an error finding
    QVERIFY(reader.waitForFinished(kChildTimeoutMs));
    QVERIFY(reader.readAllStandardOutput().contains("\"rulesVersion\""));
    struct stat st;
    QVERIFY(::stat(QFile::encodeName(fifo).constData(), &st) == 0 && S_ISFIFO(st.st_mode));

    if (!isRoot())
        QSKIP("mknod needs root: device outputs not checked");
    const QString null = mDir->filePath(QStringLiteral("null"));
    QVERIFY(makeDevice(null, 1, 3));
    const Run discarded = runCli({QStringLiteral("validate"), example(), QStringLiteral("--format"),
                                  QStringLiteral("json"), QStringLiteral("--output"), null});
    QCOMPARE(discarded.exitCode, 1);
    QVERIFY2(discarded.err.isEmpty(), discarded.err.constData());
    QVERIFY(isCharDevice(null));
    const QString fullDevice = mDir->filePath(QStringLiteral("full"));
    QVERIFY(makeDevice(fullDevice, 1, 7));
    const Run full =
        runCli({QStringLiteral("validate"), example(), QStringLiteral("--output"), fullDevice});
    QCOMPARE(full.exitCode, 2);
    QVERIFY2(full.err.contains("No space left on device"), full.err.constData());
    QVERIFY(isCharDevice(fullDevice));
    const Run report =
        runCli({QStringLiteral("report"), example(), QStringLiteral("--output"), null});
    QCOMPARE(report.exitCode, 0);
    QVERIFY(isCharDevice(null));
}

// 9: `-` is standard output; a failing standard output (/dev/full) exits 2 with a message.
void TestAdversarial::standardOutput()
{
    const QString out = mDir->filePath(QStringLiteral("stdout.json"));
    const Run dash =
        runCli({QStringLiteral("validate"), example(), QStringLiteral("--format"),
                QStringLiteral("json"), QStringLiteral("--output"), QStringLiteral("-")},
               out);
    QCOMPARE(dash.exitCode, 1);
    QVERIFY(readAll(out).startsWith("{"));
    QVERIFY(!QFile::exists(QStringLiteral("-")));
    if (QFileInfo(QStringLiteral("/dev/full")).exists()) {
        const Run full = runCli({QStringLiteral("rules")}, QStringLiteral("/dev/full"));
        QCOMPARE(full.exitCode, 2);
        QVERIFY2(full.err.contains("Cannot write standard output: No space left on device"),
                 full.err.constData());
    }
}

// 2: the text of all scalars as the plan uses them is bounded, counting every use of an alias.
void TestAdversarial::aliasAmplification()
{
    const QByteArray text(60 * 1024, 'a'); // a valid description
    QByteArray yaml = "hierarch: 1\nname: Plan\nproduct: configmgr2007\ndescription: &d " + text +
                      "\nsites: []\nwaivers:\n";
    for (int i = 0; i < 300; ++i) // 300 uses: 18 MB of text from a 70 KB file
        yaml += "  - {finding: a@b, justification: *d}\n";
    const QString path = mDir->filePath(QStringLiteral("alias.yaml"));
    QVERIFY(writeAll(path, yaml));
    for (const QString &format : {QStringLiteral("text"), QStringLiteral("json")}) {
        const Run run =
            runCli({QStringLiteral("validate"), path, QStringLiteral("--format"), format});
        QVERIFY2(run.finished, "alias amplification hung");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("more than 16,777,216 bytes, counting every use of an alias"),
                 run.err.constData());
        QVERIFY(run.out.size() < 4096);
    }
    // 100 uses stay within the limit and load.
    QByteArray fewer = "hierarch: 1\nname: Plan\nproduct: configmgr2007\ndescription: &d " + text +
                       "\nsites: []\nwaivers:\n";
    for (int i = 0; i < 100; ++i)
        fewer += "  - {finding: a@b, justification: *d}\n";
    QVERIFY(loadPlan(fewer, QStringLiteral("fewer")));
    // A megabyte name is refused by its length, whatever refers to it.
    const QByteArray bigName =
        "hierarch: 1\nname: &n " + QByteArray(1024 * 1024, 'n') + "\nproduct: sms2003\nsites: []\n";
    const LoadResult named = loadPlan(bigName, QStringLiteral("big"));
    QVERIFY(!named);
    QCOMPARE(named.error.toString(),
             QStringLiteral("big:2:7: `name` is longer than 255 characters"));
}

// 8: unknown values of megabytes give a clipped message, and no quadratic hint.
void TestAdversarial::longValuesGiveShortMessagesFast()
{
    const QByteArray item(4 * 1024 * 1024, 'q');
    const QByteArray key(1024 * 1024, 'k');
    const QList<QByteArray> files{
        planText("attestations:\n  - item: " + item + "\n"),
        planText("sites:\n  - code: P01\n    servers:\n      - name: S\n        roles: [" + item +
                 "]\n"),
        planText(key + ": 1\n"),
        planText("sites:\n  - code: P01\n    clientMode: " + item + "\n"),
    };
    for (const QByteArray &yaml : files) {
        const QString path = mDir->filePath(QStringLiteral("long.yaml"));
        QVERIFY(writeAll(path, yaml));
        const Run run = runCli({QStringLiteral("validate"), path});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.size() < 400 && run.err.count('\n') == 1, run.err.left(400).constData());
    }
    // The hint itself: a value far longer than every candidate is no typo of one.
    QCOMPARE(closestMatch(QString(100'000, QLatin1Char('x')), {QStringLiteral("native")}),
             QString());
    QCOMPARE(closestMatch(QStringLiteral("nativ"), {QStringLiteral("native")}),
             QStringLiteral("native"));
    QCOMPARE(clippedForMessage(QString(100, QLatin1Char('v'))).size(), 80);
    QVERIFY(clippedForMessage(QString(100, QLatin1Char('v'))).endsWith(QChar(0x2026)));
}

// 6: control characters that reach text output (here through a file name) are escaped.
void TestAdversarial::textOutputIsOneLinePerFinding()
{
    const QString path =
        mDir->filePath(QStringLiteral("evil\x1b[2J\r\nfake.yaml:1: error: injected [x]\n.yaml"));
    QVERIFY(QFile::copy(example(), path));
    const Run run = runCli({QStringLiteral("validate"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.out.contains('\x1b'));
    QVERIFY(!run.out.contains('\r'));
    for (const QByteArray &line : run.out.split('\n')) {
        if (!line.isEmpty())
            QVERIFY2(line.startsWith(QFile::encodeName(mDir->path())), line.constData());
    }
    QVERIFY(run.out.contains("evil\\e[2J\\r\\nfake.yaml"));
    QCOMPARE(escapedControls(QStringLiteral("a\x1b\r\n\t") + QChar(0) + QChar(0x85) +
                             QChar(0x202e) + QStringLiteral("DOM\\user")),
             QStringLiteral("a\\e\\r\\n\\t\\0\\x85\\u202eDOM\\user"));
}

void TestAdversarial::textRules_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("error"); // empty: loads
    QTest::newRow("escape in a code")
        << planText("sites:\n  - code: \"\\e[2J\\e[31mCEN\\r\\nfake.yaml:1: error: x\"\n")
        << QStringLiteral("f:5:11: `code` contains the control character U+001B, which is not "
                          "allowed here");
    QTest::newRow("NUL in a name") << planText("sites:\n  - code: A\n    name: \"a\\0b\"\n")
                                   << QStringLiteral("f:6:11: `name` contains the control "
                                                     "character U+0000, which is not allowed here");
    QTest::newRow("right-to-left override")
        << planText("sites:\n  - code: A\n    servers:\n      - name: \"gnp\\u202Eexe\"\n")
        << QStringLiteral("f:7:15: `name` contains the control character U+202E, which is not "
                          "allowed here");
    QTest::newRow("isolate in free text")
        << planText("description: \"x\\u2067y\"\n")
        << QStringLiteral("f:4:14: `description` contains the control character U+2067, which "
                          "is not allowed here");
    QTest::newRow("lines in free text")
        << planText("description: \"one\\ntwo\\tthree\"\n") << QString();
    QTest::newRow("256-character name")
        << planText("sites:\n  - code: A\n    name: " + QByteArray(256, 'n') + "\n")
        << QStringLiteral("f:6:11: `name` is longer than 255 characters");
    QTest::newRow("255 characters") << QByteArray("hierarch: 1\nname: " + QByteArray(255, 'e') +
                                                  "\nproduct: sms2003\nsites: []\n")
                                    << QString();
    QTest::newRow("64 KiB of free text")
        << planText("description: " + QByteArray(64 * 1024, 'd') + "\n") << QString();
    QTest::newRow("more free text")
        << planText("description: " + QByteArray(64 * 1024 + 1, 'd') + "\n")
        << QStringLiteral("f:4:14: `description` is longer than 65,536 characters");
    QTest::newRow("tag on text") << planText("author: !!str me\n")
                                 << QStringLiteral("f:4:9: YAML tags are not supported: write the "
                                                   "value without `!!str`");
    QTest::newRow("local tag on a map")
        << planText("activeDirectory: !ad {forest: x}\n")
        << QStringLiteral("f:4:18: YAML tags are not supported: write the value without `!ad`");
    QTest::newRow("!!int")
        << planText("sites:\n  - code: A\n    clients: !!int 12\n")
        << QStringLiteral("f:6:14: YAML tags are not supported: write the value without `!!int` "
                          "(a plain 12 or true is already read as a number or a yes/no value)");
    QTest::newRow("CR-only line ends")
        << QByteArray("hierarch: 1\rname: x\rproduct: sms2003\rsites: []\r")
        << QStringLiteral("f:1:12: a carriage return without a line feed: CR-only line ends are "
                          "not supported (save the file with LF or CR LF line ends)");
    QTest::newRow("CR LF line ends")
        << QByteArray("hierarch: 1\r\nname: x\r\nproduct: sms2003\r\nsites: []\r\n") << QString();
}

// 6, 12 and the smaller ones: FORMAT.md's text limits, tags and line ends, with FILE:LINE:COLUMN.
void TestAdversarial::textRules()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, error);
    const LoadResult result = loadPlan(yaml, QStringLiteral("f"));
    if (error.isEmpty())
        QVERIFY2(result, qPrintable(result.error.toString()));
    else
        QCOMPARE(result.error.toString(), error);
}

// 5: a plan name holding markup stays text in an SVG export.
void TestAdversarial::svgTitleIsText()
{
    const QString hostile = QStringLiteral("Plan</title><script>alert(document.domain)</script>"
                                           "<title><b>&amp;");
    Plan plan;
    plan.name = hostile;
    plan.product = Product::ConfigMgr2007;
    Site site;
    site.code = QStringLiteral("CEN");
    site.name = QStringLiteral("<b>bold</b> & <script>x</script>");
    plan.sites << site;
    Document document;
    document.reset(plan);
    Selection selection(&document);
    HierarchyScene scene(&document, &selection);
    const QString path = mDir->filePath(QStringLiteral("d.svg"));
    QString error;
    QVERIFY2(exportDiagramFile(&scene, hostile, path, DiagramFormat::Svg, &error),
             qPrintable(error));
    QXmlStreamReader xml(readAll(path));
    QString title;
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        QVERIFY2(xml.name() != QLatin1String("script") && xml.name() != QLatin1String("b"),
                 qPrintable(xml.name().toString()));
        if (xml.name() == QLatin1String("title") && title.isEmpty())
            title = xml.readElementText();
        else if (xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(title, hostile);
}

// 7: the editor refuses edits past the limits it loads with, and says why.
void TestAdversarial::editorEnforcesLimits()
{
    const PlanLimits limits;
    Plan plan;
    plan.name = QStringLiteral("Full");
    plan.product = Product::ConfigMgr2007;
    plan.sites.reserve(limits.maxSites);
    for (int i = 0; i < limits.maxSites; ++i) {
        Site site;
        site.code = QStringLiteral("S%1").arg(i);
        if (i > 0)
            site.parent = QStringLiteral("S0");
        for (int k = 0; k < limits.maxServers / limits.maxSites; ++k) {
            Server server;
            server.name = QStringLiteral("S%1-%2").arg(i).arg(k);
            site.servers << server;
        }
        plan.sites << site;
    }
    Document document;
    document.reset(plan);
    QSignalSpy refused(&document, &Document::editRefused);
    QCOMPARE(document.addSite(document.plan().sites.constFirst().uid), ItemId(0));
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.last().constFirst().toString().contains(QLatin1String("10,000 sites")));
    QCOMPARE(document.addServer(document.plan().sites.constFirst().uid), ItemId(0));
    QVERIFY(refused.last().constFirst().toString().contains(QLatin1String("100,000 servers")));
    QCOMPARE(document.insertSite(Site{}), ItemId(0));
    QCOMPARE(document.plan().sites.size(), limits.maxSites);
    QVERIFY(!document.isModified());

    // Text rules: a name with a right-to-left override is refused, an ordinary one is taken.
    const ItemId first = document.plan().sites.constFirst().servers.constFirst().uid;
    document.renameServer(first, QStringLiteral("gnp") + QChar(0x202e) + QStringLiteral("exe"));
    QVERIFY(refused.last().constFirst().toString().contains(QLatin1String("U+202E")));
    document.renameServer(first, QString(256, QLatin1Char('n')));
    QVERIFY(refused.last().constFirst().toString().contains(QLatin1String("255")));
    QVERIFY(!document.isModified());
    document.renameServer(first, QStringLiteral("S0-NEW"));
    QVERIFY(document.isModified());
}

// 11: a plan at the site and server limits loads.
void TestAdversarial::planAtTheLimitsLoads()
{
    bench::GeneratorOptions options;
    options.sites = 10'000;
    options.servers = 100'000;
    const Plan plan = bench::generatePlan(options);
    const QByteArray yaml = savePlan(plan);
    const LoadResult loaded = loadPlan(yaml, QStringLiteral("xl"));
    QVERIFY2(loaded, qPrintable(loaded.error.toString()));
    QCOMPARE(loaded.plan->sites.size(), 10'000);
}

// The smaller one: a save removes the temporary an interrupted save of the same file left, and
// nothing that only looks similar.
void TestAdversarial::staleSaveTemporaries()
{
    const QString path = mDir->filePath(QStringLiteral("plan.hierarchy.yaml"));
    const LoadResult loaded = loadPlanFile(example());
    QVERIFY(loaded);
    const QByteArray saved = savePlan(*loaded.plan);
    QVERIFY(writeAll(path + QStringLiteral(".qWeRtY"), saved)); // what a kill leaves
    QVERIFY(writeAll(path + QStringLiteral(".backup"), saved)); // the user's copy
    QVERIFY(writeAll(path + QStringLiteral(".Backup"), saved));
    QVERIFY(writeAll(path + QStringLiteral(".AbCdEf"), "something else"));
    QString error;
    QVERIFY2(savePlanFile(*loaded.plan, path, &error), qPrintable(error));
    QVERIFY(!QFile::exists(path + QStringLiteral(".qWeRtY")));
    QVERIFY(QFile::exists(path + QStringLiteral(".backup")));
    QVERIFY(QFile::exists(path + QStringLiteral(".Backup")));
    QVERIFY(QFile::exists(path + QStringLiteral(".AbCdEf")));
}

// 3: the open file replaced by a FIFO or a link to an endless device is a change, seen without
// opening it on the main thread (a blocking open would hang this test until its timeout).
void TestAdversarial::watcherNeverBlocks()
{
    const QString path = mDir->filePath(QStringLiteral("plan.hierarchy.yaml"));
    QVERIFY(QFile::copy(example(), path));
    FileWatch watch;
    QSignalSpy changed(&watch, &FileWatch::changedOnDisk);
    QSignalSpy remembered(&watch, &FileWatch::remembered);
    watch.setPath(path);
    // Taking the file as the editor's is no change.
    QTRY_COMPARE(remembered.size(), 1);
    QVERIFY(changed.isEmpty());
    QVERIFY(QFile::remove(path));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    QTRY_COMPARE(changed.size(), 1);
    QVERIFY(watch.isChangePending());

    watch.rememberCurrent(); // "keep the editor's version"
    QVERIFY(QFile::remove(path));
    if (QFileInfo(QStringLiteral("/dev/zero")).exists()) {
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
        QTRY_COMPARE(changed.size(), 2);
    }
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestAdversarial test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_adversarial.moc"
