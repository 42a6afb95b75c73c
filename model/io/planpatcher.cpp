#include "planpatcher.h"

#include "planpatcher_p.h"

#include <QCoreApplication>

#include <algorithm>

namespace hierarch {

namespace patcher {

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
bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u < 0x20 || u == 0x7f || (u >= 0x80 && u <= 0x9f) || u == 0xfeff || u == 0x2028 ||
               u == 0x2029 || c.isSurrogate();
    });
}

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

} // namespace patcher

std::optional<QByteArray> patchPlanText(const PlanSource &source, const Plan &baseline,
                                        const Plan &edited, QString *why)
{
    try {
        return patcher::Patcher(source).run(baseline, edited);
    } catch (const patcher::Unsupported &e) {
        if (why)
            *why = QCoreApplication::translate("hierarch::PlanSaver", patcher::reason(e.why));
        return std::nullopt;
    }
}

} // namespace hierarch
