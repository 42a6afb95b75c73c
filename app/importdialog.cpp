#include "importdialog.h"

#include "document/document.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hierarch {

ImportDialog::ImportDialog(Document *document, const QString &fileName, const QByteArray &csv,
                           QWidget *parent)
    : QDialog(parent), mDocument(document), mImport(importSites(csv, document->plan())),
      mSummary(new QLabel(this)), mTable(new QTableWidget(this)),
      mButtons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import Sites from %1").arg(QFileInfo(fileName).fileName()));
    mSummary->setWordWrap(true);
    mSummary->setTextFormat(Qt::PlainText);
    QPushButton *import = mButtons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("importButton"));
    connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setStretchLastSection(true);
    mTable->setWordWrap(false);
    auto cell = [this](int row, int column, const QString &text) {
        auto *item = new QTableWidgetItem(text);
        mTable->setItem(row, column, item);
    };
    if (!mImport.ok()) {
        mTable->setColumnCount(3);
        mTable->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
        mTable->setRowCount(int(mImport.errors.size()));
        for (int i = 0; i < mImport.errors.size(); ++i) {
            const ImportError &e = mImport.errors.at(i);
            cell(i, 0, QString::number(e.row));
            cell(i, 1, e.column);
            cell(i, 2, e.message);
        }
        import->setEnabled(false);
    } else {
        mTable->setColumnCount(5);
        mTable->setHorizontalHeaderLabels(
            {tr("Row"), tr("Kind"), tr("Name"), tr("Parent or site"), tr("Details")});
        mTable->setRowCount(int(mImport.items.size()));
        for (int i = 0; i < mImport.items.size(); ++i) {
            const ImportedItem &item = mImport.items.at(i);
            cell(i, 0, QString::number(item.row));
            cell(i, 1, item.kind == ImportedItem::Site ? tr("Site") : tr("Server"));
            cell(i, 2, item.name);
            cell(i, 3, item.parent);
            cell(i, 4, item.details);
        }
        const QString over = mDocument->limitReason(mImport.siteCount(), mImport.serverCount());
        import->setEnabled(mImport.siteCount() + mImport.serverCount() > 0 && over.isEmpty());
        if (!over.isEmpty())
            mImport.errors.append({0, QString(), over});
    }
    mTable->resizeColumnsToContents();
    mSummary->setText(summaryText());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mSummary);
    layout->addWidget(mTable, 1);
    layout->addWidget(mButtons);
    resize(720, 480);
}

QPushButton *ImportDialog::importButton() const
{
    return findChild<QPushButton *>(QStringLiteral("importButton"));
}

QString ImportDialog::summaryText() const
{
    if (!mImport.ok()) {
        return tr("The file cannot be imported: %n error(s), listed below. Nothing will be "
                  "added; correct the file and import it again.",
                  nullptr, int(mImport.errors.size()));
    }
    if (mImport.siteCount() + mImport.serverCount() == 0)
        return tr("The file holds no sites or servers.");
    return tr("Import will add %n site(s)", nullptr, mImport.siteCount()) +
           tr(" and %n server(s) to the plan.", nullptr, mImport.serverCount());
}

bool ImportDialog::apply(Document *document, const SiteImport &import, QString *why)
{
    if (!import.ok()) {
        if (why)
            *why = tr("The file has errors.");
        return false;
    }
    const QString over = document->limitReason(import.siteCount(), import.serverCount());
    if (!over.isEmpty()) {
        if (why)
            *why = over;
        return false;
    }
    if (import.siteCount() + import.serverCount() == 0)
        return false;
    QUndoStack *stack = document->undoStack();
    stack->beginMacro(tr("Import %n site(s)", nullptr, import.siteCount()) +
                      tr(" and %n server(s)", nullptr, import.serverCount()));
    for (const auto &[code, server] : import.servers) {
        const int index = document->siteIndexByCode(code);
        document->insertServer(document->plan().sites.at(index).uid, server);
    }
    for (const Site &site : import.sites)
        document->insertSite(site);
    stack->endMacro();
    return true;
}

} // namespace hierarch
