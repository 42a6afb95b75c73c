// Section 2 of the report, the hierarchy diagram: one page when the whole drawing stays legible,
// else a sites-only overview (reportoverview.h) and pages of the primary sites with their
// secondary sites, as many as the page budget allows.
#include "reportsections.h"

#include "reportdata.h"
#include "reportdiagram.h"
#include "reportoverview.h"

#include <QFileInfo>
#include <QHash>
#include <QPainter>

#include <cmath>
#include <memory>
#include <numeric>

namespace hierarch {

namespace {

// Server names must stay readable on paper (REPORT.md: 6 pt or larger).
constexpr double kMinimumNamePoints = 6;
// Small plans are not blown up beyond this (server names at about 10 pt).
constexpr double kMaximumPointsPerUnit = 0.8;

} // namespace

// --- diagram ----------------------------------------------------------------------------------

namespace {

// Room a page keeps above the drawing for its heading and caption, in points.
constexpr double kDiagramHeadingRoom = 70;

} // namespace

double ReportComposer::diagramScale(const QRectF &source,
                                    QPageLayout::Orientation *orientation) const
{
    double scale = 0;
    *orientation = QPageLayout::Portrait;
    for (auto o : {QPageLayout::Portrait, QPageLayout::Landscape}) {
        const QRectF area =
            mLayout.contentRect(o).adjusted(0, mStyle.pt(kDiagramHeadingRoom), 0, 0);
        const double s =
            std::min(std::min(area.width() / source.width(), area.height() / source.height()) /
                         mStyle.scale(),
                     kMaximumPointsPerUnit);
        // Landscape only when it is clearly larger.
        if (s > scale * 1.02) {
            scale = s;
            *orientation = o;
        }
    }
    return scale;
}

ReportLayout::PaintFunction ReportComposer::diagramPainter(const QRectF &source,
                                                           const QList<quint64> &sites,
                                                           const ReportDiagram *which) const
{
    const ReportDiagram &diagram = which ? *which : mDiagram;
    const double cap = kMaximumPointsPerUnit * mStyle.scale();
    return [&diagram, cap, source, sites](QPainter *painter, const QRectF &r) {
        // Fit, never enlarge beyond the cap, centred at the top of the area.
        const double s = std::min({r.width() / source.width(), r.height() / source.height(), cap});
        const QSizeF size = source.size() * s;
        const QRectF target(r.left() + (r.width() - size.width()) / 2, r.top(), size.width(),
                            size.height());
        painter->setClipRect(r);
        diagram.render(painter, target, source, sites);
    };
}

void ReportComposer::diagram()
{
    if (mDiagram.isEmpty()) {
        beginSection(Diagram);
        paragraph(tr("The plan has no sites, so there is no hierarchy to draw."));
        return;
    }
    const QRectF whole = mDiagram.contentRect();
    QPageLayout::Orientation orientation;
    const double scale = diagramScale(whole, &orientation);
    const double namePoints = scale * ReportDiagram::serverNameSize();
    beginSection(Diagram, namePoints >= kMinimumNamePoints ? orientation : QPageLayout::Portrait);
    if (namePoints >= kMinimumNamePoints) {
        note(tr("The hierarchy as drawn in the editor. Borders and badges show the worst "
                "unwaived finding of each site and server and how many there are."));
        mLayout.addSpace(4);
        mLayout.addFillBlock(diagramPainter(whole, {}));
        return;
    }
    largeDiagram(namePoints);
}

int ReportComposer::estimatedPages(const ReportDiagram::Group &group) const
{
    QPageLayout::Orientation orientation;
    if (diagramScale(group.rect, &orientation) * ReportDiagram::serverNameSize() >=
        kMinimumNamePoints)
        return 1;
    // Each site on its own, as wide as a portrait page allows (siteDiagram()).
    const QRectF content = mLayout.contentRect(QPageLayout::Portrait);
    double height = mStyle.pt(kDiagramHeadingRoom);
    for (quint64 site : group.sites) {
        const QRectF rect = mDiagram.siteRect(site);
        if (rect.isEmpty())
            continue;
        const double scale =
            std::min(content.width() / rect.width(), kMaximumPointsPerUnit * mStyle.scale());
        height += rect.height() * scale + mStyle.pt(6);
    }
    return int(std::ceil(height / content.height()));
}

GroupPages selectGroupPages(const QList<int> &pages, const QList<int> &weights, int budget)
{
    GroupPages selected;
    selected.allPages = std::accumulate(pages.cbegin(), pages.cend(), 0);
    selected.drawn.fill(true, pages.size());
    selected.drawnCount = int(pages.size());
    selected.drawnPages = selected.allPages;
    if (selected.allPages <= budget)
        return selected;
    QList<int> order(pages.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&weights](int a, int b) { return weights.at(a) > weights.at(b); });
    selected.drawn.fill(false);
    selected.drawnCount = 0;
    selected.drawnPages = 0;
    for (int g : std::as_const(order)) {
        if (weights.at(g) == 0 || pages.at(g) > ReportLimits::kGroupPageLimit ||
            selected.drawnPages + pages.at(g) > budget)
            continue;
        selected.drawn[g] = true;
        ++selected.drawnCount;
        selected.drawnPages += pages.at(g);
    }
    return selected;
}

void ReportComposer::largeDiagram(double namePoints)
{
    // Which primary sites get pages of their own: all while they fit the budget, else those
    // with the most findings (in plan order on paper), leaving out any that alone would take
    // more than a few pages.
    const QList<ReportDiagram::Group> groups = mDiagram.groups();
    QHash<QString, int> siteFindings;
    for (const Site &site : mData.plan().sites) {
        if (!siteFindings.contains(site.code))
            siteFindings.insert(site.code, mData.siteMarks(site).count);
    }
    QList<int> pages;
    QList<int> findings;
    for (const ReportDiagram::Group &group : groups) {
        pages << estimatedPages(group);
        int count = siteFindings.value(group.code);
        for (const QString &code : group.secondaryCodes)
            count += siteFindings.value(code);
        findings << count;
    }
    const GroupPages selected = selectGroupPages(pages, findings, ReportLimits::kDiagramPageBudget);

    // The overview: every site, no server cards, codes at a fixed legible size.
    QString intro = tr("Overview of the sites. The whole drawing would print server names at %1 "
                       "pt, too small to read, so this overview shows the sites only: each "
                       "primary site starts a line, indented below its parent, followed by its "
                       "secondary sites.")
                        .arg(mLocale.toString(namePoints, 'f', namePoints < 0.1 ? 2 : 1));
    note(intro + QLatin1Char(' ') +
         tr("Bold boxes are primary sites (shaded: the central site), grey boxes secondary "
            "sites; a coloured border is the worst unwaived finding of the site and its "
            "servers, and a dashed box repeats a primary site whose line runs on from the "
            "previous column or page."));
    if (selected.all()) {
        note(tr("The pages after the overview draw each primary site with its secondary sites "
                "and servers."));
    } else {
        note(tr("Pages for all %1 primary sites with their secondary sites and servers would "
                "take about %2 pages, so pages follow only for the %3 with the most findings "
                "(about %4 pages).")
                 .arg(number(groups.size()), number(selected.allPages), number(selected.drawnCount),
                      number(selected.drawnPages)));
    }
    mLayout.addSpace(4);
    const double width = mLayout.contentRect().width() / mStyle.scale();
    auto overview = std::make_shared<SiteOverview>(mData, mStyle, width);
    int overviewPage = 1;
    while (!overview->atEnd()) {
        if (overviewPage > 1) {
            mLayout.newPage(QPageLayout::Portrait);
            mLayout.addHeading(2, tr("Overview of the sites (continued)"));
        }
        const auto page = std::make_shared<SiteOverview::Page>(
            overview->nextPage(mLayout.remaining() / mStyle.scale()));
        mLayout.addFillBlock([overview, page](QPainter *painter, const QRectF &r) {
            overview->paint(painter, *page, r);
        });
        ++overviewPage;
    }

    for (int g = 0; g < groups.size(); ++g) {
        if (!selected.drawn.at(g))
            continue;
        const ReportDiagram::Group &group = groups.at(g);
        QString title = group.code;
        if (group.name != group.code)
            title += QStringLiteral(" \u2013 ") + group.name;
        QString caption;
        if (group.secondary)
            caption = tr("Secondary site %1, which has no primary parent site in the plan.")
                          .arg(group.code);
        else if (group.secondaryCodes.isEmpty())
            caption = tr("Site %1 (no secondary sites).").arg(group.code);
        else
            caption = tr("Site %1 with its secondary sites %2.")
                          .arg(group.code, group.secondaryCodes.join(QLatin1String(", ")));

        QPageLayout::Orientation orientation;
        const double groupScale = diagramScale(group.rect, &orientation);
        if (groupScale * ReportDiagram::serverNameSize() >= kMinimumNamePoints) {
            mLayout.newPage(orientation);
            mLayout.addHeading(2, title);
            note(caption);
            mLayout.addSpace(4);
            mLayout.addFillBlock(diagramPainter(group.rect, group.sites));
            continue;
        }
        // Too large together: the same sites one below the other, each as large as the page
        // width allows.
        mLayout.newPage(QPageLayout::Portrait);
        mLayout.addHeading(2, title);
        note(caption + QLatin1Char(' ') +
             tr("Together they are too large for one page, so each site is drawn on its own."));
        for (quint64 site : group.sites)
            siteDiagram(site);
    }
}

void ReportComposer::siteDiagram(quint64 site)
{
    const QRectF rect = mDiagram.siteRect(site);
    if (rect.isEmpty())
        return;
    const double unit = mStyle.scale();
    const QRectF content = mLayout.contentRect();
    // Sites have at most four columns of cards, which fit a portrait page's width with server
    // names above 6 pt; so only the height may need more than one page.
    const double scale = std::min(content.width() / rect.width(), kMaximumPointsPerUnit * unit);
    const double height = rect.height() * scale;
    mLayout.addSpace(6);
    if (height <= content.height()) {
        mLayout.addBlock(height, diagramPainter(rect, {site}));
        return;
    }
    // Taller than a page: strips cut between rows of cards.
    const QList<double> cuts = mDiagram.cardRowTops(site);
    double top = rect.top();
    while (top < rect.bottom() - 1) {
        if (mLayout.remaining() < content.height() / 3)
            mLayout.newPage(QPageLayout::Portrait);
        const double room = mLayout.remaining() / scale; // scene units
        double bottom = std::min(rect.bottom(), top + room);
        if (bottom < rect.bottom()) {
            // Cut just above the lowest row of cards that starts in the strip: between the rows
            // (the gap is 10 units) and above that row's findings badges.
            double best = top;
            for (double cut : cuts) {
                const double edge = cut - 9;
                if (edge > top + 1 && edge <= bottom)
                    best = std::max(best, edge);
            }
            if (best > top + 1)
                bottom = best;
        }
        const QRectF strip(rect.left(), top, rect.width(), bottom - top);
        mLayout.addBlock(strip.height() * scale, diagramPainter(strip, {site}));
        top = bottom;
    }
}

} // namespace hierarch
