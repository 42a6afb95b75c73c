#include "plansearch.h"

#include "role.h"

namespace hierarch {

namespace {

bool contains(const QString &haystack, const QString &needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

bool serverMatches(const Server &server, const QString &needle)
{
    if (contains(server.name, needle))
        return true;
    for (const RoleAssignment &assignment : server.roles) {
        if (contains(roleDisplayName(assignment.role), needle) ||
            contains(QLatin1String(roleTitle(assignment.role)), needle))
            return true;
    }
    return false;
}

} // namespace

QList<PlanSearch::Hit> PlanSearch::find(const Plan &plan, const QString &text)
{
    QList<Hit> hits;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return hits;
    for (const Site &site : plan.sites) {
        if (contains(site.code, needle) || (site.name && contains(*site.name, needle)))
            hits << Hit{site.uid, false};
        for (const Server &server : site.servers) {
            if (serverMatches(server, needle))
                hits << Hit{server.uid, true};
        }
    }
    return hits;
}

void PlanSearch::setText(const Plan &plan, const QString &text)
{
    const Hit before = current();
    mText = text;
    mHits = find(plan, text);
    mCurrent = mHits.isEmpty() ? -1 : 0;
    if (before.id != 0) {
        const qsizetype kept = mHits.indexOf(before);
        if (kept >= 0)
            mCurrent = int(kept);
    }
}

PlanSearch::Hit PlanSearch::next()
{
    if (mHits.isEmpty())
        return {};
    mCurrent = (mCurrent + 1) % count();
    return current();
}

PlanSearch::Hit PlanSearch::previous()
{
    if (mHits.isEmpty())
        return {};
    mCurrent = (mCurrent <= 0 ? count() : mCurrent) - 1;
    return current();
}

} // namespace hierarch
