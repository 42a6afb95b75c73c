#pragma once

#include "reportcsv.h"
#include "reportdata.h"
#include "reportdiagram.h"
#include "reportlayout.h"
#include "reportwriter.h"

#include <QCoreApplication>
#include <QLocale>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QChart;

namespace hierarch {

// Where the sections that grow with the plan start to summarise (REPORT.md "Large plans"): a
// table of more rows than kFullTableRows lists its top items and the full list goes to a CSV
// file beside the PDF. 250 rows are six to eight pages of the small table font, so the example
// plans and plans of a hundred sites keep their full tables, and a 1,000-site plan's report stays
// well under 300 pages.
namespace ReportLimits {
inline constexpr int kFullTableRows = 250;
inline constexpr int kSitesShown = 50;
inline constexpr int kServersShown = 100;
inline constexpr int kTopFindingsShown = 60;
// Affected subjects of one rule in section 5: all of them up to kFullSubjects, else the first
// kSubjectsShown.
inline constexpr int kFullSubjects = 25;
inline constexpr int kSubjectsShown = 10;
inline constexpr int kWaiversShown = 100;
inline constexpr int kAccountsShown = 100;
// Lines (one per site) of an assumption's server list before it is cut.
inline constexpr int kFullAssumptionLines = 30;
inline constexpr int kAssumptionLinesShown = 8;
// Pages the per-primary drawings of section 2 may take in all, and one group at most.
inline constexpr int kDiagramPageBudget = 120;
inline constexpr int kGroupPageLimit = 12;
// Section 3a (changes since a baseline): rows of the structural changes and removed items shown
// when their tables are summarised, and the pages its per-primary drawings may take in all.
inline constexpr int kChangesShown = 100;
inline constexpr int kChangesPageBudget = 60;
} // namespace ReportLimits

// Which of a diagram's groups get pages of their own within a page budget: all when they fit,
// else those of the greatest weight (most findings, most changes), leaving out groups of no weight
// and any that alone would take more than kGroupPageLimit pages.
struct GroupPages
{
    QList<bool> drawn; // per group
    int drawnCount = 0;
    int drawnPages = 0;
    int allPages = 0;
    bool all() const { return drawnCount == drawn.size(); }
};
GroupPages selectGroupPages(const QList<int> &pages, const QList<int> &weights, int budget);

// Composes REPORT.md's sections, in order, into a ReportLayout. The section code is split by
// group: reportsectionsfront.cpp (cover, contents, summary, diagram), reportsectionsinventory.cpp
// (sites, servers, findings, accepted risks) and reportsectionsplan.cpp (assumptions, accounts,
// checklist, ports, rule catalog). It keeps the charts alive until the pages are painted.
class ReportComposer
{
    Q_DECLARE_TR_FUNCTIONS(hierarch::Report)

public:
    // The numbered sections after the cover; the contents page lists them.
    enum Section {
        Contents,
        Summary,
        Diagram,
        Sites,
        Servers,
        Findings,
        Risks,
        Assumptions,
        Accounts,
        Checklist,
        Ports,
        Appendix,
        SectionCount
    };
    static QString sectionTitle(Section section);
    // Section 3a of REPORT.md comes right after Summary and is listed on the contents only with
    // a baseline; the layout records its page under this index. REPORT.md's list counts the
    // cover and the contents, the printed report starts at Summary = 1, so the section after
    // Summary prints as "1a" (a reader would find "3a" between 1 and 2).
    static constexpr int ChangesSection = SectionCount;
    static QString changesNumber() { return QStringLiteral("1a"); }
    static QString changesTitle();

    ReportComposer(const ReportData &data, const ReportDiagram &diagram,
                   const ReportOptions &options, ReportLayout &layout);
    ~ReportComposer();

    void compose();
    // The full lists of the sections that were summarised, to be written beside the PDF.
    const QList<ReportCsv> &csvFiles() const { return mCsv; }

private:
    // front
    void cover();
    void contents();
    void changeRecord();
    void summary();
    void diagram();
    // 3a, with a baseline (reportsectionschanges.cpp): the tables, then the diagram of the plan
    // with compare mode's marks and the removed sites and servers.
    void changesSinceBaseline();
    void changesDiagram();
    void removedItems();
    // The largest scale (points per scene unit, capped) at which `source` fits a diagram page,
    // and the orientation that gives it.
    double diagramScale(const QRectF &source, QPageLayout::Orientation *orientation) const;
    ReportLayout::PaintFunction diagramPainter(const QRectF &source, const QList<quint64> &sites,
                                               const ReportDiagram *diagram = nullptr) const;
    // One site in the flow, split between rows of cards when it is taller than a page.
    void siteDiagram(quint64 site);
    // Section 2 of a plan too large for one legible page: the sites-only overview
    // (reportoverview.h), then the pages of the primary sites that fit the page budget.
    void largeDiagram(double namePoints);
    // Pages a primary site's group takes in section 2.
    int estimatedPages(const ReportDiagram::Group &group) const;
    // inventory
    void sites();
    void pki(); // README "PKI" (reportsectionspki.cpp), at the end of the sites section
    // Site addresses and senders: the "Sites and links" table after the sites
    // (reportsectionslinks.cpp).
    void siteLinks();
    void siteBoundaries(); // reportsectionsboundaries.cpp (README "Boundaries")
    void servers();
    void roleMatrix();
    void findings();
    void risks();
    // plan
    void assumptions();
    void accounts();
    void checklist();
    void ports();
    void portSummary(const std::function<QString(ReportData::Direction)> &direction);
    void appendix();

    // Starts a section on a new page with its numbered title.
    void beginSection(Section section,
                      QPageLayout::Orientation orientation = QPageLayout::Portrait);
    void paragraph(const QString &text);
    void note(const QString &text);
    QString number(qint64 n) const { return mLocale.toString(n); }
    // Adds a full list for a CSV file and says, after `shown`, where it is: "The full list is in
    // big.sites.csv beside this report." (or how to get it, when the report is printed).
    void fullList(const ReportCsv &csv, const QString &shown);
    QString fullListWhere(const QString &key) const;
    // Every finding, waived ones included, for the CSV of sections 1 and 5 (made once).
    const ReportCsv &findingsCsv();
    QString date(const QDate &date) const;

    const ReportData &mData;
    const ReportDiagram &mDiagram;
    const ReportOptions &mOptions;
    ReportLayout &mLayout;
    const ReportStyle &mStyle;
    QLocale mLocale;
    std::vector<std::shared_ptr<QChart>> mCharts;
    std::unique_ptr<ReportDiagram> mChangesDiagram; // section 3a's, painted after compose()
    QList<ReportCsv> mCsv;
    std::optional<ReportCsv> mFindingsCsv;
};

} // namespace hierarch
