#pragma once

#include "finding.h"
#include "plan.h"

#include <QFont>
#include <QHash>
#include <QLineF>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace hierarch {

class ReportData;
class ReportStyle;

// The overview of section 2 for a plan too large for one legible page (REPORT.md "Hierarchy
// diagram"): sites only, no server cards. Each primary (or central) site starts a line, indented
// by its depth below the central site and joined to its parent by a line; its secondary sites
// follow it as small boxes, wrapping onto more lines. The site codes print at a fixed size
// (codePoints()), so a larger plan takes more pages instead of smaller type. Measures are in
// points, from the top left of each page's drawing area.
class SiteOverview
{
public:
    enum class Kind { Central, Primary, Secondary };
    struct Box
    {
        QRectF rect; // points
        QString code;
        Kind kind = Kind::Secondary;
        bool continued = false; // a primary repeated at the top of a page its line runs onto
        int findings = 0;       // unwaived, on the site and its servers
        Severity worst = Severity::Info;
    };
    struct Page
    {
        QList<Box> boxes;
        QList<QLineF> links; // parent to child, points
        double height = 0;   // points used
    };

    // `width` is the drawing area's width in points. A shallow hierarchy on a wide enough page
    // is set in two columns, so short lines do not leave most of the page empty.
    SiteOverview(const ReportData &data, const ReportStyle &style, double width);
    int columns() const { return mColumns; }

    // The size of the site codes, in points: 6 or larger (REPORT.md's least legible size).
    static double codePoints() { return 7; }
    QFont codeFont(bool bold) const;

    bool atEnd() const { return mNext >= mLines.size(); }
    // Lays the next page out in `height` points (at least one line, whatever the height).
    Page nextPage(double height);
    // Paints a page into `target` (device units) at the style's scale.
    void paint(QPainter *painter, const Page &page, const QRectF &target) const;

private:
    struct Row
    {
        int head = -1;      // site index
        QList<int> members; // secondary sites drawn with it
        int depth = 0;
        int parentRow = -1;
    };
    // One line of boxes; the first line of a row starts with the row's head.
    struct Line
    {
        int row = 0;
        bool first = false;
        QList<Box> boxes; // x in points, y 0
    };
    void buildRows();
    void buildLines(double width);
    Box box(int site, double x) const;
    // Fills one column of `height` points from the next line on.
    Page nextColumn(double height);

    const ReportData &mData;
    const ReportStyle &mStyle;
    QList<Row> mRows;
    QList<Line> mLines;
    qsizetype mNext = 0;
    int mColumns = 1;
    double mColumnStep = 0; // points from one column's left edge to the next
};

} // namespace hierarch
