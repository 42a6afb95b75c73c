#include "planloader.h"

#include "../boundaries/boundary.h"
#include "../rules/checklist.h"
#include "checkedfile.h"
#include "plansource.h"
#include "yamltree.h"

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

namespace {

// Every loader message has the context "hierarch::PlanLoader": the reader classes declare it too,
// and free functions call LoaderText::tr, so that lupdate files them where the runtime looks.
struct LoaderText
{
    Q_DECLARE_TR_FUNCTIONS(hierarch::PlanLoader)
};

// UTF-8 to QString keeping a leading U+FEFF: QString::fromUtf8 drops one as a byte order mark,
// which would change a name that happens to start with it.
QString fromUtf8Text(const std::string &text)
{
    std::size_t boms = 0;
    while (text.compare(3 * boms, 3, "\xef\xbb\xbf") == 0)
        ++boms;
    if (boms == 0)
        return QString::fromStdString(text);
    return QString(qsizetype(boms), QChar(0xfeff)) +
           QString::fromUtf8(text.data() + 3 * boms, qsizetype(text.size() - 3 * boms));
}

// Every user value quoted in a message is clipped, so that a hostile megabyte-long value gives a
// one-line message.
QString quoted(const QString &s)
{
    return QLatin1Char('`') + clippedForMessage(s) + QLatin1Char('`');
}

QString quoted(const char *s)
{
    return quoted(QString::fromLatin1(s));
}

// Thrown inside the reader and turned into a LoadError at the top; the walk is a few levels deep
// and every level would otherwise have to check and forward a status.
struct Failure
{
    int line;
    int column;
    QString message;
};

[[noreturn]] void fail(const YamlNode *at, const QString &message)
{
    throw Failure{at->line, at->column, message};
}

QString withHint(QString message, const QString &word, const QStringList &candidates)
{
    const QString hint = closestMatch(word, candidates);
    if (!hint.isEmpty())
        message += LoaderText::tr("; did you mean %1?").arg(quoted(hint));
    return message;
}

// The keys a map may have; `only` marks keys that belong to one product.
struct KeySpec
{
    const char *name;
    std::optional<Product> only = std::nullopt;
};

class Reader;

// One YAML map checked against its allowed keys: duplicates, unknown keys (with a hint), keys of
// the other product and missing required keys are load errors.
class MapReader
{
    Q_DECLARE_TR_FUNCTIONS(hierarch::PlanLoader)

public:
    MapReader(Reader &reader, const YamlNode *node, const char *what,
              std::initializer_list<KeySpec> keys);

    const YamlNode *get(const char *key) const;
    const YamlNode *require(const char *key) const;
    const YamlNode *node() const { return mNode; }

private:
    const YamlNode *mNode;
    const char *mWhat;
    std::vector<std::pair<const char *, const YamlNode *>> mValues;
};

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(hierarch::PlanLoader)

public:
    Reader(const PlanLimits &limits) : mLimits(limits) {}

    Plan readPlan(const YamlNode *root);

    // Counts a visited node against the alias-expansion budgets: nodes, and the text of scalars
    // as the plan uses them (an alias of a megabyte scalar used a thousand times would otherwise
    // cost a gigabyte of strings while the file itself stays small).
    const YamlNode *visit(const YamlNode *node)
    {
        if (++mVisited > mLimits.maxVisitedNodes) {
            fail(node, tr("the document expands to more than %L1 nodes (through aliases)")
                           .arg(qulonglong(mLimits.maxVisitedNodes)));
        }
        mTextBytes += node->text.size();
        if (mTextBytes > mLimits.maxTextBytes) {
            fail(node, tr("the text of the plan comes to more than %L1 bytes, counting every use "
                          "of an alias")
                           .arg(qulonglong(mLimits.maxTextBytes)));
        }
        return node;
    }

    std::optional<Product> product() const { return mProduct; }

    QString readString(const YamlNode *node, const char *key, TextKind kind = TextKind::Name)
    {
        visit(node);
        if (!node->isScalar())
            fail(node, tr("%1 must be a text value%2").arg(quoted(key), found(node)));
        // Every character is at most 4 UTF-8 bytes: most values are judged by their byte size
        // before any conversion.
        const int maxLength = maxTextLength(kind);
        if (node->text.size() > std::size_t(4 * maxLength))
            failTooLong(node, key, kind);
        QString text = fromUtf8Text(node->text);
        if (characterCount(text) > maxLength)
            failTooLong(node, key, kind);
        if (const auto bad = forbiddenCharacter(text, kind)) {
            fail(node, tr("%1 contains the control character %2, which is not allowed here")
                           .arg(quoted(key), codePointName(*bad)));
        }
        return text;
    }

    [[noreturn]] void failTooLong(const YamlNode *node, const char *key, TextKind kind)
    {
        fail(node,
             tr("%1 is longer than %L2 characters").arg(quoted(key)).arg(maxTextLength(kind)));
    }

    bool readBool(const YamlNode *node, const char *key)
    {
        visit(node);
        if (node->isScalar() && node->plain) {
            const std::string &t = node->text;
            if (t == "true" || t == "True" || t == "TRUE")
                return true;
            if (t == "false" || t == "False" || t == "FALSE")
                return false;
        }
        fail(node, tr("%1 must be true or false%2").arg(quoted(key), found(node)));
    }

    int readInt(const YamlNode *node, const char *key, int min)
    {
        visit(node);
        if (node->isScalar() && node->plain && !node->text.empty()) {
            std::string_view t = node->text;
            if (t.front() == '+')
                t.remove_prefix(1);
            long long value = 0;
            const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
            if (ec == std::errc() && end == t.data() + t.size()) {
                if (value < min || value > std::numeric_limits<int>::max()) {
                    fail(node, tr("%1 must be a whole number from %L2 to %L3")
                                   .arg(quoted(key))
                                   .arg(min)
                                   .arg(std::numeric_limits<int>::max()));
                }
                return int(value);
            }
            if (ec == std::errc::result_out_of_range) {
                fail(node, tr("%1 must be a whole number from %L2 to %L3")
                               .arg(quoted(key))
                               .arg(min)
                               .arg(std::numeric_limits<int>::max()));
            }
        }
        fail(node, tr("%1 must be a whole number%2").arg(quoted(key), found(node)));
    }

    double readNumber(const YamlNode *node, const char *key)
    {
        visit(node);
        if (node->isScalar() && node->plain) {
            bool ok = false;
            const double v = fromUtf8Text(node->text).toDouble(&ok);
            if (ok && std::isfinite(v) && std::abs(v) < 1e9)
                return v;
        }
        fail(node, tr("%1 must be a number%2").arg(quoted(key), found(node)));
    }

    template<typename E>
    E readEnum(const YamlNode *node, const char *key)
    {
        visit(node);
        if (node->isScalar()) {
            if (const auto value = enumFromName<E>(std::string_view(node->text)))
                return *value;
        }
        const QStringList names = enumNames<E>();
        const QString word = node->isScalar() ? fromUtf8Text(node->text) : QString();
        fail(node, withHint(tr("%1 must be one of %2%3")
                                .arg(quoted(key), names.join(QLatin1String(", ")), found(node)),
                            word, names));
    }

    QDate readDate(const YamlNode *node, const char *key)
    {
        visit(node);
        if (node->isScalar() && node->text.size() == 10) {
            const QDate date = QDate::fromString(fromUtf8Text(node->text), Qt::ISODate);
            if (date.isValid())
                return date;
        }
        fail(node, tr("%1 must be a date written YYYY-MM-DD%2").arg(quoted(key), found(node)));
    }

    QStringList readStringList(const YamlNode *node, const char *key)
    {
        visit(node);
        if (!node->isSequence())
            fail(node, tr("%1 must be a list").arg(quoted(key)));
        QStringList list;
        for (const YamlNode *item : node->children)
            list << readString(item, key);
        return list;
    }

    const std::vector<const YamlNode *> &readList(const YamlNode *node, const char *key)
    {
        visit(node);
        if (!node->isSequence())
            fail(node, tr("%1 must be a list").arg(quoted(key)));
        return node->children;
    }

    static QString found(const YamlNode *node)
    {
        switch (node->kind) {
        case YamlNode::Kind::Null:
            return tr(", but it has no value");
        case YamlNode::Kind::Scalar:
            return tr(", not %1").arg(quoted(fromUtf8Text(node->text)));
        case YamlNode::Kind::Sequence:
            return tr(", not a list");
        case YamlNode::Kind::Map:
            return tr(", not a map");
        }
        return {};
    }

private:
    Site readSite(const YamlNode *node);
    Server readServer(const YamlNode *node);
    RoleAssignment readRole(const YamlNode *node);
    SqlSettings readSql(const YamlNode *node);
    PkiSettings readPki(const YamlNode *node);
    Boundary readBoundary(const YamlNode *node);
    QStringList readProtectedBoundaries(const YamlNode *node);
    Account readAccount(const YamlNode *node);
    SenderAddress readAddress(const YamlNode *node);
    Waiver readWaiver(const YamlNode *node);
    Attestation readAttestation(const YamlNode *node);
    void readDocument(const YamlNode *node, Plan &plan);
    ChangeRecordEntry readChangeRecordEntry(const YamlNode *node);
    void readDiagram(const YamlNode *node, Plan &plan);

    template<typename T>
    void optString(const MapReader &map, const char *key, std::optional<T> &out,
                   TextKind kind = TextKind::Name)
    {
        if (const YamlNode *n = map.get(key))
            out = readString(n, key, kind);
    }
    void optBool(const MapReader &map, const char *key, std::optional<bool> &out)
    {
        if (const YamlNode *n = map.get(key))
            out = readBool(n, key);
    }
    void optInt(const MapReader &map, const char *key, std::optional<int> &out, int min = 0)
    {
        if (const YamlNode *n = map.get(key))
            out = readInt(n, key, min);
    }
    template<typename E>
    void optEnum(const MapReader &map, const char *key, std::optional<E> &out)
    {
        if (const YamlNode *n = map.get(key))
            out = readEnum<E>(n, key);
    }

    // `release`: a value of the plan's product only (SMS 2003 has no R2, ConfigMgr 2007 no SP3).
    void optRelease(const MapReader &map, std::optional<Release> &out)
    {
        const YamlNode *n = map.get("release");
        if (!n)
            return;
        const Release release = readEnum<Release>(n, "release");
        if (mProduct && !releaseInProduct(release, *mProduct)) {
            fail(n, tr("%1 is not a release of %2; use one of %3")
                        .arg(quoted(fromUtf8Text(n->text)), enumString(*mProduct),
                             releaseNamesOf(*mProduct).join(QLatin1String(", "))));
        }
        out = release;
    }

    const PlanLimits &mLimits;
    std::size_t mVisited = 0;
    std::size_t mTextBytes = 0;
    std::optional<Product> mProduct;
    int mServerCount = 0;
};

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

constexpr auto kSms = Product::Sms2003;
constexpr auto kCm = Product::ConfigMgr2007;

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

Account Reader::readAccount(const YamlNode *node)
{
    const MapReader map(*this, node, QT_TR_NOOP("an account"),
                        {{"name"},
                         {"type"},
                         {"sites"},
                         {"generated"},
                         {"passwordChange"},
                         {"rotation"},
                         {"rotationAccount"},
                         {"domainAdmin"},
                         {"custodians"},
                         {"sealedCopy"}});
    Account account;
    account.pos = {node->line, node->column};
    account.name = readString(map.require("name"), "name");
    account.type = readEnum<AccountType>(map.require("type"), "type");
    const YamlNode *sites = map.require("sites");
    account.sites = readStringList(sites, "sites");
    if (account.sites.isEmpty())
        fail(sites, tr("%1 must name at least one site").arg(quoted("sites")));
    optBool(map, "generated", account.generated);
    optEnum(map, "passwordChange", account.passwordChange);
    optEnum(map, "rotation", account.rotation);
    optString(map, "rotationAccount", account.rotationAccount);
    optBool(map, "domainAdmin", account.domainAdmin);
    optInt(map, "custodians", account.custodians);
    optBool(map, "sealedCopy", account.sealedCopy);
    return account;
}

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

Waiver Reader::readWaiver(const YamlNode *node)
{
    const MapReader map(*this, node, QT_TR_NOOP("a waiver"),
                        {{"finding"}, {"justification"}, {"approvedBy"}, {"expires"}});
    Waiver waiver;
    waiver.pos = {node->line, node->column};
    const YamlNode *finding = map.require("finding");
    waiver.finding = readString(finding, "finding", TextKind::FindingId);
    if (!waiver.finding.contains(QLatin1Char('@')))
        fail(finding, tr("%1 must be a finding id written rule@subject, such as "
                         "`fsp-colocated@P01-FSP01`")
                          .arg(quoted("finding")));
    const YamlNode *justification = map.require("justification");
    waiver.justification = readString(justification, "justification", TextKind::FreeText);
    if (waiver.justification.trimmed().isEmpty())
        fail(justification, tr("%1 must not be empty").arg(quoted("justification")));
    optString(map, "approvedBy", waiver.approvedBy);
    if (const YamlNode *expires = map.get("expires"))
        waiver.expires = readDate(expires, "expires");
    return waiver;
}

Attestation Reader::readAttestation(const YamlNode *node)
{
    const MapReader map(*this, node, QT_TR_NOOP("an attestation"),
                        {{"item"}, {"status"}, {"note"}});
    Attestation attestation;
    attestation.pos = {node->line, node->column};
    const YamlNode *item = map.require("item");
    attestation.item = readString(item, "item");
    if (!findChecklistItem(attestation.item)) {
        QStringList ids;
        for (const ChecklistItem &i : checklistItems())
            ids << QString::fromLatin1(i.id);
        fail(item, withHint(tr("unknown checklist item %1").arg(quoted(attestation.item)),
                            attestation.item, ids));
    }
    optEnum(map, "status", attestation.status);
    optString(map, "note", attestation.note, TextKind::FreeText);
    return attestation;
}

void Reader::readDocument(const YamlNode *node, Plan &plan)
{
    const MapReader map(*this, node, QT_TR_NOOP("document"),
                        {{"version"}, {"status"}, {"changeRecord"}});
    optString(map, "version", plan.documentVersion);
    optEnum(map, "status", plan.documentStatus);
    if (const YamlNode *record = map.get("changeRecord")) {
        for (const YamlNode *n : readList(record, "changeRecord"))
            plan.changeRecord.append(readChangeRecordEntry(n));
    }
}

ChangeRecordEntry Reader::readChangeRecordEntry(const YamlNode *node)
{
    const MapReader map(*this, node, QT_TR_NOOP("a change record entry"),
                        {{"version"}, {"date"}, {"author"}, {"summary"}});
    ChangeRecordEntry entry;
    entry.pos = {node->line, node->column};
    entry.version = readString(map.require("version"), "version");
    entry.date = readDate(map.require("date"), "date");
    optString(map, "author", entry.author);
    optString(map, "summary", entry.summary, TextKind::FreeText);
    return entry;
}

void Reader::readDiagram(const YamlNode *node, Plan &plan)
{
    const MapReader map(*this, node, QT_TR_NOOP("diagram"), {{"sites"}});
    const YamlNode *sites = map.get("sites");
    if (!sites)
        return;
    visit(sites);
    if (!sites->isMap())
        fail(sites, tr("%1 must map site codes to [x, y] positions").arg(quoted("diagram.sites")));
    for (std::size_t i = 0; i < sites->mapSize(); ++i) {
        DiagramPosition position;
        position.siteCode = readString(sites->key(i), "diagram.sites");
        const YamlNode *point = visit(sites->value(i));
        if (!point->isSequence() || point->children.size() != 2) {
            fail(point, tr("the position of site %1 must be written [x, y]")
                            .arg(quoted(position.siteCode)));
        }
        position.x = readNumber(point->children[0], "x");
        position.y = readNumber(point->children[1], "y");
        plan.diagram.append(position);
    }
}

} // namespace

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
