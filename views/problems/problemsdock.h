#pragma once

#include <QDockWidget>

class QLineEdit;
class QSplitter;
class QTableView;
class QToolButton;

namespace hierarch {

class Document;
class ExplainPanel;
class ProblemsFilter;
class ProblemsModel;
class Selection;

// The Problems dock: every finding with severity and text filters, an Explain panel for the
// selected rule, and Waive / Remove waiver in the context menu. Activating a row selects its
// subject and asks for it to be shown.
class ProblemsDock : public QDockWidget
{
    Q_OBJECT

public:
    ProblemsDock(Document *document, Selection *selection, QWidget *parent = nullptr);

    ProblemsModel *problemsModel() const;
    ProblemsFilter *filterModel() const { return mFilter; }
    QTableView *tableView() const { return mView; }
    ExplainPanel *explainPanel() const { return mExplain; }

    // The finding of the current row ("rule@subject"), or empty.
    QString currentFindingId() const;
    // Makes the finding the current, selected row; false when it is not listed (filtered out
    // or not reported).
    bool selectFinding(const QString &findingId);

signals:
    // The user activated a finding whose subject is a site or server with this id.
    void showItem(quint64 id);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void activate(const QModelIndex &index);
    void showContextMenu(const QPoint &pos);
    void waive(const QString &findingId);
    void updateCounts();
    void fitColumns();

    Document *mDocument;
    Selection *mSelection;
    ProblemsModel *mModel;
    ProblemsFilter *mFilter;
    QTableView *mView;
    QSplitter *mSplitter = nullptr;
    ExplainPanel *mExplain;
    QToolButton *mSeverityButtons[3];
    QToolButton *mWaivedButton;
    QLineEdit *mSearch;
    QString mCurrentId; // the current finding, kept across model resets
    int mRestoreScroll = 0;
    bool mUpdatingRows = false; // between ProblemsModel::rowsAboutToUpdate and rowsUpdated
};

} // namespace hierarch
