#pragma once

#include "benchmeasures.h"
#include "plan.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace hierarch::bench {

// The `diff` rows of the benchmark (issue 12): comparing a plan with a revision that differs in 50
// places, side by side with loading both files, and the live update of the editor's compare mode
// after one edit. `path` is `plan` saved; the revision is written beside it.
QList<Row> measureDiff(const QString &size, const Plan &plan, const QString &path, int runs,
                       int editRuns, const QDate &asOf);

// The live update of compare mode after one edit (a Document holding the revision, a Comparison
// with `plan` as the baseline), per size; the sizes take turns run by run.
QHash<QString, QList<Row>> measureCompareEdits(const QList<std::pair<QString, Plan>> &plans,
                                               int editRuns, const QDate &asOf);

// A copy of `plan` that differs from it in `places` places: settings changed, servers renamed,
// added, removed and moved, in sites spread over the plan. Deterministic.
Plan reviseForDiff(const Plan &plan, int places);

} // namespace hierarch::bench
