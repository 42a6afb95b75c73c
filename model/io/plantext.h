#pragma once

#include "../plan.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

namespace hierarch {

struct PlanSource;

// The bytes to write for a plan, and what they read back as.
struct PlanText
{
    QByteArray bytes;
    // The bytes as a source for the next save: null when the plan has no source (made in the
    // editor) and is written canonically.
    std::shared_ptr<const PlanSource> source;
    // The author's layout was kept (only what was edited changed). False for a plan without a
    // source, and when the patch could not be made or did not read back as the edited plan.
    bool preserved = false;
    // Why a plan with a source was written in the canonical layout instead; empty otherwise.
    QString fallbackReason;
};

// The text to save for `edited`: with a source, the source's bytes with the edits since
// `baseline` patched in (FORMAT.md, "The file is the user's"), checked by loading the result and
// comparing it with `edited`; if it does not read back as `edited`, the canonical layout
// (savePlan). Without a source, the canonical layout.
PlanText planText(const std::shared_ptr<const PlanSource> &source, const Plan &baseline,
                  const Plan &edited);

// The same plan apart from source positions and the editor's runtime ids.
bool samePlanContent(const Plan &a, const Plan &b);

// Writes `bytes` through QSaveFile; on failure returns false with a message for people.
bool writePlanBytes(const QByteArray &bytes, const QString &path, QString *error = nullptr);

// Tests only: runs on every patched text before it is checked, so that a test can prove the
// check catches a bad patch. Pass an empty function to remove it.
void setPatchedTextHookForTesting(std::function<void(QByteArray &)> hook);

} // namespace hierarch
