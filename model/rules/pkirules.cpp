// README "PKI": the public key infrastructure of native-mode sites and Internet-based clients
// (ConfigMgr 2007). The site checks read only what a primary site's `pki` states: an unstated key
// is not known, so its rule stays silent (and the checklist item keeps its attestation).
#include "registry.h"

namespace hierarch {

void pkiSite(const ValidationContext &ctx, FindingSink &sink, int i)
{
    const Site &site = ctx.site(i);
    if (!site.pki)
        return;
    // A secondary site has no site mode settings of its own; they are its parent's.
    if (site.isSecondary()) {
        sink.site(RuleId::SecondarySitePki, site,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Secondary site %1 states PKI settings; it takes them from "
                                    "its parent site."),
                  {site.code});
        return;
    }
    if (ctx.effectiveMode(i) != ClientMode::Native)
        return;
    const PkiSettings &pki = *site.pki;
    if (pki.crlChecking == false) {
        sink.site(RuleId::CrlCheckingDisabled, site,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Clients of native-mode site %1 do not check the certificate "
                                    "revocation list."),
                  {site.code});
    } else if (pki.crlChecking == true && pki.crlPublished == false) {
        sink.site(RuleId::CrlNotPublished, site,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Clients of site %1 check the certificate revocation list, "
                                    "but it is not published where they can reach it."),
                  {site.code});
    }
    if (pki.signingCertificate == SigningCertificateDeployment::Manual) {
        sink.site(RuleId::SigningCertificateManual, site,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Clients of site %1 get the site server signing certificate "
                                    "outside Active Directory."),
                  {site.code});
    }
    if (pki.certificateTrustList == false) {
        sink.site(RuleId::CertificateTrustListMissing, site,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "The site systems of native-mode site %1 have no certificate "
                                    "trust list."),
                  {site.code});
    }
}

void pkiServer(const ValidationContext &ctx, FindingSink &sink,
               const ValidationContext::ServerRef &ref)
{
    const Server &server = ctx.server(ref);
    // In a secondary site internet-clients-secondary-site already reports the setting.
    if (ref.roles.isEmpty() || !server.effectiveAllowInternetClients() || server.internetFqdn ||
        ctx.site(ref.site).isSecondary())
        return;
    sink.server(RuleId::InternetFqdnMissing, ref,
                QT_TRANSLATE_NOOP("hierarch::Findings",
                                  "%1 accepts Internet-based clients but has no Internet FQDN."),
                {server.name});
}

// Not yet split into rules.
QList<RuleCheck> pkiRules()
{
    return {
        {RuleId::Count, pkiSite},
        {RuleId::Count, pkiServer},
    };
}

} // namespace hierarch
