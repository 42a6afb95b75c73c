#include "problemsdock.h"

#include "document/document.h"
#include "document/problemsmodel.h"
#include "explainpanel.h"
#include "finding.h"
#include "findingactions.h"
#include "problemsfilter.h"
#include "selection.h"
#include "theme.h"
#include "waivedialog.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace hierarch {

ProblemsDock::ProblemsDock(Document *document, Selection *selection, QWidget *parent)
    : QDockWidget(tr("Problems"), parent), mDocument(document), mSelection(selection),
      mModel(new ProblemsModel(document, this)), mFilter(new ProblemsFilter(this)),
      mView(new QTableView), mExplain(new ExplainPanel(document)), mWaivedButton(new QToolButton),
      mSearch(new QLineEdit)
{
    setObjectName(QStringLiteral("ProblemsDock"));
    mFilter->setSourceModel(mModel);

    // --- filter bar ------------------------------------------------------------------------
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 4, 4, 0);
    bar->setSpacing(2);
    const char *const severityNames[] = {"errors", "warnings", "info"};
    for (int s = 0; s < 3; ++s) {
        auto *button = new QToolButton;
        button->setObjectName(QLatin1String(severityNames[s]) + QLatin1String("Button"));
        button->setCheckable(true);
        button->setChecked(true);
        button->setAutoRaise(false); // a raised button when off, sunken when on
        button->setIcon(severityIcon(Severity(s)));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        connect(button, &QToolButton::toggled, this,
                [this, s](bool on) { mFilter->setShowSeverity(Severity(s), on); });
        mSeverityButtons[s] = button;
        bar->addWidget(button);
    }
    mSeverityButtons[0]->setToolTip(tr("Show errors"));
    mSeverityButtons[1]->setToolTip(tr("Show warnings"));
    mSeverityButtons[2]->setToolTip(tr("Show information findings"));
    mWaivedButton->setObjectName(QStringLiteral("waivedButton"));
    mWaivedButton->setCheckable(true);
    mWaivedButton->setChecked(mFilter->showsWaived());
    mWaivedButton->setAutoRaise(false);
    mWaivedButton->setToolTip(tr("Show findings accepted by a waiver"));
    connect(mWaivedButton, &QToolButton::toggled, mFilter, &ProblemsFilter::setShowWaived);
    bar->addSpacing(8);
    bar->addWidget(mWaivedButton);
    bar->addSpacing(8);
    mSearch->setObjectName(QStringLiteral("filterEdit"));
    mSearch->setAccessibleName(tr("Filter findings"));
    mSearch->setPlaceholderText(tr("Filter by rule, subject, site or message"));
    mSearch->setClearButtonEnabled(true);
    connect(mSearch, &QLineEdit::textChanged, mFilter, &ProblemsFilter::setText);
    bar->addWidget(mSearch, 1);

    // --- table -----------------------------------------------------------------------------
    mView->setObjectName(QStringLiteral("problemsView"));
    mView->setAccessibleName(tr("Findings"));
    mView->setAccessibleDescription(tr("Enter shows the subject of the finding; the Menu key "
                                       "offers to waive it"));
    mView->setModel(mFilter);
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setSelectionMode(QAbstractItemView::SingleSelection);
    mView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mView->setAlternatingRowColors(true);
    mView->setShowGrid(false);
    mView->setWordWrap(false);
    mView->setTextElideMode(Qt::ElideRight);
    mView->setContextMenuPolicy(Qt::CustomContextMenu);
    mView->verticalHeader()->hide();
    mView->verticalHeader()->setDefaultSectionSize(mView->fontMetrics().height() + 8);
    mView->horizontalHeader()->setStretchLastSection(true);
    mView->horizontalHeader()->setHighlightSections(false);
    mView->setSortingEnabled(true);
    mView->sortByColumn(ProblemsModel::SeverityColumn, Qt::AscendingOrder);
    connect(mView, &QAbstractItemView::activated, this, &ProblemsDock::activate);
    connect(mView, &QWidget::customContextMenuRequested, this, &ProblemsDock::showContextMenu);
    // The Menu key arrives as a context menu event; Shift+F10 is its other common key.
    auto *menuKey = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10), mView);
    menuKey->setContext(Qt::WidgetShortcut);
    connect(menuKey, &QShortcut::activated, this, [this] { showContextMenu(QPoint(-1, -1)); });
    connect(mView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (mUpdatingRows)
            return; // the model moves rows; the finding the user chose is still mCurrentId
        mCurrentId = currentFindingId();
        mExplain->showFinding(mCurrentId);
    });

    // After an edit the model updates only the rows that changed, and the view keeps its
    // selection and scroll by itself. When the user's finding was fixed, its row is gone and
    // the selection model moves the current row to a neighbour: the panel says the finding is
    // gone instead of explaining a finding the user never chose.
    connect(mModel, &ProblemsModel::rowsAboutToUpdate, this, [this] { mUpdatingRows = true; });
    connect(mModel, &ProblemsModel::rowsUpdated, this, [this] {
        const QString id = mCurrentId;
        if (!id.isEmpty() && currentFindingId() != id && !selectFinding(id)) {
            mView->selectionModel()->clear();
            mCurrentId.clear();
            mUpdatingRows = false;
            mExplain->showFinding(id); // tells the user it is gone
            return;
        }
        mUpdatingRows = false;
        mExplain->refresh();
    });
    // A new plan, or an edit that changed most findings, resets the model: keep the user's
    // row. The id is the one remembered at selection time: when the reset ends, the rows no
    // longer say what was selected.
    connect(mFilter, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { mRestoreScroll = mView->verticalScrollBar()->value(); });
    connect(mFilter, &QAbstractItemModel::modelReset, this, [this] {
        mView->verticalScrollBar()->setValue(mRestoreScroll);
        const QString id = mCurrentId;
        if (!id.isEmpty() && !selectFinding(id)) {
            mCurrentId.clear();
            mExplain->showFinding(id); // tells the user it is gone
        } else {
            mExplain->refresh();
        }
    });

    mExplain->setObjectName(QStringLiteral("explainPanel"));
    mSplitter = new QSplitter(Qt::Vertical);
    mSplitter->addWidget(mView);
    mSplitter->addWidget(mExplain);
    mSplitter->setStretchFactor(0, 3);
    mSplitter->setStretchFactor(1, 2);
    mSplitter->setChildrenCollapsible(false);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(mSplitter, 1);
    setWidget(content);

    connect(document, &Document::changed, this, [this](const ChangeEvent &event) {
        if (event.item == ChangeItem::Findings)
            updateCounts();
        else if (event.type == ChangeEvent::Type::Reset)
            fitColumns();
        // Another plan (File New, Open, Close): the finding selected before is not one of its own.
        else if (event.type == ChangeEvent::Type::AboutToReset)
            mCurrentId.clear();
    });
    updateCounts();
    fitColumns();
}

ProblemsModel *ProblemsDock::problemsModel() const
{
    return mModel;
}

QString ProblemsDock::currentFindingId() const
{
    const QModelIndex current = mView->selectionModel()->currentIndex();
    return current.isValid() ? current.data(FindingIdRole).toString() : QString();
}

bool ProblemsDock::selectFinding(const QString &findingId)
{
    const int row = mModel->rowOf(findingId);
    const QModelIndex index =
        row < 0 ? QModelIndex() : mFilter->mapFromSource(mModel->index(row, 0));
    if (!index.isValid())
        return false;
    mView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    return true;
}

void ProblemsDock::resizeEvent(QResizeEvent *event)
{
    QDockWidget::resizeEvent(event);
    // Docked along the bottom the dock is wide and short: put the explanation beside the table
    // rather than squeezing both into a few rows.
    const Qt::Orientation orientation = width() > 2 * height() ? Qt::Horizontal : Qt::Vertical;
    if (mSplitter->orientation() != orientation) {
        mSplitter->setOrientation(orientation);
        const int total = orientation == Qt::Horizontal ? width() : height();
        mSplitter->setSizes({total * 3 / 5, total * 2 / 5});
    }
}

void ProblemsDock::activate(const QModelIndex &index)
{
    const Finding *finding = findFinding(*mDocument, index.data(FindingIdRole).toString());
    if (!finding)
        return;
    const auto item = selectionItemFor(*mDocument, *finding);
    if (!item)
        return;
    mSelection->select(*item, this);
    if (item->kind == Selection::Item::Site || item->kind == Selection::Item::Server)
        emit showItem(item->id);
}

void ProblemsDock::showContextMenu(const QPoint &pos)
{
    // The menu key opens the menu wherever the mouse is; then it is about the current row.
    QModelIndex index = mView->indexAt(pos);
    QPoint at = pos;
    if (!index.isValid()) {
        index = mView->currentIndex();
        at = mView->visualRect(index).bottomLeft();
    }
    if (!index.isValid())
        return;
    mView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    const QString id = index.data(FindingIdRole).toString();
    const Finding *finding = findFinding(*mDocument, id);
    if (!finding)
        return;

    QMenu menu(this);
    QAction *show = menu.addAction(tr("&Show Subject"));
    menu.setDefaultAction(show);
    connect(show, &QAction::triggered, this, [this, index] { activate(index); });
    menu.addSeparator();
    QAction *waiveAction = menu.addAction(tr("&Waive…"));
    waiveAction->setEnabled(!finding->waived && isWaivable(*finding));
    connect(waiveAction, &QAction::triggered, this, [this, id] { waive(id); });
    QAction *remove = menu.addAction(tr("&Remove Waiver"));
    remove->setEnabled(finding->waived && !waiversOf(*mDocument, id).isEmpty());
    connect(remove, &QAction::triggered, this, [this, id] { removeWaiversOf(mDocument, id); });
    menu.addSeparator();
    QAction *copy = menu.addAction(tr("&Copy Finding Id"));
    connect(copy, &QAction::triggered, this, [id] { QApplication::clipboard()->setText(id); });
    menu.exec(mView->viewport()->mapToGlobal(at));
}

void ProblemsDock::waive(const QString &findingId)
{
    WaiveDialog dialog(findingId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    waiveFinding(mDocument, findingId, dialog.justification(), dialog.approver(), dialog.expires());
}

void ProblemsDock::updateCounts()
{
    const FindingSummary summary = mDocument->findingSummary();
    mSeverityButtons[0]->setText(tr("Errors (%L1)").arg(summary.errors));
    mSeverityButtons[1]->setText(tr("Warnings (%L1)").arg(summary.warnings));
    mSeverityButtons[2]->setText(tr("Info (%L1)").arg(summary.infos));
    mWaivedButton->setText(tr("Show waived (%L1)").arg(summary.waived));
}

void ProblemsDock::fitColumns()
{
    // Size to the content once per opened plan; after that the user's widths stay.
    QHeaderView *header = mView->horizontalHeader();
    for (int c = 0; c < ProblemsModel::MessageColumn; ++c) {
        mView->resizeColumnToContents(c);
        header->resizeSection(c, std::min(header->sectionSize(c), 240));
    }
}

} // namespace hierarch
