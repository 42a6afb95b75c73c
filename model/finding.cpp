#include "finding.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <algorithm>
#include <cstring>

namespace hierarch {

namespace {

// vocabularyArgument() marks its arguments with these: RS, the context, then US before each term.
constexpr char16_t kVocabularyMark = 0x1e;
constexpr char16_t kTermMark = 0x1f;
// numberArgument() marks its arguments with GS before the digits.
constexpr char16_t kNumberMark = 0x1d;

QTranslator *loadEnglishPlurals(QObject *parent)
{
    auto *translator = new QTranslator(parent);
    if (!translator->load(QStringLiteral(":/i18n/hierarch_en.qm"))) {
        delete translator;
        return nullptr;
    }
    return translator;
}

// English plural forms ("1 waiver", "2 waivers") come from a catalog like every other language:
// the sources say "%n waiver(s)" and hierarch_en.ts (lupdate -pluralonly) holds only the numerus
// messages. It is embedded in this library and installed here, when the application object is
// made, rather than by the editor's language switch or by each command: so every program built
// on the model (editor, CLI, tests, benchmarks) says "1 waiver" without having to remember a
// step. Translators installed later (German) are asked first; UiLanguage only ever removes its
// own, so switching back to English keeps this one.
void installEnglishPlurals()
{
    if (QTranslator *translator = loadEnglishPlurals(QCoreApplication::instance()))
        QCoreApplication::installTranslator(translator);
}

// `locale` is null for message(): English source texts, plain digits.
QString renderArgument(const QString &arg, const QLocale *locale)
{
    const bool translate = locale != nullptr;
    if (arg.startsWith(QChar(kNumberMark))) {
        const QString digits = arg.mid(1);
        return translate ? locale->toString(digits.toLongLong()) : digits;
    }
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
QString fillArgs(const QString &text, const QStringList &args, const QLocale *locale)
{
    QString out;
    out.reserve(text.size() + 32);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('%') && i + 1 < text.size()) {
            const int n = text.at(i + 1).digitValue();
            if (n >= 1 && n <= args.size()) {
                out += renderArgument(args.at(n - 1), locale);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglishPlurals)

QString Finding::message() const
{
    // Tools read English with plain digits, whatever the locale and the installed translators.
    const QString text = messageCount < 0
                             ? QString::fromUtf8(messageTemplate)
                             : englishPlural("hierarch::Findings", messageTemplate, messageCount);
    return fillArgs(text, messageArgs, nullptr);
}

QString Finding::translatedMessage() const
{
    return translatedMessage(QLocale());
}

QString Finding::translatedMessage(const QLocale &locale) const
{
    // A count is also one of the arguments (%2, not %n), so it is written in `locale`; n only
    // picks the singular or plural form.
    return fillArgs(
        QCoreApplication::translate("hierarch::Findings", messageTemplate, nullptr, messageCount),
        messageArgs, &locale);
}

bool Finding::operator==(const Finding &other) const
{
    return rule == other.rule && kind == other.kind && subject == other.subject &&
           site == other.site && pos == other.pos &&
           std::strcmp(messageTemplate, other.messageTemplate) == 0 &&
           messageArgs == other.messageArgs && messageCount == other.messageCount &&
           waived == other.waived && waiverJustification == other.waiverJustification;
}

QString vocabularyArgument(const char *context, const QList<const char *> &terms)
{
    QString arg = QChar(kVocabularyMark) + QString::fromLatin1(context);
    for (const char *term : terms)
        arg += QChar(kTermMark) + QString::fromUtf8(term);
    return arg;
}

QString numberArgument(qint64 n)
{
    return QChar(kNumberMark) + QString::number(n);
}

QString englishPlural(const char *context, const char *sourceText, int n)
{
    // Read once and never installed: an installed German catalog must not answer for English.
    static QTranslator *const english = loadEnglishPlurals(nullptr);
    const QString text = english ? english->translate(context, sourceText, nullptr, n) : QString();
    return text.isEmpty() ? QString::fromUtf8(sourceText) : text;
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
