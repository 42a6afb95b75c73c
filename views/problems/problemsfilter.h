#pragma once

#include "rules/ruleinfo.h"

#include <QIcon>
#include <QSortFilterProxyModel>

#include <array>

namespace hierarch {

// Sits between the ProblemsModel and the table: hides findings by severity, waived state and
// text, sorts severities by rank rather than alphabetically, and adds what the GUI-free model
// cannot carry (severity icons, translated severity names, tooltips escaped so that user text
// in a message never renders as markup).
class ProblemsFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ProblemsFilter(QObject *parent = nullptr);

    bool showsSeverity(Severity severity) const { return mShowSeverity[std::size_t(severity)]; }
    void setShowSeverity(Severity severity, bool show);
    bool showsWaived() const { return mShowWaived; }
    void setShowWaived(bool show);
    // Case-insensitive substring of the finding's search text (id, site and message).
    QString text() const { return mText; }
    void setText(const QString &text);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QIcon icon(Severity severity, bool waived) const;

    std::array<bool, 3> mShowSeverity{true, true, true};
    bool mShowWaived = true;
    QString mText;
    mutable std::array<QIcon, 6> mIcons; // by severity, then waived (greyed)
};

} // namespace hierarch
