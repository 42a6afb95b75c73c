#include "plansearch.h"

#include "role.h"

namespace hierarch {

namespace {

// How well one text matches, best first; None when it does not contain the needle.
enum class Match { Exact, Prefix, Substring, None };

template<typename Text>
Match match(const Text &haystack, QStringView needle)
{
    const qsizetype at = haystack.indexOf(needle, 0, Qt::CaseInsensitive);
    if (at < 0)
        return Match::None;
    if (at > 0)
        return Match::Substring;
    return haystack.size() == needle.size() ? Match::Exact : Match::Prefix;
}

Match siteMatch(const Site &site, QStringView needle)
{
    Match best = match(site.code, needle);
    if (site.name)
        best = std::min(best, match(*site.name, needle));
    return best;
}

Match serverMatch(const Server &server, QStringView needle)
{
    Match best = match(server.name, needle);
    for (const RoleAssignment &assignment : server.roles) {
        best = std::min({best, match(roleDisplayName(assignment.role), needle),
                         match(QLatin1String(roleTitle(assignment.role)), needle)});
    }
    return best;
}

} // namespace

QList<PlanSearch::Hit> PlanSearch::find(const Plan &plan, const QString &text)
{
    return find(plan, text, nullptr);
}

QList<PlanSearch::Hit> PlanSearch::find(const Plan &plan, const QString &text, int *bestCount)
{
    QList<Hit> hits;
    if (bestCount)
        *bestCount = 0;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return hits;
    // One list per kind of match, each in the plan's order, joined best first.
    QList<Hit> ranked[int(Match::None)];
    for (const Site &site : plan.sites) {
        if (const Match m = siteMatch(site, needle); m != Match::None)
            ranked[int(m)] << Hit{site.uid, false};
        for (const Server &server : site.servers) {
            if (const Match m = serverMatch(server, needle); m != Match::None)
                ranked[int(m)] << Hit{server.uid, true};
        }
    }
    for (const QList<Hit> &kind : ranked) {
        if (bestCount && hits.isEmpty())
            *bestCount = int(kind.size());
        hits << kind;
    }
    return hits;
}

void PlanSearch::setText(const Plan &plan, const QString &text)
{
    const Hit before = current();
    mText = text;
    int best = 0;
    mHits = find(plan, text, &best);
    mCurrent = mHits.isEmpty() ? -1 : 0;
    if (before.id != 0) {
        const qsizetype kept = mHits.indexOf(before);
        if (kept >= 0 && kept < best)
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
