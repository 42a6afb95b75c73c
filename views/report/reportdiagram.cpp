#include "reportdiagram.h"

#include "canvas/canvasstyle.h"
#include "canvas/plandiagram.h"
#include "compare/comparemarks.h"
#include "document/comparison.h"
#include "document/planreader.h"

#include <QMultiHash>
#include <QPainter>
#include <QSet>

namespace hierarch {

// Compare mode's marks and ghosts on the report's diagram, stacked where the canvas stacks them
// (CompareMarks makes them child items, the ghosts below their siblings and the marks above):
// ghosts that hang on nothing after the lines, a site's ghosts over its box but under its cards,
// marks over their site or card.
class ReportDiagram::Marks : public PlanDiagram::Overlay
{
public:
    Marks(const PlanDiagram &diagram, const Comparison &comparison) : mDiagram(diagram)
    {
        const auto boxOf = [&diagram](ItemId id) -> std::optional<QSizeF> {
            QRectF box = diagram.siteBox(id);
            if (box.isNull())
                box = diagram.cardBox(id);
            return box.isNull() ? std::nullopt : std::optional<QSizeF>(box.size());
        };
        mDecorations = compareDecorations(comparison, boxOf);
        // Each anchor's decorations in their order (QMultiHash::values() gives them newest
        // first).
        for (qsizetype i = mDecorations.size() - 1; i >= 0; --i)
            mByAnchor.insert(mDecorations.at(i).anchor, i);
    }

    const QList<CompareDecoration> &decorations() const { return mDecorations; }

    // Where an anchor's coordinates start: its box's top-left corner (none: the diagram's).
    QPointF originOf(ItemId anchor) const
    {
        if (!anchor)
            return QPointF();
        const QRectF site = mDiagram.siteBox(anchor);
        return site.isNull() ? mDiagram.cardBox(anchor).topLeft() : site.topLeft();
    }
    // A decoration's rectangle in diagram units.
    QRectF rectOf(const CompareDecoration &decoration) const
    {
        return decoration.rect.translated(originOf(decoration.anchor));
    }

    // Where the marks and ghosts are (with their strokes), in diagram units.
    QRectF bounds() const
    {
        QRectF bounds;
        for (const CompareDecoration &decoration : mDecorations)
            bounds |= rectOf(decoration).adjusted(-2, -2, 2, 2);
        return bounds;
    }

    void paintBehindSites(QPainter *painter) const override { paint(painter, 0, true); }
    void paintUnderCards(QPainter *painter, ItemId site) const override
    {
        paint(painter, site, true);
    }
    void paintOver(QPainter *painter, ItemId item) const override { paint(painter, item, false); }
    QRectF extentOf(ItemId site) const override
    {
        QRectF extent;
        for (qsizetype i : mByAnchor.values(site))
            extent |= rectOf(mDecorations.at(i)).adjusted(-2, -2, 2, 2);
        return extent;
    }

private:
    // Ghosts go under the cards, marks over them.
    void paint(QPainter *painter, ItemId anchor, bool ghosts) const
    {
        for (qsizetype i : mByAnchor.values(anchor)) {
            const CompareDecoration &decoration = mDecorations.at(i);
            if ((decoration.style == CompareDecoration::Ghost) != ghosts)
                continue;
            // In the anchor's coordinates, as the canvas paints it (a child item of the anchor's):
            // text lands where the canvas puts it to the last digit.
            painter->save();
            painter->translate(originOf(decoration.anchor));
            paintCompareDecoration(painter, decoration);
            painter->restore();
        }
    }

    const PlanDiagram &mDiagram;
    QList<CompareDecoration> mDecorations;
    QMultiHash<ItemId, qsizetype> mByAnchor;
};

ReportDiagram::ReportDiagram(const PlanReader &plan)
    : mReader(plan), mDiagram(std::make_unique<PlanDiagram>(plan))
{}

ReportDiagram::ReportDiagram(const PlanReader &plan, const QDate &asOf, const Plan &baseline)
    : ReportDiagram(plan)
{
    mComparison = std::make_unique<Comparison>(plan, asOf, baseline, QString());
    mMarks = std::make_unique<Marks>(*mDiagram, *mComparison);
    for (const Comparison::Ghost &ghost : mComparison->ghosts())
        ++mGhostsBySite[ghost.anchorSite];
}

ReportDiagram::~ReportDiagram() = default;

const PlanReader &ReportDiagram::reader() const
{
    return mReader;
}

bool ReportDiagram::isEmpty() const
{
    return mReader.plan().sites.isEmpty();
}

QRectF ReportDiagram::contentRect() const
{
    QRectF rect = mDiagram->contentRect();
    constexpr double m = canvas::kDrawingMargin;
    if (mMarks) {
        // Marks sit on the corners (inside the badges' room); ghosts can hang below a site.
        const QRectF marks = mMarks->bounds();
        if (!marks.isNull())
            rect |= marks.adjusted(-m, -m, m, m);
    }
    return rect;
}

const PlanDiff &ReportDiagram::diff() const
{
    static const PlanDiff none;
    return mComparison ? mComparison->diff() : none;
}

QString ReportDiagram::markOf(const QString &siteCode, const QString &serverName) const
{
    if (!mMarks)
        return QString();
    const int index = mReader.siteIndexByCode(siteCode);
    if (index < 0)
        return QString();
    const Site &site = mReader.plan().sites.at(index);
    ItemId item = serverName.isEmpty() ? site.uid : 0;
    for (const Server &server : site.servers) {
        if (!item && server.name == serverName)
            item = server.uid;
    }
    for (const CompareDecoration &decoration : mMarks->decorations()) {
        if (item && decoration.style == CompareDecoration::Mark && decoration.anchor == item)
            return decoration.text;
    }
    return QString();
}

QList<ItemChange> ReportDiagram::removed() const
{
    QList<ItemChange> removed;
    if (!mComparison)
        return removed;
    for (const ItemChange &change : mComparison->diff().changes) {
        if (change.action == DiffAction::Removed &&
            (change.kind == DiffKind::Site || change.kind == DiffKind::Server))
            removed << change;
    }
    return removed;
}

QStringList ReportDiagram::ghostNames() const
{
    QStringList names;
    if (mMarks) {
        for (const CompareDecoration &decoration : mMarks->decorations()) {
            if (decoration.style == CompareDecoration::Ghost)
                names << decoration.text;
        }
    }
    return names;
}

double ReportDiagram::serverNameSize()
{
    return canvas::fonts().serverName.pixelSize();
}

QList<ReportDiagram::Group> ReportDiagram::groups() const
{
    const QList<Site> &sites = mReader.plan().sites;
    QList<Group> groups;
    QSet<ItemId> grouped;
    for (const Site &site : sites) {
        if (site.isSecondary())
            continue;
        Group group{site.code, site.displayName(), false,
                    {},        {site.uid},         mDiagram->siteGroupRect(site.uid)};
        grouped.insert(site.uid);
        for (ItemId child : mReader.childSites(site.uid)) {
            const Site *data = mReader.site(child);
            if (data && data->isSecondary()) {
                group.sites << child;
                group.secondaryCodes << data->code;
                grouped.insert(child);
            }
        }
        groups << group;
    }
    // Secondary sites under no primary (a structure finding) still get drawn.
    for (const Site &site : sites) {
        if (grouped.contains(site.uid))
            continue;
        groups << Group{site.code, site.displayName(), site.isSecondary(),
                        {},        {site.uid},         mDiagram->siteGroupRect(site.uid)};
    }
    if (mMarks) {
        constexpr double m = canvas::kDrawingMargin;
        // The ghosts of removed servers hang below their site's box.
        for (Group &group : groups) {
            for (quint64 id : std::as_const(group.sites)) {
                if (const QRectF ghosts = mMarks->extentOf(id); !ghosts.isNull())
                    group.rect |= ghosts.adjusted(-m, -m, m, m);
            }
        }
    }
    return groups;
}

int ReportDiagram::changeCount(const Group &group) const
{
    if (!mComparison)
        return 0;
    int count = 0;
    const QSet<ItemId> sites(group.sites.cbegin(), group.sites.cend());
    for (ItemId id : sites) {
        count += mComparison->changeFor(id) != nullptr;
        if (const Site *site = mReader.site(id)) {
            for (const Server &server : site->servers)
                count += mComparison->changeFor(server.uid) != nullptr;
        }
    }
    for (ItemId id : sites)
        count += mGhostsBySite.value(id);
    return count;
}

QRectF ReportDiagram::siteRect(quint64 id) const
{
    const QRectF box = mDiagram->siteBox(id);
    return box.isNull() ? QRectF() : box.adjusted(-24, -24, 24, 24);
}

QList<double> ReportDiagram::cardRowTops(quint64 id) const
{
    QList<double> tops;
    const Site *site = mReader.site(id);
    if (!site)
        return tops;
    for (const Server &server : site->servers) {
        if (const QRectF card = mDiagram->cardBox(server.uid); !card.isNull()) {
            if (!tops.contains(card.top()))
                tops << card.top();
        }
    }
    std::sort(tops.begin(), tops.end());
    return tops;
}

void ReportDiagram::render(QPainter *painter, const QRectF &target, const QRectF &source,
                           const QList<quint64> &sites) const
{
    mDiagram->render(painter, target, source, sites, mMarks.get());
}

} // namespace hierarch
