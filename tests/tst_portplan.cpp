// The ports and firewall plan of the model: the facts a firewall administrator takes from the
// report's port table (the SQL, web, WSUS and SMB ports, who talks to whom, and that an SMS 2003
// plan asks for no ConfigMgr 2007 ports).
#include "io/planloader.h"
#include "ports/portplan.h"

#include <QDir>
#include <QtTest>

#include <cstring>

using namespace hierarch;

namespace {

// A ConfigMgr 2007 hierarchy: a central site with its database on its own server, a management
// point that is also the software update point, a distribution point without BITS, and a child
// primary site with everything on one server.
const char *kConfigMgrPlan = R"(hierarch: 1
name: Ports
product: configmgr2007
sites:
  - code: CEN
    clientMode: MODE
    servers:
      - name: CEN-SITE
        roles: [site-server, sms-provider]
      - name: CEN-SQL
        sql: {authentication: windows}
        roles: [site-database]
      - name: CEN-MP
        roles: [management-point, software-update-point]
      - name: CEN-DP
        roles: [{role: distribution-point, bits: false}]
  - code: P01
    parent: CEN
    clientMode: MODE
    servers:
      - name: P01-SITE
        sql: {authentication: windows}
        roles: [site-server, site-database, management-point, software-update-point,
                fallback-status-point]
)";

QList<ServerPortPlan> portsOf(const char *mode)
{
    const LoadResult loaded =
        loadPlan(QByteArray(kConfigMgrPlan).replace("MODE", mode), QStringLiteral("ports.yaml"));
    if (!loaded)
        qFatal("the test plan does not load: %s", qPrintable(loaded.error.message));
    return planPorts(*loaded.plan);
}

QList<PortRequirement> of(const QList<ServerPortPlan> &ports, const QString &server)
{
    for (const ServerPortPlan &p : ports) {
        if (p.server == server)
            return p.requirements;
    }
    return {};
}

// The requirement for this port and direction, or null.
const PortRequirement *find(const QList<PortRequirement> &requirements, const char *port,
                            PortDirection direction)
{
    for (const PortRequirement &r : requirements) {
        if (std::strcmp(r.port, port) == 0 && r.direction == direction)
            return &r;
    }
    return nullptr;
}

bool isClients(const PortPeer &peer)
{
    return peer.servers.isEmpty() && peer.description &&
           std::strcmp(peer.description, "Clients") == 0;
}

} // namespace

class TestPortPlan : public QObject
{
    Q_OBJECT

private slots:
    void sqlFromSiteServerAndManagementPoints();
    void webPortsFollowTheClientMode();
    void distributionPointWithoutBitsHasNoWebPort();
    void wsusPortsForSoftwareUpdatePoints();
    void smbBetweenSiteServers();
    void sms2003PlansNeedNoConfigMgrPorts();
};

void TestPortPlan::sqlFromSiteServerAndManagementPoints()
{
    const QList<ServerPortPlan> ports = portsOf("mixed");
    const PortRequirement *siteServer =
        find(of(ports, u"CEN-SITE"_qs), "1433", PortDirection::Outbound);
    QVERIFY(siteServer);
    QCOMPARE(siteServer->protocol, "TCP");
    QCOMPARE(siteServer->peer.servers, QStringList{u"CEN-SQL"_qs});
    const PortRequirement *mp = find(of(ports, u"CEN-MP"_qs), "1433", PortDirection::Outbound);
    QVERIFY(mp);
    QCOMPARE(mp->peer.servers, QStringList{u"CEN-SQL"_qs});
    const PortRequirement *database =
        find(of(ports, u"CEN-SQL"_qs), "1433", PortDirection::Inbound);
    QVERIFY(database);
    QVERIFY(database->peer.servers.contains(u"CEN-SITE"_qs));
    QVERIFY(database->peer.servers.contains(u"CEN-MP"_qs));
    // The database server opens no SQL connection of its own.
    QVERIFY(!find(of(ports, u"CEN-SQL"_qs), "1433", PortDirection::Outbound));
    // A server hosting its own site database needs no SQL port to itself.
    QVERIFY(!find(of(ports, u"P01-SITE"_qs), "1433", PortDirection::Outbound));
}

void TestPortPlan::webPortsFollowTheClientMode()
{
    const QList<PortRequirement> mixed = of(portsOf("mixed"), u"CEN-MP"_qs);
    const PortRequirement *http = find(mixed, "80", PortDirection::Inbound);
    QVERIFY(http);
    QCOMPARE(http->protocol, "TCP (HTTP)");
    QVERIFY(isClients(http->peer));
    QVERIFY(!find(mixed, "443", PortDirection::Inbound));

    const QList<PortRequirement> native = of(portsOf("native"), u"CEN-MP"_qs);
    const PortRequirement *https = find(native, "443", PortDirection::Inbound);
    QVERIFY(https);
    QCOMPARE(https->protocol, "TCP (HTTPS)");
    QVERIFY(isClients(https->peer));
    QVERIFY(!find(native, "80", PortDirection::Inbound));

    // The fallback status point stays on HTTP in native mode.
    const PortRequirement *fsp =
        find(of(portsOf("native"), u"P01-SITE"_qs), "80", PortDirection::Inbound);
    QVERIFY(fsp);
    QCOMPARE(fsp->protocol, "TCP (HTTP)");
}

void TestPortPlan::distributionPointWithoutBitsHasNoWebPort()
{
    const QList<PortRequirement> dp = of(portsOf("mixed"), u"CEN-DP"_qs);
    QVERIFY(!find(dp, "80", PortDirection::Inbound));
    QVERIFY(!find(dp, "443", PortDirection::Inbound));
    bool smbFromClients = false;
    for (const PortRequirement &r : dp)
        smbFromClients = smbFromClients || (std::strcmp(r.port, "445") == 0 && isClients(r.peer));
    QVERIFY(smbFromClients);
}

void TestPortPlan::wsusPortsForSoftwareUpdatePoints()
{
    const PortRequirement *mixed =
        find(of(portsOf("mixed"), u"CEN-MP"_qs), "8530", PortDirection::Inbound);
    QVERIFY(mixed);
    QCOMPARE(mixed->protocol, "TCP (HTTP)");
    const PortRequirement *native =
        find(of(portsOf("native"), u"CEN-MP"_qs), "8531", PortDirection::Inbound);
    QVERIFY(native);
    QCOMPARE(native->protocol, "TCP (HTTPS)");
    QVERIFY(!find(of(portsOf("native"), u"CEN-MP"_qs), "8530", PortDirection::Inbound));

    // The central site's update point synchronises with Microsoft Update, a child site's with
    // its parent's update point.
    QVERIFY(find(of(portsOf("mixed"), u"CEN-MP"_qs), "80, 443", PortDirection::Outbound));
    const PortRequirement *upstream =
        find(of(portsOf("mixed"), u"P01-SITE"_qs), "8530", PortDirection::Outbound);
    QVERIFY(upstream);
    QCOMPARE(upstream->peer.servers, QStringList{u"CEN-MP"_qs});
}

void TestPortPlan::smbBetweenSiteServers()
{
    const QList<ServerPortPlan> ports = portsOf("mixed");
    const PortRequirement *toChild = find(of(ports, u"CEN-SITE"_qs), "445", PortDirection::Both);
    QVERIFY(toChild);
    QCOMPARE(toChild->peer.servers, QStringList{u"P01-SITE"_qs});
    const PortRequirement *toParent = find(of(ports, u"P01-SITE"_qs), "445", PortDirection::Both);
    QVERIFY(toParent);
    QCOMPARE(toParent->peer.servers, QStringList{u"CEN-SITE"_qs});
    // The site server installs its site systems over SMB; they accept it from the site server.
    const PortRequirement *install =
        find(of(ports, u"CEN-SITE"_qs), "445", PortDirection::Outbound);
    QVERIFY(install);
    QCOMPARE(install->peer.servers, (QStringList{u"CEN-SQL"_qs, u"CEN-MP"_qs, u"CEN-DP"_qs}));
    const PortRequirement *accept = find(of(ports, u"CEN-MP"_qs), "445", PortDirection::Inbound);
    QVERIFY(accept);
    QCOMPARE(accept->peer.servers, QStringList{u"CEN-SITE"_qs});
}

void TestPortPlan::sms2003PlansNeedNoConfigMgrPorts()
{
    const QDir examples(QStringLiteral(HIERARCH_EXAMPLES_DIR));
    const QStringList files = examples.entryList({QStringLiteral("sms2003-*.yaml")});
    QVERIFY(!files.isEmpty());
    // WSUS, PXE, out of band management, the system health validator's directory queries and
    // HTTPS for native mode are ConfigMgr 2007 only.
    const QList<QByteArray> configMgrOnly{"8530", "8531",  "67, 68",    "69", "4011",
                                          "9971", "16993", "389, 3268", "443"};
    for (const QString &file : files) {
        const LoadResult loaded = loadPlanFile(examples.filePath(file));
        QVERIFY2(loaded, qPrintable(file));
        QCOMPARE(loaded.plan->product, Product::Sms2003);
        const QList<ServerPortPlan> ports = planPorts(*loaded.plan);
        QVERIFY(!ports.isEmpty());
        bool siteServerSql = false;
        for (const ServerPortPlan &server : ports) {
            for (const PortRequirement &r : server.requirements) {
                QVERIFY2(!configMgrOnly.contains(QByteArray(r.port)),
                         qPrintable(server.server + u": "_qs + QLatin1String(r.port)));
                QVERIFY(std::strcmp(r.protocol, "TCP (HTTPS)") != 0);
                siteServerSql = siteServerSql || std::strcmp(r.port, "1433") == 0;
            }
        }
        QVERIFY(siteServerSql);
    }
}

QTEST_GUILESS_MAIN(TestPortPlan)
#include "tst_portplan.moc"
