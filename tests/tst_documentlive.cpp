// The live findings always equal a full validation: random edit sequences (every edit kind, undo
// and redo) on every example and on generated plans keep the findings, the lookups and the item
// models consistent, and each edit recomputes only the sites it can reach.
#include "document/outlinemodel.h"
#include "document/problemsmodel.h"
#include "documenttesting.h"
#include "io/planloader.h"
#include "io/plansaver.h"
#include "plangenerator.h"
#include "validator.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUndoStack>

#include <QtTest>

using namespace hierarch;
using namespace hierarch::testing;
using namespace Qt::StringLiterals;

namespace {

// --- random edits -------------------------------------------------------------------------

// Drives a Document with random user actions (every edit kind, undo and redo), choosing only
// targets that exist, as the UI would.
class RandomEditor
{
public:
    RandomEditor(Document &doc, quint32 seed) : mDoc(doc), mRng(seed) {}

    // Performs one action and says what it was; `undoRedo` tells whether it was undo or redo.
    QString step(bool *undoRedo);

private:
    int pick(qsizetype n) { return n > 0 ? int(mRng.bounded(int(n))) : -1; }
    bool chance(int percent) { return int(mRng.bounded(100)) < percent; }
    const Plan &plan() const { return mDoc.plan(); }
    ItemId randomSite()
    {
        const int i = pick(plan().sites.size());
        return i < 0 ? 0 : plan().sites.at(i).uid;
    }
    ItemId randomServer()
    {
        QList<ItemId> ids;
        for (const Site &s : plan().sites) {
            for (const Server &server : s.servers)
                ids << server.uid;
        }
        const int i = pick(ids.size());
        return i < 0 ? 0 : ids.at(i);
    }
    QString existingCode()
    {
        const int i = pick(plan().sites.size());
        return i < 0 ? u"P01"_s : plan().sites.at(i).code;
    }
    QString randomCode()
    {
        const int r = pick(10);
        if (r < 7 || plan().sites.isEmpty())
            return mDoc.unusedSiteCode(chance(50) ? SiteType::Primary : SiteType::Secondary);
        return r < 9 ? existingCode() : existingCode().toLower();
    }
    QString randomText()
    {
        static const QStringList samples{u"plain"_s,    u"with: colon"_s,     u"#hash"_s,
                                         u"<b>x</b>"_s, u"quote \"q\" 'a'"_s, u"Zürich"_s};
        return samples.at(pick(samples.size())) + QString::number(++mCounter);
    }
    QString step(bool *undoRedo, int kind);
    QString setRandomField();
    bool targetExists(const FieldTarget &target) const;
    QVariant randomValue(const FieldInfo &field, const FieldTarget &target);

    Document &mDoc;
    QRandomGenerator mRng;
    int mCounter = 0;
    FieldTarget mLastTarget;
    const FieldInfo *mLastField = nullptr;
};

QString RandomEditor::step(bool *undoRedo)
{
    *undoRedo = false;
    return step(undoRedo, pick(23));
}

QString RandomEditor::step(bool *undoRedo, int kind)
{
    switch (kind) {
    case 0: {
        const ItemId parent = chance(80) ? randomSite() : 0;
        const ItemId id =
            mDoc.addSite(parent, chance(60) ? SiteType::Primary : SiteType::Secondary);
        return u"addSite -> %1"_s.arg(mDoc.site(id) ? mDoc.site(id)->code : u"?"_s);
    }
    case 1: {
        const Site *source = mDoc.site(randomSite());
        if (!source)
            return step(undoRedo, 0);
        Site copy = *source;
        if (chance(80))
            copy.code = mDoc.unusedSiteCode(copy.effectiveType());
        const int index = pick(plan().sites.size() + 2) - 1;
        mDoc.insertSite(copy, index);
        return u"insertSite %1 at %2"_s.arg(copy.code).arg(index);
    }
    case 2: {
        if (plan().sites.isEmpty())
            return step(undoRedo, 0);
        QList<ItemId> ids{randomSite()};
        if (chance(20))
            ids << randomSite();
        if (chance(40) && plan().sites.size() > 1 && mDoc.subtree(ids.first()).size() > 3)
            return u"removeSites skipped (big subtree)"_s; // keep the plan from emptying too soon
        mDoc.removeSites(ids);
        return u"removeSites (%1 picked)"_s.arg(ids.size());
    }
    case 3: {
        const ItemId id = randomSite();
        const ItemId parent = chance(80) ? randomSite() : 0;
        mDoc.reparentSite(id, parent);
        return u"reparentSite"_s;
    }
    case 4: {
        const ItemId id = randomSite();
        const QString code = randomCode();
        mDoc.renameSite(id, code);
        return u"renameSite -> %1"_s.arg(code);
    }
    case 5: {
        if (chance(10)) {
            mDoc.clearDiagram();
            return u"clearDiagram"_s;
        }
        QList<std::pair<ItemId, QPointF>> moves;
        for (int n = 1 + pick(3); n > 0; --n)
            moves.append({randomSite(), QPointF(pick(2000) - 1000, pick(1200) / 2.0)});
        mDoc.moveSites(moves);
        return u"moveSites (%1)"_s.arg(moves.size());
    }
    case 6: {
        mDoc.addServer(randomSite());
        return u"addServer"_s;
    }
    case 7: {
        const Server *source = mDoc.server(randomServer());
        const ItemId site = randomSite();
        if (!source || !site)
            return step(undoRedo, 6);
        Server copy = *source;
        if (chance(80))
            copy.name = mDoc.unusedServerName(mDoc.site(site)->code);
        mDoc.insertServer(site, copy);
        return u"insertServer %1"_s.arg(copy.name);
    }
    case 8: {
        QList<ItemId> ids;
        for (int n = 1 + pick(3); n > 0; --n)
            ids << randomServer();
        mDoc.removeServers(ids);
        return u"removeServers (%1 picked)"_s.arg(ids.size());
    }
    case 9: {
        mDoc.moveServer(randomServer(), randomSite());
        return u"moveServer"_s;
    }
    case 10: {
        const ItemId id = randomServer();
        const Site *home = mDoc.site(mDoc.siteOfServer(id));
        const QString name = chance(80) && home ? mDoc.unusedServerName(home->code) : randomText();
        mDoc.renameServer(id, name);
        return u"renameServer -> %1"_s.arg(name);
    }
    case 11:
    case 12: {
        const ItemId id = randomServer();
        const Role role = Role(pick(enumCount<Role>()));
        const bool added = mDoc.addRole(id, role);
        return u"addRole %1 (%2)"_s.arg(enumString(role), added ? u"added"_s : u"refused"_s);
    }
    case 13: {
        const ItemId id = randomServer();
        const Server *s = mDoc.server(id);
        const int index = s ? pick(s->roles.size()) : -1;
        mDoc.removeRole(id, index);
        return u"removeRole %1"_s.arg(index);
    }
    case 14:
    case 15:
    case 16:
    case 17:
        return setRandomField();
    case 18: {
        if (chance(40) && !plan().accounts.isEmpty()) {
            mDoc.removeAccount(pick(plan().accounts.size()));
            return u"removeAccount"_s;
        }
        Account a;
        a.name = u"CONTOSO\\svc-"_s + randomText();
        a.type = AccountType(pick(enumCount<AccountType>()));
        a.sites = {existingCode()};
        if (chance(50))
            a.custodians = pick(4);
        mDoc.addAccount(a);
        return u"addAccount"_s;
    }
    case 19: {
        if (chance(40) && !plan().waivers.isEmpty()) {
            mDoc.removeWaiver(pick(plan().waivers.size()));
            return u"removeWaiver"_s;
        }
        Waiver w;
        const QList<Finding> &findings = mDoc.findings();
        w.finding =
            findings.isEmpty() ? u"mixed-mode@P01"_s : findings.at(pick(findings.size())).id();
        w.justification = randomText();
        if (chance(50))
            w.expires = kAsOf.addDays(pick(600) - 300);
        mDoc.addWaiver(w);
        return u"addWaiver %1"_s.arg(w.finding);
    }
    case 20: {
        if (chance(30)) {
            if (chance(40) && !plan().changeRecord.isEmpty()) {
                mDoc.removeRevision(pick(plan().changeRecord.size()));
                return u"removeRevision"_s;
            }
            ChangeRecordEntry e;
            e.version = randomText();
            e.date = kAsOf.addDays(-pick(900));
            if (chance(50))
                e.summary = randomText();
            mDoc.addRevision(e);
            return u"addRevision %1"_s.arg(e.version);
        }
        if (chance(40) && !plan().attestations.isEmpty()) {
            mDoc.removeAttestation(pick(plan().attestations.size()));
            return u"removeAttestation"_s;
        }
        Attestation a;
        a.item = chance(50) ? u"physical-security"_s : u"strong-passwords"_s;
        if (chance(50))
            a.status = AttestationStatus(pick(3));
        mDoc.addAttestation(a);
        return u"addAttestation"_s;
    }
    case 21:
        *undoRedo = true;
        mDoc.undoStack()->undo();
        return u"undo"_s;
    default:
        *undoRedo = true;
        mDoc.undoStack()->redo();
        return u"redo"_s;
    }
}

bool RandomEditor::targetExists(const FieldTarget &target) const
{
    const auto inRange = [&](qsizetype size) {
        return target.index >= 0 && target.index < size;
    };
    switch (target.owner) {
    case FieldOwner::Plan:
        return true;
    case FieldOwner::Site:
        return mDoc.site(target.id);
    case FieldOwner::Server:
        return mDoc.server(target.id);
    case FieldOwner::Role:
        return mDoc.server(target.id) && inRange(mDoc.server(target.id)->roles.size());
    case FieldOwner::Account:
        return inRange(plan().accounts.size());
    case FieldOwner::Waiver:
        return inRange(plan().waivers.size());
    case FieldOwner::Attestation:
        return inRange(plan().attestations.size());
    case FieldOwner::ChangeRecord:
        return inRange(plan().changeRecord.size());
    case FieldOwner::Address:
        return mDoc.site(target.id) && inRange(mDoc.site(target.id)->addresses.size());
    }
    return false;
}

QString RandomEditor::setRandomField()
{
    const FieldOwner owner = FieldOwner(pick(9));
    FieldTarget target{owner, 0, -1};
    switch (owner) {
    case FieldOwner::Plan:
        break;
    case FieldOwner::Site:
        target.id = randomSite();
        break;
    case FieldOwner::Server:
        target.id = randomServer();
        break;
    case FieldOwner::Role: {
        target.id = randomServer();
        const Server *s = mDoc.server(target.id);
        target.index = s ? pick(s->roles.size()) : -1;
        break;
    }
    case FieldOwner::Account:
        target.index = pick(plan().accounts.size());
        break;
    case FieldOwner::Waiver:
        target.index = pick(plan().waivers.size());
        break;
    case FieldOwner::Attestation:
        target.index = pick(plan().attestations.size());
        break;
    case FieldOwner::ChangeRecord:
        target.index = pick(plan().changeRecord.size());
        break;
    case FieldOwner::Address: {
        target.id = randomSite();
        const Site *s = mDoc.site(target.id);
        target.index = s ? pick(s->addresses.size()) : -1;
        break;
    }
    }
    if (!targetExists(target))
        return u"setField skipped (no target)"_s;
    QList<const FieldInfo *> candidates;
    for (const FieldInfo &f : fieldsOf(owner)) {
        if (f.appliesTo(plan().product))
            candidates << &f;
    }
    const FieldInfo *picked = candidates.at(pick(candidates.size()));
    // Often keep typing into the field edited last, so that merged steps get undone as well.
    if (mLastField && chance(40) && targetExists(mLastTarget)) {
        target = mLastTarget;
        picked = mLastField;
    }
    mLastTarget = target;
    mLastField = picked;
    const FieldInfo &field = *picked;
    const QVariant value = randomValue(field, target);
    const bool merge = chance(30);
    mDoc.setField(target, field, value, merge);
    return u"setField %1.%2 = %3%4"_s.arg(
        QString::number(int(target.owner)), QLatin1String(field.key),
        value.isValid() ? value.toString() : u"<unstated>"_s, merge ? u" (merge)"_s : QString());
}

QVariant RandomEditor::randomValue(const FieldInfo &field, const FieldTarget &target)
{
    if (!field.required && chance(20))
        return {};
    const QLatin1String key(field.key);
    switch (field.type) {
    case FieldType::Text:
        if (field.owner == FieldOwner::Site && key == "code"_L1)
            return randomCode();
        if ((field.owner == FieldOwner::Site && key == "parent"_L1) ||
            (field.owner == FieldOwner::Role && key == "site"_L1))
            return chance(90) ? existingCode() : u"ZZZ"_s;
        if (field.owner == FieldOwner::Server && key == "name"_L1) {
            const Site *home = mDoc.site(mDoc.siteOfServer(target.id));
            return home ? mDoc.unusedServerName(home->code) : randomText();
        }
        if (field.owner == FieldOwner::Waiver && key == "finding"_L1 && !mDoc.findings().isEmpty())
            return mDoc.findings().at(pick(mDoc.findings().size())).id();
        if (field.owner == FieldOwner::Attestation && key == "item"_L1)
            return chance(50) ? u"backup-recovery-plan"_s : u"ssl-bridging"_s;
        return randomText();
    case FieldType::TextList: {
        QStringList codes;
        for (int n = pick(3); n >= 0; --n)
            codes << existingCode();
        return codes;
    }
    case FieldType::Bool:
        return chance(50);
    case FieldType::Count:
        return pick(20000);
    case FieldType::Enum: {
        const QStringList names = field.enumValues();
        return names.at(pick(names.size()));
    }
    case FieldType::Date:
        return kAsOf.addDays(pick(1000) - 500);
    }
    return {};
}

} // namespace

class TestDocumentLive : public QObject
{
    Q_OBJECT

private slots:
    void randomEditsMatchFullValidation_data();
    void randomEditsMatchFullValidation();
    void editsRecomputeOnlyWhatTheyReach();
    void validationDateRevalidates();
    void sharedDatabaseSavesAndValidates();
    void servedSiteIsOneOfEachRole();
};

// --- random sequences -----------------------------------------------------------------------

void TestDocumentLive::randomEditsMatchFullValidation_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<quint32>("seed");
    const QDir dir(QStringLiteral(HIERARCH_EXAMPLES_DIR));
    quint32 seed = 20261121;
    const QStringList files = dir.entryList({u"*.yaml"_s}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file) << seed++;
    // Generated plans carry some of every finding: duplicate names and codes, roles serving
    // other sites, shared databases, parent cycles; the live validator's reach is tested there.
    for (const Product product : {Product::ConfigMgr2007, Product::Sms2003}) {
        for (const char size : {'S', 'M'}) {
            QTest::newRow(qPrintable(u"generated %1 %2"_s.arg(QLatin1Char(size))
                                         .arg(QString::fromLatin1(enumName(product)))))
                << u"generated:%1:%2"_s.arg(QLatin1Char(size)).arg(int(product)) << seed++;
        }
    }
    QTest::newRow("empty plan") << QString() << seed++;
    QTest::newRow("empty plan, second seed") << QString() << seed++;
}

void TestDocumentLive::randomEditsMatchFullValidation()
{
    QFETCH(QString, path);
    QFETCH(quint32, seed);
    Plan original;
    if (path.startsWith(u"generated:"_s)) {
        const QStringList parts = path.split(u':');
        original = bench::generatePlan(
            bench::sizePreset(parts.at(1).at(0).toLatin1(), Product(parts.at(2).toInt())));
        path.clear();
    } else if (!path.isEmpty()) {
        const LoadResult result = loadPlanFile(path);
        QVERIFY2(result, qPrintable(result.error.toString()));
        original = *result.plan;
    }
    const QByteArray originalBytes = savePlan(original);

    Document doc;
    doc.setValidationDate(kAsOf);
    doc.reset(original, path);
    OutlineModel outline(&doc);
    ProblemsModel problems(&doc);
    // The model testers walk every row after every change: on the small plans only.
    std::optional<QAbstractItemModelTester> outlineTester;
    std::optional<QAbstractItemModelTester> problemsTester;
    if (original.serverCount() <= 100) {
        outlineTester.emplace(&outline, QAbstractItemModelTester::FailureReportingMode::QtTest);
        problemsTester.emplace(&problems, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    const Plan start = doc.plan();
    QCOMPARE(savePlan(start), originalBytes);
    // The plan after each command still on the stack, to check every undo and redo on the way.
    QHash<const QUndoCommand *, Plan> stateAfter;
    auto expectedAt = [&](int index) -> const Plan & {
        return index == 0 ? start : stateAfter[doc.undoStack()->command(index - 1)];
    };

    RandomEditor editor(doc, seed + qEnvironmentVariableIntValue("TST_DOCUMENT_SEED"));
    // TST_DOCUMENT_STEPS / TST_DOCUMENT_SEED make a longer or different soak run.
    const int kSteps = qEnvironmentVariableIsSet("TST_DOCUMENT_STEPS")
                           ? qEnvironmentVariableIntValue("TST_DOCUMENT_STEPS")
                           : 300;
    for (int i = 0; i < kSteps; ++i) {
        bool undoRedo = false;
        const QString what = editor.step(&undoRedo);
        if (qEnvironmentVariableIsSet("TST_DOCUMENT_TRACE"))
            qDebug().noquote() << i << doc.undoStack()->index() << doc.undoStack()->count()
                               << doc.plan().sites.size() << doc.plan().serverCount() << what;
        const QString context = u"seed %1 step %2 (%3)"_s.arg(seed).arg(i).arg(what);
        if (QTest::currentTestFailed()) // the model tester reports inside the step
            QFAIL(qPrintable(context + u": item model check failed"_s));
        checkFindings(doc, context);
        checkLookups(doc, context);
        checkOutline(doc, outline, context);
        QCOMPARE(problems.rowCount(), int(doc.findings().size()));
        if (QTest::currentTestFailed())
            return;
        const int index = doc.undoStack()->index();
        if (undoRedo)
            COMPARE_PLANS(doc.plan(), expectedAt(index), context);
        else if (index > 0)
            stateAfter[doc.undoStack()->command(index - 1)] = doc.plan();
    }

    const Plan edited = doc.plan();
    const QByteArray editedBytes = savePlan(edited);
    const int top = doc.undoStack()->index();
    while (doc.undoStack()->canUndo()) {
        const QString undoing = doc.undoStack()->undoText();
        doc.undoStack()->undo();
        const QString context =
            u"seed %1 undoing to %2 (%3)"_s.arg(seed).arg(doc.undoStack()->index()).arg(undoing);
        COMPARE_PLANS(doc.plan(), expectedAt(doc.undoStack()->index()), context);
        checkFindings(doc, context);
        checkLookups(doc, context);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(savePlan(doc.plan()), originalBytes);
    COMPARE_PLANS(doc.plan(), start, u"after undoing everything"_s);
    QVERIFY(!doc.isModified());
    for (int i = 0; i < top; ++i)
        doc.undoStack()->redo();
    QCOMPARE(savePlan(doc.plan()), editedBytes);
    COMPARE_PLANS(doc.plan(), edited, u"after redoing everything"_s);
    checkFindings(doc, u"after redoing everything"_s);
    checkOutline(doc, outline, u"after redoing everything"_s);
}

// The live path must not grow with the plan: each kind of edit recomputes the findings of the
// sites it can reach, a handful, never all of them (the benchmark measures the time; this pins
// down the reach, so a fallback to validating everything fails here on any machine).
void TestDocumentLive::editsRecomputeOnlyWhatTheyReach()
{
    Document doc;
    doc.setValidationDate(bench::referenceDate());
    doc.reset(bench::generatePlan(bench::sizePreset('M', Product::ConfigMgr2007)));
    const qsizetype sites = doc.plan().sites.size();
    QCOMPARE(sites, 100);

    // A primary in the middle of the list with secondary children, and one of them.
    ItemId primary = 0;
    ItemId secondary = 0;
    for (qsizetype i = sites / 3; i < sites && !secondary; ++i) {
        const Site &s = doc.plan().sites.at(i);
        if (s.isSecondary() || s.isCentral() || s.servers.size() < 2)
            continue;
        for (ItemId child : doc.childSites(s.uid)) {
            if (doc.site(child)->isSecondary() && doc.childSites(child).isEmpty()) {
                primary = s.uid;
                secondary = child;
                break;
            }
        }
    }
    QVERIFY(secondary);
    const ItemId server = doc.site(primary)->servers.at(1).uid;

    const auto reach = [&](const QString &edit, const std::function<void()> &apply) {
        apply();
        const QList<ItemId> recomputed = doc.sitesWithNewFindings();
        QVERIFY2(recomputed.size() <= 10, qPrintable(u"%1 recomputed %2 of %3 sites"_s.arg(edit)
                                                         .arg(recomputed.size())
                                                         .arg(doc.plan().sites.size())));
        checkFindings(doc, edit);
    };
    reach(u"server field"_s, [&] {
        doc.setField({FieldOwner::Server, server}, fieldOf(FieldOwner::Server, "domainController"),
                     true);
    });
    reach(u"add a role"_s, [&] { doc.addRole(server, Role::FallbackStatusPoint); });
    reach(u"site field"_s, [&] {
        doc.setField({FieldOwner::Site, primary}, fieldOf(FieldOwner::Site, "clientMode"),
                     u"native"_s);
    });
    reach(u"rename a server"_s, [&] { doc.renameServer(server, u"REACH-RENAMED"_s); });
    reach(u"add a server"_s, [&] { doc.addServer(primary); });
    reach(u"add a secondary site"_s, [&] { doc.addSite(primary, SiteType::Secondary); });
    reach(u"undo adding it (the last site goes)"_s, [&] { doc.undoStack()->undo(); });
    reach(u"remove a site from the middle"_s, [&] { doc.removeSites({secondary}); });
    reach(u"undo that (a site comes back in the middle)"_s, [&] { doc.undoStack()->undo(); });
    reach(u"remove a primary with its children"_s, [&] { doc.removeSites({primary}); });
    reach(u"undo that"_s, [&] { doc.undoStack()->undo(); });
}

void TestDocumentLive::validationDateRevalidates()
{
    Document doc;
    doc.setValidationDate(kAsOf);
    doc.reset(fixturePlan(u"rich"_s));
    const auto waived = [&] {
        for (const Finding &f : doc.findings()) {
            if (f.id() == u"mixed-mode@P01")
                return f.waived;
        }
        return false;
    };
    QVERIFY(waived()); // the waiver runs to 2027-01-31
    QList<ChangeEvent> events;
    connect(&doc, &Document::changed, [&events](const ChangeEvent &e) { events << e; });
    doc.setValidationDate(QDate(2027, 6, 1));
    QCOMPARE(events, (QList<ChangeEvent>{{ChangeEvent::Type::Changed, ChangeItem::Findings}}));
    QVERIFY(!waived());
    checkFindings(doc, u"after the date moved"_s);
    QCOMPARE(doc.undoStack()->count(), 0); // not an edit of the plan
    QVERIFY(!doc.isModified());
}

// The configuration sql-shared-between-sites catches, made through the calls the palette, the
// canvas and Properties use: the saved file loads with the same roles and validates the same.
void TestDocumentLive::sharedDatabaseSavesAndValidates()
{
    Document doc;
    doc.setValidationDate(kAsOf);
    doc.reset(fixturePlan(u"waived"_s));
    const ItemId cen = serverId(doc, u"CEN-SITE01"_s);
    const ItemId sql = serverId(doc, u"CEN-SQL02"_s);
    QVERIFY(doc.canAddRole(cen, Role::SiteDatabase));
    QCOMPARE(doc.siteForNewRole(cen, Role::SiteDatabase), std::optional<QString>(u"PAR"_s));
    QVERIFY(doc.addRole(cen, Role::SiteDatabase));
    // Both sites are served now: a third one has nowhere to go.
    QVERIFY(!doc.canAddRole(cen, Role::SiteDatabase));
    QVERIFY(!doc.addRole(cen, Role::SiteDatabase));
    // A server that serves only another site takes the role for its own one first.
    QCOMPARE(doc.siteForNewRole(sql, Role::SiteDatabase), std::optional<QString>(QString()));
    QVERIFY(doc.addRole(sql, Role::SiteDatabase));
    QVERIFY(!doc.server(sql)->roles.last().site);

    auto ids = [](const QList<Finding> &findings) {
        QStringList out;
        for (const Finding &f : findings)
            out << f.id() + (f.waived ? u" (waived)"_s : QString());
        return out;
    };
    const QStringList live = ids(doc.findings());
    QVERIFY(live.contains(u"sql-shared-between-sites@CEN-SITE01"_s));
    QVERIFY(live.contains(u"sql-shared-between-sites@CEN-SQL02"_s));
    QVERIFY(live.contains(u"sql-mixed-authentication@CEN-SITE01 (waived)"_s));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"shared.hierarchy.yaml"_s);
    QString error;
    QVERIFY2(doc.save(path, &error), qPrintable(error));
    const LoadResult loaded = loadPlanFile(path);
    QVERIFY2(loaded, qPrintable(loaded.error.toString()));
    const Server *reloaded = &loaded.plan->sites.at(0).servers.at(0);
    QCOMPARE(reloaded->name, u"CEN-SITE01"_s);
    QCOMPARE(reloaded->roles.last().role, Role::SiteDatabase);
    QCOMPARE(reloaded->roles.last().site, u"PAR"_s);
    QCOMPARE(ids(validate(*loaded.plan, kAsOf)), live);
}

// Properties' "Serves site": a site the server already serves with the same role is refused,
// any other site of the plan is taken, and undo puts the served site back.
void TestDocumentLive::servedSiteIsOneOfEachRole()
{
    Document doc;
    doc.setValidationDate(kAsOf);
    doc.reset(fixturePlan(u"waived"_s));
    const ItemId cen = serverId(doc, u"CEN-SITE01"_s);
    QVERIFY(doc.addRole(cen, Role::SiteDatabase)); // serves PAR
    const int second = int(doc.server(cen)->roles.size()) - 1;
    const FieldInfo &site = fieldOf(FieldOwner::Role, "site");
    QSignalSpy refused(&doc, &Document::editRefused);

    // Back to the server's own site, which its first database role serves: refused.
    doc.setField({FieldOwner::Role, cen, second}, site, QVariant());
    doc.setField({FieldOwner::Role, cen, second}, site, u"cen"_s);
    QCOMPARE(refused.size(), 2);
    QVERIFY(refused.last().at(0).toString().contains(u"CEN-SITE01"_s));
    QCOMPARE(doc.server(cen)->roles.at(second).site, u"PAR"_s);
    QCOMPARE(doc.undoStack()->count(), 1);

    // The first role stating its own site is the same site: allowed, and so is another code.
    doc.setField({FieldOwner::Role, cen, 1}, site, u"CEN"_s);
    QCOMPARE(refused.size(), 2);
    QCOMPARE(doc.server(cen)->roles.at(1).site, u"CEN"_s);
    doc.undoStack()->undo();
    QVERIFY(!doc.server(cen)->roles.at(1).site);
    doc.undoStack()->undo();
    QCOMPARE(doc.server(cen)->roles.size(), 4);
}

QTEST_MAIN(TestDocumentLive)

#include "tst_documentlive.moc"
