// Black-box tests of the `hierarch validate` command line against CLI.md: exit codes, `--fail-on`,
// `--as-of` waiver expiry, load errors, bad command lines, the text report, help and version, and
// running without a display. The binary is run with QProcess, exactly as a pipeline would run it.
#include "clifixture.h"

class TestCli : public CliSuite
{
    Q_OBJECT

private slots:
    void initTestCase() { loadCatalogAndVersion(); }
    void init() { makeDir(); }
    void cleanup() { dropDir(); }

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
    void textFormat();
    void helpAndVersion_data();
    void helpAndVersion();
    void headless();
    void countsInText();
};

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

QTEST_GUILESS_MAIN(TestCli)

#include "tst_cli.moc"
