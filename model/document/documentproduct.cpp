// Switching a plan's product (document.cpp holds the other edits).
#include "document.h"

#include "livevalidator.h"
#include "undocommands.h"

#include <QCoreApplication>

namespace hierarch {

namespace {

// A stated value the loader refuses in a plan of `product`: a key that belongs to the other
// product, or a release the product never had (SMS 2003 has no R2, ConfigMgr 2007 no SP3).
bool outsideProduct(const FieldInfo &field, const QVariant &value, Product product)
{
    if (!value.isValid())
        return false;
    if (!field.appliesTo(product))
        return true;
    if (QLatin1String(field.key) == QLatin1String("release"))
        return !releaseNamesOf(product).contains(value.toString());
    return false;
}

} // namespace

QList<std::pair<FieldTarget, const FieldInfo *>>
Document::settingsOutsideProduct(Product product) const
{
    QList<std::pair<FieldTarget, const FieldInfo *>> out;
    const auto collect = [&](const FieldTarget &target) {
        for (const FieldInfo &f : fieldsOf(target.owner)) {
            if (outsideProduct(f, field(target, f), product))
                out.append({target, &f});
        }
    };
    collect({FieldOwner::Plan, 0, -1});
    for (const Site &s : mPlan.sites) {
        collect({FieldOwner::Site, s.uid, -1});
        for (const Server &server : s.servers) {
            collect({FieldOwner::Server, server.uid, -1});
            for (int r = 0; r < int(server.roles.size()); ++r)
                collect({FieldOwner::Role, server.uid, r});
        }
    }
    for (int a = 0; a < int(mPlan.accounts.size()); ++a)
        collect({FieldOwner::Account, 0, a});
    return out;
}

// One undo step: the product and the settings it cannot hold, so that the saved file loads
// again and Undo brings the settings back with the old product.
void Document::changeProduct(const FieldInfo &productField, const QVariant &value)
{
    const auto product = enumFromName<Product>(value.toString());
    if (!product || *product == mPlan.product)
        return;
    const auto stale = settingsOutsideProduct(*product);
    auto *command = new QUndoCommand(
        stale.isEmpty()
            ? commandText(QT_TRANSLATE_NOOP("hierarch::Commands", "Change Product to %1"))
                  .arg(enumValueLabel(value.toString()))
            : QCoreApplication::translate("hierarch::Commands",
                                          "Change Product to %1 (clears %n setting(s) of %2)",
                                          nullptr, int(stale.size()))
                  .arg(enumValueLabel(value.toString()),
                       enumValueLabel(enumString(mPlan.product))));
    new SetFieldCommand(this, {FieldOwner::Plan, 0, -1}, productField, value, false, command);
    for (const auto &[target, field] : stale)
        new SetFieldCommand(this, target, *field, QVariant(), false, command);
    push(command);
}

// Undo of a `pki` key puts back the whole map (SetFieldCommand), like `sql` on servers.
void Document::applySetSitePki(ItemId siteId, const std::optional<PkiSettings> &pki)
{
    const int index = siteIndex(siteId);
    if (index < 0)
        return;
    mPlan.sites[index].pki = pki;
    beginFindingsUpdate([&] { mLive->siteChanged(index); });
    emit siteChanged(siteId);
    emit findingsChanged();
}

} // namespace hierarch
