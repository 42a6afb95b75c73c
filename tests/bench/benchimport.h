#pragma once

#include "benchmeasures.h"

#include <QByteArray>
#include <QString>

namespace hierarch {
struct Plan;
}

namespace hierarch::bench {

// A CSV file of `rows` rows for `hierarch import` into `plan`: a fifth sites (primaries under the
// plan's first site, secondaries under them), the rest servers spread over those sites, with
// codes and names the plan does not use. Deterministic.
QByteArray importCsv(const Plan &plan, int rows);

// `hierarch import` of a 1,000-row CSV into the plan saved at `path`, as the command does it:
// read and check the CSV, add the items, patch them into the plan's text (README "Performance":
// under a second).
Row measureImport(const QString &size, const QString &path, int runs);

} // namespace hierarch::bench
