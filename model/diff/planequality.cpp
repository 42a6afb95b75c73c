// Cheap equality of sites and servers for the common case (nothing changed), before the diff
// goes field by field (plandiff.cpp).
#include "planmatching.h"

#include <algorithm>

namespace hierarch::diffdetail {

namespace {

bool sameSql(const std::optional<SqlSettings> &a, const std::optional<SqlSettings> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a ||
           (a->authentication == b->authentication && a->serviceAccount == b->serviceAccount &&
            a->spnRegistered == b->spnRegistered && a->otherDatabases == b->otherDatabases);
}

bool sameRoles(const QList<RoleAssignment> &a, const QList<RoleAssignment> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).role != b.at(i).role || a.at(i).site != b.at(i).site ||
            a.at(i).bits != b.at(i).bits)
            return false;
    }
    return true;
}

// README "Boundaries": the same boundaries in the same order, wherever they are written.
bool sameBoundaries(const QList<Boundary> &a, const QList<Boundary> &b)
{
    return std::equal(
        a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const Boundary &x, const Boundary &y) {
            return x.type == y.type && x.value == y.value && x.connection == y.connection;
        });
}

// PKI: the stated keys, not where they were written.
bool samePki(const std::optional<PkiSettings> &a, const std::optional<PkiSettings> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || (a->signingCertificate == b->signingCertificate &&
                  a->crlChecking == b->crlChecking && a->crlPublished == b->crlPublished &&
                  a->certificateTrustList == b->certificateTrustList);
}

} // namespace

// Everything but the identity (name), the runtime id and the source position.
bool sameServerContent(const Server &a, const Server &b)
{
    return a.fqdn == b.fqdn && a.internetFqdn == b.internetFqdn && a.forest == b.forest &&
           a.zone == b.zone && a.dualHomed == b.dualHomed &&
           a.domainController == b.domainController && a.os == b.os &&
           a.fileSystem == b.fileSystem && a.staticIp == b.staticIp &&
           a.adminShare == b.adminShare &&
           a.securityConfigurationWizard == b.securityConfigurationWizard &&
           a.siteServerInitiatedTransfers == b.siteServerInitiatedTransfers && a.ipsec == b.ipsec &&
           a.allowInternetClients == b.allowInternetClients &&
           a.otherWebApplications == b.otherWebApplications &&
           a.otherLocalSystemServices == b.otherLocalSystemServices && a.clustered == b.clustered &&
           sameSql(a.sql, b.sql) && sameRoles(a.roles, b.roles) &&
           a.protectedBoundaries == b.protectedBoundaries;
}

// Everything but the code, the servers, the runtime id and the source position. `siteRenames`
// maps the old addresses' `to` (null: `to` is not compared; the rename check does it later).
bool sameSiteContent(const Site &a, const Site &b, const QHash<QString, QString> *siteRenames)
{
    return a.name == b.name && a.type == b.type && a.parent == b.parent && a.forest == b.forest &&
           a.clients == b.clients && a.legacyClients == b.legacyClients &&
           a.workgroupClients == b.workgroupClients && a.securityMode == b.securityMode &&
           a.clientMode == b.clientMode && a.secureKeyExchange == b.secureKeyExchange &&
           a.acceptUnsignedData == b.acceptUnsignedData && a.httpRoaming == b.httpRoaming &&
           a.installation == b.installation && a.release == b.release && samePki(a.pki, b.pki) &&
           sameBoundaries(a.boundaries, b.boundaries) &&
           (siteRenames ? sameAddresses(a.addresses, b.addresses, *siteRenames)
                        : sameAddressesButTo(a.addresses, b.addresses));
}

} // namespace hierarch::diffdetail
