#pragma once

#include "planreader.h"

#include <QDate>
#include <QHash>

#include <memory>

namespace hierarch {

class LiveValidator;

// A plan that is read but not edited (the report): validated once, as of a date, with the
// findings kept site by site as the Document keeps them, and the lookups the canvas makes. The
// report takes its findings from here and draws its diagram from it, instead of validating the
// plan again inside a Document of its own; nothing of the editor (undo stack, signals) is built.
// Sites and servers get ids as the Document gives them.
class PlanSnapshot : public PlanReader
{
public:
    PlanSnapshot(Plan plan, const QDate &asOf);
    ~PlanSnapshot() override;
    PlanSnapshot(const PlanSnapshot &) = delete;
    PlanSnapshot &operator=(const PlanSnapshot &) = delete;

    const Plan &plan() const override { return mPlan; }
    const QList<Finding> &findings() const override;
    QList<const Finding *> findingsFor(ItemId id) const override;
    int siteIndex(ItemId site) const override;
    int siteIndexByCode(const QString &code) const override;
    const Site *site(ItemId site) const override;
    const Server *server(ItemId server) const override;
    ItemId siteOfServer(ItemId server) const override;
    const ValidationContext &validationContext() const override;

private:
    Plan mPlan;
    std::unique_ptr<LiveValidator> mLive; // reads mPlan
    QHash<ItemId, int> mSiteIndex;
    QHash<ItemId, std::pair<int, int>> mServerIndex; // server -> (site index, server index)
};

} // namespace hierarch
