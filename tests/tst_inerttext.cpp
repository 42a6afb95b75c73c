// QUALITY.md "User text is inert": names and justifications that look like HTML show literally in
// every view (canvas tooltips, outline, problems, explain panel, properties, lists, window title,
// dialogs) and in the PDF, and the PDF contains no image the program did not draw.
//
// The check for a piece of text that may be rich: render it the way Qt does (Qt::mightBeRichText
// decides, then QTextDocument) and require that every user string it mentions, raw or escaped,
// comes out literally and that no <img> became an image.
#include "canvas/canvasview.h"
#include "canvas/hierarchyscene.h"
#include "canvas/serveritem.h"
#include "canvas/siteitem.h"
#include "dialogs/rulecatalogdialog.h"
#include "document/document.h"
#include "io/planloader.h"
#include "io/plansaver.h"
#include "mainwindow.h"
#include "problems/explainpanel.h"
#include "problems/problemsdock.h"
#include "problems/problemsfilter.h"
#include "properties/propertiesdock.h"
#include "report/reportwriter.h"
#include "requiretool.h"
#include "selection.h"
#include "validator.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextEdit>
#include <QtTest>

using namespace hierarch;

namespace {

const QString kBold = QStringLiteral("<b>x</b>");
const QString kImage = QStringLiteral("<img src=\"file:///etc/hosts\">");
const QString kEntity = QStringLiteral("&amp;");
const QStringList kNasty = {kBold, kImage, kEntity};

const QDate kAsOf(2027, 6, 1);

QString planName()
{
    return QStringLiteral("Plan ") + kBold + QLatin1Char(' ') + kEntity;
}
QString siteName()
{
    return QStringLiteral("Site ") + kImage;
}
QString accountName()
{
    return QStringLiteral("CONTOSO\\") + kBold + kEntity;
}
QString justification()
{
    return QStringLiteral("Because ") + kImage + kBold + kEntity;
}

Plan nastyPlan()
{
    Plan plan;
    plan.name = planName();
    plan.product = Product::ConfigMgr2007;
    plan.author = kImage;
    plan.description = kBold + kEntity;
    Site cen;
    cen.code = QStringLiteral("CEN");
    cen.name = siteName();
    cen.clientMode = ClientMode::Mixed;
    Site nasty;
    nasty.code = kBold;
    nasty.name = kEntity;
    nasty.parent = QStringLiteral("CEN");
    for (const QString &name : kNasty) {
        Server server;
        server.name = name;
        RoleAssignment mp;
        mp.role = Role::ManagementPoint;
        RoleAssignment fsp;
        fsp.role = Role::FallbackStatusPoint;
        server.roles = {mp, fsp};
        server.adminShare = true;
        server.fileSystem = FileSystem::Fat32; // some findings whose subject is this server
        cen.servers.append(server);
    }
    Server site;
    site.name = QStringLiteral("CEN-SITE01");
    RoleAssignment ss;
    ss.role = Role::SiteServer;
    site.roles = {ss};
    cen.servers.prepend(site);
    plan.sites = {cen, nasty};
    Account account;
    account.name = accountName();
    account.type = AccountType::ClientPushInstallation;
    account.sites = {kBold, QStringLiteral("CEN")};
    account.domainAdmin = true;
    plan.accounts = {account};
    // Waive one real finding of the <img> server, so the justification reaches the screens.
    for (const Finding &f : validate(plan, kAsOf)) {
        if (f.subject == kImage) {
            Waiver waiver;
            waiver.finding = f.id();
            waiver.justification = justification();
            waiver.approvedBy = kBold;
            plan.waivers = {waiver};
            break;
        }
    }
    return plan;
}

bool hasImage(const QTextDocument &doc)
{
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                return true;
        }
    }
    return false;
}

// What a user reads when Qt shows `text` where rich text is allowed (tooltips, AutoText labels).
QString rendered(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

// Fails when `text` (possibly rich) mentions a user string but would not show it literally, or
// would show an image. Returns whether it mentioned any.
bool checkLiteral(const QString &text, const QString &where)
{
    if (Qt::mightBeRichText(text)) {
        QTextDocument doc;
        doc.setHtml(text);
        if (hasImage(doc)) {
            QTest::qFail(qPrintable(where + QStringLiteral(": renders an image: ") + text),
                         __FILE__, __LINE__);
            return false;
        }
    }
    const QString shown = rendered(text);
    bool mentioned = false;
    for (const QString &nasty : kNasty) {
        if (!text.contains(nasty) && !text.contains(nasty.toHtmlEscaped()))
            continue;
        mentioned = true;
        if (!shown.contains(nasty)) {
            QTest::qFail(
                qPrintable(where +
                           QStringLiteral(": %1 does not show literally in: %2").arg(nasty, text)),
                __FILE__, __LINE__);
        }
    }
    return mentioned;
}

// Every index of a model, depth first.
void collect(const QAbstractItemModel *model, const QModelIndex &parent, QList<QModelIndex> &out)
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        for (int c = 0; c < model->columnCount(parent); ++c) {
            const QModelIndex index = model->index(r, c, parent);
            out << index;
            if (c == 0)
                collect(model, index, out);
        }
    }
}

QStringList runTool(const QString &tool, const QStringList &args)
{
    QProcess process;
    process.start(tool, args);
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'));
}

QString withoutSpace(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

} // namespace

class TestInertText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void oracle();
    void windowTitle();
    void canvasTooltips();
    void itemViews();
    void labels();
    void problemsAndExplain();
    void properties();
    void ruleCatalog();
    void pdfReport();

private:
    QTemporaryDir mDir;
    QString mPath;
    std::unique_ptr<MainWindow> mWindow;
};

void TestInertText::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(mDir.isValid());
    mPath = mDir.filePath(QStringLiteral("inert.hierarchy.yaml"));
    const Plan plan = nastyPlan();
    QVERIFY2(!plan.waivers.isEmpty(), "no finding of the <img> server to waive");
    QVERIFY(savePlanFile(plan, mPath));
}

void TestInertText::init()
{
    mWindow = std::make_unique<MainWindow>();
    mWindow->setInteractive(false);
    mWindow->resize(1400, 900);
    mWindow->show();
    QVERIFY2(mWindow->openFile(mPath), qPrintable(mWindow->lastError()));
    mWindow->document()->setValidationDate(kAsOf);
    QCOMPARE(mWindow->document()->plan().name, planName());
}

void TestInertText::cleanup()
{
    mWindow.reset();
}

void TestInertText::oracle()
{
    // The checks above are only as good as rendered() and hasImage(): unescaped markup in a rich
    // tooltip must be caught, escaped markup must pass.
    const QString raw = QStringLiteral("<p>") + kBold + QStringLiteral("</p>");
    QVERIFY(!rendered(raw).contains(kBold));
    QVERIFY(rendered(QStringLiteral("<p>") + kBold.toHtmlEscaped() + QStringLiteral("</p>"))
                .contains(kBold));
    QVERIFY(!rendered(QStringLiteral("<p>") + kEntity + QStringLiteral("</p>")).contains(kEntity));
    QTextDocument doc;
    doc.setHtml(QStringLiteral("<p>a") + kImage + QStringLiteral("</p>"));
    QVERIFY(hasImage(doc));
    doc.setHtml(QStringLiteral("<p>a") + kImage.toHtmlEscaped() + QStringLiteral("</p>"));
    QVERIFY(!hasImage(doc));
}

void TestInertText::windowTitle()
{
    // Window titles are plain text; the name must be there as typed.
    QVERIFY2(mWindow->windowTitle().contains(planName()), qPrintable(mWindow->windowTitle()));
}

void TestInertText::canvasTooltips()
{
    HierarchyScene *scene = mWindow->canvas()->hierarchyScene();
    const Plan &plan = mWindow->document()->plan();
    for (const Site &site : plan.sites) {
        const QString tip = scene->siteItem(site.uid)->toolTipText();
        checkLiteral(tip, QStringLiteral("site tooltip"));
        QVERIFY2(rendered(tip).contains(site.displayName()), qPrintable(tip));
        for (const Server &server : site.servers) {
            const QString serverTip = scene->serverItem(server.uid)->toolTipText();
            checkLiteral(serverTip, QStringLiteral("server tooltip"));
            QVERIFY2(rendered(serverTip).contains(server.name), qPrintable(serverTip));
            // The chips' tooltips (the chip rectangles are private: probe across the card).
            const QRectF card = scene->serverItem(server.uid)->rect();
            for (double y = card.top() + 2; y < card.bottom(); y += 6) {
                for (double x = card.left() + 2; x < card.right(); x += 10) {
                    checkLiteral(scene->serverItem(server.uid)->toolTipText(QPointF(x, y)),
                                 QStringLiteral("role chip tooltip"));
                }
            }
        }
    }
}

void TestInertText::itemViews()
{
    // Every item view of the window (outline, problems, lists, dashboard, palette): display text
    // is plain in item views; tooltips may be rich and must be escaped.
    const QList<QAbstractItemView *> views = mWindow->findChildren<QAbstractItemView *>();
    QVERIFY(!views.isEmpty());
    QSet<QString> displayed;
    int tooltipsMentioning = 0;
    for (QAbstractItemView *view : views) {
        if (!view->model())
            continue;
        QList<QModelIndex> indexes;
        collect(view->model(), QModelIndex(), indexes);
        const QString where = view->objectName().isEmpty()
                                  ? QString::fromLatin1(view->metaObject()->className())
                                  : view->objectName();
        for (const QModelIndex &index : std::as_const(indexes)) {
            const QString display = index.data(Qt::DisplayRole).toString();
            for (const QString &nasty : kNasty) {
                if (display.contains(nasty))
                    displayed << nasty;
                QVERIFY2(!display.contains(nasty.toHtmlEscaped()),
                         qPrintable(where + QStringLiteral(": escaped twice: ") + display));
            }
            if (checkLiteral(index.data(Qt::ToolTipRole).toString(),
                             where + QStringLiteral(" tooltip")))
                ++tooltipsMentioning;
        }
    }
    QCOMPARE(displayed.size(), kNasty.size());
    QVERIFY(tooltipsMentioning > 0);
}

void TestInertText::labels()
{
    // Select each server in turn so the properties title and other labels show its name.
    Selection *selection = mWindow->selection();
    for (const Site &site : mWindow->document()->plan().sites) {
        selection->select({Selection::Item::Site, site.uid, -1});
        QCoreApplication::processEvents();
        for (const Server &server : site.servers) {
            selection->select({Selection::Item::Server, server.uid, -1});
            QCoreApplication::processEvents();
            for (QLabel *label : mWindow->findChildren<QLabel *>()) {
                const QString text = label->text();
                const bool rich =
                    label->textFormat() == Qt::RichText ||
                    (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
                const QString where = QStringLiteral("label %1").arg(label->objectName());
                if (rich)
                    checkLiteral(text, where);
                else
                    QVERIFY2(!text.contains(kBold.toHtmlEscaped()), qPrintable(where + text));
                checkLiteral(label->toolTip(), where + QStringLiteral(" tooltip"));
            }
        }
    }
}

void TestInertText::problemsAndExplain()
{
    ProblemsDock *dock = mWindow->problemsDock();
    const QList<Finding> &findings = mWindow->document()->findings();
    int checked = 0;
    bool sawJustification = false;
    for (const Finding &finding : findings) {
        if (!kNasty.contains(finding.subject))
            continue;
        QVERIFY2(dock->selectFinding(finding.id()), qPrintable(finding.id()));
        ExplainPanel *panel = dock->explainPanel();
        QCOMPARE(panel->findingId(), finding.id());
        const QString text = panel->plainText();
        QVERIFY2(text.contains(finding.subject), qPrintable(text));
        auto *browser = panel->findChild<QTextBrowser *>();
        QVERIFY(browser);
        QVERIFY2(browser->document()->toPlainText().contains(finding.subject),
                 qPrintable(browser->document()->toPlainText()));
        QVERIFY(!hasImage(*browser->document()));
        if (finding.waived && text.contains(justification()))
            sawJustification = true;
        ++checked;
    }
    QVERIFY(checked >= 3);
    // The waived finding's justification shows in the problems tooltips literally.
    bool tooltipJustification = false;
    const QAbstractItemModel *model = dock->filterModel();
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = 0; c < model->columnCount(); ++c) {
            const QString tip = model->index(r, c).data(Qt::ToolTipRole).toString();
            checkLiteral(tip, QStringLiteral("problems tooltip"));
            if (rendered(tip).contains(justification()))
                tooltipJustification = true;
        }
    }
    if (!tooltipJustification && !sawJustification)
        qInfo("the waiver justification is shown neither in the problems tooltips nor the explain "
              "panel");
}

void TestInertText::properties()
{
    auto *dock = mWindow->findChild<PropertiesDock *>();
    QVERIFY(dock);
    Selection *selection = mWindow->selection();
    selection->select({Selection::Item::Plan, 0, -1});
    QCoreApplication::processEvents();
    auto *planName = qobject_cast<QLineEdit *>(dock->editorFor(QStringLiteral("name")));
    QVERIFY(planName);
    QCOMPARE(planName->text(), ::planName());

    const Site &cen = mWindow->document()->plan().sites.at(0);
    selection->select({Selection::Item::Site, cen.uid, -1});
    QCoreApplication::processEvents();
    auto *siteName = qobject_cast<QLineEdit *>(dock->editorFor(QStringLiteral("name")));
    QVERIFY(siteName);
    QCOMPARE(siteName->text(), ::siteName());

    for (const Server &server : cen.servers) {
        selection->select({Selection::Item::Server, server.uid, -1});
        QCoreApplication::processEvents();
        auto *name = qobject_cast<QLineEdit *>(dock->editorFor(QStringLiteral("name")));
        QVERIFY(name);
        QCOMPARE(name->text(), server.name);
    }

    selection->select({Selection::Item::Account, 0, 0});
    QCoreApplication::processEvents();
    auto *account = qobject_cast<QLineEdit *>(dock->editorFor(QStringLiteral("name")));
    QVERIFY(account);
    QCOMPARE(account->text(), accountName());

    selection->select({Selection::Item::Waiver, 0, 0});
    QCoreApplication::processEvents();
    QWidget *editor = dock->editorFor(QStringLiteral("justification"));
    QVERIFY(editor);
    {
        QString text;
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            text = line->text();
        else if (auto *plain = editor->findChild<QPlainTextEdit *>())
            text = plain->toPlainText();
        else if (auto *plainSelf = qobject_cast<QPlainTextEdit *>(editor))
            text = plainSelf->toPlainText();
        else if (auto *rich = qobject_cast<QTextEdit *>(editor))
            text = rich->toPlainText();
        QCOMPARE(text, justification());
    }
}

void TestInertText::ruleCatalog()
{
    // The catalog shows no plan text; it must still render without images from user data and
    // open for both products.
    for (Product product : {Product::Sms2003, Product::ConfigMgr2007}) {
        RuleCatalogDialog dialog(product, mWindow.get());
        dialog.show();
        QCoreApplication::processEvents();
        for (QTextBrowser *browser : dialog.findChildren<QTextBrowser *>())
            QVERIFY(!browser->toPlainText().contains(kImage));
        for (QLabel *label : dialog.findChildren<QLabel *>())
            checkLiteral(label->text(), QStringLiteral("catalog label"));
    }
}

void TestInertText::pdfReport()
{
    HIERARCH_REQUIRE_TOOLS("pdftotext", "pdfimages");
    const LoadResult loaded = loadPlanFile(mPath);
    QVERIFY(loaded);
    ReportOptions options;
    options.fileName = QStringLiteral("inert.hierarchy.yaml");
    options.asOf = kAsOf;
    ReportWriter writer(*loaded.plan, options);
    const QString pdf = mDir.filePath(QStringLiteral("inert.pdf"));
    QCOMPARE(writer.write(pdf), ReportWriter::Result::Written);

    const QString text =
        runTool(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
            .join(QLatin1Char('\n'));
    QVERIFY(!text.isEmpty());
    // Long strings may wrap in table cells: compare without white space.
    const QString flat = withoutSpace(text);
    for (const QString &expected :
         {planName(), siteName(), kBold, kImage, kEntity, accountName()}) {
        QVERIFY2(flat.contains(withoutSpace(expected)),
                 qPrintable(QStringLiteral("the PDF does not show %1 literally").arg(expected)));
    }
    QVERIFY2(flat.contains(withoutSpace(justification())), "the waiver justification is missing");

    // `pdfimages -list` prints two header lines and one line per image.
    const QStringList images = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    QStringList rows;
    for (const QString &line : images) {
        if (!line.trimmed().isEmpty())
            rows << line;
    }
    QVERIFY2(rows.size() == 2, qPrintable(rows.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestInertText)
#include "tst_inerttext.moc"
