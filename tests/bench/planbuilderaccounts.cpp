// The plan's accounts, attestations and waivers, and the account defects among them (see
// planbuilderdefects.cpp for how defects are planted).
#include "planbuilder.h"

#include "validator.h"

namespace hierarch::bench {

namespace {

// A site code that is not in any generated plan: a retired site that references still name.
QString retiredSite()
{
    return QStringLiteral("OLD");
}

} // namespace

namespace {

const char *accountStem(AccountType type)
{
    switch (type) {
    case AccountType::SmsService:
        return "svc";
    case AccountType::Database:
        return "sql";
    case AccountType::SiteAddress:
        return "addr";
    case AccountType::ServerConnection:
        return "srvconn";
    case AccountType::SiteSystemConnection:
        return "sysconn";
    case AccountType::RemoteService:
        return "remote";
    case AccountType::ClientServices:
        return "clisvc";
    case AccountType::ClientServicesDc:
        return "clisvc-dc";
    case AccountType::ClientUserToken:
        return "token";
    case AccountType::ClientUserTokenDc:
        return "token-dc";
    case AccountType::ClientConnection:
        return "cliconn";
    case AccountType::CcmBootLoader:
        return "boot";
    case AccountType::CcmBootLoaderDc:
        return "boot-dc";
    case AccountType::AdvancedClientNetworkAccess:
        return "netaccess";
    case AccountType::LegacyClientSoftwareInstallation:
        return "legacy";
    case AccountType::ClientPushInstallation:
        return "push";
    case AccountType::NetworkAccess:
        return "naa";
    case AccountType::SiteSystemInstallation:
        return "sysinst";
    case AccountType::SoftwareUpdatePointConnection:
        return "supconn";
    case AccountType::HealthStateReferencePublishing:
        return "shvpub";
    case AccountType::HealthStateReferenceQuerying:
        return "shvquery";
    }
    return "account";
}

} // namespace

void PlanBuilder::addAccounts()
{
    QList<int> primaries;
    QList<int> all;
    for (int i = 0; i < int(mSpecs.size()); ++i) {
        if (spec(i).odd != Odd::None)
            continue;
        all << i;
        if (spec(i).primary())
            primaries << i;
    }
    // Every account type of the product, then more of them; account-type-not-in-product comes
    // from one account of the other product (plantAccountDefects).
    QList<AccountType> types;
    for (int t = 0; t < enumCount<AccountType>(); ++t) {
        if (accountTypeInProduct(AccountType(t), mPlan.product))
            types << AccountType(t);
    }
    const int count = std::max(int(types.size()), int(mPlan.sites.size()) / 10);
    QMap<QString, int> names;
    for (int a = 0; a < count; ++a) {
        Account account;
        account.type = a < int(types.size()) ? types.at(a) : mRandom.one(types);
        const QString home = site(mRandom.one(primaries)).code;
        account.sites << home;
        const bool perSite = account.type == AccountType::SmsService ||
                             account.type == AccountType::Database ||
                             account.type == AccountType::RemoteService ||
                             account.type == AccountType::ServerConnection;
        if (!perSite) {
            for (int extra = mRandom.below(4); extra > 0; --extra) {
                const QString code = site(mRandom.one(all)).code;
                if (!account.sites.contains(code))
                    account.sites << code;
            }
        }
        QString name = QStringLiteral("FABRIKAM\\%1-%2-%3")
                           .arg(cm() ? QLatin1String("cm") : QLatin1String("sms"),
                                QLatin1String(accountStem(account.type)), home.toLower());
        if (const int seen = names[name]++; seen > 0)
            name += QString::number(seen + 1);
        account.name = name;

        switch (account.type) {
        case AccountType::SmsService:
            if (mRandom.percent(40))
                account.rotationAccount = name + QStringLiteral("-b");
            break;
        case AccountType::Database:
            if (mRandom.percent(30))
                account.rotation = Rotation::NewAccount;
            break;
        case AccountType::ClientConnection:
            if (mRandom.percent(50))
                account.generated = true;
            else
                account.rotation = Rotation::NewAccount;
            break;
        case AccountType::ClientPushInstallation:
            account.domainAdmin = false;
            break;
        default:
            break;
        }
        if (mRandom.percent(40))
            account.passwordChange = defaultPasswordChange(account.type);
        const int custody = mRandom.below(10);
        if (custody < 5) {
            account.custodians = mRandom.between(2, 3);
        } else if (custody < 7) {
            account.custodians = 1;
            account.sealedCopy = true;
        }
        if (!account.sealedCopy && mRandom.percent(30))
            account.sealedCopy = true;
        mPlan.accounts << account;
    }
}

void PlanBuilder::plantAccountDefects()
{
    QList<int> primaries;
    for (int i = 0; i < int(mSpecs.size()); ++i) {
        if (spec(i).odd == Odd::None && spec(i).primary())
            primaries << i;
    }
    QList<bool> used(mPlan.accounts.size(), false);
    const auto take = [&](const std::function<bool(const Account &)> &test) {
        QList<int> candidates;
        for (int a = 0; a < int(mPlan.accounts.size()); ++a) {
            if (!used.at(a) && test(mPlan.accounts.at(a)))
                candidates << a;
        }
        const QList<int> chosen =
            pick(candidates, std::max(1, int(mPlan.accounts.size()) * 40 / 1000));
        for (int a : chosen)
            used[a] = true;
        return chosen;
    };
    // Another primary site for an account to be shared with, or an empty string.
    const auto otherSite = [&](const Account &account) {
        for (int attempt = 0; attempt < 8; ++attempt) {
            const QString code = site(mRandom.one(primaries)).code;
            if (!account.sites.contains(code))
                return code;
        }
        return QString();
    };
    const auto any = [](const Account &) {
        return true;
    };
    // The defects that need a particular account type come first, so that the ones any account
    // can carry do not take the only candidate.

    for (int a : take([](const Account &x) { return x.effectiveGenerated(); }))
        mPlan.accounts[a].passwordChange =
            PasswordChange::Manual; // account-generated-manual-change
    for (int a : take([](const Account &x) { return x.type == AccountType::SmsService; })) {
        Account &account = mPlan.accounts[a]; // account-shared-service-overlap
        if (const QString code = otherSite(account); !code.isEmpty())
            account.sites << code;
        account.rotationAccount.reset();
    }
    for (int a : take([](const Account &x) {
             return x.type == AccountType::Database || x.type == AccountType::RemoteService;
         })) {
        Account &account = mPlan.accounts[a]; // account-shared-new-account
        if (const QString code = otherSite(account); !code.isEmpty())
            account.sites << code;
        if (mRandom.percent(50))
            account.rotation = Rotation::ChangePassword;
        else
            account.rotation.reset();
    }
    for (int a : take([](const Account &x) {
             return x.type == AccountType::ClientPushInstallation ||
                    x.type == AccountType::SmsService;
         })) {
        mPlan.accounts[a].domainAdmin = true; // account-domain-admin
    }
    for (int a : take(any)) { // account-single-custodian
        mPlan.accounts[a].custodians = 1;
        mPlan.accounts[a].sealedCopy.reset();
    }
    for (int a : take(any)) // account-site-unknown
        mPlan.accounts[a].sites << retiredSite();
    // account-type-not-in-product: an account kept from a plan of the other product, used by
    // one primary site and otherwise well kept, so that it has no other finding.
    if (!primaries.isEmpty()) {
        Account account;
        account.type = cm() ? AccountType::SmsService : AccountType::NetworkAccess;
        account.name =
            QStringLiteral("FABRIKAM\\retired-%1").arg(QLatin1String(accountStem(account.type)));
        account.sites << site(mRandom.one(primaries)).code;
        account.custodians = 2;
        mPlan.accounts << account;
    }
}

void PlanBuilder::addAttestations()
{
    const auto attest = [this](const char *item, AttestationStatus status, const char *note) {
        Attestation a;
        a.item = QLatin1String(item);
        a.status = status;
        if (note)
            a.note = QLatin1String(note);
        mPlan.attestations << a;
    };
    attest("physical-security", AttestationStatus::Done,
           "Site servers stand in locked rooms; access is logged and reviewed monthly.");
    attest("security-updates", AttestationStatus::Done,
           "Monthly patch window for all site systems.");
    attest("backup-recovery-plan", AttestationStatus::Done,
           "Backup task on every primary site; restore runbook OPS-31.");
    attest("test-backup-recovery", AttestationStatus::Open, nullptr);
    attest("firewall-rules", AttestationStatus::Done, "Rules per site role in the network design.");
    if (cm())
        attest("plan-pki", AttestationStatus::Done, "Enterprise CA issues the site certificates.");
    else
        attest("plan-pki", AttestationStatus::NotApplicable, "SMS 2003 uses no PKI certificates.");
    attest("test-lab", AttestationStatus::Open, "A lab hierarchy is planned for next quarter.");
}

void PlanBuilder::addWaivers()
{
    const QList<Finding> findings = validate(mPlan, referenceDate());
    static const QList<RuleId> waivable{RuleId::SiteServerIis,         RuleId::SqlRemoteDatabase,
                                        RuleId::ProxyManagementPoint,  RuleId::MixedMode,
                                        RuleId::RoleSeparation,        RuleId::IisRoleMixing,
                                        RuleId::ManagementPointFewest, RuleId::LegacyClients,
                                        RuleId::WorkgroupClients,      RuleId::DedicatedIis,
                                        RuleId::SecondaryPushInstall,  RuleId::OsBelow2003Sp1,
                                        RuleId::ScwNotApplied,         RuleId::StaticIp,
                                        RuleId::StandardSecurity};
    QList<const Finding *> candidates;
    for (const Finding &f : findings) {
        if (waivable.contains(f.rule) &&
            (candidates.isEmpty() || candidates.last()->id() != f.id()))
            candidates << &f;
    }
    if (candidates.isEmpty()) {
        for (const Finding &f : findings)
            candidates << &f;
    }
    const int count = std::max(4, int(mPlan.sites.size()) / 20);
    const QList<const Finding *> chosen = pick(candidates, count - 1);
    for (qsizetype k = 0; k < chosen.size(); ++k) {
        const Finding &f = *chosen.at(k);
        Waiver w;
        w.finding = f.id();
        switch (f.rule) {
        case RuleId::SiteServerIis:
            w.justification = QStringLiteral("Small site; the web roles stay on the site server "
                                             "until the hardware refresh.");
            break;
        case RuleId::SqlRemoteDatabase:
            w.justification = QStringLiteral("The database team runs the SQL Server; the ports "
                                             "are in the firewall design.");
            break;
        case RuleId::ProxyManagementPoint:
            w.justification = QStringLiteral("Slow WAN link; the proxy keeps client traffic in "
                                             "the branch.");
            break;
        case RuleId::MixedMode:
            w.justification = QStringLiteral("Certificates for this region come with the PKI "
                                             "roll-out; native mode follows.");
            break;
        default:
            w.justification = QStringLiteral("Accepted by the security board for this phase of "
                                             "the roll-out.");
            break;
        }
        if (k == 0) {
            w.expires = QDate(2025, 9, 30); // waiver-expired
        } else if (mRandom.percent(60)) {
            w.expires = QDate(mRandom.between(2029, 2031), mRandom.between(1, 12), 1)
                            .addMonths(1)
                            .addDays(-1);
        }
        if (mRandom.percent(80))
            w.approvedBy = QStringLiteral("CAB-%1").arg(mRandom.between(1000, 9999));
        mPlan.waivers << w;
    }
    // waiver-unused: left behind after the problem was fixed.
    Waiver unused;
    unused.finding = QStringLiteral("perimeter-bridge@") + mPlan.sites.first().servers.first().name;
    for (const Finding &f : findings) {
        if (f.id() == unused.finding)
            unused.finding = QStringLiteral("perimeter-bridge@") + mPlan.sites.first().code;
    }
    unused.justification = QStringLiteral("Second network card needed during the migration.");
    unused.approvedBy = QStringLiteral("CAB-1004");
    unused.expires = QDate(2029, 6, 30);
    mPlan.waivers << unused;
}

} // namespace hierarch::bench
