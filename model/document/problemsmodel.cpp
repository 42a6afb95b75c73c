#include "problemsmodel.h"

#include "document.h"

namespace hierarch {

ProblemsModel::ProblemsModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent), mDocument(document), mRows(document->findings().size())
{
    // Views read the old rows until the reset begins, so it begins before the findings change.
    connect(document, &Document::findingsAboutToChange, this, [this] { beginResetModel(); });
    connect(document, &Document::findingsChanged, this, [this] {
        mRows = mDocument->findings().size();
        endResetModel();
    });
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mRows);
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = mDocument->findings().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            // How a severity looks (name, icon, colour) is the views' business: they show
            // WorstSeverityRole and WaivedRole (views/problems/problemsfilter.cpp).
            return {};
        case RuleColumn:
            return f.ruleId();
        case SubjectColumn:
            return f.subject;
        case SiteColumn:
            return f.kind == Scope::Server ? f.site : f.kind == Scope::Site ? f.subject : QString();
        case MessageColumn:
            return f.waived
                       ? tr("%1 (waived: %2)").arg(f.translatedMessage(), f.waiverJustification)
                       : f.translatedMessage();
        }
        return {};
    case WorstSeverityRole:
        return int(f.severity());
    case FindingIdRole:
        return f.id();
    case RuleIdRole:
        return f.ruleId();
    case WaivedRole:
        return f.waived;
    case SearchTextRole:
        return QStringList{f.id(), f.site, f.translatedMessage()}.join(QLatin1Char(' '));
    case Qt::UserRole:
        // Sorting key: severity, then the default order the validator produced.
        return index.row();
    }
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case SubjectColumn:
        return tr("Subject");
    case SiteColumn:
        return tr("Site");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

int ProblemsModel::rowOf(const QString &findingId) const
{
    const QList<Finding> &findings = mDocument->findings();
    for (int i = 0; i < int(findings.size()); ++i) {
        if (findings.at(i).id() == findingId)
            return i;
    }
    return -1;
}

} // namespace hierarch
