#pragma once

#include <QList>
#include <QPointF>
#include <QSizeF>

namespace hierarch {

// One box of a tree to lay out: its size and the index of its parent (-1, out of range or a
// link that closes a cycle make it a root).
struct TreeLayoutNode
{
    QSizeF size;
    int parent = -1;
};

struct TreeLayoutSpacing
{
    double horizontal = 48; // between neighbouring subtrees
    double vertical = 64;   // between one row of boxes and the next
    // A parent with at least this many children, none of which has children of its own, stacks
    // them in a grid (2 columns, 4 from nine on) instead of one long row; 0 never stacks.
    int stackLeavesFrom = 4;
};

// A tidy top-down tree layout, kept free of scene and document types so that it can be tested on
// its own: each subtree gets the width it needs (subtrees sit side by side, never interleaved), a
// parent is centred over its first and last child, and every depth is one row whose height is its
// tallest box. Many leaves under one parent (a primary with a dozen branch sites) would make one
// very wide row, so they are stacked in an even number of columns below the parent, which sits
// over the middle gap: a line from the parent straight down that gap reaches every row.
// Roots and siblings keep their order in `nodes`. Returns the top-left corner of each box.
QList<QPointF> layoutTree(const QList<TreeLayoutNode> &nodes,
                          const TreeLayoutSpacing &spacing = TreeLayoutSpacing());

} // namespace hierarch
