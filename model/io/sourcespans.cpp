#include "sourcespans.h"

namespace hierarch {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

qsizetype SourceSpans::lineStart(qsizetype pos) const
{
    while (pos > 0 && mText.at(pos - 1) != '\n')
        --pos;
    return pos;
}

qsizetype SourceSpans::lineEnd(qsizetype pos) const
{
    const qsizetype nl = mText.indexOf('\n', pos);
    if (nl < 0)
        return mText.size();
    return nl > 0 && mText.at(nl - 1) == '\r' ? nl - 1 : nl;
}

qsizetype SourceSpans::nextLine(qsizetype pos) const
{
    const qsizetype nl = mText.indexOf('\n', pos);
    return nl < 0 ? mText.size() : nl + 1;
}

bool SourceSpans::onlySpacesBefore(qsizetype pos) const
{
    for (qsizetype i = lineStart(pos); i < pos; ++i) {
        if (mText.at(i) != ' ')
            return false;
    }
    return true;
}

bool SourceSpans::isCommentLine(qsizetype start) const
{
    qsizetype i = start;
    while (at(i) == ' ' || at(i) == '\t')
        ++i;
    return at(i) == '#';
}

bool SourceSpans::isBlankLine(qsizetype start) const
{
    qsizetype i = start;
    while (at(i) == ' ' || at(i) == '\t' || at(i) == '\r')
        ++i;
    return i >= mText.size() || at(i) == '\n';
}

QByteArray SourceSpans::newline() const
{
    const qsizetype nl = mText.indexOf('\n');
    return nl > 0 && mText.at(nl - 1) == '\r' ? QByteArray("\r\n") : QByteArray("\n");
}

qsizetype SourceSpans::skipSpaceAndComments(qsizetype pos) const
{
    while (pos < mText.size()) {
        const char c = mText.at(pos);
        if (isSpace(c))
            ++pos;
        else if (c == '#')
            pos = nextLine(pos);
        else
            break;
    }
    return pos;
}

qsizetype SourceSpans::dashOf(const YamlNode *item) const
{
    qsizetype p = start(item) - 1;
    while (p >= 0 && at(p) == ' ')
        --p;
    return at(p) == '-' && onlySpacesBefore(p) ? p : -1;
}

std::pair<qsizetype, qsizetype> SourceSpans::itemLines(const YamlNode *item) const
{
    const qsizetype dash = dashOf(item);
    if (dash < 0)
        return {-1, -1};
    const qsizetype last = end(item, column(dash));
    if (last < 0)
        return {-1, -1};
    qsizetype from = lineStart(dash);
    while (from > 0 && isCommentLine(lineStart(from - 1)))
        from = lineStart(from - 1);
    return {from, nextLine(last)};
}

SourceSpans::Style SourceSpans::style(const YamlNode *node) const
{
    const char c = at(start(node));
    switch (node->kind) {
    case YamlNode::Kind::Scalar:
        switch (c) {
        case '"':
            return Style::DoubleQuoted;
        case '\'':
            return Style::SingleQuoted;
        case '|':
            return Style::Literal;
        case '>':
            return Style::Folded;
        case '&':
        case '!':
        case '*':
            return Style::Other; // properties or an alias: not patched in place
        default:
            return node->plain ? Style::Plain : Style::Other;
        }
    case YamlNode::Kind::Sequence:
        if (c == '[')
            return Style::Flow;
        return c == '&' || c == '!' ? Style::Other : Style::Block;
    case YamlNode::Kind::Map:
        if (c == '{')
            return Style::Flow;
        return c == '&' || c == '!' ? Style::Other : Style::Block;
    case YamlNode::Kind::Null:
        break;
    }
    return Style::Other;
}

qsizetype SourceSpans::end(const YamlNode *node, int ownerColumn) const
{
    const qsizetype s = start(node);
    switch (style(node)) {
    case Style::Plain:
        return plainEnd(node);
    case Style::DoubleQuoted:
        for (qsizetype i = s + 1; i < mText.size(); ++i) {
            if (mText.at(i) == '\\')
                ++i;
            else if (mText.at(i) == '"')
                return i + 1;
        }
        return -1;
    case Style::SingleQuoted:
        for (qsizetype i = s + 1; i < mText.size(); ++i) {
            if (mText.at(i) != '\'')
                continue;
            if (at(i + 1) == '\'') {
                ++i;
                continue;
            }
            return i + 1;
        }
        return -1;
    case Style::Literal:
    case Style::Folded:
        return blockScalarEnd(node, ownerColumn);
    case Style::Flow:
        return flowEnd(node);
    case Style::Block: {
        if (node->children.empty())
            return -1;
        const YamlNode *last = node->children.back();
        if (node->isMap())
            return end(last, column(start(node->children[node->children.size() - 2])));
        return end(last, column(start(node)));
    }
    case Style::Other:
        break;
    }
    return -1;
}

qsizetype SourceSpans::plainEnd(const YamlNode *node) const
{
    // A plain scalar's value is its text with each run of white space and line breaks folded;
    // walking the value against the source finds exactly where the scalar stops.
    const std::string &value = node->text;
    qsizetype i = start(node);
    std::size_t j = 0;
    while (j < value.size()) {
        if (isSpace(value[j])) {
            while (j < value.size() && isSpace(value[j]))
                ++j;
            if (!isSpace(at(i)))
                return -1;
            while (i < mText.size() && isSpace(mText.at(i)))
                ++i;
            continue;
        }
        if (at(i) != value[j])
            return -1;
        ++i;
        ++j;
    }
    return i;
}

int SourceSpans::blockIndent(const YamlNode *node, int ownerColumn) const
{
    for (qsizetype p = nextLine(start(node)); p < mText.size(); p = nextLine(p)) {
        if (isBlankLine(p))
            continue;
        int k = 0;
        while (at(p + k) == ' ')
            ++k;
        return k > ownerColumn ? k : -1;
    }
    return -1;
}

qsizetype SourceSpans::blockScalarEnd(const YamlNode *node, int ownerColumn) const
{
    const qsizetype s = start(node);
    // An explicit indentation indicator is rare enough not to be worth the arithmetic.
    for (qsizetype i = s + 1; i < mText.size() && !isSpace(mText.at(i)); ++i) {
        if (mText.at(i) >= '1' && mText.at(i) <= '9')
            return -1;
    }
    qsizetype last = lineEnd(s);
    const int indent = blockIndent(node, ownerColumn);
    if (indent < 0)
        return last;
    for (qsizetype p = nextLine(s); p < mText.size(); p = nextLine(p)) {
        if (isBlankLine(p))
            continue;
        int k = 0;
        while (at(p + k) == ' ')
            ++k;
        if (k < indent)
            break;
        last = lineEnd(p);
    }
    return last;
}

qsizetype SourceSpans::flowEnd(const YamlNode *node) const
{
    qsizetype pos = start(node) + 1;
    if (!node->children.empty()) {
        pos = end(node->children.back(), -1);
        if (pos < 0)
            return -1;
    }
    for (;;) {
        pos = skipSpaceAndComments(pos);
        if (at(pos) == ',') {
            ++pos;
            continue;
        }
        break;
    }
    const char close = node->isMap() ? '}' : ']';
    return at(pos) == close ? pos + 1 : -1;
}

} // namespace hierarch
