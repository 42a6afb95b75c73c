#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace hierarch {

// One record of a CSV file: its fields and the row a spreadsheet shows it on (1 = the header).
struct CsvRecord
{
    int row = 0;
    QStringList fields;
};

// Why a CSV file cannot be read, and on which row.
struct CsvError
{
    int row = 0;
    QString message;
};

struct CsvTable
{
    QStringList header; // as written, trimmed
    int headerRow = 1;
    QList<CsvRecord> records; // the data rows, empty ones left out
    QList<CsvError> errors;   // syntax and encoding errors; nothing else is meaningful when set
};

// Reads RFC 4180 CSV as spreadsheets write it: comma-separated, fields optionally in double
// quotes (a quoted field may hold commas, line breaks and doubled quotes), CRLF or LF line ends,
// UTF-8 with or without a byte order mark. The first non-empty row is the header. Empty rows
// (nothing, or only empty fields, as a spreadsheet exports a blank line) are skipped but still
// counted, so that row numbers are the ones the spreadsheet shows. GUI-free.
CsvTable readCsv(const QByteArray &bytes);

} // namespace hierarch
