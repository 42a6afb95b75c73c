#include "findingscsv.h"

#include "../enums.h"

#include <QCoreApplication>

namespace hierarch {

namespace {

struct FindingsCsvText
{
    Q_DECLARE_TR_FUNCTIONS(hierarch::FindingsCsv)
};

QString csvField(QString field)
{
    static const QString kFormulaStarts = QStringLiteral("=+-@\t\r");
    if (!field.isEmpty() && kFormulaStarts.contains(field.front()))
        field.prepend(u'\'');
    const bool quote = field.contains(u',') || field.contains(u'"') || field.contains(u'\n') ||
                       field.contains(u'\r') ||
                       (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!quote)
        return field;
    field.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + field + u'"';
}

QString siteOf(const Finding &finding)
{
    switch (finding.kind) {
    case Scope::Server:
        return finding.site;
    case Scope::Site:
        return finding.subject;
    default:
        return QString();
    }
}

} // namespace

QByteArray csvTable(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QString &field : row)
            fields << csvField(field);
        text += fields.join(u',') + QStringLiteral("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

QByteArray findingsToCsv(const QList<Finding> &findings)
{
    QList<QStringList> rows;
    rows.reserve(findings.size() + 1);
    rows << QStringList{FindingsCsvText::tr("Severity"),     FindingsCsvText::tr("Rule"),
                        FindingsCsvText::tr("Subject"),      FindingsCsvText::tr("Site"),
                        FindingsCsvText::tr("Message"),      FindingsCsvText::tr("Waived"),
                        FindingsCsvText::tr("Justification")};
    for (const Finding &f : findings) {
        rows << QStringList{QString::fromLatin1(enumName(f.severity())),
                            f.ruleId(),
                            f.subject,
                            siteOf(f),
                            f.translatedMessage(),
                            f.waived ? FindingsCsvText::tr("yes") : FindingsCsvText::tr("no"),
                            f.waived ? f.waiverJustification : QString()};
    }
    return csvTable(rows);
}

} // namespace hierarch
