#pragma once

#include "itemroles.h"

#include <QAbstractTableModel>

namespace hierarch {

class Document;

// The live findings of a Document as a table (severity, rule, subject, site, message). It
// holds no copy: rows are the document's findings, refreshed when they change. It carries data,
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

private:
    Document *mDocument;
    qsizetype mRows = 0;
};

} // namespace hierarch
