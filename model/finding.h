#pragma once

#include "plan.h"
#include "rules/ruleinfo.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace hierarch {

// One place where a plan breaks a rule. Its id (`rule@subject`) is stable across edits and saves,
// which is what waivers refer to.
struct Finding
{
    RuleId rule = RuleId::Count;
    Scope kind = Scope::Hierarchy; // hierarchy, site, server, account or waiver
    QString subject;               // "hierarchy", a site code, server or account name, finding id
    QString site;                  // for servers: the code of the site they are located in
    SourcePos pos;                 // where the subject is written
    // The message is kept as an untranslated template ("%1 hosts ...", context
    // "hierarch::Findings") plus arguments, so JSON and SARIF stay English while screens and the
    // report can translate.
    const char *messageTemplate = "";
    QStringList messageArgs;
    // The n of a template that counts something ("%2 Legacy Client(s)", %2 being n as a
    // numberArgument()), -1 when it counts nothing: such a template has numerus forms, English
    // ones too (translations/hierarch_en.ts), and n picks the form.
    int messageCount = -1;
    bool waived = false;
    QString waiverJustification; // when waived

    const RuleInfo &info() const { return ruleInfo(rule); }
    Severity severity() const { return info().severity; }
    Category category() const { return info().category; }
    QString ruleId() const { return QString::fromLatin1(info().id); }
    QString id() const { return ruleId() + QLatin1Char('@') + subject; }
    QString message() const;           // English, for tools
    QString translatedMessage() const; // for people, numbers in QLocale()
    QString translatedMessage(const QLocale &locale) const;

    bool operator==(const Finding &other) const;
};

// Counts of unwaived findings by severity, plus the waived ones (CLI.md "summary").
struct FindingSummary
{
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    int waived = 0;

    int count(Severity s) const
    {
        return s == Severity::Error ? errors : s == Severity::Warning ? warnings : infos;
    }
};

FindingSummary summarize(const QList<Finding> &findings);

// A message argument made of product vocabulary (role titles, "(none)"): message() shows the
// English source texts joined with ", ", translatedMessage() their translations in `context`, so
// a German message does not quote English role names.
QString vocabularyArgument(const char *context, const QList<const char *> &terms);

// A message argument that is a number: message() writes its digits plainly ("52000", the same
// bytes whatever the locale), translatedMessage() groups them the way the locale does ("52,000",
// "52.000").
QString numberArgument(qint64 n);

// The English numerus form of a text for n (the catalog hierarch_en.qm embedded in this library),
// with %n still in it; the source text when the catalog has none. Finding::message() uses it
// directly, so tools get "1 management point" whatever translators the application installed.
QString englishPlural(const char *context, const char *sourceText, int n);

// RULES.md order: severity, then rule id, then subject; stable for ties.
void sortFindings(QList<Finding> &findings);

} // namespace hierarch

// Moved in memory as a whole (QString members only hold a pointer): inserting into the middle of a
// long list of findings is a memmove.
Q_DECLARE_TYPEINFO(hierarch::Finding, Q_RELOCATABLE_TYPE);
