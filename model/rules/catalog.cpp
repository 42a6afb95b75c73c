// The rule catalog: the metadata of every rule of RULES.md (id, severity, category, scope,
// products) and the texts the reports show for it (title, rationale, remediation, source). The
// rule implementations and the checklist look rules up here, so this table is the single place
// where a rule's description lives.

#include "ruleinfo.h"

#include <QCoreApplication>
#include <QHash>

#include <iterator>

namespace hierarch {

namespace {

// Indexed by RuleId. Titles, rationales and remediations paraphrase the vendor guidance named in
// each source; they are translated at display time through ruleText().
constexpr RuleInfo kRules[] = {
    {RuleId::CentralSiteCount, "central-site-count", Severity::Error, Category::Structure,
     Scope::Hierarchy, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Hierarchy does not have exactly one central site"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "A hierarchy has a single central site at its top: it holds the trusted "
                       "root key and receives the data of every site below it. With no site "
                       "lacking a parent the parents form a loop, and with several the plan "
                       "describes separate hierarchies that cannot be built as one."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Give every site except the intended central site a parent, so that "
                       "exactly one site has none."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Microsoft product documentation: site hierarchy design (one central site "
                       "per hierarchy); Hierarch file format: a site without a parent is the "
                       "central site")},
    {RuleId::SiteCodeInvalid, "site-code-invalid", Severity::Error, Category::Structure,
     Scope::Site, Products::Both, QT_TRANSLATE_NOOP("hierarch::Rules", "Site code is not valid"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Setup accepts only site codes of exactly three letters or digits, and the "
                       "code becomes part of folder, share and account names, so reserved device "
                       "names (AUX, CON, NUL, PRN) and SMS are refused. A site code cannot be "
                       "changed after installation."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Choose a three-character code made of letters and digits that is not a "
                       "reserved name and is unique in the hierarchy."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Microsoft product documentation: site code requirements; Hierarch file "
                       "format: site code")},
    {RuleId::SiteCodeDuplicate, "site-code-duplicate", Severity::Error, Category::Structure,
     Scope::Site, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Site code is already used by another site"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Site codes identify sites in intersite replication, in client assignment "
                       "and in Active Directory publishing. Two sites with the same code cannot "
                       "coexist in a hierarchy, and clients or child sites would end up attached "
                       "to the wrong one."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Give each site its own code. References by code (parent, a role's site, "
                       "an account's sites) resolve to the first site with that code, so check "
                       "them after renaming."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Hierarch file format: site codes are unique in the hierarchy "
                       "(case-insensitive); Microsoft product documentation: site code "
                       "requirements")},
    {RuleId::SiteParentUnknown, "site-parent-unknown", Severity::Error, Category::Structure,
     Scope::Site, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Parent site is not in the plan"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "The parent code names no site of the plan, so the site's place in the "
                       "hierarchy and the site that receives its data are undefined."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Correct the parent code, add the missing parent site, or remove the "
                       "parent if this site is meant to be the central site."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Hierarch file format: a site's parent is the code of another site of the "
                       "plan")},
    {RuleId::SiteParentCycle, "site-parent-cycle", Severity::Error, Category::Structure,
     Scope::Site, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Site is part of a parent loop"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Following the parent links from this site leads back to it, so none of "
                       "the sites on the loop reaches a central site. Such a hierarchy cannot be "
                       "installed, and its data would never reach the top."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Change the parent of one site on the loop so that every chain of parents "
                       "ends at the central site."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Microsoft product documentation: site hierarchy design (parent-child "
                       "relationships form a tree); Hierarch file format: site parent")},
    {RuleId::SecondarySitePlacement, "secondary-site-placement", Severity::Error,
     Category::Structure, Scope::Site, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Secondary site does not have a primary parent"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "A secondary site has no site database of its own and is administered "
                       "through its parent, which must be a primary site. It can be neither the "
                       "central site nor the child of another secondary site."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Attach the secondary site to a primary site, or make it a primary site if "
                       "it must stand alone or have child sites of its own."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Microsoft product documentation: secondary sites (always a child of a "
                       "primary site, never a parent)")},
    {RuleId::SecondarySiteClientMode, "secondary-site-client-mode", Severity::Error,
     Category::Structure, Scope::Site, Products::ConfigMgr2007,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Secondary site states a client mode"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "A secondary site has no site mode setting of its own: it always runs "
                       "in the mode of its parent primary site. A client mode written on a "
                       "secondary site has no effect, so the plan may claim a mode that the "
                       "site will not have."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Remove clientMode from the secondary site. If its clients need "
                       "another mode, change the mode of the parent primary site, or make "
                       "this site a primary site."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Microsoft product documentation: \"Site Properties: Site Mode Tab\" "
                       "(secondary sites inherit the site mode settings from their parent "
                       "site)")},
    {RuleId::ServerNameDuplicate, "server-name-duplicate", Severity::Error, Category::Structure,
     Scope::Server, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Server name is already used by another server"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Site systems are addressed by their computer name, and two computers with "
                       "the same name cannot exist in one domain. Roles, findings and waivers for "
                       "the two entries would be confused."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Rename one of the servers, or merge the entries into one if they describe "
                       "the same computer (roles serving another site can name it with their site "
                       "key)."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Hierarch file format: server names are unique in the hierarchy "
                       "(case-insensitive); Microsoft product documentation: computer naming")},
    {RuleId::ServerNameInvalid, "server-name-invalid", Severity::Error, Category::Structure,
     Scope::Server, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Server name is not a valid NetBIOS computer name"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Site systems are identified by NetBIOS computer names, which are at most "
                       "15 characters of letters, digits and hyphens and cannot consist of digits "
                       "only. Other names cannot be given to a Windows computer or resolve "
                       "unreliably."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Write the computer's NetBIOS name here (1 to 15 letters, digits or "
                       "hyphens, with at least one non-digit) and put its DNS name in fqdn."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Microsoft product documentation: NetBIOS computer naming rules; Hierarch "
                       "file format: server name")},
    {RuleId::RoleNotInProduct, "role-not-in-product", Severity::Error, Category::Structure,
     Scope::Server, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Role does not exist in this product"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Some site system roles exist only in SMS 2003 (client access point) and "
                       "others only in Configuration Manager 2007 (fallback status point, "
                       "software update point and more), so the server cannot be deployed as "
                       "planned."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Remove the listed roles or replace them with the product's equivalent, or "
                       "change the plan's product if the roles are the intended ones."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Hierarch file format: role table; Microsoft product documentation: site "
                       "system roles of SMS 2003 and Configuration Manager 2007")},
    {RuleId::RoleDuplicate, "role-duplicate", Severity::Error, Category::Structure, Scope::Server,
     Products::Both, QT_TRANSLATE_NOOP("hierarch::Rules", "Role is listed twice for the same site"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "A server holds a given role for a given site only once. A repeated entry "
                       "is an editing error that may hide a role meant for another site or "
                       "another server."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Remove the duplicate, or give the second entry the site key of the site "
                       "it was meant to serve."),
     nullptr, QT_TRANSLATE_NOOP("hierarch::Rules", "Hierarch file format: roles")},
    {RuleId::RoleSiteUnknown, "role-site-unknown", Severity::Error, Category::Structure,
     Scope::Server, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Role serves a site that is not in the plan"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "The role's site key names a code that no site of the plan has, so the "
                       "role serves nothing and the site it was meant for may lack it."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Correct the site code of the role or add the missing site."),
     nullptr, QT_TRANSLATE_NOOP("hierarch::Rules", "Hierarch file format: roles (site key)")},
    {RuleId::SiteServerCount, "site-server-count", Severity::Error, Category::Structure,
     Scope::Site, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Site does not have exactly one site server"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Every site is installed on one site server, which runs the site's "
                       "components and manages its site systems. A site without one cannot exist, "
                       "and one site cannot have several."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Give the site-server role to exactly one of the servers located in this "
                       "site."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Microsoft product documentation: site server (one per site)")},
    {RuleId::SiteDatabaseMissing, "site-database-missing", Severity::Error, Category::Structure,
     Scope::Site, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Primary site has no site database server"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Every primary site keeps its data in its own SQL Server database; without "
                       "a database server the site cannot be installed."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Add the site-database role for this site to a server, preferably the site "
                       "server itself."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Microsoft product documentation: site database server (required for "
                       "every primary site)")},
    {RuleId::SiteDatabaseMultiple, "site-database-multiple", Severity::Error, Category::Structure,
     Scope::Site, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Site database is placed on more than one server"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "A site has exactly one site database, so several servers hosting it "
                       "contradict each other and the plan cannot be installed as written."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Keep the site-database role for this site on one server and remove it "
                       "from the others."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Microsoft product documentation: site database server (one per primary "
                       "site)")},
    {RuleId::SecondarySiteRole, "secondary-site-role", Severity::Error, Category::Structure,
     Scope::Server, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Role cannot serve a secondary site"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "A secondary site has no site database and no SMS Provider, so the "
                       "database, provider, reporting point and Asset Intelligence "
                       "synchronization point roles have nothing to work with there. A "
                       "Configuration Manager 2007 out of band service point is installed in "
                       "a primary site."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Move these roles to the parent primary site, or make the site a primary "
                       "site."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Microsoft product documentation: secondary sites (no site database, "
                       "no SMS Provider); \"Checklist for Configuring Out of Band "
                       "Management\" (install the out of band service point in the primary "
                       "site)")},
    {RuleId::ManagementPointMissing, "management-point-missing", Severity::Error,
     Category::Structure, Scope::Site, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Primary site has no management point"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Advanced Clients, and all Configuration Manager 2007 clients, get "
                       "their policy from and send their data to a management point. In SMS "
                       "2003 every primary site keeps one; in Configuration Manager 2007 "
                       "every site with clients assigned to it must have one."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Give the management-point role to a server of the site, preferably a "
                       "server other than the site server."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "SMS 2003: Security Planning — \"Maintain One Management Point at the "
                       "Primary Site\"; Microsoft product documentation: installing a "
                       "management point (sites that have clients assigned to them must have "
                       "a management point)")},
    {RuleId::ClientAccessPointMissing, "client-access-point-missing", Severity::Error,
     Category::Structure, Scope::Site, Products::Sms2003,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Site has no client access point"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "SMS 2003 always installs a client access point on the site server and "
                       "does not allow the last one of a site to be removed, so a plan without "
                       "one does not describe what will actually be deployed."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "List the client-access-point role, normally on the site server. If there "
                       "are no Legacy Clients, keep it and restrict client access to it instead "
                       "of trying to remove it."),
     nullptr,
     QT_TRANSLATE_NOOP(
         "hierarch::Rules",
         "SMS 2003: Securing SMS Site Systems — \"Use Role Separation on Site Systems\"")},
    {RuleId::AssetIntelligencePlacement, "asset-intelligence-placement", Severity::Error,
     Category::Structure, Scope::Server, Products::ConfigMgr2007,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Asset Intelligence synchronization point is misplaced"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007 supports a single Asset Intelligence "
                       "synchronization point in a hierarchy, and it must be installed in the "
                       "central site."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Keep one asset-intelligence-sync-point, on a server of the central site, "
                       "and remove the others."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Microsoft product documentation: Asset Intelligence synchronization "
                       "point (one per hierarchy, at the central site)")},
    {RuleId::AccountSiteUnknown, "account-site-unknown", Severity::Error, Category::Structure,
     Scope::Account, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Account is used by a site that is not in the plan"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "The account's site list names a code that no site of the plan has, so the "
                       "account plan cannot be checked against the hierarchy."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Correct the site code or remove it from the account's sites."),
     nullptr, QT_TRANSLATE_NOOP("hierarch::Rules", "Hierarch file format: account sites")},
    {RuleId::AccountTypeNotInProduct, "account-type-not-in-product", Severity::Error,
     Category::Structure, Scope::Account, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Account type does not exist in this product"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "SMS 2003 and Configuration Manager 2007 use different accounts. The "
                       "SMS Service, server connection, client connection and SQL Server "
                       "login accounts belong to SMS 2003, which Configuration Manager 2007 "
                       "replaced by a single security mode using computer accounts; "
                       "Configuration Manager 2007 has accounts of its own such as the "
                       "Network Access and Site System Installation accounts. An account of "
                       "the other product cannot be created as planned, and its password "
                       "plan would be judged against the wrong product."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Replace the account with the one the plan's product uses for the "
                       "same purpose, or remove it. If the plan's product is wrong, change "
                       "the product instead."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "SMS 2003: Planning for SMS Account Lifecycles — \"Overview of "
                       "Password Change Methods for SMS Accounts\" (table 12.2); "
                       "Configuration Manager 2007: Best Practices for Securing Site Systems "
                       "— \"Best Practices for SQL Server\" / \"Configure SQL Server to use "
                       "Windows authentication\"; Microsoft product documentation: "
                       "Configuration Manager 2007 account topics (Network Access, Site "
                       "System Installation, Software Update Point Connection, Health State "
                       "Reference Publishing and Querying, Site Address accounts); upgrade "
                       "considerations (one security mode, equivalent to SMS 2003 advanced "
                       "security)")},
    {RuleId::NativeUnderMixedParent, "native-under-mixed-parent", Severity::Error,
     Category::Structure, Scope::Site, Products::ConfigMgr2007,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Native mode site below a mixed mode parent"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007 does not support a native mode primary site "
                       "whose parent site is in mixed mode; a hierarchy is migrated to native "
                       "mode from the top down."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Move the parent site, and the sites above it, to native mode first, or "
                       "keep this site in mixed mode until they are migrated."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Microsoft product documentation: native mode site hierarchy requirements "
                       "(parent sites must be in native mode before their child sites)")},
    {RuleId::AdvancedUnderStandardParent, "advanced-under-standard-parent", Severity::Error,
     Category::Structure, Scope::Site, Products::Sms2003,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Advanced security site below a standard security parent"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "SMS 2003 requires a parent site to use advanced security before its child "
                       "sites can; a child in advanced security under a parent in standard "
                       "security is not supported."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Switch the parent site to advanced security first (the more secure mode "
                       "in any case), or keep this site in standard security until the parent is "
                       "converted."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Microsoft product documentation: SMS 2003 security modes (a parent site "
                       "must use advanced security before its child sites)")},
    {RuleId::ReleaseAboveParent, "release-above-parent", Severity::Warning, Category::Structure,
     Scope::Site, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Site runs a later service pack than its parent"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "A hierarchy is upgraded from the top down: the central site first, then "
                       "each parent before its children. A child site at a later service pack "
                       "than its parent is not a state the upgrade path supports."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Plan the parent site at the same or a later service pack, or upgrade the "
                       "child only after its parent."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Microsoft product documentation: \"Considerations for Upgrading Sites\" "
                       "(begin at the central site) and the service pack upgrade checklists")},
    {RuleId::ReleaseRoleUnsupported, "release-role-unsupported", Severity::Error,
     Category::Structure, Scope::Server, Products::ConfigMgr2007,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Site system role needs a later release than its site runs"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Some site system roles came with a service pack or a feature release: "
                       "the out of band service point with Configuration Manager 2007 SP1, the "
                       "reporting services point with Configuration Manager 2007 R2. A site at "
                       "an earlier release cannot install them."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Plan the site at the release the role needs (SP1 for out of band "
                       "management, R2 for SQL Reporting Services), or use the reporting point "
                       "instead of the reporting services point."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Microsoft product documentation: \"What's New in Configuration Manager "
                       "2007 SP1\" (out of band management) and \"What's New in Configuration "
                       "Manager 2007 R2\" (SQL Reporting Services integration)")},
    // --- README "Boundaries" ---
    {RuleId::BoundaryOverlap, "boundary-overlap", Severity::Warning, Category::Structure,
     Scope::Site, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Site boundaries overlap those of another site"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "A client whose address or Active Directory site lies in the boundaries "
                       "of two sites could be assigned to either of them, and looks for "
                       "distribution points and management points in the wrong one. Microsoft "
                       "advises giving every site a unique set of boundaries because overlaps "
                       "cause errors in client operations."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Split the address space so that each subnet, range or IPv6 prefix "
                       "belongs to one site, and give each Active Directory site to one site "
                       "only."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Microsoft product documentation: Configuration Manager 2007 \"About "
                       "Boundaries\" (overlapping boundaries); SMS 2003 \"Roaming and Roaming "
                       "Boundaries\" (do not configure roaming boundaries to overlap)")},
    {RuleId::BoundaryMissing, "boundary-missing", Severity::Warning, Category::Structure,
     Scope::Site, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Primary site with clients has no boundaries"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Clients are assigned to a site, and find its site systems, through the "
                       "site's boundaries. A primary site that plans clients but has no "
                       "boundaries receives none by automatic site assignment, and the plan "
                       "does not say where its clients are."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "State the IP subnets, IP address ranges, IPv6 prefixes or Active "
                       "Directory sites of the locations whose clients belong to the site."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "State the IP subnets or Active Directory sites of the locations whose "
                       "clients belong to the site; Legacy Clients must lie within its site "
                       "boundaries."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Microsoft product documentation: Configuration Manager 2007 \"About "
                       "Boundaries\" (clients are assigned according to boundaries); SMS 2003 "
                       "\"Planning Site Boundaries and Roaming Boundaries\"")},
    {RuleId::ProtectedBoundaryForeign, "protected-boundary-foreign", Severity::Error,
     Category::Structure, Scope::Server, Products::ConfigMgr2007,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Protected site system names boundaries that are not its site's"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Protecting a site system limits its distribution point and state "
                       "migration point to clients in chosen boundaries, and those are chosen "
                       "among the boundaries of the site it belongs to. A boundary of another "
                       "site, or none at all, cannot be chosen, so the protection cannot be "
                       "configured as planned."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Name only boundaries of the server's own site in its protected "
                       "boundaries, or add the boundary to that site."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Microsoft product documentation: Configuration Manager 2007 \"Decide "
                       "Whether to Protect the Distribution Point\" (protected site systems serve "
                       "only clients in their boundaries)")},
    // --- end boundaries ---
    {RuleId::FspColocated, "fsp-colocated", Severity::Error, Category::Security, Scope::Server,
     Products::ConfigMgr2007,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Fallback status point shares its server with other roles"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "The fallback status point accepts unauthenticated messages from any "
                       "computer, even in native mode. Every other role on the same server is "
                       "exposed to that untrusted input."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Put the fallback status point on a server of its own that carries no "
                       "other site system role."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007: Best Practices for Securing Site Systems — "
                       "\"Best Practices for All Site Systems\" / "
                       "\"Reduce the attack profile\"; Configuration Manager 2007: Best Practices "
                       "for Securing Site Systems — \"Best "
                       "Practices for Fallback Status Point\" / \"Do not co-locate any other "
                       "site system roles with the fallback status point\"; "
                       "Configuration Manager 2007: Checklist for Security Best Practices — \"Best "
                       "Practices for Fallback Status Point\"")},
    {RuleId::FspOnDomainController, "fsp-on-domain-controller", Severity::Error, Category::Security,
     Scope::Server, Products::ConfigMgr2007,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Fallback status point on a domain controller"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "A role that takes unauthenticated traffic from any computer must not run "
                       "where a successful attack would hand over the domain."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Move the fallback status point to a dedicated member server."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007: Best Practices for Securing Site Systems — "
                       "\"Best Practices for Fallback Status Point\" / "
                       "\"Do not install the fallback status point on a domain controller\"; "
                       "Configuration Manager 2007: Checklist for Security Best Practices — \"Best "
                       "Practices for Fallback Status Point\"")},
    {RuleId::FspInPerimeter, "fsp-in-perimeter", Severity::Warning, Category::Security,
     Scope::Server, Products::ConfigMgr2007,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Fallback status point outside the intranet"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Placing a role that accepts unauthenticated data in the perimeter network "
                       "or on the Internet exposes it to anyone. The only gain is easier "
                       "troubleshooting of Internet-based clients, which rarely outweighs that "
                       "risk."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Keep the fallback status point on the intranet. If it must stay in the "
                       "perimeter network, allow only site server initiated data transfers from "
                       "it so that the site server pulls its data."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007: Best Practices for Securing Site Systems — "
                       "\"Best Practices for Fallback Status Point\" / "
                       "\"Avoid using the fallback status point in the perimeter network\"; "
                       "Configuration Manager 2007: Checklist for Security Best Practices — \"Best "
                       "Practices for Fallback Status Point\"")},
    {RuleId::FspMissingNative, "fsp-missing-native", Severity::Warning, Category::Security,
     Scope::Site, Products::ConfigMgr2007,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Native mode site has clients but no fallback status point"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "In native mode a management point refuses clients whose PKI certificate "
                       "is missing or invalid. Without a fallback status point those clients "
                       "cannot report the failure, and large numbers of them can drop out of "
                       "management unnoticed."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Install a fallback status point for the site and assign it to clients "
                       "when they are installed, before the clients are deployed."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007: Best Practices for Securing Site Systems — "
                       "\"Best Practices for Fallback Status Point\" / "
                       "\"In native mode, deploy the fallback status point prior to deploying "
                       "clients\"; Configuration Manager 2007: Checklist for Security Best "
                       "Practices — \"Best Practices for Fallback "
                       "Status Point\"")},
    {RuleId::PerimeterPushTransfers, "perimeter-push-transfers", Severity::Warning,
     Category::Security, Scope::Server, Products::ConfigMgr2007,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Site system outside the intranet pushes data to the site server"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "By default a site system opens connections to the site server to deliver "
                       "its data, which means inbound connections from the perimeter network or "
                       "the Internet into the intranet. Letting the site server pull the data "
                       "allows much tighter firewall rules and permissions."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Enable \"Allow only site server initiated data transfers from this site "
                       "system\" on this site system; the setting covers all roles on it."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007: Best Practices for Securing Site Systems "
                       "— \"Best Practices for Management Points\" / \"If this site system "
                       "role is configured in a perimeter network, configure the site server "
                       "to retrieve the data from the site system\"; Configuration Manager "
                       "2007: Best Practices for Securing Site Systems — \"Best Practices "
                       "for Fallback Status Point\" / \"Avoid using the fallback status "
                       "point in the perimeter network\"; Microsoft product documentation: "
                       "\"Configuration Manager in Multiple Active Directory Forests\" "
                       "(allow only site server initiated data transfers)")},
    {RuleId::PerimeterBridge, "perimeter-bridge", Severity::Warning, Category::Security,
     Scope::Server, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Site system bridges the perimeter network and the intranet"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "A dual-homed site system connects the perimeter network directly to the "
                       "intranet. An attacker who takes it over from the untrusted side has "
                       "bypassed the firewalls."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Connect the site system to one network only and route its traffic through "
                       "the firewall; for Internet-based clients use SSL bridging at a proxy "
                       "instead of a bridging server."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007: Checklist for Security Best Practices — \"Best "
                       "Practices for Securing Internet-Based "
                       "Clients\" / \"Do not use site systems that bridge the perimeter network "
                       "and intranet\"")},
    {RuleId::SlpInPerimeter, "slp-in-perimeter", Severity::Error, Category::Security, Scope::Server,
     Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Server locator point outside the intranet"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "The server locator point reads the site database to tell clients which "
                       "site and management point to use. Exposing it in the perimeter network or "
                       "on the Internet opens a path to the site database, and it is not a "
                       "supported role for Internet-based clients."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Keep the server locator point on the intranet. Configure clients in the "
                       "perimeter network explicitly at installation instead of exposing a "
                       "locator point to them."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007: Best Practices for Securing Site Systems — "
                       "\"Best Practice for Server Locator Point\" / "
                       "\"Do not put a server locator point in the perimeter network\"; "
                       "Configuration Manager 2007: Checklist for Security Best Practices — \"Best "
                       "Practices for Server Locator Point\"")},
    {RuleId::SlpMultiple, "slp-multiple", Severity::Warning, Category::Security, Scope::Hierarchy,
     Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Hierarchy has more than one server locator point"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Every server locator point is another IIS server with access to a site "
                       "database. One locator point serves the whole hierarchy, so further ones "
                       "only add attack surface."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Keep a single server locator point for the hierarchy, installed in "
                       "the central site, and remove the others."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007: Best Practices for Securing Site Systems "
                       "— \"Best Practices for Site Systems Requiring IIS\" / \"Use only a "
                       "single server locator point for your environment\"; Configuration "
                       "Manager 2007: Checklist for Security Best Practices — \"Best "
                       "Practices for Server Locator Point\"; Microsoft product "
                       "documentation: \"Determine If You Need a Server Locator Point for "
                       "Configuration Manager Clients\" (one server locator point for the "
                       "hierarchy, in the central site)")},
    {RuleId::SiteServerIis, "site-server-iis", Severity::Warning, Category::Security, Scope::Server,
     Products::Both, QT_TRANSLATE_NOOP("hierarch::Rules", "Site server runs IIS"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "The site server's computer account usually has administrative rights on "
                       "every site system, and on clients when client push is used. IIS and the "
                       "product both run as Local System, so an IIS compromise on the site server "
                       "gives the attacker the whole site."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Move the IIS-based roles (management point, BITS-enabled distribution "
                       "point, reporting point and so on) and any other web application to other "
                       "servers, so that IIS is not installed on the site server."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007: Best Practices for Securing Site Systems — "
                       "\"Best Practices for Site Systems Requiring "
                       "IIS\" / \"Do not put the site server on a computer with IIS\"; "
                       "SMS 2003: Security Planning — \"Maintain the Management Point on Its Own "
                       "Server\"; Configuration Manager 2007: Checklist for Security Best "
                       "Practices — \"Best Practices for Site Systems "
                       "Requiring IIS\"")},
    {RuleId::IisRoleMixing, "iis-role-mixing", Severity::Warning, Category::Security, Scope::Server,
     Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "IIS roles share a server with non-IIS roles"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Installing IIS enlarges a server's attack surface, and any role without "
                       "IIS needs on the same computer becomes reachable through an IIS "
                       "vulnerability."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Where roles must be combined to save hardware, put IIS roles together on "
                       "one server and roles that do not need IIS on another."),
     nullptr,
     QT_TRANSLATE_NOOP(
         "hierarch::Rules",
         "SMS 2003: Securing SMS Site Systems — \"Use Role Separation on Site Systems\" / "
         "\"Reduce the attack profile\"; Configuration Manager 2007: Best Practices for Securing "
         "Site Systems — \"Best "
         "Practices for All Site Systems\" / \"Reduce the attack profile\"; "
         "Configuration Manager 2007: Checklist for Security Best Practices — \"Best Practices for "
         "Securing Site Systems\"")},
    {RuleId::DedicatedIis, "dedicated-iis", Severity::Warning, Category::Security, Scope::Server,
     Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Site system shares IIS with other web applications"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "A poorly configured web application on the same IIS can give an attacker "
                       "control of the site systems on that server, and from there of the site."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Move other web applications to other servers. If they must stay, run the "
                       "site systems in a custom web site of their own rather than the default "
                       "web site."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007: Best Practices for Securing Site Systems — "
                       "\"Best Practices for Site Systems Requiring "
                       "IIS\" / \"Use dedicated IIS servers for Configuration Manager\"; "
                       "Configuration Manager 2007: Checklist for Security Best Practices — \"Best "
                       "Practices for Site Systems Requiring "
                       "IIS\"")},
    {RuleId::OtherLocalSystemServices, "other-local-system-services", Severity::Warning,
     Category::Security, Scope::Server, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Other services running as Local System on a site system"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Every service running as Local System shares the computer account's "
                       "privileges, so a flaw in any of them exposes the product's files and data "
                       "and the computer account's rights on other site systems."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Remove unrelated Local System services from the site system or run them "
                       "under a low-privileged account."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007: Best Practices for Securing Site Systems — "
                       "\"Best Practices for All Site Systems\" / \"Do "
                       "not install other services that use the Local System account\"; "
                       "Configuration Manager 2007: Checklist for Security Best Practices — \"Best "
                       "Practices for Securing Site Systems\"")},
    {RuleId::SiteServerOnDomainController, "site-server-on-domain-controller", Severity::Warning,
     Category::Security, Scope::Server, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Site server on a domain controller"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "A domain controller has no local account database, so the product's local "
                       "accounts become domain accounts, and the site server software adds attack "
                       "surface to the domain controller."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Install the site server, and other site systems, on member servers."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007: Best Practices for Securing Site Systems — "
                       "\"Best Practices for Site Server\" / \"Install "
                       "Configuration Manager 2007 on a member server instead of a domain "
                       "controller\"; Configuration Manager 2007: Checklist for Security Best "
                       "Practices — \"Best Practices for Site "
                       "Server\"")},
    {RuleId::SiteSystemOnDomainController, "site-system-on-domain-controller", Severity::Warning,
     Category::Security, Scope::Server, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Site system on a domain controller"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Site systems do not need to run on a domain controller. A domain "
                       "controller has no local account database, so the accounts and groups "
                       "the product keeps locally become domain accounts, and the site "
                       "system software adds attack surface to the domain controller."),
     QT_TRANSLATE_NOOP("hierarch::Rules", "Move the site system roles to a member server."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007: Best Practices for Securing Site Systems "
                       "— \"Best Practices for Site Server\" / \"Install Configuration "
                       "Manager 2007 on a member server instead of a domain controller\"; "
                       "Configuration Manager 2007: Checklist for Security Best Practices — "
                       "\"Best Practices for Site Server\"")},
    {RuleId::SecondaryPushInstall, "secondary-push-install", Severity::Warning, Category::Security,
     Scope::Site, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Secondary site is installed by push from its parent"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Push installation sends the setup files over the network, where they "
                       "could be altered before they run, and it requires the parent site "
                       "server's computer account to be a local administrator of the secondary "
                       "site server, more privilege than normal operation needs."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Install the secondary site from the setup media at the secondary site "
                       "server. If push is unavoidable, authenticate the two site servers to each "
                       "other with IPsec during the transfer."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007: Best Practices for Securing Site Systems — "
                       "\"Best Practices for Site Server\" / \"Install "
                       "secondary sites at the secondary site server instead of using push "
                       "installation\"; Configuration Manager 2007: Checklist for Security Best "
                       "Practices — \"Best Practices for Site "
                       "Server\"")},
    {RuleId::TrustedRootKeySeparation, "trusted-root-key-separation", Severity::Error,
     Category::Security, Scope::Server, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Central site server is the management point for clients that rely on the "
                       "trusted root key"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Clients that cannot use Active Directory authenticate management points "
                       "with the trusted root key of the central site. If the central site server "
                       "is also their management point and has to be rebuilt, its new key is "
                       "unknown to them: every client must have its old trusted root key removed "
                       "and be provisioned again by hand."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Extend the Active Directory schema and enable publishing so that clients "
                       "can use Active Directory; if that is not possible (or clients are in "
                       "workgroups), move the central site's management point to a separate "
                       "server."),
     nullptr,
     QT_TRANSLATE_NOOP(
         "hierarch::Rules",
         "SMS 2003: Securing SMS Site Systems — \"In a central site without Active Directory "
         "schema extensions and publishing, always use a separate management "
         "point\"; Configuration Manager 2007: Best Practices for Securing Site Systems — \"Best "
         "Practices for Management "
         "Points\" / \"In a single site hierarchy that requires trusted root key "
         "authentication, always use a separate management point\"; "
         "Configuration Manager 2007: Checklist for Security Best Practices — \"Best Practices for "
         "Management Points\"")},
    {RuleId::ManagementPointDatabaseIpsec, "management-point-database-ipsec", Severity::Warning,
     Category::Security, Scope::Server, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Management point reaches a remote site database without IPsec"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "A management point on another computer than its site database talks to "
                       "SQL Server over the network. An attacker who can intercept or alter that "
                       "traffic, or who takes over the management point, can tamper with the "
                       "database that drives every client."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Protect the traffic between the management point and the site database "
                       "server with IPsec, and keep the network path physically secured where "
                       "possible."),
     nullptr,
     QT_TRANSLATE_NOOP(
         "hierarch::Rules",
         "SMS 2003: Security Planning — \"Maintain One Management Point at the Primary "
         "Site\"; SMS 2003: Security Planning — \"Maintain the Management Point on Its "
         "Own Server\"")},
    {RuleId::ProxyManagementPoint, "proxy-management-point", Severity::Info, Category::Security,
     Scope::Site, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Secondary site has a proxy management point"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "A proxy management point is one more management point that clients must "
                       "trust, and it reaches the primary site's database across the network."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Consider serving the secondary site's clients from the primary site's "
                       "management point. If the proxy is needed, protect its traffic to the site "
                       "database with IPsec."),
     nullptr,
     QT_TRANSLATE_NOOP(
         "hierarch::Rules",
         "SMS 2003: Security Planning — \"Maintain One Management Point at the Primary "
         "Site\"")},
    {RuleId::ManagementPointFewest, "management-point-fewest", Severity::Info, Category::Security,
     Scope::Site, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Site has more than one management point"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Each management point is another IIS server that clients trust and that "
                       "works with the site database, so each one adds attack surface."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Use as few management points as the client load allows."),
     nullptr,
     QT_TRANSLATE_NOOP(
         "hierarch::Rules",
         "SMS 2003: Security Planning — \"Maintain One Management Point at the Primary "
         "Site\"; Configuration Manager 2007: Best Practices for Securing Site Systems — \"Best "
         "Practices for Management "
         "Points\" / \"Use the fewest management points possible\"; "
         "Configuration Manager 2007: Checklist for Security Best Practices — \"Best Practices for "
         "Management Points\"")},
    {RuleId::InternetRoleUnsupported, "internet-role-unsupported", Severity::Error,
     Category::Security, Scope::Server, Products::ConfigMgr2007,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Role that cannot serve Internet-based clients accepts Internet "
                       "connections"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Branch distribution points, server locator points, PXE service "
                       "points, state migration points, System Health Validator points and "
                       "out of band service points do not support Internet-based clients, "
                       "yet the console lets their site system accept Internet connections. "
                       "The server is exposed without any supported use."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Turn off Internet client connections on this site system, or move the "
                       "unsupported roles to a server that serves the intranet only; review the "
                       "Internet settings of site systems regularly."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007: Best Practices for Securing Site Systems "
                       "— \"Best Practices for All Site Systems\" / \"Closely monitor "
                       "Internet-based site settings on site systems\"; Configuration "
                       "Manager 2007: Checklist for Security Best Practices — \"Best "
                       "Practices for Securing Site Systems\"; Configuration Manager 2007: "
                       "Checklist for Security Best Practices — \"Best Practices for "
                       "Securing Internet-Based Clients\"; Microsoft product documentation: "
                       "overview of Internet-based client management (features that are not "
                       "supported on the Internet, out of band management among them)")},
    {RuleId::InternetClientsSecondarySite, "internet-clients-secondary-site", Severity::Error,
     Category::Security, Scope::Server, Products::ConfigMgr2007,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Site system of a secondary site accepts Internet-based clients"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Secondary sites cannot support Internet-based client management. A "
                       "site system of a secondary site that accepts Internet connections is "
                       "exposed to the Internet without serving any supported purpose."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Turn off Internet client connections on this site system, and serve "
                       "Internet-based clients from site systems of a native mode primary "
                       "site."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007: Best Practices for Securing Site Systems "
                       "— \"Best Practices for All Site Systems\" / \"Closely monitor "
                       "Internet-based site settings on site systems\"; Microsoft product "
                       "documentation: planning the sites for Internet-based client "
                       "management (\"Secondary sites cannot support Internet-based client "
                       "management\")")},
    {RuleId::InternetClientsMixedMode, "internet-clients-mixed-mode", Severity::Error,
     Category::Security, Scope::Site, Products::ConfigMgr2007,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Internet-based clients in a mixed mode site"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007 manages Internet-based clients only in native "
                       "mode, where PKI certificates authenticate clients and site systems; a "
                       "mixed mode site cannot serve them."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Migrate the site to native mode before allowing Internet clients, or turn "
                       "off Internet client connections on its site systems."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Microsoft product documentation: overview of Internet-based client "
                       "management (requires a native mode site)")},
    {RuleId::DpBitsNative, "dp-bits-native", Severity::Warning, Category::Security, Scope::Server,
     Products::ConfigMgr2007,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Distribution point without BITS in a native mode site"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Native mode protects client communication with PKI certificates over "
                       "HTTPS, but clients reach a distribution point without BITS through SMB "
                       "file shares, outside that protection."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Enable BITS on every distribution point of native mode sites."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Configuration Manager 2007: Checklist for Security Best "
                                          "Practices — \"Best Practices for Native Mode\" / "
                                          "\"Configure all distribution points to use BITS\"")},
    {RuleId::HttpRoaming, "http-roaming", Severity::Warning, Category::Security, Scope::Site,
     Products::ConfigMgr2007,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "HTTP allowed for roaming and site assignment in a native mode site"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "The option lets native mode clients fall back to plain HTTP when they "
                       "look for a site or roam, without the certificate-based authentication "
                       "that native mode is chosen for."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Turn off \"HTTP communication for roaming and site assignment\", and "
                       "publish site information to Active Directory so that clients can find "
                       "their site without it."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007: Checklist for Security Best Practices — \"Best "
                       "Practices for Native Mode\" / \"Do not "
                       "enable \"HTTP communication for roaming and site assignment\"\"")},
    {RuleId::SqlSharedBetweenSites, "sql-shared-between-sites", Severity::Warning,
     Category::Security, Scope::Server, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "SQL Server hosts the databases of several sites"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Several sites can share one SQL Server, but the vendor does not "
                       "recommend it: an attacker who compromises one site database has easy "
                       "access to the others, and recovering one failed site becomes harder, "
                       "because the work must not disturb the healthy sites on the same "
                       "server."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Give each site a SQL Server of its own, preferably on its site server."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007: Best Practices for Securing Site Systems — "
                       "\"Best Practices for SQL Server\" / \"Use a "
                       "dedicated SQL Server for each site\"; Configuration Manager 2007: "
                       "Checklist for Security Best Practices — \"Best "
                       "Practices for SQL Server\"")},
    {RuleId::SqlOtherApplications, "sql-other-applications", Severity::Warning, Category::Security,
     Scope::Server, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Site database server runs other SQL Server applications"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Other applications widen who and what can reach the SQL Server holding "
                       "the site data, and a compromise of the site database in turn endangers "
                       "those applications."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Move other databases and applications to another SQL Server so that this "
                       "one serves the site alone."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007: Best Practices for Securing Site Systems — "
                       "\"Best Practices for SQL Server\" / \"Do not "
                       "use the Configuration Manager site database server to run other SQL "
                       "Server applications\"; Configuration Manager 2007: Checklist for Security "
                       "Best Practices — \"Best Practices for "
                       "SQL Server\"")},
    {RuleId::SqlMixedAuthentication, "sql-mixed-authentication", Severity::Warning,
     Category::Security, Scope::Server, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "SQL Server allows SQL Server logins"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007 always connects to its database with "
                       "Windows authentication. Mixed mode only adds SQL Server logins, with "
                       "passwords of their own, as another way in."),
     QT_TRANSLATE_NOOP("hierarch::Rules", "Configure SQL Server for Windows authentication only."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007: Best Practices for Securing Site Systems "
                       "— \"Best Practices for SQL Server\" / \"Configure SQL Server to use "
                       "Windows authentication\"; Configuration Manager 2007: Checklist for "
                       "Security Best Practices — \"Best Practices for SQL Server\"; SMS "
                       "2003: Planning for SMS Account Lifecycles — \"Overview of Password "
                       "Change Methods for SMS Accounts\" (table 12.2), \"Database accounts "
                       "(sa)\"")},
    {RuleId::SqlLocalSystem, "sql-local-system", Severity::Warning, Category::Security,
     Scope::Server, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "SQL Server runs as Local System"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "A compromise of SQL Server then gives Local System on the computer and "
                       "the rights of its computer account, which on a site server reach every "
                       "site system."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Run the SQL Server service under a low-privileged domain user account and "
                       "register the service principal name for that account."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007: Best Practices for Securing Site Systems — "
                       "\"Best Practices for All Site Systems\" / \"Do "
                       "not install other services that use the Local System account\"; "
                       "Configuration Manager 2007: Checklist for Security Best Practices — \"Best "
                       "Practices for Securing Site Systems\"")},
    {RuleId::SqlSpnMissing, "sql-spn-missing", Severity::Error, Category::Security, Scope::Server,
     Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "SQL Server service principal name is not registered"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "When SQL Server runs under a domain user account, Kerberos authentication "
                       "to it needs a service principal name in Active Directory. Without it "
                       "authentication fails, and so does site setup."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Register the SQL Server service principal names (MSSQLSvc) for the "
                       "service account in Active Directory before installing the site."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007: Best Practices for Securing Site Systems — "
                       "\"Best Practices for SQL Server\" / \"Follow "
                       "security best practices for SQL Server\"; Configuration Manager 2007: "
                       "Checklist for Security Best Practices — "
                       "\"Best Practices for SQL Server\"")},
    {RuleId::SqlRemoteDatabase, "sql-remote-database", Severity::Info, Category::Availability,
     Scope::Site, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Site database is not on the site server"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "A site server and its database are of no use without each other, so "
                       "separating them adds a point of failure and network traffic without "
                       "improving availability. Keeping them together leaves the SQL Server "
                       "configuration to the product and fewer security settings to get wrong."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Install a dedicated SQL Server on the site server and host the site "
                       "database there. If it must stay remote, make the site server's computer "
                       "account a local administrator of the database server and protect the "
                       "traffic between them with IPsec."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Install a dedicated SQL Server on the site server and host the site "
                       "database there. If it must stay remote: when applying the Security "
                       "Configuration Wizard on the database server, also open the ports used by "
                       "SMS_SQL_MONITOR_<ServerName> (the wizard enables that service but not its "
                       "ports), and on the server running the SMS Provider enable Remote WMI so "
                       "that SMS Administrator consoles can connect."),
     QT_TRANSLATE_NOOP(
         "hierarch::Rules",
         "SMS 2003: Securing SMS Site Systems — \"Use Role Separation on Site Systems\"; "
         "SMS 2003: Securing SMS Site Systems — \"Enable the SMS Database Monitor ports on "
         "remote SMS site database servers\"; SMS 2003: Securing SMS Site Systems — \"Enable "
         "Remote WMI in the Security Configuration Wizard for remote site database "
         "servers\"; Configuration Manager 2007: Best Practices for Securing Site Systems — \"Best "
         "Practices for SQL Server\" / "
         "\"Install Configuration Manager and SQL Server on the same computer\"; "
         "Configuration Manager 2007: Checklist for Security Best Practices — \"Best Practices for "
         "SQL Server\"")},
    {RuleId::NtfsRequired, "ntfs-required", Severity::Error, Category::Security, Scope::Server,
     Products::Both, QT_TRANSLATE_NOOP("hierarch::Rules", "Site system uses FAT32"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "FAT32 has no file permissions, so the product's inboxes, content, logs "
                       "and keys on that volume cannot be protected by access control."),
     QT_TRANSLATE_NOOP("hierarch::Rules", "Format every volume a site system uses with NTFS."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007: Best Practices for Securing Site Systems — "
                       "\"Best Practices for All Site Systems\" / "
                       "\"Use NTFS for all site systems\"; Configuration Manager 2007: Checklist "
                       "for Security Best Practices — \"Best "
                       "Practices for Securing Site Systems\"")},
    {RuleId::AdminShareRemoved, "admin-share-removed", Severity::Error, Category::Security,
     Scope::Server, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Admin$ share removed from a site system"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "The site server connects to the Admin$ share to install and service "
                       "components on its site systems; without the share the site system cannot "
                       "be managed."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Keep the Admin$ share on every site system and control access through "
                       "administrative group membership rather than by removing it."),
     nullptr,
     QT_TRANSLATE_NOOP(
         "hierarch::Rules",
         "SMS 2003: Securing SMS Site Systems — \"Do Not Remove the Admin$ Share on Site "
         "Systems\"; Configuration Manager 2007: Best Practices for Securing Site Systems — \"Best "
         "Practices for All Site "
         "Systems\" / \"Do not remove the admin$ share on site systems\"; "
         "Configuration Manager 2007: Checklist for Security Best Practices — \"Best Practices for "
         "Securing Site Systems\"")},
    {RuleId::StaticIp, "static-ip", Severity::Info, Category::Security, Scope::Server,
     Products::ConfigMgr2007,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Site system has no static IP address"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Static addresses make IPsec policies between site systems practical and "
                       "are harder to hijack through name resolution attacks."),
     QT_TRANSLATE_NOOP("hierarch::Rules", "Assign static IP addresses to all site systems."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007: Best Practices for Securing Site Systems — "
                       "\"Best Practices for All Site Systems\" / "
                       "\"Configure static IP addresses for site systems\"; "
                       "Configuration Manager 2007: Checklist for Security Best Practices — \"Best "
                       "Practices for Securing Site Systems\"")},
    {RuleId::FqdnMissing, "fqdn-missing", Severity::Info, Category::Security, Scope::Server,
     Products::ConfigMgr2007,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Site system has no fully qualified domain name"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Without an FQDN, clients and servers find the site system by NetBIOS name "
                       "through WINS, which is harder to secure than DNS. FQDNs are also required "
                       "for Internet-based clients and for IPv6."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Specify the FQDN of every site system (or set the plan's dnsDomain) and "
                       "configure it in the site system properties."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007: Best Practices for Securing Site Systems — "
                       "\"Best Practices for All Site Systems\" / "
                       "\"Use FQDN server names\"; Configuration Manager 2007: Checklist for "
                       "Security Best Practices — \"Best Practices "
                       "for Securing Site Systems\"; Configuration Manager 2007: Checklist for "
                       "Security Best Practices — \"Best Practices "
                       "for Securing Name Resolution\"")},
    {RuleId::ScwNotApplied, "scw-not-applied", Severity::Info, Category::Security, Scope::Server,
     Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Security Configuration Wizard policy not applied"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Without a Security Configuration Wizard policy, services and ports that "
                       "the roles do not need stay open. The product's template tells the wizard "
                       "what each role requires so that the rest can be blocked."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Apply a Security Configuration Wizard policy built with the product's "
                       "template to each site system, add the settings the wizard does not "
                       "detect, and run it again whenever roles change."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "SMS 2003: Securing SMS Site Systems — \"Security Configuration Wizard\"; "
                       "Configuration Manager 2007: Best Practices for Securing Site Systems — "
                       "\"Best Practices for All Site Systems\" / "
                       "\"Run the Security Configuration Wizard on all site systems\"; "
                       "Configuration Manager 2007: Checklist for Security Best Practices — \"Best "
                       "Practices for Securing Site Systems\"")},
    {RuleId::OsUnsupported, "os-unsupported", Severity::Error, Category::Security, Scope::Server,
     Products::ConfigMgr2007,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Site server runs an operating system that Configuration Manager 2007 "
                       "does not support"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007 requires Windows Server 2003 with Service "
                       "Pack 1 or later for the site server; a plan with an older system on "
                       "the site server cannot be installed as written."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Plan the site server on Windows Server 2003 SP1 or later."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Microsoft product documentation: \"Configuration Manager Server "
                       "Runtime Requirements\" (Windows Server 2003 SP1 for site server "
                       "installation)")},
    {RuleId::OsBelow2003Sp1, "os-below-2003-sp1", Severity::Warning, Category::Security,
     Scope::Server, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Site system runs an operating system older than Windows Server 2003 SP1"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Windows Server 2003 is secure by default and comes with IIS 6.0, and "
                       "Service Pack 1 adds further protections and the Security Configuration "
                       "Wizard. Older systems need more hardening and lack these features."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Run all site systems on Windows Server 2003 SP1 or later."),
     nullptr,
     QT_TRANSLATE_NOOP(
         "hierarch::Rules",
         "SMS 2003: Securing SMS Site Systems — \"Use Windows Server 2003 Service Pack 1 for "
         "All Site Systems\"")},
    {RuleId::ReleaseOsUnsupported, "release-os-unsupported", Severity::Error, Category::Security,
     Scope::Server, Products::ConfigMgr2007,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Site system runs a Windows Server release its site's release does not "
                       "support"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007 supports site systems on Windows Server 2008 "
                       "from SP1 on (installed from the SP1 complete release), and on Windows "
                       "Server 2008 R2 from SP2 on. An earlier release on these systems is not "
                       "supported."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Plan the site at SP1 or later for Windows Server 2008 and at SP2 or later "
                       "for Windows Server 2008 R2, or plan the server on the system its "
                       "release supports."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Microsoft product documentation: \"Configuration Manager 2007 SP1 "
                       "Supported Configurations\" and \"Configuration Manager 2007 SP2 "
                       "Supported Configurations\" (site system operating systems)")},
    {RuleId::ClusteredSiteSystem, "clustered-site-system", Severity::Error, Category::Security,
     Scope::Server, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Site system is a cluster node"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "SMS 2003 does not support clustering for any site system role, the "
                       "site database server included. Configuration Manager 2007 supports a "
                       "cluster only for the SQL Server of the site database; the site "
                       "server and every other role must run on servers that are not cluster "
                       "nodes."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Install the site system roles on servers that are not cluster nodes "
                       "(in Configuration Manager 2007 only the site database may stay on a "
                       "SQL Server failover cluster). For availability use fault-tolerant "
                       "hardware such as RAID, a spare management point, and several "
                       "distribution and reporting points."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "SMS 2003: Securing SMS Site Systems — \"Use Role Separation on Site "
                       "Systems\" / \"Improve recoverability\"; Microsoft product "
                       "documentation: \"Configuration Manager 2007 General Supported "
                       "Configurations\" (only the site database server may be on a cluster)")},
    {RuleId::AdSchemaNotExtended, "ad-schema-not-extended", Severity::Warning, Category::Security,
     Scope::Hierarchy, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Active Directory schema not extended or publishing off"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Without the schema extensions and publishing, clients locate management "
                       "points through WINS and server locator points and authenticate them with "
                       "the trusted root key, and sites exchange signing keys by less secure "
                       "means. Active Directory is a trusted, easily maintained source for this "
                       "data."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Extend the Active Directory schema for the product, create the "
                       "System Management container with the permissions site servers need, "
                       "and enable publishing for every site. Then keep the rights minimal: "
                       "once the sites have created their objects, reduce full control of "
                       "the System Management container to each site server's own objects "
                       "(grant it again while a secondary site is installed), and let each "
                       "computer create and update only its own entries."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "SMS 2003: Security Planning — \"Extend the Active Directory Schema\"; "
                       "Configuration Manager 2007: Checklist for Security Best Practices — "
                       "\"Recommended Security Configuration\"")},
    {RuleId::MultipleSites, "multiple-sites", Severity::Info, Category::Security, Scope::Hierarchy,
     Products::Both, QT_TRANSLATE_NOOP("hierarch::Rules", "Hierarchy has more than one site"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Every additional site brings intersite transfers and the accounts they "
                       "use, and requires trusting that site's administrators."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Use as few sites as the network and administrative boundaries allow; "
                       "serve remote locations with site systems of an existing site where "
                       "possible."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "SMS 2003: Security Planning — \"Maintain a Single SMS Site Rather Than "
                       "Multiple SMS Sites\"; Configuration Manager 2007: Checklist for Security "
                       "Best Practices — \"Best Practices for "
                       "Hierarchy Security\"")},
    {RuleId::SiteSpansForests, "site-spans-forests", Severity::Warning, Category::Security,
     Scope::Site, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Site spans Active Directory forests"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Active Directory data does not replicate between forests, so site "
                       "systems and clients in another forest cannot use the keys and "
                       "locations the site publishes and fall back to less secure "
                       "mechanisms. Configuration Manager 2007 supports a few site systems "
                       "in another forest by design: a System Health Validator point, and "
                       "management, distribution, software update and fallback status points "
                       "that serve Internet-based clients; those do not count here."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Keep all site systems of a site in the site's forest, and create a "
                       "separate site for each other forest where needed."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007: Checklist for Security Best Practices — "
                       "\"Best Practices for Hierarchy Security\"; SMS 2003: Security "
                       "Planning — \"Use Active Directory as Trusted Source\"; Microsoft "
                       "product documentation: \"Configuration Manager in Multiple Active "
                       "Directory Forests\" (the site systems supported in another forest)")},
    {RuleId::WorkgroupClients, "workgroup-clients", Severity::Warning, Category::Security,
     Scope::Site, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Site has workgroup or cross-forest clients"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Clients outside the site's forest cannot query Active Directory for site "
                       "information and management point keys, so they depend on the trusted root "
                       "key and on manual provisioning."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Join the clients to a domain of the site's forest. Where that is "
                       "impossible, provision the trusted root key to them securely when they are "
                       "installed."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Configuration Manager 2007: Checklist for Security Best "
                                          "Practices — \"Recommended Security Configuration\"")},
    {RuleId::SecureKeyExchange, "secure-key-exchange", Severity::Warning, Category::Security,
     Scope::Site, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Secure key exchange is not required"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Without it, sites exchange the public keys that sign intersite data "
                       "automatically and without verification, so a rogue site can feed signed "
                       "but damaging site control data into the hierarchy."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Enable \"Require secure key exchange\" on every site and exchange keys "
                       "through Active Directory or manually."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "SMS 2003: Security Planning — \"Enable Secure Key Exchange\"; "
                       "Configuration Manager 2007: Checklist for Security Best Practices — \"Best "
                       "Practices for Hierarchy Security\"; "
                       "Configuration Manager 2007: Checklist for Security Best Practices — \"Best "
                       "Practices for Securing Communications\"")},
    {RuleId::AcceptUnsignedData, "accept-unsigned-data", Severity::Warning, Category::Security,
     Scope::Site, Products::Sms2003,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Site accepts unsigned data from SMS 2.0 sites"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Accepting unsigned intersite data lets anyone who can write to the site's "
                       "inboxes spread forged site control files."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Stop accepting unsigned data as soon as no SMS 2.0 site without signing "
                       "remains in the hierarchy."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "SMS 2003: Security Planning — \"Enable Secure Key Exchange\"")},
    {RuleId::StandardSecurity, "standard-security", Severity::Warning, Category::Security,
     Scope::Site, Products::Sms2003,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Site uses standard security"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Standard security relies on many domain accounts, among them a highly "
                       "privileged SMS Service account whose password tends to be changed rarely. "
                       "Advanced security uses Local System and computer accounts, whose strong "
                       "passwords are maintained automatically."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Switch the site to advanced security and remove the accounts it no longer "
                       "needs."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "SMS 2003: Security Planning — \"Enable Advanced Security Mode\"; "
                       "SMS 2003: Security Planning — \"Use Advanced Security\"")},
    {RuleId::MixedMode, "mixed-mode", Severity::Warning, Category::Security, Scope::Site,
     Products::ConfigMgr2007, QT_TRANSLATE_NOOP("hierarch::Rules", "Primary site is in mixed mode"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "In mixed mode client communication is not mutually authenticated and "
                       "encrypted with PKI certificates, so clients and site systems are easier "
                       "to impersonate and their traffic easier to read or alter."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Deploy the required PKI certificates and a fallback status point, then "
                       "migrate the site to native mode, parent sites before their children."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007: Checklist for Security Best Practices — "
                       "\"Recommended Security Configuration\" / \"Use "
                       "native mode throughout the hierarchy\"; Configuration Manager 2007: "
                       "Checklist for Security Best Practices — \"Best "
                       "Practices for Securing Communications\"")},
    {RuleId::LegacyClients, "legacy-clients", Severity::Warning, Category::Security, Scope::Site,
     Products::Sms2003, QT_TRANSLATE_NOOP("hierarch::Rules", "Site still has Legacy Clients"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Legacy Clients do not verify signed policy and content and need client "
                       "accounts with high rights, whereas the Advanced Client runs its services "
                       "as Local System and checks signatures."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Upgrade the Legacy Clients to the Advanced Client as soon as possible, "
                       "and replace computers that cannot run it."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "SMS 2003: Security Planning — \"Install the Advanced Client\"")},
    {RuleId::IpsecBetweenSiteSystems, "ipsec-between-site-systems", Severity::Info,
     Category::Security, Scope::Hierarchy, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Traffic between site systems is not protected by IPsec"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Site systems exchange data, content and database traffic across the "
                       "network. Without IPsec that traffic can be read or changed and the "
                       "servers do not authenticate each other."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Define IPsec policies that authenticate and protect the traffic between "
                       "all servers that carry roles."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007: Checklist for Security Best Practices — "
                       "\"Recommended Security Configuration\"; "
                       "Configuration Manager 2007: Checklist for Security Best Practices — \"Best "
                       "Practices for Securing Communications\"")},
    {RuleId::RoleSeparation, "role-separation", Severity::Info, Category::Availability, Scope::Site,
     Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Site roles are concentrated on too few servers"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "With every role on one computer, losing that server stops all "
                       "management of the site's clients. SMS 2003 also loses its clients' "
                       "management point with the site server when the management point runs "
                       "there, and all content or reports when the site has a single "
                       "distribution point or reporting point."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Put the management point on a server other than the site server, and "
                       "provide several distribution and reporting points; use "
                       "fault-tolerant hardware where a role must stay single."),
     nullptr,
     QT_TRANSLATE_NOOP(
         "hierarch::Rules",
         "SMS 2003: Securing SMS Site Systems — \"Use Role Separation on Site Systems\" / "
         "\"Improve recoverability\"; Configuration Manager 2007: Best Practices for Securing Site "
         "Systems — \"Best Practices "
         "for All Site Systems\" / \"Use role separation on site systems\"; "
         "Configuration Manager 2007: Checklist for Security Best Practices — \"Best Practices for "
         "Service Continuity\"")},
    {RuleId::SiteAssignmentNoSlp, "site-assignment-no-slp", Severity::Error, Category::Availability,
     Scope::Site, Products::ConfigMgr2007,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Clients of the site have no way to complete site assignment"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Clients find their site and check it in Active Directory only when "
                       "the schema is extended, sites publish to it and the clients are in "
                       "the site's forest. All other clients need a server locator point, "
                       "and native mode clients reach one only when HTTP communication for "
                       "roaming and site assignment is allowed. Without either path the "
                       "site's clients cannot be assigned to it. The documented exception is "
                       "a site that manages only Internet-based clients, which the plan does "
                       "not record."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Extend the Active Directory schema and publish the site so that "
                       "clients in its forest use Active Directory. Where clients cannot "
                       "(workgroup or other-forest clients), install a server locator point "
                       "in the central site, and in a native mode site allow HTTP "
                       "communication for roaming and site assignment."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Microsoft product documentation: \"Determine If You Need a Server "
                       "Locator Point for Configuration Manager Clients\"; \"How to Assign "
                       "Configuration Manager Clients to a Site\"")},
    {RuleId::CapacitySiteClients, "capacity-site-clients", Severity::Warning, Category::Capacity,
     Scope::Site, Products::ConfigMgr2007,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Primary site has more than 100,000 clients"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007 supports at most 100,000 clients in a primary "
                       "site; beyond that limit neither performance nor support is assured."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Split the clients across more primary sites, or check the client count."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Microsoft product documentation: \"Configuration Manager Site "
                       "Capacity Planning\" (clients per primary site)")},
    {RuleId::CapacityManagementPoint, "capacity-management-point", Severity::Warning,
     Category::Capacity, Scope::Site, Products::ConfigMgr2007,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Management points serve more than 25,000 clients each"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "A Configuration Manager 2007 management point is supported for up to "
                       "25,000 clients; an overloaded management point delays policy and client "
                       "data."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Add management points (in a network load balancing cluster) or move "
                       "clients to another site."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Microsoft product documentation: \"Configuration Manager Site "
                       "Capacity Planning\" (clients per management point)")},
    {RuleId::CapacitySecondarySites, "capacity-secondary-sites", Severity::Warning,
     Category::Capacity, Scope::Site, Products::ConfigMgr2007,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Primary site has more than 500 secondary sites"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "A Configuration Manager 2007 primary site supports up to 500 secondary "
                       "child sites."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Attach some of the secondary sites to another primary site, or serve "
                       "small locations with branch distribution points instead."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Microsoft product documentation: \"Configuration Manager Site "
                       "Capacity Planning\" (secondary sites per primary site)")},
    {RuleId::CapacityDistributionPoints, "capacity-distribution-points", Severity::Warning,
     Category::Capacity, Scope::Site, Products::ConfigMgr2007,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Site has more than 100 distribution points"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007 supports up to 100 distribution points in a "
                       "site; more than that overloads content distribution from the site server."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Serve remote locations with branch distribution points or secondary "
                       "sites, or split the site."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Microsoft product documentation: \"Configuration Manager Site "
                       "Capacity Planning\" (distribution points per site)")},
    {RuleId::CapacityBranchDistributionPoints, "capacity-branch-distribution-points",
     Severity::Warning, Category::Capacity, Scope::Site, Products::ConfigMgr2007,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Site has more than 2,000 branch distribution points"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007 supports up to 2,000 branch distribution "
                       "points in a site; beyond that neither content distribution nor "
                       "support is assured."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Move some of the locations to another primary or secondary site, or "
                       "check the number of branch distribution points."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Microsoft product documentation: \"Configuration Manager Site "
                       "Capacity Planning\" (branch distribution points per site)")},
    {RuleId::CapacityHierarchyClients, "capacity-hierarchy-clients", Severity::Warning,
     Category::Capacity, Scope::Hierarchy, Products::ConfigMgr2007,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Hierarchy has more than 200,000 clients"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "A Configuration Manager 2007 hierarchy is supported for up to "
                       "200,000 clients in all its sites together (300,000 with "
                       "Configuration Manager 2007 R3), since all their data reaches the "
                       "central site."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Plan a second hierarchy for part of the clients, or check the client "
                       "counts."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Microsoft product documentation: \"Configuration Manager Site "
                       "Capacity Planning\" (clients per hierarchy)")},
    {RuleId::AccountGeneratedManualChange, "account-generated-manual-change", Severity::Error,
     Category::Accounts, Scope::Account, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Product-generated password is planned for manual change"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "The product generates, encrypts and keeps in step the passwords of the "
                       "accounts it creates. Changing one by hand breaks the processes that use "
                       "the account and can lock it out."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Let the product change the password: site reset for server connection and "
                       "remote service accounts, client removal and reinstallation for client "
                       "services, client user token and CCM boot loader accounts."),
     nullptr,
     QT_TRANSLATE_NOOP(
         "hierarch::Rules",
         "SMS 2003: Planning for SMS Account Lifecycles — \"Planning for SMS Account Lifecycles\" "
         "/ \"Do "
         "not manually change accounts that are automatically maintained by SMS "
         "processes\"; SMS 2003: Planning for SMS Account Lifecycles — \"Changing SMS Account "
         "Passwords\"")},
    {RuleId::AccountSharedServiceOverlap, "account-shared-service-overlap", Severity::Warning,
     Category::Accounts, Scope::Account, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Shared SMS Service account has no second account for password changes"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "When the SMS Service account is shared by several sites or used at a "
                       "secondary site, processes keep starting and authenticating with it while "
                       "a new password spreads; changing it in place causes failures and "
                       "lockouts."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Create a second SMS Service account before changing the password, keep "
                       "both active until every site uses the new one, and record it as the "
                       "rotation account."),
     nullptr,
     QT_TRANSLATE_NOOP(
         "hierarch::Rules",
         "SMS 2003: Planning for SMS Account Lifecycles — \"Managing the SMS Service Account\"")},
    {RuleId::AccountSharedNewAccount, "account-shared-new-account", Severity::Warning,
     Category::Accounts, Scope::Account, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Account must be replaced, not have its password changed"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Clients and servers pick up a new password at different times. For "
                       "administrator-created client connection accounts, and for remote service "
                       "or database accounts shared by several sites, an in-place change orphans "
                       "clients or locks the account out."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Create a new account, configure it wherever the old one is used, and "
                       "delete the old account only when every client and server uses the new "
                       "one."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "SMS 2003: Planning for SMS Account Lifecycles — \"Planning for SMS Account "
                       "Lifecycles\" / \"In "
                       "general, change passwords, instead of accounts, to maintain security\"; "
                       "SMS 2003: Planning for SMS Account Lifecycles — \"Managing the Client "
                       "Connection Account\"")},
    {RuleId::AccountSingleCustodian, "account-single-custodian", Severity::Warning,
     Category::Accounts, Scope::Account, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Only one administrator knows the password and no sealed copy exists"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "If the only person who knows the password is unavailable, urgent changes "
                       "cannot be made. A sealed copy gives authorized staff access in an "
                       "emergency and shows whether anyone has read it."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Keep a written copy of the password in a sealed envelope in a secure "
                       "central place, such as a safe, and renew it at every password change."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "SMS 2003: Planning for SMS Account Lifecycles — \"Planning for SMS Account "
                       "Lifecycles\" / \"If "
                       "only one administrator knows an account password, seal and store it "
                       "centrally\"")},
    {RuleId::AccountDomainAdmin, "account-domain-admin", Severity::Warning, Category::Accounts,
     Scope::Account, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Administrator-specified account is a domain administrator"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Whoever obtains the password of a domain administrator account used "
                       "by the product, for example on a computer it logs on to, controls "
                       "the whole domain. No account the administrator specifies needs those "
                       "rights: each needs only local rights on the computers it works with "
                       "or rights on specific objects."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Remove the account from Domain Admins and grant only what its "
                       "purpose needs, such as local administrator rights on the computers "
                       "it installs clients or site systems on."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Remove the account from Domain Admins and grant only what its "
                       "purpose needs, such as local administrator rights on the computers "
                       "it installs clients on; prefer advanced security, which needs no SMS "
                       "Service account, and keep the rights granted in Active Directory "
                       "minimal."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "SMS 2003: Security Planning — \"Enable Advanced Security Mode\"; SMS "
                       "2003: Security Planning — \"Extend the Active Directory Schema\"; "
                       "Microsoft product documentation: Configuration Manager 2007 account "
                       "topics (each account needs only local or object rights); upgrade "
                       "considerations (one security mode, equivalent to SMS 2003 advanced "
                       "security)")},
    // --- site addresses and senders (README "Site addresses and senders") -------------------
    {RuleId::AddressReferenceInvalid, "address-reference-invalid", Severity::Error,
     Category::Structure, Scope::Site, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Address names an unknown site or account"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "An address connects a site with another site of the hierarchy and logs "
                       "on to it with a site address account. An address to a site the plan does "
                       "not have, to the site itself, or with an account the account plan does "
                       "not hold as a site address account cannot be configured as written."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Name an existing site other than the site itself in `to`, and name a "
                       "`site-address` account of the plan's accounts in `account`, or leave "
                       "`account` out to use the site server's computer account."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Microsoft product documentation: Configuration Manager 2007 \"About "
                       "Addresses\" (an address names the destination site and the account "
                       "used to connect to it); SMS 2003: Planning for SMS Account Lifecycles — "
                       "\"Overview of Password Change Methods for SMS Accounts\" (Site Address)")},
    {RuleId::AddressMissing, "address-missing", Severity::Warning, Category::Availability,
     Scope::Site, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Parent and child site lack an address in one direction"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Sites exchange data only through addresses: a child site sends "
                       "inventory, discovery data and status messages to its parent, and the "
                       "parent sends packages, collections and configuration to the child. "
                       "Each site needs its own address to the other; without one, that "
                       "direction's data waits in the outbox. The courier sender carries only "
                       "package data and needs a network address as well."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Add an address (standard or RAS sender) from the child site to its "
                       "parent and one from the parent to the child."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Microsoft product documentation: Configuration Manager 2007 \"About "
                       "Senders\" and \"Choosing Configuration Manager Senders\" (sites need "
                       "senders and addresses to communicate; the courier sender is only for "
                       "package data and needs a standard sender address first); SMS site "
                       "communications help, \"Senders\"")},
    {RuleId::AddressDestinationNotFqdn, "address-destination-not-fqdn", Severity::Warning,
     Category::Security, Scope::Site, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Sender does not name its destination server by FQDN"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "A sender that names the destination site server by its short name "
                       "resolves it through WINS or NetBIOS broadcasts, which are easier to "
                       "spoof than DNS: data for the other site could go to a computer that "
                       "answers to the name. An address that states no destination uses the "
                       "site server's NetBIOS name."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "State the destination site server's fully qualified domain name in "
                       "`destination` for every address that is not a courier sender address."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007: Checklist for Security Best Practices — "
                       "\"Best Practices for Securing Name Resolution\" (specify FQDNs for all "
                       "site systems and senders; do not rely on WINS)")},
    {RuleId::AddressSlowLinkUnlimited, "address-slow-link-unlimited", Severity::Warning,
     Category::Availability, Scope::Site, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Slow link to another site has no rate limit or schedule"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "A sender uses as much of the link as it can get: on a slow WAN link or a "
                       "dial-up RAS line a large package or a burst of inventory fills the line "
                       "for hours and starves every other use of it. Rate limits and schedule "
                       "windows on the address keep room for the branch's other traffic."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Give the address a `rateLimit` (percent of the link) or `schedule` "
                       "windows outside business hours, or state the link's real bandwidth if "
                       "it is not slow."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Microsoft product documentation: \"About Senders\" (even the standard "
                       "sender can use most or all of the bandwidth of a slow network; RAS lines "
                       "are monopolized while sending) and the address properties' Schedule and "
                       "Rate Limits tabs; Hierarch treats a link below 2,048 kbit/s, or a RAS "
                       "sender without a stated bandwidth, as slow")},
    {RuleId::AddressAccountRights, "address-account-rights", Severity::Warning, Category::Accounts,
     Scope::Account, Products::Both,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Site address account has rights at sites it does not send to"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "A site address account is created and maintained by the administrator "
                       "and needs rights on the destination site server only, where it "
                       "delivers data into the site's inbox; the sending site does not verify "
                       "it. Granting it at other sites means a stolen password opens more site "
                       "servers than the addresses need."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "List in the account's `sites` only the destination sites of the "
                       "addresses that use it, and grant it only access to the destination "
                       "site server's inbox (Configuration Manager 2007: membership of the "
                       "Site to Site Connection group there)."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "List in the account's `sites` only the destination sites of the "
                       "addresses that use it, and grant it only access to the destination "
                       "site server's SMS_SITE share."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "SMS 2003: Planning for SMS Account Lifecycles — \"Overview of Password "
                       "Change Methods for SMS Accounts\" (Site Address: administrator-"
                       "specified, changed in the operating system, then in the console); "
                       "Microsoft product "
                       "documentation: Configuration Manager 2007 \"Site Address Account\" "
                       "(verified on the destination site server; Site to Site Connection "
                       "group)")},
    // --- end of site addresses and senders -----------------------------------------------
    {RuleId::WaiverUnused, "waiver-unused", Severity::Info, Category::Review, Scope::Waiver,
     Products::Both, QT_TRANSLATE_NOOP("hierarch::Rules", "Waiver matches no finding"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "The waived finding no longer occurs, or the waiver names it wrongly. A "
                       "stale waiver clutters the review and would silently hide a future finding "
                       "with the same id."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Remove the waiver, or correct its finding id (rule@subject)."),
     nullptr, QT_TRANSLATE_NOOP("hierarch::Rules", "Hierarch file format: waivers")},
    {RuleId::WaiverExpired, "waiver-expired", Severity::Info, Category::Review, Scope::Waiver,
     Products::Both, QT_TRANSLATE_NOOP("hierarch::Rules", "Waiver has expired"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "The acceptance of the risk ended on the expiry date, so the waived "
                       "finding counts again toward the verdict."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Fix the finding, or have the risk approved again and set a new expiry "
                       "date."),
     nullptr, QT_TRANSLATE_NOOP("hierarch::Rules", "Hierarch file format: waivers (expires)")},

    // --- PKI (README "PKI") ---
    {RuleId::InternetFqdnMissing, "internet-fqdn-missing", Severity::Error, Category::Availability,
     Scope::Server, Products::ConfigMgr2007,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Internet-facing site system has no Internet FQDN"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Internet-based clients find a site system by the fully qualified domain "
                       "name configured for it on the Internet, which public DNS must resolve "
                       "and its certificate must name. A site system that accepts Internet-based "
                       "clients without an Internet FQDN cannot be reached by them."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "State the server's Internet FQDN (`internetFqdn`), register it on public "
                       "DNS servers and include it in the site system's certificate; or stop "
                       "accepting Internet-based clients on this server."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007: Checklist for Security Best Practices — "
                       "\"Best Practices for Securing Site Systems\" (Internet-based site "
                       "settings); Microsoft product documentation: \"Prerequisites for "
                       "Internet-Based Client Management\" and \"Checklist for Configuring a "
                       "Site for Internet-Based Client Management\" (Internet FQDN of site "
                       "systems)")},
    {RuleId::CrlCheckingDisabled, "crl-checking-disabled", Severity::Warning, Category::Security,
     Scope::Site, Products::ConfigMgr2007,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Native-mode clients do not check the CRL"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "A certification authority revokes a certificate that is compromised or "
                       "suspected to be. Clients that do not check the certificate revocation "
                       "list keep trusting a site system whose certificate was revoked, until "
                       "the certificate expires."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Let the site's clients check the CRL for site systems (`pki.crlChecking: "
                       "true`) and publish the CRL where every client can reach it; allow for "
                       "the extra connection time, above all for Internet-based clients."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007: Checklist for Security Best Practices — "
                       "\"Best Practices for Certificate Management\" (enable CRL checking on "
                       "native mode clients); Microsoft product documentation: \"Determine If "
                       "You Need to Enable Certificate Revocation Checking (CRL) On Clients "
                       "(Native Mode)\"")},
    {RuleId::CrlNotPublished, "crl-not-published", Severity::Error, Category::Availability,
     Scope::Site, Products::ConfigMgr2007,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Clients check a CRL they cannot reach"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "A client that checks certificate revocation and cannot find the CRL "
                       "treats every certificate of the chain as revoked: each connection that "
                       "needs a certificate fails, and the client can only report the error to "
                       "its fallback status point."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Publish the CRL where all of the site's clients can reach it, on the "
                       "Internet too when the site manages Internet-based clients, before the "
                       "clients check it."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Microsoft product documentation: \"Determine If You Need to Enable "
                       "Certificate Revocation Checking (CRL) On Clients (Native Mode)\" (clients "
                       "that fail to locate the CRL)")},
    {RuleId::SigningCertificateManual, "signing-certificate-manual", Severity::Warning,
     Category::Security, Scope::Site, Products::ConfigMgr2007,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Site server signing certificate is not deployed through Active "
                       "Directory"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Native-mode clients trust the policies they download because the site "
                       "server signing certificate signs them. A copy of the certificate that "
                       "clients read from Active Directory comes from a trusted source; a copy "
                       "handed to them another way is only as trustworthy as that way."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Publish the site to Active Directory and let clients take the site "
                       "server signing certificate from there (`pki.signingCertificate: "
                       "active-directory`); provide it at client installation only where a "
                       "client cannot query Active Directory."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007: Checklist for Security Best Practices — "
                       "\"Best Practices for Securing Internet-Based Clients\" and \"Best "
                       "Practices for Certificate Management\" (use Active Directory to deploy "
                       "the site server signing certificate); Microsoft product documentation: "
                       "\"About the Site Server Signing Certificate (Native Mode)\"")},
    {RuleId::CertificateTrustListMissing, "certificate-trust-list-missing", Severity::Warning,
     Category::Security, Scope::Site, Products::ConfigMgr2007,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Native-mode site systems accept certificates from any trusted root"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Without a certificate trust list, the IIS of a native-mode site system "
                       "accepts every client certificate that chains to any root the server "
                       "trusts, well-known public certification authorities included, so any "
                       "computer with such a certificate counts as a valid client."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configure a certificate trust list that names only the root "
                       "certification authorities of your clients' certificates on the web site "
                       "of each site system that uses SSL (`pki.certificateTrustList: true`)."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Configuration Manager 2007: Checklist for Security Best Practices — "
                       "\"Best Practices for Certificate Management\" (use a certificate trust "
                       "list); Microsoft product documentation: \"Determine If You Need to "
                       "Configure a Certificate Trust List (CTL) with IIS (Native Mode)\"")},
    {RuleId::SecondarySitePki, "secondary-site-pki", Severity::Error, Category::Structure,
     Scope::Site, Products::ConfigMgr2007,
     QT_TRANSLATE_NOOP("hierarch::Rules", "Secondary site states PKI settings"),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "A secondary site has no site mode settings of its own: it takes them, "
                       "the site server signing certificate and certificate revocation checking "
                       "included, from its parent site. PKI settings written on it are not what "
                       "its clients get."),
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Remove `pki` from the secondary site and state the settings on its "
                       "parent primary site."),
     nullptr,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "Microsoft product documentation: \"Site Properties: Site Mode Tab\" "
                       "(secondary sites inherit the site mode settings from their parent)")},
    // --- end PKI ---
};

static_assert(std::size(kRules) == std::size_t(kRuleCount),
              "the catalog must list every RuleId exactly once");

constexpr bool catalogInEnumOrder()
{
    for (int i = 0; i < kRuleCount; ++i) {
        if (int(kRules[i].rule) != i)
            return false;
    }
    return true;
}

static_assert(catalogInEnumOrder(), "kRules[i].rule must be RuleId(i)");

} // namespace

const QList<RuleInfo> &ruleCatalog()
{
    static const QList<RuleInfo> catalog(std::begin(kRules), std::end(kRules));
    return catalog;
}

const RuleInfo &ruleInfo(RuleId rule)
{
    const int index = int(rule);
    Q_ASSERT(index >= 0 && index < kRuleCount);
    return ruleCatalog().at(index);
}

const RuleInfo *findRule(QStringView id)
{
    static const QHash<QString, int> byId = [] {
        QHash<QString, int> hash;
        hash.reserve(kRuleCount);
        const QList<RuleInfo> &catalog = ruleCatalog();
        for (int i = 0; i < catalog.size(); ++i) {
            const QString key = QString::fromLatin1(catalog.at(i).id);
            Q_ASSERT_X(!hash.contains(key), "findRule", "duplicate rule id in the catalog");
            hash.insert(key, i);
        }
        return hash;
    }();
    const auto it = byId.constFind(id.toString());
    if (it == byId.constEnd())
        return nullptr;
    return &ruleCatalog().at(it.value());
}

namespace {

// Rationales that read differently on SMS 2003 plans (RULES.md sql-mixed-authentication: SMS 2003
// may reach its database with a SQL Server login, ConfigMgr 2007 never does).
struct ProductText
{
    RuleId rule;
    const char *text;
};

constexpr ProductText kSms2003Rationales[] = {
    {RuleId::SqlMixedAuthentication,
     QT_TRANSLATE_NOOP("hierarch::Rules",
                       "SMS 2003 needs mixed authentication only where a site reaches its database "
                       "with a SQL Server login, such as a database account planned for sa; "
                       "otherwise mixed mode only adds SQL Server logins, with passwords of their "
                       "own, as another way in. Windows authentication is the recommended "
                       "configuration.")},
};

} // namespace

const char *rationaleFor(const RuleInfo &info, Product product)
{
    if (product == Product::Sms2003) {
        for (const ProductText &t : kSms2003Rationales) {
            if (t.rule == info.rule)
                return t.text;
        }
    }
    return info.rationale;
}

const char *remediationFor(const RuleInfo &info, Product product)
{
    if (product == Product::Sms2003 && info.remediationSms2003)
        return info.remediationSms2003;
    return info.remediation;
}

QString ruleText(const char *text)
{
    if (!text)
        return QString();
    return QCoreApplication::translate("hierarch::Rules", text);
}

} // namespace hierarch
