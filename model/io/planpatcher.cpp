#include "planpatcher.h"

#include "listalignment.h"
#include "plansaver.h"
#include "plansource.h"
#include "sourcespans.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <functional>
#include <span>

namespace hierarch {

namespace {

using Keys = std::span<const char *const>;

// FORMAT.md's key order of each map: a stated key goes after the last key before it.
constexpr const char *kPlanKeys[] = {"hierarch",        "name",    "product",  "author",
                                     "description",     "release", "document", "dnsDomain",
                                     "activeDirectory", "sites",   "accounts", "waivers",
                                     "attestations",    "diagram"};
constexpr const char *kDocumentKeys[] = {"version", "status", "changeRecord"};
constexpr const char *kChangeRecordKeys[] = {"version", "date", "author", "summary"};
constexpr const char *kDirectoryKeys[] = {"forest", "schemaExtended", "publishing"};
constexpr const char *kSiteKeys[] = {"code",
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
constexpr const char *kAddressKeys[] = {"to",       "type",      "destination", "account",
                                        "schedule", "rateLimit", "bandwidth",   "latency"};
constexpr const char *kServerKeys[] = {"name",
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
constexpr const char *kBoundaryKeys[] = {"subnet", "range", "adSite", "ipv6Prefix", "connection"};
constexpr const char *kSqlKeys[] = {"authentication", "serviceAccount", "spnRegistered",
                                    "otherDatabases"};
constexpr const char *kPkiKeys[] = {"signingCertificate", "crlChecking", "crlPublished",
                                    "certificateTrustList"};
constexpr const char *kAccountKeys[] = {
    "name",           "type",      "sites",           "generated",
    "passwordChange", "rotation",  "rotationAccount", "domainAdmin",
    "custodians",     "sealedCopy"};
constexpr const char *kWaiverKeys[] = {"finding", "justification", "approvedBy", "expires"};
constexpr const char *kAttestationKeys[] = {"item", "status", "note"};

// Why an edit cannot be written as a patch of the text; the saver then writes the canonical
// layout and the editor's status bar shows the reason.
enum class Why { Text, Alias, Structure, EmptyMap, SharedLine, Style, Overlap };

const char *reason(Why why)
{
    switch (why) {
    case Why::Text:
        return QT_TRANSLATE_NOOP("hierarch::PlanSaver",
                                 "the text of an edited value could not be found");
    case Why::Alias:
        return QT_TRANSLATE_NOOP("hierarch::PlanSaver",
                                 "an edited value has an anchor, a tag or an alias");
    case Why::Structure:
        return QT_TRANSLATE_NOOP("hierarch::PlanSaver",
                                 "the file is laid out in a way the editor does not patch");
    case Why::EmptyMap:
        return QT_TRANSLATE_NOOP("hierarch::PlanSaver", "an edit would leave an empty map");
    case Why::SharedLine:
        return QT_TRANSLATE_NOOP("hierarch::PlanSaver",
                                 "an edited key or item shares its line with another");
    case Why::Style:
        return QT_TRANSLATE_NOOP("hierarch::PlanSaver",
                                 "an added item does not fit the list's flow or block style");
    case Why::Overlap:
        return QT_TRANSLATE_NOOP("hierarch::PlanSaver", "two edits overlap");
    }
    return "";
}

// Thrown where an edit cannot be written as a patch; patchPlanText() turns it into nothing.
struct Unsupported
{
    Why why;
};

[[noreturn]] void unsupported(Why why)
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

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u < 0x20 || u == 0x7f || (u >= 0x80 && u <= 0x9f) || u == 0xfeff || u == 0x2028 ||
               u == 0x2029 || c.isSurrogate();
    });
}

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

QByteArray Patcher::styledString(const YamlNode *old, const QString &text, int ownerColumn) const
{
    switch (mSpans.style(old)) {
    case SourceSpans::Style::Plain:
        return yamlScalar(text);
    case SourceSpans::Style::DoubleQuoted:
        return yamlDoubleQuoted(text);
    case SourceSpans::Style::SingleQuoted:
        if (hasControlCharacters(text))
            return yamlDoubleQuoted(text);
        return '\'' + QString(text).replace(QLatin1Char('\''), QLatin1String("''")).toUtf8() + '\'';
    case SourceSpans::Style::Literal:
    case SourceSpans::Style::Folded:
        return blockScalar(old, text, ownerColumn);
    default:
        unsupported(Why::Alias);
    }
}

// A block scalar in the style of `old` (literal or folded, its indentation and line width),
// or a double-quoted one where the text cannot be written so.
QByteArray Patcher::blockScalar(const YamlNode *old, const QString &text, int ownerColumn) const
{
    const qsizetype start = mSpans.start(old);
    const bool folded = mSpans.at(start) == '>';
    int indent = mSpans.blockIndent(old, ownerColumn);
    if (indent < 0)
        indent = ownerColumn + 2;
    QString body = text;
    QByteArray chomp = "-";
    if (body.endsWith(QLatin1Char('\n'))) {
        body.chop(1);
        chomp.clear();
    }
    const bool writable =
        !body.isEmpty() && !body.endsWith(QLatin1Char('\n')) &&
        !body.startsWith(QLatin1Char(' ')) && !body.startsWith(QLatin1Char('\t')) &&
        !body.contains(QLatin1Char('\r')) &&
        !hasControlCharacters(QString(body).remove(QLatin1Char('\n')).remove(QLatin1Char('\t')));
    const bool foldable = !body.contains(QLatin1Char('\n')) && !body.contains(QLatin1Char('\t')) &&
                          !body.contains(QLatin1String("  ")) && !body.endsWith(QLatin1Char(' '));
    if (!writable || (folded && !foldable))
        return yamlDoubleQuoted(text);

    // Keep whatever follows the header on its line (a comment), and the author's line width.
    qsizetype headerEnd = start + 1;
    while (mSpans.at(headerEnd) == '-' || mSpans.at(headerEnd) == '+')
        ++headerEnd;
    const QByteArray rest = mSource.text.mid(headerEnd, mSpans.lineEnd(start) - headerEnd);
    int width = 0;
    const qsizetype end = mSpans.end(old, ownerColumn);
    for (qsizetype p = mSpans.nextLine(start); p < end; p = mSpans.nextLine(p))
        width = std::max(width, int(mSpans.lineEnd(p) - p));
    width = std::max(width, 60);

    QByteArray out = (folded ? ">" : "|") + chomp + rest;
    const QByteArray pad(indent, ' ');
    if (!folded) {
        for (const QString &line : body.split(QLatin1Char('\n'))) {
            out += '\n';
            if (!line.isEmpty())
                out += pad + line.toUtf8();
        }
        return out;
    }
    QByteArray line;
    for (const QString &word : body.split(QLatin1Char(' '))) {
        const QByteArray w = word.toUtf8();
        if (!line.isEmpty() && indent + line.size() + 1 + w.size() > width) {
            out += '\n' + pad + line;
            line.clear();
        }
        line += line.isEmpty() ? w : ' ' + w;
    }
    out += '\n' + pad + line;
    return out;
}

int Patcher::keyColumn(const MapView &map) const
{
    if (map.node->mapSize() == 0)
        unsupported(Why::EmptyMap);
    return mSpans.column(mSpans.start(map.node->key(0)));
}

int Patcher::precedingEntry(const MapView &map, const char *key) const
{
    auto at = std::find_if(map.order.begin(), map.order.end(),
                           [&](const char *k) { return std::string_view(k) == key; });
    while (at != map.order.begin()) {
        --at;
        const int i = map.find(*at);
        if (i >= 0)
            return i;
    }
    return -1;
}

void Patcher::insertEntry(const MapView &map, const char *key, const QByteArray &inlineValue)
{
    if (mSpans.style(map.node) == SourceSpans::Style::Flow) {
        const QByteArray entry = QByteArray(key) + ": " + inlineValue;
        const int before = precedingEntry(map, key);
        if (before >= 0) {
            const YamlNode *k = map.node->key(std::size_t(before));
            const qsizetype end = valueEnd(k, map.node->value(std::size_t(before)));
            replace(end, end, ", " + entry);
        } else if (map.node->mapSize() > 0) {
            const qsizetype start = mSpans.start(map.node->key(0));
            replace(start, start, entry + ", ");
        } else {
            const qsizetype open = mSpans.start(map.node) + 1;
            replace(open, open, entry);
        }
        return;
    }
    insertBlockEntry(map, key, QByteArray(key) + ": " + inlineValue + '\n', 0);
}

void Patcher::insertBlockEntry(const MapView &map, const char *key, const QByteArray &entry,
                               int canonicalColumn)
{
    if (mSpans.style(map.node) != SourceSpans::Style::Block)
        unsupported(Why::Style);
    int after = precedingEntry(map, key);
    if (after < 0)
        after = int(map.node->mapSize()) - 1;
    const YamlNode *k = map.node->key(std::size_t(after));
    const qsizetype at = mSpans.nextLine(valueEnd(k, map.node->value(std::size_t(after))));
    replace(at, at, endingAt(at, shifted(entry, keyColumn(map) - canonicalColumn)));
}

void Patcher::removeEntry(const MapView &map, const char *key)
{
    const int i = map.find(key);
    if (i < 0)
        return;
    const YamlNode *k = map.node->key(std::size_t(i));
    const YamlNode *v = map.node->value(std::size_t(i));
    const std::size_t size = map.node->mapSize();
    if (mSpans.style(map.node) == SourceSpans::Style::Flow) {
        if (std::size_t(i) + 1 < size) {
            replace(mSpans.start(k), mSpans.start(map.node->key(std::size_t(i) + 1)), {});
        } else if (i > 0) {
            const YamlNode *pk = map.node->key(std::size_t(i) - 1);
            replace(valueEnd(pk, map.node->value(std::size_t(i) - 1)), valueEnd(k, v), {});
        } else {
            replace(mSpans.start(k), valueEnd(k, v), {});
        }
        return;
    }
    const qsizetype keyStart = mSpans.start(k);
    if (size == 1)
        unsupported(Why::EmptyMap);
    if (!mSpans.onlySpacesBefore(keyStart))
        unsupported(Why::SharedLine);
    replace(mSpans.lineStart(keyStart), mSpans.nextLine(valueEnd(k, v)), {});
}

QByteArray Patcher::shifted(const QByteArray &text, int by)
{
    if (by == 0)
        return text;
    const QList<QByteArray> lines = text.split('\n');
    QByteArray out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i)
            out += '\n';
        const QByteArray &line = lines.at(i);
        if (line.isEmpty())
            continue;
        if (by > 0) {
            out += QByteArray(by, ' ') + line;
        } else {
            qsizetype spaces = 0;
            while (spaces < -by && spaces < line.size() && line.at(spaces) == ' ')
                ++spaces;
            out += line.mid(spaces);
        }
    }
    return out;
}

QByteArray Patcher::reindentItem(const QByteArray &canonical, int canonicalDash, int dash,
                                 int keyColumn) const
{
    // The first line is "<canonicalDash spaces>- key: ..."; the rest sit at canonicalDash + 2.
    const qsizetype firstEnd = canonical.indexOf('\n');
    const QByteArray first = canonical.left(firstEnd).mid(canonicalDash + 2);
    QByteArray out = QByteArray(dash, ' ') + '-' +
                     QByteArray(std::max(1, keyColumn - dash - 1), ' ') + first + '\n';
    out += shifted(canonical.mid(firstEnd + 1), keyColumn - (canonicalDash + 2));
    return out;
}

qsizetype Patcher::dashOf(const YamlNode *item) const
{
    const qsizetype dash = mSpans.dashOf(item);
    if (dash < 0)
        unsupported(Why::SharedLine);
    return dash;
}

template<typename T>
void Patcher::listEntry(const MapView &map, const char *key, const QList<T> &o, const QList<T> &n,
                        const std::vector<int> &newToOld, const ListSpec<T> &spec)
{
    if (o == n)
        return;
    const int i = map.find(key);
    if (i < 0) {
        if (!n.isEmpty())
            insertBlockEntry(map, key, spec.newEntry(n), spec.canonicalColumn);
        return;
    }
    if (n.isEmpty() && spec.removeKeyWhenEmpty) {
        removeEntry(map, key);
        return;
    }
    const YamlNode *k = map.node->key(std::size_t(i));
    const YamlNode *seq = map.node->value(std::size_t(i));
    if (!seq->isSequence() || qsizetype(seq->children.size()) != o.size())
        unsupported(Why::Structure);
    if (mSpans.style(seq) == SourceSpans::Style::Flow && (spec.flowItem || !o.isEmpty()))
        flowList(seq, o, n, newToOld, spec);
    else
        blockList(k, seq, o, n, newToOld, spec);
}

template<typename T>
void Patcher::flowList(const YamlNode *seq, const QList<T> &o, const QList<T> &n,
                       const std::vector<int> &newToOld, const ListSpec<T> &spec)
{
    if (!spec.flowItem)
        unsupported(Why::Style);
    const std::size_t count = seq->children.size();
    auto itemStart = [&](std::size_t i) {
        return mSpans.start(seq->children[i]);
    };
    auto itemEnd = [&](std::size_t i) {
        const qsizetype end = mSpans.end(seq->children[i], -1);
        if (end < 0)
            unsupported(Why::Text);
        return end;
    };
    std::vector<bool> kept(count, false);
    for (int old : newToOld) {
        if (old >= 0)
            kept[std::size_t(old)] = true;
    }
    if (std::none_of(kept.cbegin(), kept.cend(), [](bool k) { return k; })) {
        // Nothing of the old list stays: the brackets get the new items.
        const qsizetype end = mSpans.end(seq, -1);
        if (end < 0)
            unsupported(Why::Text);
        QByteArray out = "[";
        for (qsizetype k = 0; k < n.size(); ++k)
            out += (k ? ", " : "") + spec.flowItem(nullptr, n.at(k));
        replace(mSpans.start(seq), end, out + ']');
        return;
    }
    // Item by item, so that the author's spacing and line breaks inside the brackets stay.
    QByteArray pending;
    qsizetype pendingAt = itemStart(0);
    bool front = true;
    auto flush = [&] {
        if (!pending.isEmpty())
            replace(pendingAt, pendingAt, front ? pending + ", " : pending);
        pending.clear();
    };
    for (qsizetype k = 0; k < n.size(); ++k) {
        const int old = newToOld[std::size_t(k)];
        if (old < 0) {
            if (!front || !pending.isEmpty())
                pending += ", ";
            pending += spec.flowItem(nullptr, n.at(k));
            continue;
        }
        flush();
        front = false;
        const std::size_t i = std::size_t(old);
        if (!(o.at(old) == n.at(k)))
            replace(itemStart(i), itemEnd(i), spec.flowItem(seq->children[i], n.at(k)));
        pendingAt = itemEnd(i);
    }
    flush();
    // Removed items go in runs, each with the separator that joined it to the list.
    for (std::size_t i = 0; i < count;) {
        if (kept[i]) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j + 1 < count && !kept[j + 1])
            ++j;
        if (j + 1 < count)
            replace(itemStart(i), itemStart(j + 1), {});
        else
            replace(itemEnd(i - 1), itemEnd(j), {});
        i = j + 1;
    }
}

template<typename T>
void Patcher::blockList(const YamlNode *key, const YamlNode *seq, const QList<T> &o,
                        const QList<T> &n, const std::vector<int> &newToOld,
                        const ListSpec<T> &spec)
{
    if (!spec.blockItem)
        unsupported(Why::Style);
    const int ownerColumn = mSpans.column(mSpans.start(key));
    int dash = ownerColumn + 2;
    int column = dash + 2;
    if (!seq->children.empty()) {
        const qsizetype firstDash = dashOf(seq->children.front());
        dash = mSpans.column(firstDash);
        column = mSpans.column(mSpans.start(seq->children.front()));
    }
    auto render = [&](const T &item) {
        if (spec.ownLines) {
            const QByteArray own = spec.ownLines(item, dash);
            if (!own.isEmpty())
                return own;
        }
        return reindentItem(spec.blockItem(item), spec.canonicalDash, dash, column);
    };
    // The lines of an old item with the comment lines directly above it.
    auto region = [&](int old) {
        const auto lines = mSpans.itemLines(seq->children[std::size_t(old)]);
        if (lines.first < 0)
            unsupported(Why::SharedLine);
        return lines;
    };

    if (seq->children.empty()) {
        // `key: []` gains its first items: they go on the lines below the key.
        if (mSpans.style(seq) != SourceSpans::Style::Flow)
            unsupported(Why::Style);
        QByteArray items = "\n";
        for (const T &item : n)
            items += render(item);
        items.chop(1);
        qsizetype from = mSpans.start(key);
        while (from < mSource.text.size() && mSpans.at(from) != ':')
            ++from;
        replace(from + 1, mSpans.end(seq, -1), items);
        return;
    }
    if (n.isEmpty()) {
        qsizetype from = mSpans.start(key);
        while (from < mSource.text.size() && mSpans.at(from) != ':')
            ++from;
        const YamlNode *last = seq->children.back();
        replace(from + 1, itemEnd(last, mSpans.column(dashOf(last))), " []");
        return;
    }

    std::vector<bool> kept(o.size(), false);
    QByteArray pending;
    qsizetype pendingAt = region(0).first;
    auto flush = [&] {
        if (!pending.isEmpty())
            replace(pendingAt, pendingAt, endingAt(pendingAt, pending));
        pending.clear();
    };
    for (qsizetype k = 0; k < n.size(); ++k) {
        const int old = newToOld[std::size_t(k)];
        if (old < 0) {
            pending += render(n.at(k));
            continue;
        }
        flush();
        kept[std::size_t(old)] = true;
        if (!(o.at(old) == n.at(k)))
            spec.patchItem(seq->children[std::size_t(old)], o.at(old), n.at(k));
        pendingAt = region(old).second;
    }
    flush();
    for (qsizetype old = 0; old < o.size(); ++old) {
        if (!kept[std::size_t(old)]) {
            const auto [from, to] = region(int(old));
            replace(from, to, {});
        }
    }
}

void Patcher::patchStrings(const MapView &map, const char *key, const QStringList &o,
                           const QStringList &n)
{
    ListSpec<QString> spec;
    spec.blockItem = [](const QString &s) {
        return "- " + yamlScalar(s) + '\n';
    };
    spec.flowItem = [this](const YamlNode *old, const QString &s) {
        return old ? styledString(old, s, 0) : yamlScalar(s);
    };
    spec.patchItem = [this](const YamlNode *node, const QString &, const QString &s) {
        const qsizetype start = mSpans.start(node);
        replace(start, itemEnd(node, -1), styledString(node, s, 0));
    };
    spec.removeKeyWhenEmpty = false;
    listEntry(map, key, QList<QString>(o), QList<QString>(n), alignByValue(o, n), spec);
}

void Patcher::patchRoles(const MapView &server, const QList<RoleAssignment> &o,
                         const QList<RoleAssignment> &n)
{
    if (o == n)
        return;
    if (server.find("roles") < 0) {
        QByteArray list = "[";
        for (qsizetype i = 0; i < n.size(); ++i)
            list += (i ? ", " : "") + canonical::role(n.at(i));
        insertEntry(server, "roles", list + ']');
        return;
    }
    ListSpec<RoleAssignment> spec;
    spec.blockItem = [](const RoleAssignment &r) {
        return "- " + canonical::role(r) + '\n';
    };
    spec.flowItem = [](const YamlNode *, const RoleAssignment &r) {
        return canonical::role(r);
    };
    spec.patchItem = [this](const YamlNode *node, const RoleAssignment &, const RoleAssignment &r) {
        const qsizetype start = mSpans.start(node);
        replace(start, itemEnd(node, -1), canonical::role(r));
    };
    const auto same = [](const RoleAssignment &a, const RoleAssignment &b) {
        return a.role == b.role;
    };
    listEntry(server, "roles", o, n, alignLists(o, n, same, false), spec);
}

void Patcher::patchServer(const YamlNode *node, const Server &o, const Server &n)
{
    if (!node->isMap())
        unsupported(Why::Structure);
    const MapView m{node, kServerKeys};
    field(m, "name", o.name, n.name);
    field(m, "fqdn", o.fqdn, n.fqdn);
    field(m, "internetFqdn", o.internetFqdn, n.internetFqdn);
    field(m, "forest", o.forest, n.forest);
    field(m, "zone", o.zone, n.zone);
    field(m, "dualHomed", o.dualHomed, n.dualHomed);
    field(m, "domainController", o.domainController, n.domainController);
    field(m, "os", o.os, n.os);
    field(m, "fileSystem", o.fileSystem, n.fileSystem);
    field(m, "staticIp", o.staticIp, n.staticIp);
    field(m, "adminShare", o.adminShare, n.adminShare);
    field(m, "securityConfigurationWizard", o.securityConfigurationWizard,
          n.securityConfigurationWizard);
    field(m, "siteServerInitiatedTransfers", o.siteServerInitiatedTransfers,
          n.siteServerInitiatedTransfers);
    field(m, "ipsec", o.ipsec, n.ipsec);
    field(m, "allowInternetClients", o.allowInternetClients, n.allowInternetClients);
    field(m, "otherWebApplications", o.otherWebApplications, n.otherWebApplications);
    field(m, "otherLocalSystemServices", o.otherLocalSystemServices, n.otherLocalSystemServices);
    field(m, "clustered", o.clustered, n.clustered);
    if (o.sql != n.sql) {
        const YamlNode *sql = m.value("sql");
        if (!n.sql) {
            removeEntry(m, "sql");
        } else if (!sql) {
            insertEntry(m, "sql", canonical::sql(*n.sql));
        } else {
            if (!sql->isMap())
                unsupported(Why::Structure);
            const MapView s{sql, kSqlKeys};
            field(s, "authentication", o.sql->authentication, n.sql->authentication);
            field(s, "serviceAccount", o.sql->serviceAccount, n.sql->serviceAccount);
            field(s, "spnRegistered", o.sql->spnRegistered, n.sql->spnRegistered);
            field(s, "otherDatabases", o.sql->otherDatabases, n.sql->otherDatabases);
        }
    }
    patchRoles(m, o.roles, n.roles);
    if (o.protectedBoundaries != n.protectedBoundaries) {
        if (n.protectedBoundaries.isEmpty()) {
            removeEntry(m, "protectedBoundaries");
        } else if (m.find("protectedBoundaries") < 0) {
            QByteArray list = "[";
            for (const QString &b : n.protectedBoundaries)
                list += (list.size() > 1 ? ", " : "") + yamlScalar(b);
            insertEntry(m, "protectedBoundaries", list + ']');
        } else {
            patchStrings(m, "protectedBoundaries", o.protectedBoundaries, n.protectedBoundaries);
        }
    }
}

// README "Boundaries": a boundary's value and connection are patched in place. A change of its
// type (subnet to range, ...) renames the type key where it is written and writes the new value
// in the old value's style, so the item keeps its place, its layout and its comments.
void Patcher::patchBoundary(const YamlNode *node, const Boundary &o, const Boundary &n)
{
    if (!node->isMap())
        unsupported(Why::Structure);
    const MapView m{node, kBoundaryKeys};
    if (o.type == n.type) {
        field(m, enumName(n.type), o.value, n.value);
    } else {
        const int i = m.find(enumName(o.type));
        if (i < 0)
            unsupported(Why::Text);
        const YamlNode *k = node->key(std::size_t(i));
        const YamlNode *v = node->value(std::size_t(i));
        const qsizetype keyEnd = mSpans.end(k, -1);
        if (!k->isScalar() || !v->isScalar() || keyEnd < 0)
            unsupported(Why::Structure);
        replace(mSpans.start(k), keyEnd, styledToken(k, n.type));
        replace(mSpans.start(v), valueEnd(k, v),
                styledString(v, n.value, mSpans.column(mSpans.start(k))));
    }
    field(m, "connection", o.connection, n.connection);
}

void Patcher::patchSite(const YamlNode *node, const Site &o, const Site &n)
{
    if (!node->isMap())
        unsupported(Why::Structure);
    const MapView m{node, kSiteKeys};
    field(m, "code", o.code, n.code);
    field(m, "name", o.name, n.name);
    field(m, "type", o.type, n.type);
    field(m, "parent", o.parent, n.parent);
    field(m, "forest", o.forest, n.forest);
    field(m, "clients", o.clients, n.clients);
    field(m, "legacyClients", o.legacyClients, n.legacyClients);
    field(m, "workgroupClients", o.workgroupClients, n.workgroupClients);
    field(m, "securityMode", o.securityMode, n.securityMode);
    field(m, "clientMode", o.clientMode, n.clientMode);
    field(m, "secureKeyExchange", o.secureKeyExchange, n.secureKeyExchange);
    field(m, "acceptUnsignedData", o.acceptUnsignedData, n.acceptUnsignedData);
    field(m, "httpRoaming", o.httpRoaming, n.httpRoaming);
    // --- PKI ---
    if (o.pki != n.pki) {
        const YamlNode *pki = m.value("pki");
        if (!n.pki) {
            removeEntry(m, "pki");
        } else if (!pki) {
            insertEntry(m, "pki", canonical::pki(*n.pki));
        } else {
            if (!pki->isMap())
                unsupported(Why::Structure);
            const MapView p{pki, kPkiKeys};
            field(p, "signingCertificate", o.pki->signingCertificate, n.pki->signingCertificate);
            field(p, "crlChecking", o.pki->crlChecking, n.pki->crlChecking);
            field(p, "crlPublished", o.pki->crlPublished, n.pki->crlPublished);
            field(p, "certificateTrustList", o.pki->certificateTrustList,
                  n.pki->certificateTrustList);
        }
    }
    // --- end PKI ---
    field(m, "installation", o.installation, n.installation);
    field(m, "release", o.release, n.release);
    listEntry(m, "addresses", o.addresses, n.addresses, alignByValue(o.addresses, n.addresses),
              mapItems("addresses", canonical::addressItem, 6, &Patcher::patchAddress));
    listEntry(m, "boundaries", o.boundaries, n.boundaries, alignByValue(o.boundaries, n.boundaries),
              mapItems("boundaries", canonical::boundaryItem, 6, &Patcher::patchBoundary));

    auto spec = mapItems("servers", canonical::serverItem, 6, &Patcher::patchServer);
    spec.ownLines = [this](const Server &server, int dash) {
        return movedServerLines(server, dash);
    };
    listEntry(m, "servers", o.servers, n.servers, alignById(o.servers, n.servers), spec);
}

// --- Site addresses and senders ------------------------------------------------------------------
void Patcher::patchAddress(const YamlNode *node, const SenderAddress &o, const SenderAddress &n)
{
    if (!node->isMap())
        unsupported(Why::Structure);
    const MapView m{node, kAddressKeys};
    field(m, "to", o.to, n.to);
    field(m, "type", o.type, n.type);
    field(m, "destination", o.destination, n.destination);
    field(m, "account", o.account, n.account);
    if (o.schedule != n.schedule) {
        // An unstated schedule is no key at all; a stated one is never an empty list.
        if (n.schedule.isEmpty()) {
            removeEntry(m, "schedule");
        } else if (o.schedule.isEmpty()) {
            QByteArray list = "[";
            for (qsizetype i = 0; i < n.schedule.size(); ++i)
                list += (i ? ", " : "") + yamlScalar(n.schedule.at(i));
            insertEntry(m, "schedule", list + ']');
        } else {
            patchStrings(m, "schedule", o.schedule, n.schedule);
        }
    }
    field(m, "rateLimit", o.rateLimit, n.rateLimit);
    field(m, "bandwidth", o.bandwidth, n.bandwidth);
    field(m, "latency", o.latency, n.latency);
}
// --- end of site addresses
// ------------------------------------------------------------------------

void Patcher::patchAccount(const YamlNode *node, const Account &o, const Account &n)
{
    if (!node->isMap())
        unsupported(Why::Structure);
    const MapView m{node, kAccountKeys};
    field(m, "name", o.name, n.name);
    field(m, "type", o.type, n.type);
    patchStrings(m, "sites", o.sites, n.sites);
    field(m, "generated", o.generated, n.generated);
    field(m, "passwordChange", o.passwordChange, n.passwordChange);
    field(m, "rotation", o.rotation, n.rotation);
    field(m, "rotationAccount", o.rotationAccount, n.rotationAccount);
    field(m, "domainAdmin", o.domainAdmin, n.domainAdmin);
    field(m, "custodians", o.custodians, n.custodians);
    field(m, "sealedCopy", o.sealedCopy, n.sealedCopy);
}

void Patcher::patchWaiver(const YamlNode *node, const Waiver &o, const Waiver &n)
{
    if (!node->isMap())
        unsupported(Why::Structure);
    const MapView m{node, kWaiverKeys};
    field(m, "finding", o.finding, n.finding);
    field(m, "justification", o.justification, n.justification);
    field(m, "approvedBy", o.approvedBy, n.approvedBy);
    field(m, "expires", o.expires, n.expires);
}

void Patcher::patchAttestation(const YamlNode *node, const Attestation &o, const Attestation &n)
{
    if (!node->isMap())
        unsupported(Why::Structure);
    const MapView m{node, kAttestationKeys};
    field(m, "item", o.item, n.item);
    field(m, "status", o.status, n.status);
    field(m, "note", o.note, n.note);
}

void Patcher::patchDirectory(const MapView &root, const Plan &o, const Plan &n)
{
    if (o.forest == n.forest && o.schemaExtended == n.schemaExtended &&
        o.publishing == n.publishing)
        return;
    const YamlNode *ad = root.value("activeDirectory");
    if (!n.forest && !n.schemaExtended && !n.publishing) {
        removeEntry(root, "activeDirectory");
        return;
    }
    if (!ad) {
        QByteArray entry = "activeDirectory:\n";
        if (n.forest)
            entry += "  forest: " + yamlScalar(*n.forest) + '\n';
        if (n.schemaExtended)
            entry += "  schemaExtended: " + token(*n.schemaExtended) + '\n';
        if (n.publishing)
            entry += "  publishing: " + token(*n.publishing) + '\n';
        insertBlockEntry(root, "activeDirectory", entry, 0);
        return;
    }
    if (!ad->isMap())
        unsupported(Why::Structure);
    const MapView m{ad, kDirectoryKeys};
    field(m, "forest", o.forest, n.forest);
    field(m, "schemaExtended", o.schemaExtended, n.schemaExtended);
    field(m, "publishing", o.publishing, n.publishing);
}

void Patcher::patchDocument(const MapView &root, const Plan &o, const Plan &n)
{
    if (o.documentVersion == n.documentVersion && o.documentStatus == n.documentStatus &&
        o.changeRecord == n.changeRecord)
        return;
    const YamlNode *document = root.value("document");
    if (!hasDocumentControl(n)) {
        removeEntry(root, "document");
        return;
    }
    if (!document) {
        insertBlockEntry(root, "document", canonical::documentEntry(n), 0);
        return;
    }
    if (!document->isMap())
        unsupported(Why::Structure);
    const MapView m{document, kDocumentKeys};
    field(m, "version", o.documentVersion, n.documentVersion);
    field(m, "status", o.documentStatus, n.documentStatus);
    listEntry(
        m, "changeRecord", o.changeRecord, n.changeRecord,
        alignByValue(o.changeRecord, n.changeRecord),
        mapItems("changeRecord", canonical::changeRecordItem, 4, &Patcher::patchChangeRecordEntry));
}

void Patcher::patchChangeRecordEntry(const YamlNode *node, const ChangeRecordEntry &o,
                                     const ChangeRecordEntry &n)
{
    if (!node->isMap())
        unsupported(Why::Structure);
    const MapView m{node, kChangeRecordKeys};
    field(m, "version", o.version, n.version);
    field(m, "date", o.date, n.date);
    field(m, "author", o.author, n.author);
    field(m, "summary", o.summary, n.summary);
}

void Patcher::patchDiagram(const MapView &root, const Plan &o, const Plan &n)
{
    // The diagram belongs to the editor (FORMAT.md): it is written whole, as savePlan does.
    if (o.diagram == n.diagram)
        return;
    const int i = root.find("diagram");
    if (i < 0) {
        insertBlockEntry(root, "diagram", canonical::diagramEntry(n.diagram), 0);
        return;
    }
    if (n.diagram.isEmpty()) {
        removeEntry(root, "diagram");
        return;
    }
    const YamlNode *k = root.node->key(std::size_t(i));
    const qsizetype keyStart = mSpans.start(k);
    if (!mSpans.onlySpacesBefore(keyStart))
        unsupported(Why::SharedLine);
    replace(mSpans.lineStart(keyStart),
            mSpans.nextLine(valueEnd(k, root.node->value(std::size_t(i)))),
            shifted(canonical::diagramEntry(n.diagram), mSpans.column(keyStart)));
}

void Patcher::indexServers(const MapView &root, const Plan &o)
{
    const YamlNode *sites = root.value("sites");
    if (!sites || !sites->isSequence() || qsizetype(sites->children.size()) != o.sites.size())
        return;
    for (qsizetype i = 0; i < o.sites.size(); ++i) {
        const YamlNode *site = sites->children[std::size_t(i)];
        const YamlNode *servers =
            site->isMap() ? MapView{site, kSiteKeys}.value("servers") : nullptr;
        const QList<Server> &list = o.sites.at(i).servers;
        if (!servers || !servers->isSequence() ||
            qsizetype(servers->children.size()) != list.size())
            continue;
        for (qsizetype j = 0; j < list.size(); ++j) {
            if (list.at(j).uid != 0)
                mServers.insert(list.at(j).uid, {servers->children[std::size_t(j)], &list.at(j)});
        }
    }
}

QByteArray Patcher::movedServerLines(const Server &server, int dash) const
{
    const auto it = mServers.constFind(server.uid);
    if (server.uid == 0 || it == mServers.cend() || !(*it->second == server))
        return {};
    const auto [from, to] = mSpans.itemLines(it->first);
    const qsizetype oldDash = mSpans.dashOf(it->first);
    if (from < 0 || oldDash < 0)
        return {};
    QByteArray lines = mSource.text.mid(from, to - from).replace("\r\n", "\n");
    if (!lines.endsWith('\n'))
        lines += '\n';
    return shifted(lines, dash - mSpans.column(oldDash));
}

QByteArray Patcher::run(const Plan &o, const Plan &n)
{
    const YamlNode *root = mSource.tree.root();
    if (!root || !root->isMap() || mSpans.style(root) != SourceSpans::Style::Block)
        unsupported(Why::Structure);
    const MapView m{root, kPlanKeys};
    indexServers(m, o);
    field(m, "hierarch", o.formatVersion, n.formatVersion);
    field(m, "name", o.name, n.name);
    field(m, "product", o.product, n.product);
    field(m, "author", o.author, n.author);
    field(m, "description", o.description, n.description);
    field(m, "release", o.release, n.release);
    patchDocument(m, o, n);
    field(m, "dnsDomain", o.dnsDomain, n.dnsDomain);
    patchDirectory(m, o, n);

    auto sites = mapItems("sites", canonical::siteItem, 2, &Patcher::patchSite);
    sites.removeKeyWhenEmpty = false;
    listEntry(m, "sites", o.sites, n.sites, alignById(o.sites, n.sites), sites);
    listEntry(m, "accounts", o.accounts, n.accounts, alignByValue(o.accounts, n.accounts),
              mapItems("accounts", canonical::accountItem, 2, &Patcher::patchAccount));
    listEntry(m, "waivers", o.waivers, n.waivers, alignByValue(o.waivers, n.waivers),
              mapItems("waivers", canonical::waiverItem, 2, &Patcher::patchWaiver));
    listEntry(m, "attestations", o.attestations, n.attestations,
              alignByValue(o.attestations, n.attestations),
              mapItems("attestations", canonical::attestationItem, 2, &Patcher::patchAttestation));

    patchDiagram(m, o, n);

    // Apply the edits in file order; an insertion goes before a replacement at the same place.
    std::stable_sort(mEdits.begin(), mEdits.end(), [](const Edit &a, const Edit &b) {
        if (a.from != b.from)
            return a.from < b.from;
        return (a.to == a.from) && (b.to != b.from);
    });
    const QByteArray newline = mSpans.newline();
    const QByteArray &text = mSource.text;
    QByteArray out;
    out.reserve(text.size() + 256);
    qsizetype at = 0;
    for (Edit &edit : mEdits) {
        if (edit.from < at)
            unsupported(Why::Overlap);
        if (edit.to > text.size())
            unsupported(Why::Text);
        out.append(text.constData() + at, edit.from - at);
        if (newline.size() == 2)
            edit.text.replace("\n", "\r\n");
        out += edit.text;
        at = edit.to;
    }
    out.append(text.constData() + at, text.size() - at);
    return out;
}

} // namespace

std::optional<QByteArray> patchPlanText(const PlanSource &source, const Plan &baseline,
                                        const Plan &edited, QString *why)
{
    try {
        return Patcher(source).run(baseline, edited);
    } catch (const Unsupported &e) {
        if (why)
            *why = QCoreApplication::translate("hierarch::PlanSaver", reason(e.why));
        return std::nullopt;
    }
}

} // namespace hierarch
