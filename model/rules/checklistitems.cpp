// The items of seed 003's "Checklist for Security Best Practices" (RULES.md, "Checklist"), in the
// seed's order, with the ids plans use in `attestations` and the rules that decide each item. The
// report's checklist and the loader's attestation check both read this table.

#include "checklist.h"

#include "../plan.h"

#include <QCoreApplication>
#include <QHash>

namespace hierarch {

// --- PKI (README "PKI") ---
namespace {

// Whether every native-mode primary site of the plan states what `stated` asks of its `pki`
// (a secondary site has its parent's settings). A plan without native-mode sites states enough:
// the rules have nothing to judge and the item passes, as dp-bits does.
template<typename Stated>
bool everyNativeSiteStates(const Plan &plan, Stated stated)
{
    for (const Site &site : plan.sites) {
        if (site.isSecondary() || site.ownClientMode() != ClientMode::Native)
            continue;
        if (!site.pki || !stated(*site.pki))
            return false;
    }
    return true;
}

bool statesCrl(const Plan &plan)
{
    return everyNativeSiteStates(plan, [](const PkiSettings &pki) {
        return pki.crlChecking && (!*pki.crlChecking || pki.crlPublished);
    });
}

bool statesTrustList(const Plan &plan)
{
    return everyNativeSiteStates(
        plan, [](const PkiSettings &pki) { return pki.certificateTrustList.has_value(); });
}

bool statesSigningCertificate(const Plan &plan)
{
    return everyNativeSiteStates(
        plan, [](const PkiSettings &pki) { return pki.signingCertificate.has_value(); });
}

} // namespace
// --- end PKI ---

const QList<ChecklistItem> &checklistItems()
{
    // Group and item texts are untranslated; checklistText() translates them for display.
    static const QList<ChecklistItem> items{
        // Recommended configuration
        {"native-mode-throughout",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Recommended configuration"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Run every site of the hierarchy in native mode"),
         {RuleId::MixedMode}},
        {"extend-ad-schema",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Recommended configuration"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Extend the Active Directory schema and publish sites to it"),
         {RuleId::AdSchemaNotExtended}},
        {"no-workgroup-clients",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Recommended configuration"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Avoid workgroup and cross-forest clients, which cannot query Active "
                           "Directory"),
         {RuleId::WorkgroupClients}},
        {"ipsec-site-systems",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Recommended configuration"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Protect traffic between site systems with IPsec"),
         {RuleId::IpsecBetweenSiteSystems}},

        // Security fundamentals
        {"physical-security",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Security fundamentals"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Keep servers and client computers physically secure"),
         {}},
        {"security-updates",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Security fundamentals"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Install current security updates on every computer"),
         {}},
        {"unauthorized-admins",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Security fundamentals"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Guard against unauthorized administrators"),
         {}},
        {"role-separation-admin",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Security fundamentals"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Separate administrative roles to limit what each administrator can do"),
         {}},
        {"defense-in-depth",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Security fundamentals"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Design several layers of defense"),
         {}},
        {"secure-baselines",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Security fundamentals"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Keep secure baselines for every system up to date"),
         {}},
        {"strong-passwords",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Security fundamentals"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Require strong passwords or pass phrases"),
         {}},
        {"exported-files",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Security fundamentals"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Restrict access to exported files"),
         {}},
        {"package-source-files",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Security fundamentals"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Protect package source files"),
         {}},

        // Hierarchy security
        {"isolate-high-security-sites",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Hierarchy security"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Keep sites in high-security environments isolated"),
         {}},
        {"fewest-sites",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Hierarchy security"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Keep the number of sites as low as possible"),
         {RuleId::MultipleSites}},
        {"no-forest-spanning",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Hierarchy security"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Keep each site within one Active Directory forest"),
         {RuleId::SiteSpansForests}},
        {"secure-key-exchange",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Hierarchy security"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Require secure key exchange for every site in the hierarchy"),
         {RuleId::SecureKeyExchange, RuleId::AcceptUnsignedData}},
        {"only-2007-clients",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Hierarchy security"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "In mixed mode, upgrade all clients and mark the site as having "
                           "ConfigMgr 2007 clients only"),
         {}},
        {"upgrade-all-sites",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Hierarchy security"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Upgrade every site to Configuration Manager 2007"),
         {}},

        // Service continuity
        {"fault-tolerant-site",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Service continuity"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Design sites to tolerate failures"),
         {RuleId::RoleSeparation}},
        {"backup-recovery-plan",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Service continuity"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Have a backup and recovery plan"),
         {}},
        {"secure-backup-media",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Service continuity"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Protect backup media"),
         {}},
        {"recoverability-role-separation",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Service continuity"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Separate roles to make recovery easier"),
         {RuleId::RoleSeparation, RuleId::SqlSharedBetweenSites}},

        // Securing communications
        {"nondefault-ports",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Securing communications"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Consider non-default ports for client communication"),
         {}},
        {"trusted-root-key-provisioning",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Securing communications"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Control how the trusted root key reaches clients that cannot query "
                           "Active Directory"),
         {}},
        {"firewall-rules",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Securing communications"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Let firewalls pass only the traffic the product requires"),
         {}},
        {"package-source-channel",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Securing communications"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Secure the connection from package source servers to the site server"),
         {}},
        {"setup-media-channel",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Securing communications"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Secure the path from the Setup media to the site server"),
         {}},

        // Site systems
        {"role-separation",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Site systems"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Separate site system roles"),
         {RuleId::IisRoleMixing, RuleId::FspColocated}},
        {"reduce-attack-profile",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Site systems"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Reduce the attack profile of site systems"),
         {RuleId::SiteServerIis, RuleId::IisRoleMixing, RuleId::DedicatedIis}},
        {"scw-template",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Site systems"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Apply the Security Configuration Wizard with the product template to "
                           "all site systems"),
         {RuleId::ScwNotApplied}},
        {"ntfs",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Site systems"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Use NTFS on all site systems"),
         {RuleId::NtfsRequired}},
        {"admin-share",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Site systems"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Keep the Admin$ share on site systems"),
         {RuleId::AdminShareRemoved}},
        {"internet-settings",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Site systems"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Watch the Internet-based settings of site systems"),
         {RuleId::InternetRoleUnsupported, RuleId::InternetClientsSecondarySite,
          RuleId::InternetFqdnMissing}},
        {"static-ip",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Site systems"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Give site systems static IP addresses"),
         {RuleId::StaticIp}},
        {"fqdn-names",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Site systems"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Configure FQDN names for site systems"),
         {RuleId::FqdnMissing}},
        {"local-system-services",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Site systems"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Avoid other services running as Local System"),
         {RuleId::OtherLocalSystemServices, RuleId::SqlLocalSystem}},

        // Site server
        {"member-server",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Site server"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Install the site server and site systems on member servers, not "
                           "domain controllers"),
         {RuleId::SiteServerOnDomainController, RuleId::SiteSystemOnDomainController,
          RuleId::FspOnDomainController}},
        {"secondary-local-install",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Site server"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Install secondary sites locally rather than by push"),
         {RuleId::SecondaryPushInstall}},

        // SQL Server
        {"dedicated-sql",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "SQL Server"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Give each site a SQL Server of its own"),
         {RuleId::SqlSharedBetweenSites}},
        {"no-other-sql-apps",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "SQL Server"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Run no other SQL Server applications on the site database server"),
         {RuleId::SqlOtherApplications}},
        {"windows-authentication",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "SQL Server"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Use Windows authentication for SQL Server"),
         {RuleId::SqlMixedAuthentication}},
        {"sql-same-computer",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "SQL Server"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Host the site database on the site server"),
         {RuleId::SqlRemoteDatabase}},
        {"sql-site-server-admin",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "SQL Server"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Make the site server computer account an administrator of the SQL "
                           "Server computer"),
         {}},
        {"sql-spn",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "SQL Server"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Register an SPN when SQL Server runs under a domain account"),
         {RuleId::SqlSpnMissing}},

        // Site systems requiring IIS
        {"minimal-iis",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Site systems requiring IIS"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Install only the IIS features each role needs"),
         {}},
        {"site-server-not-iis",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Site systems requiring IIS"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Keep IIS off the site server"),
         {RuleId::SiteServerIis}},
        {"dedicated-iis",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Site systems requiring IIS"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Dedicate IIS servers to the product"),
         {RuleId::DedicatedIis}},

        // Management points
        {"separate-mp-trusted-root",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Management points"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Use a separate management point when clients depend on the trusted "
                           "root key"),
         {RuleId::TrustedRootKeySeparation}},
        {"perimeter-pull",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Management points"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Let the site server pull data from site systems in the perimeter "
                           "network"),
         {RuleId::PerimeterPushTransfers}},
        {"fewest-mps",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Management points"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Keep the number of management points low"),
         {RuleId::ManagementPointFewest, RuleId::ProxyManagementPoint}},

        // Fallback status point
        {"fsp-not-colocated",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Fallback status point"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Give the fallback status point a server of its own"),
         {RuleId::FspColocated}},
        {"fsp-not-dc",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Fallback status point"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Keep the fallback status point off domain controllers"),
         {RuleId::FspOnDomainController}},
        {"fsp-before-clients",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Fallback status point"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "In native mode, install the fallback status point before the clients"),
         {RuleId::FspMissingNative}},
        {"fsp-not-perimeter",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Fallback status point"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Keep the fallback status point out of the perimeter network if "
                           "possible"),
         {RuleId::FspInPerimeter}},

        // Server locator point
        {"slp-not-perimeter",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Server locator point"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Keep the server locator point out of the perimeter network"),
         {RuleId::SlpInPerimeter, RuleId::SlpMultiple}},

        // Mixed mode clients
        {"approve-trusted-domains",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Mixed mode clients"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Approve clients from trusted domains automatically"),
         {}},
        {"no-blocking-reliance",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Mixed mode clients"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Do not count on blocking to keep clients out of the site"),
         {}},
        {"only-2007-clients-mixed",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Mixed mode clients"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Upgrade all clients and set the site to accept ConfigMgr 2007 clients "
                           "only"),
         {}},

        // Native mode clients
        {"dp-bits",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Native mode clients"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Enable BITS on all distribution points"),
         {RuleId::DpBitsNative}},
        {"no-http-roaming",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Native mode clients"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Leave HTTP communication for roaming and site assignment off"),
         {RuleId::HttpRoaming}},
        {"certificate-practices",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Native mode clients"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Follow the certificate management best practices"),
         {}},

        // All client computers
        {"client-install-method",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "All client computers"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Choose a client installation method that suits your risk profile"),
         {}},
        {"remove-certs-before-imaging",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "All client computers"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Remove certificates before imaging client computers"),
         {}},
        {"ad-only-mode",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "All client computers"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Set clients to Active Directory only mode"),
         {}},
        {"maintenance-windows",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "All client computers"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Make maintenance windows long enough for critical updates"),
         {}},

        // Internet-based clients
        {"ssl-bridging",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Internet-based clients"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Bridge SSL to SSL at the proxy, terminating with authentication"),
         {}},
        {"ad-signing-certificate",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Internet-based clients"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Deploy the site server signing certificate through Active Directory"),
         {RuleId::SigningCertificateManual},
         statesSigningCertificate},
        {"no-internet-branch-dp",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Internet-based clients"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Keep branch distribution points and distribution point shares off "
                           "Internet-based clients"),
         {RuleId::InternetRoleUnsupported, RuleId::InternetClientsMixedMode}},
        {"no-bridging-site-systems",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Internet-based clients"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Avoid dual-homed site systems linking the perimeter network and the "
                           "intranet"),
         {RuleId::PerimeterBridge}},

        // Name resolution
        {"no-wins",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Name resolution"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Do not depend on WINS for name resolution"),
         {RuleId::FqdnMissing, RuleId::AdSchemaNotExtended}},
        {"fqdn-all",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Name resolution"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Give every site system and sender an FQDN"),
         // Senders: an address names its destination site server by FQDN (README "Site
         // addresses and senders").
         {RuleId::FqdnMissing, RuleId::AddressDestinationNotFqdn}},

        // Certificate management
        {"plan-pki",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Certificate management"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Plan and secure the PKI carefully"),
         {}},
        {"crl-checking",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Certificate management"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Turn on CRL checking for native mode clients"),
         {RuleId::CrlCheckingDisabled, RuleId::CrlNotPublished},
         statesCrl},
        {"protect-client-certificates",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Certificate management"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Protect the integrity of client authentication certificates"),
         {}},
        {"certificate-trust-list",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Certificate management"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Define the trusted root CAs with a certificate trust list"),
         {RuleId::CertificateTrustListMissing},
         statesTrustList},
        {"guard-signing-certificate",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Certificate management"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Guard the site server signing certificate"),
         {}},
        {"new-key-pair-on-renewal",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Certificate management"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Renew the site server signing certificate with a fresh key pair"),
         {}},
        {"secure-certificate-stores",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Certificate management"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Keep all certificates in secure certificate stores"),
         {}},

        // Maintaining security
        {"security-policies",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Maintaining security"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Write security policies and follow them"),
         {}},
        {"test-lab",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Maintaining security"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Check configuration changes for security in a test lab first"),
         {}},
        {"test-backup-recovery",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Maintaining security"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Test backup and recovery procedures"),
         {}},
        {"review-settings",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Maintaining security"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Review the product settings regularly"),
         {}},
        {"review-audit-logs",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Maintaining security"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Review audit logs"),
         {}},
        {"periodic-security-tests",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Maintaining security"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Test the security of the deployment periodically"),
         {}},
        {"incident-response",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Maintaining security"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Have an incident response plan"),
         {}},
        {"secure-documentation",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Maintaining security"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Protect internal documentation of the deployment"),
         {}},
        {"security-training",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Maintaining security"),
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Train staff in security best practices"),
         {}},
        {"monitor-operations",
         QT_TRANSLATE_NOOP("hierarch::Checklist", "Maintaining security"),
         QT_TRANSLATE_NOOP("hierarch::Checklist",
                           "Monitor security-relevant operations such as changes to rights, "
                           "packages, advertisements and site settings"),
         {}},
    };
    return items;
}

const ChecklistItem *findChecklistItem(QStringView id)
{
    static const QHash<QString, int> byId = [] {
        QHash<QString, int> hash;
        const QList<ChecklistItem> &items = checklistItems();
        hash.reserve(items.size());
        for (int i = 0; i < items.size(); ++i) {
            const QString key = QString::fromLatin1(items.at(i).id);
            Q_ASSERT_X(!hash.contains(key), "findChecklistItem", "duplicate checklist item id");
            hash.insert(key, i);
        }
        return hash;
    }();
    const auto it = byId.constFind(id.toString());
    if (it == byId.constEnd())
        return nullptr;
    return &checklistItems().at(it.value());
}

QString checklistText(const char *text)
{
    if (!text)
        return QString();
    return QCoreApplication::translate("hierarch::Checklist", text);
}

} // namespace hierarch
