#pragma once

#include "yamltree.h"

#include <QByteArray>

#include <utility>

namespace hierarch {

// Finds where the text of a YAML node starts and ends in the file it was parsed from, and the
// lines around it. yaml-cpp's events carry only start positions; the end of a scalar follows from
// its style and its value, the end of a collection from its last child (or its closing bracket).
// Positions are byte offsets into the whole file; -1 means "cannot tell", and the caller then
// gives up on patching (the saver falls back to the canonical layout).
class SourceSpans
{
public:
    SourceSpans(const QByteArray &text, qsizetype bom) : mText(text), mBom(bom) {}

    const QByteArray &text() const { return mText; }
    qsizetype start(const YamlNode *node) const { return mBom + qsizetype(node->offset); }
    // One past the node's last character. `ownerColumn` is the column (0-based) of the key or
    // dash the node belongs to; a block scalar's lines are those indented further.
    qsizetype end(const YamlNode *node, int ownerColumn) const;
    // The end of a value that follows its key in a block map.
    qsizetype valueEnd(const YamlNode *key, const YamlNode *value) const
    {
        return end(value, column(start(key)));
    }

    char at(qsizetype pos) const { return pos >= 0 && pos < mText.size() ? mText.at(pos) : '\0'; }
    qsizetype lineStart(qsizetype pos) const;
    // Where the line holding `pos` ends (its line break, or the end of the file).
    qsizetype lineEnd(qsizetype pos) const;
    // The start of the next line, or the end of the file.
    qsizetype nextLine(qsizetype pos) const;
    int column(qsizetype pos) const { return int(pos - lineStart(pos)); }
    // Whether only spaces stand between the start of the line and `pos`.
    bool onlySpacesBefore(qsizetype pos) const;
    // Whether the line at `lineStart` holds only a comment (after spaces).
    bool isCommentLine(qsizetype lineStart) const;
    bool isBlankLine(qsizetype lineStart) const;
    // The line break the file uses: CRLF when its first line ends so.
    QByteArray newline() const;
    // A block list item's lines: from the comment lines directly above its dash to the end of
    // its last line (after the line break). {-1, -1} when the dash does not start its line.
    std::pair<qsizetype, qsizetype> itemLines(const YamlNode *item) const;
    // The dash of a block list item, or -1 when it does not start its line.
    qsizetype dashOf(const YamlNode *item) const;
    // Skips spaces, tabs, line breaks and comments from `pos`.
    qsizetype skipSpaceAndComments(qsizetype pos) const;

    enum class Style { Plain, SingleQuoted, DoubleQuoted, Literal, Folded, Flow, Block, Other };
    Style style(const YamlNode *node) const;

    // Block scalars: the indentation of the content lines, and where the header line ends.
    int blockIndent(const YamlNode *node, int ownerColumn) const;

private:
    qsizetype plainEnd(const YamlNode *node) const;
    qsizetype blockScalarEnd(const YamlNode *node, int ownerColumn) const;
    qsizetype flowEnd(const YamlNode *node) const;

    const QByteArray &mText;
    qsizetype mBom;
};

} // namespace hierarch
