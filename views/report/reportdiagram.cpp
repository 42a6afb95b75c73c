#include "reportdiagram.h"

#include "canvas/canvasstyle.h"
#include "canvas/hierarchyscene.h"
#include "canvas/serveritem.h"
#include "canvas/siteitem.h"
#include "compare/comparemarks.h"
#include "document/comparison.h"
#include "document/document.h"
#include "document/planreader.h"
#include "selection.h"

#include <QSet>

namespace hierarch {

ReportDiagram::ReportDiagram(const PlanReader &plan) : mReader(&plan)
{
    mScene = std::make_unique<HierarchyScene>(mReader);
}

ReportDiagram::ReportDiagram(const Plan &plan, const QDate &asOf, const Plan &baseline)
    : mDocument(std::make_unique<Document>())
{
    // Compare mode follows a Document: the date first, so the one validation after reset()
    // marks the items as the report counts.
    mDocument->setValidationDate(asOf);
    mDocument->reset(plan);
    mReader = mDocument.get();
    mSelection = std::make_unique<Selection>(mDocument.get());
    mScene = std::make_unique<HierarchyScene>(mDocument.get(), mSelection.get());
    mComparison = std::make_unique<Comparison>(mDocument.get(), baseline, QString());
    mMarks = std::make_unique<CompareMarks>(mScene.get(), mComparison.get());
}

ReportDiagram::~ReportDiagram()
{
    // The marks hang on the scene's items and follow the comparison; the scene observes the
    // selection and the document.
    mMarks.reset();
    mComparison.reset();
    mScene.reset();
    mSelection.reset();
}

bool ReportDiagram::isEmpty() const
{
    return mReader->plan().sites.isEmpty();
}

QRectF ReportDiagram::contentRect() const
{
    QRectF rect = mScene->contentRect();
    if (mMarks) {
        // Marks sit on the corners (inside the badges' room); ghosts can hang below a site.
        const QRectF marks = mMarks->sceneRect();
        if (!marks.isNull())
            rect |= marks.adjusted(-8, -8, 8, 8);
    }
    return rect;
}

QString ReportDiagram::markOf(const QString &siteCode, const QString &serverName) const
{
    if (!mMarks)
        return QString();
    const int index = mReader->siteIndexByCode(siteCode);
    if (index < 0)
        return QString();
    const Site &site = mReader->plan().sites.at(index);
    if (serverName.isEmpty())
        return mMarks->markOf(site.uid);
    for (const Server &server : site.servers) {
        if (server.name == serverName)
            return mMarks->markOf(server.uid);
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
    return mMarks ? mMarks->ghostNames() : QStringList();
}

double ReportDiagram::serverNameSize()
{
    return canvas::fonts().serverName.pixelSize();
}

QList<ReportDiagram::Group> ReportDiagram::groups() const
{
    const QList<Site> &sites = mReader->plan().sites;
    QList<Group> groups;
    QSet<ItemId> grouped;
    for (const Site &site : sites) {
        if (site.isSecondary())
            continue;
        Group group{site.code, site.displayName(), false,
                    {},        {site.uid},         mScene->siteGroupRect(site.uid)};
        grouped.insert(site.uid);
        for (ItemId child : mReader->childSites(site.uid)) {
            const Site *data = mReader->site(child);
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
                        {},        {site.uid},         mScene->siteGroupRect(site.uid)};
    }
    if (mMarks) {
        // The ghosts of removed servers hang below their site's box.
        for (Group &group : groups) {
            for (quint64 id : std::as_const(group.sites)) {
                if (const SiteItem *item = mScene->siteItem(id))
                    group.rect |=
                        item->mapRectToScene(item->childrenBoundingRect()).adjusted(-8, -8, 8, 8);
            }
        }
    }
    return groups;
}

bool ReportDiagram::hasChanges(const Group &group) const
{
    if (!mComparison)
        return false;
    const QSet<ItemId> sites(group.sites.cbegin(), group.sites.cend());
    for (ItemId id : sites) {
        if (mComparison->changeFor(id))
            return true;
        if (const Site *site = mReader->site(id)) {
            for (const Server &server : site->servers) {
                if (mComparison->changeFor(server.uid))
                    return true;
            }
        }
    }
    for (const Comparison::Ghost &ghost : mComparison->ghosts()) {
        if (sites.contains(ghost.anchorSite))
            return true;
    }
    return false;
}

QRectF ReportDiagram::siteRect(quint64 id) const
{
    const SiteItem *site = mScene->siteItem(id);
    if (!site)
        return QRectF();
    return site->mapRectToScene(site->rect()).adjusted(-24, -24, 24, 24);
}

QList<double> ReportDiagram::cardRowTops(quint64 id) const
{
    QList<double> tops;
    const Site *site = mReader->site(id);
    if (!site)
        return tops;
    for (const Server &server : site->servers) {
        if (const ServerItem *card = mScene->serverItem(server.uid)) {
            const double top = card->mapRectToScene(card->rect()).top();
            if (!tops.contains(top))
                tops << top;
        }
    }
    std::sort(tops.begin(), tops.end());
    return tops;
}

void ReportDiagram::render(QPainter *painter, const QRectF &target, const QRectF &source,
                           const QList<quint64> &sites) const
{
    mScene->renderDiagram(painter, target, source, sites);
}

} // namespace hierarch
