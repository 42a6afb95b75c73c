#pragma once

// The parts of planpatcher.cpp shared by its two files: planpatcher.cpp (the text edits, scalars,
// maps and the entry point) and planpatcheritems.cpp (lists and the items of a plan). Private to
// model/io.

#include "plansaver.h"
#include "plansource.h"
#include "sourcespans.h"

#include <QHash>

#include <functional>
#include <span>

namespace hierarch::patcher {

using Keys = std::span<const char *const>;

// FORMAT.md's key order of each map: a stated key goes after the last key before it.
inline constexpr const char *kPlanKeys[] = {"hierarch",        "name",    "product",  "author",
                                            "description",     "release", "document", "dnsDomain",
                                            "activeDirectory", "sites",   "accounts", "waivers",
                                            "attestations",    "diagram"};
inline constexpr const char *kDocumentKeys[] = {"version", "status", "changeRecord"};
inline constexpr const char *kChangeRecordKeys[] = {"version", "date", "author", "summary"};
inline constexpr const char *kDirectoryKeys[] = {"forest", "schemaExtended", "publishing"};
inline constexpr const char *kSiteKeys[] = {"code",
                                            "name",
                                            "type",
                                            "parent",
                                            "forest",
                                            "clients",
                                            "legacyClients",
                                            "workgroupClients",
                                            "securityMode",
                                            "clientMode",
                                            "secureKeyExchange",
                                            "acceptUnsignedData",
                                            "httpRoaming",
                                            "pki",
                                            "installation",
                                            "release",
                                            "addresses",
                                            "boundaries",
                                            "servers"};
// Site addresses and senders: the keys of an item of a site's `addresses`.
inline constexpr const char *kAddressKeys[] = {"to",       "type",      "destination", "account",
                                               "schedule", "rateLimit", "bandwidth",   "latency"};
inline constexpr const char *kServerKeys[] = {"name",
                                              "fqdn",
                                              "internetFqdn",
                                              "forest",
                                              "zone",
                                              "dualHomed",
                                              "domainController",
                                              "os",
                                              "fileSystem",
                                              "staticIp",
                                              "adminShare",
                                              "securityConfigurationWizard",
                                              "siteServerInitiatedTransfers",
                                              "ipsec",
                                              "allowInternetClients",
                                              "otherWebApplications",
                                              "otherLocalSystemServices",
                                              "clustered",
                                              "sql",
                                              "roles",
                                              "protectedBoundaries"};
inline constexpr const char *kBoundaryKeys[] = {"subnet", "range", "adSite", "ipv6Prefix",
                                                "connection"};
inline constexpr const char *kSqlKeys[] = {"authentication", "serviceAccount", "spnRegistered",
                                           "otherDatabases"};
inline constexpr const char *kPkiKeys[] = {"signingCertificate", "crlChecking", "crlPublished",
                                           "certificateTrustList"};
inline constexpr const char *kAccountKeys[] = {
    "name",           "type",      "sites",           "generated",
    "passwordChange", "rotation",  "rotationAccount", "domainAdmin",
    "custodians",     "sealedCopy"};
inline constexpr const char *kWaiverKeys[] = {"finding", "justification", "approvedBy", "expires"};
inline constexpr const char *kAttestationKeys[] = {"item", "status", "note"};

// Why an edit cannot be written as a patch of the text; the saver then writes the canonical
// layout and the editor's status bar shows the reason.
enum class Why { Text, Alias, Structure, EmptyMap, SharedLine, Style, Overlap };

const char *reason(Why why);

// Thrown where an edit cannot be written as a patch; patchPlanText() turns it into nothing.
struct Unsupported
{
    Why why;
};

[[noreturn]] inline void unsupported(Why why)
{
    throw Unsupported{why};
}

// A YAML map of the source with the key order its kind has in FORMAT.md.
struct MapView
{
    const YamlNode *node;
    Keys order;

    int find(std::string_view key) const
    {
        for (std::size_t i = 0; i < node->mapSize(); ++i) {
            if (node->key(i)->isScalar() && node->key(i)->text == key)
                return int(i);
        }
        return -1;
    }
    const YamlNode *value(std::string_view key) const
    {
        const int i = find(key);
        return i < 0 ? nullptr : node->value(std::size_t(i));
    }
};

// The plain token of a value that is not free text.
template<typename T>
QByteArray token(const T &value)
{
    if constexpr (std::is_enum_v<T>)
        return enumName(value);
    else
        return canonical::value(value);
}

bool hasControlCharacters(const QString &text);

class Patcher
{
public:
    Patcher(const PlanSource &source) : mSource(source), mSpans(source.text, source.bom) {}

    QByteArray run(const Plan &baseline, const Plan &edited);

private:
    struct Edit
    {
        qsizetype from;
        qsizetype to;
        QByteArray text;
    };

    // --- text edits ------------------------------------------------------------------------
    void replace(qsizetype from, qsizetype to, QByteArray text)
    {
        if (from < 0 || to < from)
            unsupported(Why::Text);
        mEdits.push_back({from, to, std::move(text)});
    }
    qsizetype valueEnd(const YamlNode *key, const YamlNode *value) const
    {
        const qsizetype end = mSpans.valueEnd(key, value);
        if (end < 0)
            unsupported(Why::Text);
        return end;
    }
    qsizetype itemEnd(const YamlNode *item, int dashColumn) const
    {
        const qsizetype end = mSpans.end(item, dashColumn);
        if (end < 0)
            unsupported(Why::Text);
        return end;
    }
    // Text inserted at the end of a file without a final line break starts with one instead.
    QByteArray endingAt(qsizetype at, QByteArray text) const
    {
        if (at >= mSource.text.size() && !mSource.text.endsWith('\n') && text.endsWith('\n')) {
            text.chop(1);
            text.prepend('\n');
        }
        return text;
    }

    // --- scalars ---------------------------------------------------------------------------
    QByteArray styledString(const YamlNode *old, const QString &text, int ownerColumn) const;
    QByteArray blockScalar(const YamlNode *old, const QString &text, int ownerColumn) const;
    template<typename T>
    QByteArray styledToken(const YamlNode *old, const T &value) const
    {
        const QByteArray t = token(value);
        switch (mSpans.style(old)) {
        case SourceSpans::Style::Plain:
            return t;
        case SourceSpans::Style::DoubleQuoted:
            return '"' + t + '"';
        case SourceSpans::Style::SingleQuoted:
            return '\'' + t + '\'';
        default:
            unsupported(Why::Alias);
        }
    }
    QByteArray inlineText(const QString &s) const { return yamlScalar(s); }
    template<typename T>
    QByteArray inlineText(const T &value) const
    {
        return token(value);
    }

    // --- maps ------------------------------------------------------------------------------
    template<typename T>
    void field(const MapView &map, const char *key, const std::optional<T> &o,
               const std::optional<T> &n)
    {
        if (o == n)
            return;
        if (!n) {
            removeEntry(map, key);
            return;
        }
        const int i = map.find(key);
        if (i < 0) {
            insertEntry(map, key, inlineText(*n));
            return;
        }
        const YamlNode *k = map.node->key(std::size_t(i));
        const YamlNode *v = map.node->value(std::size_t(i));
        if (!v->isScalar())
            unsupported(Why::Structure);
        const qsizetype start = mSpans.start(v);
        QByteArray text;
        if constexpr (std::is_same_v<T, QString>)
            text = styledString(v, *n, mSpans.column(mSpans.start(k)));
        else
            text = styledToken(v, *n);
        replace(start, valueEnd(k, v), text);
    }
    template<typename T>
    void field(const MapView &map, const char *key, const T &o, const T &n)
    {
        field(map, key, std::optional<T>(o), std::optional<T>(n));
    }
    void insertEntry(const MapView &map, const char *key, const QByteArray &inlineValue);
    // `entry` is the canonical text of the whole entry ("key:\n  ...") written for a key at
    // `canonicalColumn`.
    void insertBlockEntry(const MapView &map, const char *key, const QByteArray &entry,
                          int canonicalColumn);
    void removeEntry(const MapView &map, const char *key);
    // The index of the last present key that FORMAT.md puts before `key`, or -1.
    int precedingEntry(const MapView &map, const char *key) const;
    int keyColumn(const MapView &map) const;

    // --- lists -----------------------------------------------------------------------------
    template<typename T>
    struct ListSpec
    {
        // Canonical block text of a new item and the column of its dash there; empty when the
        // items are written in flow style only.
        std::function<QByteArray(const T &)> blockItem;
        int canonicalDash = 0;
        std::function<QByteArray(const YamlNode *, const T &)> flowItem;
        std::function<void(const YamlNode *, const T &, const T &)> patchItem;
        // Canonical text of the entry for a list key the file does not have yet.
        std::function<QByteArray(const QList<T> &)> newEntry;
        int canonicalColumn = 0;
        bool removeKeyWhenEmpty = true;
        // The item's own lines from elsewhere in the file (a server moved to another site),
        // with its dash moved to the given column; empty when it has none.
        std::function<QByteArray(const T &, int)> ownLines;
    };
    // The spec of a list of maps written in block style (sites, servers, accounts, ...): new
    // items and a new list key in the canonical layout, changed items by `patch`.
    template<typename T>
    ListSpec<T> mapItems(const char *key, QByteArray (*item)(const T &), int canonicalDash,
                         void (Patcher::*patch)(const YamlNode *, const T &, const T &))
    {
        ListSpec<T> spec;
        spec.blockItem = item;
        spec.canonicalDash = canonicalDash;
        spec.patchItem = [this, patch](const YamlNode *node, const T &a, const T &b) {
            (this->*patch)(node, a, b);
        };
        spec.newEntry = [key, item](const QList<T> &list) {
            QByteArray text = QByteArray(key) + ":\n";
            for (const T &t : list)
                text += item(t);
            return text;
        };
        spec.canonicalColumn = canonicalDash - 2;
        return spec;
    }
    template<typename T>
    void listEntry(const MapView &map, const char *key, const QList<T> &o, const QList<T> &n,
                   const std::vector<int> &newToOld, const ListSpec<T> &spec);
    template<typename T>
    void flowList(const YamlNode *seq, const QList<T> &o, const QList<T> &n,
                  const std::vector<int> &newToOld, const ListSpec<T> &spec);
    template<typename T>
    void blockList(const YamlNode *key, const YamlNode *seq, const QList<T> &o, const QList<T> &n,
                   const std::vector<int> &newToOld, const ListSpec<T> &spec);
    qsizetype dashOf(const YamlNode *item) const;
    QByteArray reindentItem(const QByteArray &canonical, int canonicalDash, int dash,
                            int keyColumn) const;
    static QByteArray shifted(const QByteArray &text, int by);

    // --- the plan --------------------------------------------------------------------------
    void patchSite(const YamlNode *node, const Site &o, const Site &n);
    void indexServers(const MapView &root, const Plan &o);
    QByteArray movedServerLines(const Server &server, int dash) const;
    void patchServer(const YamlNode *node, const Server &o, const Server &n);
    void patchRoles(const MapView &server, const QList<RoleAssignment> &o,
                    const QList<RoleAssignment> &n);
    void patchBoundary(const YamlNode *node, const Boundary &o, const Boundary &n);
    void patchStrings(const MapView &map, const char *key, const QStringList &o,
                      const QStringList &n);
    void patchAddress(const YamlNode *node, const SenderAddress &o, const SenderAddress &n);
    void patchAccount(const YamlNode *node, const Account &o, const Account &n);
    void patchWaiver(const YamlNode *node, const Waiver &o, const Waiver &n);
    void patchAttestation(const YamlNode *node, const Attestation &o, const Attestation &n);
    void patchDirectory(const MapView &root, const Plan &o, const Plan &n);
    void patchDocument(const MapView &root, const Plan &o, const Plan &n);
    void patchChangeRecordEntry(const YamlNode *node, const ChangeRecordEntry &o,
                                const ChangeRecordEntry &n);
    void patchDiagram(const MapView &root, const Plan &o, const Plan &n);

    const PlanSource &mSource;
    SourceSpans mSpans;
    std::vector<Edit> mEdits;
    // The file's servers by runtime id, so that a server moved to another site keeps its text.
    QHash<ItemId, std::pair<const YamlNode *, const Server *>> mServers;
};

} // namespace hierarch::patcher
