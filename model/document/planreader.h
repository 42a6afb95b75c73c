#pragma once

#include "finding.h"
#include "plan.h"

#include <QList>
#include <QPointF>

#include <optional>

namespace hierarch {

class ValidationContext;

// What a drawing of the plan reads: the plan, its sites and servers by id, how sites link and the
// findings on each. The Document answers for the open plan as it is edited; a PlanSnapshot for a
// plan that is only drawn (the report), with findings computed once by its caller.
class PlanReader
{
public:
    virtual ~PlanReader() = default;

    virtual const Plan &plan() const = 0;
    // Sorted as RULES.md says.
    virtual const QList<Finding> &findings() const = 0;
    // Findings whose subject is this site or server (by id).
    virtual QList<const Finding *> findingsFor(ItemId id) const = 0;

    virtual int siteIndex(ItemId site) const = 0;
    // The first site with the code, -1 if none.
    virtual int siteIndexByCode(const QString &code) const = 0;
    virtual const Site *site(ItemId site) const = 0;
    virtual const Server *server(ItemId server) const = 0;
    virtual ItemId siteOfServer(ItemId server) const = 0;
    // How the rules see the plan (resolved parents, sites by code, database hosts, ...).
    virtual const ValidationContext &validationContext() const = 0;

    // The sites whose parent resolves to this site, in plan order (a site that is its own
    // parent is not its own child).
    QList<ItemId> childSites(ItemId site) const;
    // This site and every site below it (parent cycles do not loop).
    QList<ItemId> subtree(ItemId site) const;
    // The site's stored diagram position (the top centre of its box), if the plan has one.
    std::optional<QPointF> diagramPosition(ItemId site) const;

protected:
    PlanReader() = default;
    PlanReader(const PlanReader &) = default;
    PlanReader &operator=(const PlanReader &) = default;
};

} // namespace hierarch
