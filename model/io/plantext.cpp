#include "plantext.h"

#include "checkedfile.h"
#include "planloader.h"
#include "planpatcher.h"
#include "plansaver.h"
#include "plansource.h"

#include <QCoreApplication>

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

// Gives `plan` the source positions and runtime ids of `other` wherever their lists line up, so
// that == then compares what the file says only. Runs in place: the reloaded plan of every save
// is compared this way without copying either plan. False when the lists do not line up.
bool adoptPositionsAndIds(Plan &plan, const Plan &other)
{
    if (plan.sites.size() != other.sites.size() || plan.accounts.size() != other.accounts.size() ||
        plan.waivers.size() != other.waivers.size() ||
        plan.attestations.size() != other.attestations.size() ||
        plan.changeRecord.size() != other.changeRecord.size())
        return false;
    for (qsizetype i = 0; i < plan.sites.size(); ++i) {
        Site &site = plan.sites[i];
        const Site &from = other.sites.at(i);
        if (site.servers.size() != from.servers.size() ||
            site.pki.has_value() != from.pki.has_value() ||
            site.addresses.size() != from.addresses.size())
            return false;
        site.uid = from.uid;
        site.pos = from.pos;
        if (site.pki)
            site.pki->pos = from.pki->pos; // PKI
        for (qsizetype a = 0; a < site.addresses.size(); ++a)
            site.addresses[a].pos = from.addresses.at(a).pos;
        if (site.boundaries.size() != from.boundaries.size())
            return false;
        for (qsizetype b = 0; b < site.boundaries.size(); ++b)
            site.boundaries[b].pos = from.boundaries.at(b).pos;
        for (qsizetype j = 0; j < site.servers.size(); ++j) {
            Server &server = site.servers[j];
            const Server &fromServer = from.servers.at(j);
            if (server.roles.size() != fromServer.roles.size() ||
                server.sql.has_value() != fromServer.sql.has_value())
                return false;
            server.uid = fromServer.uid;
            server.pos = fromServer.pos;
            if (server.sql)
                server.sql->pos = fromServer.sql->pos;
            for (qsizetype k = 0; k < server.roles.size(); ++k)
                server.roles[k].pos = fromServer.roles.at(k).pos;
        }
    }
    for (qsizetype i = 0; i < plan.accounts.size(); ++i)
        plan.accounts[i].pos = other.accounts.at(i).pos;
    for (qsizetype i = 0; i < plan.waivers.size(); ++i)
        plan.waivers[i].pos = other.waivers.at(i).pos;
    for (qsizetype i = 0; i < plan.attestations.size(); ++i)
        plan.attestations[i].pos = other.attestations.at(i).pos;
    for (qsizetype i = 0; i < plan.changeRecord.size(); ++i)
        plan.changeRecord[i].pos = other.changeRecord.at(i).pos;
    return true;
}

} // namespace

bool samePlanContent(const Plan &a, const Plan &b)
{
    Plan copy = a;
    return adoptPositionsAndIds(copy, b) && copy == b;
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
            if (check && adoptPositionsAndIds(*check.plan, edited) && *check.plan == edited) {
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
    return writeFileChecked(path, bytes, error);
}

void setPatchedTextHookForTesting(std::function<void(QByteArray &)> hook)
{
    patchedTextHook() = std::move(hook);
}

} // namespace hierarch
