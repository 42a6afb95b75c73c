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
    // them in a grid (2 columns, 4 from nine on, more past 32 so the grid is about `aspect`
    // wide) instead of one long row; 0 never stacks.
    int stackLeavesFrom = 4;
    // The width / height a wrapped layout aims at (a screen's, 16:10).
    double aspect = 1.6;
    // A tree wider than this and than `aspect` times its height wraps wide levels into bands;
    // 0 never wraps. Narrower trees fit a window at a readable zoom as they are.
    double wrapWiderThan = 2400;
};

// A tidy top-down tree layout, kept free of scene and document types so that it can be tested on
// its own: each subtree gets the width it needs (subtrees sit side by side, never interleaved), a
// parent is centred over its first and last child, and every depth is one row whose height is its
// tallest box. Many leaves under one parent (a primary with a dozen branch sites) would make one
// very wide row, so they are stacked in an even number of columns below the parent, which sits
// over the middle gap: a line from the parent straight down that gap reaches every row.
//
// A large plan (a central site over hundreds of primaries) would still be one very wide row, which
// a window shows only at a fraction of a per cent. Such a tree wraps: the children of a parent
// whose row is wider than a limit go into several bands, each below the whole of the one before,
// all lined up on one gap (or edge) under the parent, so the line from the parent runs straight
// down past every band and turns off above each (as a connector does, half a vertical gap above
// the child). Each parent's limit grows with the room its subtree needs, so a hub with hundreds
// of branches wraps wide and a small primary narrow; the common factor is the one, tried over a
// range, with which the whole tree fitted into a window of `aspect` shows largest. Below a
// wrapped parent depths no longer share rows.
// Roots and siblings keep their order in `nodes`. Returns the top-left corner of each box.
QList<QPointF> layoutTree(const QList<TreeLayoutNode> &nodes,
                          const TreeLayoutSpacing &spacing = TreeLayoutSpacing());

} // namespace hierarch
