#pragma once

#include "import/siteimport.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace hierarch {

class Document;

// File ▸ Import Sites…: shows what a CSV file would add to the open plan (every site and server,
// by row) or every error (row, column, message) with Import disabled. Nothing changes until
// Import is pressed; then everything is added as one undo step.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(Document *document, const QString &fileName, const QByteArray &csv,
                 QWidget *parent = nullptr);

    const SiteImport &result() const { return mImport; }
    QTableWidget *table() const { return mTable; }
    QPushButton *importButton() const;
    QString summaryText() const;

    // Adds the import's sites and servers to `document` as one undo step named after what it
    // adds ("Import 12 sites and 40 servers"). Returns false (and changes nothing) when the
    // import has errors or the plan's limits refuse it; `why` then says why.
    static bool apply(Document *document, const SiteImport &import, QString *why = nullptr);

private:
    Document *mDocument;
    SiteImport mImport;
    QLabel *mSummary;
    QTableWidget *mTable;
    QDialogButtonBox *mButtons;
};

} // namespace hierarch
