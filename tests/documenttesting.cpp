// Fixtures and checks shared by the Document suites (tst_documentundo, tst_documentlive,
// tst_documentsignals, tst_documentlookups).
#include "documenttesting.h"

#include "document/outlinemodel.h"
#include "io/planloader.h"
#include "io/plansaver.h"
#include "rules/validationcontext.h"
#include "validator.h"

#include <QDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace hierarch::testing {

namespace {

// Every command kind has something to act on here: a hierarchy three levels deep, shared SQL
// (role `site` keys), accounts naming sites, a waiver, an attestation, and diagram positions for
// all sites but P02.
const QByteArray kRich = R"(hierarch: 1
name: Document test plan
product: configmgr2007
author: Architecture team
dnsDomain: contoso.com
activeDirectory: {forest: contoso.com, schemaExtended: true, publishing: true}
sites:
  - code: CEN
    name: Central
    clientMode: native
    servers:
      - name: CEN-SITE01
        sql: {authentication: mixed, serviceAccount: local-system}
        roles: [site-server, site-database, sms-provider]
      - name: CEN-MP01
        roles: [management-point, {role: distribution-point, bits: false}]
      - name: CEN-SQL02
        sql: {authentication: windows}
        roles: [{role: site-database, site: P01}, {role: sms-provider, site: P01}]
  - code: P01
    name: Plants
    parent: CEN
    clients: 5000
    servers:
      - name: P01-SITE01
        ipsec: true
        roles: [site-server, management-point]
      - name: P01-DP01
        roles: [distribution-point]
  - code: S01
    type: secondary
    parent: P01
    servers:
      - name: S01-SITE01
        roles: [site-server, distribution-point]
  - code: P02
    parent: CEN
    clients: 800
    servers:
      - name: P02-SITE01
        roles: [site-server, site-database, sms-provider, management-point]
accounts:
  - name: CONTOSO\svc-sms
    type: sms-service
    sites: [CEN, P01]
    custodians: 1
  - name: CONTOSO\svc-db
    type: database
    sites: [P01]
waivers:
  - finding: mixed-mode@P01
    justification: Plant PKI arrives later.
    approvedBy: CAB-1
    expires: 2027-01-31
attestations:
  - item: physical-security
    status: done
    note: Locked room.
diagram:
  sites: {CEN: [0, 0], P01: [-200, 150], S01: [-200, 300]}
)";

// Two sites share a code. References resolve to the first of them, so only the first one's
// rename may carry them along.
const QByteArray kDuplicates = R"(hierarch: 1
name: Duplicate codes
product: configmgr2007
sites:
  - code: CEN
    servers:
      - name: CEN-SITE01
        roles: [site-server, {role: site-database, site: DUP}]
  - code: DUP
    parent: CEN
    servers:
      - name: DUP-A
        roles: [site-server]
  - code: DUP
    parent: CEN
    servers:
      - name: DUP-B
        roles: [site-server]
  - code: C01
    parent: DUP
accounts:
  - name: CONTOSO\svc-dup
    type: sms-service
    sites: [CEN, DUP]
diagram:
  sites: {CEN: [0, 0], DUP: [100, 100], C01: [100, 200]}
)";

// A database server for another site and waivers of a server's and a site's findings: renames
// must carry the waivers along, moves must keep the served sites, and a second site database
// role on CEN-SITE01 must serve PAR.
const QByteArray kWaived = R"(hierarch: 1
name: Waived findings
product: configmgr2007
sites:
  - code: CEN
    servers:
      - name: CEN-SITE01
        sql: {authentication: mixed}
        roles: [site-server, site-database, sms-provider, management-point]
      - name: CEN-SQL02
        roles: [{role: site-database, site: PAR}]
  - code: PAR
    parent: CEN
    servers:
      - name: PAR-SITE01
        roles: [site-server, sms-provider, management-point]
waivers:
  - finding: sql-mixed-authentication@CEN-SITE01
    justification: The reporting tool needs a SQL Server login.
    approvedBy: CAB-7
    expires: 2027-06-30
  - finding: sql-remote-database@PAR
    justification: PAR has no room for SQL Server.
)";

Plan load(const QByteArray &yaml)
{
    const LoadResult result = loadPlan(yaml, u"fixture"_s);
    if (!result)
        qFatal("fixture does not load: %s", qPrintable(result.error.toString()));
    return *result.plan;
}

QString examplePath(const char *file)
{
    return QDir(QStringLiteral(HIERARCH_EXAMPLES_DIR)).filePath(QString::fromLatin1(file));
}

// --- comparing plans ------------------------------------------------------------------------

// What operator== sees but the saver does not write: runtime ids and source positions.
QString runtimeState(const Plan &plan)
{
    auto pos = [](const SourcePos &p) {
        return u"%1:%2"_s.arg(p.line).arg(p.column);
    };
    QStringList out;
    for (const Site &site : plan.sites) {
        out << u"site %1 uid %2 at %3"_s.arg(site.code).arg(site.uid).arg(pos(site.pos));
        for (const Server &server : site.servers) {
            out << u"  server %1 uid %2 at %3"_s.arg(server.name)
                       .arg(server.uid)
                       .arg(pos(server.pos));
            if (server.sql)
                out << u"    sql at %1"_s.arg(pos(server.sql->pos));
            for (const RoleAssignment &role : server.roles)
                out << u"    role %1 at %2"_s.arg(enumString(role.role), pos(role.pos));
        }
    }
    for (const Account &a : plan.accounts)
        out << u"account %1 at %2"_s.arg(a.name, pos(a.pos));
    for (const Waiver &w : plan.waivers)
        out << u"waiver %1 at %2"_s.arg(w.finding, pos(w.pos));
    for (const Attestation &a : plan.attestations)
        out << u"attestation %1 at %2"_s.arg(a.item, pos(a.pos));
    return out.join(u'\n');
}

QString firstDifference(const QString &actual, const QString &expected)
{
    const QStringList a = actual.split(u'\n');
    const QStringList e = expected.split(u'\n');
    for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
        const QString la = a.value(i, u"<end>"_s);
        const QString le = e.value(i, u"<end>"_s);
        if (la != le)
            return u"line %1: got \"%2\", expected \"%3\""_s.arg(i + 1).arg(la, le);
    }
    return u"no textual difference"_s;
}

} // namespace

Plan fixturePlan(const QString &name)
{
    if (name == u"rich")
        return load(kRich);
    if (name == u"dup")
        return load(kDuplicates);
    if (name == u"waived")
        return load(kWaived);
    if (name == u"sms") {
        const LoadResult result = loadPlanFile(examplePath("sms2003-small-site.hierarchy.yaml"));
        if (!result)
            qFatal("example does not load: %s", qPrintable(result.error.toString()));
        return *result.plan;
    }
    return Plan{};
}

// --- lookups by what a person sees ----------------------------------------------------------

// The id of the nth site (0-based) whose code is exactly `code`, 0 when there is none.
ItemId siteId(const Document &doc, const QString &code, int nth)
{
    for (const Site &s : doc.plan().sites) {
        if (s.code == code && nth-- == 0)
            return s.uid;
    }
    return 0;
}

const Site *siteByCode(const Document &doc, const QString &code, int nth)
{
    return doc.site(siteId(doc, code, nth));
}

ItemId serverId(const Document &doc, const QString &name)
{
    for (const Site &s : doc.plan().sites) {
        for (const Server &server : s.servers) {
            if (server.name == name)
                return server.uid;
        }
    }
    return 0;
}

const FieldInfo &fieldOf(FieldOwner owner, const char *key)
{
    const FieldInfo *f = findField(owner, QString::fromLatin1(key));
    if (!f)
        qFatal("no field %s", key);
    return *f;
}

// Equal plans (ids and positions included) and identical saved bytes, with a readable reason.
void comparePlans(const Plan &actual, const Plan &expected, const QString &context)
{
    const QByteArray a = savePlan(actual);
    const QByteArray e = savePlan(expected);
    QVERIFY2(a == e, qPrintable(context + u": saved bytes differ, "_s +
                                firstDifference(QString::fromUtf8(a), QString::fromUtf8(e))));
    const QString ra = runtimeState(actual);
    const QString re = runtimeState(expected);
    QVERIFY2(ra == re,
             qPrintable(context + u": ids or positions differ, "_s + firstDifference(ra, re)));
    QVERIFY2(actual == expected,
             qPrintable(context + u": the plans differ in something the saver omits"_s));
}

// The ids a spy saw as the first argument of each emission.
QList<ItemId> spiedIds(const QSignalSpy &spy)
{
    QList<ItemId> out;
    for (const QList<QVariant> &args : spy)
        out << args.at(0).value<ItemId>();
    return out;
}

QSet<ItemId> spiedIdSet(const QSignalSpy &spy)
{
    const QList<ItemId> ids = spiedIds(spy);
    return QSet<ItemId>(ids.cbegin(), ids.cend());
}

// The live findings must be exactly what a full validation of the current plan gives.
void checkFindings(const Document &doc, const QString &context)
{
    const QList<Finding> full = validate(doc.plan(), doc.validationDate());
    if (doc.findings() != full) {
        // Name the difference; whole lists of a large plan do not fit in a test message.
        auto describe = [](const QList<Finding> &findings) {
            QStringList out;
            for (const Finding &f : findings)
                out << f.id() + u" ["_s + f.site + u"] "_s + f.message() +
                           (f.waived ? u" (waived: "_s + f.waiverJustification + u")"_s
                                     : QString());
            return out;
        };
        QStringList live = describe(doc.findings());
        QStringList expected = describe(full);
        QStringList onlyLive;
        for (const QString &id : std::as_const(live)) {
            if (!expected.removeOne(id))
                onlyLive << id;
        }
        if (qEnvironmentVariableIsSet("TST_DOCUMENT_TRACE")) {
            for (const Site &site : doc.plan().sites)
                qDebug().noquote()
                    << "site" << site.code << "parent" << site.parent.value_or(u"-"_s)
                    << enumString(site.effectiveType());
        }
        QFAIL(qPrintable(context +
                         u": live findings differ from a full validation\n  only live: "_s +
                         onlyLive.join(u", "_s) + u"\n  only full: "_s + expected.join(u", "_s) +
                         (onlyLive.isEmpty() && expected.isEmpty() ? u" (same, in another order)"_s
                                                                   : QString())));
    }
    // The index the live validator keeps current must be what a fresh one would be.
    QVERIFY2(doc.validationContext().sameIndexAs(ValidationContext(doc.plan())),
             qPrintable(context + u": the live validation index went stale"_s));
}

// Every site and server has a unique id and every lookup by id points at it.
void checkLookups(const Document &doc, const QString &context)
{
    QSet<ItemId> seen;
    const Plan &plan = doc.plan();
    for (int i = 0; i < int(plan.sites.size()); ++i) {
        const Site &site = plan.sites.at(i);
        QVERIFY2(site.uid != 0 && !seen.contains(site.uid),
                 qPrintable(context + u": site %1 has no unique id"_s.arg(site.code)));
        seen.insert(site.uid);
        QVERIFY2(doc.siteIndex(site.uid) == i && doc.site(site.uid) == &site,
                 qPrintable(context + u": lookup of site %1 is stale"_s.arg(site.code)));
        for (int k = 0; k < int(site.servers.size()); ++k) {
            const Server &server = site.servers.at(k);
            QVERIFY2(server.uid != 0 && !seen.contains(server.uid),
                     qPrintable(context + u": server %1 has no unique id"_s.arg(server.name)));
            seen.insert(server.uid);
            const Document::ServerLocation loc = doc.serverLocation(server.uid);
            QVERIFY2(loc.site == i && loc.server == k && doc.server(server.uid) == &server &&
                         doc.siteOfServer(server.uid) == site.uid,
                     qPrintable(context + u": lookup of server %1 is stale"_s.arg(server.name)));
        }
    }
}

// The outline shows every site and server of the plan, found by id.
void checkOutline(const Document &doc, const OutlineModel &outline, const QString &context)
{
    for (const Site &site : doc.plan().sites) {
        const QModelIndex index = outline.indexOf(site.uid);
        QVERIFY2(index.isValid() && index.data(ItemIdRole).value<ItemId>() == site.uid,
                 qPrintable(context + u": outline misses site %1"_s.arg(site.code)));
        for (const Server &server : site.servers) {
            const QModelIndex s = outline.indexOf(server.uid);
            QVERIFY2(s.isValid() && s.data(Qt::DisplayRole).toString() == server.name &&
                         outline.rowCount(s) == server.roles.size(),
                     qPrintable(context + u": outline misses server %1"_s.arg(server.name)));
        }
    }
}
} // namespace hierarch::testing
