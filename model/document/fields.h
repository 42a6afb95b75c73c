#pragma once

#include "plan.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace hierarch {

// The kinds of object whose fields the editor edits.
enum class FieldOwner {
    Plan,
    Site,
    Server,
    Role,
    Account,
    Waiver,
    Attestation,
    ChangeRecord,
    Address // an item of a site's `addresses` (README "Site addresses and senders")
};

enum class FieldType {
    Text,     // QString
    TextList, // QStringList, edited as comma-separated text
    Bool,
    Count, // int >= 0
    Enum,  // QString holding the file spelling
    Date   // QDate
};

// One key of FORMAT.md as the editor sees it: how to read and write it on its object, what it
// means, which rules it feeds. A field value travels as a QVariant; an invalid QVariant means "not
// stated" (the FORMAT.md default applies). The Properties panel builds its widgets from these
// tables and every field edit goes through the same undo command.
struct FieldInfo
{
    FieldOwner owner;
    const char *key;     // FORMAT.md key, e.g. "clientMode" or "sql.authentication"
    const char *label;   // untranslated, context "hierarch::Fields"
    const char *tooltip; // what it means, untranslated, context "hierarch::Fields"
    const char *rules;   // ids of the rules the field feeds, comma separated (may be empty)
    FieldType type;
    bool required;                  // cannot be unstated (name, code, ...)
    std::optional<Product> product; // only in plans of this product
    QStringList (*enumValues)();
    QVariant (*get)(const void *object);
    void (*set)(void *object, const QVariant &value);
    // The value in force when the field is not stated, for display; may depend on the plan.
    QVariant (*defaultValue)(const Plan &plan, const void *object);

    QString displayLabel() const;
    QString displayTooltip() const;
    bool appliesTo(Product p) const { return !product || *product == p; }
};

// The fields of an owner in FORMAT.md order.
const QList<FieldInfo> &fieldsOf(FieldOwner owner);
const FieldInfo *findField(FieldOwner owner, QStringView key);

// The values the editor offers for an enum field in a plan of this product: all of them, except
// that account types are those of the product (FORMAT.md "Account types"). A value of the other
// product still loads and is shown where it is used.
QStringList enumValuesIn(const FieldInfo &field, Product product);

// How the editor shows an enum value: the products and operating systems by their names
// ("Configuration Manager 2007", "Windows Server 2003 SP2"); other values as the file spells them.
QString enumValueLabel(const QString &value);

// Server fields that describe the machine rather than product settings: FORMAT.md lets them
// default to the compliant value and the report lists them as assumptions when unstated.
bool isServerFact(const FieldInfo &field);

} // namespace hierarch
