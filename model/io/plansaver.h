#pragma once

#include "../plan.h"

#include <QByteArray>
#include <QString>

namespace hierarch {

// Writes a plan in format v1: keys in FORMAT.md's order, only the values the plan states, sites
// and servers in document order. The output is deterministic, so saving an unmodified file the
// editor wrote gives the same bytes.
QByteArray savePlan(const Plan &plan);

// Writes through QSaveFile, so a crash or a full disk leaves the old file in place. On failure
// returns false with a message for people in `error`.
bool savePlanFile(const Plan &plan, const QString &path, QString *error = nullptr);

// A YAML scalar for `text` that reads back as the same string: plain where that is safe,
// otherwise double-quoted with escapes.
QByteArray yamlScalar(const QString &text);

} // namespace hierarch
