// `hierarch diff` as reviewers and pipelines use it (CLI.md "diff"): the three formats, the exit
// codes, git revisions and the external diff driver in a real temporary repository, and SARIF
// checked against the vendored SARIF 2.1.0 schema.
#include "clirun.h"

#include <QtTest>

namespace {

const QString kExecutable = QStringLiteral(HIERARCH_EXECUTABLE);
const QString kSarifSchema = QStringLiteral(HIERARCH_SARIF_SCHEMA);
const QString kPython = QStringLiteral(HIERARCH_PYTHON);
const QString kAsOf = QStringLiteral("2026-11-21");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

const QByteArray kBase =
    readFile(QStringLiteral(HIERARCH_FIXTURES_DIR "/diff/base.hierarchy.yaml"));

QByteArray edited(QList<std::pair<const char *, const char *>> replacements)
{
    QByteArray text = kBase;
    for (const auto &[from, to] : replacements) {
        if (!text.contains(from))
            qFatal("fixture edit does not apply: %s", from);
        text.replace(from, to);
    }
    return text;
}

// A revision with a rename, an addition, a changed setting and a new waiver, a new error (FAT32), a
// resolved warning (P01 goes native, its waiver stays) and an updated finding (a new waiver).
QByteArray revision()
{
    return edited(
        {{"      - name: P01-MP01\n        roles: [management-point]\n",
          "      - name: P01-MP02\n        roles: [management-point]\n"
          "      - name: P01-NEW\n        fileSystem: fat32\n        roles: [reporting-point]\n"},
         {"    clients: 500\n", "    clients: 500\n    clientMode: native\n"},
         {"attestations:", "  - finding: site-server-iis@S01-SITE01\n    justification: "
                           "Branch office.\nattestations:"}});
}

CliRun hierarch(const QStringList &arguments, const QString &workingDirectory = QString())
{
    return runProgram(kExecutable, arguments, workingDirectory);
}

QStringList lines(const QByteArray &bytes)
{
    QStringList result = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    if (!result.isEmpty() && result.constLast().isEmpty())
        result.removeLast();
    return result;
}

QJsonObject parseObject(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("invalid JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

QStringList idsOf(const QJsonArray &findings)
{
    QStringList ids;
    for (const QJsonValue &f : findings)
        ids << f[QLatin1String("id")].toString();
    ids.sort();
    return ids;
}

} // namespace

#define VERIFY_RUN(run) QVERIFY2((run).finished, qPrintable((run).describe()))

class TestDiffCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void textFormat();
    void noChanges();
    void exitCodes_data();
    void exitCodes();
    void jsonShape();
    void addressesAndReleases();
    void sarifBaselineStates();
    void sarifSchema();
    void gitRevisions();
    void gitExternalDriver();
    void reportBaseline();

private:
    QString write(const QString &name, const QByteArray &content);
    QString git(const QStringList &arguments);
    void makeRepository();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDiffCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestDiffCli::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// Runs git in the temporary repository; fails the test when git fails.
QString TestDiffCli::git(const QStringList &arguments)
{
    const CliRun run = runProgram(QStringLiteral("git"), arguments, m_dir->path());
    if (!run.finished || run.exitCode != 0)
        QTest::qFail(
            qPrintable(QStringLiteral("git %1: %2").arg(arguments.join(u' '), run.describe())),
            __FILE__, __LINE__);
    return QString::fromUtf8(run.out);
}

void TestDiffCli::makeRepository()
{
    git({QStringLiteral("init"), QStringLiteral("-q")});
    git({QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Reviewer")});
    git({QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("r@example.com")});
    git({QStringLiteral("config"), QStringLiteral("commit.gpgsign"), QStringLiteral("false")});
    write(QStringLiteral("plans/a.hierarchy.yaml"), kBase);
    git({QStringLiteral("add"), QStringLiteral(".")});
    git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
         QStringLiteral("base")});
}

void TestDiffCli::textFormat()
{
    const QString oldPath = write(QStringLiteral("old.hierarchy.yaml"), kBase);
    const QString newPath = write(QStringLiteral("new.hierarchy.yaml"), revision());
    const CliRun run =
        hierarch({QStringLiteral("diff"), oldPath, newPath, QStringLiteral("--as-of"), kAsOf});
    VERIFY_RUN(run);
    QCOMPARE(run.exitCode, 1); // the FAT32 server adds an error
    const QStringList out = lines(run.out);
    const QStringList expectedStart{QStringLiteral("--- ") + oldPath,
                                    QStringLiteral("+++ ") + newPath,
                                    QStringLiteral("~ site P01: clientMode: mixed -> native"),
                                    QStringLiteral("> server P01-MP01 -> P01-MP02 (site P01)"),
                                    QStringLiteral("+ server P01-NEW (site P01)"),
                                    QStringLiteral("+ waiver site-server-iis@S01-SITE01"),
                                    QStringLiteral("Findings:")};
    QCOMPARE(out.mid(0, expectedStart.size()), expectedStart);
    QVERIFY2(out.filter(QStringLiteral("+ error ntfs-required@P01-NEW ")).size() == 1,
             qPrintable(out.join(u'\n')));
    QCOMPARE(out.filter(QRegularExpression(QStringLiteral("^- resolved warning mixed-mode@P01 ")))
                 .size(),
             1);
    QCOMPARE(out.filter(QRegularExpression(QStringLiteral(
                            "^~ updated warning site-server-iis@S01-SITE01 .*\\(now waived\\)$")))
                 .size(),
             1);
    QVERIFY2(
        QRegularExpression(QStringLiteral("^4 changes; findings: \\d+ new \\(1 error(, .*)?\\), "
                                          "\\d+ resolved, 1 updated, \\d+ unchanged\\.$"))
            .match(out.constLast())
            .hasMatch(),
        qPrintable(out.constLast()));
}

void TestDiffCli::noChanges()
{
    // Key order, comments, flow style and the diagram are not changes.
    const QString oldPath = write(QStringLiteral("old.hierarchy.yaml"), kBase);
    const QString newPath = write(
        QStringLiteral("new.hierarchy.yaml"),
        edited({{"name: Base plan\n", "# reviewed\nname: Base plan  # title\n"},
                {"    parent: CEN\n    clients: 500\n", "    clients: 500\n    parent: CEN\n"},
                {"        roles: [management-point]\n",
                 "        roles:\n          - management-point\n"},
                {"P01: [0, 260]", "P01: [300, 260]"}}));
    const CliRun run = hierarch({QStringLiteral("diff"), oldPath, newPath});
    VERIFY_RUN(run);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(lines(run.out).constLast(), QStringLiteral("No changes."));
    QCOMPARE(lines(run.out).size(), 3);
}

void TestDiffCli::exitCodes_data()
{
    QTest::addColumn<QByteArray>("newPlan");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("expected");
    const QByteArray unwaived =
        edited({{"  - finding: mixed-mode@P01\n    justification: Native mode "
                 "comes in phase two.\n",
                 ""},
                {"waivers:\n", ""}});
    QTest::newRow("identical") << kBase << QStringList() << 0;
    QTest::newRow("identical, fail on info")
        << kBase << QStringList{QStringLiteral("--fail-on"), QStringLiteral("info")} << 0;
    QTest::newRow("new error") << revision() << QStringList() << 1;
    QTest::newRow("new error, never")
        << revision() << QStringList{QStringLiteral("--fail-on"), QStringLiteral("never")} << 0;
    QTest::newRow("warning unwaived") << unwaived << QStringList() << 0;
    QTest::newRow("warning unwaived, fail on warning")
        << unwaived << QStringList{QStringLiteral("--fail-on"), QStringLiteral("warning")} << 1;
    QTest::newRow("json keeps the exit code")
        << revision() << QStringList{QStringLiteral("--format"), QStringLiteral("json")} << 1;
    QTest::newRow("unloadable") << QByteArray("hierarch: 1\nname: [") << QStringList() << 2;
    QTest::newRow("bad format") << kBase
                                << QStringList{QStringLiteral("--format"), QStringLiteral("xml")}
                                << 2;
    QTest::newRow("bad severity") << kBase
                                  << QStringList{QStringLiteral("--fail-on"),
                                                 QStringLiteral("fatal")}
                                  << 2;
    QTest::newRow("bad date") << kBase
                              << QStringList{QStringLiteral("--as-of"), QStringLiteral("tomorrow")}
                              << 2;
    QTest::newRow("missing file") << kBase << QStringList{QStringLiteral("missing.hierarchy.yaml")}
                                  << 2;
}

void TestDiffCli::exitCodes()
{
    QFETCH(QByteArray, newPlan);
    QFETCH(QStringList, options);
    QFETCH(int, expected);
    const QString oldPath = write(QStringLiteral("old.hierarchy.yaml"), kBase);
    const QString newPath = write(QStringLiteral("new.hierarchy.yaml"), newPlan);
    const CliRun run = hierarch(QStringList{QStringLiteral("diff"), oldPath, newPath} + options);
    VERIFY_RUN(run);
    QVERIFY2(run.exitCode == expected, qPrintable(run.describe()));
    if (expected == 2)
        QVERIFY2(!run.err.isEmpty(), "exit 2 must say why on stderr");
}

void TestDiffCli::jsonShape()
{
    const QString oldPath = write(QStringLiteral("old.hierarchy.yaml"), kBase);
    const QString newPath = write(QStringLiteral("new.hierarchy.yaml"), revision());
    const CliRun run =
        hierarch({QStringLiteral("diff"), oldPath, newPath, QStringLiteral("--format"),
                  QStringLiteral("json"), QStringLiteral("--as-of"), kAsOf});
    VERIFY_RUN(run);
    const QJsonObject root = parseObject(run.out);
    QCOMPARE(root[QLatin1String("formatVersion")].toInt(), 1);
    QCOMPARE(root[QLatin1String("tool")][QLatin1String("name")].toString(),
             QStringLiteral("hierarch"));
    QCOMPARE(root[QLatin1String("asOf")].toString(), kAsOf);
    for (const char *side : {"old", "new"}) {
        const QJsonObject o = root[QLatin1String(side)].toObject();
        QCOMPARE(o[QLatin1String("name")].toString(), QStringLiteral("Base plan"));
        QCOMPARE(o[QLatin1String("product")].toString(), QStringLiteral("configmgr2007"));
        QVERIFY(o[QLatin1String("summary")].toObject().contains(QLatin1String("waived")));
    }
    QCOMPARE(root[QLatin1String("old")][QLatin1String("file")].toString(), oldPath);

    const QJsonArray changes = root[QLatin1String("changes")].toArray();
    QCOMPARE(changes.size(), 4);
    const QJsonObject site = changes.at(0).toObject();
    QCOMPARE(site[QLatin1String("kind")].toString(), QStringLiteral("site"));
    QCOMPARE(site[QLatin1String("id")].toString(), QStringLiteral("P01"));
    QCOMPARE(site[QLatin1String("action")].toString(), QStringLiteral("changed"));
    const QJsonObject field = site[QLatin1String("fields")].toArray().at(0).toObject();
    QCOMPARE(field[QLatin1String("field")].toString(), QStringLiteral("clientMode"));
    QCOMPARE(field[QLatin1String("old")].toString(), QStringLiteral("mixed"));
    QCOMPARE(field[QLatin1String("new")].toString(), QStringLiteral("native"));
    QCOMPARE(changes.at(1)[QLatin1String("site")].toString(), QStringLiteral("P01"));

    const QJsonObject findings = root[QLatin1String("findings")].toObject();
    QVERIFY(idsOf(findings[QLatin1String("new")].toArray())
                .contains(QStringLiteral("ntfs-required@P01-NEW")));
    QVERIFY(idsOf(findings[QLatin1String("resolved")].toArray())
                .contains(QStringLiteral("mixed-mode@P01")));
    const QJsonArray updated = findings[QLatin1String("updated")].toArray();
    QCOMPARE(updated.size(), 1);
    QCOMPARE(updated.at(0)[QLatin1String("waived")].toBool(), true);
    QCOMPARE(updated.at(0)[QLatin1String("before")][QLatin1String("waived")].toBool(), false);
    QCOMPARE(updated.at(0)[QLatin1String("before")][QLatin1String("severity")].toString(),
             QStringLiteral("warning"));
    // Finding objects are those of `validate --format json`.
    const QJsonObject first = findings[QLatin1String("new")].toArray().at(0).toObject();
    for (const char *key : {"id", "rule", "severity", "category", "subject", "message", "waived"})
        QVERIFY2(first.contains(QLatin1String(key)), key);

    const QJsonObject summary = root[QLatin1String("summary")].toObject();
    QCOMPARE(summary[QLatin1String("changes")].toInt(), 4);
    QCOMPARE(summary[QLatin1String("new")][QLatin1String("error")].toInt(), 1);
    QCOMPARE(summary[QLatin1String("updated")].toInt(), 1);
    QCOMPARE(summary[QLatin1String("resolved")].toInt(),
             findings[QLatin1String("resolved")].toArray().size());
    QCOMPARE(summary[QLatin1String("unchanged")].toInt(),
             findings[QLatin1String("unchanged")].toArray().size());
}

// README "Reviewing a revision": addresses and releases in the text and JSON outputs, with the risk
// the revision adds and the exit code it gives.
void TestDiffCli::addressesAndReleases()
{
    const QByteArray linked =
        edited({{"    parent: P01\n    servers:\n",
                 "    parent: P01\n    addresses:\n      - to: P01\n"
                 "        destination: p01-site01.contoso.com\n    servers:\n"},
                {"    clients: 500\n", "    clients: 500\n    addresses:\n      - to: S01\n"
                                       "        destination: s01-site01.contoso.com\n"}});
    QByteArray revised = linked;
    revised.replace("        destination: p01-site01.contoso.com\n",
                    "        destination: 10.1.0.5\n        rateLimit: 40\n      - to: P01\n"
                    "        type: courier\n");
    revised.replace(
        "    addresses:\n      - to: S01\n        destination: s01-site01.contoso.com\n", "");
    revised.replace("product: configmgr2007\n", "product: configmgr2007\nrelease: sp2\n");
    const QString oldPath = write(QStringLiteral("old.hierarchy.yaml"), linked);
    const QString newPath = write(QStringLiteral("new.hierarchy.yaml"), revised);

    const CliRun text =
        hierarch({QStringLiteral("diff"), oldPath, newPath, QStringLiteral("--as-of"), kAsOf,
                  QStringLiteral("--fail-on"), QStringLiteral("warning")});
    VERIFY_RUN(text);
    QCOMPARE(text.exitCode, 1); // the IP address is a new warning
    const QStringList out = lines(text.out);
    const QStringList expected{
        QStringLiteral("~ plan Base plan: release: (not set) -> sp2"),
        QStringLiteral("- address P01 -> S01 (standard)"),
        QStringLiteral("~ address S01 -> P01 (standard): destination: p01-site01.contoso.com -> "
                       "10.1.0.5; rateLimit: (not set) -> 40"),
        QStringLiteral("+ address S01 -> P01 (courier)")};
    QCOMPARE(out.mid(2, expected.size()), expected);
    QCOMPARE(out.filter(QRegularExpression(
                            QStringLiteral("^\\+ warning address-destination-not-fqdn@S01 ")))
                 .size(),
             1);
    QCOMPARE(
        out.filter(QRegularExpression(QStringLiteral("^\\+ warning address-missing@S01 "))).size(),
        1);

    const CliRun json =
        hierarch({QStringLiteral("diff"), oldPath, newPath, QStringLiteral("--format"),
                  QStringLiteral("json"), QStringLiteral("--as-of"), kAsOf});
    VERIFY_RUN(json);
    const QJsonArray changes = parseObject(json.out)[QLatin1String("changes")].toArray();
    QCOMPARE(changes.size(), 4);
    const QJsonObject plan = changes.at(0).toObject();
    QCOMPARE(plan[QLatin1String("kind")].toString(), QStringLiteral("plan"));
    const QJsonObject release = plan[QLatin1String("fields")].toArray().at(0).toObject();
    QCOMPARE(release[QLatin1String("field")].toString(), QStringLiteral("release"));
    QVERIFY(release[QLatin1String("old")].isNull());
    QCOMPARE(release[QLatin1String("new")].toString(), QStringLiteral("sp2"));
    const QJsonObject changed = changes.at(2).toObject();
    QCOMPARE(changed[QLatin1String("kind")].toString(), QStringLiteral("address"));
    QCOMPARE(changed[QLatin1String("action")].toString(), QStringLiteral("changed"));
    QCOMPARE(changed[QLatin1String("id")].toString(), QStringLiteral("P01"));
    QCOMPARE(changed[QLatin1String("site")].toString(), QStringLiteral("S01"));
    QCOMPARE(changed[QLatin1String("sender")].toString(), QStringLiteral("standard"));
    const QJsonArray fields = changed[QLatin1String("fields")].toArray();
    QCOMPARE(fields.size(), 2);
    QCOMPARE(fields.at(1)[QLatin1String("field")].toString(), QStringLiteral("rateLimit"));
    QCOMPARE(fields.at(1)[QLatin1String("new")].toInt(), 40); // a number, as the file has it
    const QJsonObject added = changes.at(3).toObject();
    QCOMPARE(added[QLatin1String("action")].toString(), QStringLiteral("added"));
    QCOMPARE(added[QLatin1String("sender")].toString(), QStringLiteral("courier"));
    QVERIFY(!added.contains(QLatin1String("fields")));
}

void TestDiffCli::sarifBaselineStates()
{
    // A renamed server: its findings are unchanged under the new id.
    const QString oldPath = write(QStringLiteral("old.hierarchy.yaml"), kBase);
    const QByteArray renamed =
        edited({{"P01-MP01", "P01-MP09"},
                {"    clients: 500\n", "    clients: 500\n    clientMode: native\n"}});
    const QString newPath = write(QStringLiteral("new.hierarchy.yaml"), renamed);
    const CliRun run =
        hierarch({QStringLiteral("diff"), oldPath, newPath, QStringLiteral("--format"),
                  QStringLiteral("sarif"), QStringLiteral("--as-of"), kAsOf});
    VERIFY_RUN(run);
    const QJsonObject sarifRun =
        parseObject(run.out)[QLatin1String("runs")].toArray().at(0).toObject();
    const QJsonArray artifacts = sarifRun[QLatin1String("artifacts")].toArray();
    QCOMPARE(artifacts.size(), 2);
    QHash<QString, QStringList> byState;
    for (const QJsonValue &value : sarifRun[QLatin1String("results")].toArray()) {
        const QJsonObject result = value.toObject();
        const QString state = result[QLatin1String("baselineState")].toString();
        QVERIFY2(!state.isEmpty(), "every result carries baselineState");
        const QJsonObject location =
            result[QLatin1String("locations")]
                .toArray()
                .at(0)[QLatin1String("physicalLocation")][QLatin1String("artifactLocation")]
                .toObject();
        QCOMPARE(location[QLatin1String("index")].toInt(),
                 state == QLatin1String("absent") ? 1 : 0);
        byState[state]
            << result[QLatin1String("partialFingerprints")][QLatin1String("hierarchFindingId/v1")]
                   .toString();
    }
    QCOMPARE(byState.value(QStringLiteral("absent")),
             QStringList{QStringLiteral("mixed-mode@P01")});
    QVERIFY(byState.value(QStringLiteral("unchanged"))
                .contains(QStringLiteral("management-point-database-ipsec@P01-MP09")));
    for (const QString &id : byState.value(QStringLiteral("new")))
        QVERIFY2(!id.endsWith(QLatin1String("@P01-MP09")), qPrintable(id));
}

void TestDiffCli::sarifSchema()
{
    QVERIFY2(QFileInfo::exists(kSarifSchema), qPrintable(kSarifSchema));
    QVERIFY2(QFileInfo::exists(kPython), qPrintable(kPython));
    const QString oldPath = write(QStringLiteral("old.hierarchy.yaml"), kBase);
    const QString newPath = write(QStringLiteral("new.hierarchy.yaml"), revision());
    const QString log = m_dir->filePath(QStringLiteral("diff.sarif"));
    const CliRun run =
        hierarch({QStringLiteral("diff"), oldPath, newPath, QStringLiteral("--format"),
                  QStringLiteral("sarif"), QStringLiteral("--output"), log});
    VERIFY_RUN(run);
    QCOMPARE(run.exitCode, 1);
    const QString script = QStringLiteral(R"py(
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1], encoding='utf-8'))
log = json.load(open(sys.argv[2], encoding='utf-8'))
jsonschema.Draft7Validator.check_schema(schema)
jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker()).validate(log)
states = {r['baselineState'] for r in log['runs'][0]['results']}
print('valid', ' '.join(sorted(states)))
)py");
    const CliRun valid = runProgram(kPython, {QStringLiteral("-c"), script, kSarifSchema, log});
    VERIFY_RUN(valid);
    QVERIFY2(valid.exitCode == 0, qPrintable(valid.describe()));
    QCOMPARE(valid.out.trimmed(), QByteArray("valid absent new unchanged updated"));

    // The check can fail: a wrong baselineState breaks the schema.
    QByteArray bytes = readFile(log);
    bytes.replace("\"baselineState\": \"absent\"", "\"baselineState\": \"gone\"");
    const QString broken = write(QStringLiteral("broken.sarif"), bytes);
    const CliRun invalid =
        runProgram(kPython, {QStringLiteral("-c"), script, kSarifSchema, broken});
    VERIFY_RUN(invalid);
    QVERIFY(invalid.exitCode != 0);
}

void TestDiffCli::gitRevisions()
{
    makeRepository();
    write(QStringLiteral("plans/a.hierarchy.yaml"), revision());

    // One FILE: HEAD against the working copy, from the repository's top and from elsewhere.
    const CliRun head =
        hierarch({QStringLiteral("diff"), QStringLiteral("plans/a.hierarchy.yaml")}, m_dir->path());
    VERIFY_RUN(head);
    QCOMPARE(head.exitCode, 1);
    QCOMPARE(lines(head.out).at(0), QStringLiteral("--- HEAD:plans/a.hierarchy.yaml"));
    QCOMPARE(lines(head.out).at(2), QStringLiteral("~ site P01: clientMode: mixed -> native"));
    const CliRun absolute = hierarch(
        {QStringLiteral("diff"), m_dir->filePath(QStringLiteral("plans/a.hierarchy.yaml"))});
    VERIFY_RUN(absolute);
    QCOMPARE(lines(absolute.out).mid(2), lines(head.out).mid(2));

    // REV:PATH on both sides.
    git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"),
         QStringLiteral("revision")});
    const CliRun revs =
        hierarch({QStringLiteral("diff"), QStringLiteral("HEAD~1:plans/a.hierarchy.yaml"),
                  QStringLiteral("HEAD:plans/a.hierarchy.yaml"), QStringLiteral("--format"),
                  QStringLiteral("json")},
                 m_dir->path());
    VERIFY_RUN(revs);
    QCOMPARE(revs.exitCode, 1);
    const QJsonObject root = parseObject(revs.out);
    QCOMPARE(root[QLatin1String("old")][QLatin1String("revision")].toString(),
             QStringLiteral("HEAD~1"));
    QCOMPARE(root[QLatin1String("old")][QLatin1String("file")].toString(),
             QStringLiteral("plans/a.hierarchy.yaml"));
    QCOMPARE(root[QLatin1String("summary")][QLatin1String("changes")].toInt(), 4);

    // Clean working copy: nothing changed.
    const CliRun clean =
        hierarch({QStringLiteral("diff"), QStringLiteral("plans/a.hierarchy.yaml")}, m_dir->path());
    QCOMPARE(lines(clean.out).constLast(), QStringLiteral("No changes."));
    QCOMPARE(clean.exitCode, 0);

    // A revision git does not know: exit 2 with git's reason.
    const CliRun unknown =
        hierarch({QStringLiteral("diff"), QStringLiteral("nosuchrev:plans/a.hierarchy.yaml"),
                  QStringLiteral("plans/a.hierarchy.yaml")},
                 m_dir->path());
    VERIFY_RUN(unknown);
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("nosuchrev"), unknown.err.constData());
}

void TestDiffCli::gitExternalDriver()
{
    makeRepository();
    write(QStringLiteral(".gitattributes"), "*.hierarchy.yaml diff=hierarch\n");
    git({QStringLiteral("config"), QStringLiteral("diff.hierarch.command"),
         QLatin1Char('"') + kExecutable + QStringLiteral("\" diff --git")});
    write(QStringLiteral("plans/a.hierarchy.yaml"), revision());

    // A changed plan.
    const CliRun changed =
        runProgram(QStringLiteral("git"), {QStringLiteral("diff")}, m_dir->path());
    VERIFY_RUN(changed);
    QCOMPARE(changed.exitCode, 0);
    QStringList out = lines(changed.out);
    QVERIFY2(out.contains(QStringLiteral("~ site P01: clientMode: mixed -> native")),
             qPrintable(changed.describe()));
    QVERIFY(
        out.filter(QRegularExpression(QStringLiteral("^--- [0-9a-f]{7}:plans/a.hierarchy.yaml$")))
            .size() == 1);
    QVERIFY(out.contains(QStringLiteral("+++ plans/a.hierarchy.yaml")));

    // A new plan (old side /dev/null) and a deleted one (new side /dev/null).
    write(QStringLiteral("plans/b.hierarchy.yaml"), kBase);
    git({QStringLiteral("add"), QStringLiteral("plans/b.hierarchy.yaml")});
    const CliRun added = runProgram(
        QStringLiteral("git"), {QStringLiteral("diff"), QStringLiteral("--cached")}, m_dir->path());
    VERIFY_RUN(added);
    QCOMPARE(added.exitCode, 0);
    out = lines(added.out);
    QVERIFY2(out.contains(QStringLiteral("--- /dev/null")), qPrintable(added.describe()));
    QVERIFY(out.contains(QStringLiteral("+ plan Base plan")));
    QVERIFY(out.contains(QStringLiteral("+ site P01")));
    git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
         QStringLiteral("b")});
    git({QStringLiteral("rm"), QStringLiteral("-q"), QStringLiteral("plans/b.hierarchy.yaml")});
    const CliRun removed = runProgram(
        QStringLiteral("git"), {QStringLiteral("diff"), QStringLiteral("--cached")}, m_dir->path());
    QCOMPARE(removed.exitCode, 0);
    QVERIFY2(lines(removed.out).contains(QStringLiteral("- plan Base plan")),
             qPrintable(removed.describe()));
    QVERIFY(lines(removed.out).contains(QStringLiteral("+++ /dev/null")));

    // A plan that does not load: git still succeeds and shows why.
    git({QStringLiteral("reset"), QStringLiteral("-q"), QStringLiteral("--hard")});
    write(QStringLiteral("plans/a.hierarchy.yaml"), "hierarch: 1\nname: [\n");
    const CliRun broken =
        runProgram(QStringLiteral("git"), {QStringLiteral("diff")}, m_dir->path());
    VERIFY_RUN(broken);
    QCOMPARE(broken.exitCode, 0);
    QVERIFY2(broken.out.contains("plans/a.hierarchy.yaml:"), qPrintable(broken.describe()));

    // Wrong arity as a driver: still exit 0.
    const CliRun arity =
        hierarch({QStringLiteral("diff"), QStringLiteral("--git"), QStringLiteral("x")});
    QCOMPARE(arity.exitCode, 0);
}

void TestDiffCli::reportBaseline()
{
    // `report --baseline` adds section 3a: the baseline on the cover, the change table and the
    // findings delta, as text pdftotext finds.
    const QString oldPath = write(QStringLiteral("old.hierarchy.yaml"), kBase);
    const QString newPath = write(QStringLiteral("new.hierarchy.yaml"), revision());
    const QString pdf = m_dir->filePath(QStringLiteral("report.pdf"));
    const CliRun run =
        hierarch({QStringLiteral("report"), newPath, QStringLiteral("--baseline"), oldPath,
                  QStringLiteral("--output"), pdf, QStringLiteral("--as-of"), kAsOf});
    VERIFY_RUN(run);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const CliRun text = runProgram(QStringLiteral("pdftotext"),
                                   {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    VERIFY_RUN(text);
    const QString body = QString::fromUtf8(text.out);
    QVERIFY(body.contains(QLatin1String("Compared with")));
    QVERIFY(body.contains(QLatin1String("1a Changes since the baseline")) ||
            body.contains(QLatin1String("1a  Changes since the baseline")));
    QVERIFY2(body.contains(QStringLiteral("Server P01-MP01 → P01-MP02")),
             qPrintable(body.left(6000)));
    QVERIFY(body.contains(QLatin1String("ntfs-required@P01-NEW")));
    QVERIFY(body.contains(QLatin1String("mixed-mode@P01")));

    // Without --baseline there is no such section; a baseline that cannot be read is exit 2.
    const CliRun plain =
        hierarch({QStringLiteral("report"), newPath, QStringLiteral("--output"), pdf});
    QCOMPARE(plain.exitCode, 0);
    const CliRun plainText = runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(!plainText.out.contains("Changes since the baseline"));
    const CliRun missing =
        hierarch({QStringLiteral("report"), newPath, QStringLiteral("--baseline"),
                  QStringLiteral("nope.hierarchy.yaml"), QStringLiteral("--output"), pdf});
    QCOMPARE(missing.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestDiffCli)
#include "tst_diffcli.moc"
