#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPageLayout>
#include <QRectF>
#include <QString>

#include <functional>

class QPainter;
class QPaintDevice;

namespace hierarch {

// Fonts, colours and measures of the report. QPdfWriter works at 1200 dpi, so everything is sized
// in points here and converted once to device units (pt()); fonts carry point sizes, which the
// device turns into the same device units. One family, set explicitly, that Debian ships and the
// PDF engine embeds (TrueType).
class ReportStyle
{
public:
    explicit ReportStyle(QPaintDevice *device);

    QPaintDevice *device() const { return mDevice; }
    double pt(double points) const { return points * mScale; }
    // Device units per point.
    double scale() const { return mScale; }
    QFont font(double points, bool bold = false, bool italic = false) const;
    static QString family();

    QFont title, subtitle, h1, h2, h3, body, bodyBold, small, smallBold, smallItalic, table,
        tableBold, decoration;
    QColor text{0x1f, 0x24, 0x30};
    QColor muted{0x60, 0x67, 0x74};
    QColor rule{0xc4, 0xc9, 0xd3};
    QColor headerFill{0xe9, 0xec, 0xf2};
    QColor zebraFill{0xf6, 0xf7, 0xf9};
    QColor accent{0x30, 0x3f, 0x9f};

private:
    QPaintDevice *mDevice;
    double mScale;
};

// Text broken into lines for a width, ready to draw as plain text (never rich text: every string
// of the plan reaches the PDF through QPainter::drawText exactly as typed).
struct WrappedText
{
    QFont font;
    QColor color;
    QStringList lines;
    QList<double> lineWidths;
    double lineHeight = 0;
    double ascent = 0;
    Qt::Alignment alignment = Qt::AlignLeft;

    double height() const { return lines.size() * lineHeight; }
    // Draws the lines from `first` (inclusive) to `last` (exclusive) into the rectangle's width,
    // starting at its top.
    void draw(QPainter *painter, const QRectF &rect, int first = 0, int last = -1) const;
};

WrappedText wrapText(const QString &text, const QFont &font, const QColor &color, double width,
                     QPaintDevice *device, Qt::Alignment alignment = Qt::AlignLeft);

// A cell of a report table: plain text with optional emphasis.
struct ReportCell
{
    QString text;
    QColor color; // invalid: the style's text colour
    QColor fill;  // invalid: the row's fill
    bool bold = false;
    Qt::Alignment alignment = Qt::AlignLeft;

    ReportCell() = default;
    ReportCell(const QString &t) : text(t) {} // NOLINT: cells are written as plain strings
    ReportCell(const QString &t, const QColor &c, bool b = false) : text(t), color(c), bold(b) {}
};

struct ReportTable
{
    QList<double> widths;                  // relative column widths
    QStringList header;                    // empty: no header row
    QList<Qt::Alignment> headerAlignments; // optional, per column
    QList<QList<ReportCell>> rows;
    bool plain = false; // key/value lists: no header fill, no zebra, no rules
    bool small = false; // the table font instead of the body font for cells
};

// A flowing document laid out into pages in a first pass, so that every page and every section's
// first page is known before anything is painted: the footer can say "page N of M" and the
// contents page can list page numbers. Blocks are headings, paragraphs, tables (header row
// repeated on every page, rows never split unless one is taller than a page), fixed-height blocks
// painted by a callback (charts, the diagram, the cover's verdict) and page breaks. A short table
// stays whole with its heading; a long one starts with a few rows under its heading and never
// leaves its last row alone on a page.
class ReportLayout
{
public:
    using PaintFunction = std::function<void(QPainter *, const QRectF &)>;

    struct Item
    {
        QRectF rect;
        PaintFunction paint;
    };
    struct Page
    {
        QPageLayout::Orientation orientation = QPageLayout::Portrait;
        QList<Item> items;
    };
    // Page size in device units; content margins in points.
    struct Geometry
    {
        QSizeF portrait;
        QMarginsF margins{52, 64, 52, 58};
    };

    ReportLayout(const ReportStyle &style, const Geometry &geometry);

    const ReportStyle &style() const { return mStyle; }

    // Starts a new page (always, even when the current one is empty).
    void newPage(QPageLayout::Orientation orientation = QPageLayout::Portrait);
    void addSpace(double points);
    // A heading; when `section` >= 0 the page it lands on is recorded for the contents.
    void addHeading(int level, const QString &text, int section = -1);
    void addParagraph(const QString &text, const QFont &font, const QColor &color,
                      double indentPoints = 0, double spaceAfterPoints = 4);
    void addTable(const ReportTable &table);
    // A block that stays in one piece: moves to the next page when it does not fit here.
    void addBlock(double height, const PaintFunction &paint);
    // A block filling what is left of the current page.
    void addFillBlock(const PaintFunction &paint);

    // The content area of the current page and the room left on it, in device units.
    QRectF contentRect() const { return contentRect(mPages.constLast().orientation); }
    QRectF contentRect(QPageLayout::Orientation orientation) const;
    double remaining() const { return contentRect().bottom() - mY; }
    bool pageIsEmpty() const { return mPages.constLast().items.isEmpty(); }

    QSizeF pageSize(QPageLayout::Orientation orientation) const;
    const QList<Page> &pages() const { return mPages; }
    // The 1-based page a section starts on (0 when it was not placed).
    int sectionPage(int section) const { return mSectionPages.value(section, 0); }

private:
    void place(double height, const PaintFunction &paint, double indent = 0);
    void ensureRoom(double height);
    // A new page for a table that does not start here: the heading and lead-in lines placed just
    // before it move along, so no heading is left at the foot of a page without its table.
    void breakKeepingHeading();
    struct Row;
    Row measureRow(const ReportTable &table, const QList<ReportCell> &cells,
                   const QList<double> &columns, bool header) const;
    // index < 0 places the header row; a row continued on a new page repeats `repeatHeader`.
    void placeRow(const Row &row, const QList<double> &columns, int index, const ReportTable &table,
                  const Row *repeatHeader);

    const ReportStyle &mStyle;
    Geometry mGeometry;
    QList<Page> mPages;
    double mY = 0;
    QList<int> mSectionPages;
    // The last heading and what followed it on its page, until a table or block takes them.
    struct Keep
    {
        int page = -1; // none
        int item = 0;  // the heading's index among the page's items
        double y = 0;  // its top
        int section = -1;
        int headingsEnd = 0; // the item after the last heading of the group
    };
    Keep mKeep;
};

} // namespace hierarch
