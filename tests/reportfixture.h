#pragma once

// The report suites' shared part: the binary, plans, poppler helpers that read a PDF back, and a
// base class with a temporary directory, `hierarch report` runs and the checks every report passes.
#include "comparecontroller.h"
#include "document/document.h"
#include "io/planloader.h"
#include "mainwindow.h"
#include "pseudotranslator.h"
#include "report/reportwriter.h"
#include "requiretool.h"
#include "rules/checklist.h"
#include "rules/ruleinfo.h"
#include "theme.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace hierarch;

// poppler-utils read the PDFs back; the tests that do not read a PDF run without them.
#define REQUIRE_POPPLER() HIERARCH_REQUIRE_TOOLS("pdftotext", "pdffonts", "pdfimages", "pdfinfo")

namespace reporttest {

inline const QString kExecutable = QStringLiteral(HIERARCH_EXECUTABLE);
inline const QString kExamplesDir = QStringLiteral(HIERARCH_EXAMPLES_DIR);
inline const QString kAsOf = QStringLiteral("2026-11-21");
inline constexpr int kTimeoutMs = 120000;

inline const QStringList kSectionTitles{QStringLiteral("Contents"),
                                        QStringLiteral("Summary"),
                                        QStringLiteral("Hierarchy diagram"),
                                        QStringLiteral("Sites"),
                                        QStringLiteral("Servers and roles"),
                                        QStringLiteral("Findings"),
                                        QStringLiteral("Accepted risks"),
                                        QStringLiteral("Assumptions"),
                                        QStringLiteral("Account plan"),
                                        QStringLiteral("Security checklist"),
                                        QStringLiteral("Ports and firewall plan"),
                                        QStringLiteral("Appendix: rule catalog")};

inline const QString kHostileBold = QStringLiteral("<b>x</b>");
inline const QString kHostileImage = QStringLiteral("<img src=\"file:///etc/hosts\">");

// Server names are free text in the file (server-name-invalid is only a finding), so these load.
// (Plain literals: moc misreads quotes inside raw strings.)
const char kHostilePlan[] =
    "hierarch: 1\n"
    "name: \"Hostile <i>plan</i> & <img src=\\\"file:///etc/passwd\\\">\"\n"
    "product: configmgr2007\n"
    "author: \"<script>alert(1)</script>\"\n"
    "description: \"A description with <b>markup</b> & an <img src=\\\"file:///etc/hosts\\\"> "
    "tag.\"\n"
    "sites:\n"
    "  - code: CEN\n"
    "    name: \"<i>Central</i>\"\n"
    "    servers:\n"
    "      - name: \"<b>x</b>\"\n"
    "        roles: [site-server, site-database, sms-provider]\n"
    "      - name: '<img src=\"file:///etc/hosts\">'\n"
    "        roles: [management-point, distribution-point]\n"
    "  - code: P01\n"
    "    parent: CEN\n"
    "    servers:\n"
    "      - name: P01-SITE\n"
    "        roles: [site-server, site-database]\n"
    "waivers:\n"
    "  - finding: \"mixed-mode@CEN\"\n"
    "    justification: \"<img src=\\\"file:///etc/shadow\\\"> accepted until the PKI exists\"\n"
    "    approvedBy: \"<u>CAB</u>\"\n"
    "    expires: 2027-01-31\n";

const char kEmptyPlan[] = R"yaml(hierarch: 1
name: Nothing yet
product: sms2003
sites: []
)yaml";

const char kBadPlan[] = R"yaml(hierarch: 1
name: Broken
product: configmgr2007
sites:
  - code: CEN
    unknownKey: true
)yaml";

// Section 3a's plans (tests/fixtures/report): against the baseline, the revision adds a server
// (P01-NEW), changes a site (P01 goes native), moves a server (CEN-DP01 to P01), and removes a
// server (P01-OLD) and a secondary site with its server (S01, S01-SITE01).
inline const QString kChangesBase =
    QStringLiteral(HIERARCH_FIXTURES_DIR "/report/changes-base.hierarchy.yaml");
inline const QString kChangesRevision =
    QStringLiteral(HIERARCH_FIXTURES_DIR "/report/changes.hierarchy.yaml");

inline QByteArray manyServersPlan(int servers)
{
    QByteArray yaml = "hierarch: 1\nname: Many servers\nproduct: configmgr2007\nsites:\n";
    const int sites = 3;
    for (int s = 0; s < sites; ++s) {
        const QByteArray code = s == 0 ? "CEN" : "P0" + QByteArray::number(s);
        yaml += "  - code: " + code + "\n";
        if (s > 0)
            yaml += "    parent: CEN\n";
        yaml += "    servers:\n";
        for (int i = s; i < servers; i += sites) {
            const QByteArray name = "SRV-" + QByteArray::number(i + 1).rightJustified(3, '0');
            yaml += "      - name: " + name + "\n";
            if (i < sites)
                yaml += "        roles: [site-server, site-database, sms-provider]\n";
            else
                yaml += "        roles: [distribution-point]\n";
        }
    }
    return yaml;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the binary as a build server would: no display and no platform chosen.
inline Run runHierarch(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(kExecutable, arguments);
    Run run;
    if (!process.waitForFinished(kTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline QString runTool(const QString &tool, const QStringList &arguments, bool *ok = nullptr)
{
    QProcess process;
    process.start(tool, arguments);
    const bool finished = process.waitForFinished(kTimeoutMs);
    if (ok)
        *ok = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return QString::fromUtf8(process.readAllStandardOutput());
}

inline QString pdfText(const QString &pdf, int first = 0, int last = 0)
{
    QStringList args;
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first);
    if (last > 0)
        args << QStringLiteral("-l") << QString::number(last);
    args << QStringLiteral("-enc") << QStringLiteral("UTF-8") << pdf << QStringLiteral("-");
    return runTool(QStringLiteral("pdftotext"), args);
}

// The text with every run of white space made one space, so wrapped cells still match.
inline QString flattened(const QString &text)
{
    return text.simplified();
}

inline int pageCount(const QString &pdf, bool *ok = nullptr)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf}, ok);
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
            .match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// The first page (from `from`) whose text has the numbered section heading on a line of its own.
inline int headingPage(const QString &pdf, int pages, const QString &number, const QString &title,
                       int from = 3)
{
    const QRegularExpression heading(
        QStringLiteral("^\\s*%1\\s+%2\\s*$").arg(number, QRegularExpression::escape(title)),
        QRegularExpression::MultilineOption);
    for (int page = from; page <= pages; ++page) {
        if (heading.match(pdfText(pdf, page, page)).hasMatch())
            return page;
    }
    return -1;
}

inline int headingPage(const QString &pdf, int pages, int number, const QString &title,
                       int from = 3)
{
    return headingPage(pdf, pages, QString::number(number), title, from);
}

} // namespace reporttest

using namespace reporttest;

class ReportSuite : public QObject
{
protected:
    QString writePlan(const QString &name, const QByteArray &yaml)
    {
        const QString path = mDir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(yaml) != yaml.size())
            return QString();
        return path;
    }

    QString report(const QString &plan, const QString &name)
    {
        const QString pdf = mDir.filePath(name);
        const Run run = runHierarch({QStringLiteral("report"), plan, QStringLiteral("--output"),
                                     pdf, QStringLiteral("--as-of"), kAsOf});
        if (run.exitCode != 0) {
            qWarning("hierarch report exited %d: %s", run.exitCode, qPrintable(run.err));
            return QString();
        }
        return pdf;
    }

    // What every report must be, whatever the plan.
    void checkPdf(const QString &pdf, const QString &planPath, int minPages, int maxPages)
    {
        bool ok = false;
        const int pages = pageCount(pdf, &ok);
        QVERIFY2(ok, "pdfinfo cannot read the report");
        QVERIFY2(pages > minPages && pages < maxPages, qPrintable(QString::number(pages)));

        const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
        const bool letter = QLocale().measurementSystem() == QLocale::ImperialUSSystem;
        QVERIFY2(info.contains(letter ? QStringLiteral("(letter)") : QStringLiteral("(A4)")),
                 qPrintable(info));

        const QString text = pdfText(pdf);
        const QString flat = flattened(text);
        for (const QString &title : kSectionTitles)
            QVERIFY2(flat.contains(title), qPrintable(title));

        const LoadResult loaded = loadPlanFile(planPath);
        QVERIFY(loaded);
        for (const Site &site : loaded.plan->sites) {
            QVERIFY2(flat.contains(site.code), qPrintable(site.code));
            for (const Server &server : site.servers)
                QVERIFY2(flat.contains(flattened(server.name)), qPrintable(server.name));
        }

        // Rule sources cite the vendor documents by title, never by the file names they came as.
        static const QRegularExpression seedFile(QStringLiteral("\\b00[0-4]_[0-9a-f]{16}"));
        QVERIFY2(!seedFile.match(flat).hasMatch(), qPrintable(seedFile.match(flat).captured()));
        QVERIFY(flat.contains(
            QLatin1String("Configuration Manager 2007: Checklist for Security Best")));

        // The footer of the first page counts every page.
        const QString first = pdfText(pdf, 1, 1);
        QVERIFY2(first.contains(QStringLiteral("page 1 of %1").arg(pages)), qPrintable(first));
        const QString last = pdfText(pdf, pages, pages);
        QVERIFY(last.contains(QStringLiteral("page %1 of %1").arg(pages)));
        QVERIFY(first.contains(kAsOf));

        // Every font embedded.
        const QStringList fonts =
            runTool(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'));
        QVERIFY(fonts.size() > 2);
        const int emb = int(fonts.constFirst().indexOf(QLatin1String("emb")));
        QVERIFY(emb > 0);
        int fontCount = 0;
        for (const QString &line : fonts.mid(2)) {
            if (line.trimmed().isEmpty())
                continue;
            ++fontCount;
            QVERIFY2(line.mid(emb, 3) == QLatin1String("yes"), qPrintable(line));
        }
        QVERIFY(fontCount > 0);

        // No images at all: charts and the diagram are vectors, and nothing in the plan can add
        // one.
        const QStringList images =
            runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(images.size() <= 2, qPrintable(images.join(QLatin1Char('\n'))));
    }

    QTemporaryDir mDir;
};
