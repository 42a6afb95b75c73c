#include "planloader.h"

#include "checkedfile.h"
#include "planreader_p.h"
#include "plansource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace hierarch {

QString LoadError::toString() const
{
    return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
}

QString clippedForMessage(const QString &text, qsizetype maxLength)
{
    if (text.size() <= maxLength)
        return text;
    qsizetype cut = maxLength - 1;
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) + QChar(0x2026);
}

QString closestMatch(QStringView word, const QStringList &candidates)
{
    // A value much longer than every candidate cannot be a typo of one; skipping it keeps a hint
    // from costing time in proportion to a hostile value's length.
    qsizetype longest = 0;
    for (const QString &candidate : candidates)
        longest = std::max(longest, candidate.size());
    if (word.size() > 3 * longest + 3)
        return QString();
    const QString lower = word.toString().toLower();
    QString best;
    qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
    for (const QString &candidate : candidates) {
        const QString other = candidate.toLower();
        // Levenshtein distance, two rows.
        QList<qsizetype> prev(other.size() + 1), cur(other.size() + 1);
        for (qsizetype j = 0; j <= other.size(); ++j)
            prev[j] = j;
        for (qsizetype i = 1; i <= lower.size(); ++i) {
            cur[0] = i;
            for (qsizetype j = 1; j <= other.size(); ++j) {
                const qsizetype cost = lower.at(i - 1) == other.at(j - 1) ? 0 : 1;
                cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            }
            std::swap(prev, cur);
        }
        if (prev[other.size()] < bestDistance) {
            bestDistance = prev[other.size()];
            best = candidate;
        }
    }
    const qsizetype allowed = std::max<qsizetype>(2, lower.size() / 3);
    if (bestDistance <= allowed)
        return best;
    // A clipped word ("auth" for "authentication") is a typo too.
    if (lower.size() >= 3) {
        for (const QString &candidate : candidates) {
            if (candidate.startsWith(lower, Qt::CaseInsensitive))
                return candidate;
        }
    }
    return QString();
}

namespace loader {

MapReader::MapReader(Reader &reader, const YamlNode *node, const char *what,
                     std::initializer_list<KeySpec> keys)
    : mNode(node), mWhat(what)
{
    reader.visit(node);
    if (!node->isMap())
        fail(node, tr("%1 must be a map of keys and values%2").arg(tr(what), Reader::found(node)));
    QStringList names;
    for (const KeySpec &k : keys)
        names << QString::fromLatin1(k.name);
    mValues.reserve(node->mapSize());
    for (std::size_t i = 0; i < node->mapSize(); ++i) {
        const YamlNode *keyNode = reader.visit(node->key(i));
        if (!keyNode->isScalar())
            fail(keyNode, tr("a key in %1 must be a plain name").arg(tr(what)));
        const std::string &key = keyNode->text;
        const KeySpec *spec = nullptr;
        for (const KeySpec &k : keys) {
            if (key == k.name) {
                spec = &k;
                break;
            }
        }
        const QString keyText = fromUtf8Text(key);
        if (!spec) {
            fail(keyNode, withHint(tr("unknown key %1 in %2").arg(quoted(keyText), tr(what)),
                                   keyText, names));
        }
        if (spec->only && reader.product() && *spec->only != *reader.product()) {
            fail(keyNode,
                 tr("%1 is a %2 setting; this plan's product is %3")
                     .arg(quoted(keyText), enumString(*spec->only), enumString(*reader.product())));
        }
        for (const auto &[seen, value] : mValues) {
            if (key == seen) {
                fail(keyNode, tr("key %1 appears twice in %2").arg(quoted(keyText), tr(what)));
            }
        }
        mValues.emplace_back(spec->name, node->value(i));
    }
}

const YamlNode *MapReader::get(const char *key) const
{
    for (const auto &[name, value] : mValues) {
        if (std::strcmp(name, key) == 0)
            return value;
    }
    return nullptr;
}

const YamlNode *MapReader::require(const char *key) const
{
    if (const YamlNode *value = get(key))
        return value;
    fail(mNode, tr("%1 needs the key %2").arg(tr(mWhat), quoted(key)));
}

Plan Reader::readPlan(const YamlNode *root)
{
    const MapReader map(*this, root, QT_TR_NOOP("the plan"),
                        {{"hierarch"},
                         {"name"},
                         {"product"},
                         {"author"},
                         {"description"},
                         {"release"},
                         {"document"},
                         {"dnsDomain"},
                         {"activeDirectory"},
                         {"sites"},
                         {"accounts"},
                         {"waivers"},
                         {"attestations"},
                         {"diagram"}});
    Plan plan;
    const YamlNode *version = map.require("hierarch");
    plan.formatVersion = readInt(version, "hierarch", 1);
    if (plan.formatVersion > kFormatVersion) {
        fail(version, tr("this file uses format version %1; this program reads format version %2")
                          .arg(plan.formatVersion)
                          .arg(kFormatVersion));
    }
    plan.name = readString(map.require("name"), "name");
    plan.product = readEnum<Product>(map.require("product"), "product");
    mProduct = plan.product;
    optString(map, "author", plan.author);
    optString(map, "description", plan.description, TextKind::FreeText);
    optRelease(map, plan.release);
    if (const YamlNode *document = map.get("document"))
        readDocument(document, plan);
    optString(map, "dnsDomain", plan.dnsDomain);
    if (const YamlNode *ad = map.get("activeDirectory")) {
        const MapReader adMap(*this, ad, QT_TR_NOOP("activeDirectory"),
                              {{"forest"}, {"schemaExtended"}, {"publishing"}});
        optString(adMap, "forest", plan.forest);
        optBool(adMap, "schemaExtended", plan.schemaExtended);
        optBool(adMap, "publishing", plan.publishing);
    }
    const auto &sites = readList(map.require("sites"), "sites");
    for (const YamlNode *siteNode : sites) {
        if (plan.sites.size() >= mLimits.maxSites)
            fail(siteNode, tr("the plan has more than %L1 sites").arg(mLimits.maxSites));
        plan.sites.append(readSite(siteNode));
    }
    if (const YamlNode *accounts = map.get("accounts")) {
        for (const YamlNode *n : readList(accounts, "accounts"))
            plan.accounts.append(readAccount(n));
    }
    if (const YamlNode *waivers = map.get("waivers")) {
        for (const YamlNode *n : readList(waivers, "waivers"))
            plan.waivers.append(readWaiver(n));
    }
    if (const YamlNode *attestations = map.get("attestations")) {
        for (const YamlNode *n : readList(attestations, "attestations"))
            plan.attestations.append(readAttestation(n));
    }
    if (const YamlNode *diagram = map.get("diagram"))
        readDiagram(diagram, plan);
    return plan;
}

Site Reader::readSite(const YamlNode *node)
{
    const MapReader map(*this, node, QT_TR_NOOP("a site"),
                        {{"code"},
                         {"name"},
                         {"type"},
                         {"parent"},
                         {"forest"},
                         {"clients"},
                         {"legacyClients", kSms},
                         {"workgroupClients"},
                         {"securityMode", kSms},
                         {"clientMode", kCm},
                         {"secureKeyExchange"},
                         {"acceptUnsignedData", kSms},
                         {"httpRoaming", kCm},
                         {"pki", kCm},
                         {"installation"},
                         {"release"},
                         {"addresses"},
                         {"boundaries"},
                         {"servers"}});
    Site site;
    site.pos = {node->line, node->column};
    site.code = readString(map.require("code"), "code");
    optString(map, "name", site.name);
    optEnum(map, "type", site.type);
    optString(map, "parent", site.parent);
    optString(map, "forest", site.forest);
    optInt(map, "clients", site.clients);
    optInt(map, "legacyClients", site.legacyClients);
    optBool(map, "workgroupClients", site.workgroupClients);
    optEnum(map, "securityMode", site.securityMode);
    optEnum(map, "clientMode", site.clientMode);
    optBool(map, "secureKeyExchange", site.secureKeyExchange);
    optBool(map, "acceptUnsignedData", site.acceptUnsignedData);
    optBool(map, "httpRoaming", site.httpRoaming);
    if (const YamlNode *pki = map.get("pki"))
        site.pki = readPki(pki);
    optEnum(map, "installation", site.installation);
    optRelease(map, site.release);
    if (const YamlNode *addresses = map.get("addresses")) {
        for (const YamlNode *n : readList(addresses, "addresses"))
            site.addresses.append(readAddress(n));
    }
    if (const YamlNode *boundaries = map.get("boundaries")) {
        for (const YamlNode *n : readList(boundaries, "boundaries"))
            site.boundaries.append(readBoundary(n));
    }
    if (const YamlNode *servers = map.get("servers")) {
        for (const YamlNode *serverNode : readList(servers, "servers")) {
            if (++mServerCount > mLimits.maxServers) {
                fail(serverNode, tr("the plan has more than %L1 servers").arg(mLimits.maxServers));
            }
            site.servers.append(readServer(serverNode));
        }
    }
    return site;
}

Server Reader::readServer(const YamlNode *node)
{
    const MapReader map(*this, node, QT_TR_NOOP("a server"),
                        {{"name"},
                         {"fqdn"},
                         {"internetFqdn", kCm},
                         {"forest"},
                         {"zone"},
                         {"dualHomed"},
                         {"domainController"},
                         {"os"},
                         {"fileSystem"},
                         {"staticIp"},
                         {"adminShare"},
                         {"securityConfigurationWizard"},
                         {"siteServerInitiatedTransfers", kCm},
                         {"ipsec"},
                         {"allowInternetClients", kCm},
                         {"otherWebApplications"},
                         {"otherLocalSystemServices"},
                         {"clustered"},
                         {"sql"},
                         {"roles"},
                         {"protectedBoundaries", kCm}});
    Server server;
    server.pos = {node->line, node->column};
    server.name = readString(map.require("name"), "name");
    optString(map, "fqdn", server.fqdn);
    optString(map, "internetFqdn", server.internetFqdn);
    optString(map, "forest", server.forest);
    optEnum(map, "zone", server.zone);
    optBool(map, "dualHomed", server.dualHomed);
    optBool(map, "domainController", server.domainController);
    optEnum(map, "os", server.os);
    optEnum(map, "fileSystem", server.fileSystem);
    optBool(map, "staticIp", server.staticIp);
    optBool(map, "adminShare", server.adminShare);
    optBool(map, "securityConfigurationWizard", server.securityConfigurationWizard);
    optBool(map, "siteServerInitiatedTransfers", server.siteServerInitiatedTransfers);
    optBool(map, "ipsec", server.ipsec);
    optBool(map, "allowInternetClients", server.allowInternetClients);
    optBool(map, "otherWebApplications", server.otherWebApplications);
    optBool(map, "otherLocalSystemServices", server.otherLocalSystemServices);
    optBool(map, "clustered", server.clustered);
    if (const YamlNode *sql = map.get("sql"))
        server.sql = readSql(sql);
    if (const YamlNode *roles = map.get("roles")) {
        for (const YamlNode *roleNode : readList(roles, "roles"))
            server.roles.append(readRole(roleNode));
    }
    if (const YamlNode *protectedList = map.get("protectedBoundaries"))
        server.protectedBoundaries = readProtectedBoundaries(protectedList);
    return server;
}

RoleAssignment Reader::readRole(const YamlNode *node)
{
    RoleAssignment assignment;
    assignment.pos = {node->line, node->column};
    const YamlNode *idNode = node;
    std::optional<MapReader> map;
    if (node->isMap()) {
        map.emplace(*this, node, QT_TR_NOOP("a role"),
                    std::initializer_list<KeySpec>{{"role"}, {"site"}, {"bits"}});
        idNode = map->require("role");
    }
    visit(idNode);
    const QStringList roleNames = enumNames<Role>();
    if (!idNode->isScalar()) {
        fail(idNode, tr("a role must be a role id such as `management-point`, or a map with "
                        "the key `role`"));
    }
    const auto role = enumFromName<Role>(std::string_view(idNode->text));
    if (!role) {
        const QString word = fromUtf8Text(idNode->text);
        fail(idNode, withHint(tr("unknown role %1").arg(quoted(word)), word, roleNames));
    }
    assignment.role = *role;
    if (map) {
        if (const YamlNode *site = map->get("site")) {
            if (*role != Role::SiteDatabase && *role != Role::SmsProvider) {
                fail(site, tr("%1 applies only to the roles `site-database` and `sms-provider`")
                               .arg(quoted("site")));
            }
            assignment.site = readString(site, "site");
        }
        if (const YamlNode *bits = map->get("bits")) {
            if (*role != Role::DistributionPoint) {
                fail(bits,
                     tr("%1 applies only to the role `distribution-point`").arg(quoted("bits")));
            }
            assignment.bits = readBool(bits, "bits");
        }
    }
    return assignment;
}

SqlSettings Reader::readSql(const YamlNode *node)
{
    const MapReader map(
        *this, node, QT_TR_NOOP("sql"),
        {{"authentication"}, {"serviceAccount"}, {"spnRegistered"}, {"otherDatabases"}});
    SqlSettings sql;
    sql.pos = {node->line, node->column};
    optEnum(map, "authentication", sql.authentication);
    optEnum(map, "serviceAccount", sql.serviceAccount);
    optBool(map, "spnRegistered", sql.spnRegistered);
    optBool(map, "otherDatabases", sql.otherDatabases);
    return sql;
}

} // namespace loader

using loader::Failure;
using loader::LoaderText;
using loader::Reader;

LoadResult loadPlan(const QByteArray &bytes, const QString &fileName)
{
    LoadResult result;
    result.error.file = fileName;

    auto source = std::make_shared<PlanSource>();
    YamlDocument &document = source->tree;
    YamlError yamlError;
    if (!document.parse(bytes, yamlError)) {
        result.error.line = yamlError.line;
        result.error.column = yamlError.column;
        result.error.message = yamlError.message;
        return result;
    }
    const PlanLimits limits;
    Reader reader(limits);
    try {
        result.plan = reader.readPlan(document.root());
        source->text = bytes;
        source->bom = bytes.startsWith("\xef\xbb\xbf") ? 3 : 0;
        result.source = std::move(source);
    } catch (const Failure &failure) {
        result.error.line = failure.line;
        result.error.column = failure.column;
        result.error.message = failure.message;
    }
    return result;
}

LoadResult loadPlanFile(const QString &path)
{
    LoadResult result;
    const YamlLimits yamlLimits;
    QByteArray bytes;
    QString why;
    switch (readRegularFile(path, yamlLimits.maxBytes, bytes, &why)) {
    case ReadStatus::Read:
        return loadPlan(bytes, path);
    case ReadStatus::TooLarge:
        result.error = {path, 1, 1,
                        LoaderText::tr("the file is larger than %L1 bytes, the limit")
                            .arg(yamlLimits.maxBytes)};
        return result;
    case ReadStatus::NotRegular:
        result.error = {path, 1, 1,
                        LoaderText::tr("cannot open the file: %1; only regular files are read as "
                                       "plans")
                            .arg(why)};
        return result;
    case ReadStatus::Failed:
        break;
    }
    result.error = {path, 1, 1, LoaderText::tr("cannot open the file: %1").arg(why)};
    return result;
}

} // namespace hierarch
