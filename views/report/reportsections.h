#pragma once

#include "reportlayout.h"
#include "reportwriter.h"

#include <QCoreApplication>
#include <QLocale>

#include <memory>
#include <vector>

class QChart;

namespace hierarch {

class ReportData;
class ReportDiagram;

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
    // inventory
    void sites();
    void servers();
    void roleMatrix();
    void findings();
    void risks();
    // plan
    void assumptions();
    void accounts();
    void checklist();
    void ports();
    void appendix();

    // Starts a section on a new page with its numbered title.
    void beginSection(Section section,
                      QPageLayout::Orientation orientation = QPageLayout::Portrait);
    void paragraph(const QString &text);
    void note(const QString &text);
    QString number(qint64 n) const { return mLocale.toString(n); }
    QString date(const QDate &date) const;

    const ReportData &mData;
    const ReportDiagram &mDiagram;
    const ReportOptions &mOptions;
    ReportLayout &mLayout;
    const ReportStyle &mStyle;
    QLocale mLocale;
    std::vector<std::shared_ptr<QChart>> mCharts;
    std::unique_ptr<ReportDiagram> mChangesDiagram; // section 3a's, painted after compose()
};

} // namespace hierarch
