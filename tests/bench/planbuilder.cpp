#include "planbuilder.h"

#include <QMap>

#include <algorithm>

namespace hierarch::bench {

RoleAssignment makeRole(Role r)
{
    RoleAssignment a;
    a.role = r;
    return a;
}

void removeRole(Server &server, Role r)
{
    server.roles.removeIf([r](const RoleAssignment &a) { return a.role == r; });
}

bool onlyRole(const Server &server, Role r)
{
    return server.roles.size() == 1 && server.roles.first().role == r && !server.roles.first().site;
}

namespace {

using Slot = PlanBuilder::Slot;

Slot slot(const char *tag, std::initializer_list<Role> roles)
{
    Slot s;
    s.tag = QLatin1String(tag);
    for (Role r : roles)
        s.roles << makeRole(r);
    return s;
}

const char *const kCities[] = {
    "Amsterdam", "Athens",    "Auckland",  "Barcelona", "Berlin",     "Bogota",   "Boston",
    "Brussels",  "Cairo",     "Calgary",   "Chicago",   "Copenhagen", "Dallas",   "Dublin",
    "Edinburgh", "Frankfurt", "Geneva",    "Hamburg",   "Helsinki",   "Istanbul", "Johannesburg",
    "Kyoto",     "Lima",      "Lisbon",    "Lyon",      "Madrid",     "Manila",   "Melbourne",
    "Milan",     "Montreal",  "Mumbai",    "Munich",    "Nairobi",    "Osaka",    "Oslo",
    "Paris",     "Perth",     "Prague",    "Quito",     "Riga",       "Rome",     "Santiago",
    "Seattle",   "Seoul",     "Singapore", "Stockholm", "Sydney",     "Taipei",   "Toronto",
    "Turin",     "Valencia",  "Vienna",    "Warsaw",    "Zurich"};
constexpr int kCityCount = int(std::size(kCities));

// Site codes: a letter for the kind of site and two characters, 01-99 first (as people number
// sites), then the pairs with a letter in them; reserved names are skipped.
class CodeSequence
{
public:
    explicit CodeSequence(const char *letters) : mLetters(QLatin1String(letters))
    {
        static const QString alphabet = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
        for (int i = 1; i < 100; ++i)
            mTails << QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0'));
        for (int a = 0; a < 36; ++a) {
            for (int b = 0; b < 36; ++b) {
                if (a >= 10 || b >= 10)
                    mTails << QString(alphabet.at(a)) + alphabet.at(b);
            }
        }
    }

    QString next()
    {
        static const QStringList reserved{QStringLiteral("AUX"), QStringLiteral("CON"),
                                          QStringLiteral("NUL"), QStringLiteral("PRN"),
                                          QStringLiteral("SMS")};
        for (;;) {
            const qsizetype letter = mNext / mTails.size();
            Q_ASSERT(letter < mLetters.size()); // 3,885 primaries, 10,360 secondaries
            const QString code = mLetters.at(letter) + mTails.at(mNext % mTails.size());
            ++mNext;
            if (!reserved.contains(code))
                return code;
        }
    }

private:
    QString mLetters;
    QStringList mTails;
    qsizetype mNext = 0;
};

} // namespace

PlanBuilder::PlanBuilder(const GeneratorOptions &options) : mOptions(options), mRandom(options.seed)
{
    mPlan.product = options.product;
}

Plan PlanBuilder::run()
{
    const QString productName =
        cm() ? QStringLiteral("ConfigMgr 2007") : QStringLiteral("SMS 2003");
    mPlan.name =
        QStringLiteral("Fabrikam %1 hierarchy, %2 sites").arg(productName).arg(mOptions.sites);
    mPlan.author = QStringLiteral("Synthetic plan generator, seed %1").arg(mOptions.seed);
    mPlan.description = QStringLiteral(
        "Generated for performance measurements: regional and country primary sites under one "
        "central site, secondary branch sites, and a small share of every kind of problem.");
    mPlan.forest = QStringLiteral("fabrikam.example");
    mPlan.schemaExtended = true;
    mPlan.publishing = false; // the hierarchy-wide finding, and what exposes the central site

    planTree();
    orderSites();
    nameSites();
    distributeServers();
    buildSites();
    mSiteUsed.fill(false, mPlan.sites.size());
    for (const Site &s : std::as_const(mPlan.sites))
        mServerUsed << QList<bool>(s.servers.size(), false);

    plantStructure();
    plantSiteSystems();
    plantServerFacts();
    plantSiteSettings();
    addAccounts();
    plantAccountDefects();
    addAddresses();
    plantAddressDefects();
    addAttestations();
    addWaivers();
    plantBoundaries(); // last: it draws from the random sequence after everything else
    return mPlan;
}

// ---- the hierarchy ------------------------------------------------------------------------------

int PlanBuilder::addSpec(Tier tier, int parent)
{
    SiteSpec s;
    s.tier = tier;
    s.parent = parent;
    s.logicalParent = parent;
    mSpecs << s;
    const int index = int(mSpecs.size()) - 1;
    if (parent >= 0)
        mSpecs[parent].children << index;
    return index;
}

void PlanBuilder::planTree()
{
    const int n = mOptions.sites;
    addSpec(Tier::Central, -1);
    if (n == 1)
        return;
    // About a third primary sites, the rest secondary.
    int primaries = n <= 3 ? 1 : std::max(1, ((n - 1) * 34 + 50) / 100);
    int secondaries = n - 1 - primaries;

    QList<Odd> odds;
    const int oddBudget = std::min(5, n / 10);
    for (Odd odd : {Odd::SecondaryUnderSecondary, Odd::UnknownParent, Odd::DuplicateCode,
                    Odd::InvalidCode, Odd::Cycle}) {
        if (odds.size() >= oddBudget)
            break;
        int &pool = odd == Odd::Cycle ? primaries : secondaries;
        if (pool < 3)
            continue;
        --pool;
        odds << odd;
    }

    int regionCount = 1;
    while (regionCount * regionCount < primaries)
        ++regionCount;
    QList<int> regions;
    QList<int> areas;
    for (int i = 0; i < regionCount; ++i)
        regions << addSpec(Tier::Region, 0);
    for (int i = regionCount; i < primaries; ++i)
        areas << addSpec(Tier::Area, mRandom.one(regions));
    const QList<int> allPrimaries = regions + areas;

    // One small primary site with every role on its only server.
    const QList<int> &smallPool = areas.isEmpty() ? regions : areas;
    if (primaries >= 2 && mOptions.servers <= 12 * (n - 1) + 1) {
        SiteSpec &small = mSpecs[mRandom.one(smallPool)];
        small.servers = 1;
        small.fixedServers = true;
    }
    // A retail-style primary with more secondary sites than one primary supports.
    int hub = -1;
    if (secondaries >= 600 && !areas.isEmpty()) {
        QList<int> candidates;
        for (int a : areas) {
            if (!spec(a).fixedServers)
                candidates << a;
        }
        if (!candidates.isEmpty())
            hub = mRandom.one(candidates);
    }

    QList<int> parentPool{0};
    for (int r : regions)
        parentPool << r << r;
    for (int a : areas)
        parentPool << a << a << a;
    QList<int> normal;
    for (int i = 0; i < secondaries; ++i)
        normal << addSpec(Tier::Secondary, hub >= 0 && i <= 500 ? hub : mRandom.one(parentPool));

    for (Odd odd : odds) {
        int s = -1;
        switch (odd) {
        case Odd::SecondaryUnderSecondary:
            s = addSpec(Tier::Secondary, mRandom.one(normal));
            break;
        case Odd::InvalidCode:
            s = addSpec(Tier::Secondary, mRandom.one(allPrimaries));
            break;
        case Odd::UnknownParent:
            s = addSpec(Tier::Secondary, -1);
            break;
        case Odd::DuplicateCode:
            s = addSpec(Tier::Secondary, -1);
            mSpecs[s].logicalParent = mRandom.one(allPrimaries);
            break;
        case Odd::Cycle:
            s = addSpec(Tier::Area, -1);
            break;
        case Odd::None:
            continue;
        }
        mSpecs[s].odd = odd;
    }
}

void PlanBuilder::orderSites()
{
    // Depth first from the central site, each primary followed by its subtree, as an architect
    // would write the file; detached sites last.
    QList<int> order;
    std::function<void(int)> visit = [&](int i) {
        order << i;
        for (int child : std::as_const(mSpecs[i].children))
            visit(child);
    };
    visit(0);
    for (int i = 1; i < int(mSpecs.size()); ++i) {
        if (mSpecs.at(i).parent < 0)
            order << i;
    }
    QList<int> position(mSpecs.size(), -1);
    for (int k = 0; k < int(order.size()); ++k)
        position[order.at(k)] = k;
    const auto moved = [&](int i) {
        return i >= 0 ? position.at(i) : -1;
    };
    QList<SiteSpec> sorted;
    for (int i : order) {
        SiteSpec s = mSpecs.at(i);
        s.parent = moved(s.parent);
        s.logicalParent = moved(s.logicalParent);
        for (int &child : s.children)
            child = moved(child);
        sorted << s;
    }
    mSpecs = sorted;
}

void PlanBuilder::nameSites()
{
    CodeSequence primaryCodes("PQR");
    CodeSequence secondaryCodes("STUVWXYZ");
    QList<int> earlierSecondaries;
    int cityNumber = 0;
    for (int i = 0; i < int(mSpecs.size()); ++i) {
        SiteSpec &s = mSpecs[i];
        switch (s.tier) {
        case Tier::Central:
            s.code = QStringLiteral("CEN");
            break;
        case Tier::Region:
        case Tier::Area:
            s.code = primaryCodes.next();
            break;
        case Tier::Secondary:
            s.code = s.odd == Odd::InvalidCode ? QStringLiteral("SMS") : secondaryCodes.next();
            break;
        }
        s.prefix = s.code;
        if (s.odd == Odd::DuplicateCode && !earlierSecondaries.isEmpty())
            s.code = spec(mRandom.one(earlierSecondaries)).code;
        if (s.tier == Tier::Secondary && s.odd == Odd::None)
            earlierSecondaries << i;

        QString city = QLatin1String(kCities[cityNumber % kCityCount]);
        if (cityNumber >= kCityCount)
            city += QLatin1Char(' ') + QString::number(cityNumber / kCityCount + 1);
        ++cityNumber;
        switch (s.tier) {
        case Tier::Central:
            s.name = QStringLiteral("Headquarters");
            --cityNumber;
            break;
        case Tier::Region:
            s.name = city + QStringLiteral(" region");
            break;
        case Tier::Area:
            s.name = city;
            break;
        case Tier::Secondary:
            s.name = city + QStringLiteral(" branch");
            break;
        }
    }
    for (int i = 0; i < int(mSpecs.size()); ++i) {
        SiteSpec &s = mSpecs[i];
        if (s.odd == Odd::UnknownParent)
            s.parentCode = QStringLiteral("OLD"); // a retired site
        else if (s.odd == Odd::Cycle)
            s.parentCode = s.code;
        else if (s.logicalParent >= 0)
            s.parentCode = spec(s.logicalParent).code;
        // Each region has its own DNS domain below the forest's.
        int region = i;
        for (int step = 0; region >= 0 && step < 8 && spec(region).tier != Tier::Region; ++step)
            region = spec(region).logicalParent;
        s.domain = region >= 0 && spec(region).tier == Tier::Region
                       ? spec(region).code.toLower() + QStringLiteral(".fabrikam.example")
                       : QStringLiteral("fabrikam.example");
    }
}

void PlanBuilder::distributeServers()
{
    int remaining = mOptions.servers;
    qint64 weightSum = 0;
    QList<int> weight(mSpecs.size(), 0);
    QList<int> free;
    for (int i = 0; i < int(mSpecs.size()); ++i) {
        if (spec(i).fixedServers) {
            remaining -= spec(i).servers;
            continue;
        }
        switch (spec(i).tier) {
        case Tier::Central:
            weight[i] = 14;
            break;
        case Tier::Region:
            weight[i] = 12 + mRandom.below(3);
            break;
        case Tier::Area:
            weight[i] = 9 + mRandom.below(5);
            break;
        case Tier::Secondary:
            weight[i] = 4 + mRandom.below(7);
            break;
        }
        weightSum += weight[i];
        free << i;
    }
    int assigned = 0;
    for (int i : std::as_const(free)) {
        const int share = int(qint64(weight[i]) * remaining / weightSum);
        mSpecs[i].servers = std::clamp(share, 1, 12);
        assigned += mSpecs[i].servers;
    }
    // Even out to the exact total; remaining lies within [free, 12 * free], so this ends.
    QList<int> order = pick(free, int(free.size()));
    int diff = remaining - assigned;
    while (diff != 0) {
        for (int i : std::as_const(order)) {
            int &count = mSpecs[i].servers;
            if (diff > 0 && count < 12) {
                ++count;
                --diff;
            } else if (diff < 0 && count > 1) {
                --count;
                ++diff;
            }
            if (diff == 0)
                break;
        }
    }
}

QList<Slot> PlanBuilder::slotsFor(SiteSpec &spec)
{
    const int n = spec.servers;
    QList<Slot> list;
    if (spec.tier == Tier::Secondary) {
        Slot siteServer = slot("SITE", {Role::SiteServer});
        if (!cm())
            siteServer.roles << makeRole(Role::ClientAccessPoint);
        if (n == 1) {
            // A one-server branch: SMS 2003 branches often serve packages without BITS, which
            // keeps IIS off the site server.
            RoleAssignment dp = makeRole(Role::DistributionPoint);
            if (!cm())
                dp.bits = false;
            siteServer.roles << dp;
        }
        list << siteServer;
        if (n >= 2)
            list << slot("DP", {Role::DistributionPoint});
        if (n >= 3 && mRandom.percent(12))
            list << slot("MP", {Role::ManagementPoint}); // a proxy management point
        if (cm() && n >= 4 && mRandom.percent(40))
            list << slot("PXE", {Role::PxeServicePoint});
        if (cm() && n >= 6 && mRandom.percent(25))
            list << slot("SMP", {Role::StateMigrationPoint});
        if (!cm() && n >= 6 && mRandom.percent(20))
            list << slot("CAP", {Role::ClientAccessPoint});
        while (list.size() < n)
            list << slot("DP", {Role::DistributionPoint});
        return list;
    }

    const bool central = spec.tier == Tier::Central;
    spec.remoteSql = central ? n >= 4 : n >= 8 && mRandom.percent(30);
    Slot siteServer = slot("SITE", {Role::SiteServer});
    if (!spec.remoteSql)
        siteServer.roles << makeRole(Role::SiteDatabase);
    siteServer.roles << makeRole(Role::SmsProvider);
    if (!cm())
        siteServer.roles << makeRole(Role::ClientAccessPoint);
    if (central) {
        // The central site server is also its management point: the planted
        // trusted-root-key-separation finding (the plan does not publish to AD).
        siteServer.roles << makeRole(Role::ManagementPoint);
        if (cm())
            siteServer.roles << makeRole(Role::AssetIntelligenceSyncPoint);
    }
    list << siteServer;
    if (spec.remoteSql)
        list << slot("SQL", {Role::SiteDatabase});
    list << (central ? slot("WEB", {Role::ServerLocatorPoint, Role::ReportingPoint})
                     : slot("MP", {Role::ManagementPoint}));
    if (cm()) {
        list << slot("FSP", {Role::FallbackStatusPoint}) << slot("DP", {Role::DistributionPoint})
             << slot("SUP", {Role::SoftwareUpdatePoint});
        if (!central)
            list << slot("RP", {Role::ReportingPoint});
        if (n >= 6 && mRandom.percent(25)) {
            Slot internet = slot("IDP", {Role::DistributionPoint});
            internet.zone = mRandom.percent(30) ? Zone::Internet : Zone::Perimeter;
            internet.internetClients = true;
            list << internet;
        }
        list << slot("PXE", {Role::PxeServicePoint}) << slot("DP", {Role::DistributionPoint})
             << slot("SMP", {Role::StateMigrationPoint})
             << slot("RSP", {Role::ReportingServicesPoint});
        if (mRandom.percent(15))
            list << slot("SHV", {Role::SystemHealthValidatorPoint});
        if (mRandom.percent(10))
            list << slot("OOB", {Role::OutOfBandServicePoint});
        if (mRandom.percent(15))
            list << slot("BDP", {Role::BranchDistributionPoint});
    } else {
        list << slot("DP", {Role::DistributionPoint});
        if (!central)
            list << slot("RP", {Role::ReportingPoint});
        if (n >= 6 && mRandom.percent(20)) {
            Slot perimeter = slot("PDP", {Role::DistributionPoint});
            perimeter.zone = Zone::Perimeter;
            list << perimeter;
        }
        list << slot("DP", {Role::DistributionPoint}) << slot("CAP", {Role::ClientAccessPoint});
    }

    // Fewer servers than roles: the IIS roles move to the web-facing server (or, on a one-server
    // site, to the site server); the optional non-IIS roles are left out.
    if (list.size() > n) {
        const int webServer = n >= 2 ? (spec.remoteSql ? 2 : 1) : 0;
        for (qsizetype k = n; k < list.size(); ++k) {
            for (const RoleAssignment &r : std::as_const(list.at(k).roles)) {
                const bool core =
                    r.role == Role::ManagementPoint || r.role == Role::DistributionPoint;
                const bool web = r.role == Role::SoftwareUpdatePoint ||
                                 r.role == Role::ReportingPoint ||
                                 r.role == Role::ServerLocatorPoint;
                const bool wanted = r.needsIis() && (core || (web && webServer > 0));
                bool present = false;
                for (const RoleAssignment &existing : std::as_const(list.at(webServer).roles))
                    present = present || existing.role == r.role;
                if (wanted && !present && webServer < n)
                    list[webServer].roles << makeRole(r.role);
            }
        }
        list.resize(n);
    }
    while (list.size() < n)
        list << slot("DP", {Role::DistributionPoint});
    return list;
}

// PKI: the name Internet-based clients use, in the company's public DNS zone.
static QString internetFqdnOf(const Server &server)
{
    return server.name.toLower() + QStringLiteral(".clients.contoso.example");
}

Server PlanBuilder::makeServer(const SiteSpec &spec, const Slot &slot, int number)
{
    Server s;
    s.name = spec.prefix + QLatin1Char('-') + slot.tag +
             QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'));
    s.fqdn = s.name.toLower() + QLatin1Char('.') + spec.domain;
    const int os = mRandom.below(100);
    if (cm()) {
        if (os >= 40)
            s.os = os < 55   ? OperatingSystem::Windows2003Sp2
                   : os < 80 ? OperatingSystem::Windows2008
                   : os < 92 ? OperatingSystem::Windows2008R2
                             : OperatingSystem::Windows2003Sp1;
    } else if (os >= 55) {
        s.os = os < 75 ? OperatingSystem::Windows2003Sp2 : OperatingSystem::Windows2003Sp1;
    }
    if (mRandom.percent(15))
        s.fileSystem = FileSystem::Ntfs;
    if (mRandom.percent(10))
        s.staticIp = true;
    if (mRandom.percent(10))
        s.securityConfigurationWizard = true;
    s.roles = slot.roles;
    if (s.hasRole(Role::ManagementPoint))
        s.ipsec = true; // the management point reaches a database on another server
    if (slot.zone != Zone::Intranet) {
        s.zone = slot.zone;
        if (cm()) // the setting exists in ConfigMgr 2007 only
            s.siteServerInitiatedTransfers = true;
        s.ipsec = true;
        if (slot.internetClients) {
            s.allowInternetClients = true;
            s.internetFqdn = internetFqdnOf(s); // PKI
        }
    }
    if (s.hasRole(Role::SiteDatabase) && mRandom.percent(85)) {
        SqlSettings sql;
        sql.authentication = SqlAuthentication::Windows;
        sql.serviceAccount = SqlServiceAccount::DomainUser;
        if (mRandom.percent(30))
            sql.spnRegistered = true;
        s.sql = sql;
    }
    return s;
}

void PlanBuilder::buildSites()
{
    for (int i = 0; i < int(mSpecs.size()); ++i) {
        SiteSpec &spec = mSpecs[i];
        Site site;
        site.code = spec.code;
        site.name = spec.name;
        if (spec.tier == Tier::Secondary)
            site.type = SiteType::Secondary;
        if (!spec.parentCode.isEmpty())
            site.parent = spec.parentCode;
        switch (spec.tier) {
        case Tier::Central:
            site.clients = mRandom.between(10, 40) * 100;
            break;
        case Tier::Region:
            site.clients = mRandom.between(20, 150) * 100;
            break;
        case Tier::Area:
            site.clients =
                mRandom.between(spec.servers == 1 ? 3 : 5, spec.servers == 1 ? 12 : 150) * 100;
            break;
        case Tier::Secondary:
            break; // clients are assigned to primary sites
        }
        if (cm()) {
            if (spec.primary()) {
                site.clientMode = ClientMode::Native;
                // Clients cannot use Active Directory (publishing is off), so native-mode
                // clients reach the server locator point only over HTTP (site-assignment-no-slp).
                site.httpRoaming = true;
            }
        } else {
            site.securityMode = SecurityMode::Advanced;
            site.secureKeyExchange = true;
            site.acceptUnsignedData = false;
        }
        if (spec.tier == Tier::Secondary && mRandom.percent(60))
            site.installation = Installation::Local;

        QMap<QString, int> numbers;
        for (const Slot &s : slotsFor(spec)) {
            site.servers << makeServer(spec, s, ++numbers[s.tag]);
        }
        addBoundaries(site, i);
        mPlan.sites << site;
    }
}

// ---- planting -----------------------------------------------------------------------------------

int PlanBuilder::countInSite(int i, const ServerTest &test)
{
    int count = 0;
    for (int k = 0; k < int(site(i).servers.size()); ++k)
        count += test({i, k}) ? 1 : 0;
    return count;
}

QList<PlanBuilder::Ref> PlanBuilder::servers(const ServerTest &test, Use use)
{
    QList<Ref> out;
    for (int i = 0; i < int(mPlan.sites.size()); ++i) {
        if (spec(i).odd != Odd::None)
            continue;
        for (int k = 0; k < int(site(i).servers.size()); ++k) {
            if ((use == Use::Reuse || !mServerUsed.at(i).at(k)) && test({i, k}))
                out << Ref{i, k};
        }
    }
    return out;
}

QList<int> PlanBuilder::sites(const SiteTest &test, Use use)
{
    QList<int> out;
    for (int i = 0; i < int(mPlan.sites.size()); ++i) {
        if (spec(i).odd == Odd::None && (use == Use::Reuse || !mSiteUsed.at(i)) && test(i))
            out << i;
    }
    return out;
}

QList<PlanBuilder::Ref> PlanBuilder::take(QList<Ref> candidates, int permille)
{
    const int count = std::max(1, int(candidates.size() * permille / 1000));
    const QList<Ref> chosen = pick(std::move(candidates), count);
    for (Ref r : chosen)
        mServerUsed[r.first][r.second] = true;
    return chosen;
}

QList<int> PlanBuilder::takeSites(QList<int> candidates, int permille)
{
    const int count = std::max(1, int(candidates.size() * permille / 1000));
    const QList<int> chosen = pick(std::move(candidates), count);
    for (int i : chosen)
        mSiteUsed[i] = true;
    return chosen;
}

void PlanBuilder::makePerimeter(Ref r, bool internetClients)
{
    Server &s = server(r);
    s.zone = Zone::Perimeter;
    if (cm())
        s.siteServerInitiatedTransfers = true;
    s.ipsec = true;
    if (internetClients) {
        s.allowInternetClients = true;
        s.internetFqdn = internetFqdnOf(s); // PKI
    }
}

} // namespace hierarch::bench
