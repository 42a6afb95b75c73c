#pragma once

#include "../finding.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace hierarch {

// One CSV table (RFC 4180): UTF-8 with a byte order mark, so spreadsheet programs read it as
// UTF-8; CRLF line ends; a field is quoted when it holds a comma, quote, line break or outer
// space. A field that a spreadsheet would run as a formula (starting with = + - @, a tab or a
// carriage return) gets a leading apostrophe, so plan text can never become a formula.
QByteArray csvTable(const QList<QStringList> &rows);

// The findings as the Problems dock lists them, one row each, in the user's language: severity,
// rule, subject, site, message, then whether a waiver accepts it and the waiver's
// justification.
QByteArray findingsToCsv(const QList<Finding> &findings);

} // namespace hierarch
