// A PlanSnapshot (the report's plan, validated once) answers every lookup the canvas makes as the
// editor's Document does for the same plan: the findings and those on each site and server, child
// sites, sites by code, servers and their sites, stored positions. Checked on every example and
// every rule fixture, so duplicate codes, parent cycles and unknown parents are among them.
#include "document/document.h"
#include "document/plansnapshot.h"
#include "fixtureplans.h"
#include "io/planloader.h"
#include "validator.h"

#include <QDirIterator>
#include <QtTest>

using namespace hierarch;
using namespace Qt::StringLiterals;

namespace {

const QDate kAsOf(2026, 11, 21);

QStringList findingIds(const QList<const Finding *> &findings)
{
    QStringList ids;
    for (const Finding *f : findings)
        ids << f->id();
    ids.sort();
    return ids;
}

// The positions (site index) of a list of site ids of a reader.
QList<int> positions(const PlanReader &reader, const QList<ItemId> &sites)
{
    QList<int> out;
    for (ItemId id : sites)
        out << reader.siteIndex(id);
    return out;
}

} // namespace

class TestPlanSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void answersAsTheDocument_data()
    {
        QTest::addColumn<QString>("path");
        QVERIFY(addPlanFileRows() > 100);
    }

    void answersAsTheDocument()
    {
        QFETCH(QString, path);
        const Plan plan = *loadPlanFile(path).plan;
        Document doc;
        doc.setValidationDate(kAsOf);
        doc.reset(plan);
        const PlanSnapshot snapshot(plan, kAsOf);

        // The same findings in the same order as `validate` and the Document give.
        QStringList expected;
        for (const Finding &f : validate(plan, kAsOf))
            expected << f.id();
        QStringList fromSnapshot, fromDocument;
        for (const Finding &f : snapshot.findings())
            fromSnapshot << f.id();
        for (const Finding &f : doc.findings())
            fromDocument << f.id();
        QCOMPARE(fromSnapshot, expected);
        QCOMPARE(fromDocument, expected);
        const QList<Site> &a = doc.plan().sites;
        const QList<Site> &b = snapshot.plan().sites;
        QCOMPARE(b.size(), a.size());
        for (int i = 0; i < a.size(); ++i) {
            const QString where = u"site %1 (%2)"_s.arg(i).arg(a.at(i).code);
            QCOMPARE(snapshot.siteIndex(b.at(i).uid), i);
            QCOMPARE(snapshot.site(b.at(i).uid)->code, a.at(i).code);
            QVERIFY2(findingIds(snapshot.findingsFor(b.at(i).uid)) ==
                         findingIds(doc.findingsFor(a.at(i).uid)),
                     qPrintable(where));
            QVERIFY2(positions(snapshot, snapshot.childSites(b.at(i).uid)) ==
                         positions(doc, doc.childSites(a.at(i).uid)),
                     qPrintable(where));
            QVERIFY2(positions(snapshot, snapshot.subtree(b.at(i).uid)) ==
                         positions(doc, doc.subtree(a.at(i).uid)),
                     qPrintable(where));
            QCOMPARE(snapshot.siteIndexByCode(a.at(i).code), doc.siteIndexByCode(a.at(i).code));
            QCOMPARE(snapshot.diagramPosition(b.at(i).uid), doc.diagramPosition(a.at(i).uid));
            for (int s = 0; s < a.at(i).servers.size(); ++s) {
                const ItemId server = b.at(i).servers.at(s).uid;
                QCOMPARE(snapshot.server(server)->name, a.at(i).servers.at(s).name);
                QCOMPARE(snapshot.siteOfServer(server), b.at(i).uid);
                QVERIFY2(findingIds(snapshot.findingsFor(server)) ==
                             findingIds(doc.findingsFor(a.at(i).servers.at(s).uid)),
                         qPrintable(where + u" server "_s + a.at(i).servers.at(s).name));
            }
        }
        // Ids are unique across sites and servers, as the canvas keys its items by them.
        QSet<ItemId> ids;
        for (const Site &site : b) {
            ids.insert(site.uid);
            for (const Server &server : site.servers)
                ids.insert(server.uid);
        }
        QCOMPARE(ids.size(), b.size() + snapshot.plan().serverCount());
    }
};

QTEST_MAIN(TestPlanSnapshot)
#include "tst_plansnapshot.moc"
