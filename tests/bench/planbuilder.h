#pragma once

#include "plangenerator.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <random>

namespace hierarch::bench {

// std::mt19937's sequence is fixed by the standard, the distributions are not: ranges are mapped
// here so that a seed gives the same plan with every standard library.
class Random
{
public:
    explicit Random(quint32 seed) : mEngine(seed) {}

    // 0 <= result < n (0 when n <= 1).
    int below(int n) { return n <= 1 ? 0 : int(quint32(mEngine()) % quint32(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool percent(int p) { return below(100) < p; }
    template<typename T>
    const T &one(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }

private:
    std::mt19937 mEngine;
};

// The generator's state while it builds one plan (generatePlan() is the interface). The healthy
// hierarchy is built first (planbuilder.cpp); then defects are planted on a small share of it
// (planbuilderdefects.cpp), each on servers and sites no other defect uses, so one cause never
// hides another.
class PlanBuilder
{
public:
    explicit PlanBuilder(const GeneratorOptions &options);
    Plan run();

    enum class Tier { Central, Region, Area, Secondary };
    // Structure problems that take a whole site. They cost a site each, so a plan gets at most
    // one per ten sites; the detached ones go to the end of the file, away from the drawn tree.
    enum class Odd {
        None,
        SecondaryUnderSecondary,
        UnknownParent,
        DuplicateCode,
        InvalidCode,
        Cycle
    };

    struct SiteSpec
    {
        Tier tier = Tier::Secondary;
        Odd odd = Odd::None;
        int parent = -1;        // place in the tree (document order follows it); -1 = detached
        int logicalParent = -1; // the parent the file names, where that is a site of the plan
        QList<int> children;
        int servers = 1;
        bool fixedServers = false;
        bool remoteSql = false;
        QString code;
        QString prefix; // server names start with it; unique even where codes collide
        QString parentCode;
        QString domain;
        QString name;

        bool primary() const { return tier != Tier::Secondary; }
    };

    // One server to be: a name tag (SITE, SQL, MP, ...) and its roles.
    struct Slot
    {
        QString tag;
        QList<RoleAssignment> roles;
        Zone zone = Zone::Intranet;
        bool internetClients = false;
    };

private:
    using Ref = std::pair<int, int>; // site index, server index
    using ServerTest = std::function<bool(Ref)>;
    using SiteTest = std::function<bool(int)>;

    bool cm() const { return mPlan.product == Product::ConfigMgr2007; }

    // planbuilder.cpp: the healthy plan
    void planTree();
    int addSpec(Tier tier, int parent);
    void orderSites();
    void nameSites();
    void distributeServers();
    void buildSites();
    QList<Slot> slotsFor(SiteSpec &spec);
    Server makeServer(const SiteSpec &spec, const Slot &slot, int number);

    // planbuilderdefects.cpp: the findings, then the review items that refer to them
    void plantStructure();
    void plantModes();
    void plantSiteSystems();
    void plantServerFacts();
    void plantSiteSettings();
    void plantReleases();
    void plantPki(); // PKI (README "PKI")
    // planbuilderboundaries.cpp (README "Boundaries")
    void addBoundaries(Site &site, int i);
    void plantBoundaries();
    void addAccounts();
    void plantAccountDefects();
    void addAttestations();
    // planbuilderaddresses.cpp: an address each way between every parent and child site, and
    // the site address findings planted on a few of them.
    void addAddresses();
    void plantAddressDefects();
    void addWaivers();

    Site &site(int i) { return mPlan.sites[i]; }
    Server &server(Ref r) { return mPlan.sites[r.first].servers[r.second]; }
    const SiteSpec &spec(int i) const { return mSpecs.at(i); }
    bool isSecondary(int i) const { return spec(i).tier == Tier::Secondary; }
    bool isBranchPrimary(int i) const { return spec(i).primary() && spec(i).tier != Tier::Central; }
    bool isNative(int i) { return cm() && site(i).ownClientMode() == ClientMode::Native; }
    int countInSite(int i, const ServerTest &test);

    // Servers and sites a defect may be planted on: not on an odd site, passing the test, and
    // (unless the defect cannot hide or be hidden by another, `Reuse`) not used by another defect.
    enum class Use { Unused, Reuse };
    QList<Ref> servers(const ServerTest &test, Use use = Use::Unused);
    QList<int> sites(const SiteTest &test, Use use = Use::Unused);
    // Picks permille of the candidates, at least one (when there is one), and marks them used.
    QList<Ref> take(QList<Ref> candidates, int permille);
    QList<int> takeSites(QList<int> candidates, int permille);
    template<typename T>
    QList<T> pick(QList<T> candidates, int count)
    {
        count = std::min(count, int(candidates.size()));
        for (int i = 0; i < count; ++i)
            candidates.swapItemsAt(i, i + mRandom.below(int(candidates.size()) - i));
        candidates.resize(count);
        return candidates;
    }
    void makePerimeter(Ref r, bool internetClients);

    GeneratorOptions mOptions;
    Random mRandom;
    Plan mPlan;
    QList<SiteSpec> mSpecs;
    QList<QList<bool>> mServerUsed;
    QList<bool> mSiteUsed;
};

// Small helpers shared by the two halves of the builder.
RoleAssignment makeRole(Role r);
void removeRole(Server &server, Role r);
bool onlyRole(const Server &server, Role r);

} // namespace hierarch::bench
