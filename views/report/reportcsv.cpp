#include "reportcsv.h"

#include "export/findingscsv.h"

namespace hierarch {

QByteArray ReportCsv::encoded() const
{
    // The same encoding as File > Export Findings' CSV.
    QList<QStringList> records;
    records.reserve(rows.size() + 1);
    records << header;
    records << rows;
    return csvTable(records);
}

QString ReportCsv::fileName(const QString &base) const
{
    return QStringLiteral("%1.%2.csv").arg(base, key);
}

} // namespace hierarch
