// The port plan of REPORT.md section 12: for each server, the ports its roles need, with the
// default port numbers of the product documentation (SMS 2003 and Configuration Manager 2007
// "Ports used by ..." references). Peers are named from the plan where it says who they are.
#include "reportdata.h"

#include <QCoreApplication>

namespace hierarch {

namespace {

// The port texts belong to the report's context; PortPlanner declares it too, so that lupdate
// files its tr() calls where the runtime looks them up.
struct PortText
{
    Q_DECLARE_TR_FUNCTIONS(hierarch::Report)
};

using Direction = ReportData::Direction;
using PortRow = ReportData::PortRow;

// A list of server names as a peer; long lists are shortened so a row stays readable.
QString namesOf(const QStringList &names, const QString &whenEmpty)
{
    if (names.isEmpty())
        return whenEmpty;
    constexpr int kShown = 6;
    if (names.size() <= kShown)
        return names.join(QLatin1String(", "));
    return PortText::tr("%1 and %2 more")
        .arg(names.mid(0, kShown).join(QLatin1String(", ")))
        .arg(names.size() - kShown);
}

class PortPlanner
{
    Q_DECLARE_TR_FUNCTIONS(hierarch::Report)

public:
    explicit PortPlanner(const ValidationContext &context) : mContext(context) {}

    ReportData::ServerPorts plan(const ValidationContext::ServerRef &ref);

private:
    void add(const QString &port, const QString &protocol, Direction direction, const QString &peer,
             const QString &purpose);
    QStringList serversWith(int site, Role role, const Server *except = nullptr) const;
    QStringList databaseServers(int site, const Server *except) const;
    // The site whose database a management point uses: a secondary site's proxy management
    // point works for its parent primary site.
    int databaseSite(int site) const;

    const ValidationContext &mContext;
    QList<PortRow> mRows;
};

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

void PortPlanner::add(const QString &port, const QString &protocol, Direction direction,
                      const QString &peer, const QString &purpose)
{
    // One row per port, direction and peer; roles that need the same one share it.
    for (PortRow &row : mRows) {
        if (row.port == port && row.protocol == protocol && row.direction == direction &&
            row.peer == peer) {
            if (!row.purpose.contains(purpose))
                row.purpose += QLatin1String("; ") + purpose;
            return;
        }
    }
    mRows.append(PortRow{port, protocol, direction, peer, purpose});
}

ReportData::ServerPorts PortPlanner::plan(const ValidationContext::ServerRef &ref)
{
    mRows.clear();
    const Server &server = mContext.server(ref);
    const int site = ref.site;
    const RoleSet roles = ref.roles;
    const bool configMgr = mContext.product() == Product::ConfigMgr2007;
    const bool native = configMgr && mContext.effectiveMode(site) == ClientMode::Native;
    // Client-facing IIS roles: HTTPS for native-mode sites, HTTP otherwise.
    const QString web = native ? QStringLiteral("443") : QStringLiteral("80");
    const QString webProtocol = native ? tr("TCP (HTTPS)") : tr("TCP (HTTP)");
    const QString tcp = QStringLiteral("TCP");
    const QString udp = QStringLiteral("UDP");
    const QString clients = tr("Clients");
    const QString rpc = tr("135 + dynamic");
    const QStringList siteServers = serversWith(site, Role::SiteServer, &server);
    const QString siteServerPeer = namesOf(siteServers, tr("The site server"));

    if (roles.contains(Role::SiteServer)) {
        const QStringList databases = databaseServers(site, &server);
        if (!databases.isEmpty())
            add(QStringLiteral("1433"), tcp, Direction::Outbound, namesOf(databases, {}),
                tr("Site database (SQL Server)"));
        QStringList systems;
        for (const ValidationContext::ServerRef &other : mContext.servers(site)) {
            const Server &otherServer = mContext.server(other);
            if (&otherServer != &server && !other.roles.isEmpty())
                systems << otherServer.name;
        }
        if (!systems.isEmpty()) {
            const QString peer = namesOf(systems, {});
            add(QStringLiteral("445"), tcp, Direction::Outbound, peer,
                tr("Installs site system roles and copies files (SMB)"));
            add(rpc, tcp, Direction::Outbound, peer,
                tr("Service control and WMI on site systems (RPC endpoint mapper, then dynamic "
                   "RPC ports)"));
        }
        const int parent = mContext.parentOf(site);
        if (parent >= 0) {
            add(QStringLiteral("445"), tcp, Direction::Both,
                namesOf(serversWith(parent, Role::SiteServer), tr("Parent site server")),
                tr("Site-to-site communication with the parent site (standard sender, SMB)"));
        }
        QStringList children;
        for (int other : mContext.childrenOf(site)) {
            if (other != site)
                children += serversWith(other, Role::SiteServer);
        }
        if (!children.isEmpty())
            add(QStringLiteral("445"), tcp, Direction::Both, namesOf(children, {}),
                tr("Site-to-site communication with the child sites (standard sender, SMB)"));
    } else if (!roles.isEmpty()) {
        add(QStringLiteral("445"), tcp, Direction::Inbound, siteServerPeer,
            tr("Role installation and file transfer from the site server (SMB)"));
        add(rpc, tcp, Direction::Inbound, siteServerPeer,
            tr("Service control and WMI from the site server (RPC endpoint mapper, then dynamic "
               "RPC ports)"));
    }

    for (const RoleAssignment &role : server.roles) {
        if (role.role == Role::SiteDatabase) {
            const int served = mContext.servedSite(ref, role);
            QStringList peers = serversWith(served, Role::SiteServer, &server);
            peers += serversWith(served, Role::SmsProvider, &server);
            peers += serversWith(served, Role::ManagementPoint, &server);
            peers += serversWith(served, Role::ServerLocatorPoint, &server);
            peers += serversWith(served, Role::ReportingPoint, &server);
            peers += serversWith(served, Role::ReportingServicesPoint, &server);
            peers.removeDuplicates();
            if (!peers.isEmpty())
                add(QStringLiteral("1433"), tcp, Direction::Inbound, namesOf(peers, {}),
                    tr("Site database (SQL Server) for the site server, SMS Provider and "
                       "management points"));
        } else if (role.role == Role::SmsProvider) {
            add(rpc, tcp, Direction::Inbound, tr("Administrator consoles, site server"),
                tr("SMS Provider: DCOM and WMI (RPC endpoint mapper, then dynamic RPC ports)"));
            const QStringList databases = databaseServers(mContext.servedSite(ref, role), &server);
            if (!databases.isEmpty())
                add(QStringLiteral("1433"), tcp, Direction::Outbound, namesOf(databases, {}),
                    tr("Site database (SQL Server)"));
        }
    }

    const QStringList ownDatabase = databaseServers(databaseSite(site), &server);
    auto needsDatabase = [&](const QString &why) {
        if (!ownDatabase.isEmpty())
            add(QStringLiteral("1433"), tcp, Direction::Outbound, namesOf(ownDatabase, {}), why);
    };

    if (roles.contains(Role::ClientAccessPoint))
        add(QStringLiteral("445"), tcp, Direction::Inbound, clients,
            tr("Client access point inboxes (SMB)"));
    if (roles.contains(Role::ManagementPoint)) {
        add(web, webProtocol, Direction::Inbound, clients,
            tr("Management point: policy, inventory and status from clients"));
        needsDatabase(tr("Management point reads and writes the site database"));
    }
    for (const RoleAssignment &role : server.roles) {
        if (role.role != Role::DistributionPoint)
            continue;
        if (role.effectiveBits())
            add(web, webProtocol, Direction::Inbound, clients,
                tr("Distribution point: package content over BITS"));
        add(QStringLiteral("445"), tcp, Direction::Inbound, clients,
            tr("Distribution point: package content (SMB)"));
    }
    if (roles.contains(Role::BranchDistributionPoint)) {
        add(QStringLiteral("445"), tcp, Direction::Inbound, clients,
            tr("Branch distribution point: package content (SMB)"));
        add(web, webProtocol, Direction::Outbound, tr("Standard distribution points"),
            tr("Branch distribution point downloads packages (BITS)"));
    }
    if (roles.contains(Role::ServerLocatorPoint)) {
        add(QStringLiteral("80"), tr("TCP (HTTP)"), Direction::Inbound, clients,
            tr("Server locator point: site assignment and management point lookup"));
        needsDatabase(tr("Server locator point reads the site database"));
    }
    if (roles.contains(Role::ReportingPoint)) {
        add(web, webProtocol, Direction::Inbound, tr("Report viewers"),
            tr("Reporting point web reports"));
        needsDatabase(tr("Reporting point reads the site database"));
    }
    if (roles.contains(Role::ReportingServicesPoint)) {
        add(web, webProtocol, Direction::Inbound, tr("Report viewers"),
            tr("SQL Server Reporting Services reports"));
        needsDatabase(tr("Reporting services point reads the site database"));
    }
    if (roles.contains(Role::FallbackStatusPoint))
        add(QStringLiteral("80"), tr("TCP (HTTP)"), Direction::Inbound, clients,
            tr("Fallback status point: state messages (always HTTP, also in native mode)"));
    if (roles.contains(Role::SoftwareUpdatePoint)) {
        add(native ? QStringLiteral("8531") : QStringLiteral("8530"),
            native ? tr("TCP (HTTPS)") : tr("TCP (HTTP)"), Direction::Inbound, clients,
            tr("Software update point: WSUS on its own web site (80/443 when WSUS uses the "
               "default web site)"));
        const int parent = mContext.parentOf(site);
        if (parent >= 0)
            add(QStringLiteral("8530"), tr("TCP (HTTP)"), Direction::Outbound,
                namesOf(serversWith(parent, Role::SoftwareUpdatePoint),
                        tr("Parent site's software update point")),
                tr("Synchronises with the upstream software update point"));
        else
            add(QStringLiteral("80, 443"), tcp, Direction::Outbound, tr("Microsoft Update"),
                tr("Synchronises the update catalog"));
    }
    if (roles.contains(Role::PxeServicePoint)) {
        add(QStringLiteral("67, 68"), udp, Direction::Inbound, clients, tr("DHCP for PXE boot"));
        add(QStringLiteral("69"), udp, Direction::Inbound, clients,
            tr("TFTP download of the boot image"));
        add(QStringLiteral("4011"), udp, Direction::Inbound, clients, tr("PXE boot requests"));
    }
    if (roles.contains(Role::StateMigrationPoint))
        add(web, webProtocol, Direction::Inbound, clients,
            tr("State migration point: stores and restores user state"));
    if (roles.contains(Role::SystemHealthValidatorPoint))
        add(QStringLiteral("389, 3268"), tcp, Direction::Outbound,
            tr("Domain controllers, global catalog"),
            tr("System health validator reads health state references from Active Directory"));
    if (roles.contains(Role::AssetIntelligenceSyncPoint))
        add(QStringLiteral("443"), tr("TCP (HTTPS)"), Direction::Outbound,
            tr("System Center Online (Microsoft)"),
            tr("Asset Intelligence catalog synchronisation"));
    if (roles.contains(Role::OutOfBandServicePoint)) {
        add(QStringLiteral("9971"), tcp, Direction::Inbound, tr("AMT-based computers"),
            tr("AMT provisioning requests"));
        add(QStringLiteral("16993"), tcp, Direction::Outbound, tr("AMT-based computers"),
            tr("Out of band management (TLS)"));
    }
    if (configMgr && server.effectiveAllowInternetClients() && server.hasIisRole())
        add(QStringLiteral("443"), tr("TCP (HTTPS)"), Direction::Inbound,
            tr("Internet-based clients"), tr("Internet-based client management (HTTPS)"));

    // Inbound first, then both ways, then outbound; by port number inside each.
    std::stable_sort(mRows.begin(), mRows.end(), [](const PortRow &a, const PortRow &b) {
        auto rank = [](Direction d) {
            return d == Direction::Inbound ? 0 : d == Direction::Both ? 1 : 2;
        };
        if (rank(a.direction) != rank(b.direction))
            return rank(a.direction) < rank(b.direction);
        return a.port.section(QLatin1Char(' '), 0, 0).remove(QLatin1Char(',')).toInt() <
               b.port.section(QLatin1Char(' '), 0, 0).remove(QLatin1Char(',')).toInt();
    });
    return ReportData::ServerPorts{mContext.site(site).code, server.name, mRows};
}

} // namespace

void ReportData::computePorts()
{
    PortPlanner planner(*mContext);
    for (int site = 0; site < mContext->siteCount(); ++site) {
        for (const ValidationContext::ServerRef &ref : mContext->servers(site)) {
            ServerPorts ports = planner.plan(ref);
            if (!ports.rows.isEmpty())
                mPorts.append(ports);
        }
    }
}

} // namespace hierarch
