#pragma once

#include "../enums.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace hierarch {

enum class Severity { Error, Warning, Info };
enum class Category { Structure, Security, Availability, Capacity, Accounts, Review };
enum class Scope { Hierarchy, Site, Server, Account, Waiver };

template<>
struct EnumTraits<Severity>
{
    static constexpr std::array names{"error", "warning", "info"};
};
template<>
struct EnumTraits<Category>
{
    static constexpr std::array names{"structure", "security", "availability",
                                      "capacity",  "accounts", "review"};
};
template<>
struct EnumTraits<Scope>
{
    static constexpr std::array names{"hierarchy", "site", "server", "account", "waiver"};
};

// Which products a rule runs for (RULES.md "Products").
enum class Products { Both, Sms2003, ConfigMgr2007 };
template<>
struct EnumTraits<Products>
{
    static constexpr std::array names{"both", "sms2003", "configmgr2007"};
};

inline bool productsInclude(Products products, Product product)
{
    return products == Products::Both ||
           (products == Products::Sms2003) == (product == Product::Sms2003);
}

// Every rule of RULES.md, in the catalog's order. The id strings live in the catalog table.
enum class RuleId {
    // structure
    CentralSiteCount,
    SiteCodeInvalid,
    SiteCodeDuplicate,
    SiteParentUnknown,
    SiteParentCycle,
    SecondarySitePlacement,
    SecondarySiteClientMode,
    ServerNameDuplicate,
    ServerNameInvalid,
    RoleNotInProduct,
    RoleDuplicate,
    RoleSiteUnknown,
    SiteServerCount,
    SiteDatabaseMissing,
    SiteDatabaseMultiple,
    SecondarySiteRole,
    ManagementPointMissing,
    ClientAccessPointMissing,
    AssetIntelligencePlacement,
    AccountSiteUnknown,
    AccountTypeNotInProduct,
    NativeUnderMixedParent,
    AdvancedUnderStandardParent,
    ReleaseAboveParent,
    ReleaseRoleUnsupported,
    // README "Boundaries"
    BoundaryOverlap,
    BoundaryMissing,
    ProtectedBoundaryForeign,
    // security: site systems
    FspColocated,
    FspOnDomainController,
    FspInPerimeter,
    FspMissingNative,
    PerimeterPushTransfers,
    PerimeterBridge,
    SlpInPerimeter,
    SlpMultiple,
    SiteServerIis,
    IisRoleMixing,
    DedicatedIis,
    OtherLocalSystemServices,
    SiteServerOnDomainController,
    SiteSystemOnDomainController,
    SecondaryPushInstall,
    TrustedRootKeySeparation,
    ManagementPointDatabaseIpsec,
    ProxyManagementPoint,
    ManagementPointFewest,
    InternetRoleUnsupported,
    InternetClientsSecondarySite,
    InternetClientsMixedMode,
    DpBitsNative,
    HttpRoaming,
    // security: SQL Server
    SqlSharedBetweenSites,
    SqlOtherApplications,
    SqlMixedAuthentication,
    SqlLocalSystem,
    SqlSpnMissing,
    SqlRemoteDatabase,
    // security: server hardening
    NtfsRequired,
    AdminShareRemoved,
    StaticIp,
    FqdnMissing,
    ScwNotApplied,
    OsUnsupported,
    OsBelow2003Sp1,
    ReleaseOsUnsupported,
    ClusteredSiteSystem,
    // hierarchy design
    AdSchemaNotExtended,
    MultipleSites,
    SiteSpansForests,
    WorkgroupClients,
    SecureKeyExchange,
    AcceptUnsignedData,
    StandardSecurity,
    MixedMode,
    LegacyClients,
    IpsecBetweenSiteSystems,
    RoleSeparation,
    SiteAssignmentNoSlp,
    // capacity
    CapacitySiteClients,
    CapacityManagementPoint,
    CapacitySecondarySites,
    CapacityDistributionPoints,
    CapacityBranchDistributionPoints,
    CapacityHierarchyClients,
    // accounts
    AccountGeneratedManualChange,
    AccountSharedServiceOverlap,
    AccountSharedNewAccount,
    AccountSingleCustodian,
    AccountDomainAdmin,
    // site addresses and senders
    AddressReferenceInvalid,
    AddressMissing,
    AddressDestinationNotFqdn,
    AddressSlowLinkUnlimited,
    AddressAccountRights,
    // review
    WaiverUnused,
    WaiverExpired,
    // PKI (README "PKI"; rules/pkirules.cpp)
    InternetFqdnMissing,
    CrlCheckingDisabled,
    CrlNotPublished,
    SigningCertificateManual,
    CertificateTrustListMissing,
    SecondarySitePki,

    Count
};

inline constexpr int kRuleCount = int(RuleId::Count);

// A rule's metadata. Texts are untranslated source strings (QT_TRANSLATE_NOOP in context
// "hierarch::Rules"); translate them with ruleText().
struct RuleInfo
{
    RuleId rule;
    const char *id; // e.g. "fsp-colocated"
    Severity severity;
    Category category;
    Scope scope;
    Products products;
    const char *title;
    const char *rationale;
    const char *remediation;
    // Where the remediation differs for SMS 2003 plans (RULES.md sql-remote-database,
    // account-domain-admin); else null. Rationales that differ per product: rationaleFor().
    const char *remediationSms2003;
    // The documents behind the rule, by title and section (never by file name), or the product
    // documentation page it relies on.
    const char *source;
};

// The whole catalog, indexed by RuleId.
const QList<RuleInfo> &ruleCatalog();
const RuleInfo &ruleInfo(RuleId rule);
// Looks a rule up by its id string; null when there is none.
const RuleInfo *findRule(QStringView id);
// The rationale and the remediation that apply to a plan of this product.
const char *rationaleFor(const RuleInfo &info, Product product);
const char *remediationFor(const RuleInfo &info, Product product);
// Translates one of the catalog's texts.
QString ruleText(const char *text);

} // namespace hierarch
