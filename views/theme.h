#pragma once

#include "plan.h"
#include "rules/ruleinfo.h"

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QString>

class QPainter;
class QRectF;

namespace hierarch {

// Colours and icons shared by the canvas, the docks and the report, so that a severity or a zone
// looks the same everywhere. The icons are the SVG files of resources/icons (resource prefix
// :/icons), so they stay crisp at any size and screen scale; the SVGs use these same colours.
QColor severityColor(Severity severity);
// The text of waived findings in lists: accepted risk, shown muted.
QColor waivedTextColor();
QIcon severityIcon(Severity severity);
// A finding that is waived: accepted risk, on record.
QIcon waivedIcon();
QColor zoneColor(Zone zone);
QColor roleColor(Role role);
// A short label for a role chip, e.g. "MP" for management-point.
QString roleAbbreviation(Role role);
// A tile in the role's colour with a white pictogram, so that it matches the role's chip.
QIcon roleIcon(Role role);
// Draws roleIcon(role) into rect: a pixmap cached per size on screen, vectors in PDF and SVG
// output. For the canvas, which draws one per chip on up to thousands of cards.
void paintRoleIcon(QPainter *painter, Role role, const QRectF &rect);
QIcon applicationIcon();

// The commands of the menus and the toolbar that have an icon of their own.
enum class ActionIcon {
    New,
    Open,
    Save,
    SaveAs,
    ExportReport,
    ExportFindings,
    ExportDiagram,
    Undo,
    Redo,
    Cut,
    Copy,
    Paste,
    Delete,
    Rename,
    AddSite,
    AddSecondarySite,
    AddServer,
    ZoomIn,
    ZoomOut,
    ZoomFit,
    ZoomActual,
    AutoLayout,
    RuleCatalog
};
// The file names of the action icons, resources/icons/actions/<name>.svg.
template<>
struct EnumTraits<ActionIcon>
{
    static constexpr std::array names{"new",
                                      "open",
                                      "save",
                                      "save-as",
                                      "export-report",
                                      "export-findings",
                                      "export-diagram",
                                      "undo",
                                      "redo",
                                      "cut",
                                      "copy",
                                      "paste",
                                      "delete",
                                      "rename",
                                      "add-site",
                                      "add-secondary-site",
                                      "add-server",
                                      "zoom-in",
                                      "zoom-out",
                                      "zoom-fit",
                                      "zoom-actual",
                                      "auto-layout",
                                      "rule-catalog"};
};
QIcon actionIcon(ActionIcon action);

// The font of drawings that must look the same on screen, in exports and in the PDF report: one
// family whatever the desktop's default, glyph advances straight from the font (no hinting), and
// no ligatures, which a PDF reader would extract as single characters and so break text search.
QFont drawingFont();

// Names for people of the vocabulary every view shares, translated in one context.
QString productDisplayName(Product product);
QString severityDisplayName(Severity severity);
QString zoneDisplayName(Zone zone);

// MIME type of a role dragged from the palette; the payload is the role id (UTF-8).
inline constexpr char kRoleMimeType[] = "application/x-hierarch-role";

} // namespace hierarch
