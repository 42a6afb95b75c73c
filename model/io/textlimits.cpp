#include "textlimits.h"

#include <QCoreApplication>

namespace hierarch {

namespace {

struct TextLimitsText
{
    Q_DECLARE_TR_FUNCTIONS(hierarch::PlanLoader)
};

bool isBidiControl(char32_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

int maxTextLength(TextKind kind)
{
    switch (kind) {
    case TextKind::Name:
        return 255;
    case TextKind::FindingId:
        return 511;
    case TextKind::FreeText:
        return 64 * 1024;
    }
    return 255;
}

qsizetype characterCount(QStringView text)
{
    qsizetype lowSurrogates = 0;
    for (const QChar c : text)
        lowSurrogates += c.isLowSurrogate() ? 1 : 0;
    return text.size() - lowSurrogates;
}

std::optional<char32_t> forbiddenCharacter(QStringView text, TextKind kind)
{
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c < 0x20) {
            if (kind == TextKind::FreeText && (c == '\t' || c == '\n' || c == '\r'))
                continue;
            return c;
        }
        if ((c >= 0x7f && c <= 0x9f) || isBidiControl(c))
            return c;
    }
    return std::nullopt;
}

QString codePointName(char32_t c)
{
    return QLatin1String("U+") +
           QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

QString escapedControls(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        const bool control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || isBidiControl(c);
        if (!control) {
            out += qc;
            continue;
        }
        switch (c) {
        case 0x1b:
            out += QLatin1String("\\e");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case 0:
            out += QLatin1String("\\0");
            break;
        default:
            out += c < 0x100 ? QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'))
                             : QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        }
    }
    return out;
}

QString textProblem(QStringView text, TextKind kind)
{
    if (characterCount(text) > maxTextLength(kind))
        return TextLimitsText::tr("The text is longer than %L1 characters.")
            .arg(maxTextLength(kind));
    if (const auto bad = forbiddenCharacter(text, kind)) {
        return TextLimitsText::tr("The text contains the control character %1, which is not "
                                  "allowed here.")
            .arg(codePointName(*bad));
    }
    return QString();
}

} // namespace hierarch
