#include "finding.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace hierarch {

namespace {

// vocabularyArgument() marks its arguments with these: RS, the context, then US before each term.
constexpr char16_t kVocabularyMark = 0x1e;
constexpr char16_t kTermMark = 0x1f;

QString renderArgument(const QString &arg, bool translate)
{
    if (!arg.startsWith(QChar(kVocabularyMark)))
        return arg;
    const QStringList parts = arg.mid(1).split(QChar(kTermMark));
    const QByteArray context = parts.constFirst().toUtf8();
    QStringList terms;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray term = parts.at(i).toUtf8();
        terms << (translate ? QCoreApplication::translate(context.constData(), term.constData())
                            : parts.at(i));
    }
    return terms.join(QLatin1String(", "));
}

// Replaces %1..%9 in one pass, so that user text containing "%2" stays as written.
QString fillArgs(const QString &text, const QStringList &args, bool translate)
{
    QString out;
    out.reserve(text.size() + 32);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('%') && i + 1 < text.size()) {
            const int n = text.at(i + 1).digitValue();
            if (n >= 1 && n <= args.size()) {
                out += renderArgument(args.at(n - 1), translate);
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
    return fillArgs(QString::fromUtf8(messageTemplate), messageArgs, false);
}

QString Finding::translatedMessage() const
{
    return fillArgs(QCoreApplication::translate("hierarch::Findings", messageTemplate), messageArgs,
                    true);
}

bool Finding::operator==(const Finding &other) const
{
    return rule == other.rule && kind == other.kind && subject == other.subject &&
           site == other.site && pos == other.pos &&
           std::strcmp(messageTemplate, other.messageTemplate) == 0 &&
           messageArgs == other.messageArgs && waived == other.waived &&
           waiverJustification == other.waiverJustification;
}

QString vocabularyArgument(const char *context, const QList<const char *> &terms)
{
    QString arg = QChar(kVocabularyMark) + QString::fromLatin1(context);
    for (const char *term : terms)
        arg += QChar(kTermMark) + QString::fromUtf8(term);
    return arg;
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
