// The plan reader shared by the loader's files (planloader.cpp reads the plan, its sites,
// servers and roles; planreadernetwork.cpp boundaries, PKI and site addresses;
// planreaderlists.cpp accounts, waivers, attestations, the document record and the diagram).
// Internal to the loader: nothing outside model/io includes it.
#pragma once

#include "planloader.h"
#include "yamltree.h"

#include <QCoreApplication>
#include <QDate>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace hierarch::loader {

// Every loader message has the context "hierarch::PlanLoader": the reader classes declare it too,
// and free functions call LoaderText::tr, so that lupdate files them where the runtime looks.
struct LoaderText
{
    Q_DECLARE_TR_FUNCTIONS(hierarch::PlanLoader)
};

// UTF-8 to QString keeping a leading U+FEFF: QString::fromUtf8 drops one as a byte order mark,
// which would change a name that happens to start with it.
inline QString fromUtf8Text(const std::string &text)
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
inline QString quoted(const QString &s)
{
    return QLatin1Char('`') + clippedForMessage(s) + QLatin1Char('`');
}

inline QString quoted(const char *s)
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

[[noreturn]] inline void fail(const YamlNode *at, const QString &message)
{
    throw Failure{at->line, at->column, message};
}

inline QString withHint(QString message, const QString &word, const QStringList &candidates)
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

inline constexpr auto kSms = Product::Sms2003;
inline constexpr auto kCm = Product::ConfigMgr2007;

} // namespace hierarch::loader
