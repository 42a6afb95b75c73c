#include "dashboarddock.h"

#include "document/document.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace hierarch {

namespace {

constexpr ReportChart kCharts[] = {ReportChart::BySeverity, ReportChart::ByCategory,
                                   ReportChart::PerSite};

// Heights that keep axis labels legible in a narrow dock; the scroll area takes the rest.
int minimumChartHeight(ReportChart kind)
{
    switch (kind) {
    case ReportChart::BySeverity:
        return 170;
    case ReportChart::ByCategory:
        return 190;
    case ReportChart::PerSite:
        return 250;
    }
    return 200;
}

// What a screen reader calls each chart.
QString chartName(ReportChart kind)
{
    switch (kind) {
    case ReportChart::BySeverity:
        return DashboardDock::tr("Findings by severity");
    case ReportChart::ByCategory:
        return DashboardDock::tr("Findings by category");
    case ReportChart::PerSite:
        return DashboardDock::tr("Findings per site");
    }
    return QString();
}

} // namespace

DashboardDock::DashboardDock(Document *document, QWidget *parent)
    : QDockWidget(tr("Dashboard"), parent), mDocument(document), mRefreshTimer(new QTimer(this)),
      mVerdict(new QLabel)
{
    mRefreshTimer->setSingleShot(true);
    mRefreshTimer->setInterval(0);
    connect(mRefreshTimer, &QTimer::timeout, this, &DashboardDock::refresh);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);

    mVerdict->setTextFormat(Qt::PlainText);
    mVerdict->setWordWrap(true);
    QFont verdictFont = mVerdict->font();
    verdictFont.setBold(true);
    mVerdict->setFont(verdictFont);
    layout->addWidget(mVerdict);

    for (ReportChart kind : kCharts) {
        auto chart = createReportChart(kind, mDocument->plan(), mDocument->findings());
        auto *view = new QChartView(chart.release());
        view->setRenderHint(QPainter::Antialiasing);
        view->setFrameShape(QFrame::NoFrame);
        view->setMinimumHeight(minimumChartHeight(kind));
        view->setMinimumWidth(220);
        // A picture with no keyboard interaction: not a tab stop. The verdict above says in
        // words what the charts show.
        view->setFocusPolicy(Qt::NoFocus);
        view->setAccessibleName(chartName(kind));
        layout->addWidget(view);
        mViews[std::size_t(kind)] = view;
    }
    layout->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setAccessibleName(tr("Dashboard"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scroll->setWidget(content);
    setWidget(scroll);

    connect(mDocument, &Document::changed, this, [this](const ChangeEvent &event) {
        if (event.item == ChangeItem::Findings || event.type == ChangeEvent::Type::Reset)
            scheduleRefresh();
    });
    refresh();
}

void DashboardDock::scheduleRefresh()
{
    mRefreshTimer->start();
}

void DashboardDock::refresh()
{
    mRefreshTimer->stop();
    for (ReportChart kind : kCharts)
        updateReportChart(chartView(kind)->chart(), kind, mDocument->plan(), mDocument->findings());
    mVerdict->setText(verdictText());
}

QString DashboardDock::verdictText() const
{
    const FindingSummary s = mDocument->findingSummary();
    if (s.errors + s.warnings + s.infos == 0)
        return s.waived == 0 ? tr("No findings.")
                             : tr("No open findings, %L1 waived.").arg(s.waived);
    const QString errors = tr("%Ln error(s)", nullptr, s.errors);
    const QString warnings = tr("%Ln warning(s)", nullptr, s.warnings);
    return s.waived
               ? tr("%1, %2, %L3 info, %L4 waived").arg(errors, warnings).arg(s.infos).arg(s.waived)
               : tr("%1, %2, %L3 info").arg(errors, warnings).arg(s.infos);
}

} // namespace hierarch
