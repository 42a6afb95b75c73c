#include "treelayout.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace hierarch {

namespace {

struct Forest
{
    QList<QList<int>> children; // tree edges only, in document order
    QList<int> roots;
    QList<int> order; // breadth first from the roots: parents before their children
    QList<int> depth;
    QList<double> rowHeight; // the tallest box at each depth
    // Each subtree's boxes with a gap right of and below each: the least room it can take.
    QList<double> area;
    double totalArea = 0;
};

Forest buildForest(const QList<TreeLayoutNode> &nodes, const TreeLayoutSpacing &spacing)
{
    const int count = int(nodes.size());
    Forest forest;
    // Children in document order; a parent link that is invalid makes a root.
    forest.children.resize(count);
    for (int i = 0; i < count; ++i) {
        const int p = nodes.at(i).parent;
        if (p >= 0 && p < count && p != i)
            forest.children[p] << i;
        else
            forest.roots << i;
    }

    // Breadth-first order from the roots gives depths and a parents-first order. Nodes that no
    // root reaches sit on a parent cycle: the first of them is cut loose as a further root.
    QList<int> &order = forest.order;
    QList<int> &depth = forest.depth;
    depth = QList<int>(count, -1);
    order.reserve(count);
    auto visitFrom = [&](int root) {
        qsizetype head = order.size();
        depth[root] = 0;
        order << root;
        while (head < order.size()) {
            const int n = order.at(head++);
            for (int c : forest.children.at(n)) {
                if (depth.at(c) < 0) {
                    depth[c] = depth.at(n) + 1;
                    order << c;
                }
            }
        }
    };
    for (qsizetype r = 0; r < forest.roots.size(); ++r)
        visitFrom(forest.roots.at(r));
    for (int i = 0; i < count; ++i) {
        if (depth.at(i) < 0) {
            forest.roots << i;
            visitFrom(i);
        }
    }
    // A cut cycle root is still listed as its old parent's child; only tree edges count now.
    for (int i = 0; i < count; ++i)
        forest.children[i].removeIf([&](int c) { return depth.at(c) != depth.at(i) + 1; });

    forest.area = QList<double>(count, 0);
    for (qsizetype k = order.size() - 1; k >= 0; --k) {
        const int n = order.at(k);
        forest.area[n] += (nodes.at(n).size.width() + spacing.horizontal) *
                          (nodes.at(n).size.height() + spacing.vertical);
        for (int c : forest.children.at(n))
            forest.area[n] += forest.area.at(c);
    }
    for (int r : std::as_const(forest.roots))
        forest.totalArea += forest.area.at(r);
    const int rows = *std::max_element(depth.cbegin(), depth.cend()) + 1;
    forest.rowHeight = QList<double>(rows, 0);
    for (int i = 0; i < count; ++i)
        forest.rowHeight[depth.at(i)] =
            std::max(forest.rowHeight.at(depth.at(i)), nodes.at(i).size.height());
    return forest;
}

// Every subtree's extent and where its parts sit, for one way of wrapping.
struct Shapes
{
    QList<double> width;
    QList<double> height; // from the top of the subtree root's row to the bottom of its lowest box
    QList<double> centre; // of the root's box, from the subtree's left edge
    // A child's subtree (a stacked leaf: its box) from its parent subtree's top-left corner; a
    // root's subtree from the forest's.
    QList<QPointF> offset;
    QList<bool> stacked;
    double forestWidth = 0;
    double forestHeight = 0;
};

// A row (or rows) of subtrees below a parent: its size, and where a line down from the parent
// runs (from the block's left edge).
struct Block
{
    double width = 0;
    double height = 0;
    double centre = 0;
};

// Where the line down from the parent crosses each band (`split`, from the band's left edge): in
// a gap between two subtrees or beside the band. All bands line up on that line, so the block is
// as wide as the most any band reaches left of it plus the most any reaches right. Takes the
// narrowest choice, or one at most 5 % wider with the line nearer the block's middle: a band of
// one very wide subtree then hangs to one side of the line instead of widening the block by half.
void chooseSplits(const QList<int> &items, const QList<qsizetype> &starts,
                  const QList<double> &bandWidth, const Shapes &shapes, double gap,
                  QList<double> &split)
{
    const qsizetype bandCount = starts.size() - 1;
    QList<QList<double>> candidates(bandCount);
    QList<double> all;
    for (qsizetype b = 0; b < bandCount; ++b) {
        candidates[b] << -gap / 2;
        for (qsizetype k = starts.at(b) + 1; k < starts.at(b + 1); ++k)
            candidates[b] << shapes.offset.at(items.at(k)).x() - gap / 2;
        candidates[b] << bandWidth.at(b) + gap / 2;
        all << candidates.at(b);
    }
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    // For a bound on how far bands may reach left of the line, each band takes its split nearest
    // that bound: the least it then reaches right.
    struct Choice
    {
        double width;
        double imbalance;
        double bound;
    };
    QList<Choice> choices;
    for (double bound : std::as_const(all)) {
        double left = -std::numeric_limits<double>::max();
        double right = -std::numeric_limits<double>::max();
        bool feasible = true;
        for (qsizetype b = 0; b < bandCount && feasible; ++b) {
            const QList<double> &c = candidates.at(b);
            const auto it = std::upper_bound(c.cbegin(), c.cend(), bound);
            if (it == c.cbegin()) {
                feasible = false;
                break;
            }
            left = std::max(left, *(it - 1));
            right = std::max(right, bandWidth.at(b) - *(it - 1));
        }
        if (feasible)
            choices.append({left + right, std::abs(left - right), bound});
    }
    double narrowest = std::numeric_limits<double>::max();
    for (const Choice &c : std::as_const(choices))
        narrowest = std::min(narrowest, c.width);
    const Choice *best = nullptr;
    for (const Choice &c : std::as_const(choices)) {
        if (c.width <= narrowest * 1.05 && (!best || c.imbalance < best->imbalance))
            best = &c;
    }
    for (qsizetype b = 0; b < bandCount; ++b) {
        const QList<double> &c = candidates.at(b);
        split[b] = *(std::upper_bound(c.cbegin(), c.cend(), best->bound) - 1);
    }
}

// Lays subtrees out left to right in one row or, when that row is wider than `limit`, in bands
// of about equal width, each below the whole of the one before. With a trunk, the bands line up
// on one line through a gap of each (or beside it; chooseSplits), the block's `centre`, which
// thus crosses no box of any band; without one (roots), bands align left.
Block arrange(const QList<int> &items, Shapes &shapes, double limit,
              const TreeLayoutSpacing &spacing, bool trunk)
{
    Block block;
    const double gap = spacing.horizontal;
    double row = -gap;
    for (int i : items)
        row += shapes.width.at(i) + gap;
    if (row <= limit || items.size() < 2) {
        // One row: the parent is centred between its first and last child.
        double x = 0;
        for (int i : items) {
            shapes.offset[i] = QPointF(x, 0);
            block.height = std::max(block.height, shapes.height.at(i));
            x += shapes.width.at(i) + gap;
        }
        block.width = std::max(0.0, row);
        block.centre =
            (shapes.centre.at(items.constFirst()) + shapes.offset.at(items.constLast()).x() +
             shapes.centre.at(items.constLast())) /
            2;
        return block;
    }

    // Contiguous bands of about equal width: each subtree goes to the band its middle falls in.
    const double wanted = std::ceil(row / std::max(limit, 1.0));
    const int bands = wanted >= double(items.size()) ? int(items.size()) : int(wanted);
    QList<qsizetype> starts;
    double before = 0;
    int band = -1;
    for (qsizetype k = 0; k < items.size(); ++k) {
        const double middle = before + shapes.width.at(items.at(k)) / 2;
        const int b = std::min(bands - 1, int(middle * bands / (row + gap)));
        if (b != band) {
            starts << k;
            band = b;
        }
        before += shapes.width.at(items.at(k)) + gap;
    }
    starts << items.size();

    // Each band as a row; `split` is where the trunk crosses it, from the band's left edge.
    const qsizetype bandCount = starts.size() - 1;
    QList<double> split(bandCount, 0);
    QList<double> bandWidth(bandCount, 0);
    QList<double> bandHeight(bandCount, 0);
    for (qsizetype b = 0; b < bandCount; ++b) {
        double x = 0;
        for (qsizetype k = starts.at(b); k < starts.at(b + 1); ++k) {
            const int i = items.at(k);
            shapes.offset[i] = QPointF(x, 0);
            bandHeight[b] = std::max(bandHeight.at(b), shapes.height.at(i));
            x += shapes.width.at(i) + gap;
        }
        bandWidth[b] = x - gap;
    }
    if (trunk)
        chooseSplits(items, starts, bandWidth, shapes, gap, split);
    const double trunkX = *std::max_element(split.cbegin(), split.cend());
    double shift = std::numeric_limits<double>::max(); // the leftmost band's left edge
    for (qsizetype b = 0; b < bandCount; ++b)
        shift = std::min(shift, trunkX - split.at(b));
    double y = 0;
    for (qsizetype b = 0; b < bandCount; ++b) {
        const double left = trunkX - split.at(b) - shift;
        for (qsizetype k = starts.at(b); k < starts.at(b + 1); ++k)
            shapes.offset[items.at(k)] += QPointF(left, y);
        block.width = std::max(block.width, left + bandWidth.at(b));
        y += bandHeight.at(b) + spacing.vertical;
    }
    block.height = y - spacing.vertical;
    block.centre = trunk ? trunkX - shift : block.width / 2;
    return block;
}

// Leaves stacked in a grid below their parent, which sits over the middle gap between columns.
Block stackLeaves(const QList<int> &kids, const QList<TreeLayoutNode> &nodes, Shapes &shapes,
                  double limit, const TreeLayoutSpacing &spacing)
{
    const qsizetype count = kids.size();
    const double gap = spacing.horizontal;
    int columns = count <= 8 ? 2 : 4;
    QList<double> columnWidth;
    auto measure = [&] {
        columnWidth = QList<double>(columns, 0);
        for (qsizetype c = 0; c < count; ++c)
            columnWidth[c % columns] =
                std::max(columnWidth.at(c % columns), nodes.at(kids.at(c)).size.width());
        double width = -gap;
        for (double w : std::as_const(columnWidth))
            width += w + gap;
        return width;
    };
    if (count > 32 && spacing.aspect > 0) {
        // More than eight rows of four: as many columns as make the grid about `aspect` wide.
        double boxWidth = 0;
        double boxHeight = 0;
        for (int kid : kids) {
            boxWidth += nodes.at(kid).size.width() / double(count);
            boxHeight += nodes.at(kid).size.height() / double(count);
        }
        const double ideal = std::sqrt(spacing.aspect * double(count) *
                                       (boxHeight + spacing.vertical) / (boxWidth + gap));
        columns = std::max(4, 2 * int(std::lround(ideal / 2)));
    }
    while (columns > 4 && measure() > limit)
        columns -= 2;

    Block block;
    block.width = measure();
    QList<double> columnLeft(columns, 0);
    for (int col = 1; col < columns; ++col)
        columnLeft[col] = columnLeft.at(col - 1) + columnWidth.at(col - 1) + gap;
    block.centre = columnLeft.at(columns / 2) - gap / 2;
    double rowTop = 0;
    for (qsizetype first = 0; first < count; first += columns) {
        double height = 0;
        for (qsizetype c = first; c < std::min(count, first + columns); ++c) {
            const int kid = kids.at(c);
            const int col = int(c % columns);
            shapes.stacked[kid] = true;
            shapes.offset[kid] =
                QPointF(columnLeft.at(col) + (columnWidth.at(col) - nodes.at(kid).size.width()) / 2,
                        rowTop);
            height = std::max(height, nodes.at(kid).size.height());
        }
        block.height = rowTop + height;
        rowTop += height + spacing.vertical;
    }
    return block;
}

// Children before parents: each subtree's extent. A row of children wider than `scale` times the
// side of a box of the target aspect holding the subtree's area wraps (infinity: none does):
// a small subtree wraps to its own size, a large one (a hub primary with hundreds of branches)
// to a large one, so neither leaves much room empty beside the other.
Shapes shape(const QList<TreeLayoutNode> &nodes, const Forest &forest,
             const TreeLayoutSpacing &spacing, double scale)
{
    const qsizetype count = nodes.size();
    Shapes shapes;
    shapes.width = QList<double>(count, 0);
    shapes.height = QList<double>(count, 0);
    shapes.centre = QList<double>(count, 0);
    shapes.offset = QList<QPointF>(count);
    shapes.stacked = QList<bool>(count, false);
    for (qsizetype k = forest.order.size() - 1; k >= 0; --k) {
        const int n = forest.order.at(k);
        const double width = nodes.at(n).size.width();
        const double rowHeight = forest.rowHeight.at(forest.depth.at(n));
        const QList<int> &kids = forest.children.at(n);
        if (kids.isEmpty()) {
            shapes.width[n] = width;
            shapes.height[n] = rowHeight;
            shapes.centre[n] = width / 2;
            continue;
        }
        const double limit =
            std::isinf(scale) ? scale : scale * std::sqrt(spacing.aspect * forest.area.at(n));
        const bool allLeaves = std::all_of(kids.cbegin(), kids.cend(),
                                           [&](int c) { return forest.children.at(c).isEmpty(); });
        const Block block =
            spacing.stackLeavesFrom > 0 && allLeaves && kids.size() >= spacing.stackLeavesFrom
                ? stackLeaves(kids, nodes, shapes, limit, spacing)
                : arrange(kids, shapes, limit, spacing, true);
        // The parent is centred over the block's line down; the subtree spans whatever the
        // parent and the block need.
        const double left = std::min(0.0, block.centre - width / 2);
        const double right = std::max(block.width, block.centre + width / 2);
        const double below = rowHeight + spacing.vertical;
        shapes.width[n] = right - left;
        shapes.centre[n] = block.centre - left;
        shapes.height[n] = below + block.height;
        for (int c : kids)
            shapes.offset[c] += QPointF(-left, below);
    }
    const Block all =
        arrange(forest.roots, shapes,
                std::isinf(scale) ? scale : scale * std::sqrt(spacing.aspect * forest.totalArea),
                spacing, false);
    shapes.forestWidth = all.width;
    shapes.forestHeight = all.height;
    return shapes;
}

} // namespace

QList<QPointF> layoutTree(const QList<TreeLayoutNode> &nodes, const TreeLayoutSpacing &spacing)
{
    const qsizetype count = nodes.size();
    QList<QPointF> positions(count);
    if (count == 0)
        return positions;
    const Forest forest = buildForest(nodes, spacing);

    Shapes best = shape(nodes, forest, spacing, std::numeric_limits<double>::infinity());
    if (spacing.wrapWiderThan > 0 && spacing.aspect > 0 &&
        best.forestWidth > spacing.wrapWiderThan &&
        best.forestWidth > spacing.aspect * best.forestHeight) {
        // Fitted to a window of the target aspect, a layout shows at the zoom its larger side
        // allows: try a range of wrapping widths and keep the one that shows largest (the
        // unwrapped layout when none does better).
        auto fitted = [&](const Shapes &s) {
            return std::max(s.forestWidth / spacing.aspect, s.forestHeight);
        };
        for (double scale = 3; scale >= 0.3; scale *= 0.85) {
            Shapes wrapped = shape(nodes, forest, spacing, scale);
            if (fitted(wrapped) < fitted(best))
                best = std::move(wrapped);
        }
    }

    // Placement, parents first: `origin` is the top-left corner of each subtree.
    QList<QPointF> origin(count);
    for (int r : forest.roots)
        origin[r] = best.offset.at(r);
    for (int n : forest.order) {
        if (!best.stacked.at(n))
            positions[n] =
                origin.at(n) + QPointF(best.centre.at(n) - nodes.at(n).size.width() / 2, 0);
        for (int c : forest.children.at(n)) {
            if (best.stacked.at(c))
                positions[c] = origin.at(n) + best.offset.at(c);
            else
                origin[c] = origin.at(n) + best.offset.at(c);
        }
    }
    return positions;
}

} // namespace hierarch
