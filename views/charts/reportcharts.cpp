// Building and refreshing the report charts. Painting them (for the PDF) is in chartpainting.cpp.
#include "reportcharts.h"

#include "chartdata.h"
#include "chartstyle.h"
#include "theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHorizontalBarSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace hierarch {

namespace {

// The charts' texts; a class with the context (not a helper taking `const char *`) so that
// lupdate sees every one of them.
struct ChartsText
{
    Q_DECLARE_TR_FUNCTIONS(hierarch::Charts)
};

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return ChartsText::tr("Errors");
    case Severity::Warning:
        return ChartsText::tr("Warnings");
    case Severity::Info:
        return ChartsText::tr("Info");
    }
    return {};
}

QString categoryName(Category category)
{
    switch (category) {
    case Category::Structure:
        return ChartsText::tr("Structure");
    case Category::Security:
        return ChartsText::tr("Security");
    case Category::Availability:
        return ChartsText::tr("Availability");
    case Category::Capacity:
        return ChartsText::tr("Capacity");
    case Category::Accounts:
        return ChartsText::tr("Accounts");
    case Category::Review:
        return ChartsText::tr("Review");
    }
    return {};
}

constexpr Severity kSeverities[] = {Severity::Error, Severity::Warning, Severity::Info};

// Qt Charts lays every title and label out with QGraphicsTextItem::setHtml(), so text reaches it
// as HTML; escaping keeps a site code such as "<b>" literal.
QString inert(const QString &text)
{
    return text.toHtmlEscaped();
}

QAbstractBarSeries *barSeries(const QChart *chart)
{
    const auto series = chart->series();
    return series.isEmpty() ? nullptr : qobject_cast<QAbstractBarSeries *>(series.constFirst());
}

template<typename Axis>
Axis *axisOf(const QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *typed = qobject_cast<Axis *>(axis))
            return typed;
    }
    return nullptr;
}

// Sets the values of a bar set, touching only the ones that changed so that an edit repaints
// the bars it affects rather than rebuilding the chart.
void setValues(QBarSet *set, const QList<qreal> &values)
{
    if (set->count() > values.size())
        set->remove(int(values.size()), set->count() - int(values.size()));
    for (int i = 0; i < values.size(); ++i) {
        if (i >= set->count())
            set->append(values.at(i));
        else if (set->at(i) != values.at(i))
            set->replace(i, values.at(i));
    }
}

void setCategories(QBarCategoryAxis *axis, const QStringList &categories)
{
    if (axis->categories() != categories)
        axis->setCategories(categories);
}

// The tick step for counts up to `wanted`: 1, 2, 5, 10, 20, 25, 50, 100, ... whichever first
// needs no more than seven intervals.
int countStep(double wanted)
{
    for (int scale = 1;; scale *= 10) {
        for (int tenths : {10, 20, 25, 50}) {
            if (tenths * scale % 10 != 0)
                continue; // counts never need a fractional step
            const int step = tenths * scale / 10;
            if (std::ceil(wanted / step) <= 7)
                return step;
        }
    }
}

// A range from zero with whole-number ticks and about an eighth of headroom above the longest
// bar, so that its value label, drawn past the bar's end, stays inside the plot.
void setCountRange(QValueAxis *axis, int max)
{
    const double wanted = std::max(max * 1.12, max + 1.0);
    const int step = countStep(wanted);
    const int top = std::max(int(std::ceil(wanted / step)) * step, 2);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    if (axis->min() != 0 || axis->max() != top)
        axis->setRange(0, top);
}

// Which kind build() shaped a chart for; a chart of another kind (or none) is rebuilt.
constexpr char kKindProperty[] = "hierarchReportChart";

// Keeps the labels under the columns whole: Qt Charts cuts a label wider than its share of the
// axis to "Warnu..." (the German "Warnungen"). When they do not fit, the three severity columns
// are named by a legend instead (their colours carry the meaning) and site codes are turned on
// end. Runs whenever the plot area changes, since only the laid-out width tells.
void fitColumnLabels(QChart *chart)
{
    auto *axis = axisOf<QBarCategoryAxis>(chart);
    const QRectF plot = chart->plotArea();
    if (!axis || axis->alignment() != Qt::AlignBottom || plot.width() <= 0 || axis->count() == 0)
        return;
    const QFontMetricsF metrics(axis->labelsFont());
    qreal widest = 0;
    // Measured escaped ("&amp;" for "&"), which errs on the wide side.
    for (const QString &name : axis->categories())
        widest = std::max(widest, metrics.horizontalAdvance(name));
    // A label's share as measured with Qt Charts 6.4: the plot width over the categories plus
    // one, less padding and text margins ("Warnings" fits a half-page chart, "Warnungen" not).
    const bool fits = widest <= plot.width() / (axis->count() + 1) - 18;
    if (chart->property(kKindProperty).toInt() == int(ReportChart::BySeverity)) {
        if (axis->labelsVisible() != fits)
            axis->setLabelsVisible(fits);
        if (chart->legend()->isVisible() == fits)
            chart->legend()->setVisible(!fits);
        return;
    }
    const qreal angle = fits ? 0 : -90;
    if (axis->labelsAngle() != angle)
        axis->setLabelsAngle(angle);
}

void build(QChart *chart, ReportChart kind)
{
    auto *values = new QValueAxis(chart);
    values->setLabelFormat(QStringLiteral("%d"));
    auto *categories = new QBarCategoryAxis(chart);

    QAbstractBarSeries *series = nullptr;
    if (kind == ReportChart::ByCategory) {
        series = new QHorizontalBarSeries(chart);
        auto *set = new QBarSet(inert(ChartsText::tr("Findings")));
        set->setColor(chartAccentColor());
        series->append(set);
        chart->addAxis(categories, Qt::AlignLeft);
        chart->addAxis(values, Qt::AlignBottom);
    } else {
        series = new QStackedBarSeries(chart);
        for (Severity severity : kSeverities) {
            auto *set = new QBarSet(inert(severityName(severity)));
            set->setColor(severityColor(severity));
            series->append(set);
        }
        chart->addAxis(categories, Qt::AlignBottom);
        chart->addAxis(values, Qt::AlignLeft);
    }
    series->setLabelsVisible(kind != ReportChart::PerSite);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setBarWidth(kind == ReportChart::ByCategory ? 0.6 : 0.7);
    chart->addSeries(series);
    series->attachAxis(categories);
    series->attachAxis(values);
    chart->legend()->setVisible(kind == ReportChart::PerSite);
    if (kind != ReportChart::ByCategory)
        QObject::connect(chart, &QChart::plotAreaChanged, chart,
                         [chart] { fitColumnLabels(chart); });
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setProperty(kKindProperty, int(kind));
}

bool hasShape(const QChart *chart, ReportChart kind)
{
    const QVariant built = chart->property(kKindProperty);
    return built.isValid() && built.toInt() == int(kind) && barSeries(chart) &&
           axisOf<QBarCategoryAxis>(chart) && axisOf<QValueAxis>(chart);
}

void fill(QChart *chart, ReportChart kind, const ChartCounts &counts)
{
    QAbstractBarSeries *series = barSeries(chart);
    auto *categories = axisOf<QBarCategoryAxis>(chart);
    auto *values = axisOf<QValueAxis>(chart);
    const QList<QBarSet *> sets = series->barSets();
    int max = 0;

    switch (kind) {
    case ReportChart::BySeverity: {
        // One stacked column per severity, each holding only its own set's value: the way to
        // give every column its severity colour with one series.
        QStringList names;
        for (Severity severity : kSeverities)
            names.append(inert(severityName(severity)));
        setCategories(categories, names);
        for (int s = 0; s < 3; ++s) {
            QList<qreal> column(3, 0.0);
            column[s] = counts.severity[s];
            setValues(sets.at(s), column);
            max = std::max(max, counts.severity[s]);
        }
        chart->setTitle(inert(ChartsText::tr("Findings by severity")));
        break;
    }
    case ReportChart::ByCategory: {
        // Horizontal bars run bottom-up; listing the categories reversed reads top-down.
        QStringList names;
        QList<qreal> column;
        for (int c = int(counts.category.size()) - 1; c >= 0; --c) {
            names.append(inert(categoryName(Category(c))));
            column.append(counts.category[c]);
            max = std::max(max, counts.category[c]);
        }
        setCategories(categories, names);
        setValues(sets.at(0), column);
        chart->setTitle(inert(ChartsText::tr("Findings by category")));
        break;
    }
    case ReportChart::PerSite: {
        const QList<int> shown = chartedSites(counts);
        QStringList names;
        QList<qreal> columns[3];
        for (int site : shown) {
            const QString &code = counts.siteCodes.at(site);
            names.append(inert(code.isEmpty() ? ChartsText::tr("(no code)") : code));
            int total = 0;
            for (int s = 0; s < 3; ++s) {
                columns[s].append(counts.perSite.at(site)[s]);
                total += counts.perSite.at(site)[s];
            }
            max = std::max(max, total);
        }
        // Values first, then categories: a bar set longer than the axis is harmless for a
        // moment, an axis longer than the sets would draw empty slots.
        for (int s = 0; s < 3; ++s)
            setValues(sets.at(s), columns[s]);
        setCategories(categories, names);
        const qsizetype all = counts.siteCodes.size();
        chart->setTitle(inert(all > shown.size()
                                  ? ChartsText::tr("Findings per site (top %1 of %2 sites)")
                                        .arg(shown.size())
                                        .arg(all)
                                  : ChartsText::tr("Findings per site")));
        break;
    }
    }
    setCountRange(values, max);
    styleChart(chart);
    fitColumnLabels(chart);
}

} // namespace

std::unique_ptr<QChart> createReportChart(ReportChart kind, const Plan &plan,
                                          const QList<Finding> &findings)
{
    auto chart = std::make_unique<QChart>();
    build(chart.get(), kind);
    fill(chart.get(), kind, ChartCounts::count(plan, findings));
    return chart;
}

void updateReportChart(QChart *chart, ReportChart kind, const Plan &plan,
                       const QList<Finding> &findings)
{
    if (!chart)
        return;
    // A chart that was not made by createReportChart for this kind is rebuilt once.
    if (!hasShape(chart, kind)) {
        QObject::disconnect(chart, &QChart::plotAreaChanged, chart, nullptr);
        chart->removeAllSeries();
        for (QAbstractAxis *axis : chart->axes()) {
            chart->removeAxis(axis);
            delete axis;
        }
        build(chart, kind);
    }
    fill(chart, kind, ChartCounts::count(plan, findings));
}

} // namespace hierarch
