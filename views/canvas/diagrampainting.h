#pragma once

#include "canvasstyle.h"
#include "diagramgeometry.h"
#include "finding.h"
#include "plan.h"

#include <QColor>
#include <QList>
#include <QSizeF>

#include <functional>
#include <utility>

class QPainter;

namespace hierarch {

class PlanReader;

// How a site box and a server card are painted, from the plan and the item's findings, in item
// coordinates (the box's top-left corner at the origin). The canvas's items paint through these,
// with their hover, selection and drop state; the report's PlanDiagram paints through them with
// none, so both show the same drawing.
namespace canvas {

// What decides the drawing besides the plan. `detail` is the painter's level of detail; a full
// drawing (an export, the report) shows every text whatever the scale and no interaction state.
struct ItemLook
{
    FindingMarks marks;
    double detail = 1;
    bool full = false;
    bool hovered = false;
    bool selected = false;
    bool dropTarget = false;
};

struct SiteLook : ItemLook
{
    int childSites = 0;  // draws the collapse toggle
    int hiddenSites = 0; // collapsed: "+N sites"
    // Far out, when the canvas has the sites draw their cards: each card's block (site
    // coordinates) and colour.
    QList<std::pair<QRectF, QColor>> cardBlocks;
};

struct CardLook : ItemLook
{
    // Whether a role chip (by index) is selected; empty when none can be.
    std::function<bool(int)> chipSelected;
};

// What an item shows of its findings (by severity, with the waived ones counted apart).
FindingMarks marksOf(const QList<const Finding *> &findings);

// "Native mode", "Advanced security", ...: a secondary site's clients follow its parent's mode.
QString siteModeText(const PlanReader &plan, const Site &site);
QString siteTypeText(const Site &site);
// A card drawn as one block, far out: its worst finding's colour, else its zone's.
QColor cardBlockColor(const Server &server, const FindingMarks &marks);

void paintSite(QPainter *painter, const PlanReader &plan, const Site &site, const QSizeF &box,
               const SiteLook &look);
void paintCard(QPainter *painter, const Server &server, const CardShape &shape, const QSizeF &card,
               const CardLook &look);

} // namespace canvas
} // namespace hierarch
