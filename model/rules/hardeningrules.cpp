// RULES.md "Security: server hardening": facts about each server that carries a role.
#include "registry.h"

namespace hierarch {

namespace {

using ServerRef = ValidationContext::ServerRef;

bool belowSp1(const Server &server)
{
    const OperatingSystem os = server.effectiveOs();
    return os == OperatingSystem::Windows2000 || os == OperatingSystem::Windows2003;
}

void ntfsRequired(const ValidationContext &ctx, FindingSink &sink, const ServerRef &ref)
{
    const Server &s = ctx.server(ref);
    if (!ref.roles.isEmpty() && s.effectiveFileSystem() == FileSystem::Fat32) {
        sink.server(ref, QT_TRANSLATE_NOOP("hierarch::Findings", "%1 uses the FAT32 file system."),
                    {s.name});
    }
}

void adminShareRemoved(const ValidationContext &ctx, FindingSink &sink, const ServerRef &ref)
{
    const Server &s = ctx.server(ref);
    if (!ref.roles.isEmpty() && !s.effectiveAdminShare()) {
        sink.server(ref, QT_TRANSLATE_NOOP("hierarch::Findings", "%1 has no Admin$ share."),
                    {s.name});
    }
}

void staticIp(const ValidationContext &ctx, FindingSink &sink, const ServerRef &ref)
{
    const Server &s = ctx.server(ref);
    if (!ref.roles.isEmpty() && !s.effectiveStaticIp()) {
        sink.server(ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings", "%1 gets its IP address dynamically."),
                    {s.name});
    }
}

void fqdnMissing(const ValidationContext &ctx, FindingSink &sink, const ServerRef &ref)
{
    const Server &s = ctx.server(ref);
    if (!ref.roles.isEmpty() && !s.fqdn && !ctx.plan().dnsDomain) {
        sink.server(ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 has no fully qualified domain name, and the plan sets "
                                      "no DNS domain."),
                    {s.name});
    }
}

void scwNotApplied(const ValidationContext &ctx, FindingSink &sink, const ServerRef &ref)
{
    const Server &s = ctx.server(ref);
    if (!ref.roles.isEmpty() && !s.effectiveSecurityConfigurationWizard()) {
        sink.server(ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 has no Security Configuration Wizard policy applied."),
                    {s.name});
    }
}

void osUnsupported(const ValidationContext &ctx, FindingSink &sink, const ServerRef &ref)
{
    const Server &s = ctx.server(ref);
    if (ref.roles.contains(Role::SiteServer) && belowSp1(s)) {
        sink.server(ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "Site server %1 runs %2; Configuration Manager 2007 needs "
                                      "Windows Server 2003 SP1 or later."),
                    {s.name, enumString(s.effectiveOs())});
    }
}

void osBelow2003Sp1(const ValidationContext &ctx, FindingSink &sink, const ServerRef &ref)
{
    const Server &s = ctx.server(ref);
    if (!ref.roles.isEmpty() && belowSp1(s)) {
        sink.server(ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 runs %2, older than Windows Server 2003 SP1."),
                    {s.name, enumString(s.effectiveOs())});
    }
}

void clusteredSiteSystem(const ValidationContext &ctx, FindingSink &sink, const ServerRef &ref)
{
    if (ref.roles.isEmpty())
        return;
    // ConfigMgr 2007 supports a cluster for the site database's SQL Server only (RULES.md).
    const bool onlyDatabase = ctx.product() == Product::ConfigMgr2007 &&
                              (ref.roles - RoleSet{Role::SiteDatabase}).isEmpty();
    const Server &s = ctx.server(ref);
    if (s.effectiveClustered() && !onlyDatabase) {
        sink.server(ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings", "Site system %1 is a cluster node."),
                    {s.name});
    }
}

} // namespace

QList<RuleCheck> hardeningRules()
{
    return {
        {RuleId::NtfsRequired, ntfsRequired},
        {RuleId::AdminShareRemoved, adminShareRemoved},
        {RuleId::StaticIp, staticIp},
        {RuleId::FqdnMissing, fqdnMissing},
        {RuleId::ScwNotApplied, scwNotApplied},
        {RuleId::OsUnsupported, osUnsupported},
        // One finding per cause: os-unsupported already names the operating system.
        {RuleId::OsBelow2003Sp1, osBelow2003Sp1, {RuleId::OsUnsupported}},
        {RuleId::ClusteredSiteSystem, clusteredSiteSystem},
    };
}

} // namespace hierarch
