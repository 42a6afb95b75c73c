// Compare mode follows edits incrementally (LiveDiff): after every edit, of every kind, its result
// is exactly what a fresh full comparison of the baseline with the edited plan gives, changes and
// findings delta alike; and ordinary field and role edits really take the incremental path.
#include "diff/livediff.h"
#include "diff/plandiff.h"
#include "document/changesmodel.h"
#include "document/comparison.h"
#include "document/plansnapshot.h"
#include "documenttesting.h"
#include "livevalidator.h"
#include "plangenerator.h"
#include "validator.h"

#include <QRandomGenerator>
#include <QUndoStack>

#include <QtTest>

using namespace hierarch;
using namespace hierarch::testing;
using namespace Qt::StringLiterals;

namespace {

// --- what is compared ----------------------------------------------------------------------

QString variantText(const QVariant &value)
{
    return value.isValid() ? fieldValueText(value) : u"<invalid>"_s;
}

// Every part of a diff as lines, so that a difference names what differs.
QStringList dump(const PlanDiff &diff)
{
    QStringList lines;
    for (const ItemChange &c : diff.changes) {
        QString line = u"change %1 %2 %3 old=%4 site=%5 oldSite=%6 at=%7/%8 sender=%9"_s.arg(
            QLatin1String(enumName(c.kind)), QLatin1String(enumName(c.action)), c.id, c.oldId,
            c.site, c.oldSite, QString::number(c.siteIndex), QString::number(c.serverIndex),
            c.sender);
        for (const FieldChange &f : c.fields) {
            line += u" | %1: %2 -> %3 list=%4 +[%5] -[%6]"_s.arg(
                f.field, variantText(f.oldValue), variantText(f.newValue),
                f.isList ? u"y"_s : u"n"_s, f.added.join(u','), f.removed.join(u','));
        }
        lines << line;
    }
    QStringList renames;
    for (auto it = diff.siteRenames.cbegin(); it != diff.siteRenames.cend(); ++it)
        renames << u"site rename %1 -> %2"_s.arg(it.key(), it.value());
    for (auto it = diff.serverRenames.cbegin(); it != diff.serverRenames.cend(); ++it)
        renames << u"server rename %1 -> %2"_s.arg(it.key(), it.value());
    renames.sort();
    lines += renames;
    const auto entries = [&](const char *list, const QList<DeltaFinding> &found) {
        for (const DeltaFinding &d : found) {
            const Finding &f = d.finding;
            lines << u"%1 %2 [%3] %4 site=%5 pos=%6:%7 %8 args=%9 waived=%10 %11 old=%12/%13"_s.arg(
                QLatin1String(list), d.id, f.id(), QString::number(int(f.kind)), f.site,
                QString::number(f.pos.line), QString::number(f.pos.column),
                QLatin1String(f.messageTemplate), f.messageArgs.join(u'|'),
                f.waived ? u"y"_s : u"n"_s, f.waiverJustification,
                d.oldSeverity ? QString::number(int(*d.oldSeverity)) : u"-"_s,
                d.oldWaived ? u"y"_s : u"n"_s);
        }
    };
    entries("new", diff.findings.added);
    entries("resolved", diff.findings.resolved);
    entries("updated", diff.findings.updated);
    entries("unchanged", diff.findings.unchanged);
    return lines;
}

// Empty when `actual` is exactly `expected`, else the first difference.
QString difference(const PlanDiff &actual, const PlanDiff &expected)
{
    const QStringList a = dump(actual);
    const QStringList e = dump(expected);
    for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
        const QString got = a.value(i, u"<nothing>"_s);
        const QString want = e.value(i, u"<nothing>"_s);
        if (got != want)
            return u"line %1:\n   live: %2\n  fresh: %3"_s.arg(i).arg(got, want);
    }
    return {};
}

PlanDiff freshDiff(const Plan &baseline, const Plan &plan)
{
    return diffPlans(&baseline, validate(baseline, kAsOf), &plan, validate(plan, kAsOf));
}

#define CHECK_FRESH(actual, baseline, plan, context)                                               \
    do {                                                                                           \
        const QString why = difference(actual, freshDiff(baseline, plan));                         \
        if (!why.isEmpty())                                                                        \
            QFAIL(qPrintable(QString(context) + u": "_s + why));                                   \
    } while (false)

// --- plans ---------------------------------------------------------------------------------

Plan generated(Product product)
{
    return bench::generatePlan(bench::sizePreset('S', product));
}

// A revision of `plan` with something of every kind of change: a field, a role, a server renamed,
// removed, added and moved, a site added.
Plan revised(const Plan &plan)
{
    Plan out = plan;
    if (out.sites.size() < 4)
        return out;
    out.sites[1].clients = out.sites[1].effectiveClients() + 250;
    if (!out.sites[2].servers.isEmpty()) {
        out.sites[2].servers.first().name += u"R"_s;
        out.sites[2].servers.first().ipsec = true;
    }
    if (out.sites[3].servers.size() > 1)
        out.sites[3].servers.removeLast();
    Server added;
    added.name = out.sites[1].code + u"-NEW"_s;
    added.roles.append({Role::DistributionPoint, std::nullopt, std::nullopt, {}});
    out.sites[1].servers.append(added);
    if (out.sites[0].servers.size() > 1)
        out.sites.last().servers.append(out.sites[0].servers.takeLast());
    Site site;
    site.code = u"Z01"_s;
    site.parent = out.sites[0].code;
    out.sites.append(site);
    return out;
}

// --- random edits --------------------------------------------------------------------------

// Mostly what people do most (fields and roles of existing sites and servers), with every edit
// that changes what pairs with what mixed in: servers and sites added, removed, renamed (to new
// names and back to the baseline's) and moved, waivers and accounts, undo and redo.
class Editor
{
public:
    Editor(Document &doc, const Plan &baseline, quint32 seed)
        : mDoc(doc), mBaseline(baseline), mRng(seed)
    {}

    QString step();

private:
    int pick(qsizetype n) { return n > 0 ? int(mRng.bounded(int(n))) : -1; }
    bool chance(int percent) { return int(mRng.bounded(100)) < percent; }
    const Plan &plan() const { return mDoc.plan(); }
    ItemId site()
    {
        const int i = pick(plan().sites.size());
        return i < 0 ? 0 : plan().sites.at(i).uid;
    }
    ItemId server()
    {
        QList<ItemId> ids;
        for (const Site &s : plan().sites) {
            for (const Server &sv : s.servers)
                ids << sv.uid;
        }
        const int i = pick(ids.size());
        return i < 0 ? 0 : ids.at(i);
    }
    QString code()
    {
        const int i = pick(plan().sites.size());
        return i < 0 ? u"P01"_s : plan().sites.at(i).code;
    }
    QString setField(FieldOwner owner, ItemId id, int index);
    QString addressStep();
    QVariant value(const FieldInfo &field);

    Document &mDoc;
    const Plan &mBaseline;
    QRandomGenerator mRng;
    int mCounter = 0;
};

QString Editor::step()
{
    const int kind = pick(100);
    if (kind < 35) {
        const ItemId id = server();
        return id ? setField(FieldOwner::Server, id, -1) : u"no server"_s;
    }
    if (kind < 47) {
        const ItemId id = site();
        return id ? setField(FieldOwner::Site, id, -1) : u"no site"_s;
    }
    if (kind < 55) {
        const ItemId id = server();
        if (!id)
            return u"no server"_s;
        const Role role = Role(pick(int(Role::OutOfBandServicePoint) + 1));
        const bool added = mDoc.addRole(id, role);
        return u"addRole %1 %2"_s.arg(QLatin1String(enumName(role)), added ? u""_s : u"refused"_s);
    }
    if (kind < 60) {
        const ItemId id = server();
        const Server *s = mDoc.server(id);
        if (!s || s->roles.isEmpty())
            return u"no role"_s;
        mDoc.removeRole(id, pick(s->roles.size()));
        return u"removeRole"_s;
    }
    if (kind < 62) {
        const ItemId id = server();
        const Server *s = mDoc.server(id);
        if (!s || s->roles.isEmpty())
            return u"no role"_s;
        const int role = pick(s->roles.size());
        return setField(FieldOwner::Role, id, role);
    }
    if (kind < 66) {
        const ItemId id = server();
        if (!id)
            return u"no server"_s;
        // Back to a name of the baseline, often that of a server the revision renamed.
        QString name = mDoc.unusedServerName(mDoc.site(mDoc.siteOfServer(id))->code);
        if (chance(60)) {
            const Site &s = mBaseline.sites.at(pick(mBaseline.sites.size()));
            if (!s.servers.isEmpty())
                name = s.servers.at(pick(s.servers.size())).name;
        }
        mDoc.renameServer(id, name);
        return u"renameServer -> %1"_s.arg(name);
    }
    if (kind < 69) {
        const ItemId id = site();
        if (!id)
            return u"no site"_s;
        const ItemId added = mDoc.addServer(id);
        return u"addServer %1"_s.arg(mDoc.server(added) ? mDoc.server(added)->name : u"?"_s);
    }
    if (kind < 71) {
        const ItemId id = server();
        if (!id)
            return u"no server"_s;
        mDoc.removeServers({id});
        return u"removeServers"_s;
    }
    if (kind < 74) {
        const ItemId id = server();
        const ItemId to = site();
        if (!id || !to)
            return u"nothing to move"_s;
        mDoc.moveServer(id, to);
        return u"moveServer"_s;
    }
    if (kind < 76) {
        const ItemId id = site();
        if (!id)
            return u"no site"_s;
        QString name = mDoc.unusedSiteCode(SiteType::Primary);
        if (chance(50))
            name = mBaseline.sites.at(pick(mBaseline.sites.size())).code;
        mDoc.renameSite(id, name);
        return u"renameSite -> %1"_s.arg(name);
    }
    if (kind < 78) {
        mDoc.addSite(chance(80) ? site() : 0, chance(50) ? SiteType::Primary : SiteType::Secondary);
        return u"addSite"_s;
    }
    if (kind < 79) {
        if (plan().sites.size() < 4)
            return u"too few sites"_s;
        mDoc.removeSites({site()});
        return u"removeSites"_s;
    }
    if (kind < 81) {
        const QList<Finding> &findings = mDoc.findings();
        if (findings.isEmpty())
            return u"no finding"_s;
        Waiver w;
        w.finding = findings.at(pick(findings.size())).id();
        w.justification = u"accepted %1"_s.arg(++mCounter);
        mDoc.addWaiver(w);
        return u"addWaiver %1"_s.arg(w.finding);
    }
    if (kind < 82) {
        if (plan().waivers.isEmpty())
            return u"no waiver"_s;
        mDoc.removeWaiver(pick(plan().waivers.size()));
        return u"removeWaiver"_s;
    }
    if (kind < 84) {
        if (plan().accounts.isEmpty())
            return u"no account"_s;
        return setField(FieldOwner::Account, 0, pick(plan().accounts.size()));
    }
    if (kind < 85) {
        Attestation a;
        a.item = chance(50) ? u"physical-security"_s : u"strong-passwords"_s;
        mDoc.addAttestation(a);
        return u"addAttestation"_s;
    }
    if (kind < 90)
        return addressStep();
    if (kind < 95) {
        mDoc.undoStack()->undo();
        return u"undo"_s;
    }
    mDoc.undoStack()->redo();
    return u"redo"_s;
}

// README "Site addresses and senders": an address added, removed or one of its fields edited.
QString Editor::addressStep()
{
    const ItemId id = site();
    const Site *s = mDoc.site(id);
    if (!s)
        return u"no site"_s;
    if (s->addresses.isEmpty() || chance(25)) {
        SenderAddress address;
        address.to = code();
        if (chance(30))
            address.type = chance(50) ? SenderType::Courier : SenderType::IsdnRas;
        mDoc.addAddress(id, address);
        return u"addAddress %1 -> %2"_s.arg(s->code, address.to);
    }
    const int index = pick(s->addresses.size());
    if (chance(15)) {
        mDoc.removeAddress(id, index);
        return u"removeAddress"_s;
    }
    return setField(FieldOwner::Address, id, index);
}

QString Editor::setField(FieldOwner owner, ItemId id, int index)
{
    QList<const FieldInfo *> candidates;
    for (const FieldInfo &f : fieldsOf(owner)) {
        const QLatin1String key(f.key);
        // Names and codes change through renameServer() and renameSite().
        if (f.appliesTo(plan().product) && key != "name"_L1 && key != "code"_L1)
            candidates << &f;
    }
    if (candidates.isEmpty())
        return u"no field"_s;
    const FieldInfo &field = *candidates.at(pick(candidates.size()));
    const QVariant v = value(field);
    mDoc.setField({owner, id, index}, field, v, chance(20));
    return u"setField %1 = %2"_s.arg(QLatin1String(field.key), variantText(v));
}

QVariant Editor::value(const FieldInfo &field)
{
    if (!field.required && chance(20))
        return {};
    const QLatin1String key(field.key);
    switch (field.type) {
    case FieldType::Text:
        if (key == "parent"_L1 || key == "site"_L1 || key == "to"_L1)
            return chance(90) ? code() : u"ZZZ"_s;
        return u"text%1"_s.arg(++mCounter);
    case FieldType::TextList:
        if (key == "schedule"_L1)
            return QStringList{chance(50) ? u"19:00-07:00"_s : u"22:00-06:00"_s};
        return QStringList{code()};
    case FieldType::Bool:
        return chance(50);
    case FieldType::Count:
        return pick(20000);
    case FieldType::Enum: {
        const QStringList names = enumValuesIn(field, plan().product);
        return names.at(pick(names.size()));
    }
    case FieldType::Date:
        return kAsOf.addDays(pick(1000) - 500);
    }
    return {};
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT

private slots:
    void randomEditsMatchAFreshComparison_data();
    void randomEditsMatchAFreshComparison();
    void scriptedEditsMatchAFreshComparison();
    void fieldAndRoleEditsAreIncremental();
    void addressAndReleaseEdits();
    void aReadPlanIsComparedAsTheDocument_data();
    void aReadPlanIsComparedAsTheDocument();
};

void TestComparison::randomEditsMatchAFreshComparison_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<quint32>("seed");
    quint32 seed = 1203;
    for (const QString &plan : {u"cm2007"_s, u"sms2003"_s, u"rich"_s, u"dup"_s}) {
        for (int i = 0; i < 3; ++i, ++seed)
            QTest::newRow(qPrintable(u"%1 %2"_s.arg(plan).arg(seed))) << plan << seed;
    }
}

void TestComparison::randomEditsMatchAFreshComparison()
{
    QFETCH(QString, plan);
    QFETCH(quint32, seed);
    const Plan baseline = plan == u"cm2007"_s    ? generated(Product::ConfigMgr2007)
                          : plan == u"sms2003"_s ? generated(Product::Sms2003)
                                                 : fixturePlan(plan);
    QVERIFY(!baseline.sites.isEmpty());
    Document doc;
    doc.setValidationDate(kAsOf);
    doc.reset(revised(baseline));
    Comparison comparison(&doc, baseline, u"baseline"_s);
    CHECK_FRESH(comparison.diff(), baseline, doc.plan(), u"at the start"_s);
    QVERIFY(!comparison.diff().changes.isEmpty());

    Editor editor(doc, baseline, seed);
    for (int i = 0; i < 150; ++i) {
        const QString what = editor.step();
        CHECK_FRESH(comparison.diff(), baseline, doc.plan(), u"step %1 (%2)"_s.arg(i).arg(what));
    }
    // Undo everything: NEW is the revision again.
    while (doc.undoStack()->canUndo()) {
        doc.undoStack()->undo();
        CHECK_FRESH(comparison.diff(), baseline, doc.plan(),
                    u"undoing to %1"_s.arg(doc.undoStack()->index()));
    }
}

// The edits the issue names, one by one, around items the revision renamed, moved and added.
void TestComparison::scriptedEditsMatchAFreshComparison()
{
    const Plan baseline = generated(Product::ConfigMgr2007);
    Document doc;
    doc.setValidationDate(kAsOf);
    doc.reset(revised(baseline));
    Comparison comparison(&doc, baseline, u"baseline"_s);
    int changed = 0;
    connect(&comparison, &Comparison::changed, this, [&] { ++changed; });
    const auto check = [&](const QString &what) {
        CHECK_FRESH(comparison.diff(), baseline, doc.plan(), what);
    };
    const Plan &plan = doc.plan();
    const ItemId site1 = plan.sites.at(1).uid;
    const ItemId paired = plan.sites.at(1).servers.at(0).uid;
    const ItemId renamed = plan.sites.at(2).servers.at(0).uid;
    const QString renamedFrom = baseline.sites.at(2).servers.at(0).name;

    const bool dc = doc.server(paired)->domainController.value_or(false);
    doc.setField({FieldOwner::Server, paired, -1}, fieldOf(FieldOwner::Server, "domainController"),
                 !dc);
    QVERIFY(comparison.changeFor(paired));
    check(u"a server field"_s);
    doc.setField({FieldOwner::Server, paired, -1}, fieldOf(FieldOwner::Server, "domainController"),
                 dc);
    check(u"the server field back"_s);
    doc.setField({FieldOwner::Site, site1, -1}, fieldOf(FieldOwner::Site, "clientMode"),
                 u"native"_s);
    check(u"a site field"_s);
    QVERIFY(doc.addRole(paired, Role::FallbackStatusPoint));
    check(u"a role added"_s);
    doc.removeRole(paired, 0);
    check(u"a role removed"_s);
    const std::optional<bool> ipsec = baseline.sites.at(2).servers.at(0).ipsec;
    doc.setField({FieldOwner::Server, renamed, -1}, fieldOf(FieldOwner::Server, "ipsec"),
                 ipsec ? QVariant(*ipsec) : QVariant());
    check(u"the renamed server's ipsec as before"_s);
    doc.renameServer(renamed, renamedFrom);
    QVERIFY(!comparison.changeFor(renamed));
    check(u"the renamed server back to its name"_s);
    const ItemId added = doc.addServer(site1);
    check(u"a server added"_s);
    doc.setField({FieldOwner::Server, added, -1}, fieldOf(FieldOwner::Server, "staticIp"), false);
    check(u"a field of the added server"_s);
    doc.moveServer(paired, plan.sites.at(3).uid);
    check(u"a server moved"_s);
    doc.setField({FieldOwner::Server, paired, -1}, fieldOf(FieldOwner::Server, "adminShare"),
                 false);
    check(u"a field of the moved server"_s);
    doc.removeServers({added});
    check(u"a server removed"_s);
    doc.renameSite(site1, u"Q77"_s);
    check(u"a site renamed"_s);
    doc.setField({FieldOwner::Site, site1, -1}, fieldOf(FieldOwner::Site, "clients"), 777);
    check(u"a field of the renamed site"_s);
    const ItemId newSite = doc.addSite(site1, SiteType::Secondary);
    check(u"a site added"_s);
    doc.removeSites({newSite});
    check(u"a site removed"_s);
    Waiver waiver;
    waiver.finding = doc.findings().first().id();
    waiver.justification = u"accepted"_s;
    doc.addWaiver(waiver);
    check(u"a waiver added"_s);
    Attestation attestation;
    attestation.item = u"physical-security"_s;
    const int before = changed;
    doc.addAttestation(attestation);
    QVERIFY(changed > before);
    check(u"an attestation added"_s);
    while (doc.undoStack()->canUndo()) {
        doc.undoStack()->undo();
        check(u"undo to %1"_s.arg(doc.undoStack()->index()));
    }
    while (doc.undoStack()->canRedo()) {
        doc.undoStack()->redo();
        check(u"redo to %1"_s.arg(doc.undoStack()->index()));
    }
    doc.setValidationDate(kAsOf.addYears(3));
    const PlanDiff later = diffPlans(&baseline, validate(baseline, kAsOf.addYears(3)), &doc.plan(),
                                     validate(doc.plan(), kAsOf.addYears(3)));
    QCOMPARE(difference(comparison.diff(), later), QString());
    doc.reset(baseline);
    QVERIFY(comparison.diff().changes.isEmpty());
    QVERIFY(!comparison.diff().findings.hasDifferences());
}

// Edits of the fields and roles of sites and servers that pair by identity are compared alone
// (update() says it did not fall back), and still give the fresh result; an edit that can change
// what pairs with what compares everything.
void TestComparison::fieldAndRoleEditsAreIncremental()
{
    const Plan baseline = generated(Product::ConfigMgr2007);
    Plan plan = revised(baseline);
    const PlanComparer comparer(baseline, validate(baseline, kAsOf));
    LiveValidator live(plan, kAsOf);
    LiveDiff diff(comparer, plan, live);
    CHECK_FRESH(diff.diff(), baseline, plan, u"at the start"_s);

    const int s = 1;
    QVERIFY(plan.sites.at(s).servers.size() > 1);
    for (int k = 0; k < 2; ++k) {
        Server &server = plan.sites[s].servers[k];
        server.domainController = !server.domainController.value_or(false);
        live.serversChanged(s);
        QVERIFY(diff.update({}, {{s, k}}, false));
        CHECK_FRESH(diff.diff(), baseline, plan, u"domain controller"_s);
        server.roles.append({Role::FallbackStatusPoint, std::nullopt, std::nullopt, {}});
        live.serversChanged(s);
        QVERIFY(diff.update({}, {{s, k}}, false));
        CHECK_FRESH(diff.diff(), baseline, plan, u"a role"_s);
    }
    plan.sites[s].clientMode = ClientMode::Native;
    live.siteChanged(s);
    QVERIFY(diff.update({s}, {}, false));
    CHECK_FRESH(diff.diff(), baseline, plan, u"client mode"_s);
    // A finding both have is waived (updated), then not (unchanged again).
    const Finding fixed = diff.diff().findings.unchanged.first().finding;
    const int before = int(diff.diff().findings.unchanged.size());
    plan.waivers.append({fixed.id(), u"accepted"_s, std::nullopt, std::nullopt, {}});
    live.revalidateAll();
    QVERIFY(diff.update({}, {}, true));
    CHECK_FRESH(diff.diff(), baseline, plan, u"a waiver"_s);
    plan.waivers.removeLast();
    live.revalidateAll();
    QVERIFY(diff.update({}, {}, true));
    CHECK_FRESH(diff.diff(), baseline, plan, u"the waiver removed"_s);
    QCOMPARE(diff.diff().findings.unchanged.size(), before);

    // The server the revision added is compared whole when edited: it could become a rename.
    const int added = int(plan.sites.at(s).servers.size()) - 1;
    plan.sites[s].servers[added].ipsec = true;
    live.serversChanged(s);
    QVERIFY(!diff.update({}, {{s, added}}, false));
    CHECK_FRESH(diff.diff(), baseline, plan, u"a field of an added server"_s);
    plan.sites[s].servers[0].name = u"RENAMED"_s;
    live.serversChanged(s);
    QVERIFY(!diff.update({}, {{s, 0}}, false));
    CHECK_FRESH(diff.diff(), baseline, plan, u"a server renamed"_s);

    // An address of a site that pairs by code is compared with its site alone.
    QVERIFY(!plan.sites.at(s).addresses.isEmpty());
    plan.sites[s].addresses[0].rateLimit = 42;
    live.addressesChanged(s);
    QVERIFY(diff.update({s}, {}, false));
    CHECK_FRESH(diff.diff(), baseline, plan, u"an address's rate limit"_s);
    plan.sites[s].addresses.removeFirst();
    live.addressesChanged(s);
    QVERIFY(diff.update({s}, {}, false));
    CHECK_FRESH(diff.diff(), baseline, plan, u"an address removed"_s);
}

// Compare mode lists the edits of addresses and releases (README "Reviewing a revision"): each
// address change is an entry about its site, which carries the ~ mark, and the findings delta
// says which risk the edit adds.
void TestComparison::addressAndReleaseEdits()
{
    const Plan baseline = generated(Product::ConfigMgr2007);
    Document doc;
    doc.setValidationDate(kAsOf);
    doc.reset(baseline);
    Comparison comparison(&doc, baseline, u"baseline"_s);
    QVERIFY(comparison.diff().changes.isEmpty());
    const auto check = [&](const QString &what) {
        CHECK_FRESH(comparison.diff(), baseline, doc.plan(), what);
    };
    // The one change the last edit made (a test that finds another count stops here).
    const auto only = [&]() -> const ItemChange & {
        const QList<ItemChange> &changes = comparison.diff().changes;
        if (changes.size() != 1)
            qFatal("expected one change, got %s",
                   qPrintable(dump(comparison.diff()).mid(0, changes.size()).join(u'\n')));
        return changes.constFirst();
    };
    int s = 0;
    while (s < doc.plan().sites.size() && doc.plan().sites.at(s).addresses.isEmpty())
        ++s;
    QVERIFY(s < doc.plan().sites.size());
    const Site &site = doc.plan().sites.at(s);
    const ItemId siteId = site.uid;
    const QString to = site.addresses.at(0).to;

    doc.setField({FieldOwner::Address, siteId, 0}, fieldOf(FieldOwner::Address, "destination"),
                 u"10.0.0.1"_s);
    check(u"a destination"_s);
    {
        const ItemChange &change = only();
        QCOMPARE(change.kind, DiffKind::Address);
        QCOMPARE(change.action, DiffAction::Changed);
        QCOMPARE(change.site, site.code);
        QCOMPARE(change.id, to);
        QCOMPARE(change.fields.size(), 1);
        QCOMPARE(change.fields.constFirst().field, u"destination"_s);
        QCOMPARE(change.fields.constFirst().newValue, QVariant(u"10.0.0.1"_s));
        QCOMPARE(comparison.itemFor(change), siteId);
        QCOMPARE(comparison.changeFor(siteId), &change);
        QVERIFY(ChangesModel::itemText(change).contains(site.code));
        QVERIFY(ChangesModel::detailsText(change).contains(u"10.0.0.1"_s));
        QStringList added;
        for (const DeltaFinding &f : comparison.diff().findings.added)
            added << f.id;
        QCOMPARE(added, QStringList{u"address-destination-not-fqdn@"_s + site.code});
    }
    doc.undoStack()->undo();
    QVERIFY(comparison.diff().isEmpty());

    doc.setField({FieldOwner::Address, siteId, 0}, fieldOf(FieldOwner::Address, "type"),
                 u"courier"_s);
    check(u"the sender"_s);
    QCOMPARE(only().fields.constFirst().oldValue, QVariant(u"standard"_s));
    QCOMPARE(only().sender, u"courier"_s);
    doc.undoStack()->undo();

    SenderAddress courier;
    courier.to = to;
    courier.type = SenderType::Courier;
    doc.addAddress(siteId, courier);
    check(u"an address added"_s);
    QCOMPARE(only().action, DiffAction::Added);
    QCOMPARE(only().sender, u"courier"_s);
    doc.undoStack()->undo();

    doc.removeAddress(siteId, 0);
    check(u"an address removed"_s);
    QCOMPARE(only().action, DiffAction::Removed);
    // A removed address still leads to its site, which is in the document.
    QCOMPARE(comparison.itemFor(only()), siteId);
    QVERIFY(comparison.ghosts().isEmpty());
    doc.undoStack()->undo();

    doc.setField({FieldOwner::Site, siteId, -1}, fieldOf(FieldOwner::Site, "release"), u"sp1"_s);
    check(u"a site's release"_s);
    QCOMPARE(only().kind, DiffKind::Site);
    QCOMPARE(only().fields.constFirst().field, u"release"_s);
    doc.undoStack()->undo();
    doc.setField({FieldOwner::Plan, 0, -1}, fieldOf(FieldOwner::Plan, "release"), u"sp2"_s);
    check(u"the plan's release"_s);
    QCOMPARE(only().kind, DiffKind::Plan);
    QCOMPARE(only().fields.constFirst().field, u"release"_s);
    QCOMPARE(only().fields.constFirst().newValue, QVariant(u"sp2"_s));
}

// The report's comparison of a plan that is only read (a PlanSnapshot, compared once) is the one
// compare mode shows for the same plan in a Document: the same diff, the same items marked, the
// same ghosts where the same sites are.
void TestComparison::aReadPlanIsComparedAsTheDocument_data()
{
    QTest::addColumn<QString>("plan");
    for (const QString &plan : {u"cm2007"_s, u"sms2003"_s, u"rich"_s, u"dup"_s})
        QTest::newRow(qPrintable(plan)) << plan;
}

void TestComparison::aReadPlanIsComparedAsTheDocument()
{
    QFETCH(QString, plan);
    const Plan baseline = plan == u"cm2007"_s    ? generated(Product::ConfigMgr2007)
                          : plan == u"sms2003"_s ? generated(Product::Sms2003)
                                                 : fixturePlan(plan);
    const Plan revision = revised(baseline);
    Document doc;
    doc.setValidationDate(kAsOf);
    doc.reset(revision);
    const Comparison live(&doc, baseline, u"baseline"_s);
    const PlanSnapshot snapshot(revision, kAsOf);
    const Comparison once(snapshot, kAsOf, baseline, u"baseline"_s);

    CHECK_FRESH(once.diff(), baseline, snapshot.plan(), u"a read plan"_s);
    QVERIFY(!once.diff().changes.isEmpty());
    QCOMPARE(once.label(), u"baseline"_s);
    // Items by their place in the plan: the two give their sites and servers ids of their own.
    const auto place = [](const PlanReader &reader, ItemId id) {
        if (const int site = reader.siteIndex(id); site >= 0)
            return u"site %1"_s.arg(site);
        if (const Server *server = reader.server(id))
            return u"server %1 of site %2"_s.arg(server->name)
                .arg(reader.siteIndex(reader.siteOfServer(id)));
        return u"none"_s;
    };
    for (const ItemChange &change : once.diff().changes)
        QCOMPARE(place(snapshot, once.itemFor(change)), place(doc, live.itemFor(change)));
    for (int i = 0; i < int(revision.sites.size()); ++i) {
        const Site &read = snapshot.plan().sites.at(i);
        const Site &edited = doc.plan().sites.at(i);
        QCOMPARE(once.changeFor(read.uid) != nullptr, live.changeFor(edited.uid) != nullptr);
        for (int s = 0; s < int(read.servers.size()); ++s)
            QCOMPARE(once.changeFor(read.servers.at(s).uid) != nullptr,
                     live.changeFor(edited.servers.at(s).uid) != nullptr);
    }
    const QList<Comparison::Ghost> ghosts = once.ghosts();
    const QList<Comparison::Ghost> liveGhosts = live.ghosts();
    QCOMPARE(ghosts.size(), liveGhosts.size());
    for (int i = 0; i < int(ghosts.size()); ++i) {
        QCOMPARE(ghosts.at(i).name, liveGhosts.at(i).name);
        QCOMPARE(ghosts.at(i).position, liveGhosts.at(i).position);
        QCOMPARE(place(snapshot, ghosts.at(i).anchorSite), place(doc, liveGhosts.at(i).anchorSite));
    }
}

QTEST_MAIN(TestComparison)
#include "tst_comparison.moc"
