#include "reportdiagram.h"

#include "canvas/canvasstyle.h"
#include "canvas/hierarchyscene.h"
#include "canvas/serveritem.h"
#include "canvas/siteitem.h"
#include "document/document.h"
#include "selection.h"

#include <QSet>

namespace hierarch {

ReportDiagram::ReportDiagram(const Plan &plan, const QDate &asOf)
    : mDocument(std::make_unique<Document>())
{
    // The date first, so the one validation after reset() marks the items as the report counts.
    mDocument->setValidationDate(asOf);
    mDocument->reset(plan);
    mSelection = std::make_unique<Selection>(mDocument.get());
    mScene = std::make_unique<HierarchyScene>(mDocument.get(), mSelection.get());
}

ReportDiagram::~ReportDiagram()
{
    // The scene observes the selection and the document: it goes first.
    mScene.reset();
    mSelection.reset();
}

bool ReportDiagram::isEmpty() const
{
    return mDocument->plan().sites.isEmpty();
}

QRectF ReportDiagram::contentRect() const
{
    return mScene->contentRect();
}

double ReportDiagram::serverNameSize()
{
    return canvas::fonts().serverName.pixelSize();
}

QList<ReportDiagram::Group> ReportDiagram::groups() const
{
    const QList<Site> &sites = mDocument->plan().sites;
    QList<Group> groups;
    QSet<ItemId> grouped;
    for (const Site &site : sites) {
        if (site.isSecondary())
            continue;
        Group group{site.code, site.displayName(), false,
                    {},        {site.uid},         mScene->siteGroupRect(site.uid)};
        grouped.insert(site.uid);
        for (ItemId child : mDocument->childSites(site.uid)) {
            const Site *data = mDocument->site(child);
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
    return groups;
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
    const Site *site = mDocument->site(id);
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
