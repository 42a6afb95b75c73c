#include "reportlayout.h"

#include "theme.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <cmath>

namespace hierarch {

// --- style ------------------------------------------------------------------------------------

ReportStyle::ReportStyle(QPaintDevice *device)
    : mDevice(device), mScale(device->logicalDpiY() / 72.0)
{
    title = font(22, true);
    subtitle = font(13);
    h1 = font(16, true);
    h2 = font(12, true);
    h3 = font(10, true);
    body = font(9);
    bodyBold = font(9, true);
    small = font(8);
    smallBold = font(8, true);
    smallItalic = font(8, false, true);
    table = font(7.5);
    tableBold = font(7.5, true);
    decoration = font(7.5);
}

QString ReportStyle::family()
{
    return drawingFont().family();
}

QFont ReportStyle::font(double points, bool bold, bool italic) const
{
    QFont f = drawingFont();
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

// --- text -------------------------------------------------------------------------------------

WrappedText wrapText(const QString &text, const QFont &font, const QColor &color, double width,
                     QPaintDevice *device, Qt::Alignment alignment)
{
    WrappedText out;
    out.font = font;
    out.color = color;
    out.alignment = alignment;
    const QFontMetricsF metrics(font, device);
    out.lineHeight = metrics.lineSpacing();
    out.ascent = metrics.ascent();
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // Paragraph by paragraph: QTextLayout breaks only at line separators, not at '\n'.
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalized.replace(QLatin1Char('\t'), QLatin1Char(' '));
    const QStringList paragraphs = normalized.split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs) {
        if (paragraph.trimmed().isEmpty()) {
            out.lines << QString();
            out.lineWidths << 0;
            continue;
        }
        QTextLayout layout(paragraph, font, device);
        layout.setTextOption(option);
        layout.beginLayout();
        for (;;) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(std::max(width, 1.0));
        }
        layout.endLayout();
        for (int i = 0; i < layout.lineCount(); ++i) {
            const QTextLine line = layout.lineAt(i);
            QString piece = paragraph.mid(line.textStart(), line.textLength());
            while (!piece.isEmpty() && piece.back().isSpace())
                piece.chop(1);
            out.lines << piece;
            out.lineWidths << metrics.horizontalAdvance(piece);
        }
    }
    if (out.lines.isEmpty()) {
        out.lines << QString();
        out.lineWidths << 0;
    }
    return out;
}

void WrappedText::draw(QPainter *painter, const QRectF &rect, int first, int last) const
{
    if (last < 0 || last > lines.size())
        last = int(lines.size());
    painter->setFont(font);
    painter->setPen(color);
    double y = rect.top() + ascent;
    for (int i = first; i < last; ++i, y += lineHeight) {
        const QString &line = lines.at(i);
        if (line.isEmpty())
            continue;
        double x = rect.left();
        if (alignment & Qt::AlignRight)
            x = rect.right() - lineWidths.at(i);
        else if (alignment & Qt::AlignHCenter)
            x = rect.left() + (rect.width() - lineWidths.at(i)) / 2;
        painter->drawText(QPointF(x, y), line);
    }
}

// --- layout -----------------------------------------------------------------------------------

ReportLayout::ReportLayout(const ReportStyle &style, const Geometry &geometry)
    : mStyle(style), mGeometry(geometry)
{
    mPages.append(Page{});
    mY = contentRect().top();
}

QSizeF ReportLayout::pageSize(QPageLayout::Orientation orientation) const
{
    return orientation == QPageLayout::Portrait ? mGeometry.portrait
                                                : mGeometry.portrait.transposed();
}

QRectF ReportLayout::contentRect(QPageLayout::Orientation orientation) const
{
    const QSizeF size = pageSize(orientation);
    const QMarginsF &m = mGeometry.margins;
    return QRectF(mStyle.pt(m.left()), mStyle.pt(m.top()),
                  size.width() - mStyle.pt(m.left() + m.right()),
                  size.height() - mStyle.pt(m.top() + m.bottom()));
}

void ReportLayout::newPage(QPageLayout::Orientation orientation)
{
    mKeep = Keep{};
    Page page;
    page.orientation = orientation;
    mPages.append(page);
    mY = contentRect().top();
}

void ReportLayout::ensureRoom(double height)
{
    if (height > remaining() && !pageIsEmpty())
        newPage(mPages.constLast().orientation);
}

void ReportLayout::breakKeepingHeading()
{
    const Keep keep = mKeep;
    const int current = int(mPages.size()) - 1;
    // Only a heading with something above it on its page gains from moving.
    if (keep.page != current || keep.item <= 0 || keep.item >= mPages.constLast().items.size()) {
        newPage(mPages.constLast().orientation);
        return;
    }
    QList<Item> moved = mPages.last().items.mid(keep.item);
    mPages.last().items.resize(keep.item);
    const double used = mY - keep.y;
    newPage(mPages.constLast().orientation);
    const double shift = contentRect().top() - keep.y;
    for (Item &item : moved) {
        item.rect.translate(0, shift);
        mPages.last().items.append(item);
    }
    mY = contentRect().top() + used;
    if (keep.section >= 0 && keep.section < mSectionPages.size())
        mSectionPages[keep.section] = int(mPages.size());
}

void ReportLayout::place(double height, const PaintFunction &paint, double indent)
{
    const QRectF content = contentRect();
    mPages.last().items.append(
        Item{QRectF(content.left() + indent, mY, content.width() - indent, height), paint});
    mY += height;
}

void ReportLayout::addSpace(double points)
{
    // Space at the top of a page only pushes content down.
    if (pageIsEmpty())
        return;
    mY = std::min(mY + mStyle.pt(points), contentRect().bottom());
}

void ReportLayout::addHeading(int level, const QString &text, int section)
{
    const QFont &font = level <= 1 ? mStyle.h1 : level == 2 ? mStyle.h2 : mStyle.h3;
    const QColor color = level <= 1 ? mStyle.accent : mStyle.text;
    const double before = level <= 1 ? 0 : level == 2 ? 10 : 6;
    const double after = level <= 1 ? 10 : level == 2 ? 5 : 3;
    const WrappedText wrapped = wrapText(text, font, color, contentRect().width(), mStyle.device());
    const double rulePad = level <= 1 ? mStyle.pt(5) : 0;
    const double height = wrapped.height() + rulePad;
    // Keep the heading with the start of what follows.
    if (!pageIsEmpty())
        mY = std::min(mY + mStyle.pt(before), contentRect().bottom());
    ensureRoom(height + mStyle.pt(after) + mStyle.pt(level <= 1 ? 120 : 60));
    if (section >= 0) {
        if (mSectionPages.size() <= section)
            mSectionPages.resize(section + 1);
        mSectionPages[section] = int(mPages.size());
    }
    // A heading right under another one keeps that one's place: they move together.
    const int page = int(mPages.size()) - 1;
    const int items = int(mPages.constLast().items.size());
    if (mKeep.page != page || mKeep.headingsEnd != items)
        mKeep = Keep{page, items, mY, section, 0};
    else if (section >= 0)
        mKeep.section = section;
    mKeep.headingsEnd = items + 1;
    const ReportStyle &style = mStyle;
    place(height, [wrapped, level, &style](QPainter *painter, const QRectF &rect) {
        wrapped.draw(painter, rect);
        if (level <= 1) {
            painter->setPen(QPen(style.accent, style.pt(1.2)));
            const double y = rect.bottom() - style.pt(1.5);
            painter->drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
        }
    });
    mY += mStyle.pt(after);
}

void ReportLayout::addParagraph(const QString &text, const QFont &font, const QColor &color,
                                double indentPoints, double spaceAfterPoints)
{
    const double indent = mStyle.pt(indentPoints);
    const WrappedText wrapped =
        wrapText(text, font, color, contentRect().width() - indent, mStyle.device());
    int first = 0;
    const int count = int(wrapped.lines.size());
    while (first < count) {
        if (remaining() < wrapped.lineHeight)
            newPage(mPages.constLast().orientation);
        const int fit = std::max(1, int(std::floor(remaining() / wrapped.lineHeight)));
        const int last = std::min(count, first + fit);
        place((last - first) * wrapped.lineHeight,
              [wrapped, first, last](QPainter *painter, const QRectF &rect) {
                  wrapped.draw(painter, rect, first, last);
              },
              indent);
        first = last;
    }
    mY = std::min(mY + mStyle.pt(spaceAfterPoints), contentRect().bottom());
}

void ReportLayout::addBlock(double height, const PaintFunction &paint)
{
    ensureRoom(height);
    place(std::min(height, remaining()), paint);
    mKeep = Keep{};
}

void ReportLayout::addFillBlock(const PaintFunction &paint)
{
    place(remaining(), paint);
    mKeep = Keep{};
}

// --- tables -----------------------------------------------------------------------------------

struct ReportLayout::Row
{
    QList<WrappedText> cells;
    QList<QColor> fills;
    double height = 0;
};

namespace {

double cellPaddingX(const ReportStyle &s)
{
    return s.pt(3.5);
}
double cellPaddingY(const ReportStyle &s)
{
    return s.pt(2.2);
}

// A table up to this share of a page's content height is short: it is never split.
constexpr double kShortTableShare = 0.4;
// A longer table starts on a page only with room for its header and this many rows.
constexpr int kTableLeadRows = 3;

} // namespace

ReportLayout::Row ReportLayout::measureRow(const ReportTable &table, const QList<ReportCell> &cells,
                                           const QList<double> &columns, bool header) const
{
    Row row;
    const QFont &regular = table.small ? mStyle.table : mStyle.body;
    const QFont &bold = table.small ? mStyle.tableBold : mStyle.bodyBold;
    double tallest = 0;
    for (int c = 0; c < columns.size(); ++c) {
        const ReportCell cell = cells.value(c);
        const QColor color = header ? mStyle.text : cell.color.isValid() ? cell.color : mStyle.text;
        Qt::Alignment alignment = cell.alignment;
        if (header && c < table.headerAlignments.size())
            alignment = table.headerAlignments.at(c);
        WrappedText text =
            wrapText(cell.text, header || cell.bold ? bold : regular, color,
                     columns.at(c) - 2 * cellPaddingX(mStyle), mStyle.device(), alignment);
        tallest = std::max(tallest, text.height());
        row.cells << text;
        row.fills << cell.fill;
    }
    row.height = tallest + 2 * cellPaddingY(mStyle);
    return row;
}

void ReportLayout::placeRow(const Row &row, const QList<double> &columns, int index,
                            const ReportTable &table, const Row *repeatHeader)
{
    const bool header = index < 0;
    const ReportStyle &style = mStyle;
    const bool plain = table.plain;
    const QColor fill = header                       ? style.headerFill
                        : (!plain && index % 2 == 1) ? style.zebraFill
                                                     : QColor();
    // Rows taller than a page are split by lines; the part's line range per cell is kept here.
    QList<std::pair<int, int>> ranges;
    for (const WrappedText &cell : row.cells)
        ranges.append({0, int(cell.lines.size())});

    const double padY = cellPaddingY(style);
    for (;;) {
        double height = 0;
        QList<std::pair<int, int>> part;
        const double room = remaining() - 2 * padY;
        bool done = true;
        for (int c = 0; c < row.cells.size(); ++c) {
            const WrappedText &cell = row.cells.at(c);
            const int available =
                std::max(1, int(std::floor(room / std::max(cell.lineHeight, 1.0))));
            const int first = ranges.at(c).first;
            const int last = std::min(ranges.at(c).second, first + available);
            part.append({first, last});
            height = std::max(height, (last - first) * cell.lineHeight);
            if (last < ranges.at(c).second)
                done = false;
        }
        height += 2 * padY;
        place(height, [row, part, columns, fill, plain, header, &style](QPainter *painter,
                                                                        const QRectF &rect) {
            if (fill.isValid())
                painter->fillRect(rect, fill);
            double x = rect.left();
            for (int c = 0; c < row.cells.size(); ++c) {
                const QRectF cellRect(x, rect.top(), columns.at(c), rect.height());
                if (row.fills.at(c).isValid())
                    painter->fillRect(cellRect, row.fills.at(c));
                row.cells.at(c).draw(painter,
                                     cellRect.adjusted(cellPaddingX(style), cellPaddingY(style),
                                                       -cellPaddingX(style), 0),
                                     part.at(c).first, part.at(c).second);
                x += columns.at(c);
            }
            if (!plain) {
                painter->setPen(
                    QPen(header ? style.muted : style.rule, style.pt(header ? 0.8 : 0.4)));
                painter->drawLine(rect.bottomLeft(), rect.bottomRight());
            }
        });
        if (done)
            break;
        for (int c = 0; c < ranges.size(); ++c)
            ranges[c].first = part.at(c).second;
        newPage(mPages.constLast().orientation);
        if (repeatHeader)
            placeRow(*repeatHeader, columns, -1, table, nullptr);
    }
}

void ReportLayout::addTable(const ReportTable &table)
{
    const double width = contentRect().width();
    double total = 0;
    for (double w : table.widths)
        total += w;
    QList<double> columns;
    for (double w : table.widths)
        columns << width * w / (total > 0 ? total : 1);

    const bool hasHeader = !table.header.isEmpty();
    QList<ReportCell> headerCells;
    for (const QString &h : table.header)
        headerCells << ReportCell(h);
    const Row header = hasHeader ? measureRow(table, headerCells, columns, true) : Row{};
    const double headerHeight = hasHeader ? header.height : 0;

    QList<Row> rows;
    rows.reserve(table.rows.size());
    for (const QList<ReportCell> &cells : table.rows)
        rows << measureRow(table, cells, columns, false);

    // A short table stays whole; a longer one starts with at least a few rows. Either way, when
    // it does not fit here it goes to the next page with its heading.
    const double pageRoom = contentRect().height();
    double whole = headerHeight;
    double firstRows = headerHeight;
    for (int i = 0; i < rows.size(); ++i) {
        whole += rows.at(i).height;
        if (i < kTableLeadRows)
            firstRows = whole;
    }
    const double need = whole <= pageRoom * kShortTableShare ? whole : firstRows;
    if (!pageIsEmpty() && remaining() < std::min(need, pageRoom))
        breakKeepingHeading();
    mKeep = Keep{};
    if (hasHeader)
        placeRow(header, columns, -1, table, nullptr);
    const int count = int(rows.size());
    for (int i = 0; i < count; ++i) {
        const Row &row = rows.at(i);
        bool breakHere = row.height > remaining() &&
                         (row.height <= pageRoom - headerHeight || remaining() < pageRoom / 4);
        // The last row never goes over alone: the one before it goes along.
        if (!breakHere && i == count - 2 && i >= kTableLeadRows && row.height <= remaining()) {
            const double lastTwo = row.height + rows.at(i + 1).height;
            breakHere = lastTwo > remaining() && lastTwo <= pageRoom - headerHeight &&
                        rows.at(i + 1).height <= pageRoom - headerHeight;
        }
        if (breakHere) {
            newPage(mPages.constLast().orientation);
            if (hasHeader)
                placeRow(header, columns, -1, table, nullptr);
        }
        placeRow(row, columns, i, table, hasHeader ? &header : nullptr);
    }
    mY = std::min(mY + mStyle.pt(6), contentRect().bottom());
}

} // namespace hierarch
