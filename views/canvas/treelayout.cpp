#include "treelayout.h"

#include <algorithm>

namespace hierarch {

QList<QPointF> layoutTree(const QList<TreeLayoutNode> &nodes, const TreeLayoutSpacing &spacing)
{
    const int count = int(nodes.size());
    QList<QPointF> positions(count);
    if (count == 0)
        return positions;

    // Children in document order; a parent link that is invalid makes a root.
    QList<QList<int>> children(count);
    QList<int> roots;
    for (int i = 0; i < count; ++i) {
        const int p = nodes.at(i).parent;
        if (p >= 0 && p < count && p != i)
            children[p] << i;
        else
            roots << i;
    }

    // Breadth-first order from the roots gives depths and a parents-first order. Nodes that no
    // root reaches sit on a parent cycle: the first of them is cut loose as a further root.
    QList<int> order;
    QList<int> depth(count, -1);
    order.reserve(count);
    auto visitFrom = [&](int root) {
        qsizetype head = order.size();
        depth[root] = 0;
        order << root;
        while (head < order.size()) {
            const int n = order.at(head++);
            for (int c : children.at(n)) {
                if (depth.at(c) < 0) {
                    depth[c] = depth.at(n) + 1;
                    order << c;
                }
            }
        }
    };
    for (int r : std::as_const(roots))
        visitFrom(r);
    for (int i = 0; i < count; ++i) {
        if (depth.at(i) < 0) {
            roots << i;
            visitFrom(i);
        }
    }
    // A cut cycle root is still listed as its old parent's child; only tree edges count now.
    for (int i = 0; i < count; ++i)
        children[i].removeIf([&](int c) { return depth.at(c) != depth.at(i) + 1; });

    // Row heights and tops.
    const int rows = *std::max_element(depth.cbegin(), depth.cend()) + 1;
    QList<double> rowHeight(rows, 0);
    for (int i = 0; i < count; ++i)
        rowHeight[depth.at(i)] = std::max(rowHeight.at(depth.at(i)), nodes.at(i).size.height());
    QList<double> rowTop(rows, 0);
    for (int r = 1; r < rows; ++r)
        rowTop[r] = rowTop.at(r - 1) + rowHeight.at(r - 1) + spacing.vertical;

    // Children before parents: each subtree's width, and where its root's centre lies in it.
    // Children's subtrees sit side by side; the parent is centred between its first and last
    // child, and the subtree spans whatever the parent and the children need.
    QList<double> subtreeWidth(count, 0);
    QList<double> rootCentre(count, 0);    // from the subtree's left edge
    QList<double> childrenShift(count, 0); // where the children's block starts in the subtree
    // Stacked leaves: their offset from the top-left of their parent's children's block.
    QList<bool> stacked(count, false);
    QList<QPointF> stackOffset(count);
    for (qsizetype k = order.size() - 1; k >= 0; --k) {
        const int n = order.at(k);
        const double width = nodes.at(n).size.width();
        const QList<int> &kids = children.at(n);
        if (kids.isEmpty()) {
            subtreeWidth[n] = width;
            rootCentre[n] = width / 2;
            continue;
        }
        double block = 0;
        double centre = 0; // in the children's block
        const bool allLeaves = std::all_of(kids.cbegin(), kids.cend(),
                                           [&](int c) { return children.at(c).isEmpty(); });
        if (spacing.stackLeavesFrom > 0 && allLeaves && kids.size() >= spacing.stackLeavesFrom) {
            const int columns = kids.size() <= 8 ? 2 : 4;
            QList<double> columnWidth(columns, 0);
            for (qsizetype c = 0; c < kids.size(); ++c)
                columnWidth[c % columns] =
                    std::max(columnWidth.at(c % columns), nodes.at(kids.at(c)).size.width());
            QList<double> columnLeft(columns, 0);
            for (int col = 1; col < columns; ++col)
                columnLeft[col] =
                    columnLeft.at(col - 1) + columnWidth.at(col - 1) + spacing.horizontal;
            block = columnLeft.constLast() + columnWidth.constLast();
            centre = columnLeft.at(columns / 2) - spacing.horizontal / 2;
            double rowTopInBlock = 0;
            for (qsizetype first = 0; first < kids.size(); first += columns) {
                double height = 0;
                for (qsizetype c = first; c < std::min(kids.size(), first + columns); ++c) {
                    const int kid = kids.at(c);
                    const int col = int(c % columns);
                    stacked[kid] = true;
                    stackOffset[kid] = QPointF(
                        columnLeft.at(col) + (columnWidth.at(col) - nodes.at(kid).size.width()) / 2,
                        rowTopInBlock);
                    height = std::max(height, nodes.at(kid).size.height());
                }
                rowTopInBlock += height + spacing.vertical;
            }
        } else {
            double firstCentre = 0;
            double lastCentre = 0;
            for (qsizetype c = 0; c < kids.size(); ++c) {
                if (c == 0)
                    firstCentre = rootCentre.at(kids.at(c));
                lastCentre = block + rootCentre.at(kids.at(c));
                block += subtreeWidth.at(kids.at(c)) + spacing.horizontal;
            }
            block -= spacing.horizontal;
            centre = (firstCentre + lastCentre) / 2;
        }
        const double left = std::min(0.0, centre - width / 2);
        const double right = std::max(block, centre + width / 2);
        subtreeWidth[n] = right - left;
        rootCentre[n] = centre - left;
        childrenShift[n] = -left;
    }

    // Placement, parents first: `left` is where each subtree starts.
    QList<double> left(count, 0);
    double cursor = 0;
    for (int r : std::as_const(roots)) {
        left[r] = cursor;
        cursor += subtreeWidth.at(r) + spacing.horizontal;
    }
    for (int n : std::as_const(order)) {
        if (!stacked.at(n))
            positions[n] = QPointF(left.at(n) + rootCentre.at(n) - nodes.at(n).size.width() / 2,
                                   rowTop.at(depth.at(n)));
        double childLeft = left.at(n) + childrenShift.at(n);
        for (int c : children.at(n)) {
            if (stacked.at(c)) {
                positions[c] = QPointF(childLeft, rowTop.at(depth.at(c))) + stackOffset.at(c);
                continue;
            }
            left[c] = childLeft;
            childLeft += subtreeWidth.at(c) + spacing.horizontal;
        }
    }
    return positions;
}

} // namespace hierarch
