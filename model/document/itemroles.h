#pragma once

#include <Qt>

namespace hierarch {

// Data roles shared by the document's item models and the views that present them.
enum ItemRole {
    ItemIdRole = Qt::UserRole + 1, // ItemId of a site or server (quint64)
    ItemKindRole,                  // OutlineModel::Kind
    ItemIndexRole,                 // role index on its server, or list index
    WorstSeverityRole,             // int(Severity) of the worst unwaived finding, or -1
    FindingIdRole,                 // QString "rule@subject"
    RuleIdRole,                    // QString rule id
    WaivedRole,                    // bool
    SearchTextRole,                // QString: everything the text filter matches
};

} // namespace hierarch
