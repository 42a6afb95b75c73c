#include "problemsmodel.h"

#include "document.h"

#include <cstring>
#include <utility>

namespace hierarch {

ProblemsModel::ProblemsModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent), mDocument(document), mRows(document->findings())
{
    // Another plan is a reset even where its findings read the same: nothing the user chose in
    // the old plan stays selected.
    connect(document, &Document::changed, this, [this](const ChangeEvent &event) {
        if (event.type == ChangeEvent::Type::AboutToReset) {
            beginResetModel();
            mResetting = true;
        } else if (event.item == ChangeItem::Findings) {
            update();
        }
    });
}

namespace {

// RULES.md order (sortFindings), with the site as a last key: findings of two servers of the same
// name in different sites are told apart.
int compareFindings(const Finding &a, const Finding &b)
{
    const RuleInfo &ia = a.info();
    const RuleInfo &ib = b.info();
    if (ia.severity != ib.severity)
        return ia.severity < ib.severity ? -1 : 1;
    if (const int c = std::strcmp(ia.id, ib.id); c != 0)
        return c;
    if (const int c = a.subject.compare(b.subject); c != 0)
        return c;
    if (a.kind != b.kind)
        return a.kind < b.kind ? -1 : 1;
    return a.site.compare(b.site);
}

// What a row shows; a finding whose position in the file moved is the same row.
bool sameRow(const Finding &a, const Finding &b)
{
    return a.messageTemplate == b.messageTemplate && a.messageArgs == b.messageArgs &&
           a.messageCount == b.messageCount && a.waived == b.waived &&
           a.waiverJustification == b.waiverJustification;
}

// One step of turning the shown rows into the new ones: `count` rows removed at `row`, inserted
// there from the new list, or changed in place.
struct RowStep
{
    enum Kind { Remove, Insert, Change } kind;
    int row; // in the rows as they are when the step runs
    int count;
    int from = 0; // Insert and Change: the first new finding
};

// A merge of two lists sorted the same way. Every new finding is kept (a matching old row) or
// inserted, every old row kept or removed, in order: the result is the new list even where
// equal keys are ordered differently, which only makes the steps less few.
QList<RowStep> rowSteps(const QList<Finding> &shown, const QList<Finding> &next)
{
    QList<RowStep> steps;
    const auto add = [&steps](RowStep::Kind kind, int row, int from) {
        if (!steps.isEmpty()) {
            RowStep &last = steps.last();
            const bool extends =
                last.kind == kind &&
                (kind == RowStep::Remove ? last.row == row : last.row + last.count == row);
            if (extends) {
                ++last.count;
                return;
            }
        }
        steps.append({kind, row, 1, from});
    };
    int i = 0, j = 0;
    int row = 0; // where old row i is now
    while (i < shown.size() || j < next.size()) {
        const int c = i == shown.size()  ? 1
                      : j == next.size() ? -1
                                         : compareFindings(shown.at(i), next.at(j));
        if (c == 0) {
            if (!sameRow(shown.at(i), next.at(j)))
                add(RowStep::Change, row, j);
            ++i, ++j, ++row;
        } else if (c < 0) {
            add(RowStep::Remove, row, 0);
            ++i;
        } else {
            add(RowStep::Insert, row, j);
            ++j, ++row;
        }
    }
    return steps;
}

// Past this many steps (an edit that touches most of a large plan, a new file) one reset is
// cheaper for the views than many small updates.
constexpr qsizetype kMaxRowSteps = 64;

} // namespace

void ProblemsModel::update()
{
    const QList<Finding> &next = mDocument->findings();
    if (std::exchange(mResetting, false)) {
        mRows = next;
        endResetModel();
        return;
    }
    const QList<RowStep> steps = rowSteps(mRows, next);
    if (steps.isEmpty()) {
        mRows = next;
        return;
    }
    if (steps.size() > kMaxRowSteps) {
        beginResetModel();
        mRows = next;
        endResetModel();
        return;
    }
    emit rowsAboutToUpdate();
    for (const RowStep &step : steps) {
        switch (step.kind) {
        case RowStep::Remove:
            beginRemoveRows({}, step.row, step.row + step.count - 1);
            mRows.remove(step.row, step.count);
            endRemoveRows();
            break;
        case RowStep::Insert:
            beginInsertRows({}, step.row, step.row + step.count - 1);
            for (int k = 0; k < step.count; ++k)
                mRows.insert(step.row + k, next.at(step.from + k));
            endInsertRows();
            break;
        case RowStep::Change:
            for (int k = 0; k < step.count; ++k)
                mRows[step.row + k] = next.at(step.from + k);
            emit dataChanged(index(step.row, 0), index(step.row + step.count - 1, ColumnCount - 1));
            break;
        }
    }
    Q_ASSERT(mRows.size() == next.size());
    mRows = next; // equal now; share the document's list again
    emit rowsUpdated();
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mRows.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = mRows.at(index.row());
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
    for (int i = 0; i < int(mRows.size()); ++i) {
        if (mRows.at(i).id() == findingId)
            return i;
    }
    return -1;
}

} // namespace hierarch
