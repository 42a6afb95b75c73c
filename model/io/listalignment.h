#pragma once

#include "../plan.h"

#include <algorithm>
#include <vector>

namespace hierarch {

// Lines up the items of a list before and after editing, the way a text diff lines up lines:
// for each new item, the index of the old item it continues, or -1 for an inserted one; old items
// no new item continues were removed. `same` says whether two items are the same item (equal, or
// with the same runtime id); with `pairGaps`, items left over between two matches are taken as
// edits of each other in order, since an item without an id can only be told by its place.
template<typename T, typename Same>
std::vector<int> alignLists(const QList<T> &o, const QList<T> &n, Same same, bool pairGaps)
{
    std::vector<int> newToOld(std::size_t(n.size()), -1);
    qsizetype head = 0;
    while (head < o.size() && head < n.size() && same(o.at(head), n.at(head))) {
        newToOld[std::size_t(head)] = int(head);
        ++head;
    }
    qsizetype oEnd = o.size();
    qsizetype nEnd = n.size();
    while (oEnd > head && nEnd > head && same(o.at(oEnd - 1), n.at(nEnd - 1))) {
        --oEnd;
        --nEnd;
        newToOld[std::size_t(nEnd)] = int(oEnd);
    }
    // The longest common subsequence of what is left (usually a handful of items).
    const qsizetype rows = oEnd - head;
    const qsizetype cols = nEnd - head;
    if (rows > 0 && cols > 0 && rows * cols <= 4'000'000) {
        std::vector<int> table(std::size_t((rows + 1) * (cols + 1)), 0);
        auto cell = [&](qsizetype i, qsizetype j) -> int & {
            return table[std::size_t(i * (cols + 1) + j)];
        };
        for (qsizetype i = rows - 1; i >= 0; --i) {
            for (qsizetype j = cols - 1; j >= 0; --j) {
                cell(i, j) = same(o.at(head + i), n.at(head + j))
                                 ? cell(i + 1, j + 1) + 1
                                 : std::max(cell(i + 1, j), cell(i, j + 1));
            }
        }
        for (qsizetype i = 0, j = 0; i < rows && j < cols;) {
            if (same(o.at(head + i), n.at(head + j))) {
                newToOld[std::size_t(head + j)] = int(head + i);
                ++i;
                ++j;
            } else if (cell(i + 1, j) >= cell(i, j + 1)) {
                ++i;
            } else {
                ++j;
            }
        }
    }
    if (pairGaps) {
        int lastOld = -1;
        qsizetype gapStart = 0;
        for (qsizetype j = 0; j <= n.size(); ++j) {
            if (j < n.size() && newToOld[std::size_t(j)] < 0)
                continue;
            // New items between two matches take the old ones between them, in order.
            const int nextOld = j < n.size() ? newToOld[std::size_t(j)] : int(o.size());
            int old = lastOld + 1;
            for (qsizetype m = gapStart; m < j && old < nextOld; ++m, ++old)
                newToOld[std::size_t(m)] = old;
            lastOld = nextOld;
            gapStart = j + 1;
        }
    }
    return newToOld;
}

template<typename T>
std::vector<int> alignByValue(const QList<T> &o, const QList<T> &n)
{
    return alignLists(
        o, n, [](const T &a, const T &b) { return a == b; }, true);
}

// Sites and servers: by runtime id where the editor gave them one, else by value.
template<typename T>
std::vector<int> alignById(const QList<T> &o, const QList<T> &n)
{
    const bool ids = std::any_of(o.cbegin(), o.cend(), [](const T &t) { return t.uid != 0; });
    if (!ids)
        return alignByValue(o, n);
    return alignLists(
        o, n, [](const T &a, const T &b) { return a.uid == b.uid; }, false);
}

} // namespace hierarch
