#pragma once

#include <QDockWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace hierarch {

class ChangesModel;
class Comparison;
class Document;
class Selection;

// The Changes dock of compare mode: what NEW changes against the baseline and the findings delta,
// with a filter by kind of entry. Activating a row selects its site or server and asks for it
// to be shown.
class ChangesDock : public QDockWidget
{
    Q_OBJECT

public:
    ChangesDock(Document *document, Selection *selection, QWidget *parent = nullptr);

    // Shows this comparison (null: compare mode ended).
    void setComparison(Comparison *comparison);

    QTableView *tableView() const { return mView; }
    QComboBox *filterBox() const { return mFilterBox; }
    // The visible rows' texts, column by column joined with " | "; for tests.
    QStringList visibleRows() const;

signals:
    void showItem(quint64 id);

private:
    void activate(const QModelIndex &index);
    void applyFilter();
    void updateSummary();

    Document *mDocument;
    Selection *mSelection;
    Comparison *mComparison = nullptr;
    ChangesModel *mModel = nullptr;
    QSortFilterProxyModel *mFilter;
    QLabel *mSummary;
    QComboBox *mFilterBox;
    QTableView *mView;
};

} // namespace hierarch
