// A victim for tst_crashsafety: saves two plans of very different sizes to one path, in turn,
// until it is killed. The test kills it with SIGKILL at random moments and checks that the file
// on disk is always one whole plan, which is what QSaveFile in savePlanFile promises.
//
// The plans are built here, deterministically, and tst_crashsafety includes this file (with
// HIERARCH_SAVEHELPER_NO_MAIN) so both sides agree on the exact bytes without a shared header.

#include "io/plansaver.h"
#include "plan.h"

#include <cstdio>
#include <cstdlib>

namespace hierarch::crashsafety {

inline RoleAssignment role(Role role, std::optional<bool> bits = std::nullopt)
{
    RoleAssignment r;
    r.role = role;
    r.bits = bits;
    return r;
}

// A small plan of about 10 KB.
inline Plan smallPlan()
{
    Plan plan;
    plan.name = QStringLiteral("Crash safety A");
    plan.product = Product::ConfigMgr2007;
    plan.description = QStringLiteral("small");
    for (int s = 0; s < 12; ++s) {
        Site site;
        site.code = QStringLiteral("A%1").arg(s, 2, 10, QLatin1Char('0'));
        site.name = QStringLiteral("Small site %1").arg(s);
        if (s > 0)
            site.parent = QStringLiteral("A00");
        site.clients = 100 * s;
        for (int v = 0; v < 4; ++v) {
            Server server;
            server.name = QStringLiteral("%1-SRV%2").arg(site.code).arg(v);
            server.roles.append(role(Role::DistributionPoint, v % 2 == 0));
            if (v == 0)
                server.roles.append(role(Role::SiteServer));
            site.servers.append(server);
        }
        plan.sites.append(site);
    }
    return plan;
}

// A large plan of about 2 MB: a long description and a few hundred servers. Writing it takes a
// few milliseconds, so kills land before, inside and after its writes.
inline Plan largePlan()
{
    Plan plan;
    plan.name = QStringLiteral("Crash safety B");
    plan.product = Product::Sms2003;
    // Free text is at most 64 KiB per field (FORMAT.md, Limits): the bulk is spread over a long
    // description and the justifications of 32 waivers.
    QString text;
    text.reserve(60'000);
    while (text.size() < 60'000)
        text += QStringLiteral("The-quick-brown-fox-jumps-over-the-lazy-dog.");
    plan.description = text;
    for (int w = 0; w < 32; ++w) {
        Waiver waiver;
        waiver.finding = QStringLiteral("site-server-iis@B000-SERVER-%1").arg(w);
        waiver.justification = text;
        plan.waivers.append(waiver);
    }
    for (int s = 0; s < 40; ++s) {
        Site site;
        site.code = QStringLiteral("B%1").arg(s, 3, 10, QLatin1Char('0'));
        site.name = QStringLiteral("Large site number %1 with a long name").arg(s);
        if (s > 0)
            site.parent = QStringLiteral("B%1").arg((s - 1) / 4, 3, 10, QLatin1Char('0'));
        site.clients = 1000 + s;
        site.securityMode = SecurityMode::Advanced;
        for (int v = 0; v < 8; ++v) {
            Server server;
            server.name =
                QStringLiteral("%1-SERVER-%2").arg(site.code).arg(v, 3, 10, QLatin1Char('0'));
            server.fqdn = server.name + QStringLiteral(".branch.example.org");
            server.roles.append(role(Role::ManagementPoint));
            server.roles.append(role(Role::DistributionPoint, false));
            site.servers.append(server);
        }
        plan.sites.append(site);
    }
    return plan;
}

} // namespace hierarch::crashsafety

#ifndef HIERARCH_SAVEHELPER_NO_MAIN
int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr,
                     "usage: %s PATH FIRST\n"
                     "Saves plan A and plan B to PATH in turn, starting with plan FIRST "
                     "(0 = A, 1 = B), until killed.\n",
                     argv[0]);
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int first = std::atoi(argv[2]);
    const hierarch::Plan plans[2] = {hierarch::crashsafety::smallPlan(),
                                     hierarch::crashsafety::largePlan()};
    // The test waits for this line, so that the random kill lands among the saves rather than in
    // the start-up.
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    for (unsigned long long i = unsigned(first);; ++i) {
        QString error;
        if (!hierarch::savePlanFile(plans[i % 2], path, &error)) {
            std::fprintf(stderr, "%s\n", error.toLocal8Bit().constData());
            return 1;
        }
        // The test waits for this line in some rounds, so that it knows saves completed.
        std::printf("saved %d\n", int(i % 2));
        std::fflush(stdout);
    }
}
#endif
