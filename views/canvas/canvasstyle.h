#pragma once

#include "role.h"
#include "rules/ruleinfo.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QString>

#include <array>

class QPainter;
class QRectF;

namespace hierarch {

// Measures, fonts and colours of the canvas drawing in one place, shared by the items so that
// sites, cards and chips stay consistent, and so the exported diagram looks like the canvas.
// Fonts use pixel sizes: the drawing is in scene units, and a pixel-sized font scales with the
// painter's transform on every device (a point size would follow the device's resolution and
// come out too large in a PDF or a 2x PNG).
namespace canvas {

inline constexpr double kCardWidth = 212;
inline constexpr double kCardPadding = 9;
inline constexpr double kCardRadius = 6;
inline constexpr double kZoneBand = 5;
inline constexpr double kCardHeaderHeight = 48; // band, name line, zone line
inline constexpr double kChipHeight = 20;
inline constexpr double kChipSpacing = 4;
inline constexpr double kCardGap = 10;

inline constexpr double kSitePadding = 12;
inline constexpr double kSiteHeaderHeight = 58;
inline constexpr double kSiteRadius = 10;
inline constexpr double kSiteMinWidth = 300;
inline constexpr double kEmptySiteBody = 46;

inline constexpr double kTreeHorizontalGap = 48;
inline constexpr double kTreeVerticalGap = 64;

// Room around an item's rectangle for the selection halo and the findings badge.
inline constexpr double kDecorationMargin = 12;
// Room an exported drawing leaves around what reaches beyond the site boxes (a cross link's label,
// compare mode's ghosts), so that nothing touches the edge of the image or page.
inline constexpr double kDrawingMargin = 8;
// Below this level of detail chips are drawn as plain colour blocks without text.
inline constexpr double kChipTextMinDetail = 0.4;
// Below this level of detail cards skip their name and zone lines too.
inline constexpr double kCardTextMinDetail = 0.25;
// Below this level of detail a site is a plain box and each card one block in its zone's colour
// (its worst finding's, if any). A whole large plan fitted to the window shows thousands of cards
// at once: the view then has the sites paint their cards' blocks (HierarchyScene::
// setCardsAsBlocks()), one item each instead of one per card.
inline constexpr double kCardBlockMaxDetail = 0.1;

struct Fonts
{
    QFont siteCode, siteName, siteInfo, pill;
    QFont siteCodeOverview; // the code alone, large, when zoomed far out
    QFont serverName, serverInfo, marker;
    QFont chipAbbreviation, chipName;
    QFont badge, placeholder;
};
const Fonts &fonts();

// A role's chip texts and their widths, measured once.
struct RoleLabel
{
    QString abbreviation;
    QString name;
    double abbreviationWidth = 0; // of the coloured box holding the abbreviation
    double nameWidth = 0;
};
const RoleLabel &roleLabel(Role role);

namespace colors {
inline const QColor text{0x1f, 0x24, 0x30};
inline const QColor mutedText{0x60, 0x67, 0x74};
inline const QColor siteBody{0xf5, 0xf6, 0xf8};
inline const QColor siteBorder{0xc4, 0xc9, 0xd3};
inline const QColor cardBody{0xff, 0xff, 0xff};
inline const QColor cardBorder{0xd3, 0xd7, 0xdf};
inline const QColor connector{0x94, 0x9e, 0xb0};
inline const QColor selection{0x70, 0x48, 0xe8}; // violet: no severity uses it
inline const QColor dropTarget{0x00, 0x96, 0x88};
inline const QColor shadow{0, 0, 0, 22};
} // namespace colors

// Decorations drawn the same way on sites and cards.
void drawSelectionHalo(QPainter *painter, const QRectF &rect, double radius);
void drawDropHighlight(QPainter *painter, const QRectF &rect, double radius);
// A round badge with the number of unwaived findings, centred on the top-right corner.
void drawFindingsBadge(QPainter *painter, const QRectF &rect, int count, Severity severity);
// The QColor a role chip is filled with: a soft tint of the role's colour.
QColor chipTint(Role role);

} // namespace canvas

// What an item shows of its findings: the worst unwaived severity (or none), how many are
// unwaived and how many are waived.
struct FindingMarks
{
    int worst = -1; // int(Severity) of the worst unwaived finding, -1 when there is none
    int count = 0;
    int waived = 0;
    bool operator==(const FindingMarks &) const = default;
};

} // namespace hierarch
