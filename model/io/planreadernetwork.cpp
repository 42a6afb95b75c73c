// The loader's network keys: boundaries, PKI settings and site addresses.
#include "../boundaries/boundary.h"
#include "planreader_p.h"

namespace hierarch::loader {

// --- boundaries (README "Boundaries") ---
// A malformed value is a load error at the value: a boundary that cannot be read would make
// every overlap check on it meaningless.
Boundary Reader::readBoundary(const YamlNode *node)
{
    const MapReader map(
        *this, node, QT_TR_NOOP("a boundary"),
        {{"subnet"}, {"range", kCm}, {"adSite"}, {"ipv6Prefix", kCm}, {"connection", kCm}});
    Boundary boundary;
    boundary.pos = {node->line, node->column};
    const YamlNode *valueNode = nullptr;
    for (int t = 0; t < enumCount<BoundaryType>(); ++t) {
        const auto type = BoundaryType(t);
        const char *key = enumName(type);
        if (const YamlNode *n = map.get(key)) {
            if (valueNode) {
                fail(n, tr("a boundary has one of %1, not two")
                            .arg(QStringLiteral("`subnet`, `range`, `adSite`, `ipv6Prefix`")));
            }
            valueNode = n;
            boundary.type = type;
            boundary.value = readString(n, key);
        }
    }
    if (!valueNode) {
        fail(node, tr("a boundary needs one of the keys %1")
                       .arg(QStringLiteral("`subnet`, `range`, `adSite`, `ipv6Prefix`")));
    }
    const QString why = boundaryValueError(boundary.type, boundary.value);
    if (!why.isEmpty()) {
        fail(valueNode, tr("%1 is not a valid %2: %3")
                            .arg(quoted(boundary.value), quoted(enumName(boundary.type)), why));
    }
    optEnum(map, "connection", boundary.connection);
    return boundary;
}

QStringList Reader::readProtectedBoundaries(const YamlNode *node)
{
    visit(node);
    if (!node->isSequence())
        fail(node, tr("%1 must be a list").arg(quoted("protectedBoundaries")));
    QStringList list;
    for (const YamlNode *item : node->children) {
        const QString text = readString(item, "protectedBoundaries");
        const BoundaryText parsed = parseBoundaryText(text);
        const QString why = boundaryValueError(parsed.type, parsed.value);
        if (!why.isEmpty()) {
            fail(item, tr("%1 is not a valid %2: %3")
                           .arg(quoted(text), quoted(enumName(parsed.type)), why));
        }
        list << text;
    }
    return list;
}
// --- end boundaries ---

// --- PKI (FORMAT.md `pki`) ---
PkiSettings Reader::readPki(const YamlNode *node)
{
    const MapReader map(
        *this, node, QT_TR_NOOP("pki"),
        {{"signingCertificate"}, {"crlChecking"}, {"crlPublished"}, {"certificateTrustList"}});
    PkiSettings pki;
    pki.pos = {node->line, node->column};
    optEnum(map, "signingCertificate", pki.signingCertificate);
    optBool(map, "crlChecking", pki.crlChecking);
    optBool(map, "crlPublished", pki.crlPublished);
    optBool(map, "certificateTrustList", pki.certificateTrustList);
    return pki;
}
// --- end PKI ---

// --- Site addresses and senders ------------------------------------------------------------------
SenderAddress Reader::readAddress(const YamlNode *node)
{
    const MapReader map(*this, node, QT_TR_NOOP("an address"),
                        {{"to"},
                         {"type"},
                         {"destination"},
                         {"account"},
                         {"schedule"},
                         {"rateLimit"},
                         {"bandwidth"},
                         {"latency"}});
    SenderAddress address;
    address.pos = {node->line, node->column};
    address.to = readString(map.require("to"), "to");
    optEnum(map, "type", address.type);
    optString(map, "destination", address.destination);
    optString(map, "account", address.account);
    if (const YamlNode *schedule = map.get("schedule")) {
        visit(schedule);
        if (!schedule->isSequence() || schedule->children.empty()) {
            fail(schedule, tr("%1 must be a list of at least one window written HH:MM-HH:MM")
                               .arg(quoted("schedule")));
        }
        for (const YamlNode *window : schedule->children) {
            const QString text = readString(window, "schedule");
            if (!isScheduleWindow(text)) {
                fail(window, tr("%1 is not a window written HH:MM-HH:MM (such as `19:00-07:00`)")
                                 .arg(quoted(text)));
            }
            address.schedule << text;
        }
    }
    if (const YamlNode *rate = map.get("rateLimit")) {
        address.rateLimit = readInt(rate, "rateLimit", 1);
        if (*address.rateLimit > 100)
            fail(rate, tr("%1 is a percentage from 1 to 100").arg(quoted("rateLimit")));
    }
    optInt(map, "bandwidth", address.bandwidth, 1);
    optInt(map, "latency", address.latency);
    return address;
}
// --- end of site addresses
// ------------------------------------------------------------------------

} // namespace hierarch::loader
