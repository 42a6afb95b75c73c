#pragma once

#include <QByteArray>
#include <QString>

#include <deque>
#include <string>
#include <vector>

namespace hierarch {

// A parsed YAML document as a small immutable tree, built from yaml-cpp's event parser rather than
// YAML::Load so that every limit of FORMAT.md is enforced while parsing: nesting depth, node count,
// one document per file, and aliases that share nodes instead of copying them (an alias bomb costs
// one pointer per alias here; the loader's walk budget stops its expansion).
struct YamlNode
{
    enum class Kind : unsigned char { Null, Scalar, Sequence, Map };

    Kind kind = Kind::Null;
    bool plain = false; // an untagged, unquoted scalar: the only kind that may be a bool or number
    int line = 0;       // 1-based
    int column = 0;     // 1-based
    // Byte offset of the node's first character (its anchor or tag if it has one), counted after
    // a UTF-8 byte order mark; the format-preserving saver finds the node's text from here.
    std::size_t offset = 0;
    std::string text; // scalar value, UTF-8
    // Sequence items, or map keys and values interleaved (key, value, key, value, ...).
    std::vector<const YamlNode *> children;

    bool isMap() const { return kind == Kind::Map; }
    bool isSequence() const { return kind == Kind::Sequence; }
    bool isScalar() const { return kind == Kind::Scalar; }
    bool isNull() const { return kind == Kind::Null; }
    std::size_t mapSize() const { return children.size() / 2; }
    const YamlNode *key(std::size_t i) const { return children[2 * i]; }
    const YamlNode *value(std::size_t i) const { return children[2 * i + 1]; }
};

struct YamlError
{
    int line = 0;
    int column = 0;
    QString message;
};

// Limits of FORMAT.md that apply to the YAML layer.
struct YamlLimits
{
    qsizetype maxBytes = 16 * 1024 * 1024;
    int maxDepth = 64;
    std::size_t maxNodes = 2'500'000; // room for a plan at the site and server limits
};

class YamlDocument
{
public:
    YamlDocument() = default;
    YamlDocument(const YamlDocument &) = delete;
    YamlDocument &operator=(const YamlDocument &) = delete;

    // Parses exactly one document. On failure returns false and fills `error`.
    bool parse(const QByteArray &bytes, YamlError &error, const YamlLimits &limits = {});

    const YamlNode *root() const { return mRoot; }

private:
    friend class YamlTreeBuilder;
    std::deque<YamlNode> mNodes; // stable addresses
    const YamlNode *mRoot = nullptr;
};

// Checks that `bytes` is UTF-8 without control characters other than tab, line feed and carriage
// return. On failure fills `error` with the line and column of the bad byte and its byte offset.
bool checkUtf8Text(const QByteArray &bytes, YamlError &error);

// Checks that every carriage return in `bytes` is followed by a line feed (CR-only line ends are
// refused with the position of the first lone CR).
bool checkLineEnds(const QByteArray &bytes, YamlError &error);

} // namespace hierarch
