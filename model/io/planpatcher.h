#pragma once

#include "../plan.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace hierarch {

struct PlanSource;

// The text of `source` with exactly the edits that turn `baseline` into `edited` applied as text
// patches, in the style around them (FORMAT.md, "The file is the user's"): a changed value
// replaces its own text, a stated key inserts a line, an added item follows its last sibling in
// the siblings' style, a removed item takes its lines and the comments directly above it.
// `baseline` is the plan the source holds; its sites and servers may carry the editor's runtime
// ids, which then tell a moved or renamed item from a new one. Returns nothing, with the reason
// in `why`, when an edit cannot be written as a patch of this text; the result is not yet checked
// (see savePlanText).
std::optional<QByteArray> patchPlanText(const PlanSource &source, const Plan &baseline,
                                        const Plan &edited, QString *why = nullptr);

} // namespace hierarch
