#pragma once

#include "document/fields.h"
#include "rules/ruleinfo.h"

#include <QAbstractTableModel>
#include <QHash>

namespace hierarch {

class Document;
struct ChangeEvent;

// One of the plan's lists (accounts, waivers, attestations or the change record) as a table whose
// columns are the owner's FORMAT.md fields. Like the other models it holds no copy of plan data:
// cells read the document, and an edit becomes Document::setField on the entry's index, one undo
// step each.
class ListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum DataRole {
        // The value in force when the cell is not stated (for the editor's "(default: X)").
        DefaultValueRole = Qt::UserRole + 64,
        // Whether the file states the cell's value.
        StatedRole,
    };

    // `owner` is FieldOwner::Account, Waiver, Attestation, ChangeRecord or Address. The addresses
    // of every site are one table whose first column, the site they belong to, is not editable.
    ListModel(Document *document, FieldOwner owner, QObject *parent = nullptr);

    FieldOwner owner() const { return mOwner; }
    // The field of a column; null for the addresses' "From" column.
    const FieldInfo *fieldOf(int column) const;
    const FieldInfo &fieldAt(int column) const;
    // Addresses: the site (id) and the index there of a row's address.
    std::pair<ItemId, int> addressAt(int row) const;
    // The plan's product, which decides the choices its cells offer.
    Product product() const;
    int columnOf(const char *key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int listSize() const;
    int fieldColumn0() const { return mOwner == FieldOwner::Address ? 1 : 0; }
    void indexAddresses();
    const void *entry(int row) const;
    // Inserts, removes or updates the rows an event names (begin* on the AboutTo event, end* on
    // the one after it), so views keep their selection, current cell and scroll position.
    void documentChanged(const ChangeEvent &event);
    void finishPending();
    // The first and last row an event's member (or, for addresses, site) has now; -1 when none.
    std::pair<int, int> rowsOf(const ChangeEvent &event) const;
    // The row a member announced by AboutToAdd will have.
    int insertionRow(const ChangeEvent &event) const;
    void onListChanged();
    // Whether the table shows what the event changed (a member of its list, a site's code).
    bool showsChangesOf(const ChangeEvent &event) const;
    void updateFindings();
    QVariant normalized(const FieldInfo &field, const QVariant &value, bool *ok) const;

    Document *mDocument;
    FieldOwner mOwner;
    int mRows = 0;
    bool mResetting = false;
    enum class Pending { None, Insert, Remove } mPending = Pending::None;
    // Addresses: (site id, address index) per row. By id, so that rows answer for the sites they
    // were announced for while a site added before them is being announced.
    QList<std::pair<ItemId, int>> mAddressRows;
    // Accounts: the worst unwaived severity and the messages of the findings on each name.
    QHash<QString, Severity> mWorst;
    QHash<QString, QStringList> mMessages;
};

} // namespace hierarch
