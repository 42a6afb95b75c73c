#include "changesmodel.h"

#include "comparison.h"
#include "fields.h"

#include <QCoreApplication>

namespace hierarch {

namespace {

struct ChangesText
{
    Q_DECLARE_TR_FUNCTIONS(hierarch::Changes)
};

FieldOwner ownerOf(DiffKind kind)
{
    switch (kind) {
    case DiffKind::Plan:
        return FieldOwner::Plan;
    case DiffKind::Site:
        return FieldOwner::Site;
    case DiffKind::Server:
        return FieldOwner::Server;
    case DiffKind::Address:
        return FieldOwner::Address;
    case DiffKind::Account:
        return FieldOwner::Account;
    case DiffKind::Waiver:
        return FieldOwner::Waiver;
    case DiffKind::Attestation:
        break;
    }
    return FieldOwner::Attestation;
}

QString kindText(DiffKind kind)
{
    switch (kind) {
    case DiffKind::Plan:
        return ChangesText::tr("Plan");
    case DiffKind::Site:
        return ChangesText::tr("Site");
    case DiffKind::Server:
        return ChangesText::tr("Server");
    case DiffKind::Address:
        return ChangesText::tr("Address");
    case DiffKind::Account:
        return ChangesText::tr("Account");
    case DiffKind::Waiver:
        return ChangesText::tr("Waiver");
    case DiffKind::Attestation:
        break;
    }
    return ChangesText::tr("Attestation");
}

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return ChangesText::tr("error");
    case Severity::Warning:
        return ChangesText::tr("warning");
    case Severity::Info:
        break;
    }
    return ChangesText::tr("info");
}

QString valueText(const QVariant &value)
{
    if (!value.isValid())
        return ChangesText::tr("(not set)");
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? ChangesText::tr("yes") : ChangesText::tr("no");
    if (value.typeId() == QMetaType::QString)
        return enumValueLabel(value.toString());
    return fieldValueText(value);
}

QString fieldLabel(DiffKind kind, const QString &key)
{
    if (key == QLatin1String("roles"))
        return ChangesText::tr("Roles");
    if (key == QLatin1String("document.changeRecord"))
        return ChangesText::tr("Change record");
    const FieldInfo *field = findField(ownerOf(kind), key);
    return field ? field->displayLabel() : key;
}

} // namespace

ChangesModel::ChangesModel(Comparison *comparison, QObject *parent)
    : QAbstractTableModel(parent), mComparison(comparison)
{
    auto count = [this] {
        const PlanDiff &diff = mComparison->diff();
        return int(diff.changes.size() + diff.findings.added.size() +
                   diff.findings.resolved.size() + diff.findings.updated.size());
    };
    mRows = count();
    connect(comparison, &Comparison::changed, this, [this, count] {
        beginResetModel();
        mRows = count();
        endResetModel();
    });
}

int ChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : mRows;
}

int ChangesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChangesModel::actionText(const ItemChange &change)
{
    switch (change.action) {
    case DiffAction::Added:
        return ChangesText::tr("+ Added");
    case DiffAction::Removed:
        return ChangesText::tr("− Removed");
    case DiffAction::Changed:
        return ChangesText::tr("~ Changed");
    case DiffAction::Renamed:
        return ChangesText::tr("> Renamed");
    case DiffAction::Moved:
        break;
    }
    return ChangesText::tr("> Moved");
}

QString ChangesModel::itemText(const ItemChange &change)
{
    if (change.kind == DiffKind::Address)
        return ChangesText::tr("Address %1 → %2").arg(change.site, change.id);
    QString item = change.action == DiffAction::Renamed
                       ? ChangesText::tr("%1 → %2").arg(change.oldId, change.id)
                       : change.id;
    return kindText(change.kind) + QLatin1Char(' ') + item;
}

QString ChangesModel::detailsText(const ItemChange &change)
{
    QStringList parts;
    if (change.action == DiffAction::Moved)
        parts << ChangesText::tr("site %1 → %2").arg(change.oldSite, change.site);
    else if (change.kind == DiffKind::Server)
        parts << ChangesText::tr("site %1").arg(change.site);
    else if (change.kind == DiffKind::Address)
        parts << ChangesText::tr("sender %1").arg(enumValueLabel(change.sender));
    for (const FieldChange &field : change.fields) {
        const QString label = fieldLabel(change.kind, field.field);
        if (field.isList) {
            QStringList items;
            for (const QString &added : field.added)
                items << QLatin1Char('+') + added;
            for (const QString &removed : field.removed)
                items << QChar(0x2212) + removed;
            parts << label + QStringLiteral(": ") + items.join(QLatin1String(", "));
        } else {
            parts << ChangesText::tr("%1: %2 → %3")
                         .arg(label, valueText(field.oldValue), valueText(field.newValue));
        }
    }
    return parts.join(QLatin1String("; "));
}

QVariant ChangesModel::changeData(const ItemChange &change, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (column == ActionColumn)
            return actionText(change);
        if (column == ItemColumn)
            return itemText(change);
        return detailsText(change);
    case ItemIdRole:
        return QVariant::fromValue(mComparison->itemFor(change));
    case EntryRole:
        return int(StructuralChange);
    case SearchTextRole:
        return actionText(change) + QLatin1Char(' ') + itemText(change) + QLatin1Char(' ') +
               detailsText(change);
    default:
        return {};
    }
}

QVariant ChangesModel::findingData(const DeltaFinding &entry, Entry kind, int column,
                                   int role) const
{
    const Finding &f = entry.finding;
    auto action = [&] {
        const QString severity = severityText(f.severity());
        switch (kind) {
        case NewFinding:
            return ChangesText::tr("+ New %1").arg(severity);
        case ResolvedFinding:
            return ChangesText::tr("− Resolved %1").arg(severity);
        default:
            break;
        }
        if (entry.oldWaived != f.waived)
            return f.waived ? ChangesText::tr("~ Now waived %1").arg(severity)
                            : ChangesText::tr("~ No longer waived %1").arg(severity);
        return ChangesText::tr("~ Updated %1").arg(severity);
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (column == ActionColumn)
            return action();
        if (column == ItemColumn)
            return entry.id;
        return f.translatedMessage();
    case ItemIdRole:
        return QVariant::fromValue(kind == ResolvedFinding ? ItemId(0) : mComparison->itemFor(f));
    case EntryRole:
        return int(kind);
    case FindingIdRole:
        return entry.id;
    case SearchTextRole:
        return action() + QLatin1Char(' ') + entry.id + QLatin1Char(' ') + f.translatedMessage();
    default:
        return {};
    }
}

QVariant ChangesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mRows)
        return {};
    const PlanDiff &diff = mComparison->diff();
    qsizetype row = index.row();
    if (row < diff.changes.size())
        return changeData(diff.changes.at(row), index.column(), role);
    row -= diff.changes.size();
    const FindingsDelta &delta = diff.findings;
    if (row < delta.added.size())
        return findingData(delta.added.at(row), NewFinding, index.column(), role);
    row -= delta.added.size();
    if (row < delta.resolved.size())
        return findingData(delta.resolved.at(row), ResolvedFinding, index.column(), role);
    row -= delta.resolved.size();
    return findingData(delta.updated.at(row), UpdatedFinding, index.column(), role);
}

QVariant ChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ActionColumn:
        return ChangesText::tr("Change");
    case ItemColumn:
        return ChangesText::tr("Item");
    case DetailsColumn:
        return ChangesText::tr("Details");
    default:
        return {};
    }
}

} // namespace hierarch
