#pragma once

#include "../plan.h"
#include "yamltree.h"

#include <QByteArray>

namespace hierarch {

// What a plan was loaded from: the file's bytes, its YAML tree (each node knows where its text
// starts) and the plan exactly as the loader read it. The format-preserving saver patches these
// bytes instead of writing the plan anew (FORMAT.md, "The file is the user's").
struct PlanSource
{
    QByteArray text;
    YamlDocument tree;
    qsizetype bom = 0; // bytes of a UTF-8 byte order mark before the offsets the tree counts
    Plan plan;
};

} // namespace hierarch
