#include "listsdock.h"

#include "document/document.h"
#include "fielddelegate.h"
#include "listmodel.h"
#include "rules/checklist.h"
#include "selection.h"
#include "waiverdialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hierarch {

namespace {

constexpr ListsDock::Page kPages[] = {ListsDock::AccountsPage, ListsDock::WaiversPage,
                                      ListsDock::AttestationsPage, ListsDock::ChangeRecordPage,
                                      ListsDock::AddressesPage};
constexpr FieldOwner kOwners[] = {FieldOwner::Account, FieldOwner::Waiver, FieldOwner::Attestation,
                                  FieldOwner::ChangeRecord, FieldOwner::Address};
constexpr Selection::Item::Kind kKinds[] = {Selection::Item::Account, Selection::Item::Waiver,
                                            Selection::Item::Attestation,
                                            Selection::Item::Revision};
constexpr int kMaxFittedWidth = 280;

// Long free text gets the width that is left instead of a column sized to its longest entry.
bool isLongText(FieldOwner owner, const char *key)
{
    return (owner == FieldOwner::Waiver && qstrcmp(key, "justification") == 0) ||
           (owner == FieldOwner::Attestation && qstrcmp(key, "note") == 0) ||
           (owner == FieldOwner::ChangeRecord && qstrcmp(key, "summary") == 0);
}

// The account domain the plan already uses ("LITWARE" from LITWARE\svc-cm), so that a new
// account needs only its name typed.
QString accountDomain(const Plan &plan)
{
    for (const Account &a : plan.accounts) {
        const qsizetype slash = a.name.indexOf(QLatin1Char('\\'));
        if (slash > 0)
            return a.name.left(slash);
    }
    if (plan.dnsDomain && !plan.dnsDomain->isEmpty())
        return plan.dnsDomain->section(QLatin1Char('.'), 0, 0).toUpper();
    return QStringLiteral("DOMAIN");
}

// The version a new change record entry most likely records: the plan's current version when no
// entry has it yet, else the last entry's version with its last number counted up ("2.1" gives
// "2.2", "v3" gives "v4"), else "1.0".
QString nextRevisionVersion(const Plan &plan)
{
    const auto recorded = [&](const QString &version) {
        return std::any_of(plan.changeRecord.cbegin(), plan.changeRecord.cend(),
                           [&](const ChangeRecordEntry &e) { return e.version == version; });
    };
    if (plan.documentVersion && !plan.documentVersion->isEmpty() &&
        !recorded(*plan.documentVersion))
        return *plan.documentVersion;
    if (plan.changeRecord.isEmpty())
        return QStringLiteral("1.0");
    const QString last = plan.changeRecord.constLast().version;
    qsizetype end = last.size();
    while (end > 0 && !last.at(end - 1).isDigit())
        --end;
    qsizetype start = end;
    while (start > 0 && last.at(start - 1).isDigit())
        --start;
    bool ok = false;
    const qlonglong number = last.mid(start, end - start).toLongLong(&ok);
    if (!ok)
        return last + QLatin1String(".1");
    QString next = last;
    next.replace(start, end - start, QString::number(number + 1));
    return recorded(next) ? next + QLatin1String(".1") : next;
}

} // namespace

ListsDock::ListsDock(Document *document, Selection *selection, QWidget *parent)
    : QDockWidget(tr("Lists"), parent), mDocument(document), mSelection(selection),
      mTabs(new QTabWidget)
{
    setObjectName(QStringLiteral("ListsDock"));
    mTabs->setDocumentMode(true);
    mTabs->setAccessibleName(tr("Lists"));
    for (Page page : kPages)
        createPage(page);
    setWidget(mTabs);

    connect(selection, &Selection::changed, this, &ListsDock::onSelectionChanged);
    connect(document, &Document::changed, this, [this](const ChangeEvent &event) {
        if (event.type == ChangeEvent::Type::Reset) {
            updatePages();
            return;
        }
        if (event.isAboutTo())
            return;
        switch (event.item) {
        case ChangeItem::Account:
        case ChangeItem::Waiver:
        case ChangeItem::Attestation:
        case ChangeItem::ChangeRecord:
        case ChangeItem::Address:
            updatePages();
            break;
        case ChangeItem::Site: // a site comes or goes with its addresses
            if (event.addsOrRemoves())
                updatePages();
            break;
        default:
            break;
        }
    });
    updatePages();
}

void ListsDock::createPage(Page page)
{
    PageWidgets &w = mPages[page];
    w.model = new ListModel(mDocument, kOwners[page], this);
    w.view = new QTableView;
    const QString objectNames[] = {QStringLiteral("accountsTable"), QStringLiteral("waiversTable"),
                                   QStringLiteral("attestationsTable"),
                                   QStringLiteral("changeRecordTable"),
                                   QStringLiteral("addressesTable")};
    w.view->setObjectName(objectNames[page]);
    w.view->setModel(w.model);
    const QString tableNames[] = {tr("Accounts"), tr("Waivers"), tr("Attestations"),
                                  tr("Change record"), tr("Addresses")};
    w.view->setAccessibleName(tableNames[page]);
    w.view->setItemDelegate(new FieldDelegate(w.view));
    w.view->setSelectionBehavior(QAbstractItemView::SelectRows);
    w.view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    w.view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    w.view->setAlternatingRowColors(true);
    w.view->setWordWrap(false);
    w.view->setTextElideMode(Qt::ElideRight);
    w.view->verticalHeader()->hide();
    w.view->verticalHeader()->setDefaultSectionSize(w.view->fontMetrics().height() + 10);
    w.view->horizontalHeader()->setHighlightSections(false);
    w.view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    w.view->installEventFilter(this);
    for (int c = 0; c < w.model->columnCount(); ++c) {
        if (isLongText(kOwners[page], w.model->fieldAt(c).key))
            w.view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);
    }

    const QString addText[] = {tr("Add Account"), tr("Add Waiver…"), tr("Add Attestation"),
                               tr("Add Revision"), tr("Add Address")};
    w.add = new QPushButton(addText[page]);
    w.add->setObjectName(QStringLiteral("addButton"));
    w.remove = new QPushButton(tr("Remove"));
    w.remove->setObjectName(QStringLiteral("removeButton"));
    w.remove->setToolTip(tr("Remove the selected entries (Delete)"));
    connect(w.add, &QPushButton::clicked, this, [this, page] { addEntry(page); });
    connect(w.remove, &QPushButton::clicked, this, [this, page] { removeSelected(page); });

    connect(w.view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this, page] { onTableSelectionChanged(page); });
    connect(w.model, &QAbstractItemModel::modelReset, this, [this, page] { fitColumns(page); });

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(4, 0, 4, 4);
    buttons->addWidget(w.add);
    buttons->addWidget(w.remove);
    buttons->addStretch();
    auto *container = new QWidget;
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(w.view, 1);
    layout->addLayout(buttons);
    mTabs->addTab(container, QString());
    fitColumns(page);
}

void ListsDock::showPage(Page page)
{
    mTabs->setCurrentIndex(page);
}

void ListsDock::fitColumns(Page page)
{
    QTableView *view = mPages[page].view;
    QHeaderView *header = view->horizontalHeader();
    for (int c = 0; c < view->model()->columnCount(); ++c) {
        if (header->sectionResizeMode(c) == QHeaderView::Stretch)
            continue;
        view->resizeColumnToContents(c);
        header->resizeSection(c, std::min(header->sectionSize(c), kMaxFittedWidth));
    }
}

QString ListsDock::firstUnattestedItem() const
{
    for (const ChecklistItem &item : checklistItems()) {
        if (!item.isAttestable())
            continue;
        const QString id = QString::fromLatin1(item.id);
        const bool attested = std::any_of(mDocument->plan().attestations.cbegin(),
                                          mDocument->plan().attestations.cend(),
                                          [&](const Attestation &a) { return a.item == id; });
        if (!attested)
            return id;
    }
    return QString();
}

void ListsDock::updatePages()
{
    const Plan &plan = mDocument->plan();
    mTabs->setTabText(AccountsPage, tr("Accounts (%L1)").arg(plan.accounts.size()));
    mTabs->setTabText(WaiversPage, tr("Waivers (%L1)").arg(plan.waivers.size()));
    mTabs->setTabText(AttestationsPage, tr("Attestations (%L1)").arg(plan.attestations.size()));
    mTabs->setTabText(ChangeRecordPage, tr("Change record (%L1)").arg(plan.changeRecord.size()));
    mTabs->setTabText(AddressesPage,
                      tr("Addresses (%L1)").arg(mPages[AddressesPage].model->rowCount()));
    mPages[AddressesPage].add->setEnabled(!plan.sites.isEmpty());
    mPages[AddressesPage].add->setToolTip(
        tr("Add an address from the selected site (or the first site) to its parent"));
    mPages[ChangeRecordPage].add->setToolTip(
        tr("Record a released revision of the plan for the report's cover"));
    const bool itemsLeft = !firstUnattestedItem().isEmpty();
    mPages[AttestationsPage].add->setEnabled(itemsLeft);
    mPages[AttestationsPage].add->setToolTip(itemsLeft
                                                 ? tr("Attest the next manual checklist item")
                                                 : tr("Every manual checklist item is attested"));
    for (const PageWidgets &w : mPages) {
        w.remove->setEnabled(w.view->selectionModel()->hasSelection());
    }
}

void ListsDock::addEntry(Page page, const QString &findingId)
{
    const Plan &plan = mDocument->plan();
    switch (page) {
    case AccountsPage: {
        Account account;
        account.name = accountDomain(plan) + QLatin1String("\\account");
        account.type = defaultAccountType(plan.product);
        if (!plan.sites.isEmpty())
            account.sites = QStringList{plan.sites.constFirst().code};
        mDocument->addAccount(account);
        selectRow(page, int(mDocument->plan().accounts.size()) - 1, true);
        break;
    }
    case WaiversPage: {
        auto *dialog = new WaiverDialog(mDocument, findingId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            mDocument->addWaiver(dialog->waiver());
            selectRow(WaiversPage, int(mDocument->plan().waivers.size()) - 1, false);
        });
        dialog->open();
        break;
    }
    case AttestationsPage: {
        const QString item = firstUnattestedItem();
        if (item.isEmpty())
            return;
        Attestation attestation;
        attestation.item = item;
        mDocument->addAttestation(attestation);
        selectRow(page, int(mDocument->plan().attestations.size()) - 1, false);
        break;
    }
    case ChangeRecordPage: {
        ChangeRecordEntry entry;
        entry.version = nextRevisionVersion(plan);
        entry.date = mDocument->validationDate();
        entry.author = plan.author;
        mDocument->addRevision(entry);
        // The summary is what the author has to write; the other cells are filled in.
        selectRow(page, int(mDocument->plan().changeRecord.size()) - 1, false);
        const int summary = mPages[page].model->columnOf("summary");
        QTableView *view = mPages[page].view;
        const QModelIndex index = view->model()->index(view->currentIndex().row(), summary);
        view->setCurrentIndex(index);
        view->setFocus();
        view->edit(index);
        break;
    }
    case AddressesPage:
        addAddress();
        break;
    case PageCount:
        break;
    }
}

// A new address goes from the site selected on the canvas (else the first site) to its parent,
// else to its first child; the author then fills in the destination and the rest.
void ListsDock::addAddress()
{
    const Plan &plan = mDocument->plan();
    if (plan.sites.isEmpty())
        return;
    ItemId from = plan.sites.constFirst().uid;
    for (const Selection::Item &item : mSelection->items()) {
        if (item.kind == Selection::Item::Site && mDocument->site(item.id)) {
            from = item.id;
            break;
        }
    }
    const Site *site = mDocument->site(from);
    SenderAddress address;
    if (site->parent) {
        address.to = *site->parent;
    } else if (const QList<ItemId> children = mDocument->childSites(from); !children.isEmpty()) {
        address.to = mDocument->site(children.constFirst())->code;
    } else {
        address.to = site->code;
    }
    mDocument->addAddress(from, address);
    // The new address is the last of its site's: find its row.
    ListModel *model = mPages[AddressesPage].model;
    const int index = int(mDocument->site(from)->addresses.size()) - 1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->addressAt(row) == std::pair<ItemId, int>{from, index}) {
            selectRow(AddressesPage, row, false);
            break;
        }
    }
}

void ListsDock::removeSelected(Page page)
{
    QList<int> rows;
    for (const QModelIndex &index : mPages[page].view->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty())
        return;
    // Back to front, so that each index still means the entry that was selected.
    std::sort(rows.begin(), rows.end(), std::greater<>());
    QUndoStack *stack = mDocument->undoStack();
    const bool macro = rows.size() > 1;
    if (macro) {
        const QString text[] = {tr("Remove Accounts"), tr("Remove Waivers"),
                                tr("Remove Attestations"), tr("Remove Revisions"),
                                tr("Remove Addresses")};
        stack->beginMacro(text[page]);
    }
    // Rows run back to front, and a site's addresses are in row order: each index stays valid.
    QList<std::pair<ItemId, int>> addresses;
    for (int row : std::as_const(rows))
        addresses << mPages[AddressesPage].model->addressAt(row);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const int row = rows.at(i);
        switch (page) {
        case AddressesPage:
            mDocument->removeAddress(addresses.at(i).first, addresses.at(i).second);
            break;
        case AccountsPage:
            mDocument->removeAccount(row);
            break;
        case WaiversPage:
            mDocument->removeWaiver(row);
            break;
        case AttestationsPage:
            mDocument->removeAttestation(row);
            break;
        case ChangeRecordPage:
            mDocument->removeRevision(row);
            break;
        case PageCount:
            break;
        }
    }
    if (macro)
        stack->endMacro();
}

void ListsDock::selectRow(Page page, int row, bool edit)
{
    QTableView *view = mPages[page].view;
    if (row < 0 || row >= view->model()->rowCount())
        return;
    showPage(page);
    const QModelIndex index = view->model()->index(row, 0);
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    view->scrollTo(index);
    if (edit) {
        view->setFocus();
        view->edit(index);
    }
}

void ListsDock::onTableSelectionChanged(Page page)
{
    updatePages();
    // Addresses have no Properties form: their table is where they are edited.
    if (mSyncing || page == AddressesPage)
        return;
    QList<Selection::Item> items;
    for (const QModelIndex &index : mPages[page].view->selectionModel()->selectedRows())
        items << Selection::Item{kKinds[page], 0, index.row()};
    // A table emptied by a reset says nothing about what the user wants selected.
    if (items.isEmpty())
        return;
    std::sort(items.begin(), items.end(),
              [](const Selection::Item &a, const Selection::Item &b) { return a.index < b.index; });
    const int current = mPages[page].view->currentIndex().row();
    // The current row goes last: it is the one the Properties dock shows.
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).index == current) {
            items.move(i, items.size() - 1);
            break;
        }
    }
    mSelection->setItems(items, this);
}

void ListsDock::onSelectionChanged(const QObject *source)
{
    if (source == this)
        return;
    mSyncing = true;
    for (Page page : kPages) {
        if (page == AddressesPage)
            continue;
        QTableView *view = mPages[page].view;
        QItemSelection selection;
        int current = -1;
        for (const Selection::Item &item : mSelection->items()) {
            if (item.kind != kKinds[page] || item.index < 0 ||
                item.index >= view->model()->rowCount())
                continue;
            const QModelIndex index = view->model()->index(item.index, 0);
            selection.select(index, index);
            current = item.index;
        }
        view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
        if (current >= 0) {
            showPage(page);
            view->scrollTo(view->model()->index(current, 0));
        }
    }
    mSyncing = false;
    updatePages();
}

bool ListsDock::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        for (Page page : kPages) {
            QTableView *view = mPages[page].view;
            // A cell editor has the focus while it is open, so Delete reaches the view only
            // when no text is being edited.
            if (watched == view && key->matches(QKeySequence::Delete)) {
                removeSelected(page);
                return true;
            }
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

} // namespace hierarch
