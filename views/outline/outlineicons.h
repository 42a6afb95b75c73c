#pragma once

#include "rules/ruleinfo.h"

#include <QIcon>

namespace hierarch {

// Glyphs for the outline's kinds of item, drawn in code like the theme's icons so the tree
// needs no image files. Roles use roleIcon() from theme.h.
enum class OutlineGlyph { Plan, PrimarySite, SecondarySite, Server, Group, Account, Waiver };
QIcon outlineGlyph(OutlineGlyph glyph);

// The icon with a small severity mark in its lower right corner.
QIcon withSeverityBadge(const QIcon &base, Severity severity);

} // namespace hierarch
