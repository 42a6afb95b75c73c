#include "reportcsv.h"

namespace hierarch {

namespace {

QString field(const QString &value)
{
    QString text = value;
    // A number such as "-1" is data; a leading = + - @ before anything else is what spreadsheets
    // evaluate (OWASP "CSV injection").
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front())) {
        bool number = false;
        text.toDouble(&number);
        if (!number)
            text.prepend(QLatin1Char('\''));
    }
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

void appendRecord(QByteArray &out, const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted << field(f);
    out += quoted.join(QLatin1Char(',')).toUtf8();
    out += "\r\n";
}

} // namespace

QByteArray ReportCsv::encoded() const
{
    QByteArray out;
    appendRecord(out, header);
    for (const QStringList &row : rows)
        appendRecord(out, row);
    return out;
}

QString ReportCsv::fileName(const QString &base) const
{
    return QStringLiteral("%1.%2.csv").arg(base, key);
}

} // namespace hierarch
