#pragma once

#include "plandiff.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace hierarch {

// One side of a comparison as the outputs name it.
struct DiffSide
{
    QString file;        // the path as the user named it (inside the repository for REV:PATH)
    QString revision;    // the git revision it was read at; empty for a file on disk
    bool present = true; // false: no plan on this side (git's /dev/null)
    QString planName;
    Product product = Product::ConfigMgr2007;
    FindingSummary summary;

    // "HEAD:plans/a.hierarchy.yaml", "plans/a.hierarchy.yaml" or "/dev/null".
    QString label() const;
};

// CLI.md `diff --format text`: Terraform-like lines, then one summary line or "No changes.".
// English (like `validate`), for terminals and pipelines; `colour` adds ANSI colours.
QByteArray diffToText(const PlanDiff &diff, const DiffSide &oldSide, const DiffSide &newSide,
                      bool colour);
// The summary line alone ("3 changes; findings: 1 new (1 error), ...", or "No changes.").
QString diffSummaryLine(const PlanDiff &diff);
// One structural change as the text output writes it, without the symbol.
QString changeText(const ItemChange &change);

// CLI.md `diff --format json` (formatVersion 1).
QByteArray diffToJson(const PlanDiff &diff, const DiffSide &oldSide, const DiffSide &newSide,
                      const QDate &asOf);

// CLI.md `diff --format sarif`: one run over NEW, baselineState on every result, resolved
// findings as `absent` results located in OLD's file.
QByteArray diffToSarif(const PlanDiff &diff, const DiffSide &oldSide, const DiffSide &newSide,
                       const QDate &asOf);

} // namespace hierarch
