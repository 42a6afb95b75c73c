// Every edit is one undo step that undo and redo replay exactly: the plan with its runtime ids
// and source positions, the saved bytes, the live findings and the lookups by id; typing into one
// field folds into one step until something else happens (tst_documentmerge).
#include "documenttesting.h"

#include "io/plansaver.h"

#include <QUndoStack>

#include <QtTest>

using namespace hierarch;
using namespace hierarch::testing;
using namespace Qt::StringLiterals;

// A table row's edit, and an optional check of the edited document (run after the edit and after
// every redo); `before` is the plan the edit started from.
using Edit = std::function<void(Document &)>;
using Check = std::function<void(const Document &, const Plan &before)>;
Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(Check)

class TestDocumentUndo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void undoRedoRestoresPlan_data();
    void undoRedoRestoresPlan();

private:
    static void addRow(const char *tag, const char *fixture, const Edit &edit, int pushes,
                       const QStringList &names, const Check &check = {});
    static void addFieldRow(const char *tag, const char *fixture, FieldOwner owner, const char *key,
                            const std::function<FieldTarget(const Document &)> &,
                            const QVariant &value, const QString &name);
};

void TestDocumentUndo::initTestCase()
{
    // The fixtures are what the table rows assume.
    const Plan rich = fixturePlan(u"rich"_s);
    QCOMPARE(rich.sites.size(), 4);
    QCOMPARE(rich.diagram.size(), 3);
    const Plan dup = fixturePlan(u"dup"_s);
    QCOMPARE(dup.sites.size(), 4);
    QCOMPARE(fixturePlan(u"sms"_s).product, Product::Sms2003);
}

// --- undo and redo of every command kind ----------------------------------------------------

void TestDocumentUndo::addRow(const char *tag, const char *fixture, const Edit &edit, int pushes,
                              const QStringList &names, const Check &check)
{
    QTest::newRow(tag) << QString::fromLatin1(fixture) << edit << pushes << names << check;
}

void TestDocumentUndo::addFieldRow(const char *tag, const char *fixture, FieldOwner owner,
                                   const char *key,
                                   const std::function<FieldTarget(const Document &)> &target,
                                   const QVariant &value, const QString &name)
{
    const FieldInfo *field = &fieldOf(owner, key);
    addRow(
        tag, fixture, [=](Document &doc) { doc.setField(target(doc), *field, value); }, 1,
        name.isEmpty() ? QStringList() : QStringList{name},
        [=](const Document &doc, const Plan &) {
            const QVariant now = doc.field(target(doc), *field);
            if (value.isValid())
                QCOMPARE(now, value);
            else if (!field->required)
                QVERIFY2(!now.isValid(), "an invalid value makes the key unstated again");
        });
}

void TestDocumentUndo::undoRedoRestoresPlan_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<int>("pushes");        // undo entries the one user action must add
    QTest::addColumn<QStringList>("names"); // what the undo text must name
    QTest::addColumn<Check>("check");

    const auto site = [](const char *code, int nth = 0) {
        return [=](const Document &doc) {
            return siteId(doc, QString::fromLatin1(code), nth);
        };
    };
    const auto server = [](const char *name) {
        return [=](const Document &doc) {
            return serverId(doc, QString::fromLatin1(name));
        };
    };
    auto diagramKeys = [](const Document &doc) {
        QStringList keys;
        for (const DiagramPosition &p : doc.plan().diagram)
            keys << p.siteCode;
        return keys;
    };

    // Sites.
    addRow(
        "addSite primary", "rich", [=](Document &d) { d.addSite(site("CEN")(d)); }, 1, {u"P03"_s},
        [](const Document &d, const Plan &) {
            const Site *s = siteByCode(d, u"P03"_s);
            QVERIFY(s);
            QVERIFY(s->parent == u"CEN"_s);
            QVERIFY(!s->type && s->servers.isEmpty());
        });
    addRow(
        "addSite secondary", "rich",
        [=](Document &d) { d.addSite(site("P01")(d), SiteType::Secondary); }, 1, {u"S02"_s},
        [](const Document &d, const Plan &) {
            const Site *s = siteByCode(d, u"S02"_s);
            QVERIFY(s);
            QVERIFY(s->parent == u"P01"_s && s->type == SiteType::Secondary);
        });
    addRow(
        "addSite central", "rich", [](Document &d) { d.addSite(0); }, 1, {u"P03"_s},
        [](const Document &d, const Plan &) {
            QVERIFY(siteByCode(d, u"P03"_s) && !siteByCode(d, u"P03"_s)->parent);
        });
    addRow("addSite to empty plan", "empty", [](Document &d) { d.addSite(0); }, 1, {u"P01"_s});
    addRow(
        "insertSite with servers", "rich",
        [=](Document &d) {
            Site s = *d.site(site("P01")(d));
            s.code = u"P09"_s;
            s.parent = u"CEN"_s;
            d.insertSite(s, 1);
        },
        1, {u"P09"_s},
        [](const Document &d, const Plan &before) {
            const Site &s = d.plan().sites.at(1);
            QCOMPARE(s.code, u"P09"_s);
            QCOMPARE(s.servers.size(), 2);
            // A paste gets ids of its own: the original keeps its site and servers.
            const Site &original = before.sites.at(1);
            QVERIFY(s.uid != original.uid);
            QVERIFY(s.servers.at(0).uid != original.servers.at(0).uid);
            QCOMPARE(d.siteOfServer(s.servers.at(1).uid), s.uid);
            QCOMPARE(d.siteOfServer(original.servers.at(1).uid), original.uid);
        });
    addRow(
        "insertSite at end", "rich",
        [=](Document &d) {
            Site s = *d.site(site("S01")(d));
            s.code = u"S09"_s;
            d.insertSite(s);
        },
        1, {u"S09"_s},
        [](const Document &d, const Plan &) { QCOMPARE(d.plan().sites.last().code, u"S09"_s); });
    addRow(
        "removeSites with subtree", "rich", [=](Document &d) { d.removeSites({site("P01")(d)}); },
        1, {u"P01"_s},
        [=](const Document &d, const Plan &before) {
            QCOMPARE(d.plan().sites.size(), 2);
            QVERIFY(!siteByCode(d, u"P01"_s) && !siteByCode(d, u"S01"_s));
            QCOMPARE(diagramKeys(d), QStringList{u"CEN"_s});
            for (const Server &s : before.sites.at(1).servers + before.sites.at(2).servers)
                QVERIFY(!d.server(s.uid));
        });
    addRow(
        "removeSites several", "rich",
        [=](Document &d) {
            d.removeSites({site("S01")(d), site("P02")(d)});
        },
        1, {},
        [=](const Document &d, const Plan &) {
            QCOMPARE(d.plan().sites.size(), 2);
            QCOMPARE(diagramKeys(d), (QStringList{u"CEN"_s, u"P01"_s}));
        });
    addRow(
        "removeSites overlapping selection", "rich",
        [=](Document &d) {
            d.removeSites({site("S01")(d), site("P01")(d)});
        },
        1, {}, [](const Document &d, const Plan &) { QCOMPARE(d.plan().sites.size(), 2); });
    addRow(
        "removeSites everything", "rich", [=](Document &d) { d.removeSites({site("CEN")(d)}); }, 1,
        {u"CEN"_s},
        [](const Document &d, const Plan &) {
            QVERIFY(d.plan().sites.isEmpty() && d.plan().diagram.isEmpty());
        });
    addRow("removeSites without position", "rich",
           [=](Document &d) { d.removeSites({site("P02")(d)}); }, 1, {u"P02"_s});
    addRow("removeSites nothing", "rich", [](Document &d) { d.removeSites({}); }, 0, {});
    addRow(
        "removeSites second duplicate", "dup",
        [=](Document &d) { d.removeSites({site("DUP", 1)(d)}); }, 1, {u"DUP"_s},
        [](const Document &d, const Plan &before) {
            QCOMPARE(d.plan().sites.size(), 3);
            const ItemId first = before.sites.at(1).uid;
            QVERIFY(d.site(first));
            QCOMPARE(d.childSites(first), QList<ItemId>{siteId(d, u"C01"_s)});
            QVERIFY(d.diagramPosition(first) == QPointF(100, 100));
        });
    addRow(
        "reparentSite", "rich",
        [=](Document &d) { d.reparentSite(site("S01")(d), site("P02")(d)); }, 1, {u"S01"_s},
        [](const Document &d, const Plan &) {
            QVERIFY(siteByCode(d, u"S01"_s)->parent == u"P02"_s);
        });
    addRow(
        "reparentSite to central", "rich", [=](Document &d) { d.reparentSite(site("P02")(d), 0); },
        1, {u"P02"_s},
        [](const Document &d, const Plan &) { QVERIFY(!siteByCode(d, u"P02"_s)->parent); });
    addRow("reparentSite into own subtree", "rich",
           [=](Document &d) { d.reparentSite(site("P01")(d), site("S01")(d)); }, 0, {});
    addRow("reparentSite onto itself", "rich",
           [=](Document &d) { d.reparentSite(site("P01")(d), site("P01")(d)); }, 0, {});

    const Check richRenamed = [](const Document &d, const Plan &before) {
        QVERIFY(!siteByCode(d, u"P01"_s));
        const Site *renamed = siteByCode(d, u"P11"_s);
        QVERIFY(renamed);
        QCOMPARE(renamed->uid, before.sites.at(1).uid);
        QVERIFY(siteByCode(d, u"S01"_s)->parent == u"P11"_s);
        const Server *sql = d.server(serverId(d, u"CEN-SQL02"_s));
        QVERIFY(sql->roles.at(0).site == u"P11"_s && sql->roles.at(1).site == u"P11"_s);
        QCOMPARE(d.plan().accounts.at(0).sites, (QStringList{u"CEN"_s, u"P11"_s}));
        QCOMPARE(d.plan().accounts.at(1).sites, QStringList{u"P11"_s});
        QVERIFY(d.diagramPosition(renamed->uid) == QPointF(-200, 150));
        QCOMPARE(d.childSites(renamed->uid), QList<ItemId>{siteId(d, u"S01"_s)});
    };
    addRow(
        "renameSite", "rich", [=](Document &d) { d.renameSite(site("P01")(d), u"P11"_s); }, 1,
        {u"P01"_s, u"P11"_s}, richRenamed);
    addRow(
        "renameSite through setField code", "rich",
        [=](Document &d) {
            d.setField({FieldOwner::Site, site("P01")(d)}, fieldOf(FieldOwner::Site, "code"),
                       u"P11"_s);
        },
        1, {u"P01"_s, u"P11"_s}, richRenamed);
    addRow(
        "renameSite without references", "rich",
        [=](Document &d) { d.renameSite(site("P02")(d), u"P12"_s); }, 1, {u"P02"_s, u"P12"_s},
        [](const Document &d, const Plan &before) {
            Plan expected = before;
            expected.sites[3].code = u"P12"_s;
            QVERIFY(d.plan() == expected);
        });
    addRow("renameSite same code", "rich",
           [=](Document &d) { d.renameSite(site("P01")(d), u"P01"_s); }, 0, {});
    addRow("renameSite empty code", "rich",
           [=](Document &d) { d.renameSite(site("P01")(d), QString()); }, 0, {});
    addRow(
        "renameSite first duplicate", "dup",
        [=](Document &d) { d.renameSite(site("DUP")(d), u"D01"_s); }, 1, {u"DUP"_s, u"D01"_s},
        [](const Document &d, const Plan &before) {
            const Site *first = siteByCode(d, u"D01"_s);
            QVERIFY(first && first->uid == before.sites.at(1).uid);
            QVERIFY(siteByCode(d, u"C01"_s)->parent == u"D01"_s);
            QVERIFY(d.plan().sites.at(0).servers.at(0).roles.at(1).site == u"D01"_s);
            QCOMPARE(d.plan().accounts.at(0).sites, (QStringList{u"CEN"_s, u"D01"_s}));
            QVERIFY(d.diagramPosition(first->uid) == QPointF(100, 100));
            QCOMPARE(d.plan().sites.at(2).code, u"DUP"_s); // the other one keeps its code
        });
    addRow(
        "renameSite second duplicate", "dup",
        [=](Document &d) { d.renameSite(site("DUP", 1)(d), u"D02"_s); }, 1, {u"DUP"_s, u"D02"_s},
        [](const Document &d, const Plan &) {
            QCOMPARE(d.plan().sites.at(2).code, u"D02"_s);
            // The references resolve to the first DUP and must stay with it.
            const Site &first = d.plan().sites.at(1);
            QCOMPARE(first.code, u"DUP"_s);
            QVERIFY(siteByCode(d, u"C01"_s)->parent == u"DUP"_s);
            QVERIFY(d.plan().sites.at(0).servers.at(0).roles.at(1).site == u"DUP"_s);
            QCOMPARE(d.plan().accounts.at(0).sites, (QStringList{u"CEN"_s, u"DUP"_s}));
            QCOMPARE(d.childSites(first.uid), QList<ItemId>{siteId(d, u"C01"_s)});
            QVERIFY(d.diagramPosition(first.uid) == QPointF(100, 100));
        });
    addRow(
        "moveSites one", "rich",
        [=](Document &d) {
            d.moveSites({{site("P01")(d), QPointF(15.5, -40)}});
        },
        1, {u"P01"_s},
        [=](const Document &d, const Plan &) {
            QVERIFY(d.diagramPosition(siteId(d, u"P01"_s)) == QPointF(15.5, -40));
            QCOMPARE(diagramKeys(d), (QStringList{u"CEN"_s, u"P01"_s, u"S01"_s}));
        });
    addRow(
        "moveSites adds a position", "rich",
        [=](Document &d) {
            d.moveSites({{site("P02")(d), QPointF(300, 150)}});
        },
        1, {u"P02"_s},
        [](const Document &d, const Plan &) {
            QVERIFY(d.diagramPosition(siteId(d, u"P02"_s)) == QPointF(300, 150));
        });
    addRow(
        "moveSites several", "rich",
        [=](Document &d) {
            d.moveSites({{site("CEN")(d), QPointF(1, 2)}, {site("S01")(d), QPointF(3, 4)}});
        },
        1, {},
        [](const Document &d, const Plan &) {
            QVERIFY(d.diagramPosition(siteId(d, u"CEN"_s)) == QPointF(1, 2));
            QVERIFY(d.diagramPosition(siteId(d, u"S01"_s)) == QPointF(3, 4));
        });
    addRow("moveSites to where it is", "rich",
           [=](Document &d) {
               d.moveSites({{site("CEN")(d), QPointF(0, 0)}});
           },
           0, {});
    addRow(
        "clearDiagram", "rich", [](Document &d) { d.clearDiagram(); }, 1, {},
        [](const Document &d, const Plan &) { QVERIFY(d.plan().diagram.isEmpty()); });
    addRow("clearDiagram without diagram", "sms", [](Document &d) { d.clearDiagram(); }, 0, {});

    // Servers.
    addRow(
        "addServer", "rich", [=](Document &d) { d.addServer(site("P02")(d)); }, 1, {u"P02-SRV01"_s},
        [](const Document &d, const Plan &) {
            const Site *p02 = siteByCode(d, u"P02"_s);
            QCOMPARE(p02->servers.size(), 2);
            QCOMPARE(p02->servers.last().name, u"P02-SRV01"_s);
            QVERIFY(p02->servers.last().roles.isEmpty());
        });
    addRow(
        "insertServer", "rich",
        [=](Document &d) {
            Server s = *d.server(server("CEN-SITE01")(d));
            s.name = u"PASTE01"_s;
            d.insertServer(site("P02")(d), s);
        },
        1, {u"PASTE01"_s},
        [](const Document &d, const Plan &) {
            const ItemId pasted = serverId(d, u"PASTE01"_s);
            QVERIFY(pasted && pasted != serverId(d, u"CEN-SITE01"_s));
            QCOMPARE(d.siteOfServer(pasted), siteId(d, u"P02"_s));
            QVERIFY(d.server(pasted)->sql == d.server(serverId(d, u"CEN-SITE01"_s))->sql);
        });
    addRow(
        "removeServers one", "rich", [=](Document &d) { d.removeServers({server("CEN-MP01")(d)}); },
        1, {u"CEN-MP01"_s},
        [](const Document &d, const Plan &) { QVERIFY(!serverId(d, u"CEN-MP01"_s)); });
    addRow(
        "removeServers from several sites", "rich",
        [=](Document &d) {
            d.removeServers({server("CEN-MP01")(d), server("P01-DP01")(d), server("S01-SITE01")(d),
                             server("CEN-SITE01")(d), server("P01-SITE01")(d)});
        },
        1, {},
        [](const Document &d, const Plan &) {
            QCOMPARE(d.plan().serverCount(), 2);
            QCOMPARE(d.plan().sites.at(0).servers.at(0).name, u"CEN-SQL02"_s);
            QVERIFY(d.plan().sites.at(1).servers.isEmpty());
        });
    addRow("removeServers nothing", "rich",
           [](Document &d) {
               d.removeServers({0, 12345});
           },
           0, {});
    addRow(
        "moveServer", "rich",
        [=](Document &d) { d.moveServer(server("P01-DP01")(d), site("P02")(d)); }, 1,
        {u"P01-DP01"_s, u"P02"_s},
        [](const Document &d, const Plan &before) {
            const ItemId id = serverId(d, u"P01-DP01"_s);
            QCOMPARE(id, before.sites.at(1).servers.at(1).uid); // same server, same id
            QCOMPARE(d.siteOfServer(id), siteId(d, u"P02"_s));
            QCOMPARE(d.serverLocation(id).server, 1);
            QCOMPARE(siteByCode(d, u"P01"_s)->servers.size(), 1);
        });
    addRow("moveServer first of its site", "rich",
           [=](Document &d) { d.moveServer(server("CEN-SITE01")(d), site("S01")(d)); }, 1,
           {u"CEN-SITE01"_s, u"S01"_s});
    addRow("moveServer to its own site", "rich",
           [=](Document &d) { d.moveServer(server("P01-DP01")(d), site("P01")(d)); }, 0, {});
    addRow(
        "renameServer", "rich",
        [=](Document &d) { d.renameServer(server("CEN-MP01")(d), u"CEN-MP99"_s); }, 1,
        {u"CEN-MP01"_s, u"CEN-MP99"_s},
        [](const Document &d, const Plan &before) {
            QCOMPARE(serverId(d, u"CEN-MP99"_s), before.sites.at(0).servers.at(1).uid);
        });
    // Waivers name findings by subject; a rename takes them along in the same undo step.
    const auto waivedFinding = [](const Document &d, const QString &id) -> const Finding * {
        for (const Finding &f : d.findings()) {
            if (f.id() == id)
                return &f;
        }
        return nullptr;
    };
    const auto noUnusedWaivers = [](const Document &d) {
        for (const Finding &f : d.findings())
            QVERIFY2(f.rule != RuleId::WaiverUnused, qPrintable(f.id()));
    };
    addRow(
        "renameServer carries its waivers", "waived",
        [=](Document &d) { d.renameServer(server("CEN-SITE01")(d), u"CEN-DB01"_s); }, 1,
        {u"CEN-SITE01"_s, u"CEN-DB01"_s},
        [=](const Document &d, const Plan &) {
            QCOMPARE(d.plan().waivers.at(0).finding, u"sql-mixed-authentication@CEN-DB01"_s);
            QCOMPARE(d.plan().waivers.at(1).finding, u"sql-remote-database@PAR"_s);
            const Finding *f = waivedFinding(d, u"sql-mixed-authentication@CEN-DB01"_s);
            QVERIFY(f);
            QVERIFY(f->waived);
            noUnusedWaivers(d);
        });
    addRow(
        "renameServer through setField name carries its waivers", "waived",
        [=](Document &d) {
            d.setField({FieldOwner::Server, server("CEN-SITE01")(d)},
                       fieldOf(FieldOwner::Server, "name"), u"CEN-DB01"_s, true);
        },
        1, {u"CEN-DB01"_s},
        [=](const Document &d, const Plan &) {
            QCOMPARE(d.plan().waivers.at(0).finding, u"sql-mixed-authentication@CEN-DB01"_s);
            noUnusedWaivers(d);
        });
    addRow(
        "renameSite carries its waivers", "waived",
        [=](Document &d) { d.renameSite(site("PAR")(d), u"LYO"_s); }, 1, {u"PAR"_s, u"LYO"_s},
        [=](const Document &d, const Plan &) {
            QCOMPARE(d.plan().waivers.at(1).finding, u"sql-remote-database@LYO"_s);
            QCOMPARE(d.plan().waivers.at(0).finding, u"sql-mixed-authentication@CEN-SITE01"_s);
            QCOMPARE(d.server(serverId(d, u"CEN-SQL02"_s))->roles.at(0).site, u"LYO"_s);
            const Finding *f = waivedFinding(d, u"sql-remote-database@LYO"_s);
            QVERIFY(f);
            QVERIFY(f->waived);
            noUnusedWaivers(d);
        });
    addRow(
        "moveServer keeps the sites its roles serve", "waived",
        [=](Document &d) { d.moveServer(server("CEN-SITE01")(d), site("PAR")(d)); }, 1,
        {u"CEN-SITE01"_s, u"PAR"_s},
        [](const Document &d, const Plan &) {
            const Server *s = d.server(serverId(d, u"CEN-SITE01"_s));
            QCOMPARE(d.siteOfServer(s->uid), siteId(d, u"PAR"_s));
            QCOMPARE(s->roles.at(1).role, Role::SiteDatabase);
            QCOMPARE(s->roles.at(1).site, u"CEN"_s);
            QCOMPARE(s->roles.at(2).role, Role::SmsProvider);
            QCOMPARE(s->roles.at(2).site, u"CEN"_s);
            QVERIFY(!s->roles.at(0).site && !s->roles.at(3).site); // roles without a site
            // CEN's database stays where it was: CEN still has one, PAR did not get a second.
            for (const Finding &f : d.findings()) {
                QVERIFY2(f.rule != RuleId::SiteDatabaseMissing &&
                             f.rule != RuleId::SiteDatabaseMultiple,
                         qPrintable(f.id()));
            }
        });
    addRow(
        "moveServer keeps a stated served site", "waived",
        [=](Document &d) { d.moveServer(server("CEN-SQL02")(d), site("PAR")(d)); }, 1,
        {u"CEN-SQL02"_s},
        [](const Document &d, const Plan &) {
            QCOMPARE(d.server(serverId(d, u"CEN-SQL02"_s))->roles.at(0).site, u"PAR"_s);
        });
    addRow("renameServer same name", "rich",
           [=](Document &d) { d.renameServer(server("CEN-MP01")(d), u"CEN-MP01"_s); }, 0, {});

    // Roles.
    addRow(
        "addRole site database for a second site", "waived",
        [=](Document &d) { QVERIFY(d.addRole(server("CEN-SITE01")(d), Role::SiteDatabase)); }, 1,
        {u"CEN-SITE01"_s, u"PAR"_s},
        [](const Document &d, const Plan &) {
            const Server *s = d.server(serverId(d, u"CEN-SITE01"_s));
            QCOMPARE(s->roles.size(), 5);
            QCOMPARE(s->roles.last().role, Role::SiteDatabase);
            QCOMPARE(s->roles.last().site, u"PAR"_s);
            const bool shared =
                std::any_of(d.findings().cbegin(), d.findings().cend(), [](const Finding &f) {
                    return f.id() == u"sql-shared-between-sites@CEN-SITE01"_s;
                });
            QVERIFY(shared);
        });
    addRow(
        "addRole site database for a named site", "waived",
        [=](Document &d) {
            QVERIFY(d.addRole(server("PAR-SITE01")(d), Role::SiteDatabase, u"CEN"_s));
        },
        1, {u"PAR-SITE01"_s},
        [](const Document &d, const Plan &) {
            QCOMPARE(d.server(serverId(d, u"PAR-SITE01"_s))->roles.last().site, u"CEN"_s);
        });
    addRow("addRole same role for a site already served", "waived",
           [=](Document &d) {
               QVERIFY(!d.addRole(server("CEN-SQL02")(d), Role::SiteDatabase, u"par"_s));
               QVERIFY(!d.addRole(server("CEN-SITE01")(d), Role::SiteDatabase, u"CEN"_s));
               QVERIFY(!d.addRole(server("CEN-SITE01")(d), Role::ManagementPoint));
           },
           0, {});
    addRow(
        "addRole", "rich",
        [=](Document &d) { QVERIFY(d.addRole(server("P01-DP01")(d), Role::SoftwareUpdatePoint)); },
        1, {u"P01-DP01"_s},
        [](const Document &d, const Plan &) {
            const Server *s = d.server(serverId(d, u"P01-DP01"_s));
            QCOMPARE(s->roles.size(), 2);
            QCOMPARE(s->roles.last().role, Role::SoftwareUpdatePoint);
        });
    addRow(
        "addRole duplicate refused", "rich",
        [=](Document &d) { QVERIFY(!d.addRole(server("P01-DP01")(d), Role::DistributionPoint)); },
        0, {});
    addRow(
        "addRole out of product refused", "rich",
        [=](Document &d) { QVERIFY(!d.addRole(server("P01-DP01")(d), Role::ClientAccessPoint)); },
        0, {});
    addRow("addRole out of product refused sms2003", "sms",
           [](Document &d) {
               QVERIFY(!d.addRole(d.plan().sites.at(0).servers.at(0).uid,
                                  Role::BranchDistributionPoint));
           },
           0, {});
    addRow(
        "removeRole", "rich", [=](Document &d) { d.removeRole(server("CEN-SITE01")(d), 1); }, 1,
        {u"CEN-SITE01"_s},
        [](const Document &d, const Plan &) {
            const Server *s = d.server(serverId(d, u"CEN-SITE01"_s));
            QCOMPARE(s->roles.size(), 2);
            QCOMPARE(s->roles.at(1).role, Role::SmsProvider);
        });
    addRow("removeRole with keys", "rich",
           [=](Document &d) { d.removeRole(server("CEN-SQL02")(d), 0); }, 1, {u"CEN-SQL02"_s});
    addRow("removeRole out of range", "rich",
           [=](Document &d) { d.removeRole(server("CEN-SITE01")(d), 3); }, 0, {});

    // setField on every owner; an invalid value unstates the key.
    const auto planT = [](const Document &) {
        return FieldTarget{FieldOwner::Plan, 0, -1};
    };
    const auto siteT = [=](const char *code) {
        return [=](const Document &d) {
            return FieldTarget{FieldOwner::Site, site(code)(d), -1};
        };
    };
    const auto serverT = [=](const char *name) {
        return [=](const Document &d) {
            return FieldTarget{FieldOwner::Server, server(name)(d), -1};
        };
    };
    const auto roleT = [=](const char *name, int index) {
        return [=](const Document &d) {
            return FieldTarget{FieldOwner::Role, server(name)(d), index};
        };
    };
    const auto listT = [](FieldOwner owner, int index) {
        return [=](const Document &) {
            return FieldTarget{owner, 0, index};
        };
    };
    const QVariant unstated;
    using O = FieldOwner;
    addFieldRow("plan name", "rich", O::Plan, "name", planT, u"Renamed"_s, {});
    addFieldRow("plan product", "rich", O::Plan, "product", planT, u"sms2003"_s, {});
    addFieldRow("plan author unstated", "rich", O::Plan, "author", planT, unstated, {});
    addFieldRow("plan description", "rich", O::Plan, "description", planT, u"Text: #1"_s, {});
    addFieldRow("plan forest", "rich", O::Plan, "activeDirectory.forest", planT, u"fabrikam.com"_s,
                {});
    addFieldRow("plan schemaExtended unstated", "rich", O::Plan, "activeDirectory.schemaExtended",
                planT, unstated, {});
    addFieldRow("plan publishing", "rich", O::Plan, "activeDirectory.publishing", planT, false, {});
    addFieldRow("site name", "rich", O::Site, "name", siteT("P01"), u"Mills"_s, u"P01"_s);
    addFieldRow("site name unstated", "rich", O::Site, "name", siteT("CEN"), unstated, u"CEN"_s);
    addFieldRow("site clients", "rich", O::Site, "clients", siteT("P01"), 12000, u"P01"_s);
    addFieldRow("site clients unstated", "rich", O::Site, "clients", siteT("P02"), unstated,
                u"P02"_s);
    addFieldRow("site clientMode", "rich", O::Site, "clientMode", siteT("P02"), u"native"_s,
                u"P02"_s);
    addFieldRow("site type", "rich", O::Site, "type", siteT("P02"), u"secondary"_s, u"P02"_s);
    addFieldRow("site type unstated", "rich", O::Site, "type", siteT("S01"), unstated, u"S01"_s);
    addFieldRow("site parent", "rich", O::Site, "parent", siteT("S01"), u"P02"_s, u"S01"_s);
    addFieldRow("site parent unstated", "rich", O::Site, "parent", siteT("P01"), unstated,
                u"P01"_s);
    addFieldRow("site secureKeyExchange", "rich", O::Site, "secureKeyExchange", siteT("CEN"), false,
                u"CEN"_s);
    addFieldRow("site forest", "rich", O::Site, "forest", siteT("P02"), u"branch.local"_s,
                u"P02"_s);
    addFieldRow("site securityMode sms2003", "sms", O::Site, "securityMode", siteT("FAB"),
                u"standard"_s, u"FAB"_s);
    addFieldRow("site legacyClients unstated sms2003", "sms", O::Site, "legacyClients",
                siteT("FAB"), unstated, u"FAB"_s);
    addFieldRow("site acceptUnsignedData sms2003", "sms", O::Site, "acceptUnsignedData",
                siteT("FAB"), true, u"FAB"_s);
    addFieldRow("server fqdn", "rich", O::Server, "fqdn", serverT("CEN-MP01"),
                u"cen-mp01.contoso.com"_s, u"CEN-MP01"_s);
    addFieldRow("server zone", "rich", O::Server, "zone", serverT("CEN-MP01"), u"perimeter"_s,
                u"CEN-MP01"_s);
    addFieldRow("server os", "rich", O::Server, "os", serverT("P01-DP01"), u"windows-2008"_s,
                u"P01-DP01"_s);
    addFieldRow("server ipsec", "rich", O::Server, "ipsec", serverT("CEN-MP01"), true,
                u"CEN-MP01"_s);
    addFieldRow("server ipsec unstated", "rich", O::Server, "ipsec", serverT("P01-SITE01"),
                unstated, u"P01-SITE01"_s);
    addFieldRow("server clustered", "rich", O::Server, "clustered", serverT("CEN-SQL02"), true,
                u"CEN-SQL02"_s);
    addFieldRow("server sql on", "rich", O::Server, "sql", serverT("P01-DP01"), true,
                u"P01-DP01"_s);
    addFieldRow("server sql off", "rich", O::Server, "sql", serverT("CEN-SITE01"), false,
                u"CEN-SITE01"_s);
    addFieldRow("server sql unstated", "rich", O::Server, "sql", serverT("CEN-SQL02"), unstated,
                u"CEN-SQL02"_s);
    addFieldRow("server sql.authentication", "rich", O::Server, "sql.authentication",
                serverT("CEN-SITE01"), u"windows"_s, u"CEN-SITE01"_s);
    addFieldRow("server sql.authentication unstated", "rich", O::Server, "sql.authentication",
                serverT("CEN-SITE01"), unstated, u"CEN-SITE01"_s);
    addFieldRow("server sql.serviceAccount", "rich", O::Server, "sql.serviceAccount",
                serverT("CEN-SQL02"), u"local-system"_s, u"CEN-SQL02"_s);
    addFieldRow("server sql.otherDatabases", "rich", O::Server, "sql.otherDatabases",
                serverT("CEN-SQL02"), true, u"CEN-SQL02"_s);
    addFieldRow("server sql.spnRegistered without sql", "rich", O::Server, "sql.spnRegistered",
                serverT("P01-SITE01"), false, u"P01-SITE01"_s);
    addFieldRow("role site", "rich", O::Role, "site", roleT("CEN-SITE01", 1), u"P02"_s,
                u"CEN-SITE01"_s);
    addFieldRow("role site unstated", "rich", O::Role, "site", roleT("CEN-SQL02", 0), unstated,
                u"CEN-SQL02"_s);
    addFieldRow("role bits", "rich", O::Role, "bits", roleT("P01-DP01", 0), false, u"P01-DP01"_s);
    addFieldRow("role bits unstated", "rich", O::Role, "bits", roleT("CEN-MP01", 1), unstated,
                u"CEN-MP01"_s);
    addFieldRow("role role", "rich", O::Role, "role", roleT("P01-DP01", 0), u"pxe-service-point"_s,
                u"P01-DP01"_s);
    addFieldRow("account name", "rich", O::Account, "name", listT(O::Account, 0),
                u"CONTOSO\\svc-sms2"_s, u"svc-sms"_s);
    addFieldRow("account type", "rich", O::Account, "type", listT(O::Account, 1),
                u"remote-service"_s, u"svc-db"_s);
    addFieldRow("account sites", "rich", O::Account, "sites", listT(O::Account, 1),
                QStringList{u"P01"_s, u"P02"_s}, u"svc-db"_s);
    addFieldRow("account custodians", "rich", O::Account, "custodians", listT(O::Account, 1), 3,
                u"svc-db"_s);
    addFieldRow("account custodians unstated", "rich", O::Account, "custodians",
                listT(O::Account, 0), unstated, u"svc-sms"_s);
    addFieldRow("account passwordChange", "rich", O::Account, "passwordChange",
                listT(O::Account, 0), u"manual"_s, u"svc-sms"_s);
    addFieldRow("account generated", "rich", O::Account, "generated", listT(O::Account, 1), true,
                u"svc-db"_s);
    addFieldRow("waiver justification", "rich", O::Waiver, "justification", listT(O::Waiver, 0),
                u"Because."_s, u"mixed-mode@P01"_s);
    addFieldRow("waiver expires", "rich", O::Waiver, "expires", listT(O::Waiver, 0),
                QDate(2025, 1, 1), u"mixed-mode@P01"_s);
    addFieldRow("waiver approvedBy unstated", "rich", O::Waiver, "approvedBy", listT(O::Waiver, 0),
                unstated, u"mixed-mode@P01"_s);
    addFieldRow("waiver finding", "rich", O::Waiver, "finding", listT(O::Waiver, 0),
                u"mixed-mode@P02"_s, u"mixed-mode@P01"_s);
    addFieldRow("attestation status", "rich", O::Attestation, "status", listT(O::Attestation, 0),
                u"open"_s, u"physical-security"_s);
    addFieldRow("attestation note unstated", "rich", O::Attestation, "note",
                listT(O::Attestation, 0), unstated, u"physical-security"_s);
    addFieldRow("attestation item", "rich", O::Attestation, "item", listT(O::Attestation, 0),
                u"strong-passwords"_s, u"physical-security"_s);
    addRow("setField same value", "rich",
           [=](Document &d) { d.setField(siteT("P01")(d), fieldOf(O::Site, "clients"), 5000); }, 0,
           {});
    addRow("setField unstated to unstated", "rich",
           [=](Document &d) {
               d.setField(serverT("CEN-MP01")(d), fieldOf(O::Server, "fqdn"), QVariant());
           },
           0, {});

    // Accounts, waivers, attestations.
    addRow(
        "addAccount", "rich",
        [](Document &d) {
            Account a;
            a.name = u"CONTOSO\\svc-new"_s;
            a.type = AccountType::RemoteService;
            a.sites = {u"P02"_s};
            d.addAccount(a);
        },
        1, {u"svc-new"_s},
        [](const Document &d, const Plan &) {
            QCOMPARE(d.plan().accounts.last().name, u"CONTOSO\\svc-new"_s);
        });
    addRow(
        "removeAccount", "rich", [](Document &d) { d.removeAccount(0); }, 1, {u"svc-sms"_s},
        [](const Document &d, const Plan &) {
            QCOMPARE(d.plan().accounts.size(), 1);
            QCOMPARE(d.plan().accounts.at(0).name, u"CONTOSO\\svc-db"_s);
        });
    addRow("removeAccount out of range", "rich", [](Document &d) { d.removeAccount(2); }, 0, {});
    addRow("addWaiver", "rich",
           [](Document &d) {
               d.addWaiver({u"mixed-mode@P02"_s, u"Later."_s, {}, {}, {}});
           },
           1, {u"mixed-mode@P02"_s});
    addRow(
        "removeWaiver", "rich", [](Document &d) { d.removeWaiver(0); }, 1, {u"mixed-mode@P01"_s},
        [](const Document &d, const Plan &) { QVERIFY(d.plan().waivers.isEmpty()); });
    addRow("addAttestation", "rich",
           [](Document &d) {
               d.addAttestation({u"strong-passwords"_s, AttestationStatus::Done, {}, {}});
           },
           1, {u"strong-passwords"_s});
    addRow(
        "removeAttestation", "rich", [](Document &d) { d.removeAttestation(0); }, 1,
        {u"physical-security"_s},
        [](const Document &d, const Plan &) { QVERIFY(d.plan().attestations.isEmpty()); });
}

void TestDocumentUndo::undoRedoRestoresPlan()
{
    QFETCH(QString, fixture);
    QFETCH(Edit, edit);
    QFETCH(int, pushes);
    QFETCH(QStringList, names);
    QFETCH(Check, check);

    Document doc;
    doc.setValidationDate(kAsOf);
    doc.reset(fixturePlan(fixture));
    const Plan before = doc.plan();
    const QList<Finding> beforeFindings = doc.findings();

    edit(doc);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(doc.undoStack()->count(), pushes);
    if (pushes == 0) {
        COMPARE_PLANS(doc.plan(), before, u"refused edit"_s);
        QVERIFY(!doc.isModified());
        return;
    }
    const Plan after = doc.plan();
    QVERIFY2(!(after == before), "the edit changed nothing");
    QVERIFY(doc.isModified());
    checkFindings(doc, u"after the edit"_s);
    checkLookups(doc, u"after the edit"_s);

    const QString text = doc.undoStack()->text(0);
    QVERIFY2(!text.isEmpty(), "the undo command has no text");
    const bool named = std::all_of(names.cbegin(), names.cend(),
                                   [&](const QString &n) { return text.contains(n); });
    QVERIFY2(named,
             qPrintable(u"undo text \"%1\" does not name %2"_s.arg(text, names.join(u", "_s))));

    if (check) {
        check(doc, before);
        if (QTest::currentTestFailed())
            return;
    }

    // Twice, so that a command that keeps state from its first run is caught as well.
    for (int round = 1; round <= 2; ++round) {
        const QString r = u" (round %1)"_s.arg(round);
        doc.undoStack()->undo();
        COMPARE_PLANS(doc.plan(), before, u"after undo"_s + r);
        QVERIFY2(doc.findings() == beforeFindings, "findings after undo differ from before");
        QVERIFY(!doc.isModified());
        checkLookups(doc, u"after undo"_s + r);
        doc.undoStack()->redo();
        COMPARE_PLANS(doc.plan(), after, u"after redo"_s + r);
        checkFindings(doc, u"after redo"_s + r);
        checkLookups(doc, u"after redo"_s + r);
        QVERIFY(doc.isModified());
        if (check) {
            check(doc, before);
            if (QTest::currentTestFailed())
                return;
        }
    }
}

QTEST_MAIN(TestDocumentUndo)

#include "tst_documentundo.moc"
