#pragma once

// The command-line suites' shared part: the binary, the plans they run it on, helpers to run it
// and read its output, and a base class holding a temporary directory and the rule catalog that
// `hierarch rules --format json` reports.
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

namespace clitest {

inline const QString kExecutable = QStringLiteral(HIERARCH_EXECUTABLE);
inline const QString kSarifSchema = QStringLiteral(HIERARCH_SARIF_SCHEMA);
inline const QString kPython = QStringLiteral(HIERARCH_PYTHON);
inline const QString kExamplesDir = QStringLiteral(HIERARCH_EXAMPLES_DIR);

// RULES.md version 2, the README's three release rules, its six PKI rules, its five site
// address rules and its three boundary rules
inline constexpr int kRuleCount = 103;

// Only info findings (static-ip on CEN-MP01): exit 0 with the default --fail-on.
inline constexpr char kInfoPlan[] = R"yaml(hierarch: 1
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
inline constexpr char kWarningPlan[] = R"yaml(hierarch: 1
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
inline constexpr char kWaiverPlan[] = R"yaml(hierarch: 1
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
inline constexpr char kWaiverJustification[] =
    "Converted to NTFS during the build; tracked as CHG-42.";
inline constexpr char kWaivedFindingId[] = "ntfs-required@CEN-MP01";
inline constexpr char kBeforeExpiry[] = "2027-01-01";
inline constexpr char kExpiryDay[] = "2027-06-30";
inline constexpr char kAfterExpiry[] = "2027-07-01";

// Unknown site key, a near miss of secureKeyExchange, at line 7, column 5.
inline constexpr char kTypoPlan[] = R"yaml(hierarch: 1
name: Typo plan
product: configmgr2007
sites:
  - code: CEN
    clientMode: native
    secureKeyExchang: true
    servers: []
)yaml";

using Run = CliRun;

inline Run runHierarch(const QStringList &arguments, const QString &workingDirectory = QString(),
                       const QProcessEnvironment &environment = QProcessEnvironment())
{
    return runProgram(kExecutable, arguments, workingDirectory, environment);
}

inline QJsonObject parseObject(const QByteArray &bytes, QString *error)
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
inline int lineOf(const QByteArray &text, const QByteArray &needle)
{
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(needle))
            return int(i) + 1;
    }
    return 0;
}

inline int severityRank(const QString &severity)
{
    if (severity == QLatin1String("error"))
        return 0;
    if (severity == QLatin1String("warning"))
        return 1;
    if (severity == QLatin1String("info"))
        return 2;
    return -1;
}

inline QStringList examplePlans()
{
    QStringList paths;
    const QDir dir(kExamplesDir);
    const QStringList names =
        dir.entryList({QStringLiteral("*.hierarchy.yaml")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        paths << dir.absoluteFilePath(name);
    return paths;
}

inline QStringList lines(const QByteArray &bytes)
{
    QStringList result = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    if (!result.isEmpty() && result.constLast().isEmpty())
        result.removeLast();
    return result;
}

} // namespace clitest

using namespace clitest;

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

class CliSuite : public QObject
{
protected:
    // Reads the rule catalog and the version from the binary (each suite's initTestCase).
    void loadCatalogAndVersion()
    {
        QVERIFY2(QFileInfo::exists(kExecutable),
                 qPrintable(QStringLiteral("hierarch binary not found at ") + kExecutable));
        QVERIFY2(examplePlans().size() >= 4,
                 qPrintable(QStringLiteral("too few example plans in ") + kExamplesDir));

        const Run rules = runHierarch(
            {QStringLiteral("rules"), QStringLiteral("--format"), QStringLiteral("json")});
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
    void makeDir()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void dropDir() { m_dir.reset(); }
    QString writePlan(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QHash<QString, QJsonObject> m_catalog; // rule id -> `rules --format json` entry
    QStringList m_ruleIds;                 // catalog order
    QString m_version;
};
