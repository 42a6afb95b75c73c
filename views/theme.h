#pragma once

#include "plan.h"
#include "rules/ruleinfo.h"

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QString>

namespace hierarch {

// Colours and icons shared by the canvas, the docks and (later) the report, so that a severity or
// a zone looks the same everywhere. Icons are drawn in code as vectors, crisp at any scale.
QColor severityColor(Severity severity);
QIcon severityIcon(Severity severity);
QColor zoneColor(Zone zone);
QColor roleColor(Role role);
// A short label for a role chip, e.g. "MP" for management-point.
QString roleAbbreviation(Role role);
QIcon roleIcon(Role role);
QIcon applicationIcon();

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
