// The planning sections of the report: assumptions, account plan, security checklist, ports and
// the rule catalog.
#include "reportsections.h"

#include "reportdata.h"
#include "reporttext.h"
#include "theme.h"

#include <QHash>
#include <QMap>
#include <QSet>

namespace hierarch {

namespace {

const QColor kPass(0x2e, 0x7d, 0x32);
const QColor kNeutral(0x80, 0x86, 0x90);

// How the product creates an account's password and how it may be changed: seed 004, table 12.2
// for SMS 2003 types; the ConfigMgr 2007 account topics ([D11]) for that product's types.
// ("Overview of Password Change Methods for SMS Accounts"), in our own words.
struct PasswordReference
{
    QString created;
    QString manualChange;
    QString method;
};

PasswordReference passwordReference(AccountType type)
{
    const QString administrator = ReportComposer::tr("An administrator sets it.");
    const QString generated = ReportComposer::tr("The product generates it at random.");
    const QString yes = ReportComposer::tr("Yes.");
    const QString none = ReportComposer::tr("None: leave it to the product.");
    const QString windowsConsole = ReportComposer::tr("Change it in Windows, then enter it in the "
                                                      "administrator console.");
    switch (type) {
    case AccountType::SmsService:
        return {administrator,
                ReportComposer::tr(
                    "Yes. If several sites share the account, or it is changed on secondary "
                    "sites, create a second account first and keep both active until every "
                    "site uses the new one."),
                ReportComposer::tr("Change it in Windows, then run a site reset or enter it in the "
                                   "administrator console.")};
    case AccountType::Database:
        return {
            administrator, yes,
            ReportComposer::tr("Change it in SQL Server, then run a site reset or enter it in the "
                               "administrator console.")};
    case AccountType::SiteAddress:
        return {administrator, yes,
                ReportComposer::tr("Change it in Windows, then in the site address properties.")};
    case AccountType::ServerConnection:
        return {generated,
                ReportComposer::tr(
                    "Not recommended: a site reset generates a new password. An account "
                    "created with SMSAccountSetup.ini must be given again at the reset."),
                none};
    case AccountType::SiteSystemConnection:
    case AccountType::AdvancedClientNetworkAccess:
    case AccountType::LegacyClientSoftwareInstallation:
    case AccountType::ClientPushInstallation:
    case AccountType::NetworkAccess:
    case AccountType::SiteSystemInstallation:
    case AccountType::SoftwareUpdatePointConnection:
    case AccountType::HealthStateReferencePublishing:
    case AccountType::HealthStateReferenceQuerying:
        return {administrator, yes, windowsConsole};
    case AccountType::RemoteService:
        return {generated,
                ReportComposer::tr("Not recommended: a site reset generates a new password."),
                none};
    case AccountType::ClientServices:
    case AccountType::ClientServicesDc:
    case AccountType::ClientUserToken:
    case AccountType::ClientUserTokenDc:
        return {generated,
                ReportComposer::tr(
                    "Not recommended: removing and reinstalling the client generates a new "
                    "password."),
                none};
    case AccountType::ClientConnection:
        return {ReportComposer::tr(
                    "Generated at random for the default account; an administrator sets the "
                    "password of any further account."),
                ReportComposer::tr(
                    "Not recommended: clients with an old password lock the account out. "
                    "Rotate by creating a new account and keep one valid account at all "
                    "times."),
                none};
    case AccountType::CcmBootLoader:
    case AccountType::CcmBootLoaderDc:
        return {
            ReportComposer::tr("The product creates and maintains it (not listed in table 12.2)."),
            ReportComposer::tr("No."), none};
    }
    return {};
}

QString assumedValueText(const FieldInfo &field, const QVariant &value)
{
    const QString key = QLatin1String(field.key);
    if (value.typeId() == QMetaType::Bool)
        return ReportText::yesNo(value.toBool());
    const QString text = value.toString();
    if (key == QLatin1String("os")) {
        if (const auto os = enumFromName<OperatingSystem>(QStringView(text)))
            return ReportText::osName(*os);
    } else if (key == QLatin1String("zone")) {
        if (const auto zone = enumFromName<Zone>(QStringView(text)))
            return zoneDisplayName(*zone);
    } else if (key == QLatin1String("fileSystem")) {
        return text.toUpper();
    } else if (key == QLatin1String("sql.authentication")) {
        return text == QLatin1String("windows") ? ReportComposer::tr("Windows authentication")
                                                : ReportComposer::tr("Mixed authentication");
    } else if (key == QLatin1String("sql.serviceAccount")) {
        return text == QLatin1String("domain-user") ? ReportComposer::tr("Domain user account")
                                                    : ReportComposer::tr("Local System");
    }
    return text;
}

// The failing findings of a checklist item: ids in full while they are few, else a count per
// rule (section 5 lists every finding), so one item cannot fill pages.
QString findingSummary(const QStringList &ids, const QLocale &locale)
{
    constexpr int kListed = 4;
    if (ids.size() <= kListed)
        return ids.join(QLatin1String(", "));
    QStringList rules;
    QList<int> counts;
    for (const QString &id : ids) {
        const QString rule = id.section(QLatin1Char('@'), 0, 0);
        const qsizetype index = rules.indexOf(rule);
        if (index < 0) {
            rules << rule;
            counts << 1;
        } else {
            ++counts[index];
        }
    }
    QStringList parts;
    for (qsizetype i = 0; i < rules.size(); ++i)
        parts << ReportComposer::tr("%1: %2 finding(s)", nullptr, counts.at(i))
                     .arg(rules.at(i), locale.toString(counts.at(i)));
    return parts.join(QLatin1Char('\n'));
}

QColor checklistColor(ChecklistStatus status)
{
    switch (status) {
    case ChecklistStatus::Pass:
    case ChecklistStatus::Done:
        return kPass;
    case ChecklistStatus::Fail:
        return severityColor(Severity::Error);
    case ChecklistStatus::Open:
        return severityColor(Severity::Warning);
    case ChecklistStatus::NotApplicable:
    case ChecklistStatus::AttestedNotApplicable:
        return kNeutral;
    }
    return kNeutral;
}

} // namespace

// --- assumptions ------------------------------------------------------------------------------

void ReportComposer::assumptions()
{
    beginSection(Assumptions);
    const QList<ReportData::Assumption> &assumptions = mData.assumptions();
    if (mData.plan().serverCount() == 0) {
        paragraph(tr("The plan has no servers, so no server facts were assumed."));
        return;
    }
    if (assumptions.isEmpty()) {
        paragraph(tr("The plan states every server fact; nothing was assumed."));
        return;
    }
    paragraph(tr("The file format lets server facts default to the compliant value. The plan "
                 "does not state the facts below, so the validator assumed the value shown and "
                 "raised no finding for them. Confirm each one with the server's owner before "
                 "the plan is approved."));
    ReportTable table;
    table.small = true;
    table.widths = {0.22, 0.2, 0.58};
    table.header = {tr("Fact"), tr("Assumed value"), tr("Servers")};
    bool cut = false;
    for (const ReportData::Assumption &a : assumptions) {
        QString servers;
        if (a.servers.size() == a.applicable && a.applicable > 1) {
            servers = QLatin1String(a.field->key).startsWith(QLatin1String("sql."))
                          ? tr("All %1 servers that run SQL Server").arg(number(a.applicable))
                          : tr("All %1 servers").arg(number(a.applicable));
        } else {
            // Server names by site, in plan order, one line per site.
            QStringList lines;
            QString currentSite;
            QStringList names;
            auto flush = [&] {
                if (!names.isEmpty())
                    lines << QStringLiteral("%1: %2").arg(currentSite,
                                                          names.join(QLatin1String(", ")));
                names.clear();
            };
            for (const auto &[site, server] : a.servers) {
                if (site != currentSite) {
                    flush();
                    currentSite = site;
                }
                names << server;
            }
            flush();
            if (lines.size() > ReportLimits::kFullAssumptionLines) {
                const qsizetype leftSites = lines.size() - ReportLimits::kAssumptionLinesShown;
                qsizetype shownServers = 0;
                for (const QString &line : lines.mid(0, ReportLimits::kAssumptionLinesShown))
                    shownServers += line.count(QLatin1String(", ")) + 1;
                lines.resize(ReportLimits::kAssumptionLinesShown);
                lines << tr("\u2026 and %1 more servers at %2 more sites")
                             .arg(number(a.servers.size() - shownServers), number(leftSites));
                cut = true;
            }
            servers = lines.join(QLatin1Char('\n'));
        }
        table.rows.append({ReportCell(a.field->displayLabel(), mStyle.text, true),
                           ReportCell(assumedValueText(*a.field, a.assumed)), ReportCell(servers)});
    }
    if (cut) {
        ReportCsv csv{QStringLiteral("assumptions"),
                      {tr("Fact"), tr("Assumed value"), tr("Site"), tr("Server")},
                      {}};
        for (const ReportData::Assumption &a : assumptions) {
            const QString label = a.field->displayLabel();
            const QString value = assumedValueText(*a.field, a.assumed);
            for (const auto &[site, server] : a.servers)
                csv.rows.append({label, value, site, server});
        }
        fullList(csv, tr("Long server lists are shortened to their first %1 sites.")
                          .arg(number(ReportLimits::kAssumptionLinesShown)));
    }
    mLayout.addTable(table);
}

// --- accounts ---------------------------------------------------------------------------------

void ReportComposer::accounts()
{
    beginSection(Accounts);
    const Plan &plan = mData.plan();
    if (plan.accounts.isEmpty()) {
        paragraph(tr("The plan lists no accounts. Plan every account's password procedure "
                     "before the hierarchy is built."));
        return;
    }
    ReportTable table;
    table.small = true;
    table.widths = {0.2, 0.12, 0.07, 0.13, 0.08, 0.15, 0.11, 0.14};
    table.header = {tr("Account"),         tr("Type"),          tr("Sites"),
                    tr("Password set by"), tr("Manual change"), tr("Change method"),
                    tr("Custodians"),      tr("Findings")};
    QList<const Account *> shown;
    for (const Account &account : plan.accounts)
        shown << &account;
    if (shown.size() > ReportLimits::kFullTableRows) {
        // The accounts with findings first, the worst first, then in plan order.
        auto rank = [this](const Account *account) {
            Severity worst = Severity::Info;
            const QStringList rules = mData.accountFindingRules(account->name, &worst);
            return rules.isEmpty() ? 3 : int(worst);
        };
        std::stable_sort(shown.begin(), shown.end(),
                         [&rank](const Account *a, const Account *b) { return rank(a) < rank(b); });
        shown.resize(ReportLimits::kAccountsShown);
        ReportCsv csv{QStringLiteral("accounts"),
                      {tr("Account"), tr("Type"), tr("Sites"), tr("Password set by"),
                       tr("Change method"), tr("Custodians"), tr("Findings")},
                      {}};
        for (const Account &account : plan.accounts) {
            csv.rows.append({account.name, ReportText::accountTypeName(account.type),
                             account.sites.join(QLatin1String(" ")),
                             account.effectiveGenerated() ? tr("The product") : tr("Administrator"),
                             ReportText::passwordChangeName(account.effectivePasswordChange()),
                             QString::number(account.effectiveCustodians()),
                             mData.accountFindingRules(account.name).join(QLatin1String(" "))});
        }
        fullList(csv, tr("Showing %1 of the %2 accounts, those with findings first.")
                          .arg(number(ReportLimits::kAccountsShown), number(plan.accounts.size())));
    }
    for (const Account *entry : std::as_const(shown)) {
        const Account &account = *entry;
        const bool generated = account.effectiveGenerated();
        QString method = ReportText::passwordChangeName(account.effectivePasswordChange());
        if (!account.passwordChange)
            method += QLatin1Char(' ') + tr("(default)");
        QString custodians = number(account.effectiveCustodians());
        if (account.effectiveSealedCopy())
            custodians += QLatin1String(", ") + tr("sealed copy");
        if (account.rotation == Rotation::NewAccount)
            method += QLatin1String(", ") + tr("rotated by a new account");
        if (account.rotationAccount)
            method += QLatin1String(", ") + tr("second account %1").arg(*account.rotationAccount);
        Severity worst = Severity::Info;
        const QStringList rules = mData.accountFindingRules(account.name, &worst);
        table.rows.append(
            {ReportCell(account.name, mStyle.text, true),
             ReportCell(ReportText::accountTypeName(account.type)),
             ReportCell(account.sites.join(QLatin1String(", "))),
             ReportCell(generated ? tr("The product") : tr("Administrator")),
             ReportCell(generated ? tr("No") : tr("Yes")), ReportCell(method),
             ReportCell(custodians),
             ReportCell(rules.isEmpty() ? tr("none") : rules.join(QLatin1String(", ")),
                        rules.isEmpty() ? mStyle.muted : severityColor(worst))});
    }
    mLayout.addTable(table);

    mLayout.addHeading(2, tr("Password change methods"));
    if (plan.product == Product::Sms2003) {
        note(tr("How SMS 2003 treats the password of each account type the plan uses; a summary "
                "of table 12.2, \"Overview of Password Change Methods for SMS Accounts\", in "
                "\"SMS 2003: Planning for SMS Account Lifecycles\"."));
    } else {
        note(tr("How Configuration Manager 2007 treats the password of each account type the "
                "plan uses: the administrator changes the account or its password in Windows, "
                "then configures it in the Configuration Manager console. Accounts of SMS 2003 "
                "types are listed as SMS 2003 planned them."));
    }
    ReportTable reference;
    reference.small = true;
    reference.widths = {0.2, 0.24, 0.3, 0.26};
    reference.header = {tr("Account type"), tr("How the password is created"),
                        tr("Manual change acceptable?"), tr("Change method")};
    for (AccountType type : mData.accountTypesUsed()) {
        const PasswordReference ref = passwordReference(type);
        reference.rows.append({ReportCell(ReportText::accountTypeName(type), mStyle.text, true),
                               ReportCell(ref.created), ReportCell(ref.manualChange),
                               ReportCell(ref.method)});
    }
    mLayout.addTable(reference);
}

// --- checklist --------------------------------------------------------------------------------

void ReportComposer::checklist()
{
    beginSection(Checklist);
    note(tr("\"Configuration Manager 2007: Checklist for Security Best Practices\". Items with "
            "rules pass when the mapped rules run and find nothing; manual items take the plan's "
            "attestation (open when there is none), and so do the certificate items while the "
            "plan does not state the PKI settings their rules read."));
    QMap<int, int> counts;
    for (const ChecklistEntry &entry : mData.checklist())
        ++counts[int(entry.status)];
    QStringList summary;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        summary << QStringLiteral("%1: %2").arg(
            ReportText::checklistStatusName(ChecklistStatus(it.key())), number(it.value()));
    paragraph(summary.join(QStringLiteral(" \u00b7 ")));

    QString group;
    ReportTable table;
    auto flush = [&] {
        if (!table.rows.isEmpty())
            mLayout.addTable(table);
        table.rows.clear();
    };
    table.small = true;
    table.widths = {0.2, 0.4, 0.14, 0.26};
    table.header = {tr("Item"), tr("Practice"), tr("Status"), tr("Findings or note")};
    for (const ChecklistEntry &entry : mData.checklist()) {
        const QString entryGroup = checklistText(entry.item->group);
        if (entryGroup != group) {
            flush();
            group = entryGroup;
            mLayout.addHeading(2, group);
        }
        QString detail = findingSummary(entry.findingIds, mLocale);
        if (!entry.note.isEmpty())
            detail = detail.isEmpty() ? entry.note : detail + QLatin1Char('\n') + entry.note;
        table.rows.append({ReportCell(QLatin1String(entry.item->id)),
                           ReportCell(checklistText(entry.item->title)),
                           ReportCell(ReportText::checklistStatusName(entry.status),
                                      checklistColor(entry.status), true),
                           ReportCell(detail)});
    }
    flush();
}

// --- ports ------------------------------------------------------------------------------------

void ReportComposer::ports()
{
    beginSection(Ports);
    const QList<ReportData::ServerPorts> &ports = mData.ports();
    if (ports.isEmpty()) {
        paragraph(mData.plan().serverCount() == 0
                      ? tr("The plan has no servers, so there are no ports to open.")
                      : tr("No server carries a role, so there are no ports to open."));
        return;
    }
    paragraph(tr("The ports each server needs for its roles, with the default port numbers of "
                 "the product documentation (\"Ports used by %1\"). Client-facing web roles use "
                 "HTTPS (443) in native-mode sites and HTTP (80) otherwise. Adjust the rules "
                 "where the plan changes a default port (checklist item nondefault-ports).")
                  .arg(productDisplayName(mData.plan().product)));
    note(tr("Dynamic RPC ports: 1025–5000 on Windows Server 2003 and earlier, "
            "49152–65535 on Windows Server 2008, unless restricted. Inbound means the "
            "server accepts the connection; outbound means it opens it."));
    auto directionText = [](ReportData::Direction direction) {
        return direction == ReportData::Direction::Inbound    ? tr("Inbound")
               : direction == ReportData::Direction::Outbound ? tr("Outbound")
                                                              : tr("Both ways");
    };
    qsizetype rowCount = 0;
    for (const ReportData::ServerPorts &server : ports)
        rowCount += server.rows.size();
    if (rowCount > ReportLimits::kFullTableRows) {
        portSummary(directionText);
        return;
    }
    ReportTable table;
    table.small = true;
    table.widths = {0.18, 0.09, 0.09, 0.1, 0.19, 0.35};
    table.header = {tr("Server"),    tr("Port"), tr("Protocol"),
                    tr("Direction"), tr("Peer"), tr("Purpose")};
    for (const ReportData::ServerPorts &server : ports) {
        bool first = true;
        for (const ReportData::PortRow &row : server.rows) {
            const QString direction = directionText(row.direction);
            // The server's name on each row (muted after the first), so a row read alone on a
            // later page still says whose port it is.
            table.rows.append({first ? ReportCell(server.server, mStyle.text, true)
                                     : ReportCell(server.server, mStyle.muted),
                               ReportCell(row.port), ReportCell(row.protocol),
                               ReportCell(direction), ReportCell(row.peer),
                               ReportCell(row.purpose)});
            first = false;
        }
    }
    mLayout.addTable(table);
}

// A port plan too long for a table per server: one row per port rule (port, protocol,
// direction, purpose) with the number of servers that need it, in the order rules first appear;
// every server's rows go to the CSV.
void ReportComposer::portSummary(const std::function<QString(ReportData::Direction)> &direction)
{
    const QList<ReportData::ServerPorts> &ports = mData.ports();
    ReportCsv csv{QStringLiteral("ports"),
                  {tr("Site"), tr("Server"), tr("Port"), tr("Protocol"), tr("Direction"),
                   tr("Peer"), tr("Purpose")},
                  {}};
    struct Rule
    {
        const ReportData::PortRow *row;
        int servers = 0;
    };
    QList<Rule> rules;
    QHash<QString, qsizetype> index;
    for (const ReportData::ServerPorts &server : ports) {
        QSet<QString> counted;
        for (const ReportData::PortRow &row : server.rows) {
            csv.rows.append({server.site, server.server, row.port, row.protocol,
                             direction(row.direction), row.peer, row.purpose});
            const QString key = QStringList{row.port, row.protocol,
                                            QString::number(int(row.direction)), row.purpose}
                                    .join(QChar(0x1f));
            auto it = index.find(key);
            if (it == index.end()) {
                it = index.insert(key, rules.size());
                rules.append({&row, 0});
            }
            if (!counted.contains(key)) {
                counted.insert(key);
                ++rules[*it].servers;
            }
        }
    }
    fullList(csv, tr("The plan has %1 servers, too many for a table per server: the table below "
                     "counts the servers that need each port.")
                      .arg(number(mData.plan().serverCount())));
    ReportTable table;
    table.small = true;
    table.widths = {0.1, 0.1, 0.12, 0.1, 0.58};
    table.header = {tr("Port"), tr("Protocol"), tr("Direction"), tr("Servers"), tr("Purpose")};
    table.headerAlignments = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight,
                              Qt::AlignLeft};
    for (const Rule &rule : std::as_const(rules)) {
        ReportCell count(number(rule.servers));
        count.alignment = Qt::AlignRight;
        table.rows.append(
            {ReportCell(rule.row->port, mStyle.text, true), ReportCell(rule.row->protocol),
             ReportCell(direction(rule.row->direction)), count, ReportCell(rule.row->purpose)});
    }
    mLayout.addTable(table);
}

// --- appendix ---------------------------------------------------------------------------------

void ReportComposer::appendix()
{
    beginSection(Appendix);
    note(tr("Every rule of the catalog. Rules for the other product do not run for this plan."));
    ReportTable table;
    table.small = true;
    table.widths = {0.23, 0.13, 0.1, 0.09, 0.13, 0.32};
    table.header = {tr("Id"),    tr("Severity"), tr("Category"),
                    tr("Scope"), tr("Products"), tr("Title")};
    for (const RuleInfo &info : ruleCatalog()) {
        table.rows.append(
            {ReportCell(QLatin1String(info.id)),
             ReportCell(severityDisplayName(info.severity), severityColor(info.severity)),
             ReportCell(ReportText::categoryName(info.category)),
             ReportCell(ReportText::scopeName(info.scope)),
             ReportCell(ReportText::productsName(info.products)),
             ReportCell(ruleText(info.title))});
    }
    mLayout.addTable(table);
}

} // namespace hierarch
