// Section 3a of REPORT.md: what the plan changes against a baseline (hierarch report --baseline,
// or Export Report in the editor's compare mode), from the same diff engine as `hierarch diff`.
#include "reportsections.h"

#include "compare/comparemarks.h"
#include "diff/plandiff.h"
#include "document/changesmodel.h"
#include "reportdata.h"
#include "reportdiagram.h"
#include "reporttext.h"
#include "theme.h"

#include <QFontMetricsF>

#include <QPainter>

namespace hierarch {

namespace {

QString severityWord(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return ReportComposer::tr("Error");
    case Severity::Warning:
        return ReportComposer::tr("Warning");
    case Severity::Info:
        break;
    }
    return ReportComposer::tr("Info");
}

// Server names must stay readable on paper (REPORT.md: 6 pt or larger), as in section 4.
constexpr double kMinimumNamePoints = 6;
// Room the diagram's page keeps for the subsection heading and the legend, in points.
constexpr double kLegendRoom = 60;

} // namespace

QString ReportComposer::changesTitle()
{
    return tr("Changes since the baseline");
}

void ReportComposer::changesSinceBaseline()
{
    // The comparison of section 3a's drawing is the one this section lists: the baseline is
    // validated and compared once.
    mChangesDiagram =
        std::make_unique<ReportDiagram>(mDiagram.reader(), mData.asOf(), *mOptions.baseline);
    const PlanDiff &diff = mChangesDiagram->diff();
    mLayout.newPage(QPageLayout::Portrait);
    mLayout.addHeading(1, QStringLiteral("%1  %2").arg(changesNumber(), changesTitle()),
                       ChangesSection);
    const FindingsDelta &delta = diff.findings;
    if (diff.isEmpty()) {
        paragraph(tr("The plan is the same as the baseline %1: no structural change and no "
                     "finding added, resolved or updated.")
                      .arg(mOptions.baselineLabel));
        return;
    }
    // One count per text, so each takes its singular or plural form.
    const auto changes = int(diff.changes.size());
    const auto added = int(delta.added.size());
    const auto unchanged = int(delta.unchanged.size());
    paragraph(tr("Compared with %1, this plan makes %2; it adds %3, resolves %4 and updates %5 "
                 "(%6).")
                  .arg(mOptions.baselineLabel,
                       tr("%1 structural change(s)", nullptr, changes).arg(number(changes)),
                       tr("%1 finding(s)", nullptr, added).arg(number(added)),
                       number(delta.resolved.size()), number(delta.updated.size()),
                       tr("%1 stay(s) unchanged", nullptr, unchanged).arg(number(unchanged))));

    mLayout.addHeading(2, tr("Structural changes"));
    if (diff.changes.isEmpty()) {
        note(tr("None: only the findings differ."));
    } else {
        ReportTable table;
        table.small = true;
        table.widths = {0.17, 0.30, 0.53};
        table.header = {tr("Action"), tr("Item"), tr("What changed")};
        ReportCsv csv{QStringLiteral("changes"), table.header, {}};
        for (const ItemChange &change : diff.changes) {
            csv.rows.append({ChangesModel::actionText(change), ChangesModel::itemText(change),
                             ChangesModel::detailsText(change)});
        }
        const bool summarised = csv.rows.size() > ReportLimits::kFullTableRows;
        const qsizetype shown = summarised ? ReportLimits::kChangesShown : csv.rows.size();
        for (qsizetype r = 0; r < shown; ++r) {
            const QStringList &row = csv.rows.at(r);
            table.rows.append({ReportCell(row.at(0), mStyle.text, true), ReportCell(row.at(1)),
                               ReportCell(row.at(2))});
        }
        if (summarised) {
            fullList(csv, tr("Showing the first %1 of %2 structural changes, in the order of the "
                             "plan.")
                              .arg(number(shown), number(csv.rows.size())));
        }
        mLayout.addTable(table);
    }

    mLayout.addHeading(2, tr("Findings delta"));
    if (!delta.hasDifferences()) {
        note(tr("No finding was added, resolved or updated."));
        changesDiagram();
        return;
    }
    ReportTable findings;
    findings.small = true;
    findings.widths = {0.13, 0.11, 0.30, 0.46};
    findings.header = {tr("State"), tr("Severity"), tr("Finding"), tr("Message")};
    ReportCsv csv{QStringLiteral("findings-delta"), findings.header, {}};
    QList<Severity> severities; // of csv's rows
    auto add = [&](const QList<DeltaFinding> &entries, const QString &state) {
        for (const DeltaFinding &entry : entries) {
            const Severity severity = entry.finding.severity();
            csv.rows.append({state, severityWord(severity), entry.id,
                             entry.finding.translatedMessage(mLocale)});
            severities << severity;
        }
    };
    add(delta.added, tr("New"));
    add(delta.resolved, tr("Resolved"));
    add(delta.updated, tr("Updated"));
    const bool summarised = csv.rows.size() > ReportLimits::kFullTableRows;
    const qsizetype shown = summarised ? ReportLimits::kTopFindingsShown : csv.rows.size();
    for (qsizetype r = 0; r < shown; ++r) {
        const QStringList &row = csv.rows.at(r);
        findings.rows.append({ReportCell(row.at(0), mStyle.text, true),
                              ReportCell(row.at(1), severityColor(severities.at(r)), true),
                              ReportCell(row.at(2)), ReportCell(row.at(3))});
    }
    if (summarised) {
        fullList(csv, tr("Showing the first %1 of %2 findings of the delta: the new ones first.")
                          .arg(number(shown), number(csv.rows.size())));
    }
    mLayout.addTable(findings);
    changesDiagram();
}

// The hierarchy of NEW drawn as the editor's canvas draws it in compare mode (views/compare):
// a mark on every added, changed, renamed or moved site and server, dashed ghosts where removed
// ones were; those are listed below the drawing too.
void ReportComposer::changesDiagram()
{
    const ReportDiagram &diagram = *mChangesDiagram;
    if (diagram.isEmpty()) {
        mLayout.addHeading(2, tr("Hierarchy with the changes marked"));
        note(tr("The plan has no sites, so there is no hierarchy to draw."));
        removedItems();
        return;
    }
    const QRectF whole = diagram.contentRect();
    QPageLayout::Orientation orientation;
    const double scale = diagramScale(whole, &orientation);
    const bool legible = scale * ReportDiagram::serverNameSize() >= kMinimumNamePoints;
    const double height = whole.height() * scale * mStyle.scale();
    // On this page when the drawing fits below the tables at the same scale, else on its own.
    if (mLayout.pages().constLast().orientation != orientation ||
        height + mStyle.pt(kLegendRoom) > mLayout.remaining())
        mLayout.newPage(orientation);
    mLayout.addHeading(2, tr("Hierarchy with the changes marked"));

    // The legend, with the marks' own colours and symbols.
    struct Key
    {
        QString symbol;
        QColor colour;
        QString text;
    };
    const QList<Key> keys{
        {QStringLiteral("+"), CompareMarks::colour(DiffAction::Added), tr("added")},
        {QStringLiteral("~"), CompareMarks::colour(DiffAction::Changed), tr("changed")},
        {QStringLiteral(">"), CompareMarks::colour(DiffAction::Moved), tr("renamed or moved")},
        {QString(), CompareMarks::colour(DiffAction::Removed),
         tr("removed (dashed, where it was)")}};
    const ReportStyle &style = mStyle;
    mLayout.addBlock(mStyle.pt(14), [keys, &style](QPainter *painter, const QRectF &r) {
        const QFontMetricsF metrics(style.small, style.device());
        const double size = style.pt(9);
        double x = r.left();
        const double top = r.top() + (r.height() - size) / 2;
        painter->setRenderHint(QPainter::Antialiasing);
        for (const Key &key : keys) {
            const QRectF mark(x, top, key.symbol.isEmpty() ? size * 1.8 : size, size);
            if (key.symbol.isEmpty()) {
                painter->setPen(QPen(key.colour, style.pt(0.8), Qt::DashLine));
                painter->setBrush(Qt::NoBrush);
                painter->drawRoundedRect(mark, style.pt(1.5), style.pt(1.5));
            } else {
                painter->setPen(Qt::NoPen);
                painter->setBrush(key.colour);
                painter->drawEllipse(mark);
                painter->setFont(style.smallBold);
                painter->setPen(Qt::white);
                painter->drawText(mark, Qt::AlignCenter, key.symbol);
            }
            x = mark.right() + style.pt(4);
            painter->setFont(style.small);
            painter->setPen(style.text);
            painter->drawText(QPointF(x, r.center().y() + metrics.ascent() / 2 - style.pt(0.5)),
                              key.text);
            x += metrics.horizontalAdvance(key.text) + style.pt(14);
        }
    });
    mLayout.addSpace(4);
    if (legible) {
        mLayout.addBlock(height, diagramPainter(whole, {}, &diagram));
        removedItems();
        return;
    }
    // Too large to read on one page: an overview, then each primary site that changed with its
    // secondary sites on a page of its own; when those pages would be too many, the primary
    // sites with the most changes, in plan order.
    const QList<ReportDiagram::Group> groups = diagram.groups();
    QList<int> changed; // indexes into groups
    QList<int> changeCounts;
    QList<int> pages;
    for (int g = 0; g < int(groups.size()); ++g) {
        if (const int count = diagram.changeCount(groups.at(g))) {
            changed << g;
            changeCounts << count;
            pages << estimatedPages(groups.at(g));
        }
    }
    const GroupPages selected =
        selectGroupPages(pages, changeCounts, ReportLimits::kChangesPageBudget);
    if (selected.all()) {
        note(tr("Overview of the whole hierarchy; the pages after the list of removed sites and "
                "servers show each primary site that changed, with its secondary sites."));
    } else {
        note(tr("Overview of the whole hierarchy. Pages for all %1 primary sites that changed "
                "would take about %2 pages, so the pages after the list of removed sites and "
                "servers show only the %3 with the most changes (about %4 pages), each with its "
                "secondary sites.")
                 .arg(number(changed.size()), number(selected.allPages),
                      number(selected.drawnCount), number(selected.drawnPages)));
    }
    mLayout.addBlock(std::min(height, mLayout.remaining()), diagramPainter(whole, {}, &diagram));
    removedItems();
    for (int c = 0; c < int(changed.size()); ++c) {
        if (!selected.drawn.at(c))
            continue;
        const ReportDiagram::Group &group = groups.at(changed.at(c));
        QString title = group.code;
        if (group.name != group.code)
            title += QStringLiteral(" \u2013 ") + group.name;
        diagramScale(group.rect, &orientation);
        mLayout.newPage(orientation);
        mLayout.addHeading(2, tr("Changes in %1").arg(title));
        mLayout.addFillBlock(diagramPainter(group.rect, group.sites, &diagram));
    }
}

void ReportComposer::removedItems()
{
    const QList<ItemChange> removed = mChangesDiagram->removed();
    mLayout.addHeading(3, tr("Removed sites and servers"));
    if (removed.isEmpty()) {
        note(tr("None: the plan keeps every site and server of the baseline."));
        return;
    }
    ReportTable table;
    table.small = true;
    table.widths = {0.4, 0.6};
    table.header = {tr("Site or server"), tr("Where it was")};
    ReportCsv csv{QStringLiteral("removed"), table.header, {}};
    const Plan &baseline = *mOptions.baseline;
    for (const ItemChange &change : removed) {
        QString where;
        if (change.kind == DiffKind::Server) {
            where = tr("in site %1").arg(change.site);
        } else if (change.siteIndex >= 0 && change.siteIndex < baseline.sites.size()) {
            const Site &site = baseline.sites.at(change.siteIndex);
            where = site.parent ? tr("under site %1").arg(*site.parent)
                                : tr("at the top of the hierarchy");
        }
        csv.rows.append({ChangesModel::itemText(change), where});
    }
    const bool summarised = csv.rows.size() > ReportLimits::kFullTableRows;
    const qsizetype shown = summarised ? ReportLimits::kChangesShown : csv.rows.size();
    for (qsizetype r = 0; r < shown; ++r)
        table.rows.append({ReportCell(csv.rows.at(r).at(0)), ReportCell(csv.rows.at(r).at(1))});
    if (summarised) {
        fullList(csv, tr("Showing the first %1 of %2 removed sites and servers.")
                          .arg(number(shown), number(csv.rows.size())));
    }
    mLayout.addTable(table);
}

} // namespace hierarch
