// The editor's Export Report against the CLI: the same PDF text from the window as from
// `hierarch report` (also in compare mode, against `--baseline`), the File menu entry, and a
// cancelled export that leaves no file behind.
#include "reportfixture.h"

class TestReportExport : public ReportSuite
{
    Q_OBJECT

private slots:
    void initTestCase();
    void editorCompareExportMatchesCli();
    void editorExportMatchesCli();
    void fileMenuHasExportReport();
    void cancelLeavesNoFile();
};

void TestReportExport::initTestCase()
{
    QVERIFY(mDir.isValid());
    QVERIFY2(QFileInfo::exists(kExecutable), qPrintable(kExecutable));
}

void TestReportExport::editorCompareExportMatchesCli()
{
    // Export Report in compare mode writes the same section 3a as `report --baseline`; only the
    // baseline's name differs (the editor gives its file name, the CLI its path).
    REQUIRE_POPPLER();
    const QString base = kChangesBase;
    const QString plan = kChangesRevision;
    const QString cli = mDir.filePath(QStringLiteral("cmp-cli.pdf"));
    const Run run =
        runHierarch({QStringLiteral("report"), plan, QStringLiteral("--baseline"), base,
                     QStringLiteral("--output"), cli, QStringLiteral("--as-of"), kAsOf});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    MainWindow window;
    window.setInteractive(false);
    QVERIFY(window.openFile(plan));
    window.document()->setValidationDate(QDate::fromString(kAsOf, Qt::ISODate));
    QVERIFY(window.compareController()->compareWithFile(base));
    const QString editor = mDir.filePath(QStringLiteral("cmp-editor.pdf"));
    QVERIFY2(window.exportReport(editor), qPrintable(window.lastError()));
    QCOMPARE(pageCount(editor), pageCount(cli));
    const QString text = flattened(pdfText(editor));
    QString cliText = flattened(pdfText(cli));
    QVERIFY(cliText.contains(base));
    cliText.replace(base, QFileInfo(base).fileName());
    QCOMPARE(text, cliText);
    QVERIFY(text.contains(QLatin1String("Hierarchy with the changes marked")));
    QVERIFY(text.contains(QLatin1String("S01-SITE01 (removed server)")));
}

void TestReportExport::editorExportMatchesCli()
{
    REQUIRE_POPPLER();
    const QString plan =
        QDir(kExamplesDir)
            .filePath(QStringLiteral("configmgr2007-accounts-waivers.hierarchy.yaml"));
    const QString cli = report(plan, QStringLiteral("cli.pdf"));
    QVERIFY(!cli.isEmpty());

    MainWindow window;
    window.setInteractive(false);
    QVERIFY(window.openFile(plan));
    window.document()->setValidationDate(QDate::fromString(kAsOf, Qt::ISODate));
    const QString editor = mDir.filePath(QStringLiteral("editor.pdf"));
    QVERIFY2(window.exportReport(editor), qPrintable(window.lastError()));
    QCOMPARE(pageCount(editor), pageCount(cli));
    const QStringList editorLines = pdfText(editor).split(QLatin1Char('\n'));
    const QStringList cliLines = pdfText(cli).split(QLatin1Char('\n'));
    for (int i = 0; i < std::min(editorLines.size(), cliLines.size()); ++i)
        QVERIFY2(editorLines.at(i) == cliLines.at(i),
                 qPrintable(QStringLiteral("line %1: editor '%2', cli '%3'")
                                .arg(i + 1)
                                .arg(editorLines.at(i), cliLines.at(i))));
    QCOMPARE(editorLines.size(), cliLines.size());
}

void TestReportExport::fileMenuHasExportReport()
{
    MainWindow window;
    auto *action = window.findChild<QAction *>(QStringLiteral("actionExportReport"));
    QVERIFY(action);
    // In the File menu, right after the Export Diagram submenu.
    QMenu *file = nullptr;
    for (QAction *top : window.menuBar()->actions()) {
        if (top->menu() && top->menu()->actions().contains(action))
            file = top->menu();
    }
    QVERIFY(file);
    const QList<QAction *> entries = file->actions();
    const qsizetype index = entries.indexOf(action);
    QVERIFY(index > 0);
    QVERIFY(entries.at(index - 1)->menu());
    QVERIFY(entries.at(index - 1)->text().contains(QStringLiteral("Diagram")));
}

void TestReportExport::cancelLeavesNoFile()
{
    const LoadResult loaded = loadPlanFile(
        QDir(kExamplesDir).filePath(QStringLiteral("sms2003-central-hierarchy.hierarchy.yaml")));
    QVERIFY(loaded);
    ReportOptions options;
    options.asOf = QDate::fromString(kAsOf, Qt::ISODate);
    ReportWriter writer(*loaded.plan, options);
    const QString pdf = mDir.filePath(QStringLiteral("cancelled.pdf"));
    int calls = 0;
    const auto result = writer.write(pdf, [&calls](int done, int total) {
        ++calls;
        return done < total / 2;
    });
    QCOMPARE(int(result), int(ReportWriter::Result::Cancelled));
    QVERIFY(calls > 0);
    QVERIFY(!QFileInfo::exists(pdf));
    QVERIFY(QDir(mDir.path()).entryList({QStringLiteral("cancelled*")}).isEmpty());
}

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
