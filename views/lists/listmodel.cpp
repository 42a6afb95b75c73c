#include "listmodel.h"

#include "document/document.h"
#include "properties/fieldeditor.h"
#include "rules/checklist.h"
#include "theme.h"

#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QPalette>
#include <QPixmap>

namespace hierarch {

namespace {

// The findings the validator attaches to an entry of this list, and the entry's key for them.
std::optional<Scope> findingScope(FieldOwner owner)
{
    switch (owner) {
    case FieldOwner::Account:
        return Scope::Account;
    case FieldOwner::Waiver:
        return Scope::Waiver;
    default:
        return std::nullopt;
    }
}

} // namespace

ListModel::ListModel(Document *document, FieldOwner owner, QObject *parent)
    : QAbstractTableModel(parent), mDocument(document), mOwner(owner)
{
    Q_ASSERT(owner == FieldOwner::Account || owner == FieldOwner::Waiver ||
             owner == FieldOwner::Attestation || owner == FieldOwner::ChangeRecord ||
             owner == FieldOwner::Address);
    indexAddresses();
    mRows = listSize();
    updateFindings();

    const bool findings = findingScope(owner).has_value();
    connect(document, &Document::changed, this, [this, findings](const ChangeEvent &event) {
        using Type = ChangeEvent::Type;
        if (event.type == Type::AboutToReset) {
            mResetting = true;
            beginResetModel();
        } else if (event.type == Type::Reset) {
            indexAddresses();
            mRows = listSize();
            mResetting = false;
            endResetModel();
        } else if (event.item == ChangeItem::Findings) {
            if (!findings)
                return;
            updateFindings();
            if (mRows > 0 && !mResetting)
                emit dataChanged(index(0, 0), index(mRows - 1, 0),
                                 {Qt::DecorationRole, Qt::ToolTipRole});
        } else if (showsChangesOf(event)) {
            documentChanged(event);
        }
    });
}

std::pair<int, int> ListModel::rowsOf(const ChangeEvent &event) const
{
    if (mOwner != FieldOwner::Address)
        return {event.index, event.index};
    // Addresses: the rows of one site's addresses, or of one of them.
    const ItemId site = event.item == ChangeItem::Site ? event.id : event.site;
    int first = -1;
    int last = -2;
    for (int row = 0; row < mAddressRows.size(); ++row) {
        const auto [s, a] = mAddressRows.at(row);
        if (s != site || (event.item == ChangeItem::Address && a != event.index))
            continue;
        if (first < 0)
            first = row;
        last = row;
    }
    return {first, last};
}

int ListModel::insertionRow(const ChangeEvent &event) const
{
    if (mOwner != FieldOwner::Address)
        return event.index;
    // Before the first address of a later site, or of this site at or after the new index.
    const int site = mDocument->siteIndex(event.site);
    for (int row = 0; row < mAddressRows.size(); ++row) {
        const auto [s, a] = mAddressRows.at(row);
        const int position = mDocument->siteIndex(s);
        if (position > site || (position == site && a >= event.index))
            return row;
    }
    return int(mAddressRows.size());
}

void ListModel::documentChanged(const ChangeEvent &event)
{
    using Type = ChangeEvent::Type;
    const bool member = event.item == ChangeEvent::itemOf(mOwner);
    if (mResetting || (member && event.index < 0)) {
        if (!event.isAboutTo())
            onListChanged();
        return;
    }
    // Addresses: a site added or removed brings or takes its addresses' rows; a site put back as
    // a whole starts the table over; a new code updates the From column.
    if (mOwner == FieldOwner::Address && event.item == ChangeItem::Site) {
        if (event.type == Type::AboutToRemove) {
            const auto [first, last] = rowsOf(event);
            if (first >= 0) {
                beginRemoveRows({}, first, last);
                mPending = Pending::Remove;
            }
        } else if (event.type == Type::Removed) {
            finishPending();
        } else if (event.type == Type::Added) {
            // The new site's rows go after the rows of the sites before it. The rows are announced
            // now that the site is in the plan (its addresses are not known before); until
            // endInsertRows() the table still answers from the rows it had.
            const Site *site = mDocument->site(event.id);
            const int count = site ? int(site->addresses.size()) : 0;
            if (count > 0) {
                const int siteIndex = mDocument->siteIndex(event.id);
                int row = 0;
                while (row < mAddressRows.size() &&
                       mDocument->siteIndex(mAddressRows.at(row).first) < siteIndex)
                    ++row;
                beginInsertRows({}, row, row + count - 1);
                mPending = Pending::Insert;
            }
            finishPending();
        } else if (event.type == Type::Changed && !event.field) {
            onListChanged(); // the whole site was put back (its addresses with it)
        } else if (event.type == Type::Changed) {
            // A new code shows in the From column of its addresses.
            const auto [first, last] = rowsOf(event);
            if (first >= 0)
                emit dataChanged(index(first, 0), index(last, 0));
        }
        return;
    }
    switch (event.type) {
    case Type::AboutToAdd: {
        const int row = insertionRow(event);
        beginInsertRows({}, row, row);
        mPending = Pending::Insert;
        break;
    }
    case Type::AboutToRemove: {
        const auto [first, last] = rowsOf(event);
        if (first < 0)
            return;
        beginRemoveRows({}, first, last);
        mPending = Pending::Remove;
        break;
    }
    case Type::Added:
    case Type::Removed:
        finishPending();
        break;
    case Type::Changed: {
        // An edit in place: keep the views' current cell, selection and open editors.
        const auto [first, last] = rowsOf(event);
        if (first >= 0)
            emit dataChanged(index(first, 0), index(last, columnCount() - 1));
        break;
    }
    default:
        break;
    }
}

void ListModel::finishPending()
{
    indexAddresses();
    mRows = listSize();
    const Pending pending = std::exchange(mPending, Pending::None);
    if (pending == Pending::Insert)
        endInsertRows();
    else if (pending == Pending::Remove)
        endRemoveRows();
}

bool ListModel::showsChangesOf(const ChangeEvent &event) const
{
    if (event.item == ChangeEvent::itemOf(mOwner))
        return true;
    // The address table lists the addresses of every site, under the site's current code.
    return mOwner == FieldOwner::Address && event.item == ChangeItem::Site &&
           (event.type != ChangeEvent::Type::Changed || !event.field ||
            event.isFieldEdit(ChangeItem::Site, "code"));
}

Product ListModel::product() const
{
    return mDocument->plan().product;
}

const FieldInfo *ListModel::fieldOf(int column) const
{
    const int c = column - fieldColumn0();
    const QList<FieldInfo> &fields = fieldsOf(mOwner);
    return c >= 0 && c < fields.size() ? &fields.at(c) : nullptr;
}

const FieldInfo &ListModel::fieldAt(int column) const
{
    return fieldsOf(mOwner).at(std::max(0, column - fieldColumn0()));
}

void ListModel::indexAddresses()
{
    mAddressRows.clear();
    if (mOwner != FieldOwner::Address)
        return;
    const QList<Site> &sites = mDocument->plan().sites;
    for (const Site &site : sites) {
        for (int a = 0; a < int(site.addresses.size()); ++a)
            mAddressRows.append({site.uid, a});
    }
}

std::pair<ItemId, int> ListModel::addressAt(int row) const
{
    if (mOwner != FieldOwner::Address || row < 0 || row >= mAddressRows.size())
        return {0, -1};
    const auto [site, address] = mAddressRows.at(row);
    const Site *data = mDocument->site(site);
    if (!data || address >= data->addresses.size())
        return {0, -1};
    return {site, address};
}

int ListModel::columnOf(const char *key) const
{
    const QList<FieldInfo> &fields = fieldsOf(mOwner);
    for (int c = 0; c < int(fields.size()); ++c) {
        if (qstrcmp(fields.at(c).key, key) == 0)
            return c + fieldColumn0();
    }
    return -1;
}

int ListModel::listSize() const
{
    const Plan &plan = mDocument->plan();
    switch (mOwner) {
    case FieldOwner::Account:
        return int(plan.accounts.size());
    case FieldOwner::Waiver:
        return int(plan.waivers.size());
    case FieldOwner::ChangeRecord:
        return int(plan.changeRecord.size());
    case FieldOwner::Address:
        return int(mAddressRows.size());
    default:
        return int(plan.attestations.size());
    }
}

const void *ListModel::entry(int row) const
{
    // The plan may already hold the new list while a view still asks about the old rows (the
    // document announces list changes after making them), so rows are checked against both.
    if (row < 0 || row >= mRows || row >= listSize())
        return nullptr;
    const Plan &plan = mDocument->plan();
    switch (mOwner) {
    case FieldOwner::Account:
        return &plan.accounts.at(row);
    case FieldOwner::Waiver:
        return &plan.waivers.at(row);
    case FieldOwner::ChangeRecord:
        return &plan.changeRecord.at(row);
    case FieldOwner::Address: {
        const auto [site, address] = mAddressRows.at(row);
        const Site *data = mDocument->site(site);
        if (!data || address >= data->addresses.size())
            return nullptr;
        return &data->addresses.at(address);
    }
    default:
        return &plan.attestations.at(row);
    }
}

void ListModel::onListChanged()
{
    // A change that names no row: the table starts over.
    beginResetModel();
    indexAddresses();
    mRows = listSize();
    endResetModel();
}

void ListModel::updateFindings()
{
    mWorst.clear();
    mMessages.clear();
    const std::optional<Scope> scope = findingScope(mOwner);
    if (!scope)
        return;
    for (const Finding &f : mDocument->findings()) {
        if (f.kind != *scope || f.waived)
            continue;
        const auto it = mWorst.constFind(f.subject);
        if (it == mWorst.cend() || int(f.severity()) < int(*it))
            mWorst.insert(f.subject, f.severity());
        mMessages[f.subject].append(f.translatedMessage());
    }
}

int ListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : mRows;
}

int ListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(fieldsOf(mOwner).size()) + fieldColumn0();
}

QVariant ListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const void *object = entry(index.row());
    if (!object)
        return {};
    if (!fieldOf(index.column())) {
        // The addresses' "From": the code of the site the address belongs to.
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
            if (const Site *site = mDocument->site(mAddressRows.at(index.row()).first))
                return site->code;
            return {};
        }
        return {};
    }
    const FieldInfo &field = fieldAt(index.column());
    const QVariant value = field.get(object);
    const auto defaultValue = [&] {
        return field.defaultValue(mDocument->plan(), object);
    };
    // Accounts and waivers are keyed by their first column (name, finding id).
    const QString key = findingScope(mOwner) ? fieldAt(0).get(object).toString() : QString();

    switch (role) {
    case Qt::DisplayRole:
        return FieldEditor::displayText(field, value.isValid() ? value : defaultValue());
    case Qt::EditRole:
        return value;
    case DefaultValueRole:
        return defaultValue();
    case StatedRole:
        return value.isValid();
    case Qt::FontRole:
        if (!value.isValid()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        // Assumed values read like placeholders: what the author did not decide stands out.
        if (!value.isValid())
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::DecorationRole:
        if (index.column() == 0 && findingScope(mOwner)) {
            if (const auto it = mWorst.constFind(key); it != mWorst.cend())
                return severityIcon(*it);
            // An empty icon of the same size keeps the names of all rows aligned.
            static const QIcon blank = [] {
                QPixmap pixmap(16, 16);
                pixmap.fill(Qt::transparent);
                return QIcon(pixmap);
            }();
            return blank;
        }
        return {};
    case Qt::ToolTipRole: {
        QString text;
        if (mOwner == FieldOwner::Attestation && qstrcmp(field.key, "item") == 0) {
            const ChecklistItem *item = findChecklistItem(value.toString());
            text = item ? checklistText(item->title) : tr("Unknown checklist item");
        } else {
            text = FieldEditor::displayText(field, value.isValid() ? value : defaultValue());
            if (!value.isValid() && !text.isEmpty())
                text = tr("%1 (not stated; the default)").arg(text);
        }
        if (index.column() == 0 && mMessages.contains(key))
            text += QLatin1Char('\n') + mMessages.value(key).join(QLatin1Char('\n'));
        return FieldEditor::tooltipHtml(text);
    }
    case Qt::AccessibleTextRole:
        return FieldEditor::displayText(field, value.isValid() ? value : defaultValue());
    }
    return {};
}

QVariant ListModel::normalized(const FieldInfo &field, const QVariant &value, bool *ok) const
{
    *ok = true;
    if (!value.isValid() || (value.typeId() == QMetaType::QString && value.toString().isEmpty() &&
                             field.type != FieldType::TextList)) {
        *ok = !field.required;
        return {};
    }
    switch (field.type) {
    case FieldType::Text:
        return value.toString();
    case FieldType::TextList: {
        QStringList items = value.typeId() == QMetaType::QStringList
                                ? value.toStringList()
                                : value.toString().split(QLatin1Char(','));
        QStringList clean;
        for (const QString &item : items) {
            if (!item.trimmed().isEmpty())
                clean << item.trimmed();
        }
        if (clean.isEmpty() && !field.required)
            return {};
        *ok = !clean.isEmpty();
        if (field.owner == FieldOwner::Address && qstrcmp(field.key, "schedule") == 0) {
            for (const QString &window : std::as_const(clean))
                *ok = *ok && isScheduleWindow(window);
        }
        return clean;
    }
    case FieldType::Bool:
        return value.toBool();
    case FieldType::Count: {
        const int n = value.toInt(ok);
        *ok = *ok && n >= 0;
        // Site addresses: what the loader accepts (a percentage; a link of some bandwidth).
        if (field.owner == FieldOwner::Address && qstrcmp(field.key, "rateLimit") == 0)
            *ok = *ok && n >= 1 && n <= 100;
        if (field.owner == FieldOwner::Address && qstrcmp(field.key, "bandwidth") == 0)
            *ok = *ok && n >= 1;
        return n;
    }
    case FieldType::Enum:
        *ok = field.enumValues && field.enumValues().contains(value.toString());
        return value.toString();
    case FieldType::Date: {
        const QDate date = value.toDate();
        *ok = date.isValid();
        return date;
    }
    }
    return value;
}

bool ListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() ||
        !checkIndex(index, CheckIndexOption::ParentIsInvalid) || !entry(index.row()))
        return false;
    const FieldInfo *field = fieldOf(index.column());
    if (!field)
        return false;
    bool ok = false;
    const QVariant v = normalized(*field, value, &ok);
    if (!ok)
        return false;
    if (mOwner == FieldOwner::Address) {
        const auto [site, address] = addressAt(index.row());
        mDocument->setField({mOwner, site, address}, *field, v);
        return true;
    }
    mDocument->setField({mOwner, 0, index.row()}, *field, v);
    return true;
}

Qt::ItemFlags ListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (!fieldOf(index.column()))
        return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QVariant ListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (!fieldOf(section)) {
        if (role == Qt::DisplayRole)
            return tr("From");
        if (role == Qt::ToolTipRole)
            return FieldEditor::tooltipHtml(tr("The site the address belongs to."));
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const FieldInfo &field = fieldAt(section);
    switch (role) {
    case Qt::DisplayRole:
        return field.displayLabel();
    case Qt::ToolTipRole:
        return FieldEditor::tooltipHtml(field.displayTooltip());
    }
    return {};
}

} // namespace hierarch
