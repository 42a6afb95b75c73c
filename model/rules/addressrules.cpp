// README "Site addresses and senders": the rules about the addresses a site sends to its parent,
// its children and other sites. The site-scoped checks read the site's own addresses and, for a
// child site, its parent's; the account check reads which sites' addresses name the account.
// A finding about addresses points at the first address it names; address-missing, about an
// address that is not there, points at the site.
#include "registry.h"

namespace hierarch {

namespace {

QString folded(const QString &text)
{
    return ValidationContext::foldedKey(text);
}

// A name with at least two labels, not all of them digits (an IPv4 address is not an FQDN).
bool isFqdn(const QString &name)
{
    const QStringList labels = name.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    bool allDigits = true;
    for (const QString &label : labels) {
        if (label.isEmpty())
            return false;
        for (QChar c : label)
            allDigits = allDigits && c.isDigit();
    }
    return !allDigits;
}

// Whether `from` has a network address (not the courier sender's) to the site with this code.
bool sendsTo(const Site &from, const QString &codeKey)
{
    for (const SenderAddress &a : from.addresses) {
        if (!a.isCourier() && folded(a.to) == codeKey)
            return true;
    }
    return false;
}

const Account *accountNamed(const Plan &plan, const QString &name)
{
    const QString key = folded(name);
    for (const Account &account : plan.accounts) {
        if (folded(account.name) == key)
            return &account;
    }
    return nullptr;
}

QString joined(const QStringList &items)
{
    return items.join(QLatin1String(", "));
}

void addressMissing(const ValidationContext &ctx, FindingSink &sink, int i)
{
    const int parent = ctx.parentOf(i);
    if (parent < 0)
        return;
    const Site &site = ctx.site(i);
    const Site &p = ctx.site(parent);
    // A pair where neither site plans its addresses yet is left alone: the plan does not
    // describe site communication there (plans written before addresses existed stay quiet).
    if (site.addresses.isEmpty() && p.addresses.isEmpty())
        return;
    const bool up = sendsTo(site, folded(p.code));
    const bool down = sendsTo(p, folded(site.code));
    if (up && down)
        return;
    if (!up && !down) {
        sink.site(site,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Site %1 and its parent %2 have no address to each other."),
                  {site.code, p.code});
    } else if (!up) {
        sink.site(
            site,
            QT_TRANSLATE_NOOP("hierarch::Findings", "Site %1 has no address to its parent %2."),
            {site.code, p.code});
    } else {
        sink.site(site,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Parent site %2 has no address to its child %1."),
                  {site.code, p.code});
    }
}

void addressReferenceInvalid(const ValidationContext &ctx, FindingSink &sink, int i)
{
    const Site &site = ctx.site(i);
    QStringList bad;
    std::optional<SourcePos> first; // the first address with a bad reference
    for (const SenderAddress &a : site.addresses) {
        const qsizetype before = bad.size();
        const int to = ctx.siteIndex(a.to);
        if (to < 0)
            bad << QCoreApplication::translate("hierarch::Findings", "%1 names no site of the plan")
                       .arg(a.to);
        else if (to == i)
            bad << QCoreApplication::translate("hierarch::Findings", "%1 is the site itself")
                       .arg(a.to);
        if (const Account *account = a.account ? accountNamed(ctx.plan(), *a.account) : nullptr;
            a.account && !account)
            bad << QCoreApplication::translate("hierarch::Findings",
                                               "the account %1 of the address to %2 "
                                               "is not in the account plan")
                       .arg(*a.account, a.to);
        else if (account && account->type != AccountType::SiteAddress)
            bad << QCoreApplication::translate("hierarch::Findings",
                                               "the account %1 of the address to %2 "
                                               "is not a site-address account")
                       .arg(*a.account, a.to);
        if (!first && bad.size() > before)
            first = a.pos;
    }
    if (!bad.isEmpty()) {
        sink.site(site, *first,
                  QT_TRANSLATE_NOOP("hierarch::Findings", "Addresses of site %1: %2."),
                  {site.code, joined(bad)});
    }
}

void addressDestinationNotFqdn(const ValidationContext &ctx, FindingSink &sink, int i)
{
    const Site &site = ctx.site(i);
    QStringList notFqdn;
    SourcePos first; // of the first such address
    for (const SenderAddress &a : site.addresses) {
        if (a.isCourier() || (a.destination && isFqdn(*a.destination)))
            continue;
        if (notFqdn.isEmpty())
            first = a.pos;
        notFqdn << (a.destination ? QStringLiteral("%1 (%2)").arg(a.to, *a.destination) : a.to);
    }
    if (!notFqdn.isEmpty()) {
        sink.site(site, first,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Site %1 sends to destination servers not named by a fully "
                                    "qualified domain name: %2."),
                  {site.code, joined(notFqdn)});
    }
}

void addressSlowLinkUnlimited(const ValidationContext &ctx, FindingSink &sink, int i)
{
    const Site &site = ctx.site(i);
    QStringList unlimited;
    SourcePos first; // of the first such address
    for (const SenderAddress &a : site.addresses) {
        if (a.isCourier())
            continue;
        const bool slow = a.bandwidth ? *a.bandwidth < kSlowLinkKbps : a.isRas();
        if (!slow || !a.schedule.isEmpty() || a.rateLimit)
            continue;
        if (unlimited.isEmpty())
            first = a.pos;
        unlimited << a.to;
    }
    if (!unlimited.isEmpty()) {
        sink.site(site, first,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Site %1 sends over slow links with neither a rate limit nor "
                                    "a schedule to: %2."),
                  {site.code, joined(unlimited)});
    }
}

void addressAccountRights(const ValidationContext &ctx, FindingSink &sink, const Account &account)
{
    if (account.type != AccountType::SiteAddress)
        return;
    const QList<int> sites = ctx.sitesAddressingWith(account.name);
    if (sites.isEmpty())
        return;
    // The account is verified on the destination site server only; every other site it is
    // granted at gives it rights no address needs.
    const QString key = folded(account.name);
    QSet<QString> destinations;
    for (int s : sites) {
        for (const SenderAddress &a : ctx.site(s).addresses) {
            if (a.account && folded(*a.account) == key)
                destinations.insert(folded(a.to));
        }
    }
    QStringList extra;
    for (const QString &code : account.sites) {
        if (!destinations.contains(folded(code)) && !extra.contains(code))
            extra << code;
    }
    if (!extra.isEmpty()) {
        sink.account(account,
                     QT_TRANSLATE_NOOP("hierarch::Findings",
                                       "Site address account %1 is granted at sites that none of "
                                       "its addresses sends to: %2."),
                     {account.name, joined(extra)});
    }
}

} // namespace

QList<RuleCheck> addressRules()
{
    return {
        {RuleId::AddressMissing, addressMissing},
        {RuleId::AddressReferenceInvalid, addressReferenceInvalid},
        {RuleId::AddressDestinationNotFqdn, addressDestinationNotFqdn},
        {RuleId::AddressSlowLinkUnlimited, addressSlowLinkUnlimited},
        {RuleId::AddressAccountRights, addressAccountRights},
    };
}

} // namespace hierarch
