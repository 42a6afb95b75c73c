#pragma once

#include "plan.h"

#include <QList>
#include <QString>

namespace hierarch {

// Find on the canvas (Edit ▸ Find): which sites and servers match a text, and which match is
// current. Kept free of widgets so the matching and the stepping can be tested on a Plan.
//
// A site matches on its code or name, a server on its name or the name of one of its roles (as
// shown, translated, or the English title). Matching is a case-insensitive substring test. Hits
// come best first: those where one of these texts is the whole search text (a site code typed in
// full), then those where one starts with it, then the rest; each kind in the plan's order (each
// site, then its servers).
class PlanSearch
{
public:
    struct Hit
    {
        ItemId id = 0;
        bool server = false;
        bool operator==(const Hit &) const = default;
    };

    // Every hit for `text` in `plan`; none for an empty or blank text.
    static QList<Hit> find(const Plan &plan, const QString &text);

    // Searches again (a new text, or the plan changed). The current hit stays the same item
    // when it still matches as well as any hit does; otherwise the first hit becomes current (so
    // typing a code in full goes to that site even when a longer code matched before).
    void setText(const Plan &plan, const QString &text);
    void refresh(const Plan &plan) { setText(plan, mText); }

    QString text() const { return mText; }
    const QList<Hit> &hits() const { return mHits; }
    int count() const { return int(mHits.size()); }
    // 0-based index of the current hit, -1 when there is none.
    int currentIndex() const { return mCurrent; }
    Hit current() const { return mCurrent >= 0 ? mHits.at(mCurrent) : Hit{}; }

    // The next / previous hit, wrapping around at the ends; returns the new current hit (an
    // empty Hit when there are none).
    Hit next();
    Hit previous();

private:
    // `bestCount`: how many hits match as well as the first.
    static QList<Hit> find(const Plan &plan, const QString &text, int *bestCount);

    QString mText;
    QList<Hit> mHits;
    int mCurrent = -1;
};

} // namespace hierarch
