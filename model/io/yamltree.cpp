#include "yamltree.h"

#include <QCoreApplication>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <optional>
#include <sstream>
#include <unordered_map>

namespace hierarch {

namespace {

struct YamlText
{
    Q_DECLARE_TR_FUNCTIONS(hierarch::PlanLoader)
};

// Thrown from the event handler to stop the parser at a limit; carries the position.
struct LimitExceeded
{
    int line;
    int column;
    QString message;
};

} // namespace

// Builds YamlNodes from parser events. Anchors are registered when their node is complete, so an
// alias can never refer to a node that contains it (which would make the tree cyclic).
class YamlTreeBuilder final : public YAML::EventHandler
{
public:
    YamlTreeBuilder(YamlDocument &doc, const YamlLimits &limits) : mDoc(doc), mLimits(limits) {}

    bool sawDocument() const { return mSawDocument; }
    // Where the last scalar of the document starts when it was not a plain scalar, else null.
    const YAML::Mark *lastNonPlainScalar() const
    {
        return mLastScalarNonPlain ? &mLastScalarMark : nullptr;
    }
    const YAML::Mark &documentMark() const { return mDocumentMark; }
    // The first node the file tags explicitly (`!!int 12`, `!local x`), and its tag as written.
    const std::optional<std::pair<YAML::Mark, std::string>> &firstTag() const { return mFirstTag; }

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        mSawDocument = true;
        mDocumentMark = mark;
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        YamlNode &node = newNode(YamlNode::Kind::Null, mark);
        // An empty value (`name:`) is reported at the next token; point at its key instead.
        if (!mStack.empty() && mStack.back().node->isMap()) {
            const auto &siblings = mStack.back().node->children;
            if (siblings.size() % 2 == 1) {
                node.line = siblings.back()->line;
                node.column = siblings.back()->column;
            }
        }
        finish(node, anchor);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const auto it = mAnchors.find(anchor);
        if (it == mAnchors.end()) {
            throw LimitExceeded{mark.line + 1, mark.column + 1,
                                YamlText::tr("an alias refers to a node that contains it")};
        }
        attach(it->second);
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        noteTag(mark, tag);
        YamlNode &node = newNode(YamlNode::Kind::Scalar, mark);
        node.plain = tag == "?";
        mLastScalarNonPlain = !node.plain;
        mLastScalarMark = mark;
        node.text = value;
        finish(node, anchor);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        noteTag(mark, tag);
        open(newNode(YamlNode::Kind::Sequence, mark), anchor, mark);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        noteTag(mark, tag);
        open(newNode(YamlNode::Kind::Map, mark), anchor, mark);
    }
    void OnMapEnd() override { close(); }

private:
    struct Open
    {
        YamlNode *node;
        YAML::anchor_t anchor;
    };

    // yaml-cpp reports an untagged node as "?" (plain) or "!" (quoted); anything else was
    // written in the file. A tag is refused only once the whole document has parsed, so that a
    // syntax error further on (an unclosed quote after `!!str`) is still the one reported.
    void noteTag(const YAML::Mark &mark, const std::string &tag)
    {
        if (tag == "?" || tag == "!" || mFirstTag)
            return;
        static const std::string core = "tag:yaml.org,2002:";
        mFirstTag.emplace(mark, tag.compare(0, core.size(), core) == 0
                                    ? "!!" + tag.substr(core.size())
                                : tag.front() == '!' ? tag
                                                     : "!<" + tag + ">");
    }

    YamlNode &newNode(YamlNode::Kind kind, const YAML::Mark &mark)
    {
        if (mDoc.mNodes.size() >= mLimits.maxNodes) {
            throw LimitExceeded{mark.line + 1, mark.column + 1,
                                YamlText::tr("the file has more than %L1 YAML nodes")
                                    .arg(qulonglong(mLimits.maxNodes))};
        }
        YamlNode &node = mDoc.mNodes.emplace_back();
        node.kind = kind;
        node.line = mark.line + 1;
        node.column = mark.column + 1;
        node.offset = std::size_t(std::max(mark.pos, 0));
        return node;
    }

    void attach(const YamlNode *node)
    {
        if (mStack.empty())
            mDoc.mRoot = node;
        else
            mStack.back().node->children.push_back(node);
    }

    void finish(YamlNode &node, YAML::anchor_t anchor)
    {
        if (anchor != YAML::NullAnchor)
            mAnchors[anchor] = &node;
        attach(&node);
    }

    void open(YamlNode &node, YAML::anchor_t anchor, const YAML::Mark &mark)
    {
        if (int(mStack.size()) >= mLimits.maxDepth) {
            throw LimitExceeded{
                mark.line + 1, mark.column + 1,
                YamlText::tr("nesting is deeper than %1 levels").arg(mLimits.maxDepth)};
        }
        mStack.push_back({&node, anchor});
    }

    void close()
    {
        const Open top = mStack.back();
        mStack.pop_back();
        finish(*top.node, top.anchor);
    }

    YamlDocument &mDoc;
    const YamlLimits &mLimits;
    std::vector<Open> mStack;
    std::unordered_map<YAML::anchor_t, const YamlNode *> mAnchors;
    bool mSawDocument = false;
    YAML::Mark mDocumentMark;
    bool mLastScalarNonPlain = false;
    YAML::Mark mLastScalarMark;
    std::optional<std::pair<YAML::Mark, std::string>> mFirstTag;
};

namespace {

// yaml-cpp 0.7 accepts a quoted scalar that the file never closes: it runs to the end of the file
// and swallows everything after it. Such a scalar is always the document's last, so only that one
// is checked: skip its properties (&anchor, !tag), then look for the closing quote.
bool quoteIsClosed(const QByteArray &bytes, qsizetype at)
{
    const qsizetype size = bytes.size();
    while (at < size && (bytes.at(at) == '&' || bytes.at(at) == '!')) {
        while (at < size && bytes.at(at) != ' ' && bytes.at(at) != '\n' && bytes.at(at) != '\t')
            ++at;
        while (at < size && (bytes.at(at) == ' ' || bytes.at(at) == '\t' || bytes.at(at) == '\r' ||
                             bytes.at(at) == '\n'))
            ++at;
    }
    if (at >= size)
        return true;
    const char quote = bytes.at(at);
    if (quote != '"' && quote != '\'')
        return true; // a block scalar or a tagged plain one
    for (qsizetype i = at + 1; i < size; ++i) {
        const char c = bytes.at(i);
        if (quote == '"' && c == '\\') {
            ++i;
        } else if (c == quote) {
            if (quote == '\'' && i + 1 < size && bytes.at(i + 1) == '\'') {
                ++i;
                continue;
            }
            return true;
        }
    }
    return false;
}

} // namespace

bool YamlDocument::parse(const QByteArray &bytes, YamlError &error, const YamlLimits &limits)
{
    mNodes.clear();
    mRoot = nullptr;

    if (bytes.size() > limits.maxBytes) {
        error = {1, 1,
                 YamlText::tr("the file is %L1 bytes; the limit is %L2 bytes")
                     .arg(bytes.size())
                     .arg(limits.maxBytes)};
        return false;
    }
    if (!checkUtf8Text(bytes, error))
        return false;
    if (!checkLineEnds(bytes, error))
        return false;

    std::istringstream in(std::string(bytes.constData(), std::size_t(bytes.size())));
    try {
        YAML::Parser parser(in);
        YamlTreeBuilder builder(*this, limits);
        if (!parser.HandleNextDocument(builder) || !mRoot) {
            error = {1, 1, YamlText::tr("the file holds no YAML document")};
            return false;
        }
        if (const YAML::Mark *last = builder.lastNonPlainScalar()) {
            const qsizetype bom = bytes.startsWith("\xef\xbb\xbf") ? 3 : 0;
            if (!quoteIsClosed(bytes, bom + last->pos)) {
                error = {last->line + 1, last->column + 1,
                         YamlText::tr("YAML syntax error: quoted text that starts here is never "
                                      "closed")};
                return false;
            }
        }
        // A second document is an error. The parser is asked once more only: yaml-cpp 0.7 can
        // report documents forever on some malformed input (its LoadAll never ends on ","), so it
        // is never driven in a loop.
        YamlDocument second;
        YamlTreeBuilder probe(second, limits);
        if (parser.HandleNextDocument(probe)) {
            const YAML::Mark mark = probe.sawDocument() ? probe.documentMark() : YAML::Mark();
            // A "document" that starts where the first one did means the parser is stuck on a
            // character it cannot place (yaml-cpp 0.7 does this on a stray ',' or ']').
            const bool stuck = mark.pos <= builder.documentMark().pos;
            const qsizetype at = (bytes.startsWith("\xef\xbb\xbf") ? 3 : 0) + mark.pos;
            error = {mark.line + 1, mark.column + 1,
                     stuck && at < bytes.size()
                         ? YamlText::tr("YAML syntax error: unexpected `%1`")
                               .arg(QChar::fromLatin1(bytes.at(at)))
                         : YamlText::tr("a plan file holds exactly one YAML document; another "
                                        "one starts here")};
            return false;
        }
        if (const auto &tag = builder.firstTag()) {
            const QString written = QString::fromStdString(tag->second).left(40);
            error = {tag->first.line + 1, tag->first.column + 1,
                     tag->second == "!!int" || tag->second == "!!float" || tag->second == "!!bool"
                         ? YamlText::tr("YAML tags are not supported: write the value without "
                                        "`%1` (a plain 12 or true is already read as a number or "
                                        "a yes/no value)")
                               .arg(written)
                         : YamlText::tr("YAML tags are not supported: write the value without "
                                        "`%1`")
                               .arg(written)};
            return false;
        }
    } catch (const LimitExceeded &e) {
        error = {e.line, e.column, e.message};
        return false;
    } catch (const YAML::Exception &e) {
        const bool hasMark = !e.mark.is_null();
        error = {hasMark ? e.mark.line + 1 : 1, hasMark ? e.mark.column + 1 : 1,
                 YamlText::tr("YAML syntax error: %1").arg(QString::fromStdString(e.msg))};
        return false;
    }
    return true;
}

bool checkLineEnds(const QByteArray &bytes, YamlError &error)
{
    // yaml-cpp 0.7 does not treat a lone carriage return as a line break (YAML does), so a file
    // saved with old Mac line ends reads as one long line and fails with a misleading message.
    qsizetype lineStart = 0;
    int line = 1;
    for (qsizetype i = bytes.indexOf('\r'); i >= 0; i = bytes.indexOf('\r', i + 1)) {
        if (i + 1 < bytes.size() && bytes.at(i + 1) == '\n')
            continue;
        for (qsizetype k = lineStart; k < i; ++k) {
            if (bytes.at(k) == '\n') {
                ++line;
                lineStart = k + 1;
            }
        }
        error = {line, int(QString::fromUtf8(bytes.mid(lineStart, i - lineStart)).size()) + 1,
                 YamlText::tr("a carriage return without a line feed: CR-only line ends are not "
                              "supported (save the file with LF or CR LF line ends)")};
        return false;
    }
    return true;
}

bool checkUtf8Text(const QByteArray &bytes, YamlError &error)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    int line = 1;
    int column = 1;
    qsizetype i = 0;
    auto fail = [&](const QString &what) {
        error = {line, column, YamlText::tr("%1 at byte offset %2").arg(what).arg(i)};
        return false;
    };
    while (i < size) {
        const unsigned char c = data[i];
        if (c < 0x80) {
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                return fail(YamlText::tr("control character U+%1 is not allowed")
                                .arg(int(c), 4, 16, QLatin1Char('0')));
            if (c == 0x7f)
                return fail(YamlText::tr("control character U+007F is not allowed"));
            ++i;
            if (c == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
            continue;
        }
        int length = 0;
        char32_t cp = 0;
        if (c >= 0xc2 && c <= 0xdf) {
            length = 2;
            cp = c & 0x1f;
        } else if (c >= 0xe0 && c <= 0xef) {
            length = 3;
            cp = c & 0x0f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            length = 4;
            cp = c & 0x07;
        } else {
            return fail(
                YamlText::tr("invalid UTF-8 byte 0x%1").arg(int(c), 2, 16, QLatin1Char('0')));
        }
        if (i + length > size)
            return fail(YamlText::tr("truncated UTF-8 sequence"));
        for (int k = 1; k < length; ++k) {
            const unsigned char cc = data[i + k];
            if ((cc & 0xc0) != 0x80)
                return fail(
                    YamlText::tr("invalid UTF-8 byte 0x%1").arg(int(cc), 2, 16, QLatin1Char('0')));
            cp = (cp << 6) | (cc & 0x3f);
        }
        const bool overlong = (length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000);
        if (overlong || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return fail(YamlText::tr("invalid UTF-8 sequence"));
        if (cp >= 0x80 && cp <= 0x9f)
            return fail(YamlText::tr("control character U+%1 is not allowed")
                            .arg(int(cp), 4, 16, QLatin1Char('0')));
        i += length;
        ++column;
    }
    return true;
}

} // namespace hierarch
