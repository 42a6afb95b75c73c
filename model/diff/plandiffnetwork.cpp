// The network part of a plan's diff (README "Reviewing a revision"): the addresses a site sends
// through, each an item of its own. An address is known by its site and its `to`; a site may have
// several to the same site (a courier address beside a network one), so addresses pair first by
// `to` and sender, then by `to` alone, each in document order: a changed sender of the only
// address to a site is a change of that address, not one removed and one added.
#include "planmatching.h"

namespace hierarch::diffdetail {

namespace {

QString mappedTo(const SenderAddress &address, const QHash<QString, QString> &siteRenames)
{
    return siteRenames.isEmpty() ? address.to : siteRenames.value(address.to, address.to);
}

// Everything but `to` and the source position.
bool sameButTo(const SenderAddress &a, const SenderAddress &b)
{
    return a.type == b.type && a.destination == b.destination && a.account == b.account &&
           a.schedule == b.schedule && a.rateLimit == b.rateLimit && a.bandwidth == b.bandwidth &&
           a.latency == b.latency;
}

ItemChange addressChange(DiffAction action, const SenderAddress &address, const QString &to,
                         int siteIndex, const QString &siteCode)
{
    ItemChange change;
    change.kind = DiffKind::Address;
    change.action = action;
    change.id = to;
    change.site = siteCode;
    change.sender = QString::fromLatin1(enumName(address.effectiveType()));
    change.siteIndex = siteIndex;
    return change;
}

} // namespace

bool sameAddresses(const QList<SenderAddress> &oldList, const QList<SenderAddress> &newList,
                   const QHash<QString, QString> &siteRenames)
{
    return std::equal(oldList.cbegin(), oldList.cend(), newList.cbegin(), newList.cend(),
                      [&](const SenderAddress &a, const SenderAddress &b) {
                          return mappedTo(a, siteRenames) == b.to && sameButTo(a, b);
                      });
}

bool sameAddressesButTo(const QList<SenderAddress> &a, const QList<SenderAddress> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), sameButTo);
}

void listAddresses(const Plan &oldPlan, const Site *oldSite, const Plan &newPlan,
                   const Site *newSite, int siteIndex, const QString &siteCode,
                   const QHash<QString, QString> &siteRenames, QList<ItemChange> &out)
{
    static const QList<SenderAddress> kNone;
    const QList<SenderAddress> &oldList = oldSite ? oldSite->addresses : kNone;
    const QList<SenderAddress> &newList = newSite ? newSite->addresses : kNone;
    if (oldList.isEmpty() && newList.isEmpty())
        return;
    if (oldSite && newSite && sameAddresses(oldList, newList, siteRenames))
        return;

    QStringList oldTo;
    oldTo.reserve(oldList.size());
    for (const SenderAddress &a : oldList)
        oldTo << mappedTo(a, siteRenames);
    QList<int> oldToNew(oldList.size(), -1);
    QList<int> newToOld(newList.size(), -1);
    // Two passes: the same destination and sender, then the same destination.
    for (const bool bySender : {true, false}) {
        for (int k = 0; k < int(newList.size()); ++k) {
            if (newToOld.at(k) >= 0)
                continue;
            const SenderAddress &now = newList.at(k);
            for (int i = 0; i < int(oldList.size()); ++i) {
                if (oldToNew.at(i) >= 0 || oldTo.at(i) != now.to ||
                    (bySender && oldList.at(i).effectiveType() != now.effectiveType()))
                    continue;
                oldToNew[i] = k;
                newToOld[k] = i;
                break;
            }
        }
    }

    for (int k = 0; k < int(newList.size()); ++k) {
        const SenderAddress &now = newList.at(k);
        const int old = newToOld.at(k);
        if (old < 0) {
            out.append(addressChange(DiffAction::Added, now, now.to, siteIndex, siteCode));
            continue;
        }
        if (sameButTo(oldList.at(old), now))
            continue;
        ItemChange change = addressChange(DiffAction::Changed, now, now.to, siteIndex, siteCode);
        change.fields = fieldChanges(FieldOwner::Address, "to", {oldPlan, &oldList.at(old)},
                                     {newPlan, &now}, siteRenames);
        if (!change.fields.isEmpty())
            out.append(change);
    }
    for (int i = 0; i < int(oldList.size()); ++i) {
        if (oldToNew.at(i) < 0)
            out.append(addressChange(DiffAction::Removed, oldList.at(i), oldTo.at(i), siteIndex,
                                     siteCode));
    }
}

} // namespace hierarch::diffdetail
