#include "portplan.h"

#include "rules/validationcontext.h"

#include <QHash>
#include <QtGlobal>

#include <algorithm>
#include <cstring>

namespace hierarch {

bool PortPeer::operator==(const PortPeer &other) const
{
    if (servers != other.servers)
        return false;
    if (!servers.isEmpty() || description == other.description)
        return true;
    return description && other.description && std::strcmp(description, other.description) == 0;
}

namespace {

constexpr const char *kTcp = "TCP";
constexpr const char *kUdp = "UDP";
constexpr const char *kHttp = QT_TRANSLATE_NOOP("hierarch::Report", "TCP (HTTP)");
constexpr const char *kHttps = QT_TRANSLATE_NOOP("hierarch::Report", "TCP (HTTPS)");
// The RPC endpoint mapper, then a dynamic port it hands out.
constexpr const char *kRpc = QT_TRANSLATE_NOOP("hierarch::Report", "135 + dynamic");

// A value that differs by the client mode of the server's site: the first for SMS 2003 and
// mixed-mode sites, the second for ConfigMgr 2007 native-mode sites (which use HTTPS).
struct ByMode
{
    const char *mixed;
    const char *native;
};
constexpr ByMode fixed(const char *value)
{
    return {value, value};
}
// Client-facing IIS roles: HTTP in mixed mode, HTTPS in native mode.
constexpr ByMode kWebPort{"80", "443"};
constexpr ByMode kWebProtocol{kHttp, kHttps};

// When a row of the role table applies, beyond the server carrying the role.
enum class When {
    Always,
    BitsEnabled,   // the distribution point assignment is BITS-enabled
    HasParentSite, // the server's site has a parent site
    CentralSite,   // the server's site has no parent site
};

// Who is at the other end of a row of the role table.
enum class Peer {
    Clients,
    ReportViewers,
    StandardDistributionPoints,
    DomainControllers,
    SystemCenterOnline,
    AmtComputers,
    MicrosoftUpdate,
    ConsolesAndSiteServer,
    // The servers hosting the database of the server's site (a secondary site's: its parent's).
    // No row when there are none.
    OwnSiteDatabase,
    // The servers hosting the database of the site the role serves. No row when there are none.
    ServedSiteDatabase,
    // The servers of the served site whose roles use the site database. No row when none.
    ServedSiteDatabaseUsers,
    // The parent site's software update points.
    ParentSoftwareUpdatePoint,
};

// One port a role needs: the role table of the product documentation's "Ports used by" pages.
// Which roles a product has is the role table's business (role.h); the product shows here as the
// client mode, which only ConfigMgr 2007 has.
struct RolePort
{
    Role role;
    When when;
    ByMode port;
    ByMode protocol;
    PortDirection direction;
    Peer peer;
    const char *purpose;
};

using enum PortDirection;

// Rows of one role are adjacent; the order is the order requirements are added in, which decides
// the order of rows that sort alike.
constexpr RolePort kRolePorts[] = {
    {Role::SiteDatabase, When::Always, fixed("1433"), fixed(kTcp), Inbound,
     Peer::ServedSiteDatabaseUsers,
     QT_TRANSLATE_NOOP(
         "hierarch::Report",
         "Site database (SQL Server) for the site server, SMS Provider and management "
         "points")},
    {Role::SmsProvider, When::Always, fixed(kRpc), fixed(kTcp), Inbound,
     Peer::ConsolesAndSiteServer,
     QT_TRANSLATE_NOOP("hierarch::Report",
                       "SMS Provider: DCOM and WMI (RPC endpoint mapper, then dynamic RPC ports)")},
    {Role::SmsProvider, When::Always, fixed("1433"), fixed(kTcp), Outbound,
     Peer::ServedSiteDatabase, QT_TRANSLATE_NOOP("hierarch::Report", "Site database (SQL Server)")},
    {Role::ClientAccessPoint, When::Always, fixed("445"), fixed(kTcp), Inbound, Peer::Clients,
     QT_TRANSLATE_NOOP("hierarch::Report", "Client access point inboxes (SMB)")},
    {Role::ManagementPoint, When::Always, kWebPort, kWebProtocol, Inbound, Peer::Clients,
     QT_TRANSLATE_NOOP("hierarch::Report",
                       "Management point: policy, inventory and status from clients")},
    {Role::ManagementPoint, When::Always, fixed("1433"), fixed(kTcp), Outbound,
     Peer::OwnSiteDatabase,
     QT_TRANSLATE_NOOP("hierarch::Report", "Management point reads and writes the site database")},
    {Role::DistributionPoint, When::BitsEnabled, kWebPort, kWebProtocol, Inbound, Peer::Clients,
     QT_TRANSLATE_NOOP("hierarch::Report", "Distribution point: package content over BITS")},
    {Role::DistributionPoint, When::Always, fixed("445"), fixed(kTcp), Inbound, Peer::Clients,
     QT_TRANSLATE_NOOP("hierarch::Report", "Distribution point: package content (SMB)")},
    {Role::BranchDistributionPoint, When::Always, fixed("445"), fixed(kTcp), Inbound, Peer::Clients,
     QT_TRANSLATE_NOOP("hierarch::Report", "Branch distribution point: package content (SMB)")},
    {Role::BranchDistributionPoint, When::Always, kWebPort, kWebProtocol, Outbound,
     Peer::StandardDistributionPoints,
     QT_TRANSLATE_NOOP("hierarch::Report", "Branch distribution point downloads packages (BITS)")},
    {Role::ServerLocatorPoint, When::Always, fixed("80"), fixed(kHttp), Inbound, Peer::Clients,
     QT_TRANSLATE_NOOP("hierarch::Report",
                       "Server locator point: site assignment and management point lookup")},
    {Role::ServerLocatorPoint, When::Always, fixed("1433"), fixed(kTcp), Outbound,
     Peer::OwnSiteDatabase,
     QT_TRANSLATE_NOOP("hierarch::Report", "Server locator point reads the site database")},
    {Role::ReportingPoint, When::Always, kWebPort, kWebProtocol, Inbound, Peer::ReportViewers,
     QT_TRANSLATE_NOOP("hierarch::Report", "Reporting point web reports")},
    {Role::ReportingPoint, When::Always, fixed("1433"), fixed(kTcp), Outbound,
     Peer::OwnSiteDatabase,
     QT_TRANSLATE_NOOP("hierarch::Report", "Reporting point reads the site database")},
    {Role::ReportingServicesPoint, When::Always, kWebPort, kWebProtocol, Inbound,
     Peer::ReportViewers,
     QT_TRANSLATE_NOOP("hierarch::Report", "SQL Server Reporting Services reports")},
    {Role::ReportingServicesPoint, When::Always, fixed("1433"), fixed(kTcp), Outbound,
     Peer::OwnSiteDatabase,
     QT_TRANSLATE_NOOP("hierarch::Report", "Reporting services point reads the site database")},
    // The fallback status point takes state messages from clients that cannot use HTTPS yet.
    {Role::FallbackStatusPoint, When::Always, fixed("80"), fixed(kHttp), Inbound, Peer::Clients,
     QT_TRANSLATE_NOOP("hierarch::Report",
                       "Fallback status point: state messages (always HTTP, also in native mode)")},
    // WSUS on its own web site, as the product installs it by default.
    {Role::SoftwareUpdatePoint,
     When::Always,
     {"8530", "8531"},
     kWebProtocol,
     Inbound,
     Peer::Clients,
     QT_TRANSLATE_NOOP(
         "hierarch::Report",
         "Software update point: WSUS on its own web site (80/443 when WSUS uses the default "
         "web site)")},
    {Role::SoftwareUpdatePoint, When::HasParentSite, fixed("8530"), fixed(kHttp), Outbound,
     Peer::ParentSoftwareUpdatePoint,
     QT_TRANSLATE_NOOP("hierarch::Report", "Synchronises with the upstream software update point")},
    {Role::SoftwareUpdatePoint, When::CentralSite, fixed("80, 443"), fixed(kTcp), Outbound,
     Peer::MicrosoftUpdate,
     QT_TRANSLATE_NOOP("hierarch::Report", "Synchronises the update catalog")},
    {Role::PxeServicePoint, When::Always, fixed("67, 68"), fixed(kUdp), Inbound, Peer::Clients,
     QT_TRANSLATE_NOOP("hierarch::Report", "DHCP for PXE boot")},
    {Role::PxeServicePoint, When::Always, fixed("69"), fixed(kUdp), Inbound, Peer::Clients,
     QT_TRANSLATE_NOOP("hierarch::Report", "TFTP download of the boot image")},
    {Role::PxeServicePoint, When::Always, fixed("4011"), fixed(kUdp), Inbound, Peer::Clients,
     QT_TRANSLATE_NOOP("hierarch::Report", "PXE boot requests")},
    {Role::StateMigrationPoint, When::Always, kWebPort, kWebProtocol, Inbound, Peer::Clients,
     QT_TRANSLATE_NOOP("hierarch::Report",
                       "State migration point: stores and restores user state")},
    {Role::SystemHealthValidatorPoint, When::Always, fixed("389, 3268"), fixed(kTcp), Outbound,
     Peer::DomainControllers,
     QT_TRANSLATE_NOOP(
         "hierarch::Report",
         "System health validator reads health state references from Active Directory")},
    {Role::AssetIntelligenceSyncPoint, When::Always, fixed("443"), fixed(kHttps), Outbound,
     Peer::SystemCenterOnline,
     QT_TRANSLATE_NOOP("hierarch::Report", "Asset Intelligence catalog synchronisation")},
    {Role::OutOfBandServicePoint, When::Always, fixed("9971"), fixed(kTcp), Inbound,
     Peer::AmtComputers, QT_TRANSLATE_NOOP("hierarch::Report", "AMT provisioning requests")},
    {Role::OutOfBandServicePoint, When::Always, fixed("16993"), fixed(kTcp), Outbound,
     Peer::AmtComputers, QT_TRANSLATE_NOOP("hierarch::Report", "Out of band management (TLS)")},
};

const char *description(Peer peer)
{
    switch (peer) {
    case Peer::Clients:
        return QT_TRANSLATE_NOOP("hierarch::Report", "Clients");
    case Peer::ReportViewers:
        return QT_TRANSLATE_NOOP("hierarch::Report", "Report viewers");
    case Peer::StandardDistributionPoints:
        return QT_TRANSLATE_NOOP("hierarch::Report", "Standard distribution points");
    case Peer::DomainControllers:
        return QT_TRANSLATE_NOOP("hierarch::Report", "Domain controllers, global catalog");
    case Peer::SystemCenterOnline:
        return QT_TRANSLATE_NOOP("hierarch::Report", "System Center Online (Microsoft)");
    case Peer::AmtComputers:
        return QT_TRANSLATE_NOOP("hierarch::Report", "AMT-based computers");
    case Peer::MicrosoftUpdate:
        return QT_TRANSLATE_NOOP("hierarch::Report", "Microsoft Update");
    case Peer::ConsolesAndSiteServer:
        return QT_TRANSLATE_NOOP("hierarch::Report", "Administrator consoles, site server");
    case Peer::ParentSoftwareUpdatePoint:
        return QT_TRANSLATE_NOOP("hierarch::Report", "Parent site's software update point");
    case Peer::OwnSiteDatabase:
    case Peer::ServedSiteDatabase:
    case Peer::ServedSiteDatabaseUsers:
        break;
    }
    return nullptr;
}

class PortPlanner
{
public:
    explicit PortPlanner(const ValidationContext &context);

    QList<PortRequirement> plan(const ValidationContext::ServerRef &ref);

private:
    void add(const char *port, const char *protocol, PortDirection direction, PortPeer peer,
             const char *purpose);
    void addSiteConnections(const ValidationContext::ServerRef &ref);
    void addSenderConnections(const ValidationContext::ServerRef &ref);
    void addRolePort(const RolePort &row, const ValidationContext::ServerRef &ref,
                     const RoleAssignment &assignment, bool native);
    QStringList serversWith(int site, Role role, const Server *except = nullptr) const;
    QStringList databaseServers(int site, const Server *except) const;
    // The site whose database a management point uses: a secondary site's proxy management
    // point works for its parent primary site.
    int databaseSite(int site) const;

    const ValidationContext &mContext;
    QList<PortRequirement> mRows;
    // Site addresses: when any site states one, the site-to-site rows follow the addresses; the
    // sites sending to each site (folded code -> sending site, its address).
    bool mAddressPlan = false;
    QHash<QString, QList<std::pair<int, const SenderAddress *>>> mSendersTo;
};

PortPlanner::PortPlanner(const ValidationContext &context) : mContext(context)
{
    for (int site = 0; site < context.siteCount(); ++site) {
        for (const SenderAddress &address : context.site(site).addresses) {
            mAddressPlan = true;
            mSendersTo[ValidationContext::foldedKey(address.to)].append({site, &address});
        }
    }
}

QStringList PortPlanner::serversWith(int site, Role role, const Server *except) const
{
    QStringList names;
    if (site < 0)
        return names;
    for (const ValidationContext::ServerRef &ref : mContext.servers(site)) {
        const Server &server = mContext.server(ref);
        if (&server != except && ref.roles.contains(role))
            names << server.name;
    }
    return names;
}

QStringList PortPlanner::databaseServers(int site, const Server *except) const
{
    QStringList names;
    if (site < 0)
        return names;
    for (const ValidationContext::ServerRef &ref : mContext.databaseHosts(site)) {
        const Server &server = mContext.server(ref);
        if (&server != except)
            names << server.name;
    }
    return names;
}

int PortPlanner::databaseSite(int site) const
{
    if (site >= 0 && mContext.site(site).isSecondary())
        return mContext.parentOf(site);
    return site;
}

void PortPlanner::add(const char *port, const char *protocol, PortDirection direction,
                      PortPeer peer, const char *purpose)
{
    // One requirement per port, direction and peer; roles that need the same one share it.
    for (PortRequirement &row : mRows) {
        if (std::strcmp(row.port, port) == 0 && std::strcmp(row.protocol, protocol) == 0 &&
            row.direction == direction && row.peer == peer) {
            const bool known =
                std::any_of(row.purposes.cbegin(), row.purposes.cend(),
                            [purpose](const char *p) { return std::strcmp(p, purpose) == 0; });
            if (!known)
                row.purposes.append(purpose);
            return;
        }
    }
    mRows.append(PortRequirement{port, protocol, direction, std::move(peer), {purpose}});
}

// The connections of the site itself: the site server installs and runs its site systems and
// talks to its parent and child sites; every other site system accepts that.
void PortPlanner::addSiteConnections(const ValidationContext::ServerRef &ref)
{
    const Server &server = mContext.server(ref);
    const int site = ref.site;
    if (ref.roles.contains(Role::SiteServer)) {
        const QStringList databases = databaseServers(site, &server);
        if (!databases.isEmpty())
            add("1433", kTcp, Outbound, {databases},
                QT_TRANSLATE_NOOP("hierarch::Report", "Site database (SQL Server)"));
        QStringList systems;
        for (const ValidationContext::ServerRef &other : mContext.servers(site)) {
            const Server &otherServer = mContext.server(other);
            if (&otherServer != &server && !other.roles.isEmpty())
                systems << otherServer.name;
        }
        if (!systems.isEmpty()) {
            add("445", kTcp, Outbound, {systems},
                QT_TRANSLATE_NOOP("hierarch::Report",
                                  "Installs site system roles and copies files (SMB)"));
            add(kRpc, kTcp, Outbound, {systems},
                QT_TRANSLATE_NOOP("hierarch::Report",
                                  "Service control and WMI on site systems (RPC endpoint mapper, "
                                  "then dynamic RPC ports)"));
        }
        if (mAddressPlan) {
            addSenderConnections(ref);
            return;
        }
        const int parent = mContext.parentOf(site);
        if (parent >= 0) {
            add("445", kTcp, Both,
                {serversWith(parent, Role::SiteServer),
                 QT_TRANSLATE_NOOP("hierarch::Report", "Parent site server")},
                QT_TRANSLATE_NOOP("hierarch::Report", "Site-to-site communication with the parent "
                                                      "site (standard sender, SMB)"));
        }
        QStringList children;
        for (int other : mContext.childrenOf(site)) {
            if (other != site)
                children += serversWith(other, Role::SiteServer);
        }
        if (!children.isEmpty())
            add("445", kTcp, Both, {children},
                QT_TRANSLATE_NOOP("hierarch::Report", "Site-to-site communication with the child "
                                                      "sites (standard sender, SMB)"));
    } else if (!ref.roles.isEmpty()) {
        const PortPeer siteServer{serversWith(site, Role::SiteServer, &server),
                                  QT_TRANSLATE_NOOP("hierarch::Report", "The site server")};
        add("445", kTcp, Inbound, siteServer,
            QT_TRANSLATE_NOOP("hierarch::Report",
                              "Role installation and file transfer from the site server (SMB)"));
        add(kRpc, kTcp, Inbound, siteServer,
            QT_TRANSLATE_NOOP("hierarch::Report",
                              "Service control and WMI from the site server (RPC endpoint "
                              "mapper, then dynamic RPC ports)"));
    }
}

// --- site addresses and senders -----------------------------------------------------------------
namespace {

// What a sender needs from the network between the sites (Microsoft "Ports Used by SMS" and "Ports
// Used in Configuration Manager": the standard sender copies to the destination site server's
// SMS_SITE share over SMB; a RAS sender dials the destination's RAS server over its line instead).
struct SenderPort
{
    const char *port;
    const char *protocol;
};

SenderPort senderPort(SenderType type)
{
    switch (type) {
    case SenderType::Standard:
        return {"445", kTcp};
    case SenderType::AsynchronousRas:
        return {"RAS", QT_TRANSLATE_NOOP("hierarch::Report", "Asynchronous RAS line")};
    case SenderType::IsdnRas:
        return {"RAS", QT_TRANSLATE_NOOP("hierarch::Report", "ISDN RAS line")};
    case SenderType::X25Ras:
        return {"RAS", QT_TRANSLATE_NOOP("hierarch::Report", "X.25 RAS line")};
    case SenderType::SnaRas:
        return {"RAS", QT_TRANSLATE_NOOP("hierarch::Report", "SNA RAS link")};
    case SenderType::Courier:
        break;
    }
    return {nullptr, nullptr};
}

} // namespace

void PortPlanner::addSenderConnections(const ValidationContext::ServerRef &ref)
{
    const int site = ref.site;
    const Site &own = mContext.site(site);
    for (const SenderAddress &address : own.addresses) {
        const SenderPort port = senderPort(address.effectiveType());
        if (!port.port)
            continue; // the courier sender uses removable media
        const int to = mContext.siteIndex(address.to);
        add(port.port, port.protocol, Outbound,
            {serversWith(to, Role::SiteServer),
             QT_TRANSLATE_NOOP("hierarch::Report", "Destination site server")},
            address.isRas()
                ? QT_TRANSLATE_NOOP("hierarch::Report",
                                    "RAS sender to another site (dials the destination's RAS "
                                    "server)")
                : QT_TRANSLATE_NOOP("hierarch::Report",
                                    "Standard sender to another site (SMS_SITE share, SMB)"));
    }
    // Only the first site with a code receives what is addressed to the code.
    if (mContext.siteIndex(own.code) != site)
        return;
    for (const auto &[from, address] : mSendersTo.value(ValidationContext::foldedKey(own.code))) {
        const SenderPort port = senderPort(address->effectiveType());
        if (!port.port || from == site)
            continue;
        add(port.port, port.protocol, Inbound,
            {serversWith(from, Role::SiteServer),
             QT_TRANSLATE_NOOP("hierarch::Report", "Sending site server")},
            address->isRas()
                ? QT_TRANSLATE_NOOP("hierarch::Report",
                                    "RAS sender of another site (its RAS server answers the line)")
                : QT_TRANSLATE_NOOP("hierarch::Report",
                                    "Standard sender of another site (SMS_SITE share, SMB)"));
    }
}
// --- end of site addresses ----------------------------------------------------------------------

void PortPlanner::addRolePort(const RolePort &row, const ValidationContext::ServerRef &ref,
                              const RoleAssignment &assignment, bool native)
{
    const Server &server = mContext.server(ref);
    const int site = ref.site;
    switch (row.when) {
    case When::Always:
        break;
    case When::BitsEnabled:
        if (!assignment.effectiveBits())
            return;
        break;
    case When::HasParentSite:
        if (mContext.parentOf(site) < 0)
            return;
        break;
    case When::CentralSite:
        if (mContext.parentOf(site) >= 0)
            return;
        break;
    }
    PortPeer peer{{}, description(row.peer)};
    switch (row.peer) {
    case Peer::OwnSiteDatabase:
        peer.servers = databaseServers(databaseSite(site), &server);
        break;
    case Peer::ServedSiteDatabase:
        peer.servers = databaseServers(mContext.servedSite(ref, assignment), &server);
        break;
    case Peer::ServedSiteDatabaseUsers: {
        const int served = mContext.servedSite(ref, assignment);
        for (Role user :
             {Role::SiteServer, Role::SmsProvider, Role::ManagementPoint, Role::ServerLocatorPoint,
              Role::ReportingPoint, Role::ReportingServicesPoint})
            peer.servers += serversWith(served, user, &server);
        peer.servers.removeDuplicates();
        break;
    }
    case Peer::ParentSoftwareUpdatePoint:
        peer.servers = serversWith(mContext.parentOf(site), Role::SoftwareUpdatePoint);
        break;
    default:
        break;
    }
    if (peer.servers.isEmpty() && !peer.description)
        return; // the plan names no server at the other end
    add(native ? row.port.native : row.port.mixed,
        native ? row.protocol.native : row.protocol.mixed, row.direction, std::move(peer),
        row.purpose);
}

QList<PortRequirement> PortPlanner::plan(const ValidationContext::ServerRef &ref)
{
    mRows.clear();
    const Server &server = mContext.server(ref);
    const bool configMgr = mContext.product() == Product::ConfigMgr2007;
    const bool native = configMgr && mContext.effectiveMode(ref.site) == ClientMode::Native;

    addSiteConnections(ref);
    // Each role's rows once per assignment of the role (a distribution point's BITS is per
    // assignment); a repeated assignment adds nothing new.
    for (const RolePort *row = std::begin(kRolePorts); row != std::end(kRolePorts);) {
        const RolePort *end = row;
        while (end != std::end(kRolePorts) && end->role == row->role)
            ++end;
        for (const RoleAssignment &assignment : server.roles) {
            if (assignment.role != row->role)
                continue;
            for (const RolePort *r = row; r != end; ++r)
                addRolePort(*r, ref, assignment, native);
        }
        row = end;
    }
    if (configMgr && server.effectiveAllowInternetClients() && server.hasIisRole())
        add("443", kHttps, Inbound,
            {{}, QT_TRANSLATE_NOOP("hierarch::Report", "Internet-based clients")},
            QT_TRANSLATE_NOOP("hierarch::Report", "Internet-based client management (HTTPS)"));

    // Inbound first, then both ways, then outbound; by port number inside each.
    auto rank = [](PortDirection d) {
        return d == Inbound ? 0 : d == Both ? 1 : 2;
    };
    auto number = [](const char *port) {
        return QString::fromLatin1(port)
            .section(QLatin1Char(' '), 0, 0)
            .remove(QLatin1Char(','))
            .toInt();
    };
    std::stable_sort(mRows.begin(), mRows.end(),
                     [&](const PortRequirement &a, const PortRequirement &b) {
                         if (rank(a.direction) != rank(b.direction))
                             return rank(a.direction) < rank(b.direction);
                         return number(a.port) < number(b.port);
                     });
    return mRows;
}

} // namespace

QList<ServerPortPlan> planPorts(const Plan &plan)
{
    const ValidationContext context(plan);
    PortPlanner planner(context);
    QList<ServerPortPlan> ports;
    for (int site = 0; site < context.siteCount(); ++site) {
        for (const ValidationContext::ServerRef &ref : context.servers(site)) {
            QList<PortRequirement> requirements = planner.plan(ref);
            if (!requirements.isEmpty())
                ports.append(
                    {context.site(site).code, context.server(ref).name, std::move(requirements)});
        }
    }
    return ports;
}

} // namespace hierarch
