#pragma once

#include "yamltree.h"

#include <QByteArray>

namespace hierarch {

// What a plan was loaded from: the file's bytes and its YAML tree (each node knows where its text
// starts). The format-preserving saver patches these bytes instead of writing the plan anew
// (FORMAT.md, "The file is the user's"); the plan they read as travels beside them (LoadResult).
struct PlanSource
{
    QByteArray text;
    YamlDocument tree;
    qsizetype bom = 0; // bytes of a UTF-8 byte order mark before the offsets the tree counts
};

} // namespace hierarch
