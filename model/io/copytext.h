#pragma once

#include "../plan.h"

#include <QByteArray>

namespace hierarch {

struct PlanSource;

// The text of a clipboard plan whose sites, or with `serversOnly` the servers of its one site, are
// copies of items of `baseline` (found by their runtime ids). When every copied item is unchanged
// since `source` was read, the clipboard gets the items' own lines, with the comment lines above
// them, as the file has them; otherwise, or when that text would not read back as `clip`, the
// canonical layout. So a copy carries the author's text as a save would.
QByteArray copyText(const PlanSource *source, const Plan &baseline, const Plan &clip,
                    bool serversOnly);

} // namespace hierarch
