#include "reportoverview.h"

#include "reportdata.h"
#include "reportlayout.h"
#include "theme.h"

#include <QFontMetricsF>
#include <QPainter>

#include <vector>

namespace hierarch {

namespace {

// Points. A line of boxes every kLineStep; each depth below the central site indents by
// kIndent, and the link to the parent drops from kLinkX inside the parent's box.
constexpr double kBoxHeight = 12;
constexpr double kLineStep = 15;
constexpr double kPadding = 3;
constexpr double kMinBoxWidth = 20;
constexpr double kMaxBoxWidth = 80;
constexpr double kGap = 3;
constexpr double kHeadGap = 8;
constexpr double kIndent = 16;
constexpr double kLinkX = 6;
constexpr int kMaxIndentDepth = 12;
// Two columns when the page is at least this wide and no primary site is deeper than this
// below the central site (so a line keeps room for a few secondary sites).
constexpr double kTwoColumnWidth = 400;
constexpr int kTwoColumnDepth = 4;
constexpr double kColumnGutter = 18;

double indentOf(int depth)
{
    return kIndent * std::min(depth, kMaxIndentDepth);
}

} // namespace

SiteOverview::SiteOverview(const ReportData &data, const ReportStyle &style, double width)
    : mData(data), mStyle(style)
{
    buildRows();
    int depth = 0;
    for (const Row &row : std::as_const(mRows))
        depth = std::max(depth, row.depth);
    mColumns = width >= kTwoColumnWidth && depth <= kTwoColumnDepth && mRows.size() > 1 ? 2 : 1;
    const double columnWidth = (width - (mColumns - 1) * kColumnGutter) / mColumns;
    mColumnStep = columnWidth + kColumnGutter;
    buildLines(columnWidth);
}

QFont SiteOverview::codeFont(bool bold) const
{
    return mStyle.font(codePoints(), bold);
}

void SiteOverview::buildRows()
{
    const QList<Site> &sites = mData.plan().sites;
    const qsizetype n = sites.size();
    QHash<QString, int> byCode;
    for (int i = 0; i < n; ++i) {
        if (!byCode.contains(sites.at(i).code))
            byCode.insert(sites.at(i).code, i);
    }
    QList<int> parentOf(n, -1);
    QList<QList<int>> children(n);
    for (int i = 0; i < n; ++i) {
        const Site &site = sites.at(i);
        const int parent = site.parent ? byCode.value(*site.parent, -1) : -1;
        if (parent >= 0 && parent != i) {
            parentOf[i] = parent;
            children[parent] << i;
        }
    }
    // Depth first, children in plan order; iterative, since a hostile plan can chain thousands
    // of sites. Sites in a parent cycle (a structure finding) are reached last, as roots.
    std::vector<char> visited(size_t(n), 0);
    struct Pending
    {
        int site;
        int depth;
        int parentRow;
    };
    auto walk = [&](int root) {
        QList<Pending> stack{{root, 0, -1}};
        while (!stack.isEmpty()) {
            const Pending p = stack.takeLast();
            if (visited[size_t(p.site)])
                continue;
            visited[size_t(p.site)] = 1;
            const int rowIndex = int(mRows.size());
            Row row{p.site, {}, p.depth, p.parentRow};
            // The secondary sites below it (a secondary under a secondary too) join its line;
            // a primary site below starts a line of its own.
            QList<int> primaries;
            QList<int> queue{p.site};
            for (qsizetype q = 0; q < queue.size(); ++q) {
                for (int child : children.at(queue.at(q))) {
                    if (visited[size_t(child)])
                        continue;
                    if (sites.at(child).isSecondary()) {
                        visited[size_t(child)] = 1;
                        row.members << child;
                        queue << child;
                    } else {
                        primaries << child;
                    }
                }
            }
            mRows << row;
            for (qsizetype c = primaries.size() - 1; c >= 0; --c)
                stack.append({primaries.at(c), p.depth + 1, rowIndex});
        }
    };
    for (int i = 0; i < n; ++i) {
        if (parentOf.at(i) < 0)
            walk(i);
    }
    for (int i = 0; i < n; ++i) {
        if (!visited[size_t(i)])
            walk(i);
    }
}

SiteOverview::Box SiteOverview::box(int index, double x) const
{
    const Site &site = mData.plan().sites.at(index);
    Box b;
    b.code = site.code;
    b.kind = site.isSecondary() ? Kind::Secondary : site.parent ? Kind::Primary : Kind::Central;
    const ReportData::Marks marks = mData.siteMarks(site);
    b.findings = marks.count;
    b.worst = marks.worst;
    const QFontMetricsF metrics(codeFont(b.kind != Kind::Secondary), mStyle.device());
    const double text = metrics.horizontalAdvance(site.code) / mStyle.scale();
    b.rect = QRectF(x, 0, std::clamp(text + 2 * kPadding, kMinBoxWidth, kMaxBoxWidth), kBoxHeight);
    return b;
}

void SiteOverview::buildLines(double width)
{
    for (int r = 0; r < mRows.size(); ++r) {
        const Row &row = mRows.at(r);
        Line line{r, true, {box(row.head, indentOf(row.depth))}};
        const double membersLeft = line.boxes.constFirst().rect.right() + kHeadGap;
        double x = membersLeft;
        for (int member : row.members) {
            Box b = box(member, x);
            if (b.rect.right() > width && x > membersLeft) {
                mLines << line;
                line = Line{r, false, {}};
                x = membersLeft;
                b = box(member, x);
            }
            line.boxes << b;
            x = b.rect.right() + kGap;
        }
        mLines << line;
    }
}

SiteOverview::Page SiteOverview::nextPage(double height)
{
    Page page;
    for (int column = 0; column < mColumns && !atEnd(); ++column) {
        Page part = nextColumn(height);
        const double dx = column * mColumnStep;
        for (Box &b : part.boxes)
            b.rect.translate(dx, 0);
        for (QLineF &link : part.links)
            link.translate(dx, 0);
        page.boxes << part.boxes;
        page.links << part.links;
        page.height = std::max(page.height, part.height);
    }
    return page;
}

SiteOverview::Page SiteOverview::nextColumn(double height)
{
    Page page;
    QHash<int, QRectF> heads; // row -> its head's box on this page
    double y = 0;
    for (; mNext < mLines.size(); ++mNext) {
        const Line &line = mLines.at(mNext);
        if (!page.boxes.isEmpty() && y + kBoxHeight > height)
            break;
        const Row &row = mRows.at(line.row);
        QList<Box> boxes = line.boxes;
        if (!line.first && !heads.contains(line.row)) {
            // The line runs on from the previous column: its primary again, marked as repeated.
            Box head = box(row.head, indentOf(row.depth));
            head.continued = true;
            boxes.prepend(head);
        }
        for (Box &b : boxes)
            b.rect.translate(0, y);
        if (line.first || !heads.contains(line.row)) {
            const QRectF head = boxes.constFirst().rect;
            heads.insert(line.row, head);
            if (line.first && row.parentRow >= 0) {
                // Down from the parent's box (or from the top, when it is in an earlier column),
                // then across to this one.
                const QRectF parent = heads.value(row.parentRow);
                const double x =
                    parent.isNull() ? indentOf(row.depth - 1) + kLinkX : parent.left() + kLinkX;
                const double top = parent.isNull() ? 0 : parent.bottom();
                const double mid = head.center().y();
                page.links << QLineF(x, top, x, mid) << QLineF(x, mid, head.left(), mid);
            }
        }
        page.boxes << boxes;
        y += kLineStep;
    }
    page.height = y;
    return page;
}

void SiteOverview::paint(QPainter *painter, const Page &page, const QRectF &target) const
{
    const double s = mStyle.scale();
    const QPointF origin = target.topLeft();
    auto toDevice = [&](const QPointF &p) {
        return origin + p * s;
    };
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(QColor(0x9a, 0xa0, 0xab), 0.6 * s));
    for (const QLineF &link : page.links)
        painter->drawLine(toDevice(link.p1()), toDevice(link.p2()));

    const QColor neutral(0x9a, 0xa0, 0xab);
    QColor central = mStyle.accent;
    central.setAlpha(40);
    const QFont bold = codeFont(true);
    const QFont regular = codeFont(false);
    for (const Box &b : page.boxes) {
        const QRectF rect(toDevice(b.rect.topLeft()), b.rect.size() * s);
        QPen pen(b.findings > 0 ? severityColor(b.worst) : neutral,
                 (b.findings > 0 ? 1.1 : 0.6) * s);
        if (b.continued)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(b.kind == Kind::Central     ? QBrush(central)
                          : b.kind == Kind::Secondary ? QBrush(mStyle.zebraFill)
                                                      : QBrush(Qt::white));
        painter->drawRoundedRect(rect, 2 * s, 2 * s);
        const QFont &font = b.kind == Kind::Secondary ? regular : bold;
        painter->setFont(font);
        painter->setPen(b.continued ? mStyle.muted : mStyle.text);
        const QFontMetricsF metrics(font, mStyle.device());
        painter->drawText(rect, Qt::AlignCenter,
                          metrics.elidedText(b.code, Qt::ElideRight, rect.width() - 2 * s));
    }
}

} // namespace hierarch
