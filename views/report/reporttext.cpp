#include "reporttext.h"

namespace hierarch {

QString ReportText::severityPlural(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("Errors");
    case Severity::Warning:
        return tr("Warnings");
    case Severity::Info:
        return tr("Information");
    }
    return QString();
}

QString ReportText::categoryName(Category category)
{
    switch (category) {
    case Category::Structure:
        return tr("Structure");
    case Category::Security:
        return tr("Security");
    case Category::Availability:
        return tr("Availability");
    case Category::Capacity:
        return tr("Capacity");
    case Category::Accounts:
        return tr("Accounts");
    case Category::Review:
        return tr("Review");
    }
    return QString();
}

QString ReportText::scopeName(Scope scope)
{
    switch (scope) {
    case Scope::Hierarchy:
        return tr("Hierarchy");
    case Scope::Site:
        return tr("Site");
    case Scope::Server:
        return tr("Server");
    case Scope::Account:
        return tr("Account");
    case Scope::Waiver:
        return tr("Waiver");
    }
    return QString();
}

QString ReportText::productsName(Products products)
{
    switch (products) {
    case Products::Both:
        return tr("Both");
    case Products::Sms2003:
        return tr("SMS 2003");
    case Products::ConfigMgr2007:
        return tr("ConfigMgr 2007");
    }
    return QString();
}

QString ReportText::osName(OperatingSystem os)
{
    switch (os) {
    case OperatingSystem::Windows2000:
        return tr("Windows 2000 Server");
    case OperatingSystem::Windows2003:
        return tr("Windows Server 2003");
    case OperatingSystem::Windows2003Sp1:
        return tr("Windows Server 2003 SP1");
    case OperatingSystem::Windows2003Sp2:
        return tr("Windows Server 2003 SP2");
    case OperatingSystem::Windows2008:
        return tr("Windows Server 2008");
    case OperatingSystem::Windows2008R2:
        return tr("Windows Server 2008 R2");
    }
    return QString();
}

QString ReportText::osShortName(OperatingSystem os)
{
    switch (os) {
    case OperatingSystem::Windows2000:
        return tr("Windows 2000");
    case OperatingSystem::Windows2003:
        return tr("Windows 2003");
    case OperatingSystem::Windows2003Sp1:
        return tr("Windows 2003 SP1");
    case OperatingSystem::Windows2003Sp2:
        return tr("Windows 2003 SP2");
    case OperatingSystem::Windows2008:
        return tr("Windows 2008");
    case OperatingSystem::Windows2008R2:
        return tr("Windows 2008 R2");
    }
    return QString();
}

QString ReportText::siteTypeName(const Site &site)
{
    if (site.isSecondary())
        return tr("Secondary");
    return site.isCentral() ? tr("Central") : tr("Primary");
}

QString ReportText::accountTypeName(AccountType type)
{
    switch (type) {
    case AccountType::SmsService:
        return tr("SMS Service");
    case AccountType::Database:
        return tr("Database (SQL Server)");
    case AccountType::SiteAddress:
        return tr("Site Address");
    case AccountType::ServerConnection:
        return tr("Server Connection");
    case AccountType::SiteSystemConnection:
        return tr("Site System Connection");
    case AccountType::RemoteService:
        return tr("Remote Service");
    case AccountType::ClientServices:
        return tr("Client Services (non-DC)");
    case AccountType::ClientServicesDc:
        return tr("Client Services (DC)");
    case AccountType::ClientUserToken:
        return tr("Client User Token (non-DC)");
    case AccountType::ClientUserTokenDc:
        return tr("Client User Token (DC)");
    case AccountType::ClientConnection:
        return tr("Client Connection");
    case AccountType::CcmBootLoader:
        return tr("CCM Boot Loader (non-DC)");
    case AccountType::CcmBootLoaderDc:
        return tr("CCM Boot Loader (DC)");
    case AccountType::AdvancedClientNetworkAccess:
        return tr("Advanced Client Network Access");
    case AccountType::LegacyClientSoftwareInstallation:
        return tr("Legacy Client Software Installation");
    case AccountType::ClientPushInstallation:
        return tr("Client Push Installation");
    case AccountType::NetworkAccess:
        return tr("Network Access");
    case AccountType::SiteSystemInstallation:
        return tr("Site System Installation");
    case AccountType::SoftwareUpdatePointConnection:
        return tr("Software Update Point Connection");
    case AccountType::HealthStateReferencePublishing:
        return tr("Health State Reference Publishing");
    case AccountType::HealthStateReferenceQuerying:
        return tr("Health State Reference Querying");
    }
    return QString();
}

QString ReportText::passwordChangeName(PasswordChange change)
{
    switch (change) {
    case PasswordChange::Manual:
        return tr("Manual change");
    case PasswordChange::SiteReset:
        return tr("Site reset");
    case PasswordChange::Console:
        return tr("Administrator console");
    case PasswordChange::ClientReinstall:
        return tr("Client reinstallation");
    case PasswordChange::Automatic:
        return tr("Automatic (by the product)");
    }
    return QString();
}

QString ReportText::checklistStatusName(ChecklistStatus status)
{
    switch (status) {
    case ChecklistStatus::Pass:
        return tr("Pass");
    case ChecklistStatus::Fail:
        return tr("Fail");
    case ChecklistStatus::NotApplicable:
        return tr("n/a (product)");
    case ChecklistStatus::Done:
        return tr("Done (attested)");
    case ChecklistStatus::AttestedNotApplicable:
        return tr("Not applicable (attested)");
    case ChecklistStatus::Open:
        return tr("Open");
    }
    return QString();
}

QString ReportText::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString ReportText::subjectName(const Finding &finding)
{
    return finding.kind == Scope::Hierarchy ? tr("Hierarchy") : finding.subject;
}

QLocale ReportText::locale(const QString &language)
{
    QLocale locale(language == QLatin1String("de") ? QLocale::German : QLocale::English,
                   language == QLatin1String("de") ? QLocale::Germany : QLocale::UnitedStates);
    return locale;
}

} // namespace hierarch
