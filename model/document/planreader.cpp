#include "planreader.h"

#include "rules/validationcontext.h"

#include <QSet>

namespace hierarch {

QList<ItemId> PlanReader::subtree(ItemId id) const
{
    QList<ItemId> out{id};
    QSet<ItemId> seen{id};
    for (qsizetype i = 0; i < out.size(); ++i) {
        for (ItemId child : childSites(out.at(i))) {
            if (!seen.contains(child)) { // parent cycles must not loop
                seen.insert(child);
                out << child;
            }
        }
    }
    return out;
}

QList<ItemId> PlanReader::childSites(ItemId id) const
{
    QList<ItemId> children;
    const int parentIndex = siteIndex(id);
    if (parentIndex < 0)
        return children;
    for (int child : validationContext().childrenOf(parentIndex)) {
        if (child != parentIndex)
            children << plan().sites.at(child).uid;
    }
    return children;
}

std::optional<QPointF> PlanReader::diagramPosition(ItemId id) const
{
    const Site *s = site(id);
    if (!s)
        return std::nullopt;
    for (const DiagramPosition &p : plan().diagram) {
        if (p.siteCode == s->code)
            return QPointF(p.x, p.y);
    }
    return std::nullopt;
}

} // namespace hierarch
