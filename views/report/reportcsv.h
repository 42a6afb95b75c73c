#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace hierarch {

// A full list the report summarises at large sizes (REPORT.md "Large plans"), written as a CSV
// file beside the PDF: <pdf base name>.<key>.csv, UTF-8, a header row, RFC 4180 quoting.
struct ReportCsv
{
    QString key; // "sites", "servers", ...: the part of the file name before ".csv"
    QStringList header;
    QList<QStringList> rows;

    // The file's bytes: CRLF line ends, fields quoted where they hold a comma, quote or line
    // break. A field a spreadsheet would run as a formula (=, +, -, @ first) is written with a
    // leading apostrophe, so plan text stays inert when the file is opened in a spreadsheet.
    QByteArray encoded() const;
    // "big.sites.csv" for the base "big".
    QString fileName(const QString &base) const;
};

} // namespace hierarch
