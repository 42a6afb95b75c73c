#pragma once

// A translator for coverage tests: it answers every message that lupdate recorded in
// translations/hierarch_de.ts with ‹source› and nothing else. Text that reaches a screen or a PDF
// without the marks either never went through tr() or was looked up under a context or text that
// lupdate did not record (a helper it cannot see, a macro it does not expand), so a translator
// could never have translated it.

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

class PseudoTranslator : public QTranslator
{
public:
    // Reads the contexts, sources and disambiguations of the .ts; false when it cannot.
    bool loadCatalog(const QString &tsPath)
    {
        QFile file(tsPath);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QXmlStreamReader xml(&file);
        QString context, source, comment;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == QLatin1String("name")) {
                    context = xml.readElementText();
                } else if (name == QLatin1String("message")) {
                    source.clear();
                    comment.clear();
                } else if (name == QLatin1String("source")) {
                    source = xml.readElementText();
                } else if (name == QLatin1String("comment")) {
                    comment = xml.readElementText();
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                mKeys.insert(key(context, source, comment));
            }
        }
        return !xml.hasError() && !mKeys.isEmpty();
    }

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(n);
        const QString source = QString::fromUtf8(sourceText);
        if (!mKeys.contains(key(QString::fromUtf8(context), source,
                                QString::fromUtf8(disambiguation ? disambiguation : ""))))
            return QString();
        return QStringLiteral("\u2039") + source + QStringLiteral("\u203a");
    }

    bool isEmpty() const override { return mKeys.isEmpty(); }

    // The text outside every ‹…› span.
    static QString unmarked(const QString &text)
    {
        QString out;
        int depth = 0;
        for (const QChar c : text) {
            if (c == QChar(0x2039))
                ++depth;
            else if (c == QChar(0x203a))
                depth = std::max(0, depth - 1);
            else if (depth == 0)
                out += c;
        }
        return out;
    }

    // Words (three letters or more) of the unmarked text that `known` does not contain, in any
    // case: plan data, ids and file names are the caller's to list in `known`.
    static QStringList untranslatedWords(const QString &text, const QString &known)
    {
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
        QStringList words;
        auto it = word.globalMatch(unmarked(text));
        while (it.hasNext()) {
            const QString w = it.next().captured();
            if (!known.contains(w, Qt::CaseInsensitive) && !words.contains(w))
                words << w;
        }
        return words;
    }

private:
    static QString key(const QString &context, const QString &source, const QString &comment)
    {
        return context + QChar(0x1f) + source + QChar(0x1f) + comment;
    }

    QSet<QString> mKeys;
};
