#include "problemsfilter.h"

#include "document/problemsmodel.h"
#include "findingactions.h"
#include "theme.h"

namespace hierarch {

namespace {

std::optional<Severity> severityOf(const QModelIndex &index)
{
    const QVariant v = index.data(WorstSeverityRole);
    if (!v.isValid())
        return std::nullopt;
    const int s = v.toInt();
    if (s < 0 || s > int(Severity::Info))
        return std::nullopt;
    return Severity(s);
}

// Qt shows a tooltip as rich text when it looks like markup; escaping every character and
// keeping the line breaks makes the text literal whatever a user typed into a name.
QString literalTooltip(const QString &text)
{
    if (text.isEmpty())
        return text;
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return QLatin1String("<p>") + html + QLatin1String("</p>");
}

} // namespace

ProblemsFilter::ProblemsFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setFilterRole(SearchTextRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ProblemsFilter::setShowSeverity(Severity severity, bool show)
{
    if (mShowSeverity[std::size_t(severity)] == show)
        return;
    mShowSeverity[std::size_t(severity)] = show;
    invalidateFilter();
}

void ProblemsFilter::setShowWaived(bool show)
{
    if (mShowWaived == show)
        return;
    mShowWaived = show;
    invalidateFilter();
}

void ProblemsFilter::setText(const QString &text)
{
    if (mText == text)
        return;
    mText = text;
    setFilterFixedString(text.trimmed());
}

bool ProblemsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (const auto severity = severityOf(index); severity && !showsSeverity(*severity))
        return false;
    if (!mShowWaived && index.data(WaivedRole).toBool())
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

bool ProblemsFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Ties fall back to the validator's order (severity, rule, subject), so every column sorts
    // into a stable, meaningful order.
    const auto byRow = [&] {
        return left.row() < right.row();
    };
    if (left.column() == ProblemsModel::SeverityColumn) {
        const int a = left.data(WorstSeverityRole).toInt();
        const int b = right.data(WorstSeverityRole).toInt();
        if (a != b)
            return a < b;
        const bool wa = left.data(WaivedRole).toBool();
        const bool wb = right.data(WaivedRole).toBool();
        if (wa != wb)
            return wb; // unwaived first
        return byRow();
    }
    const int c = left.data().toString().localeAwareCompare(right.data().toString());
    if (c != 0)
        return c < 0;
    return byRow();
}

QVariant ProblemsFilter::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.column() == ProblemsModel::SeverityColumn &&
        (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::DecorationRole)) {
        const auto severity = severityOf(index);
        if (!severity)
            return QSortFilterProxyModel::data(index, role);
        const bool waived = index.data(WaivedRole).toBool();
        if (role == Qt::DecorationRole)
            return icon(*severity, waived);
        const QString name = severityDisplayName(*severity);
        const QString text = waived ? tr("%1 (waived)").arg(name) : name;
        return role == Qt::ToolTipRole ? literalTooltip(text) : text;
    }
    if (role == Qt::ToolTipRole)
        return literalTooltip(QSortFilterProxyModel::data(index, Qt::DisplayRole).toString());
    // A waived finding is accepted risk: its row is greyed.
    if (role == Qt::ForegroundRole && index.data(WaivedRole).toBool())
        return waivedTextColor();
    return QSortFilterProxyModel::data(index, role);
}

QIcon ProblemsFilter::icon(Severity severity, bool waived) const
{
    QIcon &cached = mIcons[std::size_t(severity) * 2 + (waived ? 1 : 0)];
    if (cached.isNull()) {
        const QIcon base = severityIcon(severity);
        if (!waived) {
            cached = base;
        } else {
            // A waived finding is accepted risk: its icon is the disabled (grey) rendering.
            for (int size : {16, 24, 32, 48})
                cached.addPixmap(base.pixmap(size, QIcon::Disabled));
        }
    }
    return cached;
}

} // namespace hierarch
