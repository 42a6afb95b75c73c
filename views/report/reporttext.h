#pragma once

#include "finding.h"
#include "plan.h"
#include "rules/checklist.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace hierarch {

// The words the report uses for the model's values, in the report's one translation context
// (hierarch::Report), so that the German report reads the same in every section.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(hierarch::Report)

public:
    static QString severityPlural(Severity severity);
    static QString categoryName(Category category);
    static QString scopeName(Scope scope);
    static QString productsName(Products products);
    static QString osName(OperatingSystem os);
    static QString osShortName(OperatingSystem os); // for narrow table columns
    static QString siteTypeName(const Site &site);
    static QString accountTypeName(AccountType type);
    static QString passwordChangeName(PasswordChange change);
    static QString checklistStatusName(ChecklistStatus status);
    static QString yesNo(bool value);
    // A subject as a reader knows it: "hierarchy" becomes a word, the rest stays as typed.
    static QString subjectName(const Finding &finding);
    // Locale for numbers in the report's language ("en" or "de").
    static QLocale locale(const QString &language);
};

} // namespace hierarch
