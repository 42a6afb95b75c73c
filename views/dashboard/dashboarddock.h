#pragma once

#include "charts/reportcharts.h"

#include <QDockWidget>

#include <array>

class QChartView;
class QLabel;
class QTimer;

namespace hierarch {

class Document;

// The Dashboard dock: the report's three summary charts and a one-line verdict, kept live while
// the architect edits, so the effect of a change on the overall picture is visible at once.
// Changes are coalesced: a burst of edits (a paste, an undo of a macro) repaints once.
class DashboardDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit DashboardDock(Document *document, QWidget *parent = nullptr);

    QChartView *chartView(ReportChart kind) const { return mViews.at(std::size_t(kind)); }
    QLabel *verdictLabel() const { return mVerdict; }

    // Brings charts and verdict up to date now; edits otherwise refresh on the next event loop
    // turn.
    void refresh();

private:
    void scheduleRefresh();
    QString verdictText() const;

    Document *mDocument;
    QTimer *mRefreshTimer;
    QLabel *mVerdict;
    std::array<QChartView *, 3> mViews{};
};

} // namespace hierarch
