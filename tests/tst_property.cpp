// Round trip as a property (QUALITY.md "Round trip ... for generated plans"): for plans drawn at
// random, with every optional key sometimes stated and text chosen to trip a YAML writer,
// load(save(plan)) == plan, save is a fixed point after one round, and the reloaded plan
// validates to the same findings. The live-findings property lives in tst_document.
#include "io/planloader.h"
#include "io/plansaver.h"
#include "rules/checklist.h"
#include "validator.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace hierarch;

namespace {

// Draws plans from a seeded generator, so a failure names the seed and index that reproduce it.
class PlanGenerator
{
public:
    explicit PlanGenerator(quint32 seed) : mRng(seed) {}

    Plan plan()
    {
        Plan p;
        p.product = chance(2) ? Product::Sms2003 : Product::ConfigMgr2007;
        p.name = text();
        maybe(p.author, [&] { return text(); });
        maybe(p.description, [&] { return text(40, TextKind::FreeText); });
        maybe(p.dnsDomain, [&] { return text(); });
        maybe(p.forest, [&] { return text(); });
        maybe(p.schemaExtended, [&] { return chance(2); });
        maybe(p.publishing, [&] { return chance(2); });

        const int siteCount = int(mRng.bounded(8));
        QStringList codes;
        for (int i = 0; i < siteCount; ++i) {
            Site site = this->site(p.product, codes);
            codes << site.code;
            p.sites.append(site);
        }
        for (int i = int(mRng.bounded(4)); i > 0; --i)
            p.accounts.append(account(codes));
        for (int i = int(mRng.bounded(4)); i > 0; --i)
            p.waivers.append(waiver(p));
        const QList<ChecklistItem> &items = checklistItems();
        for (int i = int(mRng.bounded(4)); i > 0; --i) {
            Attestation a;
            a.item = QString::fromLatin1(items.at(int(mRng.bounded(int(items.size())))).id);
            maybe(a.status, [&] { return anyEnum<AttestationStatus>(); });
            maybe(a.note, [&] { return text(20, TextKind::FreeText); });
            p.attestations.append(a);
        }
        // Diagram keys are a YAML map: one entry per distinct code.
        QStringList placed;
        for (const QString &code : std::as_const(codes)) {
            if (placed.contains(code) || !chance(2))
                continue;
            placed << code;
            p.diagram.append({code, coordinate(), coordinate()});
        }
        if (chance(6)) // a position for a site the plan does not have
            p.diagram.append({QStringLiteral("ghost-%1").arg(mRng.bounded(1000)), 0.5, -0.25});
        // FORMAT.md `document`, drawn last so the rest of a seed's plan stays as it was.
        maybe(p.documentVersion, [&] { return text(); });
        maybe(p.documentStatus, [&] { return anyEnum<DocumentStatus>(); });
        for (int i = int(mRng.bounded(3)); i > 0; --i) {
            ChangeRecordEntry e;
            e.version = text();
            e.date = QDate(2000, 1, 1).addDays(qint64(mRng.bounded(365 * 40)));
            maybe(e.author, [&] { return text(); });
            maybe(e.summary, [&] { return text(20, TextKind::FreeText); });
            p.changeRecord.append(e);
        }
        return p;
    }

private:
    bool chance(int oneIn) { return mRng.bounded(oneIn) == 0; }

    template<typename T, typename F>
    void maybe(std::optional<T> &out, F make)
    {
        if (chance(2))
            out = make();
    }

    template<typename E>
    E anyEnum()
    {
        return E(mRng.bounded(enumCount<E>()));
    }

    int count()
    {
        switch (mRng.bounded(4)) {
        case 0:
            return 0;
        case 1:
            return std::numeric_limits<int>::max();
        default:
            return int(mRng.bounded(100'000));
        }
    }

    double coordinate()
    {
        switch (mRng.bounded(3)) {
        case 0:
            return double(int(mRng.bounded(2000)) - 1000);
        case 1:
            return mRng.generateDouble() * 2e6 - 1e6;
        default:
            return -0.0 + mRng.generateDouble() / 3.0;
        }
    }

    // Text a YAML writer must quote or escape: indicators at the start, `: ` and ` #` inside,
    // words YAML reads as other types, leading and trailing spaces, non-ASCII and astral
    // characters, byte order marks, C0 and C1 controls, line separators and HTML.
    // Text as FORMAT.md allows it: control characters only in free text (tabs and line breaks),
    // never a bidirectional control.
    QString text(int maxPieces = 6, TextKind kind = TextKind::Name)
    {
        static const QStringList pieces = {
            QStringLiteral("plain"),
            QStringLiteral("CEN"),
            QStringLiteral("P01-SITE01"),
            QStringLiteral("\""),
            QStringLiteral("'"),
            QStringLiteral("''"),
            QStringLiteral(":"),
            QStringLiteral(": "),
            QStringLiteral("a:b"),
            QStringLiteral("#"),
            QStringLiteral(" #c"),
            QStringLiteral(" "),
            QStringLiteral("  "),
            QStringLiteral("-"),
            QStringLiteral("- "),
            QStringLiteral("?"),
            QStringLiteral(","),
            QStringLiteral("["),
            QStringLiteral("]"),
            QStringLiteral("{"),
            QStringLiteral("}"),
            QStringLiteral("&a"),
            QStringLiteral("*a"),
            QStringLiteral("!tag"),
            QStringLiteral("|"),
            QStringLiteral(">"),
            QStringLiteral("%"),
            QStringLiteral("@"),
            QStringLiteral("`"),
            QStringLiteral("\\"),
            QStringLiteral("yes"),
            QStringLiteral("No"),
            QStringLiteral("null"),
            QStringLiteral("~"),
            QStringLiteral("true"),
            QStringLiteral("1.5"),
            QStringLiteral("0x1F"),
            QStringLiteral("1e3"),
            QStringLiteral(".inf"),
            QStringLiteral("12:30"),
            QStringLiteral("2024-01-31"),
            QStringLiteral("007"),
            QStringLiteral("Zürich"),
            QStringLiteral("日本語"),
            QStringLiteral("Ωμέγα"),
            QString::fromUtf8("\xf0\x9f\x98\x80"), // U+1F600, a surrogate pair in QString
            QString(QChar(0xfeff)),
            QString(QChar(0x2028)),
            QString(QChar(0x2029)),
            QString(QChar(0x85)),
            QString(QChar(0x9f)),
            QString(QChar(0xa0)),
            QStringLiteral("\t"),
            QStringLiteral("\n"),
            QStringLiteral("\r\n"),
            QString(QChar(0x01)),
            QString(QChar(0x1b)),
            QString(QChar(0x7f)),
            QString(QChar(0x00)),
            QStringLiteral("<b>x</b>"),
            QStringLiteral("&amp;"),
            QStringLiteral("<img src=\"file:///etc/hosts\">"),
            QStringLiteral("---"),
            QStringLiteral("..."),
            QStringLiteral("CONTOSO\\svc")};
        QString out;
        const int n = int(mRng.bounded(maxPieces + 1));
        for (int i = 0; i < n; ++i) {
            const QString &piece = pieces.at(int(mRng.bounded(int(pieces.size()))));
            if (!forbiddenCharacter(piece, kind))
                out += piece;
        }
        return out;
    }

    QString refOrText(const QStringList &codes)
    {
        if (!codes.isEmpty() && !chance(4))
            return codes.at(int(mRng.bounded(int(codes.size()))));
        return text(3);
    }

    Site site(Product product, const QStringList &earlier)
    {
        Site s;
        s.code = chance(5) ? text(3)
                           : QStringLiteral("S%1").arg(earlier.size(), 2, 10, QLatin1Char('0'));
        if (!earlier.isEmpty() && chance(4)) // duplicate codes are findings, not load errors
            s.code = earlier.at(int(mRng.bounded(int(earlier.size()))));
        maybe(s.name, [&] { return text(); });
        maybe(s.type, [&] { return anyEnum<SiteType>(); });
        if (!earlier.isEmpty() && !chance(4))
            s.parent = refOrText(earlier);
        else if (chance(6))
            s.parent = text(2); // a parent that may not exist
        maybe(s.forest, [&] { return text(); });
        maybe(s.clients, [&] { return count(); });
        maybe(s.workgroupClients, [&] { return chance(2); });
        maybe(s.secureKeyExchange, [&] { return chance(2); });
        maybe(s.installation, [&] { return anyEnum<Installation>(); });
        if (product == Product::Sms2003) {
            maybe(s.legacyClients, [&] { return count(); });
            maybe(s.securityMode, [&] { return anyEnum<SecurityMode>(); });
            maybe(s.acceptUnsignedData, [&] { return chance(2); });
        } else {
            maybe(s.clientMode, [&] { return anyEnum<ClientMode>(); });
            maybe(s.httpRoaming, [&] { return chance(2); });
        }
        for (int i = int(mRng.bounded(5)); i > 0; --i)
            s.servers.append(server(product, earlier + QStringList{s.code}));
        return s;
    }

    Server server(Product product, const QStringList &codes)
    {
        Server s;
        s.name = chance(3) ? text(4) : QStringLiteral("SRV%1").arg(mRng.bounded(10'000));
        maybe(s.fqdn, [&] { return text(); });
        maybe(s.forest, [&] { return text(); });
        maybe(s.zone, [&] { return anyEnum<Zone>(); });
        maybe(s.dualHomed, [&] { return chance(2); });
        maybe(s.domainController, [&] { return chance(2); });
        maybe(s.os, [&] { return anyEnum<OperatingSystem>(); });
        maybe(s.fileSystem, [&] { return anyEnum<FileSystem>(); });
        maybe(s.staticIp, [&] { return chance(2); });
        maybe(s.adminShare, [&] { return chance(2); });
        maybe(s.securityConfigurationWizard, [&] { return chance(2); });
        maybe(s.ipsec, [&] { return chance(2); });
        if (product == Product::ConfigMgr2007) {
            maybe(s.siteServerInitiatedTransfers, [&] { return chance(2); });
            maybe(s.allowInternetClients, [&] { return chance(2); });
        }
        maybe(s.otherWebApplications, [&] { return chance(2); });
        maybe(s.otherLocalSystemServices, [&] { return chance(2); });
        maybe(s.clustered, [&] { return chance(2); });
        if (chance(3)) {
            SqlSettings sql;
            maybe(sql.authentication, [&] { return anyEnum<SqlAuthentication>(); });
            maybe(sql.serviceAccount, [&] { return anyEnum<SqlServiceAccount>(); });
            maybe(sql.spnRegistered, [&] { return chance(2); });
            maybe(sql.otherDatabases, [&] { return chance(2); });
            s.sql = sql;
        }
        // Roles of both products: a role of the other product is a finding, not a load error.
        for (int i = int(mRng.bounded(6)); i > 0; --i) {
            RoleAssignment r;
            r.role = anyEnum<Role>();
            if ((r.role == Role::SiteDatabase || r.role == Role::SmsProvider) && chance(3))
                r.site = refOrText(codes);
            if (r.role == Role::DistributionPoint && chance(2))
                r.bits = chance(2);
            s.roles.append(r);
        }
        return s;
    }

    Account account(const QStringList &codes)
    {
        Account a;
        a.name = chance(2) ? QStringLiteral("CONTOSO\\acct%1").arg(mRng.bounded(100)) : text(4);
        a.type = anyEnum<AccountType>();
        for (int i = 1 + int(mRng.bounded(3)); i > 0; --i)
            a.sites << refOrText(codes);
        maybe(a.generated, [&] { return chance(2); });
        maybe(a.passwordChange, [&] { return anyEnum<PasswordChange>(); });
        maybe(a.rotation, [&] { return anyEnum<Rotation>(); });
        maybe(a.rotationAccount, [&] { return text(3); });
        maybe(a.domainAdmin, [&] { return chance(2); });
        maybe(a.custodians, [&] { return count(); });
        maybe(a.sealedCopy, [&] { return chance(2); });
        return a;
    }

    Waiver waiver(const Plan &plan)
    {
        Waiver w;
        // Often a finding the plan really has, so that waiving is exercised by validate().
        const QList<Finding> findings =
            chance(2) ? validate(plan, QDate(2030, 1, 1)) : QList<Finding>();
        if (!findings.isEmpty())
            w.finding = findings.at(int(mRng.bounded(int(findings.size())))).id();
        else
            w.finding = QStringLiteral("site-server-iis@") + text(3);
        // The justification must not be blank.
        w.justification =
            text(4, TextKind::FreeText) + QStringLiteral("J") + text(4, TextKind::FreeText);
        maybe(w.approvedBy, [&] { return text(3); });
        maybe(w.expires, [&] { return QDate(2000, 1, 1).addDays(qint64(mRng.bounded(365 * 40))); });
        return w;
    }

    QRandomGenerator mRng;
};

// The start of a file for the failure message; the whole file goes to a temporary file whose
// path the message names, for reproducing with `hierarch check`.
QString show(const QByteArray &bytes)
{
    const QString path =
        QDir::temp().filePath(QStringLiteral("tst_property-failure.hierarchy.yaml"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return QStringLiteral("(whole file: %1)\n").arg(path) + QString::fromUtf8(bytes.left(4000));
}

} // namespace

class TestProperty : public QObject
{
    Q_OBJECT

private slots:
    void roundTripGeneratedPlans();
    void questionMarkInFlowCollections();
};

// The smallest case of the saver bug the generator finds now and then, pinned so it is not lost.
void TestProperty::questionMarkInFlowCollections()
{
    Plan plan;
    plan.name = QStringLiteral("q");
    Site site;
    site.code = QStringLiteral("a?b");
    Server server;
    server.name = QStringLiteral("S1");
    RoleAssignment database;
    database.role = Role::SiteDatabase;
    database.site = site.code;
    server.roles = {database};
    site.servers = {server};
    plan.sites = {site};
    Account account;
    account.name = QStringLiteral("CONTOSO\\push");
    account.sites = {site.code};
    plan.accounts = {account};
    const LoadResult loaded = loadPlan(savePlan(plan), QStringLiteral("q.hierarchy.yaml"));
    QVERIFY2(loaded, qPrintable(loaded.error.toString()));
    QVERIFY(withoutSourcePositions(*loaded.plan) == plan);
}

void TestProperty::roundTripGeneratedPlans()
{
    const quint32 seed = qEnvironmentVariableIsSet("HIERARCH_SEED")
                             ? quint32(qEnvironmentVariableIntValue("HIERARCH_SEED"))
                             : 4711u;
    constexpr int kPlans = 300;
    const QDate asOf(2030, 1, 1);
    PlanGenerator generator(seed);
    QElapsedTimer timer;
    timer.start();
    int findingsSeen = 0;
    int waivedSeen = 0;
    for (int i = 0; i < kPlans; ++i) {
        const Plan plan = generator.plan();
        const QString context =
            QStringLiteral("plan %1 of seed %2 (HIERARCH_SEED=%2)").arg(i).arg(seed);

        const QByteArray saved = savePlan(plan);
        const LoadResult loaded = loadPlan(saved, QStringLiteral("generated.hierarchy.yaml"));
        QVERIFY2(loaded, qPrintable(context + QStringLiteral(": ") + loaded.error.toString() +
                                    QStringLiteral("\n") + show(saved)));

        const Plan reloaded = withoutSourcePositions(*loaded.plan);
        const QByteArray savedAgain = savePlan(*loaded.plan);
        QVERIFY2(reloaded == plan,
                 qPrintable(context + QStringLiteral(": load(save(plan)) != plan\n--- saved:\n") +
                            show(saved) + QStringLiteral("\n--- saved after reload:\n") +
                            show(savedAgain)));
        QVERIFY2(savedAgain == saved,
                 qPrintable(context + QStringLiteral(": save is not a fixed point\n--- first:\n") +
                            show(saved) + QStringLiteral("\n--- second:\n") + show(savedAgain)));

        const QList<Finding> before = validate(plan, asOf);
        const QList<Finding> after = validate(*loaded.plan, asOf);
        QStringList idsBefore, idsAfter;
        for (const Finding &f : before) {
            idsBefore << f.id() + (f.waived ? QStringLiteral(" (waived)") : QString());
            waivedSeen += f.waived ? 1 : 0;
        }
        for (const Finding &f : after)
            idsAfter << f.id() + (f.waived ? QStringLiteral(" (waived)") : QString());
        QCOMPARE(idsAfter, idsBefore);
        findingsSeen += int(before.size());
    }
    qInfo("%d generated plans in %lld ms (seed %u); %d findings compared, %d of them waived",
          kPlans, timer.elapsed(), seed, findingsSeen, waivedSeen);
    QVERIFY(waivedSeen > 0); // the generator does reach waivers that apply
}

QTEST_GUILESS_MAIN(TestProperty)
#include "tst_property.moc"
