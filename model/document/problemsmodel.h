#pragma once

#include "finding.h"
#include "itemroles.h"

#include <QAbstractTableModel>

namespace hierarch {

class Document;

// The live findings of a Document as a table (severity, rule, subject, site, message). Its rows
// are a shallow copy of the document's sorted findings (implicitly shared, so no finding is
// copied): when the findings change it removes, inserts and updates only the rows that differ,
// so views keep their selection and scroll position without restoring them. It carries data,
// not presentation: the severity column has WorstSeverityRole and WaivedRole but no text, and
// there are no colours or tooltips; ProblemsFilter (views/problems) gives them.
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SeverityColumn,
        RuleColumn,
        SubjectColumn,
        SiteColumn,
        MessageColumn,
        ColumnCount
    };

    explicit ProblemsModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The row of a finding id, or -1.
    int rowOf(const QString &findingId) const;

signals:
    // Around the row changes that follow one change of the document's findings (not sent when
    // the change is told as a model reset): a view that follows one finding waits for the end
    // instead of reacting to every row the update moves.
    void rowsAboutToUpdate();
    void rowsUpdated();

private:
    void update();

    Document *mDocument;
    QList<Finding> mRows;
    bool mResetting = false; // between the AboutToReset event and the new plan's findings
};

} // namespace hierarch
