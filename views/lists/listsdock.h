#pragma once

#include <QDockWidget>

class QPushButton;
class QTabWidget;
class QTableView;

namespace hierarch {

class Document;
class ListModel;
class Selection;

// The Accounts, Waivers, Attestations, Change record and Addresses tables in one tabbed dock,
// edited in place; every edit, addition and removal is an undoable document command.
class ListsDock : public QDockWidget
{
    Q_OBJECT

public:
    ListsDock(Document *document, Selection *selection, QWidget *parent = nullptr);

    enum Page {
        AccountsPage,
        WaiversPage,
        AttestationsPage,
        ChangeRecordPage,
        AddressesPage, // the addresses of every site (README "Site addresses and senders")
        PageCount
    };
    void showPage(Page page);

    // Adds an entry with sensible defaults (accounts, attestations, revisions: the next version,
    // today, the plan's author) or, for waivers, opens a dialog asking for the finding and the
    // justification first. `findingId` preselects the
    // finding to waive.
    void addEntry(Page page, const QString &findingId = QString());
    // Removes the entries selected in the page's table.
    void removeSelected(Page page);

    QTableView *table(Page page) const { return mPages[page].view; }
    ListModel *model(Page page) const { return mPages[page].model; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct PageWidgets
    {
        ListModel *model = nullptr;
        QTableView *view = nullptr;
        QPushButton *add = nullptr;
        QPushButton *remove = nullptr;
    };

    void createPage(Page page);
    void selectRow(Page page, int row, bool edit);
    void onTableSelectionChanged(Page page);
    void onSelectionChanged(const QObject *source);
    void updatePages();
    void fitColumns(Page page);
    QString firstUnattestedItem() const;
    void addAddress();

    Document *mDocument;
    Selection *mSelection;
    QTabWidget *mTabs;
    PageWidgets mPages[PageCount];
    bool mSyncing = false;
};

} // namespace hierarch
