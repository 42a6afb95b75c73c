#pragma once

#include "selection.h"

#include <optional>

namespace hierarch {

class HierarchyScene;

enum class CanvasDirection { Left, Right, Up, Down };

// Where an arrow key takes the canvas selection. The rules follow what the canvas shows, so a
// keyboard user walks the same tree a mouse user sees:
// - Left / Right: the previous / next sibling: sites under the same parent (left to right as
//   drawn), servers of the same site (in card order), roles of the same server;
// - Up: the card above in the site's grid, else the container: a server's site, a site's
//   parent site, a role's server;
// - Down: the card below in the grid; from the bottom row of cards, or from a site without
//   cards, the leftmost child site; from a site with cards, its first card;
// - with nothing selected, any arrow selects the topmost central site.
// Returns nothing where there is nowhere to go. Kept apart from CanvasView so the rules read in
// one place.
std::optional<Selection::Item> canvasNeighbour(const HierarchyScene &scene,
                                               const Selection::Item &from,
                                               CanvasDirection direction);

} // namespace hierarch
