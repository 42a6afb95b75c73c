#include "plantext.h"

#include "planloader.h"
#include "planpatcher.h"
#include "plansaver.h"
#include "plansource.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace hierarch {

namespace {

// The saver's messages keep the context they always had, whichever file writes them.
struct PlanTextTr
{
    Q_DECLARE_TR_FUNCTIONS(hierarch::PlanSaver)
};

std::function<void(QByteArray &)> &patchedTextHook()
{
    static std::function<void(QByteArray &)> hook;
    return hook;
}

Plan comparable(Plan plan)
{
    plan = withoutSourcePositions(std::move(plan));
    for (Site &site : plan.sites) {
        site.uid = 0;
        for (Server &server : site.servers)
            server.uid = 0;
    }
    return plan;
}

} // namespace

bool samePlanContent(const Plan &a, const Plan &b)
{
    return comparable(a) == comparable(b);
}

PlanText planText(const std::shared_ptr<const PlanSource> &source, const Plan &baseline,
                  const Plan &edited)
{
    PlanText result;
    if (source) {
        QString why;
        std::optional<QByteArray> patched = patchPlanText(*source, baseline, edited, &why);
        if (patched) {
            if (patchedTextHook())
                patchedTextHook()(*patched);
            LoadResult check = loadPlan(*patched, QString());
            if (check && samePlanContent(*check.plan, edited)) {
                result.bytes = std::move(*patched);
                result.source = std::move(check.source);
                result.preserved = true;
                return result;
            }
            why = PlanTextTr::tr("the patched file would not read back as the edited plan");
        }
        result.fallbackReason = why;
    }
    result.bytes = savePlan(edited);
    if (source) {
        // The next save patches the canonical text, so later edits keep their diffs small.
        LoadResult reread = loadPlan(result.bytes, QString());
        if (reread)
            result.source = std::move(reread.source);
    }
    return result;
}

bool writePlanBytes(const QByteArray &bytes, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = PlanTextTr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = PlanTextTr::tr("Cannot save %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

void setPatchedTextHookForTesting(std::function<void(QByteArray &)> hook)
{
    patchedTextHook() = std::move(hook);
}

} // namespace hierarch
