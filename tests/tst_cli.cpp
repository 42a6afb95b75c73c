// Black-box tests of the `hierarch` command line against CLI.md: exit codes, the JSON, SARIF and
// text reports, `--as-of` waiver expiry, `--output`, `rules`, help and version, and running
// without a display. The binary is run with QProcess, exactly as a pipeline would run it.
#include "clirun.h"
#include "requiretool.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString kExecutable = QStringLiteral(HIERARCH_EXECUTABLE);
const QString kSarifSchema = QStringLiteral(HIERARCH_SARIF_SCHEMA);
const QString kPython = QStringLiteral(HIERARCH_PYTHON);
const QString kExamplesDir = QStringLiteral(HIERARCH_EXAMPLES_DIR);

// RULES.md version 2, the README's three release rules, its six PKI rules, its five site
// address rules and its three boundary rules
constexpr int kRuleCount = 103;

// Only info findings (static-ip on CEN-MP01): exit 0 with the default --fail-on.
const char kInfoPlan[] = R"yaml(hierarch: 1
name: Clean plan
product: configmgr2007
dnsDomain: example.com
activeDirectory:
  forest: example.com
  schemaExtended: true
  publishing: true
sites:
  - code: CEN
    name: Headquarters
    clientMode: native
    servers:
      - name: CEN-SITE01
        ipsec: true
        roles: [site-server, site-database, sms-provider]
      - name: CEN-MP01
        ipsec: true
        staticIp: false
        roles: [management-point]
)yaml";

// Exactly one warning (other-local-system-services@CEN-MP01).
const char kWarningPlan[] = R"yaml(hierarch: 1
name: Warning plan
product: configmgr2007
dnsDomain: example.com
activeDirectory:
  forest: example.com
  schemaExtended: true
  publishing: true
sites:
  - code: CEN
    name: Headquarters
    clientMode: native
    servers:
      - name: CEN-SITE01
        ipsec: true
        roles: [site-server, site-database, sms-provider]
      - name: CEN-MP01
        ipsec: true
        otherLocalSystemServices: true
        roles: [management-point]
)yaml";

// Exactly one error (ntfs-required@CEN-MP01), waived until 2027-06-30.
const char kWaiverPlan[] = R"yaml(hierarch: 1
name: Waived plan
product: configmgr2007
dnsDomain: example.com
activeDirectory:
  forest: example.com
  schemaExtended: true
  publishing: true
sites:
  - code: CEN
    name: Headquarters
    clientMode: native
    servers:
      - name: CEN-SITE01
        ipsec: true
        roles: [site-server, site-database, sms-provider]
      - name: CEN-MP01
        ipsec: true
        fileSystem: fat32
        roles: [management-point]
waivers:
  - finding: ntfs-required@CEN-MP01
    justification: Converted to NTFS during the build; tracked as CHG-42.
    approvedBy: CAB-7
    expires: 2027-06-30
)yaml";
const char kWaiverJustification[] = "Converted to NTFS during the build; tracked as CHG-42.";
const char kWaivedFindingId[] = "ntfs-required@CEN-MP01";
const char kBeforeExpiry[] = "2027-01-01";
const char kExpiryDay[] = "2027-06-30";
const char kAfterExpiry[] = "2027-07-01";

// Unknown site key, a near miss of secureKeyExchange, at line 7, column 5.
const char kTypoPlan[] = R"yaml(hierarch: 1
name: Typo plan
product: configmgr2007
sites:
  - code: CEN
    clientMode: native
    secureKeyExchang: true
    servers: []
)yaml";

using Run = CliRun;

Run runHierarch(const QStringList &arguments, const QString &workingDirectory = QString(),
                const QProcessEnvironment &environment = QProcessEnvironment())
{
    return runProgram(kExecutable, arguments, workingDirectory, environment);
}

QJsonObject parseObject(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("invalid JSON at offset %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return {};
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("the JSON document is not an object");
        return {};
    }
    error->clear();
    return doc.object();
}

// 1-based line of the first line of `text` containing `needle`, 0 if none.
int lineOf(const QByteArray &text, const QByteArray &needle)
{
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(needle))
            return int(i) + 1;
    }
    return 0;
}

int severityRank(const QString &severity)
{
    if (severity == QLatin1String("error"))
        return 0;
    if (severity == QLatin1String("warning"))
        return 1;
    if (severity == QLatin1String("info"))
        return 2;
    return -1;
}

QStringList examplePlans()
{
    QStringList paths;
    const QDir dir(kExamplesDir);
    const QStringList names =
        dir.entryList({QStringLiteral("*.hierarchy.yaml")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        paths << dir.absoluteFilePath(name);
    return paths;
}

QStringList lines(const QByteArray &bytes)
{
    QStringList result = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    if (!result.isEmpty() && result.constLast().isEmpty())
        result.removeLast();
    return result;
}

} // namespace

#define VERIFY_RUN(run)                                                                            \
    QVERIFY2((run).finished, qPrintable(QStringLiteral("hierarch did not run to completion: ") +   \
                                        (run).describe()))

#define PARSE_JSON(var, bytes)                                                                     \
    QJsonObject var;                                                                               \
    {                                                                                              \
        QString parseError_;                                                                       \
        var = parseObject((bytes), &parseError_);                                                  \
        QVERIFY2(parseError_.isEmpty(), qPrintable(parseError_));                                  \
    }

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void failOn_data();
    void failOn();
    void asOf_data();
    void asOf();
    void loadErrors_data();
    void loadErrors();
    void oneBadFileAmongGood_data();
    void oneBadFileAmongGood();
    void badCommandLine_data();
    void badCommandLine();

    void jsonShape();
    void output_data();
    void output();
    void sarifSchema();
    void sarifStructure();
    void textFormat();
    void countsInText();

    void rulesText();
    void rulesJson();
    void rulesProduct_data();
    void rulesProduct();
    void helpAndVersion_data();
    void helpAndVersion();
    void headless();

private:
    QString writePlan(const QString &name, const QByteArray &content);
    QString sarifLog();

    std::unique_ptr<QTemporaryDir> m_dir;
    QHash<QString, QJsonObject> m_catalog; // rule id -> `rules --format json` entry
    QStringList m_ruleIds;                 // catalog order
    QString m_version;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo::exists(kExecutable),
             qPrintable(QStringLiteral("hierarch binary not found at ") + kExecutable));
    QVERIFY2(examplePlans().size() >= 4,
             qPrintable(QStringLiteral("too few example plans in ") + kExamplesDir));

    const Run rules =
        runHierarch({QStringLiteral("rules"), QStringLiteral("--format"), QStringLiteral("json")});
    VERIFY_RUN(rules);
    QCOMPARE(rules.exitCode, 0);
    PARSE_JSON(root, rules.out);
    const QJsonArray array = root.value(QLatin1String("rules")).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject rule = value.toObject();
        const QString id = rule.value(QLatin1String("id")).toString();
        m_ruleIds << id;
        m_catalog.insert(id, rule);
    }
    QVERIFY(!m_catalog.isEmpty());

    const Run version = runHierarch({QStringLiteral("--version")});
    VERIFY_RUN(version);
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("(\\d+\\.\\d+\\.\\d+\\S*)"))
            .match(QString::fromUtf8(version.out));
    QVERIFY2(match.hasMatch(), version.out.constData());
    m_version = match.captured(1);
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::cleanup()
{
    m_dir.reset();
}

QString TestCli::writePlan(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// ---------------------------------------------------------------------------------------------
// Exit codes

void TestCli::failOn_data()
{
    QTest::addColumn<QByteArray>("plan");
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<QString>("failOn"); // empty: option not given (default error)
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QList<int>>("summary"); // error, warning, info, waived

    const QString before = QString::fromLatin1(kBeforeExpiry);
    const QString after = QString::fromLatin1(kAfterExpiry);
    const QList<int> info{0, 0, 1, 0};
    const QList<int> warning{0, 1, 0, 0};
    const QList<int> waived{0, 0, 0, 1};
    const QList<int> expired{1, 0, 1, 0}; // the error and waiver-expired
    const QByteArray infoPlan(kInfoPlan), warningPlan(kWarningPlan), waiverPlan(kWaiverPlan);

    QTest::newRow("info, default") << infoPlan << before << QString() << 0 << info;
    QTest::newRow("info, error") << infoPlan << before << QStringLiteral("error") << 0 << info;
    QTest::newRow("info, warning") << infoPlan << before << QStringLiteral("warning") << 0 << info;
    QTest::newRow("info, info") << infoPlan << before << QStringLiteral("info") << 1 << info;
    QTest::newRow("info, never") << infoPlan << before << QStringLiteral("never") << 0 << info;

    QTest::newRow("warning, default") << warningPlan << before << QString() << 0 << warning;
    QTest::newRow("warning, error")
        << warningPlan << before << QStringLiteral("error") << 0 << warning;
    QTest::newRow("warning, warning")
        << warningPlan << before << QStringLiteral("warning") << 1 << warning;
    QTest::newRow("warning, info")
        << warningPlan << before << QStringLiteral("info") << 1 << warning;
    QTest::newRow("warning, never")
        << warningPlan << before << QStringLiteral("never") << 0 << warning;

    QTest::newRow("waived error, default") << waiverPlan << before << QString() << 0 << waived;
    QTest::newRow("waived error, error")
        << waiverPlan << before << QStringLiteral("error") << 0 << waived;
    QTest::newRow("waived error, warning")
        << waiverPlan << before << QStringLiteral("warning") << 0 << waived;
    QTest::newRow("waived error, info")
        << waiverPlan << before << QStringLiteral("info") << 0 << waived;
    QTest::newRow("waived error, never")
        << waiverPlan << before << QStringLiteral("never") << 0 << waived;

    QTest::newRow("error, default") << waiverPlan << after << QString() << 1 << expired;
    QTest::newRow("error, error") << waiverPlan << after << QStringLiteral("error") << 1 << expired;
    QTest::newRow("error, warning")
        << waiverPlan << after << QStringLiteral("warning") << 1 << expired;
    QTest::newRow("error, info") << waiverPlan << after << QStringLiteral("info") << 1 << expired;
    QTest::newRow("error, never") << waiverPlan << after << QStringLiteral("never") << 0 << expired;
}

void TestCli::failOn()
{
    QFETCH(QByteArray, plan);
    QFETCH(QString, asOf);
    QFETCH(QString, failOn);
    QFETCH(int, exitCode);
    QFETCH(QList<int>, summary);

    const QString path = writePlan(QStringLiteral("plan.hierarchy.yaml"), plan);
    QStringList arguments{QStringLiteral("validate"), path, QStringLiteral("--as-of"), asOf};
    if (!failOn.isEmpty())
        arguments << QStringLiteral("--fail-on") << failOn;

    // Text (the default format) and JSON give the same exit code.
    for (const QString &format : {QStringLiteral("text"), QStringLiteral("json")}) {
        const Run run = runHierarch(arguments + QStringList{QStringLiteral("--format"), format});
        VERIFY_RUN(run);
        QVERIFY2(run.exitCode == exitCode, qPrintable(format + QLatin1Char(' ') + run.describe()));
        if (format == QLatin1String("json")) {
            // The plan produces exactly the findings the row relies on.
            PARSE_JSON(root, run.out);
            const QJsonObject s = root.value(QLatin1String("files"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QLatin1String("summary"))
                                      .toObject();
            const QList<int> actual{s.value(QLatin1String("error")).toInt(-1),
                                    s.value(QLatin1String("warning")).toInt(-1),
                                    s.value(QLatin1String("info")).toInt(-1),
                                    s.value(QLatin1String("waived")).toInt(-1)};
            QCOMPARE(actual, summary);
        }
    }
}

void TestCli::asOf_data()
{
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<bool>("honoured");

    QTest::newRow("before expiry") << QString::fromLatin1(kBeforeExpiry) << true;
    QTest::newRow("on the expiry day") << QString::fromLatin1(kExpiryDay) << true;
    QTest::newRow("after expiry") << QString::fromLatin1(kAfterExpiry) << false;
}

void TestCli::asOf()
{
    QFETCH(QString, asOf);
    QFETCH(bool, honoured);

    const QString path = writePlan(QStringLiteral("waived.hierarchy.yaml"), kWaiverPlan);
    const Run run = runHierarch({QStringLiteral("validate"), path, QStringLiteral("--format"),
                                 QStringLiteral("json"), QStringLiteral("--as-of"), asOf});
    VERIFY_RUN(run);
    QVERIFY2(run.exitCode == (honoured ? 0 : 1), qPrintable(run.describe()));

    PARSE_JSON(root, run.out);
    QCOMPARE(root.value(QLatin1String("asOf")).toString(), asOf);
    const QJsonArray findings = root.value(QLatin1String("files"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QLatin1String("findings"))
                                    .toArray();
    const QString waivedId = QString::fromLatin1(kWaivedFindingId);
    const QString expiredId = QStringLiteral("waiver-expired@") + waivedId;
    int waivedSeen = 0;
    int expiredSeen = 0;
    for (const QJsonValue &value : findings) {
        const QJsonObject f = value.toObject();
        const QString id = f.value(QLatin1String("id")).toString();
        if (id == waivedId) {
            ++waivedSeen;
            QCOMPARE(f.value(QLatin1String("waived")).toBool(), honoured);
            QCOMPARE(f.value(QLatin1String("severity")).toString(), QStringLiteral("error"));
        } else if (id == expiredId) {
            ++expiredSeen;
            QCOMPARE(f.value(QLatin1String("waived")).toBool(), false);
        }
    }
    QCOMPARE(waivedSeen, 1);
    QCOMPARE(expiredSeen, honoured ? 0 : 1);

    // The text report names the error and the expired waiver only once the waiver lapsed.
    const Run text =
        runHierarch({QStringLiteral("validate"), path, QStringLiteral("--as-of"), asOf});
    VERIFY_RUN(text);
    QCOMPARE(text.exitCode, run.exitCode);
    QCOMPARE(text.out.contains("[ntfs-required]"), !honoured);
    QCOMPARE(text.out.contains("[waiver-expired]"), !honoured);
}

void TestCli::loadErrors_data()
{
    QTest::addColumn<QByteArray>("content"); // null: the file does not exist
    QTest::addColumn<int>("line");           // 0: any position
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("messageParts");

    QTest::newRow("missing file") << QByteArray() << 0 << 0 << QStringList();
    QTest::newRow("yaml syntax: illegal map value")
        << QByteArray("hierarch: 1\nname: Bad: plan\nproduct: sms2003\nsites: []\n") << 2 << 10
        << QStringList();
    QTest::newRow("yaml syntax: unclosed flow sequence")
        << QByteArray("hierarch: 1\nname: Bad\nproduct: sms2003\nsites: [\n") << 0 << 0
        << QStringList();
    // A quoted scalar that is never closed is a YAML syntax error (YAML 1.2, 7.3.1).
    QTest::newRow("yaml syntax: unterminated quote")
        << QByteArray("hierarch: 1\nname: Bad\nproduct: sms2003\nsites:\n  - code: CEN\n"
                      "    name: \"Headquarters\n")
        << 0 << 0 << QStringList();
    QTest::newRow("unknown key, near miss")
        << QByteArray(kTypoPlan) << 7 << 5
        << QStringList{QStringLiteral("secureKeyExchang"), QStringLiteral("did you mean"),
                       QStringLiteral("secureKeyExchange")};
    QTest::newRow("unknown top-level key")
        << QByteArray("hierarch: 1\nnmae: Bad\nproduct: sms2003\nsites: []\n") << 2 << 1
        << QStringList{QStringLiteral("nmae"), QStringLiteral("did you mean")};
    QTest::newRow("unknown role")
        << QByteArray("hierarch: 1\nname: Bad\nproduct: sms2003\nsites:\n  - code: CEN\n"
                      "    servers:\n      - name: CEN-SMS01\n"
                      "        roles: [site-server, managment-point]\n")
        << 8 << 30
        << QStringList{QStringLiteral("managment-point"), QStringLiteral("did you mean"),
                       QStringLiteral("management-point")};
    QTest::newRow("key of the other product")
        << QByteArray("hierarch: 1\nname: Bad\nproduct: sms2003\nsites:\n  - code: CEN\n"
                      "    clientMode: native\n")
        << 6 << 5 << QStringList{QStringLiteral("clientMode")};
}

void TestCli::loadErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QStringList, messageParts);

    const QString path = content.isNull()
                             ? m_dir->filePath(QStringLiteral("missing.yaml"))
                             : writePlan(QStringLiteral("bad.hierarchy.yaml"), content);

    for (const QString &format : {QStringLiteral("text"), QStringLiteral("json")}) {
        const Run run = runHierarch({QStringLiteral("validate"), path, QStringLiteral("--format"),
                                     format, QStringLiteral("--fail-on"), QStringLiteral("never")});
        VERIFY_RUN(run);
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));

        // stderr: FILE:LINE:COLUMN: message
        const QRegularExpression location(
            QStringLiteral("^%1:(\\d+):(\\d+): (.+)$").arg(QRegularExpression::escape(path)),
            QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = location.match(QString::fromUtf8(run.err));
        QVERIFY2(match.hasMatch(), qPrintable(run.describe()));
        if (line > 0) {
            QCOMPARE(match.captured(1).toInt(), line);
            QCOMPARE(match.captured(2).toInt(), column);
        }
        for (const QString &part : messageParts)
            QVERIFY2(match.captured(3).contains(part), qPrintable(match.captured(3)));

        if (format == QLatin1String("json")) {
            PARSE_JSON(root, run.out);
            const QJsonArray files = root.value(QLatin1String("files")).toArray();
            QCOMPARE(files.size(), 1);
            const QJsonObject file = files.at(0).toObject();
            QCOMPARE(file.value(QLatin1String("file")).toString(), path);
            QVERIFY(!file.contains(QLatin1String("findings")));
            const QJsonObject error = file.value(QLatin1String("error")).toObject();
            QVERIFY(error.value(QLatin1String("line")).isDouble());
            QVERIFY(error.value(QLatin1String("column")).isDouble());
            QCOMPARE(error.value(QLatin1String("line")).toInt(), match.captured(1).toInt());
            QCOMPARE(error.value(QLatin1String("column")).toInt(), match.captured(2).toInt());
            QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
        }
    }
}

void TestCli::oneBadFileAmongGood_data()
{
    QTest::addColumn<int>("badIndex");
    QTest::addColumn<QByteArray>("badContent"); // null: missing file
    QTest::addColumn<QString>("failOn");

    QTest::newRow("missing file in the middle") << 1 << QByteArray() << QStringLiteral("error");
    QTest::newRow("syntax error first")
        << 0 << QByteArray("hierarch: 1\nname: [\n") << QStringLiteral("error");
    QTest::newRow("unknown key last") << 2 << QByteArray(kTypoPlan) << QStringLiteral("never");
}

void TestCli::oneBadFileAmongGood()
{
    QFETCH(int, badIndex);
    QFETCH(QByteArray, badContent);
    QFETCH(QString, failOn);

    const QString bad = badContent.isNull()
                            ? m_dir->filePath(QStringLiteral("missing.hierarchy.yaml"))
                            : writePlan(QStringLiteral("bad.hierarchy.yaml"), badContent);
    QStringList files{writePlan(QStringLiteral("info.hierarchy.yaml"), kInfoPlan),
                      examplePlans().constFirst()};
    files.insert(badIndex, bad);

    const Run run = runHierarch(QStringList{QStringLiteral("validate")} + files +
                                QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                            QStringLiteral("--fail-on"), failOn});
    VERIFY_RUN(run);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(bad.toUtf8() + ':'), qPrintable(run.describe()));

    PARSE_JSON(root, run.out);
    const QJsonArray entries = root.value(QLatin1String("files")).toArray();
    QCOMPARE(entries.size(), files.size());
    for (int i = 0; i < int(files.size()); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        QCOMPARE(entry.value(QLatin1String("file")).toString(), files.at(i));
        if (i == badIndex) {
            const QJsonObject error = entry.value(QLatin1String("error")).toObject();
            QVERIFY(error.value(QLatin1String("line")).isDouble());
            QVERIFY(error.value(QLatin1String("column")).isDouble());
            QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
            QVERIFY(!entry.contains(QLatin1String("findings")));
        } else {
            QVERIFY(!entry.contains(QLatin1String("error")));
            QVERIFY(entry.value(QLatin1String("findings")).isArray());
            QVERIFY(entry.value(QLatin1String("summary")).isObject());
        }
    }
}

void TestCli::badCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments"); // "PLAN" is replaced by a good plan's path

    const QString validate = QStringLiteral("validate");
    const QString plan = QStringLiteral("PLAN");
    const QString asOf = QStringLiteral("--as-of");
    QTest::newRow("unknown option") << QStringList{validate, plan, QStringLiteral("--bogus")};
    QTest::newRow("unknown format")
        << QStringList{validate, plan, QStringLiteral("--format"), QStringLiteral("xml")};
    QTest::newRow("format without value")
        << QStringList{validate, plan, QStringLiteral("--format")};
    QTest::newRow("unknown fail-on")
        << QStringList{validate, plan, QStringLiteral("--fail-on"), QStringLiteral("fatal")};
    QTest::newRow("as-of month 13")
        << QStringList{validate, plan, asOf, QStringLiteral("2027-13-01")};
    QTest::newRow("as-of 30 February")
        << QStringList{validate, plan, asOf, QStringLiteral("2027-02-30")};
    QTest::newRow("as-of two-digit year")
        << QStringList{validate, plan, asOf, QStringLiteral("27-01-01")};
    QTest::newRow("as-of word") << QStringList{validate, plan, asOf, QStringLiteral("tomorrow")};
    QTest::newRow("as-of slashes")
        << QStringList{validate, plan, asOf, QStringLiteral("2027/01/01")};
    QTest::newRow("no files") << QStringList{validate};
    QTest::newRow("no files, options only")
        << QStringList{validate, QStringLiteral("--format"), QStringLiteral("json")};
    QTest::newRow("rules: unknown product") << QStringList{
        QStringLiteral("rules"), QStringLiteral("--product"), QStringLiteral("sms2.0")};
    QTest::newRow("rules: unknown format") << QStringList{
        QStringLiteral("rules"), QStringLiteral("--format"), QStringLiteral("sarif")};
    QTest::newRow("rules: unknown option")
        << QStringList{QStringLiteral("rules"), QStringLiteral("--bogus")};
}

void TestCli::badCommandLine()
{
    QFETCH(QStringList, arguments);

    const QString plan = writePlan(QStringLiteral("info.hierarchy.yaml"), kInfoPlan);
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^PLAN$")), plan);
    const Run run = runHierarch(arguments);
    VERIFY_RUN(run);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(!run.err.trimmed().isEmpty(), "no message on stderr");
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe())); // no partial report
}

// ---------------------------------------------------------------------------------------------
// JSON

void TestCli::jsonShape()
{
    const QString asOf = QString::fromLatin1(kBeforeExpiry);
    QStringList files = examplePlans();
    files << writePlan(QStringLiteral("info.hierarchy.yaml"), kInfoPlan)
          << writePlan(QStringLiteral("warning.hierarchy.yaml"), kWarningPlan)
          << writePlan(QStringLiteral("waived.hierarchy.yaml"), kWaiverPlan);

    const Run run = runHierarch(QStringList{QStringLiteral("validate")} + files +
                                QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                            QStringLiteral("--as-of"), asOf});
    VERIFY_RUN(run);
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.describe()));
    PARSE_JSON(root, run.out);

    const QJsonObject tool = root.value(QLatin1String("tool")).toObject();
    QCOMPARE(tool.value(QLatin1String("name")).toString(), QStringLiteral("hierarch"));
    QCOMPARE(tool.value(QLatin1String("version")).toString(), m_version);
    QVERIFY(tool.value(QLatin1String("rulesVersion")).isDouble());
    QCOMPARE(tool.value(QLatin1String("rulesVersion")).toInt(), 1);
    QCOMPARE(root.value(QLatin1String("asOf")).toString(), asOf);

    static const QSet<QString> categories{
        QStringLiteral("structure"), QStringLiteral("security"), QStringLiteral("availability"),
        QStringLiteral("capacity"),  QStringLiteral("accounts"), QStringLiteral("review")};
    static const QSet<QString> kinds{QStringLiteral("hierarchy"), QStringLiteral("site"),
                                     QStringLiteral("server"), QStringLiteral("account"),
                                     QStringLiteral("waiver")};

    const QJsonArray entries = root.value(QLatin1String("files")).toArray();
    QCOMPARE(entries.size(), files.size());
    bool sawError = false;
    bool sawWaived = false;
    bool sawServer = false;
    for (int i = 0; i < int(files.size()); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QString context = files.at(i);
        QCOMPARE(entry.value(QLatin1String("file")).toString(), files.at(i));
        QVERIFY2(!entry.value(QLatin1String("name")).toString().isEmpty(), qPrintable(context));
        const QString product = entry.value(QLatin1String("product")).toString();
        QVERIFY2(product == QLatin1String("sms2003") || product == QLatin1String("configmgr2007"),
                 qPrintable(context));

        int counts[3] = {0, 0, 0};
        int waived = 0;
        int previousRank = -1;
        QString previousRule;
        QString previousSubject;
        const QJsonArray findings = entry.value(QLatin1String("findings")).toArray();
        QVERIFY2(entry.value(QLatin1String("findings")).isArray(), qPrintable(context));
        for (const QJsonValue &value : findings) {
            const QJsonObject f = value.toObject();
            const QString rule = f.value(QLatin1String("rule")).toString();
            const QString severity = f.value(QLatin1String("severity")).toString();
            const QString category = f.value(QLatin1String("category")).toString();
            const QJsonObject subject = f.value(QLatin1String("subject")).toObject();
            const QString kind = subject.value(QLatin1String("kind")).toString();
            const QString name = subject.value(QLatin1String("name")).toString();
            const QString id = f.value(QLatin1String("id")).toString();
            const QString where = context + QLatin1Char(' ') + id;

            QVERIFY2(m_catalog.contains(rule), qPrintable(where));
            QCOMPARE(id, rule + QLatin1Char('@') + name);
            QVERIFY2(!name.isEmpty(), qPrintable(where));
            const int rank = severityRank(severity);
            QVERIFY2(rank >= 0, qPrintable(where));
            QCOMPARE(severity, m_catalog.value(rule).value(QLatin1String("severity")).toString());
            QVERIFY2(categories.contains(category), qPrintable(where));
            QCOMPARE(category, m_catalog.value(rule).value(QLatin1String("category")).toString());
            QVERIFY2(kinds.contains(kind), qPrintable(where));
            if (kind == QLatin1String("server")) {
                sawServer = true;
                QVERIFY2(!subject.value(QLatin1String("site")).toString().isEmpty(),
                         qPrintable(where));
            }
            QVERIFY2(!f.value(QLatin1String("message")).toString().isEmpty(), qPrintable(where));
            QVERIFY2(f.value(QLatin1String("waived")).isBool(), qPrintable(where));

            if (f.value(QLatin1String("waived")).toBool()) {
                ++waived;
                sawWaived = true;
            } else {
                ++counts[rank];
            }
            if (rank == 0)
                sawError = true;

            // Sorted by severity, then rule id, then subject.
            const bool ordered =
                rank > previousRank ||
                (rank == previousRank &&
                 (rule > previousRule || (rule == previousRule && name >= previousSubject)));
            QVERIFY2(ordered, qPrintable(where + QStringLiteral(" is out of order after ") +
                                         previousRule + QLatin1Char('@') + previousSubject));
            previousRank = rank;
            previousRule = rule;
            previousSubject = name;
        }

        const QJsonObject summary = entry.value(QLatin1String("summary")).toObject();
        QCOMPARE(summary.value(QLatin1String("error")).toInt(-1), counts[0]);
        QCOMPARE(summary.value(QLatin1String("warning")).toInt(-1), counts[1]);
        QCOMPARE(summary.value(QLatin1String("info")).toInt(-1), counts[2]);
        QCOMPARE(summary.value(QLatin1String("waived")).toInt(-1), waived);
    }
    QVERIFY(sawError);
    QVERIFY(sawWaived);
    QVERIFY(sawServer);

    // The waived finding of the inline plan, as written.
    const QJsonArray waivedFindings =
        entries.last().toObject().value(QLatin1String("findings")).toArray();
    QCOMPARE(waivedFindings.size(), 1);
    const QJsonObject f = waivedFindings.at(0).toObject();
    QCOMPARE(f.value(QLatin1String("id")).toString(), QString::fromLatin1(kWaivedFindingId));
    QCOMPARE(f.value(QLatin1String("rule")).toString(), QStringLiteral("ntfs-required"));
    QCOMPARE(f.value(QLatin1String("waived")).toBool(), true);
    const QJsonObject subject = f.value(QLatin1String("subject")).toObject();
    QCOMPARE(subject.value(QLatin1String("kind")).toString(), QStringLiteral("server"));
    QCOMPARE(subject.value(QLatin1String("name")).toString(), QStringLiteral("CEN-MP01"));
    QCOMPARE(subject.value(QLatin1String("site")).toString(), QStringLiteral("CEN"));
}

void TestCli::output_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("text") << QStringLiteral("text");
    QTest::newRow("json") << QStringLiteral("json");
    QTest::newRow("sarif") << QStringLiteral("sarif");
}

void TestCli::output()
{
    QFETCH(QString, format);

    const QString plan = writePlan(QStringLiteral("waived.hierarchy.yaml"), kWaiverPlan);
    const QString out = m_dir->filePath(QStringLiteral("report.out"));
    const QStringList arguments{QStringLiteral("validate"), plan,
                                QStringLiteral("--format"), format,
                                QStringLiteral("--as-of"),  QString::fromLatin1(kAfterExpiry)};

    const Run toFile = runHierarch(arguments + QStringList{QStringLiteral("--output"), out});
    VERIFY_RUN(toFile);
    QVERIFY2(toFile.exitCode == 1, qPrintable(toFile.describe())); // still the verdict
    QVERIFY2(toFile.out.isEmpty(), qPrintable(toFile.describe()));
    QFile file(out);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(out));
    const QByteArray written = file.readAll();
    QVERIFY(!written.isEmpty());

    // The file holds the report that stdout would have shown.
    const Run toStdout = runHierarch(arguments);
    VERIFY_RUN(toStdout);
    QCOMPARE(toStdout.exitCode, 1);
    QCOMPARE(written, toStdout.out);
    if (format != QLatin1String("text")) {
        PARSE_JSON(root, written);
        QVERIFY(!root.isEmpty());
    } else {
        QVERIFY(written.contains("[ntfs-required]"));
    }
}

// ---------------------------------------------------------------------------------------------
// SARIF

// Runs --format sarif over every example, a plan with a waived finding and an unloadable file,
// and returns the path of the written log (empty on failure, after a QTest failure).
QString TestCli::sarifLog()
{
    QStringList files = examplePlans();
    files << writePlan(QStringLiteral("waived plan.hierarchy.yaml"), kWaiverPlan)
          << writePlan(QStringLiteral("warning.hierarchy.yaml"), kWarningPlan)
          << writePlan(QStringLiteral("typo.hierarchy.yaml"), kTypoPlan);
    const QString out = m_dir->filePath(QStringLiteral("hierarch.sarif"));
    const Run run = runHierarch(
        QStringList{QStringLiteral("validate")} + files +
        QStringList{QStringLiteral("--format"), QStringLiteral("sarif"), QStringLiteral("--as-of"),
                    QString::fromLatin1(kBeforeExpiry), QStringLiteral("--output"), out});
    if (!run.finished || run.exitCode != 2 || !QFileInfo::exists(out)) {
        QTest::qFail(qPrintable(QStringLiteral("SARIF run failed (expected exit 2 for the "
                                               "unloadable file): ") +
                                run.describe()),
                     __FILE__, __LINE__);
        return QString();
    }
    return out;
}

void TestCli::sarifSchema()
{
    HIERARCH_REQUIRE(QFileInfo::exists(kSarifSchema),
                     QStringLiteral("SARIF 2.1.0 JSON schema not found at ") + kSarifSchema +
                         QStringLiteral("; cannot validate the SARIF output"));
    HIERARCH_REQUIRE(QFileInfo::exists(kPython), QStringLiteral("Python not found at ") + kPython);

    const QString log = sarifLog();
    if (log.isEmpty())
        return;

    // Validates with Draft 7 and with the draft the schema itself declares ($schema), checking
    // the schema first so that a broken schema cannot pass everything.
    const QString script = QStringLiteral(R"py(
import json, sys
import jsonschema
from jsonschema import validators
with open(sys.argv[1], encoding='utf-8') as f:
    schema = json.load(f)
with open(sys.argv[2], encoding='utf-8') as f:
    log = json.load(f)
classes = [jsonschema.Draft7Validator]
declared = validators.validator_for(schema, default=jsonschema.Draft7Validator)
if declared not in classes:
    classes.append(declared)
for cls in classes:
    cls.check_schema(schema)
    checker = getattr(cls, 'FORMAT_CHECKER', None) or jsonschema.FormatChecker()
    cls(schema, format_checker=checker).validate(log)
print('valid')
)py");
    const Run valid = runProgram(kPython, {QStringLiteral("-c"), script, kSarifSchema, log});
    QVERIFY2(valid.finished, qPrintable(valid.describe()));
    QVERIFY2(valid.exitCode == 0, qPrintable(valid.describe()));
    QVERIFY(valid.out.contains("valid"));

    // The same check rejects a log that breaks the schema, so a pass above means something.
    QFile file(log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    PARSE_JSON(root, file.readAll());
    root.insert(QStringLiteral("version"), QStringLiteral("2.0.0"));
    const QString broken = m_dir->filePath(QStringLiteral("broken.sarif"));
    QFile brokenFile(broken);
    QVERIFY(brokenFile.open(QIODevice::WriteOnly));
    brokenFile.write(QJsonDocument(root).toJson());
    brokenFile.close();
    const Run invalid = runProgram(kPython, {QStringLiteral("-c"), script, kSarifSchema, broken});
    QVERIFY2(invalid.finished, qPrintable(invalid.describe()));
    QVERIFY2(invalid.exitCode != 0, "the schema check accepted an invalid SARIF version");
}

void TestCli::sarifStructure()
{
    const QString log = sarifLog();
    if (log.isEmpty())
        return;
    QFile file(log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    PARSE_JSON(root, file.readAll());

    QCOMPARE(root.value(QLatin1String("version")).toString(), QStringLiteral("2.1.0"));
    const QJsonArray runs = root.value(QLatin1String("runs")).toArray();
    QCOMPARE(runs.size(), 1);
    const QJsonObject run = runs.at(0).toObject();
    const QJsonObject driver =
        run.value(QLatin1String("tool")).toObject().value(QLatin1String("driver")).toObject();
    QCOMPARE(driver.value(QLatin1String("name")).toString(), QStringLiteral("hierarch"));

    const QJsonArray rules = driver.value(QLatin1String("rules")).toArray();
    QCOMPARE(rules.size(), kRuleCount);
    QStringList ruleIds;
    for (const QJsonValue &value : rules) {
        const QJsonObject rule = value.toObject();
        const QString id = rule.value(QLatin1String("id")).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY2(m_catalog.contains(id), qPrintable(id));
        QVERIFY2(!ruleIds.contains(id), qPrintable(QStringLiteral("duplicate rule ") + id));
        ruleIds << id;
        QVERIFY2(!rule.value(QLatin1String("shortDescription"))
                      .toObject()
                      .value(QLatin1String("text"))
                      .toString()
                      .isEmpty(),
                 qPrintable(id));
        const QString help =
            rule.value(QLatin1String("help")).toObject().value(QLatin1String("text")).toString();
        const QJsonObject entry = m_catalog.value(id);
        QVERIFY2(help.contains(entry.value(QLatin1String("rationale")).toString()), qPrintable(id));
        QVERIFY2(help.contains(entry.value(QLatin1String("remediation")).toString()),
                 qPrintable(id));
        // Sources by document title, never by the file names the documents came as.
        QVERIFY2(help.contains(QStringLiteral("Source: ") +
                               entry.value(QLatin1String("source")).toString()),
                 qPrintable(id));
        QVERIFY2(!help.contains(QLatin1String(".txt")), qPrintable(help));
        const QString level = rule.value(QLatin1String("defaultConfiguration"))
                                  .toObject()
                                  .value(QLatin1String("level"))
                                  .toString();
        const QString severity = entry.value(QLatin1String("severity")).toString();
        QCOMPARE(level, severity == QLatin1String("info") ? QStringLiteral("note") : severity);
    }

    // The same inputs as JSON, to check that every finding became one result.
    QStringList files = examplePlans();
    files << m_dir->filePath(QStringLiteral("waived plan.hierarchy.yaml"))
          << m_dir->filePath(QStringLiteral("warning.hierarchy.yaml"));
    const Run json =
        runHierarch(QStringList{QStringLiteral("validate")} + files +
                    QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                QStringLiteral("--as-of"), QString::fromLatin1(kBeforeExpiry)});
    VERIFY_RUN(json);
    PARSE_JSON(jsonRoot, json.out);
    int unwaived = 0;
    int waivedCount = 0;
    for (const QJsonValue &entry : jsonRoot.value(QLatin1String("files")).toArray()) {
        const QJsonObject summary = entry.toObject().value(QLatin1String("summary")).toObject();
        unwaived += summary.value(QLatin1String("error")).toInt() +
                    summary.value(QLatin1String("warning")).toInt() +
                    summary.value(QLatin1String("info")).toInt();
        waivedCount += summary.value(QLatin1String("waived")).toInt();
    }

    static const QSet<QString> levels{QStringLiteral("error"), QStringLiteral("warning"),
                                      QStringLiteral("note")};
    const QJsonArray results = run.value(QLatin1String("results")).toArray();
    QCOMPARE(int(results.size()), unwaived + waivedCount);
    int suppressed = 0;
    bool sawWaived = false;
    bool sawWarningLine = false;
    const int warningLine = lineOf(kWarningPlan, "- name: CEN-MP01");
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        const QString ruleId = result.value(QLatin1String("ruleId")).toString();
        QVERIFY2(ruleIds.contains(ruleId), qPrintable(ruleId));
        QVERIFY2(result.value(QLatin1String("ruleIndex")).isDouble(), qPrintable(ruleId));
        const int ruleIndex = result.value(QLatin1String("ruleIndex")).toInt(-1);
        QVERIFY2(ruleIndex >= 0 && ruleIndex < ruleIds.size(), qPrintable(ruleId));
        QCOMPARE(ruleIds.at(ruleIndex), ruleId);
        const QString level = result.value(QLatin1String("level")).toString();
        QVERIFY2(levels.contains(level), qPrintable(ruleId + QLatin1Char(' ') + level));
        const QString severity =
            m_catalog.value(ruleId).value(QLatin1String("severity")).toString();
        QCOMPARE(level, severity == QLatin1String("info") ? QStringLiteral("note") : severity);
        QVERIFY2(!result.value(QLatin1String("message"))
                      .toObject()
                      .value(QLatin1String("text"))
                      .toString()
                      .isEmpty(),
                 qPrintable(ruleId));

        const QJsonObject physical = result.value(QLatin1String("locations"))
                                         .toArray()
                                         .at(0)
                                         .toObject()
                                         .value(QLatin1String("physicalLocation"))
                                         .toObject();
        const QString uri = physical.value(QLatin1String("artifactLocation"))
                                .toObject()
                                .value(QLatin1String("uri"))
                                .toString();
        QVERIFY2(!uri.isEmpty(), qPrintable(ruleId));
        const int startLine = physical.value(QLatin1String("region"))
                                  .toObject()
                                  .value(QLatin1String("startLine"))
                                  .toInt(0);
        QVERIFY2(startLine >= 1, qPrintable(ruleId));
        if (ruleId == QLatin1String("other-local-system-services") &&
            uri.endsWith(QLatin1String("warning.hierarchy.yaml"))) {
            QCOMPARE(startLine, warningLine);
            sawWarningLine = true;
        }

        const QJsonArray suppressions = result.value(QLatin1String("suppressions")).toArray();
        if (!suppressions.isEmpty()) {
            ++suppressed;
            const QJsonObject suppression = suppressions.at(0).toObject();
            QCOMPARE(suppression.value(QLatin1String("kind")).toString(),
                     QStringLiteral("external"));
            QVERIFY2(!suppression.value(QLatin1String("justification")).toString().isEmpty(),
                     qPrintable(ruleId));
            if (ruleId == QLatin1String("ntfs-required") && uri.contains(QLatin1String("waived"))) {
                sawWaived = true;
                QCOMPARE(suppression.value(QLatin1String("justification")).toString(),
                         QString::fromLatin1(kWaiverJustification));
            }
        }
    }
    QCOMPARE(suppressed, waivedCount);
    QVERIFY2(sawWaived, "no suppressed result for the waived ntfs-required finding");
    QVERIFY2(sawWarningLine, "no result for the inline warning plan");
}

// ---------------------------------------------------------------------------------------------
// Text

void TestCli::textFormat()
{
    QStringList files = examplePlans();
    files << writePlan(QStringLiteral("warning.hierarchy.yaml"), kWarningPlan)
          << writePlan(QStringLiteral("waived.hierarchy.yaml"), kWaiverPlan);
    const QStringList common =
        QStringList{QStringLiteral("validate")} + files +
        QStringList{QStringLiteral("--as-of"), QString::fromLatin1(kBeforeExpiry)};

    const Run text = runHierarch(common);
    VERIFY_RUN(text);
    QVERIFY2(text.exitCode == 0 || text.exitCode == 1, qPrintable(text.describe()));
    QVERIFY2(!text.out.contains('\x1b'), "ANSI escape code in text output to a pipe");
    QVERIFY2(!text.err.contains('\x1b'), "ANSI escape code in stderr to a pipe");

    const Run json =
        runHierarch(common + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    VERIFY_RUN(json);
    QCOMPARE(json.exitCode, text.exitCode);
    PARSE_JSON(root, json.out);
    const QJsonArray entries = root.value(QLatin1String("files")).toArray();
    QCOMPARE(entries.size(), files.size());

    const QStringList output = lines(text.out);
    qsizetype next = 0;
    for (int i = 0; i < int(files.size()); ++i) {
        const QString &file = files.at(i);
        const QRegularExpression findingLine(
            QStringLiteral("^%1:(\\d+): (error|warning|info): .+ \\[([a-z0-9-]+)\\]$")
                .arg(QRegularExpression::escape(file)));

        // The unwaived findings of this file, in report order.
        QStringList expectedRules;
        for (const QJsonValue &value :
             entries.at(i).toObject().value(QLatin1String("findings")).toArray()) {
            const QJsonObject f = value.toObject();
            if (!f.value(QLatin1String("waived")).toBool())
                expectedRules << f.value(QLatin1String("rule")).toString();
        }

        QStringList rules;
        for (; next < output.size(); ++next) {
            const QRegularExpressionMatch match = findingLine.match(output.at(next));
            if (!match.hasMatch())
                break;
            QVERIFY2(match.captured(1).toInt() >= 1, qPrintable(output.at(next)));
            const QString rule = match.captured(3);
            QVERIFY2(m_catalog.contains(rule), qPrintable(output.at(next)));
            QCOMPARE(match.captured(2),
                     m_catalog.value(rule).value(QLatin1String("severity")).toString());
            rules << rule;
            if (file.endsWith(QLatin1String("warning.hierarchy.yaml")))
                QCOMPARE(match.captured(1).toInt(), lineOf(kWarningPlan, "- name: CEN-MP01"));
        }
        QCOMPARE(rules, expectedRules);

        // Then the summary line of this file.
        QVERIFY2(next < output.size(), qPrintable(QStringLiteral("no summary line for ") + file));
        const QString summary = output.at(next++);
        QVERIFY2(summary.startsWith(file + QLatin1Char(':')), qPrintable(summary));
        QVERIFY2(!findingLine.match(summary).hasMatch(), qPrintable(summary));
    }
    QCOMPARE(next, output.size());
}

// ---------------------------------------------------------------------------------------------
// rules

void TestCli::rulesText()
{
    const Run run = runHierarch({QStringLiteral("rules")});
    VERIFY_RUN(run);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!run.out.contains('\x1b'));

    QHash<QString, QString> lineById;
    for (const QString &line : lines(run.out)) {
        const QString first = line.section(QLatin1Char(' '), 0, 0);
        if (m_catalog.contains(first)) {
            QVERIFY2(!lineById.contains(first),
                     qPrintable(QStringLiteral("listed twice: ") + first));
            lineById.insert(first, line);
        }
    }
    QCOMPARE(int(lineById.size()), kRuleCount);
    for (auto it = lineById.cbegin(); it != lineById.cend(); ++it) {
        const QJsonObject rule = m_catalog.value(it.key());
        const QStringList columns = it.value().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const char *key : {"severity", "category", "scope", "products"}) {
            QVERIFY2(columns.contains(rule.value(QLatin1String(key)).toString()),
                     qPrintable(it.value()));
        }
        QVERIFY2(it.value().contains(rule.value(QLatin1String("title")).toString()),
                 qPrintable(it.value()));
    }
}

void TestCli::rulesJson()
{
    QCOMPARE(int(m_ruleIds.size()), kRuleCount);
    QCOMPARE(int(m_catalog.size()), kRuleCount); // ids are unique
    for (const QString &id : std::as_const(m_ruleIds)) {
        const QJsonObject rule = m_catalog.value(id);
        for (const char *key : {"id", "severity", "category", "scope", "products", "title",
                                "rationale", "remediation", "source"}) {
            QVERIFY2(!rule.value(QLatin1String(key)).toString().trimmed().isEmpty(),
                     qPrintable(id + QStringLiteral(": no ") + QLatin1String(key)));
        }
        QVERIFY2(severityRank(rule.value(QLatin1String("severity")).toString()) >= 0,
                 qPrintable(id));
    }
    // A few ids straight from RULES.md, the new ones of version 2 among them.
    for (const char *id :
         {"central-site-count", "fsp-colocated", "clustered-site-system", "waiver-expired",
          "waiver-unused", "ntfs-required", "secondary-site-client-mode",
          "account-type-not-in-product", "site-system-on-domain-controller",
          "internet-clients-secondary-site", "os-unsupported", "site-assignment-no-slp",
          "capacity-branch-distribution-points"}) {
        QVERIFY2(m_catalog.contains(QLatin1String(id)), id);
    }
    // Sources cite the vendor documents by title and section.
    for (const QJsonObject &rule : std::as_const(m_catalog)) {
        const QString source = rule.value(QLatin1String("source")).toString();
        QVERIFY2(!source.contains(QLatin1String(".txt")), qPrintable(source));
    }
    QVERIFY(m_catalog.value(QStringLiteral("fsp-colocated"))
                .value(QLatin1String("source"))
                .toString()
                .startsWith(QLatin1String("Configuration Manager 2007: Best Practices for Securing "
                                          "Site Systems")));
    // The SQL Server rationale differs for SMS 2003 plans (RULES.md sql-mixed-authentication).
    QVERIFY(m_catalog.value(QStringLiteral("sql-mixed-authentication"))
                .value(QLatin1String("rationaleSms2003"))
                .toString()
                .contains(QLatin1String("SQL Server login")));
}

void TestCli::rulesProduct_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("other");
    QTest::addColumn<QString>("excluded"); // a rule of the other product only
    QTest::addColumn<QString>("ownRule");  // a rule of this product only

    QTest::newRow("sms2003") << QStringLiteral("sms2003") << QStringLiteral("configmgr2007")
                             << QStringLiteral("fsp-colocated")
                             << QStringLiteral("accept-unsigned-data");
    QTest::newRow("configmgr2007")
        << QStringLiteral("configmgr2007") << QStringLiteral("sms2003")
        << QStringLiteral("accept-unsigned-data") << QStringLiteral("fsp-colocated");
}

void TestCli::rulesProduct()
{
    QFETCH(QString, product);
    QFETCH(QString, other);
    QFETCH(QString, excluded);
    QFETCH(QString, ownRule);

    int expected = 0;
    for (const QJsonObject &rule : std::as_const(m_catalog))
        expected += rule.value(QLatin1String("products")).toString() != other ? 1 : 0;
    QVERIFY(expected > 0 && expected < kRuleCount);

    const Run json = runHierarch({QStringLiteral("rules"), QStringLiteral("--format"),
                                  QStringLiteral("json"), QStringLiteral("--product"), product});
    VERIFY_RUN(json);
    QCOMPARE(json.exitCode, 0);
    PARSE_JSON(root, json.out);
    QSet<QString> ids;
    for (const QJsonValue &value : root.value(QLatin1String("rules")).toArray()) {
        const QJsonObject rule = value.toObject();
        const QString products = rule.value(QLatin1String("products")).toString();
        QVERIFY2(products == QLatin1String("both") || products == product,
                 qPrintable(rule.value(QLatin1String("id")).toString()));
        ids.insert(rule.value(QLatin1String("id")).toString());
    }
    QCOMPARE(int(ids.size()), expected);
    QVERIFY(!ids.contains(excluded));
    QVERIFY(ids.contains(ownRule));
    QVERIFY(ids.contains(QStringLiteral("central-site-count"))); // both products
    QVERIFY(ids.contains(QStringLiteral("waiver-expired")));

    const Run text = runHierarch({QStringLiteral("rules"), QStringLiteral("--product"), product});
    VERIFY_RUN(text);
    QCOMPARE(text.exitCode, 0);
    QSet<QString> listed;
    for (const QString &line : lines(text.out)) {
        const QString first = line.section(QLatin1Char(' '), 0, 0);
        if (m_catalog.contains(first))
            listed.insert(first);
    }
    QCOMPARE(listed, ids);
}

// ---------------------------------------------------------------------------------------------
// Help, version, headless

void TestCli::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("--help") << QStringList{QStringLiteral("--help")}
                            << QStringList{QStringLiteral("validate"), QStringLiteral("rules"),
                                           QStringLiteral("--version")};
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")}
                               << QStringList{QStringLiteral("hierarch")};
    QTest::newRow("validate --help")
        << QStringList{QStringLiteral("validate"), QStringLiteral("--help")}
        << QStringList{QStringLiteral("--format"), QStringLiteral("--fail-on"),
                       QStringLiteral("--as-of"), QStringLiteral("--output")};
    QTest::newRow("rules --help") << QStringList{QStringLiteral("rules"), QStringLiteral("--help")}
                                  << QStringList{QStringLiteral("--format"),
                                                 QStringLiteral("--product")};
}

void TestCli::helpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);

    const Run run = runHierarch(arguments);
    VERIFY_RUN(run);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QString out = QString::fromUtf8(run.out);
    for (const QString &mention : mentions)
        QVERIFY2(out.contains(mention), qPrintable(mention + QStringLiteral(" not in: ") + out));
    if (arguments == QStringList{QStringLiteral("--version")}) {
        QVERIFY2(QRegularExpression(QStringLiteral("^hierarch \\d+\\.\\d+\\.\\d+"))
                     .match(out)
                     .hasMatch(),
                 qPrintable(out));
    }
}

void TestCli::headless()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"),
                                QStringLiteral("QT_QPA_PLATFORM")}) {
        environment.remove(name);
    }
    // An otherwise empty environment still counts as "set" for runProgram.
    environment.insert(QStringLiteral("HIERARCH_TEST_HEADLESS"), QStringLiteral("1"));

    const QString clean = writePlan(QStringLiteral("info.hierarchy.yaml"), kInfoPlan);
    const Run ok = runHierarch(
        {QStringLiteral("validate"), clean, QStringLiteral("--format"), QStringLiteral("json")},
        QString(), environment);
    VERIFY_RUN(ok);
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.describe()));
    PARSE_JSON(okRoot, ok.out);
    QCOMPARE(okRoot.value(QLatin1String("files")).toArray().size(), 1);

    const QStringList examples = examplePlans();
    const Run all =
        runHierarch(QStringList{QStringLiteral("validate")} + examples +
                        QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                    QStringLiteral("--as-of"), QString::fromLatin1(kBeforeExpiry)},
                    QString(), environment);
    VERIFY_RUN(all);
    QVERIFY2(all.exitCode == 0 || all.exitCode == 1, qPrintable(all.describe()));
    PARSE_JSON(allRoot, all.out);
    QCOMPARE(allRoot.value(QLatin1String("files")).toArray().size(), examples.size());

    const Run text = runHierarch({QStringLiteral("validate"), clean}, QString(), environment);
    VERIFY_RUN(text);
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    QVERIFY(text.out.contains("[static-ip]"));

    const Run rules = runHierarch({QStringLiteral("rules")}, QString(), environment);
    VERIFY_RUN(rules);
    QVERIFY2(rules.exitCode == 0, qPrintable(rules.describe()));
}

QTEST_GUILESS_MAIN(TestCli)

#include "tst_cli.moc"

// The text output is English with singular and plural forms ("1 error", "1 management point"),
// whatever catalogs exist, and keeps plain digits; JSON carries the same message.
void TestCli::countsInText()
{
    const QString plan =
        QStringLiteral(HIERARCH_FIXTURES_DIR "/counts/one-management-point.hierarchy.yaml");
    const QString message = QStringLiteral("Site P01 plans 52000 clients for 1 management point; "
                                           "one management point supports 25000.");
    const QStringList common{QStringLiteral("validate"), plan, QStringLiteral("--as-of"),
                             QString::fromLatin1(kBeforeExpiry)};
    const Run text = runHierarch(common);
    VERIFY_RUN(text);
    QVERIFY2(QString::fromUtf8(text.out).contains(message), text.out.constData());

    const Run json =
        runHierarch(common + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    VERIFY_RUN(json);
    QVERIFY2(QString::fromUtf8(json.out).contains(message), json.out.constData());

    // The summary line names each count in the singular or the plural.
    const QString waived = writePlan(QStringLiteral("waived.hierarchy.yaml"), kWaiverPlan);
    const Run summary =
        runHierarch({QStringLiteral("validate"), plan, waived, QStringLiteral("--as-of"),
                     QString::fromLatin1(kBeforeExpiry)});
    VERIFY_RUN(summary);
    const QRegularExpression line(QStringLiteral(
        "^.+: (\\d+) (error|errors), (\\d+) (warning|warnings), \\d+ info, (\\d+) waived$"));
    int summaries = 0;
    for (const QString &out : lines(summary.out)) {
        const QRegularExpressionMatch m = line.match(out);
        if (!m.hasMatch())
            continue;
        ++summaries;
        QCOMPARE(m.captured(2), m.captured(1) == QLatin1String("1") ? QStringLiteral("error")
                                                                    : QStringLiteral("errors"));
        QCOMPARE(m.captured(4), m.captured(3) == QLatin1String("1") ? QStringLiteral("warning")
                                                                    : QStringLiteral("warnings"));
    }
    QCOMPARE(summaries, 2);
    QVERIFY2(summary.out.contains(" 1 waived"), summary.out.constData());
}
