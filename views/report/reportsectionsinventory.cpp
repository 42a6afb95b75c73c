// The inventory of the report: sites, servers and roles, findings by rule, accepted risks.
#include "reportsections.h"

#include "reportdata.h"
#include "reporttext.h"
#include "theme.h"

#include "document/fields.h"

#include <algorithm>
#include <numeric>

namespace hierarch {

namespace {

// The role matrix has a column per role and a row per server; past this many servers the table
// of servers says the same more compactly.
constexpr int kMatrixMaxServers = 40;

ReportCell countCell(const QLocale &locale, int count)
{
    ReportCell cell(locale.toString(count));
    cell.alignment = Qt::AlignRight;
    return cell;
}

// A findings count in the colour of the worst finding it counts.
ReportCell marksCell(const QLocale &locale, const ReportData::Marks &marks)
{
    ReportCell cell(locale.toString(marks.count),
                    marks.count > 0 ? severityColor(marks.worst) : QColor(0x80, 0x86, 0x90),
                    marks.count > 0);
    cell.alignment = Qt::AlignRight;
    return cell;
}

} // namespace

// --- sites ------------------------------------------------------------------------------------

void ReportComposer::sites()
{
    beginSection(Sites);
    const Plan &plan = mData.plan();
    if (plan.sites.isEmpty()) {
        paragraph(tr("The plan has no sites."));
        return;
    }
    const ValidationContext &context = mData.context();
    // The release column appears once the plan says which release it runs (FORMAT.md
    // `release`); a plan that never does keeps the table it always had.
    const bool showRelease =
        plan.release || std::any_of(plan.sites.cbegin(), plan.sites.cend(),
                                    [](const Site &site) { return site.release.has_value(); });
    ReportTable table;
    table.small = true;
    table.header = {tr("Code"), tr("Name"),    tr("Type"),    tr("Parent"),
                    tr("Mode"), tr("Clients"), tr("Servers"), tr("Findings")};
    table.headerAlignments = {Qt::AlignLeft, Qt::AlignLeft,  Qt::AlignLeft,  Qt::AlignLeft,
                              Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight};
    if (showRelease) {
        table.widths = {0.07, 0.22, 0.1, 0.08, 0.15, 0.11, 0.09, 0.09, 0.09};
        table.header.insert(5, tr("Release"));
        table.headerAlignments.insert(5, Qt::AlignLeft);
    } else {
        table.widths = {0.08, 0.27, 0.11, 0.09, 0.16, 0.1, 0.09, 0.1};
    }
    auto releaseOf = [&](const Site &site) {
        const std::optional<Release> release = plan.effectiveRelease(site);
        return release ? enumValueLabel(enumString(*release)) : tr("not stated");
    };
    // Past the limit: the sites with the most findings (then in plan order); all in the CSV.
    QList<int> order(plan.sites.size());
    std::iota(order.begin(), order.end(), 0);
    const bool summarised = order.size() > ReportLimits::kFullTableRows;
    if (summarised) {
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return mData.siteMarks(plan.sites.at(a)).count >
                   mData.siteMarks(plan.sites.at(b)).count;
        });
        order.resize(ReportLimits::kSitesShown);
    }
    ReportCsv csv{QStringLiteral("sites"), table.header, {}};
    auto modeOf = [&](int i) {
        const Site &site = plan.sites.at(i);
        QString mode;
        if (plan.product == Product::Sms2003) {
            mode = site.effectiveSecurityMode() == SecurityMode::Advanced ? tr("Advanced security")
                                                                          : tr("Standard security");
        } else {
            mode = context.effectiveMode(i) == ClientMode::Native ? tr("Native mode")
                                                                  : tr("Mixed mode");
            if (site.isSecondary())
                mode += QLatin1Char(' ') + tr("(parent's)");
        }
        return mode;
    };
    if (summarised) {
        for (int i = 0; i < plan.sites.size(); ++i) {
            const Site &site = plan.sites.at(i);
            QStringList row{site.code,
                            site.name.value_or(QString()),
                            ReportText::siteTypeName(site),
                            site.parent.value_or(QString()),
                            modeOf(i),
                            QString::number(site.effectiveClients()),
                            QString::number(site.servers.size()),
                            QString::number(mData.siteMarks(site).count)};
            if (showRelease)
                row.insert(5, releaseOf(site));
            csv.rows.append(row);
        }
        fullList(csv, tr("Showing the %1 sites with the most findings of %2.")
                          .arg(number(ReportLimits::kSitesShown), number(plan.sites.size())));
    }
    for (int i : std::as_const(order)) {
        const Site &site = plan.sites.at(i);
        const QString mode = modeOf(i);
        QList<ReportCell> row{ReportCell(site.code, mStyle.text, true),
                              ReportCell(site.name.value_or(QString())),
                              ReportCell(ReportText::siteTypeName(site)),
                              ReportCell(site.parent.value_or(QStringLiteral("\u2014"))),
                              ReportCell(mode),
                              countCell(mLocale, site.effectiveClients()),
                              countCell(mLocale, int(site.servers.size())),
                              marksCell(mLocale, mData.siteMarks(site))};
        if (showRelease)
            row.insert(5, ReportCell(releaseOf(site)));
        table.rows.append(row);
    }
    mLayout.addTable(table);
    note(tr("Findings counts the unwaived findings of the site and of its servers. A secondary "
            "site's clients follow the mode of its parent site."));
    pki();
    siteLinks();
    siteBoundaries();
}

// --- servers ----------------------------------------------------------------------------------

void ReportComposer::servers()
{
    beginSection(Servers);
    const Plan &plan = mData.plan();
    if (plan.serverCount() == 0) {
        paragraph(plan.sites.isEmpty() ? tr("The plan has no sites and therefore no servers.")
                                       : tr("The plan has no servers."));
        return;
    }
    ReportTable table;
    table.small = true;
    table.widths = {0.18, 0.06, 0.1, 0.17, 0.05, 0.05, 0.29, 0.1};
    table.header = {tr("Server"), tr("Site"), tr("Zone"),  tr("Operating system"),
                    tr("DC"),     tr("IIS"),  tr("Roles"), tr("Findings")};
    table.headerAlignments = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft,
                              Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight};
    auto rolesOf = [this](const Site &site, const Server &server) {
        QStringList roles;
        for (const RoleAssignment &role : server.roles) {
            QString name = roleDisplayName(role.role);
            if (role.site && *role.site != site.code)
                name += QStringLiteral(" (%1)").arg(*role.site);
            if (role.role == Role::DistributionPoint && !role.effectiveBits())
                name += QLatin1Char(' ') + tr("(no BITS)");
            roles << name;
        }
        return roles.isEmpty() ? tr("none") : roles.join(QLatin1String(", "));
    };
    // Past the limit: the servers with the most findings (then in plan order); all in the CSV.
    struct Entry
    {
        const Site *site;
        const Server *server;
        ReportData::Marks marks;
    };
    QList<Entry> entries;
    for (const Site &site : plan.sites) {
        for (const Server &server : site.servers)
            entries.append({&site, &server, mData.serverMarks(site.code, server.name)});
    }
    if (entries.size() > ReportLimits::kFullTableRows) {
        ReportCsv csv{QStringLiteral("servers"),
                      {tr("Server"), tr("Site"), tr("Zone"), tr("Operating system"), tr("DC"),
                       tr("IIS"), tr("Roles"), tr("Findings")},
                      {}};
        for (const Entry &e : std::as_const(entries)) {
            csv.rows.append({e.server->name, e.site->code,
                             zoneDisplayName(e.server->effectiveZone()),
                             ReportText::osName(e.server->effectiveOs()),
                             ReportText::yesNo(e.server->effectiveDomainController()),
                             ReportText::yesNo(e.server->hasIisRole()), rolesOf(*e.site, *e.server),
                             QString::number(e.marks.count)});
        }
        fullList(csv, tr("Showing the %1 servers with the most findings of %2.")
                          .arg(number(ReportLimits::kServersShown), number(entries.size())));
        std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
            return a.marks.count > b.marks.count;
        });
        entries.resize(ReportLimits::kServersShown);
    }
    for (const Entry &e : std::as_const(entries)) {
        table.rows.append({ReportCell(e.server->name, mStyle.text, true), ReportCell(e.site->code),
                           ReportCell(zoneDisplayName(e.server->effectiveZone())),
                           ReportCell(ReportText::osShortName(e.server->effectiveOs())),
                           ReportCell(ReportText::yesNo(e.server->effectiveDomainController())),
                           ReportCell(ReportText::yesNo(e.server->hasIisRole())),
                           ReportCell(rolesOf(*e.site, *e.server)), marksCell(mLocale, e.marks)});
    }
    mLayout.addTable(table);
    note(tr("Values the plan does not state are shown as assumed (section %1 lists them)."
            " IIS: whether a role on the server needs IIS.")
             .arg(int(Assumptions)));
    roleMatrix();
}

void ReportComposer::roleMatrix()
{
    const Plan &plan = mData.plan();
    QList<Role> used;
    for (int r = 0; r < enumCount<Role>(); ++r) {
        for (const Site &site : plan.sites) {
            for (const Server &server : site.servers) {
                if (server.hasRole(Role(r)) && !used.contains(Role(r)))
                    used << Role(r);
            }
        }
    }
    if (used.isEmpty())
        return;
    mLayout.addHeading(2, tr("Roles by server"));
    if (plan.serverCount() > kMatrixMaxServers) {
        paragraph(plan.serverCount() > ReportLimits::kFullTableRows
                      ? tr("The matrix of roles by server is left out for plans with more than "
                           "%1 servers; the full list of servers names the roles of each.")
                            .arg(number(kMatrixMaxServers))
                      : tr("The matrix of roles by server is left out for plans with more than %1 "
                           "servers; the table above lists the roles of every server.")
                            .arg(kMatrixMaxServers));
        return;
    }
    ReportTable table;
    table.small = true;
    table.widths = {0.18, 0.08};
    table.header = {tr("Server"), tr("Site")};
    table.headerAlignments = {Qt::AlignLeft, Qt::AlignLeft};
    const double column = 0.74 / used.size();
    for (Role role : std::as_const(used)) {
        table.widths << column;
        table.header << roleAbbreviation(role);
        table.headerAlignments << Qt::AlignHCenter;
    }
    for (const Site &site : plan.sites) {
        for (const Server &server : site.servers) {
            QList<ReportCell> row{ReportCell(server.name), ReportCell(site.code)};
            for (Role role : std::as_const(used)) {
                ReportCell cell(server.hasRole(role) ? QStringLiteral("\u25cf") : QString(),
                                roleColor(role));
                cell.alignment = Qt::AlignHCenter;
                row << cell;
            }
            table.rows.append(row);
        }
    }
    mLayout.addTable(table);
    QStringList legend;
    for (Role role : std::as_const(used))
        legend << QStringLiteral("%1 = %2").arg(roleAbbreviation(role), roleDisplayName(role));
    note(legend.join(QLatin1String(", ")));
}

// --- findings ---------------------------------------------------------------------------------

void ReportComposer::findings()
{
    beginSection(Findings);
    const FindingSummary &s = mData.summary();
    if (s.errors + s.warnings + s.infos == 0) {
        paragraph(tr("The plan has no unwaived findings."));
        if (s.waived > 0)
            note(tr("Waived findings are listed in section %1.").arg(int(Risks)));
        return;
    }
    note(tr("Unwaived findings, grouped by severity and then by rule. Waived findings are listed "
            "in section %1.")
             .arg(int(Risks)));
    const Product product = mData.plan().product;
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        const QList<ReportData::RuleGroup> groups = mData.ruleGroups(severity);
        if (groups.isEmpty())
            continue;
        int total = 0;
        for (const ReportData::RuleGroup &g : groups)
            total += int(g.findings.size());
        mLayout.addHeading(
            2, QStringLiteral("%1 (%2)").arg(ReportText::severityPlural(severity), number(total)));
        for (const ReportData::RuleGroup &group : groups) {
            const RuleInfo &info = ruleInfo(group.rule);
            mLayout.addHeading(
                3,
                QStringLiteral("%1 \u2013 %2").arg(ruleText(info.title), QLatin1String(info.id)));
            ReportTable about;
            about.plain = true;
            about.small = true;
            about.widths = {0.17, 0.83};
            about.rows.append({ReportCell(tr("Why it matters"), mStyle.muted),
                               ReportCell(ruleText(rationaleFor(info, product)))});
            about.rows.append({ReportCell(tr("Remediation"), mStyle.muted),
                               ReportCell(ruleText(remediationFor(info, product)))});
            about.rows.append(
                {ReportCell(tr("Source"), mStyle.muted), ReportCell(ruleText(info.source))});
            about.rows.append(
                {ReportCell(tr("Category"), mStyle.muted),
                 ReportCell(ReportText::categoryName(info.category) + QStringLiteral(", ") +
                            severityDisplayName(info.severity))});
            mLayout.addTable(about);

            ReportTable subjects;
            subjects.small = true;
            subjects.widths = {0.2, 0.08, 0.72};
            subjects.header = {tr("Subject"), tr("Site"), tr("Message")};
            QList<const Finding *> shown = group.findings;
            if (shown.size() > ReportLimits::kFullSubjects)
                shown.resize(ReportLimits::kSubjectsShown);
            for (const Finding *f : std::as_const(shown)) {
                subjects.rows.append({ReportCell(ReportText::subjectName(*f), mStyle.text, true),
                                      ReportCell(f->kind == Scope::Site ? f->subject : f->site),
                                      ReportCell(f->translatedMessage(mLocale))});
            }
            mLayout.addTable(subjects);
            if (shown.size() < group.findings.size())
                fullList(findingsCsv(),
                         tr("Showing %1 of the %2 subjects with this finding.")
                             .arg(number(shown.size()), number(group.findings.size())));
        }
    }
}

const ReportCsv &ReportComposer::findingsCsv()
{
    if (mFindingsCsv)
        return *mFindingsCsv;
    ReportCsv csv{
        QStringLiteral("findings"),
        {tr("Severity"), tr("Rule"), tr("Subject"), tr("Site"), tr("Message"), tr("Waived")},
        {}};
    for (const Finding &f : mData.findings()) {
        csv.rows.append({severityDisplayName(f.severity()), f.ruleId(), ReportText::subjectName(f),
                         f.kind == Scope::Site ? f.subject : f.site, f.translatedMessage(mLocale),
                         ReportText::yesNo(f.waived)});
    }
    mFindingsCsv = std::move(csv);
    return *mFindingsCsv;
}

// --- accepted risks ---------------------------------------------------------------------------

void ReportComposer::risks()
{
    beginSection(Risks);
    const QList<ReportData::WaiverState> waivers = mData.waivers();
    if (waivers.isEmpty()) {
        paragraph(tr("The plan has no waivers: no finding is accepted as a risk."));
        return;
    }
    note(tr("Every waiver of the plan. A waiver accepts one finding until it expires; an expired "
            "waiver no longer hides its finding, and a waiver that matches no finding should be "
            "removed or corrected."));
    ReportTable table;
    table.small = true;
    table.widths = {0.22, 0.32, 0.14, 0.11, 0.21};
    table.header = {tr("Finding"), tr("Justification"), tr("Approved by"), tr("Expires"),
                    tr("Status")};
    const QColor ok(0x2e, 0x7d, 0x32);
    QList<ReportData::WaiverState> shown = waivers;
    if (waivers.size() > ReportLimits::kFullTableRows) {
        // Those that need the board's attention first: expired, then matching no finding.
        auto rank = [](const ReportData::WaiverState &state) {
            return state.expired ? 0 : state.matches == 0 ? 1 : 2;
        };
        std::stable_sort(shown.begin(), shown.end(),
                         [&rank](const ReportData::WaiverState &a,
                                 const ReportData::WaiverState &b) { return rank(a) < rank(b); });
        shown.resize(ReportLimits::kWaiversShown);
        ReportCsv csv{QStringLiteral("waivers"),
                      {tr("Finding"), tr("Justification"), tr("Approved by"), tr("Expires"),
                       tr("Expired"), tr("Matching findings")},
                      {}};
        for (const ReportData::WaiverState &state : waivers) {
            const Waiver &w = *state.waiver;
            csv.rows.append({w.finding, w.justification, w.approvedBy.value_or(QString()),
                             w.expires ? w.expires->toString(Qt::ISODate) : QString(),
                             ReportText::yesNo(state.expired), QString::number(state.matches)});
        }
        fullList(csv, tr("Showing %1 of the %2 waivers: the expired ones and those that match no "
                         "finding first.")
                          .arg(number(ReportLimits::kWaiversShown), number(waivers.size())));
    }
    for (const ReportData::WaiverState &state : std::as_const(shown)) {
        const Waiver &w = *state.waiver;
        QString status;
        QColor color;
        if (state.expired && state.matches > 0) {
            status = tr("Expired: the finding is reported again");
            color = severityColor(Severity::Warning);
        } else if (state.expired) {
            status = tr("Expired, and matches no finding");
            color = severityColor(Severity::Warning);
        } else if (state.matches > 0) {
            status = tr("Active: accepts %1 finding(s)", nullptr, state.matches)
                         .arg(number(state.matches));
            color = ok;
        } else {
            status = tr("Matches no finding");
            color = severityColor(Severity::Info);
        }
        table.rows.append({ReportCell(w.finding, mStyle.text, true), ReportCell(w.justification),
                           ReportCell(w.approvedBy.value_or(tr("not stated"))),
                           ReportCell(w.expires ? date(*w.expires) : tr("never")),
                           ReportCell(status, color, true)});
    }
    mLayout.addTable(table);
}

} // namespace hierarch
