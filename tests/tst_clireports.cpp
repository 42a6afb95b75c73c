// Black-box tests of what the `hierarch` command line writes for machines (CLI.md): the JSON
// report's shape, `--output`, the SARIF 2.1.0 log against its schema and in structure, and the
// `rules` catalog as text and JSON. The binary is run with QProcess.
#include "clifixture.h"

class TestCliReports : public CliSuite
{
    Q_OBJECT

private slots:
    void initTestCase() { loadCatalogAndVersion(); }
    void init() { makeDir(); }
    void cleanup() { dropDir(); }

    void jsonShape();
    void output_data();
    void output();
    void sarifSchema();
    void sarifStructure();
    void rulesText();
    void rulesJson();
    void rulesProduct_data();
    void rulesProduct();

private:
    QString sarifLog();
};

// ---------------------------------------------------------------------------------------------
// JSON

void TestCliReports::jsonShape()
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

void TestCliReports::output_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("text") << QStringLiteral("text");
    QTest::newRow("json") << QStringLiteral("json");
    QTest::newRow("sarif") << QStringLiteral("sarif");
}

void TestCliReports::output()
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
QString TestCliReports::sarifLog()
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

void TestCliReports::sarifSchema()
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

void TestCliReports::sarifStructure()
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
// rules

void TestCliReports::rulesText()
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

void TestCliReports::rulesJson()
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

void TestCliReports::rulesProduct_data()
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

void TestCliReports::rulesProduct()
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

QTEST_GUILESS_MAIN(TestCliReports)

#include "tst_clireports.moc"
