#include "csvreader.h"

#include <QCoreApplication>

namespace hierarch {

namespace {

struct CsvText
{
    Q_DECLARE_TR_FUNCTIONS(hierarch::Csv)
};

// Whether `bytes` is well-formed UTF-8: no stray continuation bytes, no overlong forms, no
// surrogates, nothing above U+10FFFF.
bool validUtf8(const char *data, qsizetype size)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    const auto *end = p + size;
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

bool allEmpty(const QList<QByteArray> &fields)
{
    for (const QByteArray &f : fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

CsvTable readCsv(const QByteArray &bytes)
{
    CsvTable table;
    qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const qsizetype n = bytes.size();
    const char *data = bytes.constData();
    int row = 0;
    bool haveHeader = false;

    // The parser works on bytes: every delimiter is ASCII, and UTF-8 never uses ASCII bytes inside
    // a multi-byte character. Each field is checked as UTF-8 when its record is complete.
    while (i < n) {
        ++row;
        const int recordRow = row;
        QList<QByteArray> fields;
        QByteArray field;
        bool recordDone = false;
        bool failed = false;
        while (!recordDone) {
            field.clear();
            if (i < n && data[i] == '"') {
                ++i;
                bool closed = false;
                while (i < n) {
                    const char c = data[i];
                    if (c == '"') {
                        if (i + 1 < n && data[i + 1] == '"') {
                            field += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    // A line break inside quotes belongs to the field: the record stays one
                    // spreadsheet row.
                    field += c;
                    ++i;
                }
                if (!closed) {
                    table.errors.append(
                        {recordRow, CsvText::tr("a quoted field is not closed: a double quote "
                                                "(\") is missing before the end of the file")});
                    return table;
                }
                if (i < n && data[i] != ',' && data[i] != '\n' && data[i] != '\r') {
                    table.errors.append(
                        {recordRow, CsvText::tr("text follows the closing double quote of field "
                                                "%1; a quote inside a quoted field is written "
                                                "twice (\"\")")
                                        .arg(fields.size() + 1)});
                    failed = true;
                }
            } else {
                const qsizetype start = i;
                while (i < n && data[i] != ',' && data[i] != '\n' && data[i] != '\r')
                    ++i;
                field = QByteArray(data + start, i - start);
                if (field.contains('"') && !failed) {
                    table.errors.append(
                        {recordRow, CsvText::tr("field %1 holds a double quote but does not start "
                                                "with one; put the whole field in quotes and "
                                                "write the quote twice (\"\")")
                                        .arg(fields.size() + 1)});
                    failed = true;
                }
            }
            if (failed) {
                // Skip to the end of the line and go on, so that every bad row is reported.
                while (i < n && data[i] != '\n')
                    ++i;
                if (i < n)
                    ++i;
                break;
            }
            fields.append(field);
            if (i >= n) {
                recordDone = true;
            } else if (data[i] == ',') {
                ++i;
            } else {
                if (data[i] == '\r')
                    ++i;
                if (i < n && data[i] == '\n')
                    ++i;
                recordDone = true;
            }
        }
        if (failed)
            continue;
        bool utf8 = true;
        for (const QByteArray &f : std::as_const(fields))
            utf8 = utf8 && validUtf8(f.constData(), f.size());
        if (!utf8) {
            table.errors.append({recordRow, CsvText::tr("the row is not valid UTF-8 text; save "
                                                        "the file as \"CSV UTF-8\"")});
            continue;
        }
        if (allEmpty(fields))
            continue;
        QStringList texts;
        texts.reserve(fields.size());
        for (const QByteArray &f : std::as_const(fields))
            texts.append(QString::fromUtf8(f).trimmed());
        if (!haveHeader) {
            haveHeader = true;
            table.header = texts;
            table.headerRow = recordRow;
            continue;
        }
        table.records.append({recordRow, texts});
    }
    if (!haveHeader && table.errors.isEmpty())
        table.errors.append({1, CsvText::tr("the file is empty: a header row is needed")});
    return table;
}

} // namespace hierarch
