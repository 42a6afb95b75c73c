// Copy and paste of sites and servers: what goes on the clipboard (a plan a text editor can read),
// where a paste lands, fresh names where the originals' are taken, one undo step, and nothing
// at all for data that is not ours.
#include "clipboard.h"
#include "document/document.h"
#include "io/planloader.h"
#include "selection.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace hierarch;

namespace {

const QByteArray kPlan = "hierarch: 1\n"
                         "name: Clipboard test\n"
                         "product: configmgr2007\n"
                         "sites:\n"
                         "  - code: CEN\n"
                         "    servers:\n"
                         "      - name: CEN-SITE01\n"
                         "        roles: [site-server, site-database]\n"
                         "  - code: P01\n"
                         "    parent: CEN\n"
                         "    servers:\n"
                         "      - name: P01-SITE01\n"
                         "        roles: [site-server, management-point]\n"
                         "      # Serves the branch office.\n"
                         "      - name: P01-DP01\n"
                         "        roles: [distribution-point]\n";

struct Fixture
{
    Document document;
    Selection selection{&document};
    Clipboard clipboard{&document, &selection};

    Fixture()
    {
        const LoadResult loaded = loadPlan(kPlan, QStringLiteral("clipboard.hierarchy.yaml"));
        if (!loaded)
            qFatal("fixture does not load: %s", qPrintable(loaded.error.toString()));
        document.reset(*loaded.plan, QString(), loaded.source);
    }
    ItemId site(const QString &code) const
    {
        const int index = document.siteIndexByCode(code);
        return index < 0 ? 0 : document.plan().sites.at(index).uid;
    }
    ItemId server(const QString &name) const
    {
        for (const Site &s : document.plan().sites) {
            for (const Server &server : s.servers) {
                if (server.name == name)
                    return server.uid;
            }
        }
        return 0;
    }
    QStringList serverNames(const QString &code) const
    {
        QStringList names;
        for (const Server &server : document.site(site(code))->servers)
            names << server.name;
        return names;
    }
};

} // namespace

class TestClipboard : public QObject
{
    Q_OBJECT

private slots:
    void copiedSitesAreAReadablePlan();
    void sitesPasteUnderTheCurrentSite();
    void sitesWithoutTheirParentHangUnderTheCurrentSite();
    void serversPasteIntoTheCurrentSite();
    void serversNeedATargetSite();
    void foreignDataIsIgnored();
    void copyAndPasteThroughTheSystemClipboard();
    void copiedServersKeepTheirOwnLines();
    void pastePastTheLimitsIsRefusedWhole();
};

void TestClipboard::copiedSitesAreAReadablePlan()
{
    Fixture f;
    f.selection.select({Selection::Item::Site, f.site(QStringLiteral("P01"))});
    const std::unique_ptr<QMimeData> mime(f.clipboard.copyData());
    QVERIFY(mime);
    QVERIFY(mime->hasFormat(Clipboard::mimeType()));
    QCOMPARE(mime->text().toUtf8(), mime->data(Clipboard::mimeType()));
    const LoadResult clip = loadPlan(mime->text().toUtf8(), QStringLiteral("clip"));
    QVERIFY2(clip, qPrintable(clip.error.toString()));
    QCOMPARE(clip.plan->sites.size(), 1);
    QCOMPARE(clip.plan->sites.constFirst().code, QStringLiteral("P01"));
    QCOMPARE(clip.plan->sites.constFirst().servers.size(), 2);

    f.selection.clear();
    QVERIFY(!std::unique_ptr<QMimeData>(f.clipboard.copyData()));
}

void TestClipboard::sitesPasteUnderTheCurrentSite()
{
    Fixture f;
    f.selection.select({Selection::Item::Site, f.site(QStringLiteral("P01"))});
    const std::unique_ptr<QMimeData> mime(f.clipboard.copyData());
    const int steps = f.document.undoStack()->count();

    f.selection.select({Selection::Item::Site, f.site(QStringLiteral("P01"))});
    QVERIFY(f.clipboard.paste(mime.get()));
    QCOMPARE(f.document.undoStack()->count(), steps + 1); // one undo step
    QCOMPARE(f.document.plan().sites.size(), 3);
    const Site &copy = f.document.plan().sites.constLast();
    // P01 is taken: the copy gets a fresh code. Its parent CEN is in the plan, so it keeps it.
    QVERIFY(copy.code != QStringLiteral("P01"));
    QCOMPARE(copy.parent.value_or(QString()), QStringLiteral("CEN"));
    // Server names stay unique across the plan.
    QStringList names;
    for (const Site &s : f.document.plan().sites) {
        for (const Server &server : s.servers)
            names << server.name.toUpper();
    }
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), names.size());
    // What was pasted is selected.
    QCOMPARE(f.selection.siteIds(), QList<ItemId>{copy.uid});

    f.document.undoStack()->undo();
    QCOMPARE(f.document.plan().sites.size(), 2);
}

void TestClipboard::sitesWithoutTheirParentHangUnderTheCurrentSite()
{
    Fixture f;
    f.selection.select({Selection::Item::Site, f.site(QStringLiteral("P01"))});
    const std::unique_ptr<QMimeData> mime(f.clipboard.copyData());
    f.document.renameSite(f.site(QStringLiteral("CEN")), QStringLiteral("C00"));
    f.selection.select({Selection::Item::Site, f.site(QStringLiteral("P01"))});
    QVERIFY(f.clipboard.paste(mime.get()));
    // The copied parent key (CEN) names no site any more: the copy hangs under P01.
    QCOMPARE(f.document.plan().sites.constLast().parent.value_or(QString()), QStringLiteral("P01"));
}

void TestClipboard::serversPasteIntoTheCurrentSite()
{
    Fixture f;
    f.selection.setItems({{Selection::Item::Server, f.server(QStringLiteral("P01-DP01"))}});
    const std::unique_ptr<QMimeData> mime(f.clipboard.copyData());
    QVERIFY(mime);

    // Into CEN, chosen through one of its servers.
    f.selection.select({Selection::Item::Server, f.server(QStringLiteral("CEN-SITE01"))});
    QVERIFY(f.clipboard.paste(mime.get()));
    QCOMPARE(f.serverNames(QStringLiteral("CEN")),
             (QStringList{QStringLiteral("CEN-SITE01"), QStringLiteral("CEN-SRV01")}));
    // A name that is free is kept.
    f.document.undoStack()->undo();
    f.document.removeServers({f.server(QStringLiteral("P01-DP01"))});
    f.selection.select({Selection::Item::Site, f.site(QStringLiteral("CEN"))});
    QVERIFY(f.clipboard.paste(mime.get()));
    QVERIFY(f.serverNames(QStringLiteral("CEN")).contains(QStringLiteral("P01-DP01")));
}

void TestClipboard::serversNeedATargetSite()
{
    Fixture f;
    f.selection.select({Selection::Item::Server, f.server(QStringLiteral("P01-DP01"))});
    const std::unique_ptr<QMimeData> mime(f.clipboard.copyData());
    f.selection.clear();
    const int steps = f.document.undoStack()->count();
    QString problem;
    QVERIFY(!f.clipboard.paste(mime.get(), &problem));
    QVERIFY(!problem.isEmpty());
    QCOMPARE(f.document.undoStack()->count(), steps);
}

void TestClipboard::foreignDataIsIgnored()
{
    Fixture f;
    f.selection.select({Selection::Item::Site, f.site(QStringLiteral("CEN"))});
    QMimeData text;
    text.setText(QString::fromUtf8(kPlan)); // a plan as plain text is not a copy of ours
    QString problem;
    QVERIFY(!f.clipboard.paste(&text, &problem));
    QMimeData broken;
    broken.setData(Clipboard::mimeType(), "hierarch: 1\nname: [\n");
    QVERIFY(!f.clipboard.paste(&broken, &problem));
    QVERIFY(problem.isEmpty());
    QCOMPARE(f.document.undoStack()->count(), 0);
    QCOMPARE(f.document.plan().sites.size(), 2);
}

void TestClipboard::copyAndPasteThroughTheSystemClipboard()
{
    Fixture f;
    f.selection.select({Selection::Item::Site, f.site(QStringLiteral("P01"))});
    QVERIFY(f.clipboard.copy());
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime && mime->hasFormat(Clipboard::mimeType()));
    QVERIFY(f.clipboard.paste());
    QCOMPARE(f.document.plan().sites.size(), 3);
}

void TestClipboard::copiedServersKeepTheirOwnLines()
{
    Fixture f;
    f.selection.select({Selection::Item::Server, f.server(QStringLiteral("P01-DP01"))});
    const std::unique_ptr<QMimeData> mime(f.clipboard.copyData());
    QVERIFY(mime);
    // The comment above the server in the plan's file travels with it.
    QVERIFY2(mime->text().contains(QLatin1String("# Serves the branch office.")),
             qPrintable(mime->text()));
    QVERIFY(loadPlan(mime->data(Clipboard::mimeType()), QStringLiteral("clip")));
}

void TestClipboard::pastePastTheLimitsIsRefusedWhole()
{
    Fixture small;
    small.selection.setItems({{Selection::Item::Site, small.site(QStringLiteral("CEN"))},
                              {Selection::Item::Site, small.site(QStringLiteral("P01"))}});
    const std::unique_ptr<QMimeData> mime(small.clipboard.copyData());
    QVERIFY(mime);

    // One site short of the limit: one more would fit, the two copied sites do not.
    Plan plan;
    plan.name = QStringLiteral("Nearly full");
    plan.product = Product::ConfigMgr2007;
    const int sites = PlanLimits().maxSites - 1;
    for (int i = 0; i < sites; ++i) {
        Site site;
        site.code = QStringLiteral("S%1").arg(i);
        if (i > 0)
            site.parent = QStringLiteral("S0");
        plan.sites << site;
    }
    Document document;
    document.reset(plan);
    Selection selection(&document);
    Clipboard clipboard(&document, &selection);
    selection.select({Selection::Item::Site, document.plan().sites.constFirst().uid});
    QString problem;
    QVERIFY(!clipboard.paste(mime.get(), &problem));
    QVERIFY2(problem.contains(QLatin1String("10,000 sites")), qPrintable(problem));
    QCOMPARE(document.plan().sites.size(), sites);
    QCOMPARE(document.undoStack()->count(), 0);
}

QTEST_MAIN(TestClipboard)
#include "tst_clipboard.moc"
