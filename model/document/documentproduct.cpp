// Switching a plan's product (document.cpp holds the other edits).
#include "document.h"

#include "../boundaries/boundary.h"
#include "undocommands.h"

#include <QCoreApplication>

namespace hierarch {

namespace {

// A site's boundaries as a plan of `product` can hold them: SMS 2003 has neither IP address
// ranges nor IPv6 prefixes, nor a connection per boundary (README "Boundaries").
QVariant boundariesInProduct(const QVariant &value, Product product)
{
    if (product == Product::ConfigMgr2007)
        return value;
    QStringList kept;
    for (const QString &item : value.toStringList()) {
        Boundary boundary;
        if (!parseBoundaryItem(item, Product::ConfigMgr2007, boundary).isEmpty() ||
            boundary.type == BoundaryType::Range || boundary.type == BoundaryType::Ipv6Prefix)
            continue;
        boundary.connection.reset();
        kept << boundaryItemText(boundary);
    }
    return kept.isEmpty() ? QVariant() : QVariant(kept);
}

// What a stated value becomes in a plan of `product`, when the loader would refuse it there:
// unstated for a key of the other product or a release the product never had (SMS 2003 has no
// R2, ConfigMgr 2007 no SP3); a site's boundaries without what the product lacks. Nothing when
// the product can hold the value as it is.
std::optional<QVariant> valueInProduct(const FieldInfo &field, const QVariant &value,
                                       Product product)
{
    if (!value.isValid())
        return std::nullopt;
    if (!field.appliesTo(product))
        return QVariant();
    if (QLatin1String(field.key) == QLatin1String("release") &&
        !releaseNamesOf(product).contains(value.toString()))
        return QVariant();
    if (field.owner == FieldOwner::Site &&
        QLatin1String(field.key) == QLatin1String("boundaries")) {
        QVariant kept = boundariesInProduct(value, product);
        if (kept != value)
            return kept;
    }
    return std::nullopt;
}

} // namespace

QList<Document::ProductSetting> Document::settingsOutsideProduct(Product product) const
{
    QList<ProductSetting> out;
    const auto collect = [&](const FieldTarget &target) {
        for (const FieldInfo &f : fieldsOf(target.owner)) {
            if (auto value = valueInProduct(f, field(target, f), product))
                out.append({target, &f, std::move(*value)});
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
    for (const ProductSetting &setting : stale)
        new SetFieldCommand(this, setting.target, *setting.field, setting.value, false, command);
    push(command);
}

} // namespace hierarch
