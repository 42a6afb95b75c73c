// RULES.md "Security: server hardening": facts about each server that carries a role.
#include "registry.h"

namespace hierarch {

void hardeningServer(const ValidationContext &context, FindingSink &sink,
                     const ValidationContext::ServerRef &ref)
{
    const Plan &plan = context.plan();
    if (ref.roles.isEmpty())
        return;
    const Server &s = context.server(ref);
    if (s.effectiveFileSystem() == FileSystem::Fat32) {
        sink.server(RuleId::NtfsRequired, ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings", "%1 uses the FAT32 file system."),
                    {s.name});
    }
    if (!s.effectiveAdminShare()) {
        sink.server(RuleId::AdminShareRemoved, ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings", "%1 has no Admin$ share."), {s.name});
    }
    if (!s.effectiveStaticIp()) {
        sink.server(RuleId::StaticIp, ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings", "%1 gets its IP address dynamically."),
                    {s.name});
    }
    if (!s.fqdn && !plan.dnsDomain) {
        sink.server(RuleId::FqdnMissing, ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 has no fully qualified domain name, and the plan sets "
                                      "no DNS domain."),
                    {s.name});
    }
    if (!s.effectiveSecurityConfigurationWizard()) {
        sink.server(RuleId::ScwNotApplied, ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 has no Security Configuration Wizard policy applied."),
                    {s.name});
    }
    const OperatingSystem os = s.effectiveOs();
    const bool belowSp1 = os == OperatingSystem::Windows2000 || os == OperatingSystem::Windows2003;
    const bool unsupported = belowSp1 && ref.roles.contains(Role::SiteServer);
    if (unsupported) {
        sink.server(RuleId::OsUnsupported, ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "Site server %1 runs %2; Configuration Manager 2007 needs "
                                      "Windows Server 2003 SP1 or later."),
                    {s.name, enumString(os)});
    }
    // One finding per cause: os-unsupported already names the operating system.
    if (belowSp1 && !(unsupported && context.runs(RuleId::OsUnsupported))) {
        sink.server(RuleId::OsBelow2003Sp1, ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 runs %2, older than Windows Server 2003 SP1."),
                    {s.name, enumString(os)});
    }
    // ConfigMgr 2007 supports a cluster for the site database's SQL Server only (RULES.md).
    const bool onlyDatabase = plan.product == Product::ConfigMgr2007 &&
                              (ref.roles - RoleSet{Role::SiteDatabase}).isEmpty();
    if (s.effectiveClustered() && !onlyDatabase) {
        sink.server(RuleId::ClusteredSiteSystem, ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings", "Site system %1 is a cluster node."),
                    {s.name});
    }
}

// Not yet split into rules.
QList<RuleCheck> hardeningRules()
{
    return {
        {RuleId::Count, hardeningServer},
    };
}

} // namespace hierarch
