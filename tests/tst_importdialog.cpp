// File ▸ Import Sites… and Edit ▸ Insert Branch Secondary, scripted offscreen: the preview lists
// what will be added or every error with Import disabled, Import is one undo step, and the
// branch secondary block validates without errors.
#include "canvas/canvasview.h"
#include "canvas/hierarchyscene.h"
#include "document/document.h"
#include "import/branchtemplate.h"
#include "importdialog.h"
#include "io/planloader.h"
#include "mainwindow.h"
#include "selection.h"
#include "uilanguage.h"
#include "validator.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace hierarch;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kPlanText = "hierarch: 1\n"
                             "name: Contoso\n"
                             "product: configmgr2007\n"
                             "sites:\n"
                             "  - code: CEN\n"
                             "    clientMode: native\n"
                             "    servers:\n"
                             "      - name: CEN-SITE01\n"
                             "        roles: [site-server, site-database, sms-provider]\n";

const QByteArray kGoodCsv = "kind,code,name,type,parent,clients,site,roles\n"
                            "site,P01,Europe,primary,CEN,1200,,\n"
                            "site,S01,Branch,secondary,P01,,,\n"
                            "server,,P01-SITE01,,,,P01,site-server;site-database;sms-provider\n"
                            "server,,S01-SITE01,,,,S01,site-server distribution-point\n"
                            "server,,CEN-MP01,,,,CEN,management-point\n";

Plan loadText(const QByteArray &text)
{
    LoadResult loaded = loadPlan(text, u"plan.yaml"_s);
    Q_ASSERT(loaded);
    return *loaded.plan;
}

QAction *action(MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QLatin1String(name));
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The English plural forms ("1 site", "2 sites"), as the editor loads them.
        UiLanguage::installTranslators(u"en"_s);
    }

    void previewListsWhatWillBeAdded()
    {
        Document document;
        document.reset(loadText(kPlanText));
        ImportDialog dialog(&document, u"sites.csv"_s, kGoodCsv);
        QVERIFY(dialog.importButton()->isEnabled());
        QCOMPARE(dialog.table()->rowCount(), 5);
        QCOMPARE(dialog.table()->columnCount(), 5);
        QCOMPARE(dialog.table()->item(0, 0)->text(), u"2"_s);
        QCOMPARE(dialog.table()->item(0, 2)->text(), u"P01"_s);
        QCOMPARE(dialog.table()->item(4, 2)->text(), u"CEN-MP01"_s);
        QCOMPARE(dialog.table()->item(4, 3)->text(), u"CEN"_s);
        QVERIFY(dialog.summaryText().contains(u"2 sites"_s));
        QVERIFY(dialog.summaryText().contains(u"3 servers"_s));
        QVERIFY(!document.isModified()); // the preview changes nothing
    }

    void errorsDisableImport()
    {
        Document document;
        document.reset(loadText(kPlanText));
        ImportDialog dialog(&document, u"sites.csv"_s, "code,parent,clients\nCEN,,\nP01,XYZ,ten\n");
        QVERIFY(!dialog.importButton()->isEnabled());
        QCOMPARE(dialog.table()->rowCount(), 3);
        QCOMPARE(dialog.table()->item(0, 0)->text(), u"2"_s);
        QCOMPARE(dialog.table()->item(0, 1)->text(), u"code"_s);
        QCOMPARE(dialog.table()->item(1, 1)->text(), u"parent"_s);
        QCOMPARE(dialog.table()->item(2, 1)->text(), u"clients"_s);
        QVERIFY(dialog.summaryText().contains(u"3 errors"_s));
        QVERIFY(!ImportDialog::apply(&document, dialog.result()));
        QVERIFY(!document.isModified());
        QCOMPARE(document.plan().sites.size(), 1);
    }

    void importIsOneUndoStep()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"sites.csv"_s);
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(kGoodCsv);
        }
        MainWindow window;
        window.setInteractive(false);
        window.document()->reset(loadText(kPlanText));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *import = action(window, "actionImportSites");
        QVERIFY(import);
        QVERIFY(import->isEnabled());

        Document *document = window.document();
        QUndoStack *stack = document->undoStack();
        const int before = stack->count();
        QVERIFY2(window.importSites(csv), qPrintable(window.lastError()));
        QCOMPARE(stack->count(), before + 1);
        QCOMPARE(stack->undoText(), u"Import 2 sites and 3 servers"_s);
        QCOMPARE(document->plan().sites.size(), 3);
        QCOMPARE(document->plan().serverCount(), 4);
        // The canvas shows the new sites.
        for (const Site &site : document->plan().sites)
            QVERIFY2(window.canvas()->hierarchyScene()->siteItem(site.uid), qPrintable(site.code));

        stack->undo();
        QCOMPARE(document->plan().sites.size(), 1);
        QCOMPARE(document->plan().serverCount(), 1);
        QVERIFY(!document->isModified());
        stack->redo();
        QCOMPARE(document->plan().sites.size(), 3);

        // A bad file changes nothing and says why.
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("code,parent\nP02,NOPE\n");
        }
        const int count = stack->count();
        QVERIFY(!window.importSites(csv));
        QVERIFY(window.lastError().contains(u"1 error"_s));
        QCOMPARE(stack->count(), count);
    }

    void branchSecondaryBlockValidates_data()
    {
        QTest::addColumn<Product>("product");
        QTest::newRow("configmgr2007") << Product::ConfigMgr2007;
        QTest::newRow("sms2003") << Product::Sms2003;
    }

    void branchSecondaryBlockValidates()
    {
        QFETCH(Product, product);
        Plan plan = loadText(kPlanText);
        plan.product = product;
        plan.sites[0].clientMode.reset();
        const QList<Finding> before = validate(plan, QDate(2026, 12, 1));
        plan.sites.append(branchSecondarySite(product, u"CEN"_s, u"S01"_s, u"S01-SRV01"_s));
        const Site &branch = plan.sites.constLast();
        QCOMPARE(branch.effectiveType(), SiteType::Secondary);
        QVERIFY(branch.servers.at(0).hasRole(Role::SiteServer));
        QVERIFY(branch.servers.at(0).hasRole(Role::DistributionPoint));
        QVERIFY(branch.servers.at(0).hasRole(Role::ManagementPoint));
        int errorsBefore = 0;
        for (const Finding &f : before)
            errorsBefore += f.severity() == Severity::Error;
        int errorsAfter = 0;
        QStringList newErrors;
        for (const Finding &f : validate(plan, QDate(2026, 12, 1))) {
            if (f.severity() == Severity::Error) {
                ++errorsAfter;
                newErrors << f.id();
            }
        }
        // No error about the new site or its server (the central site's own are as before).
        for (const QString &id : std::as_const(newErrors))
            QVERIFY2(!id.contains(u"S01"_s), qPrintable(id));
        QCOMPARE(errorsAfter, errorsBefore);
    }

    void insertBranchSecondaryFromTheMenu()
    {
        MainWindow window;
        window.setInteractive(false);
        window.document()->reset(loadText(kPlanText));
        Document *document = window.document();
        QAction *insert = action(window, "actionInsertBranchSecondary");
        QVERIFY(insert);
        // Offered in File ▸ New from Template's building blocks as well as in the Edit menu.
        auto *templates = window.findChild<QMenu *>(u"menuTemplates"_s);
        QVERIFY(templates);
        QVERIFY(templates->actions().contains(insert));

        window.selection()->select({Selection::Item::Site, document->plan().sites.at(0).uid});
        QVERIFY(insert->isEnabled());
        const int before = document->undoStack()->count();
        insert->trigger();
        QCOMPARE(document->undoStack()->count(), before + 1);
        QVERIFY(document->undoStack()->undoText().startsWith(u"Insert Branch Secondary"_s));
        QCOMPARE(document->plan().sites.size(), 2);
        const Site &branch = document->plan().sites.at(1);
        QVERIFY(branch.isSecondary());
        QCOMPARE(branch.parent, u"CEN"_s);
        QCOMPARE(branch.servers.size(), 1);
        // A second block gets its own code and server name.
        window.selection()->select({Selection::Item::Site, document->plan().sites.at(0).uid});
        insert->trigger();
        QCOMPARE(document->plan().sites.size(), 3);
        QVERIFY(document->plan().sites.at(2).code != document->plan().sites.at(1).code);
        QVERIFY(document->plan().sites.at(2).servers.at(0).name !=
                document->plan().sites.at(1).servers.at(0).name);
        // Not under a secondary site.
        window.selection()->select({Selection::Item::Site, document->plan().sites.at(1).uid});
        QVERIFY(!insert->isEnabled());
        document->undoStack()->undo();
        QCOMPARE(document->plan().sites.size(), 2);
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
