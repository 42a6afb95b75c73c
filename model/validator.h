#pragma once

#include "finding.h"
#include "plan.h"

#include <QDate>
#include <QList>

namespace hierarch {

// The validator: a pure function of the plan and the validation date. Returns every finding of
// every rule that runs for the plan's product, waivers applied (an expired waiver no longer
// waives), sorted as RULES.md says.
QList<Finding> validate(const Plan &plan, const QDate &asOf);

} // namespace hierarch
