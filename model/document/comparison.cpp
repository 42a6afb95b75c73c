#include "comparison.h"

#include "document.h"
#include "planreader.h"
#include "validator.h"

namespace hierarch {

Comparison::Comparison(const PlanReader &plan, const QDate &asOf, Plan baseline, QString label,
                       QObject *parent)
    : QObject(parent), mPlan(&plan), mLabel(std::move(label))
{
    mComparer = std::make_unique<PlanComparer>(std::move(baseline), QList<Finding>());
    prepareBaseline(asOf);
    mFixed = mComparer->compare(&plan.plan(), plan.findings());
}

Comparison::Comparison(Document *document, Plan baseline, QString label, QObject *parent)
    : QObject(parent), mPlan(document), mDocument(document), mLabel(std::move(label))
{
    // The comparer keeps the baseline; validation needs the document's date, so it is prepared
    // here and again when that date changes.
    mComparer = std::make_unique<PlanComparer>(std::move(baseline), QList<Finding>());
    prepareBaseline(document->validationDate());
    // The item events come before the Findings event that closes an edit.
    connect(document, &Document::changed, this, [this](const ChangeEvent &event) {
        using Type = ChangeEvent::Type;
        switch (event.type) {
        case Type::AboutToReset:
            // A reset replaces the live validator before its Findings event: the comparison
            // starts over.
            mRestart = true;
            return;
        case Type::Reset:
            if (mRestart)
                recompute();
            return;
        case Type::AboutToAdd:
        case Type::AboutToRemove:
            return;
        case Type::Added:
        case Type::Removed:
        case Type::Changed:
            break;
        }
        switch (event.item) {
        case ChangeItem::Site:
            if (event.type == Type::Changed)
                mChangedSites << event.id;
            else
                mShapeChanged = true;
            break;
        case ChangeItem::Server:
            if (event.type == Type::Changed) {
                mChangedServers << event.id;
            } else {
                mShapeChanged = true;
                mChangedSites << event.site; // the site lists its servers
            }
            break;
        case ChangeItem::Role:
            mChangedServers << event.id;
            break;
        case ChangeItem::Address:
            mChangedSites << event.site;
            break;
        case ChangeItem::Plan:
            mShapeChanged = true;
            break;
        case ChangeItem::Account:
        case ChangeItem::Waiver:
            mListsChanged = true;
            break;
        case ChangeItem::Attestation:
            // No finding reads attestations, so their edits are not followed by a Findings event.
            mListsChanged = true;
            recompute();
            break;
        case ChangeItem::ChangeRecord:
            // Document control is compared as a plan field; no finding reads it either.
            mShapeChanged = true;
            recompute();
            break;
        case ChangeItem::Findings:
            recompute();
            break;
        case ChangeItem::Diagram:
            break;
        }
    });
    recompute();
}

Comparison::~Comparison() = default;

const Plan &Comparison::baseline() const
{
    return *mComparer->baseline();
}

const PlanDiff &Comparison::diff() const
{
    return mLive ? mLive->diff() : mFixed;
}

void Comparison::prepareBaseline(const QDate &asOf)
{
    mLive.reset();
    mBaselineDate = asOf;
    Plan plan = *mComparer->baseline();
    QList<Finding> findings = validate(plan, mBaselineDate);
    mComparer = std::make_unique<PlanComparer>(std::move(plan), std::move(findings));
}

void Comparison::recompute()
{
    if (mDocument->validationDate() != mBaselineDate)
        prepareBaseline(mDocument->validationDate());
    if (mRestart)
        mLive.reset();
    mRestart = false;
    bool whole = mShapeChanged;
    QList<int> sites;
    QList<std::pair<int, int>> servers;
    for (ItemId id : std::as_const(mChangedSites)) {
        const int index = mDocument->siteIndex(id);
        whole = whole || index < 0;
        sites << index;
    }
    for (ItemId id : std::as_const(mChangedServers)) {
        const Document::ServerLocation loc = mDocument->serverLocation(id);
        whole = whole || !loc.isValid();
        servers.append({loc.site, loc.server});
    }
    if (!mLive)
        mLive =
            std::make_unique<LiveDiff>(*mComparer, mDocument->plan(), mDocument->liveValidator());
    else if (whole)
        mLive->compareAll();
    else
        mLive->update(sites, servers, mListsChanged);
    mChangedSites.clear();
    mChangedServers.clear();
    mListsChanged = false;
    mShapeChanged = false;
    publish();
}

void Comparison::publish()
{
    mChangeByItemValid = false;
    emit changed();
}

const ItemChange *Comparison::changeFor(ItemId id) const
{
    if (!mChangeByItemValid) {
        mChangeByItem.clear();
        const PlanDiff &result = diff();
        // A site's own change comes before its addresses' changes, which it keeps.
        for (int i = 0; i < int(result.changes.size()); ++i) {
            if (const ItemId item = itemFor(result.changes.at(i));
                item && !mChangeByItem.contains(item))
                mChangeByItem.insert(item, i);
        }
        mChangeByItemValid = true;
    }
    const auto it = mChangeByItem.constFind(id);
    return it == mChangeByItem.cend() ? nullptr : &diff().changes.at(*it);
}

ItemId Comparison::itemFor(const ItemChange &change) const
{
    // An address (also a removed one) is about its site, which is in the document.
    if ((change.action == DiffAction::Removed && change.kind != DiffKind::Address) ||
        change.siteIndex < 0)
        return 0;
    const Plan &plan = mPlan->plan();
    if (change.siteIndex >= plan.sites.size())
        return 0;
    const Site &site = plan.sites.at(change.siteIndex);
    if (change.kind == DiffKind::Site || change.kind == DiffKind::Address)
        return site.uid;
    if (change.kind == DiffKind::Server && change.serverIndex >= 0 &&
        change.serverIndex < site.servers.size())
        return site.servers.at(change.serverIndex).uid;
    return 0;
}

ItemId Comparison::itemFor(const Finding &finding) const
{
    const Plan &plan = mPlan->plan();
    if (finding.kind == Scope::Site) {
        const int index = mPlan->siteIndexByCode(finding.subject);
        return index >= 0 ? plan.sites.at(index).uid : 0;
    }
    if (finding.kind == Scope::Server) {
        const int index = mPlan->siteIndexByCode(finding.site);
        if (index < 0)
            return 0;
        for (const Server &server : plan.sites.at(index).servers) {
            if (server.name == finding.subject)
                return server.uid;
        }
    }
    return 0;
}

QList<Comparison::Ghost> Comparison::ghosts() const
{
    QList<Ghost> ghosts;
    const Plan &old = baseline();
    const Plan &plan = mPlan->plan();
    auto documentSite = [&](const QString &oldCode) -> ItemId {
        const int index = mPlan->siteIndexByCode(diff().siteRenames.value(oldCode, oldCode));
        return index >= 0 ? plan.sites.at(index).uid : 0;
    };
    for (const ItemChange &change : diff().changes) {
        if (change.action != DiffAction::Removed || change.siteIndex < 0 ||
            change.siteIndex >= old.sites.size() || change.kind == DiffKind::Address)
            continue;
        const Site &site = old.sites.at(change.siteIndex);
        Ghost ghost;
        ghost.kind = change.kind;
        ghost.name = change.id;
        if (change.kind == DiffKind::Server) {
            ghost.oldSite = site.code;
            ghost.anchorSite = documentSite(site.code);
        } else if (change.kind == DiffKind::Site) {
            if (site.parent)
                ghost.anchorSite = documentSite(*site.parent);
            for (const DiagramPosition &p : old.diagram) {
                if (p.siteCode == site.code)
                    ghost.position = QPointF(p.x, p.y);
            }
        } else {
            continue;
        }
        ghosts.append(ghost);
    }
    return ghosts;
}

} // namespace hierarch
