#include "siteimport.h"

#include "../boundaries/boundary.h"
#include "../io/planloader.h"
#include "../io/textlimits.h"
#include "csvreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace hierarch {

namespace {

struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(hierarch::SiteImport)
};

QString quoted(const QString &s)
{
    return QLatin1Char('`') + clippedForMessage(s) + QLatin1Char('`');
}

QString folded(const QString &s)
{
    return s.toCaseFolded();
}

enum Column { Kind, Code, Name, Type, Parent, Clients, SiteCol, Roles, Boundaries, ColumnCount };

const char *const kColumnNames[ColumnCount] = {"kind",    "code", "name",  "type",      "parent",
                                               "clients", "site", "roles", "boundaries"};

// A row read into the columns it has; -1 = the file has no such column.
struct Row
{
    int row = 0;
    QString value[ColumnCount];
};

class Importer
{
public:
    Importer(const Plan &plan, SiteImport &out) : mPlan(plan), mOut(out) {}

    void run(const QByteArray &csv)
    {
        const CsvTable table = readCsv(csv);
        for (const CsvError &e : table.errors)
            mOut.errors.append({e.row, QString(), e.message});
        if (!table.errors.isEmpty())
            return;
        if (!readHeader(table.header, table.headerRow))
            return;
        indexPlan();
        // First pass: every site code of the file, so that a parent may come later.
        QList<Row> rows;
        rows.reserve(table.records.size());
        for (const CsvRecord &record : table.records) {
            if (record.fields.size() != table.header.size()) {
                error(
                    record.row, QString(),
                    ImportText::tr("the row has %n field(s)", nullptr, int(record.fields.size())) +
                        ImportText::tr("; the header has %n", nullptr, int(table.header.size())));
                continue;
            }
            Row row;
            row.row = record.row;
            for (int c = 0; c < ColumnCount; ++c) {
                if (mIndex[c] >= 0)
                    row.value[c] = record.fields.at(mIndex[c]);
            }
            rows.append(row);
        }
        for (const Row &row : std::as_const(rows)) {
            if (isSiteRow(row) && !row.value[Code].isEmpty()) {
                const QString key = folded(row.value[Code]);
                if (!mFileSites.contains(key))
                    mFileSites.insert(key, row.row);
            }
        }
        for (const Row &row : std::as_const(rows)) {
            const std::optional<bool> site = rowKind(row);
            if (!site)
                continue;
            if (*site)
                readSite(row);
            else
                readServer(row);
        }
        checkCycles();
        checkLimits();
        std::stable_sort(mOut.errors.begin(), mOut.errors.end(),
                         [](const ImportError &a, const ImportError &b) { return a.row < b.row; });
        if (!mOut.errors.isEmpty()) {
            mOut.sites.clear();
            mOut.servers.clear();
            mOut.items.clear();
        }
    }

private:
    void error(int row, const QString &column, const QString &message)
    {
        mOut.errors.append({row, column, message});
    }

    QString columnName(Column c) const { return mHeaderNames[c]; }

    bool readHeader(const QStringList &header, int row)
    {
        for (int &i : mIndex)
            i = -1;
        QStringList known;
        for (const char *name : kColumnNames)
            known << QString::fromLatin1(name);
        bool ok = true;
        for (int i = 0; i < header.size(); ++i) {
            const QString &name = header.at(i);
            const QString key = name.toLower();
            if (name.isEmpty()) {
                error(row, QString(),
                      ImportText::tr("column %1 has no name in the header row").arg(i + 1));
                ok = false;
                continue;
            }
            const qsizetype c = known.indexOf(key);
            if (c < 0) {
                QString message = ImportText::tr("unknown column %1; the columns are %2")
                                      .arg(quoted(name), known.join(QLatin1String(", ")));
                const QString hint = closestMatch(key, known);
                if (!hint.isEmpty())
                    message += ImportText::tr("; did you mean %1?").arg(quoted(hint));
                error(row, name, message);
                ok = false;
                continue;
            }
            if (mIndex[c] >= 0) {
                error(row, name, ImportText::tr("the column %1 appears twice").arg(quoted(name)));
                ok = false;
                continue;
            }
            mIndex[c] = i;
            mHeaderNames[c] = name;
        }
        if (!ok)
            return false;
        for (int c = 0; c < ColumnCount; ++c) {
            if (mIndex[c] < 0)
                mHeaderNames[c] = QString::fromLatin1(kColumnNames[c]);
        }
        const bool siteColumns = mIndex[Code] >= 0;
        const bool serverColumns = mIndex[SiteCol] >= 0 || mIndex[Roles] >= 0;
        if (mIndex[Kind] < 0) {
            if (siteColumns && serverColumns) {
                error(row, QString(),
                      ImportText::tr("a file with both site columns (code) and server columns "
                                     "(site, roles) needs a `kind` column saying `site` or "
                                     "`server` on each row"));
                return false;
            }
            if (!siteColumns && !serverColumns) {
                error(row, QString(),
                      ImportText::tr("the header names neither sites (a `code` column) nor "
                                     "servers (`name` and `site` columns)"));
                return false;
            }
            mDefaultSite = siteColumns;
        }
        if (mIndex[Kind] < 0 && !mDefaultSite && (mIndex[Name] < 0 || mIndex[SiteCol] < 0)) {
            error(row, QString(),
                  ImportText::tr("a server file needs the columns `name` and `site`"));
            return false;
        }
        return true;
    }

    std::optional<bool> rowKind(const Row &row)
    {
        if (mIndex[Kind] < 0)
            return mDefaultSite;
        const QString kind = row.value[Kind].toLower();
        if (kind == QLatin1String("site"))
            return true;
        if (kind == QLatin1String("server"))
            return false;
        error(row.row, columnName(Kind),
              row.value[Kind].isEmpty() ? ImportText::tr("say `site` or `server`")
                                        : ImportText::tr("%1 is not a kind; say `site` or `server`")
                                              .arg(quoted(row.value[Kind])));
        return std::nullopt;
    }

    bool isSiteRow(const Row &row) const
    {
        if (mIndex[Kind] < 0)
            return mDefaultSite;
        return row.value[Kind].compare(QLatin1String("site"), Qt::CaseInsensitive) == 0;
    }

    void indexPlan()
    {
        for (const Site &site : mPlan.sites) {
            mPlanSites.insert(folded(site.code));
            for (const Server &server : site.servers)
                mPlanServers.insert(folded(server.name));
        }
    }

    bool checkText(const Row &row, Column c)
    {
        const QString problem = textProblem(row.value[c], TextKind::Name);
        if (problem.isEmpty())
            return true;
        error(row.row, columnName(c), problem);
        return false;
    }

    // A value in a column that does not apply to this kind of row.
    void refuseColumns(const Row &row, std::initializer_list<Column> columns, bool siteRow)
    {
        for (Column c : columns) {
            if (!row.value[c].isEmpty()) {
                error(row.row, columnName(c),
                      siteRow ? ImportText::tr("%1 is a server column; leave it empty on a site "
                                               "row")
                                    .arg(quoted(columnName(c)))
                              : ImportText::tr("%1 is a site column; leave it empty on a server "
                                               "row")
                                    .arg(quoted(columnName(c))));
            }
        }
    }

    void readSite(const Row &row)
    {
        const int errorsBefore = int(mOut.errors.size());
        refuseColumns(row, {SiteCol, Roles}, true);
        Site site;
        readBoundaries(row, site);
        const QString &code = row.value[Code];
        if (code.isEmpty()) {
            error(row.row, columnName(Code), ImportText::tr("a site needs a code"));
        } else if (checkText(row, Code)) {
            const QString key = folded(code);
            const int firstRow = mFileSites.value(key);
            if (mPlanSites.contains(key)) {
                error(row.row, columnName(Code),
                      ImportText::tr("the site code %1 is already in the plan").arg(quoted(code)));
            } else if (firstRow != row.row) {
                error(row.row, columnName(Code),
                      ImportText::tr("the site code %1 is already on row %2")
                          .arg(quoted(code))
                          .arg(firstRow));
            }
            site.code = code;
        }
        if (!row.value[Name].isEmpty() && checkText(row, Name))
            site.name = row.value[Name];
        const QString type = row.value[Type].toLower();
        if (!type.isEmpty()) {
            if (const auto t = enumFromName<SiteType>(type))
                site.type = *t;
            else
                error(row.row, columnName(Type),
                      ImportText::tr("%1 is not a site type; say `primary` or `secondary`")
                          .arg(quoted(row.value[Type])));
        }
        const QString &parent = row.value[Parent];
        if (!parent.isEmpty()) {
            const QString key = folded(parent);
            if (key == folded(code)) {
                error(row.row, columnName(Parent),
                      ImportText::tr("a site cannot be its own parent"));
            } else if (!mPlanSites.contains(key) && !mFileSites.contains(key)) {
                error(row.row, columnName(Parent),
                      ImportText::tr("unknown parent site %1: it is neither in the plan nor in "
                                     "this file")
                          .arg(quoted(parent)));
            }
            site.parent = parent;
        } else if (site.type == SiteType::Secondary) {
            error(row.row, columnName(Parent),
                  ImportText::tr("a secondary site needs a parent site"));
        }
        const QString &clients = row.value[Clients];
        if (!clients.isEmpty()) {
            bool ok = false;
            const int n = clients.toInt(&ok);
            if (!ok || n < 0)
                error(row.row, columnName(Clients),
                      ImportText::tr("%1 is not a number of clients; write a whole number, 0 or "
                                     "more, without separators")
                          .arg(quoted(clients)));
            else
                site.clients = n;
        }
        if (int(mOut.errors.size()) != errorsBefore)
            return;
        mNewSiteIndex.insert(folded(site.code), int(mOut.sites.size()));
        mSiteRows.append(row.row);
        QStringList details;
        details << enumString(site.effectiveType());
        if (site.clients)
            details << ImportText::tr("%n client(s)", nullptr, *site.clients);
        if (!site.boundaries.isEmpty())
            details << ImportText::tr("%n boundary(ies)", nullptr, int(site.boundaries.size()));
        mOut.items.append({ImportedItem::Site, row.row, site.code, site.parent.value_or(QString()),
                           details.join(QLatin1String(", "))});
        mOut.sites.append(site);
    }

    // README "Importing sites and servers": boundaries separated by `;`, each a boundary value
    // (its type inferred, or written before it and a colon) and optionally the word `slow` or
    // `fast` after a space: `10.1.0.0/16; adSite:Berlin; 10.2.0.1-10.2.0.9 slow`.
    void readBoundaries(const Row &row, Site &site)
    {
        for (const QString &piece : row.value[Boundaries].split(QLatin1Char(';'))) {
            if (piece.trimmed().isEmpty())
                continue;
            Boundary boundary;
            const QString why = parseBoundaryItem(piece, mPlan.product, boundary);
            if (why.isEmpty())
                site.boundaries.append(boundary);
            else
                error(row.row, columnName(Boundaries), why);
        }
    }

    void readServer(const Row &row)
    {
        const int errorsBefore = int(mOut.errors.size());
        refuseColumns(row, {Code, Type, Parent, Clients, Boundaries}, false);
        Server server;
        const QString &name = row.value[Name];
        if (name.isEmpty()) {
            error(row.row, columnName(Name), ImportText::tr("a server needs a name"));
        } else if (checkText(row, Name)) {
            const QString key = folded(name);
            if (mPlanServers.contains(key)) {
                error(row.row, columnName(Name),
                      ImportText::tr("the server %1 is already in the plan").arg(quoted(name)));
            } else if (const int first = mFileServers.value(key); first) {
                error(row.row, columnName(Name),
                      ImportText::tr("the server %1 is already on row %2")
                          .arg(quoted(name))
                          .arg(first));
            } else {
                mFileServers.insert(key, row.row);
            }
            server.name = name;
        }
        const QString &site = row.value[SiteCol];
        if (site.isEmpty()) {
            error(row.row, columnName(SiteCol),
                  ImportText::tr("say which site the server is in (its code)"));
        } else if (!mPlanSites.contains(folded(site)) && !mFileSites.contains(folded(site))) {
            error(row.row, columnName(SiteCol),
                  ImportText::tr("unknown site %1: it is neither in the plan nor in this file")
                      .arg(quoted(site)));
        }
        static const QRegularExpression separators(QStringLiteral("[;,\\s]+"));
        const QStringList roleNames = row.value[Roles].split(separators, Qt::SkipEmptyParts);
        RoleSet seen;
        for (const QString &roleName : roleNames) {
            const QString id = roleName.toLower();
            const std::optional<Role> role = enumFromName<Role>(id);
            if (!role) {
                QString message = ImportText::tr("unknown role %1").arg(quoted(roleName));
                const QString hint = closestMatch(id, enumNames<Role>());
                if (!hint.isEmpty())
                    message += ImportText::tr("; did you mean %1?").arg(quoted(hint));
                error(row.row, columnName(Roles), message);
                continue;
            }
            if (!roleInProduct(*role, mPlan.product)) {
                error(row.row, columnName(Roles),
                      ImportText::tr("the role %1 is not part of %2")
                          .arg(quoted(id), mPlan.product == Product::Sms2003
                                               ? QStringLiteral("SMS 2003")
                                               : QStringLiteral("Configuration Manager 2007")));
                continue;
            }
            if (seen.contains(*role)) {
                error(row.row, columnName(Roles),
                      ImportText::tr("the role %1 is listed twice").arg(quoted(id)));
                continue;
            }
            seen.insert(*role);
            RoleAssignment assignment;
            assignment.role = *role;
            server.roles.append(assignment);
        }
        if (int(mOut.errors.size()) != errorsBefore)
            return;
        QStringList roles;
        for (const RoleAssignment &r : std::as_const(server.roles))
            roles << enumString(r.role);
        // Servers may come before their site in the file: they are attached once every row is
        // read.
        mPendingServers.append({folded(site), site, server});
        mOut.items.append(
            {ImportedItem::Server, row.row, server.name, site, roles.join(QLatin1String(", "))});
    }

    void checkCycles()
    {
        // Parents of every site, the plan's and the file's, by folded code.
        QHash<QString, QString> parentOf;
        QHash<QString, QString> spelling; // folded code -> the code as written
        for (const QList<Site> *sites : {&mPlan.sites, &std::as_const(mOut.sites)}) {
            for (const Site &site : *sites) {
                spelling.insert(folded(site.code), site.code);
                if (site.parent)
                    parentOf.insert(folded(site.code), folded(*site.parent));
            }
        }
        for (int i = 0; i < mOut.sites.size(); ++i) {
            const Site &site = mOut.sites.at(i);
            QStringList chain{site.code};
            QSet<QString> visited{folded(site.code)};
            QString at = folded(site.code);
            while (parentOf.contains(at)) {
                at = parentOf.value(at);
                chain << spelling.value(at, at);
                if (at == folded(site.code)) {
                    error(mSiteRows.at(i), columnName(Parent),
                          ImportText::tr("the parents make a cycle: %1")
                              .arg(chain.join(QStringLiteral(" → "))));
                    break;
                }
                if (visited.contains(at))
                    break; // a cycle elsewhere, reported at its own sites
                visited.insert(at);
            }
        }
    }

    void checkLimits()
    {
        const PlanLimits limits;
        if (mPlan.sites.size() + mOut.sites.size() > limits.maxSites) {
            const int over = limits.maxSites - int(mPlan.sites.size());
            error(mSiteRows.value(std::max(over, 0)), QString(),
                  ImportText::tr("a plan holds at most %L1 sites; this row is one too many")
                      .arg(limits.maxSites));
        }
        const qsizetype total = mPlan.serverCount() + mPendingServers.size();
        if (total > limits.maxServers) {
            const int over = limits.maxServers - int(mPlan.serverCount());
            int row = 0;
            int seen = 0;
            for (const ImportedItem &item : std::as_const(mOut.items)) {
                if (item.kind == ImportedItem::Server && seen++ == std::max(over, 0)) {
                    row = item.row;
                    break;
                }
            }
            error(row, QString(),
                  ImportText::tr("a plan holds at most %L1 servers; this row is one too many")
                      .arg(limits.maxServers));
        }
        if (!mOut.errors.isEmpty())
            return;
        for (const Pending &p : std::as_const(mPendingServers)) {
            const auto it = mNewSiteIndex.constFind(p.key);
            if (it != mNewSiteIndex.cend())
                mOut.sites[*it].servers.append(p.server);
            else
                mOut.servers.append({p.site, p.server});
        }
    }

    struct Pending
    {
        QString key;
        QString site;
        Server server;
    };

    const Plan &mPlan;
    SiteImport &mOut;
    int mIndex[ColumnCount];
    QString mHeaderNames[ColumnCount];
    bool mDefaultSite = true;
    QSet<QString> mPlanSites;
    QSet<QString> mPlanServers;
    QHash<QString, int> mFileSites;   // folded code -> first row
    QHash<QString, int> mFileServers; // folded name -> first row
    QHash<QString, int> mNewSiteIndex;
    QList<int> mSiteRows; // row of each of mOut.sites
    QList<Pending> mPendingServers;
};

} // namespace

int SiteImport::serverCount() const
{
    int n = int(servers.size());
    for (const Site &site : sites)
        n += int(site.servers.size());
    return n;
}

QStringList importColumns()
{
    QStringList names;
    for (const char *name : kColumnNames)
        names << QString::fromLatin1(name);
    return names;
}

SiteImport importSites(const QByteArray &csv, const Plan &plan)
{
    SiteImport result;
    Importer(plan, result).run(csv);
    return result;
}

void applyImport(const SiteImport &import, Plan &plan)
{
    QHash<QString, int> index;
    for (int i = 0; i < plan.sites.size(); ++i) {
        const QString key = folded(plan.sites.at(i).code);
        if (!index.contains(key))
            index.insert(key, i);
    }
    for (const auto &[code, server] : import.servers)
        plan.sites[index.value(folded(code))].servers.append(server);
    plan.sites.append(import.sites);
}

} // namespace hierarch
