#include "changeevent.h"

namespace hierarch {

// itemOf() and target() convert by value: the first items are FieldOwner's, in its order.
static_assert(int(ChangeItem::Plan) == int(FieldOwner::Plan) &&
              int(ChangeItem::Site) == int(FieldOwner::Site) &&
              int(ChangeItem::Server) == int(FieldOwner::Server) &&
              int(ChangeItem::Role) == int(FieldOwner::Role) &&
              int(ChangeItem::Account) == int(FieldOwner::Account) &&
              int(ChangeItem::Waiver) == int(FieldOwner::Waiver) &&
              int(ChangeItem::Attestation) == int(FieldOwner::Attestation) &&
              int(ChangeItem::ChangeRecord) == int(FieldOwner::ChangeRecord) &&
              int(ChangeItem::Address) == int(FieldOwner::Address));

FieldTarget ChangeEvent::target() const
{
    if (item == ChangeItem::Diagram || item == ChangeItem::Findings)
        return {};
    return {FieldOwner(int(item)), id, item == ChangeItem::Site ? -1 : index};
}

QString describe(const ChangeEvent &event)
{
    static const char *const types[] = {"AboutToReset",  "Reset",   "AboutToAdd", "Added",
                                        "AboutToRemove", "Removed", "Changed"};
    static const char *const items[] = {"Plan",    "Site",    "Server",      "Role",
                                        "Account", "Waiver",  "Attestation", "ChangeRecord",
                                        "Address", "Diagram", "Findings"};
    QString out =
        QStringLiteral("%1 %2 %3 [%4]")
            .arg(QLatin1String(types[int(event.type)]), QLatin1String(items[int(event.item)]))
            .arg(event.id)
            .arg(event.index);
    if (event.site && event.site != event.id)
        out += QStringLiteral(" in %1").arg(event.site);
    if (event.field)
        out += QLatin1Char(' ') + QLatin1String(event.field->key);
    return out;
}

} // namespace hierarch
