// RULES.md "Security: server hardening": facts about each server that carries a role.
#include "findingsink.h"

namespace hierarch {

void checkHardening(const ValidationContext &context, FindingSink &sink)
{
    const Plan &plan = context.plan();
    for (const ValidationContext::ServerRef &ref : context.servers()) {
        if (ref.roles.isEmpty())
            continue;
        const Server &s = *ref.server;
        if (s.effectiveFileSystem() == FileSystem::Fat32) {
            sink.server(RuleId::NtfsRequired, ref,
                        HIERARCH_MSG("%1 uses the FAT32 file system."), {s.name});
        }
        if (!s.adminShare.value_or(true)) {
            sink.server(RuleId::AdminShareRemoved, ref,
                        HIERARCH_MSG("%1 has no Admin$ share."), {s.name});
        }
        if (!s.staticIp.value_or(true)) {
            sink.server(RuleId::StaticIp, ref,
                        HIERARCH_MSG("%1 gets its IP address dynamically."), {s.name});
        }
        if (!s.fqdn && !plan.dnsDomain) {
            sink.server(RuleId::FqdnMissing, ref,
                        HIERARCH_MSG("%1 has no fully qualified domain name, and the plan sets "
                                     "no DNS domain."),
                        {s.name});
        }
        if (!s.securityConfigurationWizard.value_or(true)) {
            sink.server(RuleId::ScwNotApplied, ref,
                        HIERARCH_MSG("%1 has no Security Configuration Wizard policy applied."),
                        {s.name});
        }
        const OperatingSystem os = s.effectiveOs();
        if (os == OperatingSystem::Windows2000 || os == OperatingSystem::Windows2003) {
            sink.server(RuleId::OsBelow2003Sp1, ref,
                        HIERARCH_MSG("%1 runs %2, older than Windows Server 2003 SP1."),
                        {s.name, enumString(os)});
        }
        if (s.clustered.value_or(false)) {
            sink.server(RuleId::ClusteredSiteSystem, ref,
                        HIERARCH_MSG("Site system %1 is a cluster node."), {s.name});
        }
    }
}

} // namespace hierarch
