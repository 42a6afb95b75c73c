#include "copytext.h"

#include "planloader.h"
#include "plansaver.h"
#include "plansource.h"
#include "plantext.h"
#include "sourcespans.h"

#include <algorithm>
#include <optional>

namespace hierarch {

namespace {

const YamlNode *mapValue(const YamlNode *map, std::string_view key)
{
    if (!map || !map->isMap())
        return nullptr;
    for (std::size_t i = 0; i < map->mapSize(); ++i) {
        if (map->key(i)->text == key)
            return map->value(i);
    }
    return nullptr;
}

// The file's lines of the copied items, in the clip's order; nothing when one of them was edited
// or cannot be cut out as whole lines.
template<typename T>
std::optional<QByteArray> itemLines(const SourceSpans &spans, const YamlNode *seq,
                                    const QList<T> &inBaseline, const QList<T> &copies)
{
    if (!seq || !seq->isSequence() || qsizetype(seq->children.size()) != inBaseline.size())
        return std::nullopt;
    QByteArray text;
    for (const T &copy : copies) {
        qsizetype index = -1;
        for (qsizetype i = 0; i < inBaseline.size() && copy.uid != 0; ++i) {
            if (inBaseline.at(i).uid == copy.uid)
                index = i;
        }
        if (index < 0 || !(inBaseline.at(index) == copy))
            return std::nullopt;
        const auto [from, to] = spans.itemLines(seq->children[std::size_t(index)]);
        if (from < 0)
            return std::nullopt;
        text += spans.text().mid(from, to - from);
        if (!text.endsWith('\n'))
            text += spans.newline();
    }
    return text;
}

std::optional<QByteArray> sourceCopy(const PlanSource &source, const Plan &baseline,
                                     const Plan &clip, bool serversOnly)
{
    const SourceSpans spans(source.text, source.bom);
    const YamlNode *sites = mapValue(source.tree.root(), "sites");
    const QByteArray canonical = savePlan(clip);
    const qsizetype sitesKey = canonical.indexOf("\nsites:");
    if (sitesKey < 0)
        return std::nullopt;
    QByteArray text = canonical.left(sitesKey + 1) + "sites:\n";
    if (!serversOnly) {
        const auto lines = itemLines(spans, sites, baseline.sites, clip.sites);
        if (!lines)
            return std::nullopt;
        text += *lines;
    } else {
        if (clip.sites.size() != 1 || clip.sites.first().servers.isEmpty())
            return std::nullopt;
        // The servers may come from several sites; each must be cut from its own.
        const Site &holder = clip.sites.first();
        QByteArray servers;
        for (const Server &copy : holder.servers) {
            std::optional<QByteArray> lines;
            for (qsizetype i = 0; i < baseline.sites.size() && !lines; ++i) {
                const Site &site = baseline.sites.at(i);
                const bool here = std::any_of(site.servers.cbegin(), site.servers.cend(),
                                              [&](const Server &s) { return s.uid == copy.uid; });
                if (here && sites && sites->isSequence() &&
                    qsizetype(sites->children.size()) == baseline.sites.size()) {
                    lines = itemLines(spans, mapValue(sites->children[std::size_t(i)], "servers"),
                                      site.servers, QList<Server>{copy});
                }
            }
            if (!lines)
                return std::nullopt;
            servers += *lines;
        }
        text += "  - code: " + yamlScalar(holder.code) + "\n    servers:\n" + servers;
    }
    if (spans.newline().size() == 2) {
        // One kind of line end throughout: the header in the file's.
        text.replace("\r\n", "\n");
        text.replace("\n", "\r\n");
    }
    return text;
}

} // namespace

QByteArray copyText(const PlanSource *source, const Plan &baseline, const Plan &clip,
                    bool serversOnly)
{
    if (source) {
        if (const auto text = sourceCopy(*source, baseline, clip, serversOnly)) {
            const LoadResult check = loadPlan(*text, QString());
            if (check && samePlanContent(*check.plan, clip))
                return *text;
        }
    }
    return savePlan(clip);
}

} // namespace hierarch
