// README "PKI": the public key infrastructure of native-mode sites and Internet-based clients
// (ConfigMgr 2007). The site checks read only what a primary site's `pki` states: an unstated key
// is not known, so its rule stays silent (and the checklist item keeps its attestation).
#include "registry.h"

namespace hierarch {

namespace {

// A primary native-mode site's stated PKI settings, or null: the native-mode rules read only
// what is stated.
const PkiSettings *nativePki(const ValidationContext &ctx, int i)
{
    const Site &site = ctx.site(i);
    if (!site.pki || site.isSecondary() || ctx.effectiveMode(i) != ClientMode::Native)
        return nullptr;
    return &*site.pki;
}

void secondarySitePki(const ValidationContext &ctx, FindingSink &sink, int i)
{
    const Site &site = ctx.site(i);
    // A secondary site has no site mode settings of its own; they are its parent's.
    if (site.pki && site.isSecondary()) {
        sink.site(site,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Secondary site %1 states PKI settings; it takes them from "
                                    "its parent site."),
                  {site.code});
    }
}

void crlCheckingDisabled(const ValidationContext &ctx, FindingSink &sink, int i)
{
    const PkiSettings *pki = nativePki(ctx, i);
    if (pki && pki->crlChecking == false) {
        sink.site(ctx.site(i),
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Clients of native-mode site %1 do not check the certificate "
                                    "revocation list."),
                  {ctx.site(i).code});
    }
}

void crlNotPublished(const ValidationContext &ctx, FindingSink &sink, int i)
{
    const PkiSettings *pki = nativePki(ctx, i);
    if (pki && pki->crlChecking == true && pki->crlPublished == false) {
        sink.site(ctx.site(i),
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Clients of site %1 check the certificate revocation list, "
                                    "but it is not published where they can reach it."),
                  {ctx.site(i).code});
    }
}

void signingCertificateManual(const ValidationContext &ctx, FindingSink &sink, int i)
{
    const PkiSettings *pki = nativePki(ctx, i);
    if (pki && pki->signingCertificate == SigningCertificateDeployment::Manual) {
        sink.site(ctx.site(i),
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Clients of site %1 get the site server signing certificate "
                                    "outside Active Directory."),
                  {ctx.site(i).code});
    }
}

void certificateTrustListMissing(const ValidationContext &ctx, FindingSink &sink, int i)
{
    const PkiSettings *pki = nativePki(ctx, i);
    if (pki && pki->certificateTrustList == false) {
        sink.site(ctx.site(i),
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "The site systems of native-mode site %1 have no certificate "
                                    "trust list."),
                  {ctx.site(i).code});
    }
}

void internetFqdnMissing(const ValidationContext &ctx, FindingSink &sink,
                         const ValidationContext::ServerRef &ref)
{
    const Server &server = ctx.server(ref);
    if (ref.roles.isEmpty() || !server.effectiveAllowInternetClients() || server.internetFqdn)
        return;
    sink.server(ref,
                QT_TRANSLATE_NOOP("hierarch::Findings",
                                  "%1 accepts Internet-based clients but has no Internet FQDN."),
                {server.name});
}

} // namespace

QList<RuleCheck> pkiRules()
{
    return {
        {RuleId::SecondarySitePki, secondarySitePki},
        {RuleId::CrlCheckingDisabled, crlCheckingDisabled},
        {RuleId::CrlNotPublished, crlNotPublished},
        {RuleId::SigningCertificateManual, signingCertificateManual},
        {RuleId::CertificateTrustListMissing, certificateTrustListMissing},
        // In a secondary site internet-clients-secondary-site already reports the setting.
        {RuleId::InternetFqdnMissing, internetFqdnMissing, {RuleId::InternetClientsSecondarySite}},
    };
}

} // namespace hierarch
