// Importing sites and servers from a CSV file (README, "Importing sites and servers"): the reader,
// the importer's checks, and `hierarch import CSV --into PLAN` run as a script runs it.
#include "clirun.h"
#include "import/csvreader.h"
#include "import/siteimport.h"
#include "io/planloader.h"
#include "testfiles.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace hierarch;
using namespace Qt::StringLiterals;
using hierarch::testing::readAll;
using hierarch::testing::writeAll;

namespace {

const QByteArray kPlanText = "# Reviewed by the CAB\n"
                             "hierarch: 1\n"
                             "name: Contoso\n"
                             "product: configmgr2007\n"
                             "sites:\n"
                             "  - code: CEN   # central\n"
                             "    name: Headquarters\n"
                             "    servers:\n"
                             "      - name: CEN-SITE01\n"
                             "        roles: [site-server, site-database, sms-provider]\n";

Plan basePlan()
{
    LoadResult loaded = loadPlan(kPlanText, u"plan.yaml"_s);
    Q_ASSERT(loaded);
    return *loaded.plan;
}

// "ROW:COLUMN: message" of every error, for comparing with what a user would read.
QStringList errorLines(const SiteImport &import)
{
    QStringList lines;
    for (const ImportError &e : import.errors)
        lines << u"%1:%2: %3"_s.arg(e.row).arg(e.column, e.message);
    return lines;
}

bool hasError(const SiteImport &import, int row, const QString &column, const QString &text)
{
    for (const ImportError &e : import.errors) {
        if (e.row == row && e.column == column && e.message.contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void csvQuotedFields()
    {
        const CsvTable table = readCsv("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nplain,,"
                                       "last\n");
        QVERIFY(table.errors.isEmpty());
        QCOMPARE(table.header, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(table.records.size(), 2);
        QCOMPARE(table.records.at(0).fields,
                 (QStringList{u"x, y"_s, u"say \"hi\""_s, u"two\nlines"_s}));
        // A line break inside quotes keeps the record on one spreadsheet row.
        QCOMPARE(table.records.at(0).row, 2);
        QCOMPARE(table.records.at(1).row, 3);
        QCOMPARE(table.records.at(1).fields, (QStringList{u"plain"_s, QString(), u"last"_s}));
    }

    void csvBomCrlfAndEmptyLines()
    {
        const CsvTable table =
            readCsv("\xEF\xBB\xBF"
                    "code,name\r\n\r\nP01,Europe\r\n,\r\nP02,\"Asia\r\nPacific\"\r\n");
        QVERIFY(table.errors.isEmpty());
        QCOMPARE(table.header.constFirst(), u"code"_s); // the BOM is not part of the name
        QCOMPARE(table.records.size(), 2);
        QCOMPARE(table.records.at(0).row, 3); // the empty row 2 is skipped but counted
        QCOMPARE(table.records.at(1).row, 5);
        QCOMPARE(table.records.at(1).fields.at(1), u"Asia\r\nPacific"_s);
    }

    void csvSyntaxErrors()
    {
        CsvTable table = readCsv("code,name\nP01,\"Europe\nP02,Asia\n");
        QCOMPARE(table.errors.size(), 1);
        QCOMPARE(table.errors.at(0).row, 2);
        QVERIFY(table.errors.at(0).message.contains(u"not closed"_s));

        table = readCsv("code,name\nP01,Eu\"rope\nP02,\"Asia\"x\nP03,\xff\xfe\n");
        QCOMPARE(table.errors.size(), 3);
        QCOMPARE(table.errors.at(0).row, 2);
        QCOMPARE(table.errors.at(1).row, 3);
        QCOMPARE(table.errors.at(2).row, 4);
        QVERIFY(table.errors.at(2).message.contains(u"UTF-8"_s));

        QCOMPARE(readCsv("\n\n").errors.size(), 1); // no header row
    }

    void importSitesAndServers()
    {
        // Parents and sites may come later in the file than the rows that name them.
        const QByteArray csv = "kind,code,name,type,parent,clients,site,roles\n"
                               "server,,S01-SITE01,,,,S01,site-server; distribution-point\n"
                               "site,S01,Branch,secondary,P01,,,\n"
                               "site,P01,\"Europe, West\",primary,CEN,12000,,\n"
                               "server,,P01-SITE01,,,,P01,site-server site-database sms-provider\n"
                               "server,,CEN-MP01,,,,cen,management-point\n";
        const Plan plan = basePlan();
        const SiteImport import = importSites(csv, plan);
        QVERIFY2(import.ok(), qPrintable(errorLines(import).join(u'\n')));
        QCOMPARE(import.siteCount(), 2);
        QCOMPARE(import.serverCount(), 3);
        QCOMPARE(import.items.size(), 5);
        QCOMPARE(import.items.at(0).row, 2);

        Plan edited = plan;
        applyImport(import, edited);
        QCOMPARE(edited.sites.size(), 3);
        const Site &s01 = edited.sites.at(1);
        QCOMPARE(s01.code, u"S01"_s);
        QCOMPARE(s01.type, SiteType::Secondary);
        QCOMPARE(s01.parent, u"P01"_s);
        QCOMPARE(s01.servers.size(), 1);
        QCOMPARE(s01.servers.at(0).roleSet(), (RoleSet{Role::SiteServer, Role::DistributionPoint}));
        const Site &p01 = edited.sites.at(2);
        QCOMPARE(p01.name, u"Europe, West"_s);
        QCOMPARE(p01.clients, 12000);
        QCOMPARE(p01.servers.at(0).roles.size(), 3);
        // A server for a site already in the plan joins it (the code matched case-insensitively).
        QCOMPARE(edited.sites.at(0).servers.size(), 2);
        QCOMPARE(edited.sites.at(0).servers.at(1).name, u"CEN-MP01"_s);
    }

    void importTwoHeaderShapes()
    {
        Plan plan = basePlan();
        SiteImport sites = importSites("Code,Name,Parent\nP01,Europe,CEN\n", plan);
        QVERIFY(sites.ok());
        applyImport(sites, plan);
        const SiteImport servers =
            importSites("name,site,roles\nP01-SITE01,P01,site-server\nP01-MP01,P01,\n", plan);
        QVERIFY2(servers.ok(), qPrintable(errorLines(servers).join(u'\n')));
        QCOMPARE(servers.serverCount(), 2);
        QCOMPARE(servers.servers.at(1).second.roles.size(), 0);
    }

    void importErrorsListEveryRow()
    {
        const QByteArray csv = "kind,code,name,type,parent,clients,site,roles\n"
                               "site,CEN,Again,,,,,\n"                         // 2 in the plan
                               "site,P01,Europe,primary,CEN,many,,\n"          // 3 clients
                               "site,P01,Duplicate,,CEN,,,\n"                  // 4 duplicate
                               "site,P02,,tertiary,XYZ,,,\n"                   // 5 type, parent
                               "server,,CEN-SITE01,,,,CEN,site-server\n"       // 6 in the plan
                               "server,,P01-MP01,,,,P09,managment-point\n"     // 7 site, role
                               "server,,P01-MP02,,,,P01,client-access-point\n" // 8 product
                               "server,,P01-MP02,,,,P01,\n"                    // 9 duplicate
                               "device,,X,,,,,\n"                              // 10 kind
                               "site,P05,,,,,,\n"
                               "site,P06,x,,,,,extra\n"; // 12 server column on a site row
        const SiteImport import = importSites(csv, basePlan());
        QVERIFY(!import.ok());
        QVERIFY(import.sites.isEmpty());
        QVERIFY(import.servers.isEmpty());
        QVERIFY(import.items.isEmpty());
        const QString all = errorLines(import).join(u'\n');
        QVERIFY2(hasError(import, 2, u"code"_s, u"already in the plan"_s), qPrintable(all));
        QVERIFY2(hasError(import, 3, u"clients"_s, u"`many`"_s), qPrintable(all));
        QVERIFY2(hasError(import, 4, u"code"_s, u"already on row 3"_s), qPrintable(all));
        QVERIFY2(hasError(import, 5, u"type"_s, u"`tertiary`"_s), qPrintable(all));
        QVERIFY2(hasError(import, 5, u"parent"_s, u"unknown parent site `XYZ`"_s), qPrintable(all));
        QVERIFY2(hasError(import, 6, u"name"_s, u"already in the plan"_s), qPrintable(all));
        QVERIFY2(hasError(import, 7, u"site"_s, u"unknown site `P09`"_s), qPrintable(all));
        QVERIFY2(hasError(import, 7, u"roles"_s, u"did you mean `management-point`"_s),
                 qPrintable(all));
        QVERIFY2(hasError(import, 8, u"roles"_s, u"not part of Configuration Manager 2007"_s),
                 qPrintable(all));
        QVERIFY2(hasError(import, 9, u"name"_s, u"already on row 8"_s), qPrintable(all));
        QVERIFY2(hasError(import, 10, u"kind"_s, u"`device`"_s), qPrintable(all));
        QVERIFY2(hasError(import, 12, u"roles"_s, u"server column"_s), qPrintable(all));
        QCOMPARE(import.errors.size(), 12);
        for (int i = 1; i < import.errors.size(); ++i)
            QVERIFY(import.errors.at(i - 1).row <= import.errors.at(i).row);
    }

    // README "Importing sites and servers": the boundaries cell.
    void importReadsBoundaries()
    {
        const SiteImport import = importSites(
            "code,parent,boundaries\n"
            "P07,,\"10.7.0.0/16; adSite:Berlin; 10.8.0.1-10.8.0.9 slow;2001:db8:7::/48\"\n"
            "P08,P07,Paris-West\n",
            basePlan());
        QVERIFY2(import.errors.isEmpty(), qPrintable(errorLines(import).join(u'\n')));
        QCOMPARE(import.sites.size(), 2);
        const QList<Boundary> &b = import.sites.at(0).boundaries;
        QCOMPARE(b.size(), 4);
        QCOMPARE(b.at(0).type, BoundaryType::Subnet);
        QCOMPARE(b.at(0).value, u"10.7.0.0/16"_s);
        QVERIFY(!b.at(0).connection);
        QCOMPARE(b.at(1).type, BoundaryType::AdSite);
        QCOMPARE(b.at(1).value, u"Berlin"_s);
        QCOMPARE(b.at(2).type, BoundaryType::Range);
        QCOMPARE(b.at(2).value, u"10.8.0.1-10.8.0.9"_s);
        QCOMPARE(b.at(2).connection, BoundaryConnection::Slow);
        QCOMPARE(b.at(3).type, BoundaryType::Ipv6Prefix);
        QCOMPARE(import.sites.at(1).boundaries.size(), 1);
        QCOMPARE(import.sites.at(1).boundaries.at(0).type, BoundaryType::AdSite);

        // A server row leaves the column empty; an SMS 2003 plan has no ranges.
        SiteImport server = importSites(
            "kind,code,name,site,boundaries\nserver,,P01-X,P01,10.0.0.0/8\n", basePlan());
        QVERIFY(hasError(server, 2, u"boundaries"_s, u"site column"_s));
        Plan sms = basePlan();
        sms.product = Product::Sms2003;
        SiteImport range = importSites("code,boundaries\nP07,10.8.0.1-10.8.0.9\n", sms);
        QVERIFY2(hasError(range, 2, u"boundaries"_s, u"configmgr2007 settings"_s),
                 qPrintable(errorLines(range).join(u'\n')));
    }

    void importRefusesCyclesAndBadHeaders()
    {
        SiteImport import =
            importSites("code,parent\nA01,B01\nB01,C01\nC01,A01\nD01,D01\n", basePlan());
        QVERIFY(hasError(import, 2, u"parent"_s, u"cycle: A01 → B01 → C01 → A01"_s));
        QVERIFY(hasError(import, 5, u"parent"_s, u"own parent"_s));

        // A bad boundary is an error of its row and column, like every other value.
        import = importSites("code,boundaries\nP01,10.0.0.0/8; 10.1.2.0/16\n", basePlan());
        QCOMPARE(import.errors.size(), 1);
        QCOMPARE(import.errors.at(0).row, 2);
        QCOMPARE(import.errors.at(0).column, u"boundaries"_s);
        QVERIFY2(import.errors.at(0).message.contains(u"subnet ID is 10.1.0.0/16"_s),
                 qPrintable(import.errors.at(0).message));

        import = importSites("code,nmae\nP01,x\n", basePlan());
        QVERIFY(hasError(import, 1, u"nmae"_s, u"did you mean `name`"_s));
        import = importSites("code,site\nP01,x\n", basePlan());
        QVERIFY(hasError(import, 1, QString(), u"`kind` column"_s));
        import = importSites("code,name\nP01\n", basePlan());
        QVERIFY(hasError(import, 2, QString(), u"1 field"_s));
        import = importSites("code\n\"P01\nP02\n", basePlan());
        QVERIFY(hasError(import, 2, QString(), u"not closed"_s));
        import = importSites("code\nP\xc3\x28\n", basePlan());
        QVERIFY(hasError(import, 2, QString(), u"UTF-8"_s));
    }

    void serverRowsNeedNames()
    {
        Plan plan = basePlan();
        const SiteImport import =
            importSites("kind,code,type,parent,site,roles\n"
                        "site,P01,primary,CEN,,\n"
                        "server,,,,P01,site-server;site-database;sms-provider\n"
                        "site,S01,secondary,P01,,\n"
                        "server,,,,S01,site-server;distribution-point\n",
                        plan);
        // Server rows without a name are refused: every server needs one.
        QVERIFY(hasError(import, 3, u"name"_s, u"needs a name"_s));
    }

    // --- the command line --------------------------------------------------------------------

    void cliImportKeepsTheLayout()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(u"plan.hierarchy.yaml"_s);
        const QString csv = dir.filePath(u"sites.csv"_s);
        QVERIFY(writeAll(plan, kPlanText));
        QVERIFY(writeAll(csv, "kind,code,name,type,parent,site,roles\r\n"
                              "site,P01,Europe,,CEN,,\r\n"
                              "server,,P01-SITE01,,,P01,site-server;site-database;sms-provider\r\n"
                              "server,,CEN-MP01,,,CEN,management-point\r\n"));

        const CliRun dry = runProgram(u"" HIERARCH_EXECUTABLE ""_s,
                                      {u"import"_s, csv, u"--into"_s, plan, u"--dry-run"_s});
        QVERIFY2(dry.finished && dry.exitCode == 0, qPrintable(dry.describe()));
        QVERIFY(dry.out.contains("+ site P01 under CEN"));
        QVERIFY(dry.out.contains("+ server CEN-MP01 in CEN: management-point"));
        QCOMPARE(readAll(plan), kPlanText); // nothing written

        const CliRun run =
            runProgram(u"" HIERARCH_EXECUTABLE ""_s, {u"import"_s, csv, u"--into"_s, plan});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.out.trimmed(), "Added 1 site and 2 servers to " + plan.toUtf8() + '.');
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const QByteArray written = readAll(plan);
        // The author's lines stay as they were; the new items follow their siblings.
        QVERIFY(written.startsWith("# Reviewed by the CAB\nhierarch: 1\n"));
        QVERIFY(written.contains("  - code: CEN   # central\n"));
        const LoadResult reloaded = loadPlan(written, plan);
        QVERIFY2(reloaded, qPrintable(reloaded.error.toString()));
        QCOMPARE(reloaded.plan->sites.size(), 2);
        QCOMPARE(reloaded.plan->sites.at(0).servers.size(), 2);
        QCOMPARE(reloaded.plan->sites.at(1).servers.at(0).name, u"P01-SITE01"_s);
    }

    void cliRefusesABadFileWithEveryError()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(u"plan.hierarchy.yaml"_s);
        const QString csv = dir.filePath(u"sites.csv"_s);
        QVERIFY(writeAll(plan, kPlanText));
        QVERIFY(writeAll(csv, "code,parent,clients\nP01,XYZ,\nCEN,,lots\nP01,CEN,\n"));
        const CliRun run =
            runProgram(u"" HIERARCH_EXECUTABLE ""_s, {u"import"_s, csv, u"--into"_s, plan});
        QVERIFY2(run.finished && run.exitCode == 2, qPrintable(run.describe()));
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(csv + u":2:parent: unknown parent site `XYZ`"_s), qPrintable(err));
        QVERIFY2(err.contains(csv + u":3:code: the site code `CEN` is already in the plan"_s),
                 qPrintable(err));
        QVERIFY2(err.contains(csv + u":3:clients: "_s), qPrintable(err));
        QVERIFY2(err.contains(csv + u":4:code: the site code `P01` is already on row 2"_s),
                 qPrintable(err));
        QVERIFY2(err.contains(u"4 errors; nothing was imported"_s), qPrintable(err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(readAll(plan), kPlanText);

        const CliRun usage = runProgram(u"" HIERARCH_EXECUTABLE ""_s, {u"import"_s, csv});
        QCOMPARE(usage.exitCode, 2);
        const CliRun missing =
            runProgram(u"" HIERARCH_EXECUTABLE ""_s,
                       {u"import"_s, dir.filePath(u"none.csv"_s), u"--into"_s, plan});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("none.csv"));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
