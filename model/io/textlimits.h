#pragma once

#include <QString>

#include <optional>

namespace hierarch {

// The text rules of FORMAT.md ("Limits") that a value must meet wherever it comes from: a file,
// the property editor, a paste. The loader refuses a file that breaks them; the editor refuses
// the edit, so that it never saves a file it cannot open again.
enum class TextKind {
    Name,      // names, codes, FQDNs, forests, domains, ids: one line, at most 255 characters
    FindingId, // rule@subject: a rule id and a name
    FreeText,  // description, justification, note: lines of text, at most 64 KiB
};

int maxTextLength(TextKind kind);

// Characters (Unicode code points), not UTF-16 units.
qsizetype characterCount(QStringView text);

// The first character `text` must not hold: C0 controls (a tab and line ends are allowed in free
// text only), DEL, C1 controls, and the bidirectional embedding, override and isolate controls
// (U+202A–U+202E, U+2066–U+2069) that make "gnp.exe" display as "exe.png".
std::optional<char32_t> forbiddenCharacter(QStringView text, TextKind kind);

// "U+202E" for a code point.
QString codePointName(char32_t c);

// Why `text` cannot be the value of a field of `kind` (for people), or empty when it can.
QString textProblem(QStringView text, TextKind kind);

// `text` with every control character written as an escape (`\e`, `\r`, `\n`, `\t`, `\0`,
// `\x7f`, `\u0085`, and the bidirectional controls as `\u202e`), so that text
// output shows user values as they are and one finding stays one line (a backslash stays as it
// is: account names are written DOMAIN\name).
QString escapedControls(QStringView text);

} // namespace hierarch
