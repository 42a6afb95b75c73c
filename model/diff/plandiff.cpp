#include "plandiff.h"

#include "document/fields.h"
#include "planmatching.h"

#include <algorithm>

namespace hierarch {

using diffdetail::BaselineIndex;
using diffdetail::fieldChanges;
using diffdetail::Occurrences;
using diffdetail::sameServerContent;
using diffdetail::sameSiteContent;
using diffdetail::ServerRef;
using diffdetail::Side;
using diffdetail::SiteMatching;

namespace {

template<typename T, typename KeyOf>
Occurrences indexBy(const QList<T> &items, KeyOf keyOf)
{
    Occurrences index;
    index.reserve(items.size());
    for (int i = 0; i < int(items.size()); ++i)
        index[keyOf(items.at(i))].append(i);
    return index;
}

// The first old occurrence of `key` not yet paired, or -1.
int takeUnmatched(const Occurrences &index, const QString &key, const QList<int> &oldToNew)
{
    const auto it = index.constFind(key);
    if (it == index.cend())
        return -1;
    for (int candidate : *it) {
        if (oldToNew.at(candidate) < 0)
            return candidate;
    }
    return -1;
}

QString mapped(const QHash<QString, QString> &renames, const QString &value)
{
    return renames.value(value, value);
}

// A finding id (`rule@subject`) with a renamed subject replaced; a waiver's subject is itself a
// finding id, so the rest after the first '@' maps the same way.
QString mapFindingId(const QString &id, const QHash<QString, QString> &siteRenames,
                     const QHash<QString, QString> &serverRenames)
{
    const qsizetype at = id.indexOf(QLatin1Char('@'));
    if (at < 0 || (siteRenames.isEmpty() && serverRenames.isEmpty()))
        return id;
    const QString subject = id.mid(at + 1);
    QString newSubject;
    if (const auto it = serverRenames.constFind(subject); it != serverRenames.cend())
        newSubject = *it;
    else if (const auto site = siteRenames.constFind(subject); site != siteRenames.cend())
        newSubject = *site;
    else if (subject.contains(QLatin1Char('@')))
        newSubject = mapFindingId(subject, siteRenames, serverRenames);
    else
        return id;
    return id.left(at + 1) + newSubject;
}

QString mappedFindingId(const Finding &f, const QHash<QString, QString> &siteRenames,
                        const QHash<QString, QString> &serverRenames)
{
    switch (f.kind) {
    case Scope::Server:
        if (const auto it = serverRenames.constFind(f.subject); it != serverRenames.cend())
            return f.ruleId() + QLatin1Char('@') + *it;
        break;
    case Scope::Site:
        if (const auto it = siteRenames.constFind(f.subject); it != siteRenames.cend())
            return f.ruleId() + QLatin1Char('@') + *it;
        break;
    case Scope::Waiver:
        return f.ruleId() + QLatin1Char('@') + mapFindingId(f.subject, siteRenames, serverRenames);
    case Scope::Hierarchy:
    case Scope::Account:
        break;
    }
    return f.id();
}

// --- field by field ----------------------------------------------------------------------------

// Rewrites an old value into the new plan's terms (a site code that was renamed).
using ValueMap = QVariant (*)(const QVariant &, const QHash<QString, QString> &);

QVariant mapSiteCode(const QVariant &value, const QHash<QString, QString> &siteRenames)
{
    if (!value.isValid() || siteRenames.isEmpty())
        return value;
    return mapped(siteRenames, value.toString());
}

QVariant mapSiteCodes(const QVariant &value, const QHash<QString, QString> &siteRenames)
{
    if (!value.isValid() || siteRenames.isEmpty())
        return value;
    QStringList codes = value.toStringList();
    for (QString &code : codes)
        code = mapped(siteRenames, code);
    return codes;
}

FieldChange listChange(const QString &field, QStringList oldItems, QStringList newItems)
{
    FieldChange change;
    change.field = field;
    change.isList = true;
    std::sort(oldItems.begin(), oldItems.end());
    std::sort(newItems.begin(), newItems.end());
    std::set_difference(newItems.cbegin(), newItems.cend(), oldItems.cbegin(), oldItems.cend(),
                        std::back_inserter(change.added));
    std::set_difference(oldItems.cbegin(), oldItems.cend(), newItems.cbegin(), newItems.cend(),
                        std::back_inserter(change.removed));
    return change;
}

// The change record's entries as the diff names them: "2.0 (2026-10-01, A. Architect): summary".
QStringList changeRecordTexts(const QList<ChangeRecordEntry> &entries)
{
    QStringList texts;
    for (const ChangeRecordEntry &e : entries) {
        QString text = e.version + QStringLiteral(" (") + e.date.toString(Qt::ISODate);
        if (e.author)
            text += QStringLiteral(", ") + *e.author;
        text += QLatin1Char(')');
        if (e.summary)
            text += QStringLiteral(": ") + *e.summary;
        texts << text;
    }
    return texts;
}

} // namespace

// Every field of `owner` that differs, except the identity key. A field differs when its value in
// force differs; where the default itself moved with another change (a site's name is its code,
// a forest is the plan's), only what the file states is compared, so a change is listed once.
QList<FieldChange> diffdetail::fieldChanges(FieldOwner owner, const char *identityKey, Side oldSide,
                                            Side newSide,
                                            const QHash<QString, QString> &siteRenames)
{
    QList<FieldChange> changes;
    for (const FieldInfo &field : fieldsOf(owner)) {
        const QLatin1String key(field.key);
        if (identityKey && key == QLatin1String(identityKey))
            continue;
        ValueMap map = nullptr;
        if ((owner == FieldOwner::Site && key == QLatin1String("parent")))
            map = mapSiteCode;
        else if (owner == FieldOwner::Account && key == QLatin1String("sites"))
            map = mapSiteCodes;
        // A setting of the other product has no value in force there.
        const bool oldApplies = field.appliesTo(oldSide.plan.product);
        const bool newApplies = field.appliesTo(newSide.plan.product);
        QVariant oldValue = oldApplies ? field.get(oldSide.object) : QVariant();
        if (map)
            oldValue = map(oldValue, siteRenames);
        QVariant newValue = newApplies ? field.get(newSide.object) : QVariant();
        if (oldValue == newValue)
            continue;
        const QVariant oldDefault =
            oldApplies ? field.defaultValue(oldSide.plan, oldSide.object) : QVariant();
        const QVariant newDefault =
            newApplies ? field.defaultValue(newSide.plan, newSide.object) : QVariant();
        if (oldDefault == newDefault) {
            if (!oldValue.isValid())
                oldValue = oldDefault;
            if (!newValue.isValid())
                newValue = newDefault;
            if (oldValue == newValue)
                continue;
        }
        if (field.type == FieldType::TextList) {
            FieldChange change = listChange(key, oldValue.toStringList(), newValue.toStringList());
            if (!change.added.isEmpty() || !change.removed.isEmpty())
                changes.append(change);
            continue;
        }
        FieldChange change;
        change.field = key;
        change.oldValue = oldValue;
        change.newValue = newValue;
        changes.append(change);
    }
    return changes;
}

namespace {

// A role as the diff names it: its id, or the file's map form when `site` or `bits` says more
// than the default (a role's site or bits is part of the role).
QString roleText(const RoleAssignment &role, const QString &ownSite,
                 const QHash<QString, QString> &siteRenames)
{
    QString text = QString::fromLatin1(enumName(role.role));
    QStringList extra;
    if (role.site) {
        const QString site = mapped(siteRenames, *role.site);
        if (site != ownSite)
            extra << QStringLiteral("site: ") + site;
    }
    if (role.bits && !*role.bits)
        extra << QStringLiteral("bits: false");
    if (extra.isEmpty())
        return text;
    return QStringLiteral("{role: ") + text + QStringLiteral(", ") +
           extra.join(QLatin1String(", ")) + QLatin1Char('}');
}

QStringList roleTexts(const Server &server, const QString &ownSite,
                      const QHash<QString, QString> &siteRenames)
{
    QStringList texts;
    for (const RoleAssignment &role : server.roles)
        texts << roleText(role, ownSite, siteRenames);
    return texts;
}

QList<FieldChange> serverChanges(const Plan &oldPlan, const Server &oldServer,
                                 const QString &oldSiteMapped, const Plan &newPlan,
                                 const Server &newServer, const QString &newSite,
                                 const QHash<QString, QString> &siteRenames)
{
    if (oldSiteMapped == newSite && siteRenames.isEmpty() &&
        sameServerContent(oldServer, newServer))
        return {};
    QList<FieldChange> changes = fieldChanges(FieldOwner::Server, "name", {oldPlan, &oldServer},
                                              {newPlan, &newServer}, siteRenames);
    FieldChange roles =
        listChange(QStringLiteral("roles"), roleTexts(oldServer, oldSiteMapped, siteRenames),
                   roleTexts(newServer, newSite, {}));
    if (!roles.added.isEmpty() || !roles.removed.isEmpty())
        changes.append(roles);
    return changes;
}

} // namespace

PlanComparer::PlanComparer(std::optional<Plan> baseline, QList<Finding> baselineFindings)
    : d(std::make_unique<Index>())
{
    d->plan = std::move(baseline);
    d->findings = std::move(baselineFindings);
    if (d->plan) {
        const Plan &plan = *d->plan;
        d->sites = indexBy(plan.sites, [](const Site &s) { return s.code; });
        for (int s = 0; s < int(plan.sites.size()); ++s) {
            for (int k = 0; k < int(plan.sites.at(s).servers.size()); ++k) {
                d->serversByName[plan.sites.at(s).servers.at(k).name].append(
                    int(d->servers.size()));
                d->servers.append({s, k});
            }
        }
        d->serverNameUnique.reserve(d->servers.size());
        for (const ServerRef &ref : std::as_const(d->servers)) {
            const QString &name = plan.sites.at(ref.site).servers.at(ref.server).name;
            d->serverNameUnique.append(d->serversByName.value(name).size() == 1);
        }
        d->accounts = indexBy(plan.accounts, [](const Account &a) { return a.name; });
        d->attestations = indexBy(plan.attestations, [](const Attestation &a) { return a.item; });
    }
    d->findingIds = indexBy(d->findings, [](const Finding &f) { return f.id(); });
}

PlanComparer::~PlanComparer() = default;

const Plan *PlanComparer::baseline() const
{
    return d->plan ? &*d->plan : nullptr;
}

const QList<Finding> &PlanComparer::baselineFindings() const
{
    return d->findings;
}

namespace diffdetail {

SiteMatching::SiteMatching(const Plan &oldPlan, const Plan &newPlan, const BaselineIndex &index,
                           PlanDiff &diff)
    : mOld(oldPlan), mNew(newPlan), mOldSites(index.sites), mOldServers(index.servers),
      mOldServersByName(index.serversByName), mOldNameUnique(index.serverNameUnique), mDiff(diff)
{}

void SiteMatching::match()
{
    pairSitesAndServers();
    detectSiteRenames();
    detectServerRenames();
    // Removed servers, grouped by the old site they were in.
    for (int flat = 0; flat < int(mOldServers.size()); ++flat) {
        if (mOldServerToNew.at(flat) < 0)
            mRemovedBySite[mOldServers.at(flat).site].append(flat);
    }
}

void SiteMatching::pairSitesAndServers()
{
    mOldSiteToNew.fill(-1, mOld.sites.size());
    mNewSiteToOld.fill(-1, mNew.sites.size());
    for (int s = 0; s < int(mNew.sites.size()); ++s) {
        const int old = takeUnmatched(mOldSites, mNew.sites.at(s).code, mOldSiteToNew);
        if (old >= 0) {
            mOldSiteToNew[old] = s;
            mNewSiteToOld[s] = old;
        }
    }
    mOldServerToNew.fill(-1, mOldServers.size());
    mOldServerBase.reserve(mOld.sites.size());
    for (int s = 0, flat = 0; s < int(mOld.sites.size()); ++s) {
        mOldServerBase.append(flat);
        flat += int(mOld.sites.at(s).servers.size());
    }
    mNewServerBase.reserve(mNew.sites.size());
    const qsizetype newCount = mNew.serverCount();
    mNewServers.reserve(newCount);
    mNewServerToOld.reserve(newCount);
    // Revisions keep most servers in order: the server after the last one paired is tried
    // first, and the name index is asked only when that guess fails (compare mode runs this
    // after every edit).
    int guess = 0;
    for (int s = 0; s < int(mNew.sites.size()); ++s) {
        mNewServerBase.append(int(mNewServers.size()));
        for (int k = 0; k < int(mNew.sites.at(s).servers.size()); ++k) {
            const int flat = int(mNewServers.size());
            mNewServers.append({s, k});
            const QString &name = mNew.sites.at(s).servers.at(k).name;
            int old = -1;
            if (guess < int(mOldServers.size()) && mOldNameUnique.at(guess) &&
                mOldServerToNew.at(guess) < 0 && oldServer(guess).name == name)
                old = guess;
            else
                old = takeUnmatched(mOldServersByName, name, mOldServerToNew);
            if (old >= 0) {
                mOldServerToNew[old] = flat;
                guess = old + 1;
            }
            mNewServerToOld.append(old);
        }
    }
    mSiteRenamed.fill(false, mNew.sites.size());
    mServerRenamed.fill(false, mNewServers.size());
}

// A site whose new code is the only difference: same settings, same parent once renames are
// applied, and the same servers: every server both plans have is in both sites or in neither (a
// server renamed or added inside the renamed site is listed as such after it).
void SiteMatching::detectSiteRenames()
{
    QList<int> removed;
    for (int s = 0; s < int(mOld.sites.size()); ++s) {
        if (mOldSiteToNew.at(s) < 0)
            removed.append(s);
    }
    if (removed.isEmpty())
        return;
    QList<std::pair<int, int>> candidates; // old, new
    for (int s = 0; s < int(mNew.sites.size()); ++s) {
        if (mNewSiteToOld.at(s) >= 0)
            continue;
        const Site &added = mNew.sites.at(s);
        for (int old : std::as_const(removed)) {
            if (mOldSiteToNew.at(old) >= 0)
                continue;
            Site before = mOld.sites.at(old);
            before.parent = added.parent; // checked below, after every rename is known
            if (!sameSiteContent(before, added, nullptr) || !sameServers(old, s))
                continue;
            mOldSiteToNew[old] = s;
            mNewSiteToOld[s] = old;
            candidates.append({old, s});
            mDiff.siteRenames.insert(mOld.sites.at(old).code, added.code);
            break;
        }
    }
    for (const auto &[old, s] : std::as_const(candidates)) {
        const std::optional<QString> &oldParent = mOld.sites.at(old).parent;
        const std::optional<QString> mappedParent =
            oldParent ? std::optional<QString>(mapped(mDiff.siteRenames, *oldParent))
                      : std::nullopt;
        if (mappedParent == mNew.sites.at(s).parent &&
            diffdetail::sameAddresses(mOld.sites.at(old).addresses, mNew.sites.at(s).addresses,
                                      mDiff.siteRenames)) {
            mSiteRenamed[s] = true;
            continue;
        }
        mDiff.siteRenames.remove(mOld.sites.at(old).code);
        mOldSiteToNew[old] = -1;
        mNewSiteToOld[s] = -1;
    }
}

bool SiteMatching::sameServers(int oldSite, int newSite) const
{
    const int newBase = mNewServerBase.at(newSite);
    for (int k = 0; k < int(mNew.sites.at(newSite).servers.size()); ++k) {
        const int old = mNewServerToOld.at(newBase + k);
        if (old >= 0 && mOldServers.at(old).site != oldSite)
            return false;
    }
    const int oldBase = mOldServerBase.at(oldSite);
    for (int k = 0; k < int(mOld.sites.at(oldSite).servers.size()); ++k) {
        const int now = mOldServerToNew.at(oldBase + k);
        if (now >= 0 && mNewServers.at(now).site != newSite)
            return false;
    }
    return true;
}

// A server that disappears and one that appears in the same site with every other field equal.
void SiteMatching::detectServerRenames()
{
    QList<int> removed;
    for (int flat = 0; flat < int(mOldServers.size()); ++flat) {
        if (mOldServerToNew.at(flat) < 0)
            removed.append(flat);
    }
    if (removed.isEmpty())
        return;
    for (int flat = 0; flat < int(mNewServers.size()); ++flat) {
        if (mNewServerToOld.at(flat) >= 0)
            continue;
        const ServerRef ref = mNewServers.at(flat);
        const Site &site = mNew.sites.at(ref.site);
        const Server &added = site.servers.at(ref.server);
        for (int old : std::as_const(removed)) {
            if (mOldServerToNew.at(old) >= 0 ||
                mapped(mDiff.siteRenames, oldSiteCode(old)) != site.code)
                continue;
            if (!serverChanges(mOld, oldServer(old), site.code, mNew, added, site.code,
                               mDiff.siteRenames)
                     .isEmpty())
                continue;
            mOldServerToNew[old] = flat;
            mNewServerToOld[flat] = old;
            mServerRenamed[flat] = true;
            mDiff.serverRenames.insert(oldServer(old).name, added.name);
            break;
        }
    }
}

void SiteMatching::listServer(int site, int server, int flat, QList<ItemChange> &out) const
{
    const Site &newSite = mNew.sites.at(site);
    const Server &current = newSite.servers.at(server);
    const int old = mNewServerToOld.at(flat);
    // The common case, cheaply: the same server, in the same site, with the same content.
    if (old >= 0 && !mServerRenamed.at(flat) && mDiff.siteRenames.isEmpty() &&
        oldSiteCode(old) == newSite.code && sameServerContent(oldServer(old), current))
        return;
    ItemChange change;
    change.kind = DiffKind::Server;
    change.id = current.name;
    change.site = newSite.code;
    change.siteIndex = site;
    change.serverIndex = server;
    if (old < 0) {
        change.action = DiffAction::Added;
        out.append(change);
        return;
    }
    if (mServerRenamed.at(flat)) {
        change.action = DiffAction::Renamed;
        change.oldId = oldServer(old).name;
        out.append(change);
        return;
    }
    const QString oldSite = mapped(mDiff.siteRenames, oldSiteCode(old));
    change.fields = serverChanges(mOld, oldServer(old), oldSite, mNew, current, newSite.code,
                                  mDiff.siteRenames);
    if (oldSite != newSite.code) {
        change.action = DiffAction::Moved;
        change.oldSite = oldSiteCode(old);
    } else if (change.fields.isEmpty()) {
        return;
    }
    out.append(change);
}

void SiteMatching::listRemovedServer(int flat, QList<ItemChange> &out) const
{
    const ServerRef ref = mOldServers.at(flat);
    ItemChange change;
    change.kind = DiffKind::Server;
    change.action = DiffAction::Removed;
    change.id = oldServer(flat).name;
    change.site = oldSiteCode(flat);
    change.siteIndex = ref.site;
    change.serverIndex = ref.server;
    out.append(change);
}

void SiteMatching::listSite(int s, QList<ItemChange> &out) const
{
    const Site &site = mNew.sites.at(s);
    const int old = mNewSiteToOld.at(s);
    ItemChange change;
    change.kind = DiffKind::Site;
    change.id = site.code;
    change.siteIndex = s;
    if (old < 0) {
        change.action = DiffAction::Added;
        out.append(change);
    } else if (mSiteRenamed.at(s)) {
        change.action = DiffAction::Renamed;
        change.oldId = mOld.sites.at(old).code;
        out.append(change);
    } else if (!(mDiff.siteRenames.isEmpty() &&
                 sameSiteContent(mOld.sites.at(old), site, &mDiff.siteRenames))) {
        change.fields = fieldChanges(FieldOwner::Site, "code", {mOld, &mOld.sites.at(old)},
                                     {mNew, &site}, mDiff.siteRenames);
        if (!change.fields.isEmpty())
            out.append(change);
    }
    // Its addresses: all added with a new site; a renamed site has the same ones.
    if (old < 0)
        listAddresses(mOld, nullptr, mNew, &site, s, site.code, mDiff.siteRenames, out);
    else if (!mSiteRenamed.at(s))
        listAddresses(mOld, &mOld.sites.at(old), mNew, &site, s, site.code, mDiff.siteRenames, out);
    for (int k = 0; k < int(site.servers.size()); ++k)
        listServer(s, k, mNewServerBase.at(s) + k, out);
    if (old >= 0) {
        if (const auto it = mRemovedBySite.constFind(old); it != mRemovedBySite.cend()) {
            for (int flat : *it)
                listRemovedServer(flat, out);
        }
    }
}

void SiteMatching::listRemovedSites(QList<ItemChange> &out) const
{
    for (int s = 0; s < int(mOld.sites.size()); ++s) {
        if (mOldSiteToNew.at(s) >= 0)
            continue;
        ItemChange change;
        change.kind = DiffKind::Site;
        change.action = DiffAction::Removed;
        change.id = mOld.sites.at(s).code;
        change.siteIndex = s;
        out.append(change);
        listAddresses(mOld, &mOld.sites.at(s), mNew, nullptr, -1, change.id, mDiff.siteRenames,
                      out);
        for (int flat : mRemovedBySite.value(s))
            listRemovedServer(flat, out);
    }
}

} // namespace diffdetail

namespace {

// Accounts, waivers and attestations: keyed lists with no renames of their own.
template<typename T, typename KeyOf>
void listKeyedItems(DiffKind kind, FieldOwner owner, const char *identityKey, const Plan &oldPlan,
                    const QList<T> &oldItems, const Occurrences &oldIndex, const Plan &newPlan,
                    const QList<T> &newItems, KeyOf keyOf, const PlanDiff &diff,
                    QList<ItemChange> &out)
{
    QList<int> oldToNew(oldItems.size(), -1);
    for (int i = 0; i < int(newItems.size()); ++i) {
        const T &item = newItems.at(i);
        ItemChange change;
        change.kind = kind;
        change.id = keyOf(item, false);
        const int old = takeUnmatched(oldIndex, change.id, oldToNew);
        if (old < 0) {
            change.action = DiffAction::Added;
            out.append(change);
            continue;
        }
        oldToNew[old] = i;
        change.fields = fieldChanges(owner, identityKey, {oldPlan, &oldItems.at(old)},
                                     {newPlan, &item}, diff.siteRenames);
        if (!change.fields.isEmpty())
            out.append(change);
    }
    for (int old = 0; old < int(oldItems.size()); ++old) {
        if (oldToNew.at(old) >= 0)
            continue;
        ItemChange change;
        change.kind = kind;
        change.action = DiffAction::Removed;
        change.id = keyOf(oldItems.at(old), true);
        out.append(change);
    }
}

} // namespace

namespace diffdetail {

void diffFindings(const QList<Finding> &oldFindings, const Occurrences &oldIdsUnrenamed,
                  const QList<Finding> &newFindings, PlanDiff &diff, FindingsPairing *pairing)
{
    const bool renamed = !diff.siteRenames.isEmpty() || !diff.serverRenames.isEmpty();
    Occurrences renamedIds;
    if (renamed) {
        renamedIds = indexBy(oldFindings, [&](const Finding &f) {
            return mappedFindingId(f, diff.siteRenames, diff.serverRenames);
        });
    }
    const Occurrences &oldIds = renamed ? renamedIds : oldIdsUnrenamed;
    QList<int> oldToNew(oldFindings.size(), -1);
    FindingsDelta &delta = diff.findings;
    for (int i = 0; i < int(newFindings.size()); ++i) {
        const Finding &f = newFindings.at(i);
        DeltaFinding entry{f, f.id(), std::nullopt, false};
        const int old = takeUnmatched(oldIds, entry.id, oldToNew);
        if (old < 0) {
            delta.added.append(entry);
            continue;
        }
        oldToNew[old] = i;
        const Finding &before = oldFindings.at(old);
        entry.oldSeverity = before.severity();
        entry.oldWaived = before.waived;
        if (before.severity() != f.severity() || before.waived != f.waived)
            delta.updated.append(entry);
        else
            delta.unchanged.append(entry);
    }
    for (int old = 0; old < int(oldFindings.size()); ++old) {
        if (oldToNew.at(old) >= 0)
            continue;
        const Finding &f = oldFindings.at(old);
        if (pairing)
            pairing->resolvedOld.append(old);
        delta.resolved.append(
            {f, renamed ? mappedFindingId(f, diff.siteRenames, diff.serverRenames) : f.id(),
             f.severity(), f.waived});
    }
    if (pairing)
        pairing->oldIds = oldIds;
}

QList<ItemChange> planChanges(const Plan *old, const Plan *current)
{
    QList<ItemChange> changes;
    static const Plan kNoPlan;
    const Plan &oldPlan = old ? *old : kNoPlan;
    const Plan &newPlan = current ? *current : kNoPlan;

    if (!old || !current) {
        if (old || current) {
            ItemChange change;
            change.kind = DiffKind::Plan;
            change.action = current ? DiffAction::Added : DiffAction::Removed;
            change.id = current ? newPlan.name : oldPlan.name;
            changes.append(change);
        }
    } else {
        ItemChange change;
        change.kind = DiffKind::Plan;
        change.id = newPlan.name;
        change.fields =
            fieldChanges(FieldOwner::Plan, nullptr, {oldPlan, &oldPlan}, {newPlan, &newPlan}, {});
        // The change record is a list of entries; an edited entry is one removed and one added.
        if (oldPlan.changeRecord != newPlan.changeRecord) {
            FieldChange record = listChange(QStringLiteral("document.changeRecord"),
                                            changeRecordTexts(oldPlan.changeRecord),
                                            changeRecordTexts(newPlan.changeRecord));
            if (!record.added.isEmpty() || !record.removed.isEmpty())
                change.fields.append(record);
        }
        if (!change.fields.isEmpty())
            changes.append(change);
    }

    return changes;
}

void listLists(const Plan &oldPlan, const Plan &newPlan, const BaselineIndex &index,
               const PlanDiff &diff, QList<ItemChange> &out)
{
    listKeyedItems(
        DiffKind::Account, FieldOwner::Account, "name", oldPlan, oldPlan.accounts, index.accounts,
        newPlan, newPlan.accounts, [](const Account &a, bool) { return a.name; }, diff, out);
    // Waivers are keyed by their finding id, in NEW's terms: a waiver that only follows a rename
    // is not a change.
    const Occurrences oldWaivers = indexBy(oldPlan.waivers, [&](const Waiver &w) {
        return mapFindingId(w.finding, diff.siteRenames, diff.serverRenames);
    });
    listKeyedItems(
        DiffKind::Waiver, FieldOwner::Waiver, "finding", oldPlan, oldPlan.waivers, oldWaivers,
        newPlan, newPlan.waivers,
        [&](const Waiver &w, bool old) {
            return old ? mapFindingId(w.finding, diff.siteRenames, diff.serverRenames) : w.finding;
        },
        diff, out);
    listKeyedItems(
        DiffKind::Attestation, FieldOwner::Attestation, "item", oldPlan, oldPlan.attestations,
        index.attestations, newPlan, newPlan.attestations,
        [](const Attestation &a, bool) { return a.item; }, diff, out);
}

} // namespace diffdetail

PlanDiff PlanComparer::compare(const Plan *current, const QList<Finding> &currentFindings) const
{
    PlanDiff diff;
    static const Plan kNoPlan;
    const Plan &oldPlan = d->plan ? *d->plan : kNoPlan;
    const Plan &newPlan = current ? *current : kNoPlan;
    diff.changes = diffdetail::planChanges(baseline(), current);
    SiteMatching matching(oldPlan, newPlan, *d, diff);
    matching.match();
    for (int s = 0; s < int(newPlan.sites.size()); ++s)
        matching.listSite(s, diff.changes);
    matching.listRemovedSites(diff.changes);
    diffdetail::listLists(oldPlan, newPlan, *d, diff, diff.changes);
    diffdetail::diffFindings(d->findings, d->findingIds, currentFindings, diff);
    return diff;
}

bool PlanDiff::introduces(std::optional<Severity> threshold) const
{
    if (!threshold)
        return false;
    for (const DeltaFinding &f : findings.added) {
        if (!f.finding.waived && f.finding.severity() <= *threshold)
            return true;
    }
    for (const DeltaFinding &f : findings.updated) {
        const bool worse = (f.oldWaived && !f.finding.waived) ||
                           (f.oldSeverity && f.finding.severity() < *f.oldSeverity);
        if (worse && !f.finding.waived && f.finding.severity() <= *threshold)
            return true;
    }
    return false;
}

PlanDiff diffPlans(const Plan *oldPlan, const QList<Finding> &oldFindings, const Plan *newPlan,
                   const QList<Finding> &newFindings)
{
    const PlanComparer comparer(oldPlan ? std::optional<Plan>(*oldPlan) : std::nullopt,
                                oldFindings);
    return comparer.compare(newPlan, newFindings);
}

QString fieldValueText(const QVariant &value)
{
    if (!value.isValid())
        return QStringLiteral("(not set)");
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QStringList:
        return value.toStringList().join(QLatin1String(", "));
    default:
        return value.toString();
    }
}

} // namespace hierarch
