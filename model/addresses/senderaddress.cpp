// README "Site addresses and senders": helpers of the plan's addresses.
#include "../plan.h"

namespace hierarch {

namespace {

// "HH:MM" from 00:00 to 23:59; the minutes since midnight, or -1.
int minutesOf(QStringView text)
{
    if (text.size() != 5 || text.at(2) != QLatin1Char(':'))
        return -1;
    for (int i : {0, 1, 3, 4}) {
        if (text.at(i) < QLatin1Char('0') || text.at(i) > QLatin1Char('9'))
            return -1;
    }
    const int hours = text.left(2).toInt();
    const int minutes = text.mid(3, 2).toInt();
    if (hours > 23 || minutes > 59)
        return -1;
    return hours * 60 + minutes;
}

} // namespace

bool isScheduleWindow(QStringView text)
{
    if (text.size() != 11 || text.at(5) != QLatin1Char('-'))
        return false;
    const int from = minutesOf(text.left(5));
    const int to = minutesOf(text.mid(6));
    // A window of no length would close the sender for good; that is not a schedule.
    return from >= 0 && to >= 0 && from != to;
}

} // namespace hierarch
