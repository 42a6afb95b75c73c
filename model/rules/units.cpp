// The checks of every RULES.md table, composed per unit in one fixed order, so a full validation
// and the live validator produce a unit's findings the same way.
#include "findingsink.h"

namespace hierarch {

void checkHierarchy(const ValidationContext &context, FindingSink &sink)
{
    structureHierarchy(context, sink);
    siteSystemsHierarchy(context, sink);
    designHierarchy(context, sink);
    capacityHierarchy(context, sink);
}

void checkSite(const ValidationContext &context, FindingSink &sink, int site)
{
    structureSite(context, sink, site);
    siteSystemsSite(context, sink, site);
    sqlSite(context, sink, site);
    designSite(context, sink, site);
    capacitySite(context, sink, site);
    releaseSite(context, sink, site);
    pkiSite(context, sink, site);
    addressSite(context, sink, site);
    boundarySite(context, sink, site);
}

void checkServer(const ValidationContext &context, FindingSink &sink,
                 const ValidationContext::ServerRef &server)
{
    structureServer(context, sink, server);
    siteSystemsServer(context, sink, server);
    sqlServer(context, sink, server);
    hardeningServer(context, sink, server);
    releaseServer(context, sink, server);
    pkiServer(context, sink, server);
    boundaryServer(context, sink, server);
}

void checkAccount(const ValidationContext &context, FindingSink &sink, const Account &account)
{
    structureAccount(context, sink, account);
    accountChecks(context, sink, account);
    addressAccount(context, sink, account);
}

} // namespace hierarch
