// The front of the report: cover, contents and the summary with charts.
#include "reportsections.h"

#include "charts/reportcharts.h"
#include "export/findingsexport.h"
#include "reportdata.h"
#include "reportdiagram.h"
#include "reporttext.h"
#include "theme.h"

#include "document/fields.h"

#include <QChart>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace hierarch {

ReportComposer::ReportComposer(const ReportData &data, const ReportDiagram &diagram,
                               const ReportOptions &options, ReportLayout &layout)
    : mData(data), mDiagram(diagram), mOptions(options), mLayout(layout), mStyle(layout.style()),
      mLocale(ReportText::locale(options.language))
{}

ReportComposer::~ReportComposer() = default;

QString ReportComposer::sectionTitle(Section section)
{
    switch (section) {
    case Contents:
        return tr("Contents");
    case Summary:
        return tr("Summary");
    case Diagram:
        return tr("Hierarchy diagram");
    case Sites:
        return tr("Sites");
    case Servers:
        return tr("Servers and roles");
    case Findings:
        return tr("Findings");
    case Risks:
        return tr("Accepted risks");
    case Assumptions:
        return tr("Assumptions");
    case Accounts:
        return tr("Account plan");
    case Checklist:
        return tr("Security checklist");
    case Ports:
        return tr("Ports and firewall plan");
    case Appendix:
        return tr("Appendix: rule catalog");
    case SectionCount:
        break;
    }
    return QString();
}

void ReportComposer::compose()
{
    cover();
    contents();
    summary();
    if (mOptions.baseline)
        changesSinceBaseline();
    diagram();
    sites();
    servers();
    findings();
    risks();
    assumptions();
    accounts();
    checklist();
    ports();
    appendix();
}

void ReportComposer::beginSection(Section section, QPageLayout::Orientation orientation)
{
    mLayout.newPage(orientation);
    const QString title =
        section == Contents ? sectionTitle(section)
                            : QStringLiteral("%1  %2").arg(int(section)).arg(sectionTitle(section));
    mLayout.addHeading(1, title, section);
}

void ReportComposer::paragraph(const QString &text)
{
    mLayout.addParagraph(text, mStyle.body, mStyle.text, 0, 6);
}

void ReportComposer::note(const QString &text)
{
    mLayout.addParagraph(text, mStyle.smallItalic, mStyle.muted, 0, 6);
}

QString ReportComposer::fullListWhere(const QString &key) const
{
    if (mOptions.csvBase.isEmpty())
        return tr("Export the report to a PDF file to get the full list as a CSV file beside it.");
    const QString name = ReportCsv{key, {}, {}}.fileName(QFileInfo(mOptions.csvBase).fileName());
    return tr("The full list is in %1 beside this report.").arg(name);
}

void ReportComposer::fullList(const ReportCsv &csv, const QString &shown)
{
    const bool known = std::any_of(mCsv.cbegin(), mCsv.cend(),
                                   [&csv](const ReportCsv &c) { return c.key == csv.key; });
    if (!known)
        mCsv << csv;
    note(shown + QLatin1Char(' ') + fullListWhere(csv.key));
}

QString ReportComposer::date(const QDate &value) const
{
    // The pattern is the translator's choice (ISO in English; a German reader expects 21.11.2026).
    return mLocale.toString(value, tr("yyyy-MM-dd", "date format of the report: a QDate::toString "
                                                    "pattern"));
}

// --- cover ------------------------------------------------------------------------------------

namespace {

// Counts in the report: n picks the singular or plural form of the text (numerus forms in the
// catalogs), the report's locale writes n as %1 (QCoreApplication's own %Ln would use the
// program's locale, which is not the report's language).
QString verdictText(const ReportData &data, const QLocale &locale)
{
    using T = ReportComposer;
    const FindingSummary &s = data.summary();
    if (data.plan().sites.isEmpty())
        return ReportText::tr("The plan has no sites yet, so there is no hierarchy to review. "
                              "The sections below say so where they would list sites, "
                              "servers or ports.");
    const QString errors =
        ReportText::tr("%1 error(s)", nullptr, s.errors).arg(locale.toString(s.errors));
    const QString warnings =
        ReportText::tr("%1 warning(s)", nullptr, s.warnings).arg(locale.toString(s.warnings));
    const QString infos = ReportText::tr("%1 informational finding(s)", nullptr, s.infos)
                              .arg(locale.toString(s.infos));
    QString text;
    if (s.errors > 0)
        text = ReportText::tr("The plan is not ready for approval: %1 must be corrected. It also "
                              "has %2 to correct or accept as risks, and %3.")
                   .arg(errors, warnings, infos);
    else if (s.warnings > 0)
        text = ReportText::tr("The plan has no errors. %1 remain(s) to be corrected or accepted "
                              "as risks with a waiver; there are also %2.",
                              nullptr, s.warnings)
                   .arg(warnings, infos);
    else
        text = ReportText::tr("The plan has no errors and no warnings (%1).").arg(infos);
    if (s.waived > 0)
        text +=
            QLatin1Char(' ') +
            ReportText::tr("%1 finding(s) is/are accepted as risk(s) by waiver(s) (section %2).",
                           nullptr, s.waived)
                .arg(locale.toString(s.waived))
                .arg(int(T::Risks));
    return text;
}

QString documentStatusText(DocumentStatus status)
{
    switch (status) {
    case DocumentStatus::Draft:
        return ReportComposer::tr("Draft");
    case DocumentStatus::Review:
        return ReportComposer::tr("In review");
    case DocumentStatus::Approved:
        return ReportComposer::tr("Approved");
    case DocumentStatus::Superseded:
        break;
    }
    return ReportComposer::tr("Superseded");
}

// The newest entry of the change record: the latest date, the later entry on a tie.
const ChangeRecordEntry *latestRevision(const Plan &plan)
{
    const ChangeRecordEntry *latest = nullptr;
    for (const ChangeRecordEntry &entry : plan.changeRecord) {
        if (!latest || entry.date >= latest->date)
            latest = &entry;
    }
    return latest;
}

} // namespace

void ReportComposer::cover()
{
    const Plan &plan = mData.plan();
    mLayout.addBlock(mStyle.pt(40), {});
    mLayout.addParagraph(tr("Site hierarchy design report"), mStyle.bodyBold, mStyle.accent, 0, 8);
    mLayout.addParagraph(plan.name.isEmpty() ? tr("Untitled plan") : plan.name, mStyle.title,
                         mStyle.text, 0, 6);
    // Document control (FORMAT.md `document`): "Version 2.1 · Status: Draft".
    QStringList control;
    if (plan.documentVersion)
        control << tr("Version %1").arg(*plan.documentVersion);
    if (plan.documentStatus)
        control << tr("Status: %1").arg(documentStatusText(*plan.documentStatus));
    mLayout.addParagraph(productDisplayName(plan.product), mStyle.subtitle, mStyle.muted, 0,
                         control.isEmpty() ? 20 : 6);
    if (!control.isEmpty())
        mLayout.addParagraph(control.join(QStringLiteral(" \u00b7 ")), mStyle.bodyBold, mStyle.text,
                             0, 20);

    ReportTable facts;
    facts.plain = true;
    facts.widths = {0.26, 0.74};
    const QColor label = mStyle.muted;
    auto row = [&](const QString &key, const QString &value) {
        facts.rows.append({ReportCell(key, label), ReportCell(value)});
    };
    row(tr("Author"), plan.author.value_or(tr("not stated")));
    if (plan.description)
        row(tr("Description"), *plan.description);
    row(tr("File"),
        mOptions.fileName.isEmpty() ? tr("not saved") : QFileInfo(mOptions.fileName).fileName());
    row(tr("Product"), productDisplayName(plan.product));
    // FORMAT.md `release`: the plan's, and how many sites run another one.
    const auto ownRelease =
        std::count_if(plan.sites.cbegin(), plan.sites.cend(),
                      [](const Site &site) { return site.release.has_value(); });
    if (plan.release || ownRelease > 0) {
        QString text = plan.release ? enumValueLabel(enumString(*plan.release)) : tr("not stated");
        if (ownRelease > 0)
            text += tr("; %n site(s) state their own (see section %1)", nullptr, int(ownRelease))
                        .arg(int(Sites));
        row(tr("Release"), text);
    }
    const auto count = [this](const QString &text, qsizetype n) {
        return text.arg(number(n));
    };
    row(tr("Scope"),
        QStringList{
            count(tr("%1 site(s)", nullptr, int(plan.sites.size())), plan.sites.size()),
            count(tr("%1 server(s)", nullptr, int(plan.serverCount())), plan.serverCount()),
            count(tr("%1 account(s)", nullptr, int(plan.accounts.size())), plan.accounts.size()),
            count(tr("%1 waiver(s)", nullptr, int(plan.waivers.size())), plan.waivers.size())}
            .join(tr(", ", "separator of the counts in the report's scope row")));
    if (const ChangeRecordEntry *revision = latestRevision(plan)) {
        QString text = revision->author
                           ? tr("%1 of %2 by %3")
                                 .arg(revision->version, date(revision->date), *revision->author)
                           : tr("%1 of %2").arg(revision->version, date(revision->date));
        if (revision->summary)
            text += QStringLiteral(": ") + *revision->summary;
        row(tr("Last revision"), text);
    }
    row(tr("Validation date"), date(mData.asOf()));
    if (mOptions.baseline)
        row(tr("Compared with"), mOptions.baselineLabel);
    row(tr("Program version"), tr("Hierarch %1").arg(programVersion()));
    mLayout.addTable(facts);
    mLayout.addSpace(14);

    const FindingSummary &s = mData.summary();
    struct Tile
    {
        QString label;
        int count;
        QColor color;
    };
    const QList<Tile> tiles{{tr("Errors"), s.errors, severityColor(Severity::Error)},
                            {tr("Warnings"), s.warnings, severityColor(Severity::Warning)},
                            {tr("Info"), s.infos, severityColor(Severity::Info)},
                            {tr("Waived"), s.waived, QColor(0x80, 0x86, 0x90)}};
    const ReportStyle &style = mStyle;
    const QLocale locale = mLocale;
    mLayout.addBlock(mStyle.pt(62), [tiles, &style, locale](QPainter *painter, const QRectF &r) {
        const double gap = style.pt(10);
        const double width = (r.width() - gap * (tiles.size() - 1)) / tiles.size();
        const QFont big = style.font(22, true);
        for (int i = 0; i < tiles.size(); ++i) {
            const Tile &tile = tiles.at(i);
            const QRectF box(r.left() + i * (width + gap), r.top(), width, r.height());
            QColor fill = tile.color;
            fill.setAlpha(28);
            painter->setPen(QPen(tile.color, style.pt(1)));
            painter->setBrush(fill);
            painter->drawRoundedRect(box, style.pt(5), style.pt(5));
            painter->setPen(tile.color);
            painter->setFont(big);
            painter->drawText(box.adjusted(0, style.pt(6), 0, -box.height() / 2 + style.pt(12)),
                              Qt::AlignCenter, locale.toString(tile.count));
            painter->setFont(style.bodyBold);
            painter->setPen(style.text);
            painter->drawText(box.adjusted(0, box.height() / 2 + style.pt(4), 0, -style.pt(6)),
                              Qt::AlignCenter, tile.label);
        }
    });
    mLayout.addSpace(12);
    paragraph(verdictText(mData, mLocale));

    // Room for the change board's decision, signed on paper.
    const QStringList lines{tr("Reviewed by"), tr("Date"), tr("Decision")};
    mLayout.addSpace(24);
    mLayout.addBlock(mStyle.pt(72), [lines, &style](QPainter *painter, const QRectF &r) {
        const double step = r.height() / lines.size();
        painter->setFont(style.small);
        for (int i = 0; i < lines.size(); ++i) {
            const double y = r.top() + (i + 1) * step - style.pt(6);
            painter->setPen(style.muted);
            painter->drawText(QPointF(r.left(), y), lines.at(i));
            painter->setPen(QPen(style.rule, style.pt(0.6)));
            painter->drawLine(QPointF(r.left() + style.pt(80), y + style.pt(2)),
                              QPointF(r.left() + r.width() * 0.7, y + style.pt(2)));
        }
    });
}

// --- contents ---------------------------------------------------------------------------------

void ReportComposer::contents()
{
    beginSection(Contents);
    const ReportStyle &style = mStyle;
    const ReportLayout &layout = mLayout;
    const QLocale locale = mLocale;
    const QFontMetricsF metrics(style.body, style.device());
    const double line = metrics.lineSpacing() * 1.7;
    // Section 3a (with a baseline) between the summary and the diagram.
    QList<int> entries;
    for (int s = Summary; s < SectionCount; ++s) {
        entries << s;
        if (s == Summary && mOptions.baseline)
            entries << ChangesSection;
    }
    mLayout.addBlock(line * entries.size(), [&style, &layout, locale, line,
                                             entries](QPainter *painter, const QRectF &r) {
        const QFontMetricsF m(style.body, style.device());
        painter->setFont(style.body);
        for (int i = 0; i < entries.size(); ++i) {
            const int s = entries.at(i);
            const double baseline = r.top() + i * line + m.ascent();
            const bool changes = s == ChangesSection;
            const QString number = changes ? changesNumber() : QString::number(s);
            const QString title = changes ? changesTitle() : sectionTitle(Section(s));
            const QString page = locale.toString(layout.sectionPage(s));
            painter->setPen(style.text);
            painter->drawText(QPointF(r.left(), baseline), number);
            const double titleLeft = r.left() + style.pt(22);
            painter->drawText(QPointF(titleLeft, baseline), title);
            const double pageWidth = m.horizontalAdvance(page);
            painter->drawText(QPointF(r.right() - pageWidth, baseline), page);
            // A dotted leader between the title and its page number.
            const double from = titleLeft + m.horizontalAdvance(title) + style.pt(6);
            const double to = r.right() - pageWidth - style.pt(6);
            if (to > from) {
                QPen pen(style.rule, style.pt(0.8), Qt::DotLine);
                painter->setPen(pen);
                painter->drawLine(QPointF(from, baseline), QPointF(to, baseline));
            }
        }
    });
    changeRecord();
}

// The change record (FORMAT.md `document.changeRecord`) under the contents, in the file's order.
void ReportComposer::changeRecord()
{
    const Plan &plan = mData.plan();
    if (plan.changeRecord.isEmpty())
        return;
    mLayout.addSpace(18);
    mLayout.addHeading(2, tr("Change record"));
    ReportTable table;
    table.widths = {0.12, 0.16, 0.22, 0.50};
    table.header = {tr("Version"), tr("Date"), tr("Author"), tr("Summary")};
    table.small = true;
    for (const ChangeRecordEntry &entry : plan.changeRecord) {
        table.rows.append({ReportCell(entry.version), ReportCell(date(entry.date)),
                           ReportCell(entry.author.value_or(QString())),
                           ReportCell(entry.summary.value_or(QString()))});
    }
    mLayout.addTable(table);
}

// --- summary ----------------------------------------------------------------------------------

void ReportComposer::summary()
{
    beginSection(Summary);
    paragraph(verdictText(mData, mLocale));

    const Plan &plan = mData.plan();
    auto chart = [&](ReportChart kind) {
        std::shared_ptr<QChart> made(createReportChart(kind, plan, mData.findings()).release());
        mCharts.push_back(made);
        return made;
    };
    const std::shared_ptr<QChart> bySeverity = chart(ReportChart::BySeverity);
    const std::shared_ptr<QChart> byCategory = chart(ReportChart::ByCategory);
    const std::shared_ptr<QChart> perSite = chart(ReportChart::PerSite);
    const ReportStyle &style = mStyle;
    mLayout.addSpace(4);
    mLayout.addBlock(
        mStyle.pt(200), [bySeverity, byCategory, &style](QPainter *painter, const QRectF &r) {
            const double gap = style.pt(12);
            const double width = (r.width() - gap) / 2;
            paintChart(bySeverity.get(), painter, QRectF(r.left(), r.top(), width, r.height()));
            paintChart(byCategory.get(), painter,
                       QRectF(r.left() + width + gap, r.top(), width, r.height()));
        });
    mLayout.addSpace(8);
    if (plan.sites.isEmpty()) {
        note(tr("No chart of findings per site: the plan has no sites."));
    } else {
        // Taller for more sites, so each keeps a readable bar.
        const double perSiteHeight =
            std::clamp(110.0 + 16.0 * double(plan.sites.size()), 200.0, 360.0);
        mLayout.addBlock(mStyle.pt(perSiteHeight), [perSite](QPainter *painter, const QRectF &r) {
            paintChart(perSite.get(), painter, r);
        });
    }

    mLayout.addHeading(2, tr("Top findings"));
    const QList<const Finding *> top = mData.topFindings();
    if (top.isEmpty()) {
        paragraph(tr("There are no unwaived errors or warnings."));
        return;
    }
    note(tr("All unwaived errors, then all unwaived warnings. Section %1 explains each rule and "
            "how to correct it.")
             .arg(int(Findings)));
    ReportTable table;
    table.small = true;
    table.widths = {0.13, 0.23, 0.19, 0.45};
    table.header = {tr("Severity"), tr("Rule"), tr("Subject"), tr("Message")};
    QList<const Finding *> shown = top;
    if (top.size() > ReportLimits::kFullTableRows) {
        shown.resize(ReportLimits::kTopFindingsShown);
        fullList(findingsCsv(), tr("Showing the first %1 of %2 unwaived errors and warnings.")
                                    .arg(number(shown.size()), number(top.size())));
    }
    for (const Finding *f : std::as_const(shown)) {
        table.rows.append(
            {ReportCell(severityDisplayName(f->severity()), severityColor(f->severity()), true),
             ReportCell(f->ruleId()), ReportCell(ReportText::subjectName(*f)),
             ReportCell(f->translatedMessage(mLocale))});
    }
    mLayout.addTable(table);
}

} // namespace hierarch
