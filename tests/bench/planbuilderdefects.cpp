// The defects: a small share of the plan breaks each rule of RULES.md that runs for the product,
// so that every rule has findings to produce at size M and above, while most of the plan stays
// healthy. Each step names the rule it feeds. Counts are per mille of the candidates, at least one
// where there is a candidate ("kOne": exactly one).
#include "planbuilder.h"

#include <climits>

namespace hierarch::bench {

namespace {

constexpr int kOne = 0;

// A site code that is not in any generated plan: a retired site that references still name.
QString retiredSite()
{
    return QStringLiteral("OLD");
}

} // namespace

void PlanBuilder::plantStructure()
{
    plantModes();

    const auto dpOnly = [this](Ref r) {
        return onlyRole(server(r), Role::DistributionPoint);
    };
    const auto siteServerOf = [this](Ref r) {
        return r.second == 0 && server(r).hasRole(Role::SiteServer);
    };

    // site-server-count: a replacement site server built beside the old one.
    for (Ref r :
         take(servers([&](Ref r) { return isSecondary(r.first) && r.second == 1 && dpOnly(r); }),
              kOne)) {
        Server &s = server(r);
        s.roles = {makeRole(Role::SiteServer)};
        s.name = spec(r.first).prefix + QStringLiteral("-SITE02");
        s.fqdn = s.name.toLower() + QLatin1Char('.') + spec(r.first).domain;
    }
    // site-database-missing: a primary site whose database server is not planned yet.
    for (int i : takeSites(sites([this](int i) {
                               return isBranchPrimary(i) && !spec(i).remoteSql &&
                                      site(i).servers.size() >= 3;
                           }),
                           kOne)) {
        removeRole(site(i).servers[0], Role::SiteDatabase);
        site(i).servers[0].sql.reset();
        mServerUsed[i][0] = true;
    }
    // site-database-multiple: the old database left on the site server after the move to SQL.
    for (int i : takeSites(sites([this](int i) { return spec(i).remoteSql; }), kOne)) {
        site(i).servers[0].roles.insert(1, makeRole(Role::SiteDatabase));
        mServerUsed[i][0] = true;
    }
    // sql-shared-between-sites (and sql-remote-database for the guest): two primary sites
    // consolidated onto one SQL Server.
    const QList<int> localSql = sites([this](int i) {
        return isBranchPrimary(i) && !spec(i).remoteSql && site(i).servers.size() >= 3 &&
               site(i).servers[0].hasRole(Role::SiteDatabase);
    });
    if (localSql.size() >= 2) {
        const QList<int> pair = pick(localSql, 2);
        Server &guest = site(pair[1]).servers[0];
        removeRole(guest, Role::SiteDatabase);
        guest.sql.reset();
        RoleAssignment database = makeRole(Role::SiteDatabase);
        database.site = site(pair[1]).code;
        site(pair[0]).servers[0].roles << database;
        for (int i : pair) {
            mSiteUsed[i] = true;
            mServerUsed[i][0] = true;
        }
    }
    // management-point-missing: the management point server is still being built.
    const auto hasMp = [this](Ref r) {
        return server(r).hasRole(Role::ManagementPoint);
    };
    for (Ref r : take(servers([&](Ref r) {
                          return isBranchPrimary(r.first) && !mSiteUsed.at(r.first) &&
                                 onlyRole(server(r), Role::ManagementPoint) &&
                                 countInSite(r.first, hasMp) == 1;
                      }),
                      kOne)) {
        server(r).roles = {makeRole(Role::DistributionPoint)};
        mSiteUsed[r.first] = true;
    }
    // secondary-site-role: an SMS Provider installed on a branch site server.
    for (Ref r :
         take(servers([&](Ref r) { return isSecondary(r.first) && siteServerOf(r); }, Use::Reuse),
              kOne)) {
        server(r).roles << makeRole(Role::SmsProvider);
    }
    if (!cm()) {
        // client-access-point-missing
        const auto hasCap = [this](Ref r) {
            return server(r).hasRole(Role::ClientAccessPoint);
        };
        for (Ref r : take(servers([&](Ref r) {
                              return isSecondary(r.first) && siteServerOf(r) &&
                                     countInSite(r.first, hasCap) == 1;
                          }),
                          kOne)) {
            removeRole(server(r), Role::ClientAccessPoint);
        }
    } else {
        // asset-intelligence-placement: a second synchronization point, outside the central site.
        for (Ref r :
             take(servers([&](Ref r) { return isBranchPrimary(r.first) && siteServerOf(r); },
                          Use::Reuse),
                  kOne)) {
            server(r).roles << makeRole(Role::AssetIntelligenceSyncPoint);
        }
    }
    // role-not-in-product: a role of the other product, kept from an old design. Roles added
    // to a site server hide no other defect, so these may share a server with one.
    if (cm()) {
        for (Ref r : take(servers([&](Ref r) { return spec(r.first).primary() && siteServerOf(r); },
                                  Use::Reuse),
                          kOne)) {
            server(r).roles << makeRole(Role::ClientAccessPoint);
        }
    } else {
        for (Ref r : take(servers(dpOnly), kOne))
            server(r).roles << makeRole(Role::SoftwareUpdatePoint);
    }
    // role-duplicate
    for (Ref r : take(servers(dpOnly), kOne))
        server(r).roles << makeRole(Role::DistributionPoint);
    // role-site-unknown: a provider still registered for the retired site.
    for (Ref r : take(servers(
                          [&](Ref r) {
                              return spec(r.first).primary() && siteServerOf(r) &&
                                     server(r).hasRole(Role::SmsProvider);
                          },
                          Use::Reuse),
                      kOne)) {
        RoleAssignment provider = makeRole(Role::SmsProvider);
        provider.site = retiredSite();
        server(r).roles << provider;
    }
    // server-name-invalid: an underscore, as in a host name copied from elsewhere.
    for (Ref r : take(servers(dpOnly), kOne)) {
        Server &s = server(r);
        s.name.replace(QLatin1Char('-'), QLatin1Char('_'));
        s.fqdn = s.name.toLower() + QLatin1Char('.') + spec(r.first).domain;
    }
    // server-name-duplicate: a server entry copied from an earlier site and not renamed.
    for (Ref r : take(servers([&](Ref r) { return r.first >= 2 && dpOnly(r); }), kOne)) {
        QList<Ref> earlier = servers([&](Ref e) { return e.first < r.first; });
        if (earlier.isEmpty())
            continue;
        const Ref source = mRandom.one(earlier);
        mServerUsed[source.first][source.second] = true; // keep its name as it is
        server(r).name = server(source).name;
        server(r).fqdn = server(source).fqdn;
    }
}

// Client and security modes first: they decide which sites the native-mode defects can go to.
void PlanBuilder::plantModes()
{
    const auto dpOnly = [this](Ref r) {
        return onlyRole(server(r), Role::DistributionPoint);
    };
    if (cm()) {
        // native-under-mixed-parent: the region with the fewest child primaries stays mixed.
        int best = -1;
        int fewest = INT_MAX;
        for (int i : sites([this](int i) { return spec(i).tier == Tier::Region; })) {
            int areas = 0;
            for (int child : spec(i).children)
                areas += spec(child).tier == Tier::Area ? 1 : 0;
            if (areas > 0 && areas < fewest) {
                best = i;
                fewest = areas;
            }
        }
        if (best >= 0) {
            site(best).clientMode = ClientMode::Mixed;
            mSiteUsed[best] = true;
            for (int child : spec(best).children)
                mSiteUsed[child] = true; // they stay native
        }
        // mixed-mode: primaries still waiting for their certificates (stated, or by default).
        for (int i : takeSites(sites([this](int i) {
                                   return spec(i).tier == Tier::Area && !spec(i).fixedServers;
                               }),
                               50)) {
            if (mRandom.percent(50))
                site(i).clientMode = ClientMode::Mixed;
            else
                site(i).clientMode.reset();
        }
        // secondary-site-client-mode: a branch that repeats its parent's mode.
        for (int i : takeSites(sites([this](int i) {
                                   return isSecondary(i) && spec(i).parent >= 0 &&
                                          spec(i).odd == Odd::None;
                               }),
                               kOne)) {
            site(i).clientMode = site(spec(i).parent).ownClientMode();
        }
        // internet-clients-mixed-mode: an Internet-facing distribution point in a mixed site.
        for (Ref r : take(servers([&](Ref r) {
                              return spec(r.first).primary() &&
                                     site(r.first).ownClientMode() == ClientMode::Mixed &&
                                     dpOnly(r);
                          }),
                          kOne)) {
            makePerimeter(r, true);
        }
    } else {
        // advanced-under-standard-parent (and standard-security, legacy-clients): a primary kept
        // in standard security for its Legacy Clients; the sites below it were upgraded.
        int best = -1;
        int fewest = INT_MAX;
        for (int i : sites([this](int i) { return isBranchPrimary(i); })) {
            const int children = int(spec(i).children.size());
            if (children > 0 && children < fewest) {
                best = i;
                fewest = children;
            }
        }
        if (best >= 0) {
            site(best).securityMode = SecurityMode::Standard;
            site(best).legacyClients = mRandom.between(4, 40) * 25;
            mSiteUsed[best] = true;
        }
    }
}

void PlanBuilder::plantSiteSystems()
{
    const auto dpOnly = [this](Ref r) {
        return onlyRole(server(r), Role::DistributionPoint);
    };
    const auto fspOnly = [this](Ref r) {
        return onlyRole(server(r), Role::FallbackStatusPoint);
    };
    const auto siteServerOf = [this](Ref r) {
        return r.second == 0 && server(r).hasRole(Role::SiteServer);
    };
    const auto hasMp = [this](Ref r) {
        return server(r).hasRole(Role::ManagementPoint);
    };

    if (cm()) {
        // fsp-missing-native: the fallback status point server is not built yet.
        for (int i : takeSites(sites([&](int i) {
                                   return isBranchPrimary(i) && isNative(i) &&
                                          countInSite(i, fspOnly) == 1;
                               }),
                               20)) {
            for (int k = 0; k < int(site(i).servers.size()); ++k) {
                if (fspOnly({i, k})) {
                    site(i).servers[k].roles = {makeRole(Role::DistributionPoint)};
                    mServerUsed[i][k] = true;
                }
            }
        }
        for (Ref r : take(servers(fspOnly), 20)) // fsp-colocated
            server(r).roles << makeRole(Role::DistributionPoint);
        for (Ref r : take(servers(fspOnly), 20)) // fsp-on-domain-controller
            server(r).domainController = true;
        for (Ref r : take(servers(fspOnly), 20)) { // fsp-in-perimeter
            server(r).zone = Zone::Perimeter;
            server(r).siteServerInitiatedTransfers = true;
        }
    }

    // Small plans may have no perimeter servers yet: put a few distribution points there.
    const auto perimeter = [this](Ref r) {
        return server(r).inPerimeterOrInternet() && !server(r).roles.isEmpty();
    };
    const int perimeterCount = int(servers(perimeter).size());
    if (perimeterCount < 3) {
        for (Ref r : pick(servers([&](Ref r) { return spec(r.first).primary() && dpOnly(r); }),
                          3 - perimeterCount)) {
            makePerimeter(r, false);
        }
    }
    for (Ref r : take(servers(perimeter), 30)) // perimeter-push-transfers
        server(r).siteServerInitiatedTransfers.reset();
    for (Ref r : take(servers(perimeter), 30)) // perimeter-bridge
        server(r).dualHomed = true;
    // slp-in-perimeter, and with it slp-multiple: a second locator point for the DMZ.
    for (Ref r :
         take(servers([&](Ref r) { return isBranchPrimary(r.first) && dpOnly(r); }), kOne)) {
        Server &s = server(r);
        s.roles = {makeRole(Role::ServerLocatorPoint)};
        s.name = spec(r.first).prefix + QStringLiteral("-SLP01");
        s.fqdn = s.name.toLower() + QLatin1Char('.') + spec(r.first).domain;
        makePerimeter(r, false);
    }
    // site-server-iis: reports served from the site server.
    for (Ref r : take(servers([&](Ref r) {
                          return isBranchPrimary(r.first) && siteServerOf(r) &&
                                 !server(r).hasIisRole();
                      }),
                      20)) {
        server(r).roles << makeRole(Role::ReportingPoint);
    }
    // iis-role-mixing: a distribution point that also boots or serves clients (an SMS 2003 site
    // that has no client access point keeps it that way).
    const auto hasCap = [this](Ref r) {
        return server(r).hasRole(Role::ClientAccessPoint);
    };
    for (Ref r : take(servers([&](Ref r) {
                          return dpOnly(r) && (cm() || countInSite(r.first, hasCap) > 0);
                      }),
                      5))
        server(r).roles << makeRole(cm() ? Role::PxeServicePoint : Role::ClientAccessPoint);
    // dedicated-iis
    for (Ref r : take(servers([this](Ref r) {
                          return server(r).hasIisRole() && !server(r).hasRole(Role::SiteServer);
                      }),
                      5)) {
        server(r).otherWebApplications = true;
    }
    // other-local-system-services
    for (Ref r : take(servers([this](Ref r) { return !server(r).roles.isEmpty(); }), 3))
        server(r).otherLocalSystemServices = true;
    // site-server-on-domain-controller: a branch with one server that is also its DC.
    for (Ref r : take(servers([&](Ref r) { return isSecondary(r.first) && siteServerOf(r); }), 10))
        server(r).domainController = true;
    // site-system-on-domain-controller: a distribution point on a branch domain controller.
    for (Ref r : take(servers([&](Ref r) { return spec(r.first).primary() && dpOnly(r); }), kOne))
        server(r).domainController = true;
    // secondary-push-install
    for (int i : takeSites(sites([this](int i) { return isSecondary(i); }, Use::Reuse), 10))
        site(i).installation = Installation::Push;
    // management-point-database-ipsec
    for (Ref r : take(servers([&](Ref r) {
                          const auto database = [this](Ref d) {
                              return server(d).hasRole(Role::SiteDatabase);
                          };
                          return isBranchPrimary(r.first) &&
                                 onlyRole(server(r), Role::ManagementPoint) &&
                                 countInSite(r.first, database) > 0;
                      }),
                      30)) {
        server(r).ipsec.reset();
    }
    // proxy-management-point is common in the generated branches; make sure of one.
    bool proxy = false;
    for (int i = 0; i < int(mPlan.sites.size()); ++i)
        proxy = proxy || (isSecondary(i) && spec(i).odd == Odd::None && countInSite(i, hasMp) > 0);
    if (!proxy) {
        for (Ref r :
             take(servers([&](Ref r) { return isSecondary(r.first) && dpOnly(r); }), kOne)) {
            server(r).roles = {makeRole(Role::ManagementPoint)};
            server(r).ipsec = true;
        }
    }
    // management-point-fewest: a second management point for a busy primary site.
    for (int i : takeSites(sites(
                               [&](int i) {
                                   return isBranchPrimary(i) && countInSite(i, hasMp) == 1 &&
                                          countInSite(i, dpOnly) >= 2;
                               },
                               Use::Reuse),
                           20)) {
        for (int k = 0; k < int(site(i).servers.size()); ++k) {
            if (!mServerUsed.at(i).at(k) && dpOnly({i, k})) {
                site(i).servers[k].roles = {makeRole(Role::ManagementPoint)};
                site(i).servers[k].ipsec = true;
                mServerUsed[i][k] = true;
                break;
            }
        }
    }

    if (!cm())
        return;
    // internet-role-unsupported: a state migration point on an Internet-facing server.
    const auto internet = [this](Ref r) {
        return server(r).allowInternetClients.value_or(false);
    };
    if (servers(internet).isEmpty()) {
        for (Ref r : pick(servers([&](Ref r) {
                              return isBranchPrimary(r.first) && isNative(r.first) && dpOnly(r);
                          }),
                          1)) {
            makePerimeter(r, true);
        }
    }
    for (Ref r : take(servers(internet), kOne))
        server(r).roles << makeRole(Role::StateMigrationPoint);
    // internet-clients-secondary-site: a branch distribution point opened to the Internet.
    for (Ref r : take(servers([&](Ref r) {
                          return isSecondary(r.first) && spec(r.first).parent >= 0 &&
                                 isNative(spec(r.first).parent) && dpOnly(r);
                      }),
                      kOne)) {
        makePerimeter(r, true);
    }
    // site-assignment-no-slp: a native-mode site whose HTTP communication for roaming and site
    // assignment was turned off, without Active Directory publishing.
    for (int i : takeSites(sites([this](int i) {
                               return isBranchPrimary(i) && isNative(i) &&
                                      site(i).effectiveClients() > 0 &&
                                      !site(i).workgroupClients.value_or(false);
                           }),
                           kOne)) {
        site(i).httpRoaming.reset();
    }
    // dp-bits-native
    for (Ref r : take(servers([&](Ref r) {
                          return spec(r.first).primary() && isNative(r.first) && dpOnly(r);
                      }),
                      5)) {
        server(r).roles[0].bits = false;
    }
    // http-roaming
    for (int i : takeSites(
             sites([this](int i) { return isBranchPrimary(i) && isNative(i); }, Use::Reuse), 20)) {
        site(i).httpRoaming = true;
    }
}

void PlanBuilder::plantServerFacts()
{
    const auto database = [this](Ref r) {
        return server(r).hasRole(Role::SiteDatabase);
    };
    const auto sqlOf = [this](Ref r) -> SqlSettings & {
        Server &s = server(r);
        if (!s.sql)
            s.sql = SqlSettings{};
        return *s.sql;
    };
    // SQL Server settings hide no other defect: they may land on any database server, except
    // that a missing SPN needs a domain account.
    for (Ref r : take(servers(database, Use::Reuse), 30)) // sql-other-applications
        sqlOf(r).otherDatabases = true;
    for (Ref r : take(servers(database, Use::Reuse), 30)) // sql-mixed-authentication
        sqlOf(r).authentication = SqlAuthentication::Mixed;
    for (Ref r : take(servers(database, Use::Reuse), 30)) { // sql-local-system
        sqlOf(r).serviceAccount = SqlServiceAccount::LocalSystem;
        sqlOf(r).spnRegistered.reset();
    }
    const auto domainAccount = [&](Ref r) {
        return database(r) &&
               server(r).effectiveSql().effectiveServiceAccount() == SqlServiceAccount::DomainUser;
    };
    for (Ref r : take(servers(domainAccount, Use::Reuse), 30)) { // sql-spn-missing
        sqlOf(r).serviceAccount = SqlServiceAccount::DomainUser;
        sqlOf(r).spnRegistered = false;
    }
    if (!cm()) {
        // clustered-site-system: a clustered SQL Server, which SMS 2003 does not support.
        QList<Ref> clustered = servers(database, Use::Reuse);
        if (clustered.isEmpty())
            clustered = servers([this](Ref r) { return !server(r).roles.isEmpty(); }, Use::Reuse);
        for (Ref r : take(clustered, 30))
            server(r).clustered = true;
    } else {
        // A clustered SQL Server is supported for the site database alone; clustered-site-system
        // fires for a clustered management point.
        for (Ref r :
             take(servers([this](Ref r) { return onlyRole(server(r), Role::ManagementPoint); }),
                  kOne)) {
            server(r).clustered = true;
        }
        // os-unsupported: a site server still on Windows Server 2003 without a service pack.
        for (Ref r : take(servers([this](Ref r) {
                              return spec(r.first).primary() && r.second == 0 &&
                                     server(r).hasRole(Role::SiteServer);
                          }),
                          kOne)) {
            server(r).os = OperatingSystem::Windows2003;
        }
    }

    const auto withRoles = [this](Ref r) {
        return !server(r).roles.isEmpty();
    };
    constexpr int kHardening = 4;
    for (Ref r : take(servers(withRoles), kHardening)) // ntfs-required
        server(r).fileSystem = FileSystem::Fat32;
    for (Ref r : take(servers(withRoles), kHardening)) // admin-share-removed
        server(r).adminShare = false;
    for (Ref r : take(servers(withRoles), kHardening)) // scw-not-applied
        server(r).securityConfigurationWizard = false;
    for (Ref r : take(servers(withRoles), kHardening)) { // os-below-2003-sp1
        server(r).os =
            mRandom.percent(70) ? OperatingSystem::Windows2003 : OperatingSystem::Windows2000;
    }
    if (cm()) {
        for (Ref r : take(servers(withRoles), kHardening)) // static-ip
            server(r).staticIp = false;
        for (Ref r : take(servers(withRoles), kHardening)) // fqdn-missing
            server(r).fqdn.reset();
    }
}

void PlanBuilder::plantSiteSettings()
{
    // These settings hide no other defect, so they may fall on sites that already have one.
    const auto all = [](int) {
        return true;
    };
    constexpr Use reuse = Use::Reuse;
    // site-spans-forests: a server of an acquired company's forest.
    for (int i : takeSites(sites([this](int i) { return site(i).servers.size() >= 2; }, reuse), 10))
        site(i).servers.last().forest = QStringLiteral("northwind.example");
    for (int i : takeSites(sites([this](int i) { return isBranchPrimary(i); }, reuse), 20))
        site(i).workgroupClients = true; // workgroup-clients
    if (cm()) {
        for (int i : takeSites(sites(all, reuse), 10)) // secure-key-exchange
            site(i).secureKeyExchange = false;
        // capacity-site-clients: a primary site planned beyond what one site supports.
        int large = -1;
        for (int i : takeSites(sites([this](int i) { return isBranchPrimary(i); }, reuse), kOne)) {
            site(i).clients = mRandom.between(101, 130) * 1000;
            large = i;
        }
        // capacity-management-point: too many clients for the one management point.
        const auto hasMp = [this](Ref r) {
            return server(r).hasRole(Role::ManagementPoint);
        };
        for (int i : takeSites(sites(
                                   [&](int i) {
                                       return i != large && isBranchPrimary(i) &&
                                              countInSite(i, hasMp) == 1;
                                   },
                                   reuse),
                               kOne)) {
            site(i).clients = mRandom.between(26, 40) * 1000;
        }
    } else {
        for (int i : takeSites(sites(all, reuse), 15)) // secure-key-exchange
            site(i).secureKeyExchange.reset();
        for (int i : takeSites(sites(all, reuse), 15)) // accept-unsigned-data
            site(i).acceptUnsignedData.reset();
        for (int i : takeSites(sites([this](int i) { return isBranchPrimary(i); }, reuse), 30))
            site(i).legacyClients = mRandom.between(1, 40) * 25; // legacy-clients
    }
    plantReleases();
}

void PlanBuilder::plantReleases()
{
    // release-above-parent: a secondary site upgraded before its primary.
    for (int i : takeSites(sites(
                               [this](int i) {
                                   return !spec(i).primary() && spec(i).logicalParent >= 0 &&
                                          !site(spec(i).logicalParent).release;
                               },
                               Use::Reuse),
                           kOne)) {
        site(spec(i).logicalParent).release = Release::Sp1;
        site(i).release = Release::Sp2;
    }
    if (!cm())
        return;
    const auto unset = [this](int i) {
        return !site(i).release;
    };
    // release-role-unsupported: a reporting services point in a site without R2.
    for (int i : takeSites(sites(
                               [&](int i) {
                                   return unset(i) && countInSite(i, [this](Ref r) {
                                                          return server(r).hasRole(
                                                              Role::ReportingServicesPoint);
                                                      }) > 0;
                               },
                               Use::Reuse),
                           kOne)) {
        site(i).release = Release::Sp2;
    }
    // release-os-unsupported: a site system on Windows Server 2008 in an RTM site.
    for (int i : takeSites(sites(
                               [&](int i) {
                                   return unset(i) && spec(i).primary() &&
                                          site(i).servers.size() >= 2;
                               },
                               Use::Reuse),
                           kOne)) {
        site(i).release = Release::Rtm;
        site(i).servers.last().os = OperatingSystem::Windows2008;
    }
    plantPki();
}

// --- PKI (README "PKI") --------------------------------------------------------------------------

void PlanBuilder::plantPki()
{
    if (!cm())
        return;
    const auto nativePrimary = [this](int i) {
        return spec(i).primary() && isNative(i);
    };
    // Every native-mode primary site states a sound PKI; the defects below break one key each.
    for (int i = 0; i < int(mPlan.sites.size()); ++i) {
        if (!nativePrimary(i))
            continue;
        PkiSettings pki;
        pki.signingCertificate = SigningCertificateDeployment::ActiveDirectory;
        pki.crlChecking = true;
        pki.crlPublished = true;
        pki.certificateTrustList = true;
        site(i).pki = pki;
    }
    constexpr Use reuse = Use::Reuse;
    // crl-checking-disabled: clients left without revocation checks to save connection time.
    for (int i : takeSites(sites(nativePrimary, reuse), kOne))
        site(i).pki->crlChecking = false;
    // crl-not-published: the CRL is only on the intranet while clients check it.
    for (int i : takeSites(
             sites([&](int i) { return nativePrimary(i) && *site(i).pki->crlChecking; }, reuse),
             kOne))
        site(i).pki->crlPublished = false;
    // signing-certificate-manual: the signing certificate handed out with the client setup.
    for (int i : takeSites(sites(nativePrimary, reuse), kOne))
        site(i).pki->signingCertificate = SigningCertificateDeployment::Manual;
    // certificate-trust-list-missing: IIS trusts every root the server trusts.
    for (int i : takeSites(sites(nativePrimary, reuse), kOne))
        site(i).pki->certificateTrustList = false;
    // secondary-site-pki: a branch given the settings of its parent.
    for (int i : takeSites(sites(
                               [&](int i) {
                                   return isSecondary(i) && spec(i).parent >= 0 &&
                                          nativePrimary(spec(i).parent);
                               },
                               reuse),
                           kOne))
        site(i).pki = site(spec(i).parent).pki;
    // internet-fqdn-missing: an Internet-facing site system whose public name is not planned yet.
    for (Ref r : take(servers(
                          [this](Ref r) {
                              return !isSecondary(r.first) && !server(r).roles.isEmpty() &&
                                     server(r).allowInternetClients.value_or(false);
                          },
                          reuse),
                      kOne))
        server(r).internetFqdn.reset();
}
// --- end PKI -------------------------------------------------------------------------------------

// Accounts, attestations and waivers: planbuilderaccounts.cpp.

// ---- site addresses and senders -----------------------------------------------------------------

void PlanBuilder::plantAddressDefects()
{
    // The sites with an address; each defect takes another one, so no finding hides another.
    QList<int> withAddresses;
    for (int i = 0; i < int(mPlan.sites.size()); ++i) {
        if (spec(i).odd == Odd::None && site(i).parent && !site(i).addresses.isEmpty())
            withAddresses << i;
    }
    withAddresses = pick(withAddresses, int(withAddresses.size()));
    if (withAddresses.size() < 5)
        return;
    // address-missing: a child site that does not send to its parent.
    {
        Site &s = site(withAddresses.at(0));
        s.addresses.removeIf([&](const SenderAddress &a) {
            return a.to.compare(*s.parent, Qt::CaseInsensitive) == 0;
        });
        if (s.addresses.isEmpty()) {
            SenderAddress courier; // packages on removable media only: still no address
            courier.to = *s.parent;
            courier.type = SenderType::Courier;
            s.addresses << courier;
        }
    }
    // address-destination-not-fqdn: a sender that names its destination by NetBIOS name.
    {
        SenderAddress &a = site(withAddresses.at(1)).addresses.first();
        a.destination = a.destination->section(QLatin1Char('.'), 0, 0).toUpper();
    }
    // address-slow-link-unlimited: a 128 kbit/s link with neither a rate limit nor a schedule.
    {
        SenderAddress &a = site(withAddresses.at(2)).addresses.first();
        a.bandwidth = 128;
        a.rateLimit.reset();
        a.schedule.clear();
        a.type.reset();
    }
    // address-reference-invalid: an address left behind to a retired site.
    {
        SenderAddress retired;
        retired.to = retiredSite();
        retired.destination = QStringLiteral("old-site01.fabrikam.example");
        site(withAddresses.at(3)).addresses << retired;
    }
    // address-account-rights: a site address account granted at more sites than it sends to
    // (a site in another forest needs an account; the site server's computer account cannot
    // log on across the forest boundary).
    {
        Site &from = site(withAddresses.at(4));
        SenderAddress &a = from.addresses.first();
        Account account;
        account.name =
            QStringLiteral("FABRIKAM\\%1-address-%2")
                .arg(cm() ? QLatin1String("cm") : QLatin1String("sms"), from.code.toLower());
        account.type = AccountType::SiteAddress;
        account.sites = QStringList{a.to, from.code};
        account.custodians = 2;
        a.account = account.name;
        mPlan.accounts << account;
    }
}

} // namespace hierarch::bench
