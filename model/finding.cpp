#include "finding.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace hierarch {

namespace {

// Replaces %1..%9 in one pass, so that user text containing "%2" stays as written.
QString fillArgs(const QString &text, const QStringList &args)
{
    QString out;
    out.reserve(text.size() + 32);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('%') && i + 1 < text.size()) {
            const int n = text.at(i + 1).digitValue();
            if (n >= 1 && n <= args.size()) {
                out += args.at(n - 1);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace

QString Finding::message() const
{
    return fillArgs(QString::fromUtf8(messageTemplate), messageArgs);
}

QString Finding::translatedMessage() const
{
    return fillArgs(QCoreApplication::translate("hierarch::Findings", messageTemplate),
                    messageArgs);
}

bool Finding::operator==(const Finding &other) const
{
    return rule == other.rule && kind == other.kind && subject == other.subject &&
           site == other.site && pos == other.pos &&
           std::strcmp(messageTemplate, other.messageTemplate) == 0 &&
           messageArgs == other.messageArgs && waived == other.waived &&
           waiverJustification == other.waiverJustification;
}

FindingSummary summarize(const QList<Finding> &findings)
{
    FindingSummary summary;
    for (const Finding &f : findings) {
        if (f.waived) {
            ++summary.waived;
            continue;
        }
        switch (f.severity()) {
        case Severity::Error:
            ++summary.errors;
            break;
        case Severity::Warning:
            ++summary.warnings;
            break;
        case Severity::Info:
            ++summary.infos;
            break;
        }
    }
    return summary;
}

void sortFindings(QList<Finding> &findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        const RuleInfo &ia = a.info();
        const RuleInfo &ib = b.info();
        if (ia.severity != ib.severity)
            return ia.severity < ib.severity;
        if (const int c = std::strcmp(ia.id, ib.id); c != 0)
            return c < 0;
        return a.subject < b.subject;
    });
}

} // namespace hierarch
