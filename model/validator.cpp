#include "validator.h"

#include "livevalidator.h"

namespace hierarch {

QList<Finding> validate(const Plan &plan, const QDate &asOf)
{
    // One pass of the live validator: the same units in the same order as the editor's live
    // findings, so the two can never disagree.
    return LiveValidator(plan, asOf).findings();
}

} // namespace hierarch
