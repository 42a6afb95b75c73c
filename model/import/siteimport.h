#pragma once

#include "../plan.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace hierarch {

// One problem of an import, where a spreadsheet shows it: the row (1 = the first line of the
// file) and the column's header name (empty for a problem of the whole row).
struct ImportError
{
    int row = 0;
    QString column;
    QString message;
};

// One item the import adds, for the preview.
struct ImportedItem
{
    enum Kind { Site, Server };
    Kind kind = Site;
    int row = 0;
    QString name;    // site code or server name
    QString parent;  // the parent site (sites) or the site (servers); empty for a central site
    QString details; // "secondary, 120 clients" or "site-server, distribution-point"
};

// What a CSV file adds to a plan (README, "Importing sites and servers"). Nothing is to be
// applied when `errors` is not empty.
struct SiteImport
{
    QList<Site> sites; // new sites in file order, each with the file's servers for it
    // Servers for sites already in the plan: the site's code and the server, in file order.
    QList<std::pair<QString, Server>> servers;
    QList<ImportedItem> items; // every added site and server, in file order
    QList<ImportError> errors; // in row order

    bool ok() const { return errors.isEmpty(); }
    int siteCount() const { return int(sites.size()); }
    int serverCount() const;
};

// Reads `csv` (RFC 4180, UTF-8, a header row) as sites and servers to add to `plan`. Every error
// of every row is collected; a site's parent may come later in the file. GUI-free and quick
// (a thousand rows take milliseconds).
SiteImport importSites(const QByteArray &csv, const Plan &plan);

// The plan with the import's sites appended and its servers added to their sites.
void applyImport(const SiteImport &import, Plan &plan);

// The columns a file may have, in the order the README lists them.
QStringList importColumns();

// The largest CSV file an import reads, as for plans (FORMAT.md "Limits").
inline constexpr qint64 kMaxImportBytes = 16 * 1024 * 1024;

} // namespace hierarch
