#include "changesdock.h"

#include "diff/diffexport.h"
#include "document/changesmodel.h"
#include "document/comparison.h"
#include "document/document.h"
#include "selection.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace hierarch {

ChangesDock::ChangesDock(Document *document, Selection *selection, QWidget *parent)
    : QDockWidget(tr("Changes"), parent), mDocument(document), mSelection(selection)
{
    setObjectName(QStringLiteral("ChangesDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *bar = new QHBoxLayout;
    mSummary = new QLabel(content);
    mSummary->setTextFormat(Qt::PlainText);
    mSummary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    mFilterBox = new QComboBox(content);
    mFilterBox->setAccessibleName(tr("Show"));
    mFilterBox->addItem(tr("All entries"), -1);
    mFilterBox->addItem(tr("Structural changes"), int(ChangesModel::StructuralChange));
    mFilterBox->addItem(tr("New findings"), int(ChangesModel::NewFinding));
    mFilterBox->addItem(tr("Resolved findings"), int(ChangesModel::ResolvedFinding));
    mFilterBox->addItem(tr("Updated findings"), int(ChangesModel::UpdatedFinding));
    bar->addWidget(mSummary, 1);
    bar->addWidget(mFilterBox);
    layout->addLayout(bar);

    mFilter = new QSortFilterProxyModel(this);
    mFilter->setFilterRole(ChangesModel::EntryRole);
    mView = new QTableView(content);
    mView->setModel(mFilter);
    mView->setAccessibleName(tr("Changes"));
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setSelectionMode(QAbstractItemView::SingleSelection);
    mView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mView->verticalHeader()->hide();
    mView->horizontalHeader()->setStretchLastSection(true);
    mView->setWordWrap(false);
    layout->addWidget(mView, 1);
    setWidget(content);

    connect(mFilterBox, &QComboBox::currentIndexChanged, this, &ChangesDock::applyFilter);
    connect(mView, &QAbstractItemView::activated, this, &ChangesDock::activate);
    connect(mView, &QAbstractItemView::clicked, this, &ChangesDock::activate);
    updateSummary();
}

void ChangesDock::setComparison(Comparison *comparison)
{
    mComparison = comparison;
    ChangesModel *old = mModel;
    mModel = comparison ? new ChangesModel(comparison, this) : nullptr;
    mFilter->setSourceModel(mModel);
    delete old;
    if (comparison) {
        connect(comparison, &Comparison::changed, this, &ChangesDock::updateSummary);
        mView->resizeColumnToContents(ChangesModel::ActionColumn);
        mView->resizeColumnToContents(ChangesModel::ItemColumn);
    }
    updateSummary();
}

void ChangesDock::applyFilter()
{
    const int entry = mFilterBox->currentData().toInt();
    mFilter->setFilterRegularExpression(entry < 0 ? QString() : QStringLiteral("^%1$").arg(entry));
}

void ChangesDock::updateSummary()
{
    if (!mComparison) {
        mSummary->setText(tr("Not comparing. Use File ▸ Compare With to compare the plan with a "
                             "baseline."));
        return;
    }
    const PlanDiff &diff = mComparison->diff();
    const FindingsDelta &delta = diff.findings;
    mSummary->setText(tr("Compared with %1: %Ln change(s); ", nullptr, int(diff.changes.size()))
                          .arg(mComparison->label()) +
                      tr("findings: %L1 new, %L2 resolved, %L3 updated.")
                          .arg(delta.added.size())
                          .arg(delta.resolved.size())
                          .arg(delta.updated.size()));
}

void ChangesDock::activate(const QModelIndex &index)
{
    const ItemId id = index.data(ItemIdRole).value<ItemId>();
    if (!id)
        return;
    Selection::Item item;
    item.kind = mDocument->site(id) ? Selection::Item::Site : Selection::Item::Server;
    item.id = id;
    mSelection->select(item, this);
    emit showItem(id);
}

QStringList ChangesDock::visibleRows() const
{
    QStringList rows;
    for (int row = 0; row < mFilter->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < mFilter->columnCount(); ++column)
            cells << mFilter->index(row, column).data().toString();
        rows << cells.join(QLatin1String(" | "));
    }
    return rows;
}

} // namespace hierarch
