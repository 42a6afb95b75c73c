#pragma once

#include "enums.h"
#include "role.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hierarch {

// Where an element starts in its YAML file, 1-based; 0 means "not from a file" (made in the
// editor). Findings and load errors point here.
struct SourcePos
{
    int line = 0;
    int column = 0;
    bool operator==(const SourcePos &) const = default;
};

// Optional keys are std::optional: "absent" means the file did not state the key and the default
// of FORMAT.md applies. That keeps the stated-or-assumed distinction the report needs and lets the
// saver omit exactly what the author omitted. The effective*() helpers apply the defaults: they
// are the one table of FORMAT.md's defaults. Rules, the editor's field table and the report read
// them, never a literal of their own (tst_schemadefaults ties them to the JSON Schema and checks
// that every rule sees an unstated key exactly as its stated default).

struct RoleAssignment
{
    Role role = Role::SiteServer;
    std::optional<QString> site; // site-database and sms-provider only
    std::optional<bool> bits;    // distribution-point only
    SourcePos pos;

    bool effectiveBits() const { return bits.value_or(true); }
    // Whether this assignment makes the server an IIS server (RULES.md "IIS roles").
    bool needsIis() const;
    bool operator==(const RoleAssignment &) const = default;
};

struct SqlSettings
{
    std::optional<SqlAuthentication> authentication;
    std::optional<SqlServiceAccount> serviceAccount;
    std::optional<bool> spnRegistered;
    std::optional<bool> otherDatabases;
    SourcePos pos;

    SqlAuthentication effectiveAuthentication() const
    {
        return authentication.value_or(SqlAuthentication::Windows);
    }
    SqlServiceAccount effectiveServiceAccount() const
    {
        return serviceAccount.value_or(SqlServiceAccount::DomainUser);
    }
    bool effectiveSpnRegistered() const { return spnRegistered.value_or(true); }
    bool effectiveOtherDatabases() const { return otherDatabases.value_or(false); }
    bool operator==(const SqlSettings &) const = default;
};

// --- PKI (FORMAT.md `pki`, README "PKI") ---
// A primary site's public key infrastructure for native mode and Internet-based clients. No key
// has a default: what the plan does not state is not known, the PKI rules stay silent about it
// and the checklist's certificate items keep their attestation.
struct PkiSettings
{
    std::optional<SigningCertificateDeployment> signingCertificate;
    std::optional<bool> crlChecking;          // clients check the CRL for site systems
    std::optional<bool> crlPublished;         // the CRL is where every client can reach it
    std::optional<bool> certificateTrustList; // IIS of the site systems accepts listed roots only
    SourcePos pos;
    bool operator==(const PkiSettings &) const = default;
};
// --- end PKI ---

// --- boundaries (README "Boundaries") ---
// One entry of a site's `boundaries`: its type (the key it is written with), the value as
// written (see boundaries/boundary.h for what it means) and ConfigMgr 2007's connection.
struct Boundary
{
    BoundaryType type = BoundaryType::Subnet;
    QString value;
    std::optional<BoundaryConnection> connection; // configmgr2007 only
    SourcePos pos;

    BoundaryConnection effectiveConnection() const
    {
        return connection.value_or(BoundaryConnection::Fast);
    }
    bool operator==(const Boundary &) const = default;
};
// --- end boundaries ---

// Sites and servers carry a runtime id that the editor uses to find them across edits; it is never
// written to the file (0 = not assigned).
using ItemId = quint64;

struct Server
{
    ItemId uid = 0;
    QString name;
    std::optional<QString> fqdn;
    std::optional<QString> internetFqdn; // PKI: the FQDN Internet-based clients use
    std::optional<QString> forest;
    std::optional<Zone> zone;
    std::optional<bool> dualHomed;
    std::optional<bool> domainController;
    std::optional<OperatingSystem> os;
    std::optional<FileSystem> fileSystem;
    std::optional<bool> staticIp;
    std::optional<bool> adminShare;
    std::optional<bool> securityConfigurationWizard;
    std::optional<bool> siteServerInitiatedTransfers;
    std::optional<bool> ipsec;
    std::optional<bool> allowInternetClients;
    std::optional<bool> otherWebApplications;
    std::optional<bool> otherLocalSystemServices;
    std::optional<bool> clustered;
    std::optional<SqlSettings> sql;
    QList<RoleAssignment> roles;
    // configmgr2007: the boundaries of its site that this protected site system serves alone
    // (README "Boundaries"), written like a CSV cell: `10.1.0.0/16`, `adSite:Berlin`.
    QStringList protectedBoundaries;
    SourcePos pos;

    Zone effectiveZone() const { return zone.value_or(Zone::Intranet); }
    bool inPerimeterOrInternet() const { return effectiveZone() != Zone::Intranet; }
    OperatingSystem effectiveOs() const { return os.value_or(OperatingSystem::Windows2003Sp2); }
    FileSystem effectiveFileSystem() const { return fileSystem.value_or(FileSystem::Ntfs); }
    // The SQL settings in force: stated ones, or the defaults for a database server without `sql`.
    SqlSettings effectiveSql() const { return sql.value_or(SqlSettings{}); }
    bool effectiveDualHomed() const { return dualHomed.value_or(false); }
    bool effectiveDomainController() const { return domainController.value_or(false); }
    bool effectiveStaticIp() const { return staticIp.value_or(true); }
    bool effectiveAdminShare() const { return adminShare.value_or(true); }
    bool effectiveSecurityConfigurationWizard() const
    {
        return securityConfigurationWizard.value_or(true);
    }
    bool effectiveSiteServerInitiatedTransfers() const
    {
        return siteServerInitiatedTransfers.value_or(false);
    }
    bool effectiveIpsec() const { return ipsec.value_or(false); }
    bool effectiveAllowInternetClients() const { return allowInternetClients.value_or(false); }
    bool effectiveOtherWebApplications() const { return otherWebApplications.value_or(false); }
    bool effectiveOtherLocalSystemServices() const
    {
        return otherLocalSystemServices.value_or(false);
    }
    bool effectiveClustered() const { return clustered.value_or(false); }

    bool hasRole(Role role) const;
    RoleSet roleSet() const;
    // Whether any role needs IIS (a distribution point only with BITS).
    bool hasIisRole() const;
    bool operator==(const Server &) const = default;
};

// --- Site addresses and senders (README "Site addresses and senders") ------------------------
// An address of a site to another site: the sender that carries the data, the destination site
// server, the site address account and when and how fast the sender may send.
struct SenderAddress
{
    QString to; // the destination site's code
    std::optional<SenderType> type;
    // The destination site server as the sender names it; unstated, the sender uses the
    // destination site server's NetBIOS name.
    std::optional<QString> destination;
    // The name of a `site-address` account of the plan's `accounts`; unstated, the site server's
    // computer account.
    std::optional<QString> account;
    QStringList schedule;         // windows "HH:MM-HH:MM" the sender may send in; empty: always
    std::optional<int> rateLimit; // percent of the link; unstated: unlimited
    std::optional<int> bandwidth; // the WAN link, kbit/s
    std::optional<int> latency;   // the WAN link, ms
    SourcePos pos;

    SenderType effectiveType() const { return type.value_or(SenderType::Standard); }
    bool isCourier() const { return effectiveType() == SenderType::Courier; }
    bool isRas() const
    {
        const SenderType t = effectiveType();
        return t != SenderType::Standard && t != SenderType::Courier;
    }
    bool operator==(const SenderAddress &) const = default;
};
// A schedule window "HH:MM-HH:MM" (it may run past midnight); false for anything else.
bool isScheduleWindow(QStringView text);
// Below this link bandwidth (kbit/s) a sender without a rate limit or schedule can fill the link.
inline constexpr int kSlowLinkKbps = 2048;
// --- end of site addresses ------------------------------------------------------------------

struct Site
{
    ItemId uid = 0;
    QString code;
    std::optional<QString> name;
    std::optional<SiteType> type;
    std::optional<QString> parent;
    std::optional<QString> forest;
    std::optional<int> clients;
    std::optional<int> legacyClients;
    std::optional<bool> workgroupClients;
    std::optional<SecurityMode> securityMode;
    std::optional<ClientMode> clientMode;
    std::optional<bool> secureKeyExchange;
    std::optional<bool> acceptUnsignedData;
    std::optional<bool> httpRoaming;
    std::optional<PkiSettings> pki; // PKI: primary sites in native mode
    std::optional<Installation> installation;
    std::optional<Release> release; // the plan's `release` when unstated
    QList<SenderAddress> addresses; // to its parent, children and other sites
    QList<Boundary> boundaries;     // README "Boundaries"
    QList<Server> servers;
    SourcePos pos;

    QString displayName() const { return name.value_or(code); }
    SiteType effectiveType() const { return type.value_or(SiteType::Primary); }
    bool isSecondary() const { return effectiveType() == SiteType::Secondary; }
    bool isCentral() const { return !parent.has_value(); }
    int effectiveClients() const { return clients.value_or(0); }
    int effectiveLegacyClients() const { return legacyClients.value_or(0); }
    bool effectiveWorkgroupClients() const { return workgroupClients.value_or(false); }
    bool effectiveAcceptUnsignedData() const { return acceptUnsignedData.value_or(true); }
    bool effectiveHttpRoaming() const { return httpRoaming.value_or(false); }
    Installation effectiveInstallation() const
    {
        return installation.value_or(Installation::Local);
    }
    SecurityMode effectiveSecurityMode() const
    {
        return securityMode.value_or(SecurityMode::Advanced);
    }
    // The site's own client mode setting; RULES.md's "effective mode" of a secondary site is its
    // parent's, which needs the hierarchy (see ValidationContext).
    ClientMode ownClientMode() const { return clientMode.value_or(ClientMode::Mixed); }
    bool effectiveSecureKeyExchange(Product product) const
    {
        return secureKeyExchange.value_or(product == Product::ConfigMgr2007);
    }
    bool operator==(const Site &) const = default;
};

struct Account
{
    QString name;
    AccountType type = AccountType::SmsService;
    QStringList sites;
    std::optional<bool> generated;
    std::optional<PasswordChange> passwordChange;
    std::optional<Rotation> rotation;
    std::optional<QString> rotationAccount;
    std::optional<bool> domainAdmin;
    std::optional<int> custodians;
    std::optional<bool> sealedCopy;
    SourcePos pos;

    bool effectiveGenerated() const;
    PasswordChange effectivePasswordChange() const;
    Rotation effectiveRotation() const { return rotation.value_or(Rotation::ChangePassword); }
    int effectiveCustodians() const { return custodians.value_or(2); }
    bool effectiveDomainAdmin() const { return domainAdmin.value_or(false); }
    bool effectiveSealedCopy() const { return sealedCopy.value_or(false); }
    bool operator==(const Account &) const = default;
};

// FORMAT.md "Account types": which product has the type, and its defaults of `generated` and
// `passwordChange`.
bool accountTypeInProduct(AccountType type, Product product);
// The default of `generated` for the type. client-connection depends on the account's name
// (accountGeneratedByDefault()); this gives false for it, the additional-account case.
bool accountTypeGeneratedByDefault(AccountType type);
PasswordChange defaultPasswordChange(AccountType type);
// The default of `generated` for this account: the type's, except that the default Client
// Connection account the product creates for a site (SMSClient_<site code>) is generated.
bool accountGeneratedByDefault(const Account &account);
// A type that exists in the product, for new accounts.
AccountType defaultAccountType(Product product);

// FORMAT.md `release`: the values each product has (SMS 2003: rtm, sp1 to sp3; ConfigMgr 2007:
// rtm, sp1, sp2, sp1-r2, sp2-r2, sp2-r3).
bool releaseInProduct(Release release, Product product);
// Their file spellings, in the format's order: the choices a product offers.
QStringList releaseNamesOf(Product product);
// The service pack level (RTM 0, SP1 1, ...), which orders the sites of a hierarchy.
int servicePackLevel(Release release);
// ConfigMgr 2007 feature releases: R2 (with R3, which includes it) and R3.
bool hasR2(Release release);
bool hasR3(Release release);

struct Waiver
{
    QString finding;
    QString justification;
    std::optional<QString> approvedBy;
    std::optional<QDate> expires;
    SourcePos pos;
    bool operator==(const Waiver &) const = default;
};

struct Attestation
{
    QString item;
    std::optional<AttestationStatus> status;
    std::optional<QString> note;
    SourcePos pos;

    AttestationStatus effectiveStatus() const { return status.value_or(AttestationStatus::Open); }
    bool operator==(const Attestation &) const = default;
};

// One entry of `document.changeRecord` (FORMAT.md): a released version of the plan.
struct ChangeRecordEntry
{
    QString version;
    QDate date;
    std::optional<QString> author;
    std::optional<QString> summary;
    SourcePos pos;
    bool operator==(const ChangeRecordEntry &) const = default;
};

// Editor layout of one site on the canvas (FORMAT.md leaves `diagram` to the editor).
struct DiagramPosition
{
    QString siteCode;
    double x = 0;
    double y = 0;
    bool operator==(const DiagramPosition &) const = default;
};

struct Plan
{
    int formatVersion = 1;
    QString name;
    Product product = Product::ConfigMgr2007;
    std::optional<QString> author;
    std::optional<QString> description;
    std::optional<Release> release; // every site's release unless the site states its own
    // `document`: document control for the report cover; all optional.
    std::optional<QString> documentVersion;
    std::optional<DocumentStatus> documentStatus;
    QList<ChangeRecordEntry> changeRecord;
    std::optional<QString> dnsDomain;
    std::optional<QString> forest; // activeDirectory.forest
    std::optional<bool> schemaExtended;
    std::optional<bool> publishing;
    QList<Site> sites;
    QList<Account> accounts;
    QList<Waiver> waivers;
    QList<Attestation> attestations;
    QList<DiagramPosition> diagram;

    // The release a site runs: its own `release`, else the plan's; nullopt when neither says.
    std::optional<Release> effectiveRelease(const Site &site) const
    {
        return site.release ? site.release : release;
    }
    bool effectiveSchemaExtended() const { return schemaExtended.value_or(false); }
    bool effectivePublishing() const { return publishing.value_or(false); }
    qsizetype serverCount() const;
    bool operator==(const Plan &) const = default;
};

// Whether the plan states any of `document` (version, status or a change record).
inline bool hasDocumentControl(const Plan &plan)
{
    return plan.documentVersion || plan.documentStatus || !plan.changeRecord.isEmpty();
}

// The plan without its source positions, which legitimately move when a hand-written file is
// saved again; round-trip checks compare plans through it.
Plan withoutSourcePositions(Plan plan);

// The newest format version this program reads and writes.
inline constexpr int kFormatVersion = 1;

} // namespace hierarch
