#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace hierarch {

// A full list the report summarises at large sizes (REPORT.md "Large plans"), written as a CSV
// file beside the PDF: <pdf base name>.<key>.csv, a header row, encoded as File > Export
// Findings' CSV (csvTable(): RFC 4180, UTF-8 with a byte order mark, formulas defused).
struct ReportCsv
{
    QString key; // "sites", "servers", ...: the part of the file name before ".csv"
    QStringList header;
    QList<QStringList> rows;

    QByteArray encoded() const;
    // "big.sites.csv" for the base "big".
    QString fileName(const QString &base) const;
};

} // namespace hierarch
