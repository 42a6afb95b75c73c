// Tests of the PDF design report (REPORT.md) through the real `hierarch report` binary, read back
// with poppler's tools as a reviewer's PDF viewer would: every subject findable as text, fonts
// embedded, no images, page numbers that match, table headers repeated on every page, literal
// user text, and the CLI's exit codes (the editor's export: tst_reportexport).
#include "reportfixture.h"

class TestReport : public ReportSuite
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reportOfPlan_data();
    void reportOfPlan();
    void hostileTextIsLiteral();
    void planWithoutSites();
    void documentControlOnCover();
    void releaseOnCoverAndInSites();
    void badInputLeavesNoFile();
    void unwritableOutput();
    void languageOption();
    void germanReport();
    void singularCounts();
    void tableHeaderOnEveryPage();
    void changesSectionInContents();
    // Last: the canvas keeps the role names it measured first, so the pseudo-translated ones
    // would reach the diagrams of the tests after it.
    void everyReportTextIsTranslatable();
};

void TestReport::initTestCase()
{
    QVERIFY(mDir.isValid());
    QVERIFY2(QFileInfo::exists(kExecutable), qPrintable(kExecutable));
}

void TestReport::reportOfPlan_data()
{
    QTest::addColumn<QString>("plan");
    const QDir examples(kExamplesDir);
    const QStringList files = examples.entryList({QStringLiteral("*.yaml")}, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << examples.filePath(file);
}

void TestReport::reportOfPlan()
{
    REQUIRE_POPPLER();
    QFETCH(QString, plan);
    const QString pdf = report(plan, QFileInfo(plan).completeBaseName() + QStringLiteral(".pdf"));
    QVERIFY(!pdf.isEmpty());
    checkPdf(pdf, plan, 5, 200);
}

void TestReport::hostileTextIsLiteral()
{
    REQUIRE_POPPLER();
    const QString plan = writePlan(QStringLiteral("hostile.hierarchy.yaml"), kHostilePlan);
    QVERIFY(!plan.isEmpty());
    const QString pdf = report(plan, QStringLiteral("hostile.pdf"));
    QVERIFY(!pdf.isEmpty());
    checkPdf(pdf, plan, 5, 200);
    const QString text = pdfText(pdf);
    // On one line somewhere (the findings list them in full), and everywhere as typed.
    QVERIFY(text.contains(kHostileBold));
    QVERIFY(text.contains(kHostileImage));
    const QString flat = flattened(text);
    QVERIFY(flat.contains(QStringLiteral("<script>alert(1)</script>")));
    QVERIFY(flat.contains(QStringLiteral("<i>Central</i>")));
    QVERIFY(flat.contains(QStringLiteral("<img src=\"file:///etc/shadow\"> accepted")));
    // Narrow cells may break a word anywhere; the characters are all there, in order.
    QString dense = flat;
    dense.remove(QLatin1Char(' '));
    QVERIFY(dense.contains(QStringLiteral("<u>CAB</u>")));
    QVERIFY(flat.contains(QStringLiteral("<b>markup</b>")));
}

void TestReport::planWithoutSites()
{
    REQUIRE_POPPLER();
    const QString plan = writePlan(QStringLiteral("empty.hierarchy.yaml"), kEmptyPlan);
    const QString pdf = report(plan, QStringLiteral("empty.pdf"));
    QVERIFY(!pdf.isEmpty());
    checkPdf(pdf, plan, 5, 60);
    const QString flat = flattened(pdfText(pdf));
    QVERIFY(flat.contains(QStringLiteral("The plan has no sites")));
}

void TestReport::documentControlOnCover()
{
    REQUIRE_POPPLER();
    const QString plan = writePlan(QStringLiteral("document.hierarchy.yaml"), R"(hierarch: 1
name: Contoso
product: configmgr2007
author: A. Architect
document:
  version: "2.1"
  status: review
  changeRecord:
    - version: "1.0"
      date: 2026-06-15
      author: A. Architect
      summary: First issue for the <b>CAB</b>.
    - version: "2.0"
      date: 2026-10-01
      author: B. Builder
      summary: Moved the Paris database to its own server.
sites:
  - code: CEN
    servers:
      - name: CEN-SITE01
        roles: [site-server, site-database, sms-provider]
)");
    QVERIFY(!plan.isEmpty());
    const QString pdf = report(plan, QStringLiteral("document.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString cover = flattened(pdfText(pdf, 1, 1));
    QVERIFY2(cover.contains(QStringLiteral("Version 2.1 \u00b7 Status: In review")),
             qPrintable(cover));
    // The revision line names the newest entry by date, not the last one written.
    QVERIFY2(cover.contains(QStringLiteral("Last revision")), qPrintable(cover));
    QVERIFY2(cover.contains(QStringLiteral("2.0 of 2026-10-01 by B. Builder: Moved the Paris "
                                           "database to its own server.")),
             qPrintable(cover));
    QVERIFY(!cover.contains(QStringLiteral("First issue")));
    // The change record, under the contents, every entry as plain text.
    const QString contents = flattened(pdfText(pdf, 2, 2));
    QVERIFY2(contents.contains(QStringLiteral("Change record")), qPrintable(contents));
    for (const char *cell :
         {"Author", "2026-06-15", "A. Architect", "First issue for the <b>CAB</b>.", "2026-10-01",
          "B. Builder", "Moved the Paris database to its own server."})
        QVERIFY2(contents.contains(QString::fromUtf8(cell)), cell);
    QVERIFY(contents.indexOf(QStringLiteral("2026-06-15")) <
            contents.indexOf(QStringLiteral("2026-10-01"))); // in the file's order
    QCOMPARE(headingPage(pdf, pageCount(pdf), 1, QStringLiteral("Summary")), 3);

    // A plan without `document` has no such lines.
    const QString bare =
        report(QDir(kExamplesDir).filePath(QStringLiteral("sms2003-small-site.hierarchy.yaml")),
               QStringLiteral("bare.pdf"));
    QVERIFY(!bare.isEmpty());
    const QString bareFront = flattened(pdfText(bare, 1, 2));
    QVERIFY(!bareFront.contains(QStringLiteral("Status:")));
    QVERIFY(!bareFront.contains(QStringLiteral("Last revision")));
    QVERIFY(!bareFront.contains(QStringLiteral("Change record")));
}

// FORMAT.md `release`: the cover names the plan's release and counts the sites that state
// their own; the sites table gains a release column. A plan that states none shows neither.
void TestReport::releaseOnCoverAndInSites()
{
    REQUIRE_POPPLER();
    const QByteArray yaml = R"(hierarch: 1
name: Contoso
product: configmgr2007
release: sp2-r2
sites:
  - code: CEN
    servers:
      - name: CEN-SITE01
        roles: [site-server, site-database, sms-provider]
  - code: P01
    parent: CEN
    release: sp2-r3
    servers:
      - name: P01-SITE01
        roles: [site-server, site-database, sms-provider]
)";
    const QString pdf = report(writePlan(QStringLiteral("release.hierarchy.yaml"), yaml),
                               QStringLiteral("release.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString cover = flattened(pdfText(pdf, 1, 1));
    QVERIFY2(cover.contains(
                 QStringLiteral("Release SP2 with R2; 1 site states its own (see section 3)")),
             qPrintable(cover));
    const QString all = flattened(pdfText(pdf));
    const qsizetype sites = all.indexOf(QStringLiteral("Mode Release Clients"));
    QVERIFY2(sites >= 0, qPrintable(all));
    QVERIFY2(all.indexOf(QStringLiteral("SP2 with R3"), sites) > sites, qPrintable(all));
    QVERIFY2(all.indexOf(QStringLiteral("SP2 with R2"), sites) > sites, qPrintable(all));

    QByteArray without = yaml;
    without.replace("release: sp2-r2\n", "").replace("    release: sp2-r3\n", "");
    const QString plainPdf = report(writePlan(QStringLiteral("norelease.hierarchy.yaml"), without),
                                    QStringLiteral("norelease.pdf"));
    QVERIFY(!plainPdf.isEmpty());
    const QString plain = flattened(pdfText(plainPdf));
    QVERIFY2(plain.contains(QStringLiteral("Mode Clients")), qPrintable(plain));
    QVERIFY(!plain.contains(QStringLiteral("Release")));
}

void TestReport::badInputLeavesNoFile()
{
    const QString plan = writePlan(QStringLiteral("bad.hierarchy.yaml"), kBadPlan);
    const QString pdf = mDir.filePath(QStringLiteral("bad.pdf"));
    const Run run = runHierarch({QStringLiteral("report"), plan, QStringLiteral("--output"), pdf});
    QCOMPARE(run.exitCode, 2);
    // FILE:LINE:COLUMN: message
    QVERIFY2(QRegularExpression(QStringLiteral("bad\\.hierarchy\\.yaml:6:\\d+: "))
                 .match(run.err)
                 .hasMatch(),
             qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(pdf));

    const Run missing =
        runHierarch({QStringLiteral("report"), mDir.filePath(QStringLiteral("nope.yaml")),
                     QStringLiteral("--output"), pdf});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(!QFileInfo::exists(pdf));
    // Nothing else was left in the folder either (no temporary file).
    const QStringList pdfs = QDir(mDir.path()).entryList({QStringLiteral("bad.pdf*")});
    QVERIFY2(pdfs.isEmpty(), qPrintable(pdfs.join(QLatin1Char(' '))));
}

void TestReport::unwritableOutput()
{
    const QString plan =
        QDir(kExamplesDir).filePath(QStringLiteral("sms2003-small-site.hierarchy.yaml"));
    const QString pdf = mDir.filePath(QStringLiteral("no/such/folder/report.pdf"));
    const Run run = runHierarch({QStringLiteral("report"), plan, QStringLiteral("--output"), pdf});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("report.pdf")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(pdf));

    // A folder where the file should be.
    const QString folder = mDir.filePath(QStringLiteral("taken.pdf"));
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(
        runHierarch({QStringLiteral("report"), plan, QStringLiteral("--output"), folder}).exitCode,
        2);

    // Missing --output is a usage error.
    QCOMPARE(runHierarch({QStringLiteral("report"), plan}).exitCode, 2);
}

void TestReport::languageOption()
{
    const QString plan =
        QDir(kExamplesDir).filePath(QStringLiteral("sms2003-small-site.hierarchy.yaml"));
    const QString pdf = mDir.filePath(QStringLiteral("unknown-language.pdf"));
    // CLI.md: a language the program does not have is a usage error, and nothing is written.
    const Run unknown = runHierarch({QStringLiteral("report"), plan, QStringLiteral("--output"),
                                     pdf, QStringLiteral("--language"), QStringLiteral("xx")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("'xx'")), qPrintable(unknown.err));
    QVERIFY(!QFileInfo::exists(pdf));
    const Run french = runHierarch({QStringLiteral("report"), plan, QStringLiteral("--output"), pdf,
                                    QStringLiteral("--language"), QStringLiteral("fr")});
    QCOMPARE(french.exitCode, 2);
    QVERIFY(!QFileInfo::exists(pdf));
    const Run badDate = runHierarch({QStringLiteral("report"), plan, QStringLiteral("--output"),
                                     pdf, QStringLiteral("--as-of"), QStringLiteral("21.11.2026")});
    QCOMPARE(badDate.exitCode, 2);
}

void TestReport::germanReport()
{
    REQUIRE_POPPLER();
    // What German the catalog has for a few texts, whatever words the translators chose.
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/hierarch_de.qm")));
    auto inGerman = [&german](const char *context, const char *text) {
        const QString translated = german.translate(context, text);
        return translated.isEmpty() ? QString::fromUtf8(text) : translated;
    };
    const QString summary = inGerman("hierarch::Report", "Summary");
    const QString appendix = inGerman("hierarch::Report", "Appendix: rule catalog");
    const QString findings = inGerman("hierarch::Report", "Findings");
    const QString ruleTitle =
        inGerman("hierarch::Rules", ruleInfo(RuleId::AdSchemaNotExtended).title);
    for (const QString &text : {summary, appendix, findings, ruleTitle})
        QVERIFY2(!text.isEmpty(), "the German catalog lacks a text the report needs");
    QCOMPARE(summary, QStringLiteral("Zusammenfassung"));

    const QString plan =
        QDir(kExamplesDir).filePath(QStringLiteral("sms2003-small-site.hierarchy.yaml"));
    const QString pdf = mDir.filePath(QStringLiteral("german.pdf"));
    const Run run = runHierarch({QStringLiteral("report"), plan, QStringLiteral("--output"), pdf,
                                 QStringLiteral("--language"), QStringLiteral("de"),
                                 QStringLiteral("--as-of"), kAsOf});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const int pages = pageCount(pdf);
    QVERIFY(pages > 5);
    const QString text = flattened(pdfText(pdf));
    // The numbered headings are German, and so are the contents that point at them.
    QVERIFY2(headingPage(pdf, pages, 1, summary) == 3, qPrintable(summary));
    QVERIFY(headingPage(pdf, pages, 5, findings) > 3);
    QVERIFY(text.contains(appendix));
    QVERIFY2(text.contains(ruleTitle), qPrintable(ruleTitle));
    QVERIFY(!text.contains(QStringLiteral("Appendix: rule catalog")));
    // The footer: "page N of M" and the validation date in the German form.
    const QString footer = flattened(pdfText(pdf, 3, 3));
    QVERIFY2(footer.contains(inGerman("hierarch::Report", "page %1 of %2").arg(3).arg(pages)),
             qPrintable(footer));
    QVERIFY2(footer.contains(QStringLiteral("21.11.2026")), qPrintable(footer));
    // Subjects, rule ids and the plan's own text stay as written.
    for (const char *kept : {"FAB-SQL01", "ad-schema-not-extended", "Fabrikam"})
        QVERIFY2(text.contains(QLatin1String(kept)), kept);

    // The same plan in English has none of it.
    const QString english = report(plan, QStringLiteral("english.pdf"));
    QVERIFY(!english.isEmpty());
    const QString englishText = flattened(pdfText(english));
    QVERIFY(englishText.contains(QStringLiteral("Appendix: rule catalog")));
    QVERIFY(!englishText.contains(summary));
    QVERIFY(!englishText.contains(ruleTitle));
}

// A plan with exactly one waiver and one management point (for 52,000 clients): the report says
// "1 waiver" and "1 management point" in the singular, with the digits grouped for the language.
void TestReport::singularCounts()
{
    REQUIRE_POPPLER();
    const QString plan = writePlan(QStringLiteral("singular.hierarchy.yaml"), R"yaml(hierarch: 1
name: One of each
product: configmgr2007
sites:
  - code: CEN
    name: Headquarters
    clients: 0
    servers:
      - name: CEN-SITE01
        roles: [site-server, site-database, sms-provider]
      - name: CEN-MP01
        roles: [management-point]
  - code: P01
    name: Europe
    parent: CEN
    clients: 52000
    servers:
      - name: P01-SITE01
        roles: [site-server, site-database, sms-provider]
      - name: P01-MP01
        roles: [management-point]
waivers:
  - finding: mixed-mode@CEN
    justification: Native mode follows the PKI roll-out (CHG-7).
    approvedBy: CAB-7
    expires: 2027-06-30
)yaml");
    QVERIFY(!plan.isEmpty());

    const QString english = mDir.filePath(QStringLiteral("singular-en.pdf"));
    Run run = runHierarch({QStringLiteral("report"), plan, QStringLiteral("--output"), english,
                           QStringLiteral("--as-of"), kAsOf});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QString text = flattened(pdfText(english));
    for (const char *expected :
         {"2 sites, 4 servers, 0 accounts, 1 waiver", "52,000 clients for 1 management point;",
          "1 finding is accepted as a risk by a waiver", "1 error must be corrected"}) {
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
    }
    for (const char *wrong : {"1 waivers", "1 management points", "52000", "(s)"})
        QVERIFY2(!text.contains(QLatin1String(wrong)), wrong);

    const QString german = mDir.filePath(QStringLiteral("singular-de.pdf"));
    run = runHierarch({QStringLiteral("report"), plan, QStringLiteral("--output"), german,
                       QStringLiteral("--language"), QStringLiteral("de"),
                       QStringLiteral("--as-of"), kAsOf});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    text = flattened(pdfText(german));
    for (const char *expected : {"2 Standorte, 4 Server, 0 Konten, 1 Ausnahme",
                                 "52.000 Clients bei 1 Verwaltungspunkt geplant;"}) {
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    }
    for (const char *wrong : {"1 Ausnahmen", "1 Verwaltungspunkten", "52,000"})
        QVERIFY2(!text.contains(QString::fromUtf8(wrong)), wrong);
}

void TestReport::tableHeaderOnEveryPage()
{
    REQUIRE_POPPLER();
    const QString plan = writePlan(QStringLiteral("many.hierarchy.yaml"), manyServersPlan(120));
    const QString pdf = report(plan, QStringLiteral("many.pdf"));
    QVERIFY(!pdf.isEmpty());
    checkPdf(pdf, plan, 5, 400);
    const int pages = pageCount(pdf);
    const int servers = headingPage(pdf, pages, 4, QStringLiteral("Servers and roles"));
    const int findings = headingPage(pdf, pages, 5, QStringLiteral("Findings"), servers + 1);
    QVERIFY(servers > 2);
    QVERIFY(findings > servers);
    // The contents page lists the same page numbers.
    const QString contents = flattened(pdfText(pdf, 2, 2));
    QVERIFY2(contents.contains(QStringLiteral("Servers and roles %1").arg(servers)),
             qPrintable(contents));
    QVERIFY(contents.contains(QStringLiteral("Findings %1").arg(findings)));
    // Every page the table continues on starts with its header row.
    int tablePages = 0;
    for (int page = servers; page < findings; ++page) {
        const QString text = flattened(pdfText(pdf, page, page));
        if (!text.contains(QLatin1String("SRV-")))
            continue; // the section's last lines, after the table
        ++tablePages;
        for (const char *header : {"Server", "Operating system", "Roles", "Zone"})
            QVERIFY2(text.contains(QLatin1String(header)),
                     qPrintable(
                         QStringLiteral("page %1 lacks %2").arg(page).arg(QLatin1String(header))));
    }
    QVERIFY2(tablePages >= 2, "120 servers should need more than one page");
    // Every server's row is in the table, none lost at a page break.
    const QString table = flattened(pdfText(pdf, servers, findings - 1));
    for (int i = 1; i <= 120; ++i)
        QVERIFY(table.contains(QStringLiteral("SRV-%1").arg(i, 3, 10, QLatin1Char('0'))));
}

void TestReport::changesSectionInContents()
{
    REQUIRE_POPPLER();
    const QString base = kChangesBase;
    const QString plan = kChangesRevision;
    const QString pdf = mDir.filePath(QStringLiteral("changes.pdf"));
    const Run run =
        runHierarch({QStringLiteral("report"), plan, QStringLiteral("--baseline"), base,
                     QStringLiteral("--output"), pdf, QStringLiteral("--as-of"), kAsOf});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    checkPdf(pdf, plan, 5, 200);
    const int pages = pageCount(pdf);
    const int changes =
        headingPage(pdf, pages, QStringLiteral("1a"), QStringLiteral("Changes since the baseline"));
    const int diagram =
        headingPage(pdf, pages, 2, QStringLiteral("Hierarchy diagram"), std::max(changes, 3));
    QVERIFY2(changes > 3, qPrintable(QString::number(changes))); // after the summary
    QVERIFY(diagram > changes);

    // The contents list 3a (printed "1a") with its page, between the summary and the diagram.
    const QString contents = flattened(pdfText(pdf, 2, 2));
    const qsizetype summaryEntry = contents.indexOf(QStringLiteral("1 Summary 3"));
    const qsizetype changesEntry =
        contents.indexOf(QStringLiteral("1a Changes since the baseline %1").arg(changes));
    const qsizetype diagramEntry =
        contents.indexOf(QStringLiteral("2 Hierarchy diagram %1").arg(diagram));
    QVERIFY2(summaryEntry >= 0 && changesEntry > summaryEntry && diagramEntry > changesEntry,
             qPrintable(contents));

    // The section's drawing names the marked sites and servers and draws the removed ones as
    // ghosts; the list below it names the removed ones again.
    int drawing = -1;
    for (int page = changes; page < diagram && drawing < 0; ++page) {
        if (pdfText(pdf, page, page).contains(QLatin1String("Hierarchy with the changes marked")))
            drawing = page;
    }
    QVERIFY(drawing >= changes);
    const QString drawn = flattened(pdfText(pdf, drawing, drawing));
    for (const char *name :
         {"CEN-SITE01", "P01-SITE01", "P01-NEW", "CEN-DP01", "S01-SITE01 (removed server)",
          "P01-OLD (removed server)", "Site S01 (removed)"})
        QVERIFY2(drawn.contains(QLatin1String(name)), name);
    const QString section = flattened(pdfText(pdf, drawing, diagram - 1));
    const qsizetype removed = section.indexOf(QLatin1String("Removed sites and servers"));
    QVERIFY(removed >= 0);
    for (const char *entry :
         {"Site S01 under site P01", "Server S01-SITE01 in site S01", "Server P01-OLD in site P01"})
        QVERIFY2(section.indexOf(QLatin1String(entry), removed) > removed, entry);
    // Section 2 draws the plan without marks or ghosts.
    QVERIFY(!flattened(pdfText(pdf, diagram, diagram)).contains(QLatin1String("(removed")));
}

void TestReport::everyReportTextIsTranslatable()
{
    REQUIRE_POPPLER();
    // Every text of the report answered by its marked form (‹…›): what is left unmarked in the
    // PDF never reached a translator. Only the plan's own text and ids may be.
    PseudoTranslator pseudo;
    const QString catalog = QStringLiteral(HIERARCH_SOURCE_DIR "/translations/hierarch_de.ts");
    QVERIFY(pseudo.loadCatalog(catalog));
    const QString plan =
        QDir(kExamplesDir)
            .filePath(QStringLiteral("configmgr2007-accounts-waivers.hierarchy.yaml"));
    const LoadResult loaded = loadPlanFile(plan);
    QVERIFY(loaded);
    QCoreApplication::installTranslator(&pseudo);
    ReportOptions options;
    options.fileName = plan;
    options.asOf = QDate::fromString(kAsOf, Qt::ISODate);
    options.language = QStringLiteral("de");
    ReportWriter writer(*loaded.plan, options);
    const QString pdf = mDir.filePath(QStringLiteral("pseudo.pdf"));
    const auto result = writer.write(pdf);
    QCoreApplication::removeTranslator(&pseudo);
    QCOMPARE(int(result), int(ReportWriter::Result::Written));

    QFile yaml(plan);
    QVERIFY(yaml.open(QIODevice::ReadOnly));
    // Plan data, rule and checklist ids, the role abbreviations of the role matrix (product
    // vocabulary, the same in every language) and the protocol column of the port plan; each
    // also without its hyphens, since pdftotext joins a word hyphenated at a line end.
    QString known = QString::fromUtf8(yaml.readAll()) + QLatin1Char(' ') + plan +
                    QStringLiteral(" hierarchy TCP UDP");
    for (int i = 0; i < kRuleCount; ++i)
        known += QLatin1Char(' ') + QLatin1String(ruleInfo(RuleId(i)).id);
    for (const ChecklistItem &item : checklistItems())
        known += QLatin1Char(' ') + QLatin1String(item.id);
    for (int r = 0; r < enumCount<Role>(); ++r)
        known += QLatin1Char(' ') + roleAbbreviation(Role(r));
    known += QLatin1Char(' ') + QString(known).remove(QLatin1Char('-'));
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QChar(0x2039)));
    // Every marked text whole: a text cut short ("‹Warni...", a chart label too wide for its
    // column) loses its closing mark, and would hide every word after it from the check below.
    QCOMPARE(text.count(QChar(0x2039)), text.count(QChar(0x203a)));
    const QStringList words = PseudoTranslator::untranslatedWords(text, known);
    // A text added since the last `ninja update_translations` shows up here too: run it.
    QVERIFY2(words.isEmpty(), qPrintable(words.join(QLatin1Char(' '))));
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
