#include "fields.h"

#include "../boundaries/boundary.h"

#include <QCoreApplication>
#include <QHash>

namespace hierarch {

namespace {

template<typename>
struct MemberTraits;
template<typename C, typename M>
struct MemberTraits<M C::*>
{
    using Object = C;
    using Type = M;
};

template<typename T>
struct IsOptional : std::false_type
{
};
template<typename T>
struct IsOptional<std::optional<T>> : std::true_type
{
    using Inner = T;
};

template<typename T>
QVariant toVariant(const T &value)
{
    if constexpr (std::is_enum_v<T>)
        return QVariant(enumString(value));
    else
        return QVariant::fromValue(value);
}

template<typename T>
T fromVariant(const QVariant &v)
{
    if constexpr (std::is_enum_v<T>)
        return enumFromName<T>(QStringView(v.toString())).value_or(T{});
    else
        return v.value<T>();
}

// get/set for a member of the object itself; optional members read as invalid when unstated.
template<auto Member>
struct Direct
{
    using Object = typename MemberTraits<decltype(Member)>::Object;
    using Type = typename MemberTraits<decltype(Member)>::Type;

    static QVariant get(const void *object)
    {
        const Type &value = static_cast<const Object *>(object)->*Member;
        if constexpr (IsOptional<Type>::value)
            return value ? toVariant(*value) : QVariant();
        else
            return toVariant(value);
    }
    static void set(void *object, const QVariant &value)
    {
        Type &member = static_cast<Object *>(object)->*Member;
        if constexpr (IsOptional<Type>::value) {
            if (!value.isValid())
                member.reset();
            else
                member = fromVariant<typename IsOptional<Type>::Inner>(value);
        } else if (value.isValid()) {
            member = fromVariant<Type>(value);
        }
    }
};

// get/set for a key of a nested map (a server's `sql`, a site's `pki`): writing one creates the
// map. With DropWhenEmpty, un-stating its last key removes the map, so the file keeps no empty
// `pki: {}`; an emptied `sql` map stays, as it always has.
template<auto Map, auto Member, bool DropWhenEmpty = false>
struct NestedKey
{
    using Owner = typename MemberTraits<decltype(Map)>::Object;
    using Settings = typename IsOptional<typename MemberTraits<decltype(Map)>::Type>::Inner;
    using Type = typename IsOptional<typename MemberTraits<decltype(Member)>::Type>::Inner;

    static QVariant get(const void *object)
    {
        const auto &map = static_cast<const Owner *>(object)->*Map;
        if (!map || !((*map).*Member))
            return {};
        return toVariant(*((*map).*Member));
    }
    static void set(void *object, const QVariant &value)
    {
        auto &map = static_cast<Owner *>(object)->*Map;
        if (!map) {
            if (!value.isValid())
                return;
            map.emplace();
        }
        if (!value.isValid())
            ((*map).*Member).reset();
        else
            (*map).*Member = fromVariant<Type>(value);
        if constexpr (DropWhenEmpty) {
            Settings empty;
            empty.pos = map->pos;
            if (*map == empty)
                map.reset();
        }
    }
};
template<auto Member>
using SqlKey = NestedKey<&Server::sql, Member>;
template<auto Member>
using PkiKey = NestedKey<&Site::pki, Member, true>; // FORMAT.md `pki`

QVariant noDefault(const Plan &, const void *)
{
    return {};
}
// The value in force when a key is not stated is what the model's effective*() gives for the
// object without it: the editor shows exactly what the rules assume, and the default is written
// once, in plan.h.
// GCC 12 at -O3 reports the reset std::optional<QString> as maybe used uninitialized when the
// effective*() reads it (a known false positive for optionals of Qt's implicitly shared types).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
template<auto Member, auto Effective>
QVariant unstatedValue(const Plan &, const void *object)
{
    using Object = typename MemberTraits<decltype(Member)>::Object;
    Object unstated = *static_cast<const Object *>(object);
    (unstated.*Member).reset();
    return toVariant((unstated.*Effective)());
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

// The same for a key of a server's `sql` map.
template<auto Member, auto Effective>
QVariant unstatedSqlValue(const Plan &, const void *object)
{
    SqlSettings unstated = static_cast<const Server *>(object)->effectiveSql();
    (unstated.*Member).reset();
    return toVariant((unstated.*Effective)());
}

// A server without a `sql:` block runs no SQL Server the plan knows of.
QVariant noSqlBlock(const Plan &, const void *)
{
    return false;
}

// A site runs the plan's release unless it states its own.
QVariant planRelease(const Plan &plan, const void *)
{
    return plan.release ? QVariant(enumString(*plan.release)) : QVariant();
}

QVariant sqlPresent(const void *object)
{
    return static_cast<const Server *>(object)->sql.has_value();
}

void setSqlPresent(void *object, const QVariant &value)
{
    Server &server = *static_cast<Server *>(object);
    if (value.toBool() && !server.sql)
        server.sql.emplace();
    else if (!value.toBool())
        server.sql.reset();
}

// --- boundaries (README "Boundaries") ---
// A site's boundaries travel as a list of texts in the CSV import's syntax
// (`10.1.0.0/16`, `range:... slow`); an empty list is "not stated".
QVariant siteBoundaries(const void *object)
{
    QStringList items;
    for (const Boundary &b : static_cast<const Site *>(object)->boundaries)
        items << boundaryItemText(b);
    return items.isEmpty() ? QVariant() : QVariant(items);
}

void setSiteBoundaries(void *object, const QVariant &value)
{
    // Document::setField has checked every item for the plan's product.
    QList<Boundary> boundaries;
    for (const QString &item : value.toStringList()) {
        Boundary b;
        if (parseBoundaryItem(item, Product::ConfigMgr2007, b).isEmpty())
            boundaries << b;
    }
    static_cast<Site *>(object)->boundaries = boundaries;
}

QVariant protectedBoundaries(const void *object)
{
    const QStringList &list = static_cast<const Server *>(object)->protectedBoundaries;
    return list.isEmpty() ? QVariant() : QVariant(list);
}

void setProtectedBoundaries(void *object, const QVariant &value)
{
    static_cast<Server *>(object)->protectedBoundaries = value.toStringList();
}
// --- end boundaries ---

constexpr auto kSms = Product::Sms2003;
constexpr auto kCm = Product::ConfigMgr2007;
constexpr std::optional<Product> kBoth = std::nullopt;

template<auto Member, typename E>
FieldInfo enumField(FieldOwner owner, const char *key, const char *label, const char *tooltip,
                    const char *rules, std::optional<Product> product,
                    QVariant (*def)(const Plan &, const void *), bool required = false)
{
    return {owner,
            key,
            label,
            tooltip,
            rules,
            FieldType::Enum,
            required,
            product,
            &enumNames<E>,
            &Direct<Member>::get,
            &Direct<Member>::set,
            def};
}

template<auto Member>
FieldInfo plainField(FieldOwner owner, FieldType type, const char *key, const char *label,
                     const char *tooltip, const char *rules, std::optional<Product> product,
                     QVariant (*def)(const Plan &, const void *), bool required = false)
{
    return {owner,
            key,
            label,
            tooltip,
            rules,
            type,
            required,
            product,
            nullptr,
            &Direct<Member>::get,
            &Direct<Member>::set,
            def};
}

QList<FieldInfo> planFields()
{
    constexpr auto o = FieldOwner::Plan;
    return {
        plainField<&Plan::name>(
            o, FieldType::Text, "name", QT_TRANSLATE_NOOP("hierarch::Fields", "Name"),
            QT_TRANSLATE_NOOP("hierarch::Fields",
                              "The plan's title, shown in the window and on the report "
                              "cover."),
            "", kBoth, noDefault, true),
        enumField<&Plan::product, Product>(
            o, "product", QT_TRANSLATE_NOOP("hierarch::Fields", "Product"),
            QT_TRANSLATE_NOOP(
                "hierarch::Fields",
                "SMS 2003 or Configuration Manager 2007: decides the roles, settings and "
                "rules that apply."),
            "role-not-in-product", kBoth, noDefault, true),
        plainField<&Plan::author>(
            o, FieldType::Text, "author", QT_TRANSLATE_NOOP("hierarch::Fields", "Author"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "Who wrote the plan; shown on the report cover."),
            "", kBoth, noDefault),
        plainField<&Plan::description>(
            o, FieldType::Text, "description", QT_TRANSLATE_NOOP("hierarch::Fields", "Description"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "What the plan is for; shown on the report "
                                                  "cover."),
            "", kBoth, noDefault),
        enumField<&Plan::release, Release>(
            o, "release", QT_TRANSLATE_NOOP("hierarch::Fields", "Release"),
            QT_TRANSLATE_NOOP("hierarch::Fields",
                              "The service pack (and feature release) the hierarchy runs; a site "
                              "may state its own."),
            "release-above-parent, release-os-unsupported, release-role-unsupported, "
            "capacity-hierarchy-clients",
            kBoth, noDefault),
        plainField<&Plan::documentVersion>(
            o, FieldType::Text, "document.version",
            QT_TRANSLATE_NOOP("hierarch::Fields", "Document version"),
            QT_TRANSLATE_NOOP("hierarch::Fields",
                              "The version of this plan document, such as 2.1; shown on the "
                              "report cover."),
            "", kBoth, noDefault),
        enumField<&Plan::documentStatus, DocumentStatus>(
            o, "document.status", QT_TRANSLATE_NOOP("hierarch::Fields", "Document status"),
            QT_TRANSLATE_NOOP("hierarch::Fields",
                              "Draft, in review, approved or superseded; shown on the report "
                              "cover."),
            "", kBoth, noDefault),
        plainField<&Plan::dnsDomain>(
            o, FieldType::Text, "dnsDomain", QT_TRANSLATE_NOOP("hierarch::Fields", "DNS domain"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "Servers without their own FQDN are named "
                                                  "NAME.dnsDomain."),
            "fqdn-missing", kBoth, noDefault),
        plainField<&Plan::forest>(o, FieldType::Text, "activeDirectory.forest",
                                  QT_TRANSLATE_NOOP("hierarch::Fields", "Forest"),
                                  QT_TRANSLATE_NOOP("hierarch::Fields",
                                                    "The Active Directory forest of every site and "
                                                    "server unless they name another."),
                                  "site-spans-forests", kBoth, noDefault),
        plainField<&Plan::schemaExtended>(
            o, FieldType::Bool, "activeDirectory.schemaExtended",
            QT_TRANSLATE_NOOP("hierarch::Fields", "Schema extended"),
            QT_TRANSLATE_NOOP("hierarch::Fields",
                              "The Active Directory schema is extended for the product, so clients "
                              "can find sites and the trusted root key there."),
            "ad-schema-not-extended, trusted-root-key-separation", kBoth,
            unstatedValue<&Plan::schemaExtended, &Plan::effectiveSchemaExtended>),
        plainField<&Plan::publishing>(
            o, FieldType::Bool, "activeDirectory.publishing",
            QT_TRANSLATE_NOOP("hierarch::Fields", "Publishing"),
            QT_TRANSLATE_NOOP(
                "hierarch::Fields",
                "Sites publish their information to the System Management container."),
            "ad-schema-not-extended, trusted-root-key-separation", kBoth,
            unstatedValue<&Plan::publishing, &Plan::effectivePublishing>),
    };
}

QList<FieldInfo> siteFields()
{
    constexpr auto o = FieldOwner::Site;
    return {
        plainField<&Site::code>(
            o, FieldType::Text, "code", QT_TRANSLATE_NOOP("hierarch::Fields", "Code"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "Three letters or digits that identify the site "
                                                  "throughout the hierarchy."),
            "site-code-invalid, site-code-duplicate", kBoth, noDefault, true),
        {o, "name", QT_TRANSLATE_NOOP("hierarch::Fields", "Name"),
         QT_TRANSLATE_NOOP("hierarch::Fields", "A descriptive name; the code when empty."), "",
         FieldType::Text, false, kBoth, nullptr, &Direct<&Site::name>::get,
         &Direct<&Site::name>::set, unstatedValue<&Site::name, &Site::displayName>},
        enumField<&Site::type, SiteType>(
            o, "type", QT_TRANSLATE_NOOP("hierarch::Fields", "Type"),
            QT_TRANSLATE_NOOP("hierarch::Fields",
                              "A primary site has its own database; a secondary site reports to a "
                              "primary parent."),
            "secondary-site-placement, secondary-site-role", kBoth,
            unstatedValue<&Site::type, &Site::effectiveType>),
        plainField<&Site::parent>(
            o, FieldType::Text, "parent", QT_TRANSLATE_NOOP("hierarch::Fields", "Parent"),
            QT_TRANSLATE_NOOP("hierarch::Fields",
                              "The code of the parent site; empty for the central "
                              "site."),
            "central-site-count, site-parent-unknown, site-parent-cycle", kBoth, noDefault),
        {o, "forest", QT_TRANSLATE_NOOP("hierarch::Fields", "Forest"),
         QT_TRANSLATE_NOOP(
             "hierarch::Fields",
             "The Active Directory forest of the site; the plan's forest when empty."),
         "site-spans-forests", FieldType::Text, false, kBoth, nullptr, &Direct<&Site::forest>::get,
         &Direct<&Site::forest>::set,
         [](const Plan &plan, const void *) {
             return plan.forest ? QVariant(*plan.forest) : QVariant();
         }},
        plainField<&Site::clients>(
            o, FieldType::Count, "clients", QT_TRANSLATE_NOOP("hierarch::Fields", "Clients"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "Clients assigned to this site."),
            "capacity-site-clients, capacity-management-point, "
            "fsp-missing-native, role-separation, "
            "trusted-root-key-separation",
            kBoth, unstatedValue<&Site::clients, &Site::effectiveClients>),
        plainField<&Site::legacyClients>(
            o, FieldType::Count, "legacyClients",
            QT_TRANSLATE_NOOP("hierarch::Fields", "Legacy Clients"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "SMS 2003 Legacy Clients among the site's "
                                                  "clients."),
            "legacy-clients", kSms,
            unstatedValue<&Site::legacyClients, &Site::effectiveLegacyClients>),
        plainField<&Site::workgroupClients>(
            o, FieldType::Bool, "workgroupClients",
            QT_TRANSLATE_NOOP("hierarch::Fields", "Workgroup clients"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "Some clients are in workgroups or other "
                                                  "forests and cannot query Active "
                                                  "Directory."),
            "workgroup-clients, trusted-root-key-separation", kBoth,
            unstatedValue<&Site::workgroupClients, &Site::effectiveWorkgroupClients>),
        enumField<&Site::securityMode, SecurityMode>(
            o, "securityMode", QT_TRANSLATE_NOOP("hierarch::Fields", "Security mode"),
            QT_TRANSLATE_NOOP("hierarch::Fields",
                              "SMS 2003 advanced security uses computer accounts instead of user "
                              "accounts for the services."),
            "standard-security, advanced-under-standard-parent", kSms,
            unstatedValue<&Site::securityMode, &Site::effectiveSecurityMode>),
        enumField<&Site::clientMode, ClientMode>(
            o, "clientMode", QT_TRANSLATE_NOOP("hierarch::Fields", "Client mode"),
            QT_TRANSLATE_NOOP("hierarch::Fields",
                              "Native mode secures client communication with PKI certificates; a "
                              "secondary site uses its parent's mode."),
            "mixed-mode, native-under-mixed-parent, fsp-missing-native, dp-bits-native, "
            "http-roaming, internet-clients-mixed-mode",
            kCm, unstatedValue<&Site::clientMode, &Site::ownClientMode>),
        {o, "secureKeyExchange", QT_TRANSLATE_NOOP("hierarch::Fields", "Secure key exchange"),
         QT_TRANSLATE_NOOP(
             "hierarch::Fields",
             "Require secure key exchange between this site and the sites it talks to."),
         "secure-key-exchange", FieldType::Bool, false, kBoth, nullptr,
         &Direct<&Site::secureKeyExchange>::get, &Direct<&Site::secureKeyExchange>::set,
         [](const Plan &plan, const void *s) {
             Site unstated = *static_cast<const Site *>(s);
             unstated.secureKeyExchange.reset();
             return QVariant(unstated.effectiveSecureKeyExchange(plan.product));
         }},
        plainField<&Site::acceptUnsignedData>(
            o, FieldType::Bool, "acceptUnsignedData",
            QT_TRANSLATE_NOOP("hierarch::Fields", "Accept unsigned data"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "Accept unsigned data from SMS 2.0 "
                                                  "sites."),
            "accept-unsigned-data", kSms,
            unstatedValue<&Site::acceptUnsignedData, &Site::effectiveAcceptUnsignedData>),
        plainField<&Site::httpRoaming>(
            o, FieldType::Bool, "httpRoaming",
            QT_TRANSLATE_NOOP("hierarch::Fields", "HTTP roaming"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "Allow HTTP communication for roaming and "
                                                  "site assignment in native mode."),
            "http-roaming", kCm, unstatedValue<&Site::httpRoaming, &Site::effectiveHttpRoaming>),
        // --- PKI --- (no defaults: unstated means not known)
        {o, "pki.signingCertificate",
         QT_TRANSLATE_NOOP("hierarch::Fields", "Signing certificate deployment"),
         QT_TRANSLATE_NOOP("hierarch::Fields",
                           "How native-mode clients get the site server signing certificate: "
                           "from Active Directory, or another way (at client installation)."),
         "signing-certificate-manual", FieldType::Enum, false, kCm,
         &enumNames<SigningCertificateDeployment>, &PkiKey<&PkiSettings::signingCertificate>::get,
         &PkiKey<&PkiSettings::signingCertificate>::set, noDefault},
        {o, "pki.crlChecking", QT_TRANSLATE_NOOP("hierarch::Fields", "Clients check the CRL"),
         QT_TRANSLATE_NOOP("hierarch::Fields",
                           "Native-mode clients check the certificate revocation list for site "
                           "systems."),
         "crl-checking-disabled, crl-not-published", FieldType::Bool, false, kCm, nullptr,
         &PkiKey<&PkiSettings::crlChecking>::get, &PkiKey<&PkiSettings::crlChecking>::set,
         noDefault},
        {o, "pki.crlPublished", QT_TRANSLATE_NOOP("hierarch::Fields", "CRL published"),
         QT_TRANSLATE_NOOP("hierarch::Fields",
                           "The CRL is published where every client of the site can reach it "
                           "(on the Internet too for Internet-based clients)."),
         "crl-not-published", FieldType::Bool, false, kCm, nullptr,
         &PkiKey<&PkiSettings::crlPublished>::get, &PkiKey<&PkiSettings::crlPublished>::set,
         noDefault},
        {o, "pki.certificateTrustList",
         QT_TRANSLATE_NOOP("hierarch::Fields", "Certificate trust list"),
         QT_TRANSLATE_NOOP("hierarch::Fields",
                           "The IIS of the site systems accepts client certificates only from "
                           "the root CAs of a certificate trust list."),
         "certificate-trust-list-missing", FieldType::Bool, false, kCm, nullptr,
         &PkiKey<&PkiSettings::certificateTrustList>::get,
         &PkiKey<&PkiSettings::certificateTrustList>::set, noDefault},
        // --- end PKI ---
        enumField<&Site::installation, Installation>(
            o, "installation", QT_TRANSLATE_NOOP("hierarch::Fields", "Installation"),
            QT_TRANSLATE_NOOP("hierarch::Fields",
                              "How a secondary site server is installed: locally at the server, or "
                              "pushed from the parent."),
            "secondary-push-install", kBoth,
            unstatedValue<&Site::installation, &Site::effectiveInstallation>),
        enumField<&Site::release, Release>(
            o, "release", QT_TRANSLATE_NOOP("hierarch::Fields", "Release"),
            QT_TRANSLATE_NOOP("hierarch::Fields",
                              "The service pack (and feature release) this site runs, when it "
                              "differs from the plan's."),
            "release-above-parent, release-os-unsupported, release-role-unsupported", kBoth,
            planRelease),
        {o, "boundaries", QT_TRANSLATE_NOOP("hierarch::Fields", "Boundaries"),
         QT_TRANSLATE_NOOP("hierarch::Fields",
                           "The network locations whose clients belong to the site, separated by "
                           "commas: IP subnets (10.1.0.0/16), Active Directory sites (Berlin) "
                           "and, on Configuration Manager 2007, IP ranges (10.2.0.1-10.2.0.9) and "
                           "IPv6 prefixes (2001:db8::/48); a type may be written before a value "
                           "(adSite:Berlin), and slow or fast after it."),
         "boundary-overlap, boundary-missing, protected-boundary-foreign", FieldType::TextList,
         false, kBoth, nullptr, &siteBoundaries, &setSiteBoundaries, noDefault},
    };
}

QList<FieldInfo> serverFields()
{
    constexpr auto o = FieldOwner::Server;
    QList<FieldInfo> fields{
        plainField<&Server::name>(
            o, FieldType::Text, "name", QT_TRANSLATE_NOOP("hierarch::Fields", "Name"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "The NetBIOS name: up to 15 letters, digits and "
                                                  "hyphens, unique in the hierarchy."),
            "server-name-invalid, server-name-duplicate", kBoth, noDefault, true),
        {o, "fqdn", QT_TRANSLATE_NOOP("hierarch::Fields", "FQDN"),
         QT_TRANSLATE_NOOP("hierarch::Fields",
                           "The fully qualified domain name; NAME.dnsDomain when empty."),
         "fqdn-missing", FieldType::Text, false, kBoth, nullptr, &Direct<&Server::fqdn>::get,
         &Direct<&Server::fqdn>::set,
         [](const Plan &plan, const void *s) {
             if (!plan.dnsDomain)
                 return QVariant();
             return QVariant(static_cast<const Server *>(s)->name.toLower() + QLatin1Char('.') +
                             *plan.dnsDomain);
         }},
        // --- PKI ---
        plainField<&Server::internetFqdn>(
            o, FieldType::Text, "internetFqdn",
            QT_TRANSLATE_NOOP("hierarch::Fields", "Internet FQDN"),
            QT_TRANSLATE_NOOP("hierarch::Fields",
                              "The fully qualified domain name Internet-based clients use for "
                              "this site system (registered on public DNS)."),
            "internet-fqdn-missing", kCm, noDefault),
        // --- end PKI ---
        plainField<&Server::forest>(
            o, FieldType::Text, "forest", QT_TRANSLATE_NOOP("hierarch::Fields", "Forest"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "The forest of the server; the site's forest "
                                                  "when empty."),
            "site-spans-forests", kBoth, noDefault),
        enumField<&Server::zone, Zone>(
            o, "zone", QT_TRANSLATE_NOOP("hierarch::Fields", "Network zone"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "Intranet, perimeter network or Internet."),
            "fsp-in-perimeter, slp-in-perimeter, "
            "perimeter-push-transfers",
            kBoth, unstatedValue<&Server::zone, &Server::effectiveZone>),
        plainField<&Server::dualHomed>(
            o, FieldType::Bool, "dualHomed", QT_TRANSLATE_NOOP("hierarch::Fields", "Dual-homed"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "The server bridges the perimeter network and "
                                                  "the intranet."),
            "perimeter-bridge", kBoth,
            unstatedValue<&Server::dualHomed, &Server::effectiveDualHomed>),
        plainField<&Server::domainController>(
            o, FieldType::Bool, "domainController",
            QT_TRANSLATE_NOOP("hierarch::Fields", "Domain controller"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "The server is a domain controller."),
            "site-server-on-domain-controller, "
            "fsp-on-domain-controller",
            kBoth, unstatedValue<&Server::domainController, &Server::effectiveDomainController>),
        enumField<&Server::os, OperatingSystem>(
            o, "os", QT_TRANSLATE_NOOP("hierarch::Fields", "Operating system"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "The Windows Server version and "
                                                  "service pack."),
            "os-below-2003-sp1", kBoth, unstatedValue<&Server::os, &Server::effectiveOs>),
        enumField<&Server::fileSystem, FileSystem>(
            o, "fileSystem", QT_TRANSLATE_NOOP("hierarch::Fields", "File system"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "The file system of the product's "
                                                  "drives."),
            "ntfs-required", kBoth,
            unstatedValue<&Server::fileSystem, &Server::effectiveFileSystem>),
        plainField<&Server::staticIp>(
            o, FieldType::Bool, "staticIp", QT_TRANSLATE_NOOP("hierarch::Fields", "Static IP"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "The server has a static IP address."),
            "static-ip", kBoth, unstatedValue<&Server::staticIp, &Server::effectiveStaticIp>),
        plainField<&Server::adminShare>(
            o, FieldType::Bool, "adminShare", QT_TRANSLATE_NOOP("hierarch::Fields", "Admin$ share"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "The Admin$ share is present; the product "
                                                  "needs it."),
            "admin-share-removed", kBoth,
            unstatedValue<&Server::adminShare, &Server::effectiveAdminShare>),
        plainField<&Server::securityConfigurationWizard>(
            o, FieldType::Bool, "securityConfigurationWizard",
            QT_TRANSLATE_NOOP("hierarch::Fields", "SCW applied"),
            QT_TRANSLATE_NOOP("hierarch::Fields",
                              "A Security Configuration Wizard policy built with the product's "
                              "template is applied."),
            "scw-not-applied", kBoth,
            unstatedValue<&Server::securityConfigurationWizard,
                          &Server::effectiveSecurityConfigurationWizard>),
        plainField<&Server::siteServerInitiatedTransfers>(
            o, FieldType::Bool, "siteServerInitiatedTransfers",
            QT_TRANSLATE_NOOP("hierarch::Fields", "Site server initiated transfers"),
            QT_TRANSLATE_NOOP(
                "hierarch::Fields",
                "Allow only site server initiated data transfers from this site system; "
                "wanted in a perimeter network."),
            "perimeter-push-transfers", kCm,
            unstatedValue<&Server::siteServerInitiatedTransfers,
                          &Server::effectiveSiteServerInitiatedTransfers>),
        plainField<&Server::ipsec>(
            o, FieldType::Bool, "ipsec", QT_TRANSLATE_NOOP("hierarch::Fields", "IPsec"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "IPsec protects the server's traffic with other "
                                                  "site systems."),
            "ipsec-between-site-systems, "
            "management-point-database-ipsec",
            kBoth, unstatedValue<&Server::ipsec, &Server::effectiveIpsec>),
        plainField<&Server::allowInternetClients>(
            o, FieldType::Bool, "allowInternetClients",
            QT_TRANSLATE_NOOP("hierarch::Fields", "Internet-based clients"),
            QT_TRANSLATE_NOOP("hierarch::Fields",
                              "Roles on this server accept Internet-based clients."),
            "internet-role-unsupported, internet-clients-mixed-mode", kCm,
            unstatedValue<&Server::allowInternetClients, &Server::effectiveAllowInternetClients>),
        plainField<&Server::otherWebApplications>(
            o, FieldType::Bool, "otherWebApplications",
            QT_TRANSLATE_NOOP("hierarch::Fields", "Other web applications"),
            QT_TRANSLATE_NOOP("hierarch::Fields",
                              "Web applications of other products run on the server's IIS."),
            "dedicated-iis, site-server-iis", kBoth,
            unstatedValue<&Server::otherWebApplications, &Server::effectiveOtherWebApplications>),
        plainField<&Server::otherLocalSystemServices>(
            o, FieldType::Bool, "otherLocalSystemServices",
            QT_TRANSLATE_NOOP("hierarch::Fields", "Other Local System services"),
            QT_TRANSLATE_NOOP("hierarch::Fields",
                              "Services of other products run as Local System on the server."),
            "other-local-system-services", kBoth,
            unstatedValue<&Server::otherLocalSystemServices,
                          &Server::effectiveOtherLocalSystemServices>),
        plainField<&Server::clustered>(
            o, FieldType::Bool, "clustered", QT_TRANSLATE_NOOP("hierarch::Fields", "Clustered"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "The server is a node of a cluster."),
            "clustered-site-system", kBoth,
            unstatedValue<&Server::clustered, &Server::effectiveClustered>),
        {o, "protectedBoundaries", QT_TRANSLATE_NOOP("hierarch::Fields", "Protected boundaries"),
         QT_TRANSLATE_NOOP("hierarch::Fields",
                           "A protected site system: its distribution point and state migration "
                           "point serve only clients in these boundaries of its site, separated "
                           "by commas."),
         "protected-boundary-foreign", FieldType::TextList, false, kCm, nullptr,
         &protectedBoundaries, &setProtectedBoundaries, noDefault},
        {o, "sql", QT_TRANSLATE_NOOP("hierarch::Fields", "SQL Server"),
         QT_TRANSLATE_NOOP("hierarch::Fields",
                           "SQL Server runs on this server (its settings below apply)."),
         "", FieldType::Bool, true, kBoth, nullptr, &sqlPresent, &setSqlPresent, noSqlBlock},
        {o, "sql.authentication", QT_TRANSLATE_NOOP("hierarch::Fields", "SQL authentication"),
         QT_TRANSLATE_NOOP("hierarch::Fields",
                           "Windows authentication only, or mixed with SQL Server logins."),
         "sql-mixed-authentication", FieldType::Enum, false, kBoth, &enumNames<SqlAuthentication>,
         &SqlKey<&SqlSettings::authentication>::get, &SqlKey<&SqlSettings::authentication>::set,
         unstatedSqlValue<&SqlSettings::authentication, &SqlSettings::effectiveAuthentication>},
        {o, "sql.serviceAccount", QT_TRANSLATE_NOOP("hierarch::Fields", "SQL service account"),
         QT_TRANSLATE_NOOP("hierarch::Fields", "The account the SQL Server service runs as."),
         "sql-local-system, sql-spn-missing", FieldType::Enum, false, kBoth,
         &enumNames<SqlServiceAccount>, &SqlKey<&SqlSettings::serviceAccount>::get,
         &SqlKey<&SqlSettings::serviceAccount>::set,
         unstatedSqlValue<&SqlSettings::serviceAccount, &SqlSettings::effectiveServiceAccount>},
        {o, "sql.spnRegistered", QT_TRANSLATE_NOOP("hierarch::Fields", "SPN registered"),
         QT_TRANSLATE_NOOP("hierarch::Fields",
                           "A service principal name is registered for the SQL Server service "
                           "account."),
         "sql-spn-missing", FieldType::Bool, false, kBoth, nullptr,
         &SqlKey<&SqlSettings::spnRegistered>::get, &SqlKey<&SqlSettings::spnRegistered>::set,
         unstatedSqlValue<&SqlSettings::spnRegistered, &SqlSettings::effectiveSpnRegistered>},
        {o, "sql.otherDatabases", QT_TRANSLATE_NOOP("hierarch::Fields", "Other databases"),
         QT_TRANSLATE_NOOP("hierarch::Fields", "Other SQL Server applications use this instance."),
         "sql-other-applications", FieldType::Bool, false, kBoth, nullptr,
         &SqlKey<&SqlSettings::otherDatabases>::get, &SqlKey<&SqlSettings::otherDatabases>::set,
         unstatedSqlValue<&SqlSettings::otherDatabases, &SqlSettings::effectiveOtherDatabases>},
    };
    return fields;
}

QList<FieldInfo> roleFields()
{
    constexpr auto o = FieldOwner::Role;
    return {
        enumField<&RoleAssignment::role, Role>(
            o, "role", QT_TRANSLATE_NOOP("hierarch::Fields", "Role"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "The site system role."), "", kBoth, noDefault,
            true),
        plainField<&RoleAssignment::site>(
            o, FieldType::Text, "site", QT_TRANSLATE_NOOP("hierarch::Fields", "Serves site"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "For a site database or SMS Provider: the "
                                                  "code of the site it serves; the server's "
                                                  "own site when empty."),
            "sql-shared-between-sites, role-site-unknown", kBoth, noDefault),
        plainField<&RoleAssignment::bits>(
            o, FieldType::Bool, "bits", QT_TRANSLATE_NOOP("hierarch::Fields", "BITS"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "For a distribution point: it is BITS "
                                                  "enabled, which needs IIS."),
            "dp-bits-native, iis-role-mixing", kBoth,
            unstatedValue<&RoleAssignment::bits, &RoleAssignment::effectiveBits>),
    };
}

QList<FieldInfo> accountFields()
{
    constexpr auto o = FieldOwner::Account;
    return {
        plainField<&Account::name>(
            o, FieldType::Text, "name", QT_TRANSLATE_NOOP("hierarch::Fields", "Name"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "The account, e.g. CONTOSO\\smssvc."), "", kBoth,
            noDefault, true),
        enumField<&Account::type, AccountType>(
            o, "type", QT_TRANSLATE_NOOP("hierarch::Fields", "Type"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "What the account is used for; each product "
                                                  "has its own account types."),
            "account-type-not-in-product, account-generated-manual-change", kBoth, noDefault, true),
        plainField<&Account::sites>(
            o, FieldType::TextList, "sites", QT_TRANSLATE_NOOP("hierarch::Fields", "Sites"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "Codes of the sites that use the account, "
                                                  "separated by commas."),
            "account-site-unknown, account-shared-service-overlap", kBoth, noDefault, true),
        {o, "generated", QT_TRANSLATE_NOOP("hierarch::Fields", "Generated"),
         QT_TRANSLATE_NOOP("hierarch::Fields", "The product generates and maintains the password."),
         "account-generated-manual-change", FieldType::Bool, false, kBoth, nullptr,
         &Direct<&Account::generated>::get, &Direct<&Account::generated>::set,
         unstatedValue<&Account::generated, &Account::effectiveGenerated>},
        {o, "passwordChange", QT_TRANSLATE_NOOP("hierarch::Fields", "Password change"),
         QT_TRANSLATE_NOOP("hierarch::Fields", "How the password is planned to be changed."),
         "account-generated-manual-change", FieldType::Enum, false, kBoth,
         &enumNames<PasswordChange>, &Direct<&Account::passwordChange>::get,
         &Direct<&Account::passwordChange>::set,
         unstatedValue<&Account::passwordChange, &Account::effectivePasswordChange>},
        enumField<&Account::rotation, Rotation>(
            o, "rotation", QT_TRANSLATE_NOOP("hierarch::Fields", "Rotation"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "Meet a password policy by changing "
                                                  "the password or by creating a new "
                                                  "account."),
            "account-shared-new-account", kBoth,
            unstatedValue<&Account::rotation, &Account::effectiveRotation>),
        plainField<&Account::rotationAccount>(
            o, FieldType::Text, "rotationAccount",
            QT_TRANSLATE_NOOP("hierarch::Fields", "Rotation account"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "A second account kept active while the "
                                                  "password changes."),
            "account-shared-service-overlap", kBoth, noDefault),
        plainField<&Account::domainAdmin>(
            o, FieldType::Bool, "domainAdmin",
            QT_TRANSLATE_NOOP("hierarch::Fields", "Domain admin"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "The account is a member of Domain Admins."),
            "account-domain-admin", kBoth,
            unstatedValue<&Account::domainAdmin, &Account::effectiveDomainAdmin>),
        {o, "custodians", QT_TRANSLATE_NOOP("hierarch::Fields", "Custodians"),
         QT_TRANSLATE_NOOP("hierarch::Fields", "Administrators who know the password."),
         "account-single-custodian", FieldType::Count, false, kBoth, nullptr,
         &Direct<&Account::custodians>::get, &Direct<&Account::custodians>::set,
         unstatedValue<&Account::custodians, &Account::effectiveCustodians>},
        plainField<&Account::sealedCopy>(
            o, FieldType::Bool, "sealedCopy", QT_TRANSLATE_NOOP("hierarch::Fields", "Sealed copy"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "A written copy of the password is sealed and "
                                                  "stored centrally."),
            "account-single-custodian", kBoth,
            unstatedValue<&Account::sealedCopy, &Account::effectiveSealedCopy>),
    };
}

QList<FieldInfo> waiverFields()
{
    constexpr auto o = FieldOwner::Waiver;
    return {
        plainField<&Waiver::finding>(
            o, FieldType::Text, "finding", QT_TRANSLATE_NOOP("hierarch::Fields", "Finding"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "The waived finding's id, rule@subject."),
            "waiver-unused", kBoth, noDefault, true),
        plainField<&Waiver::justification>(
            o, FieldType::Text, "justification",
            QT_TRANSLATE_NOOP("hierarch::Fields", "Justification"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "Why the risk is accepted."), "", kBoth,
            noDefault, true),
        plainField<&Waiver::approvedBy>(
            o, FieldType::Text, "approvedBy", QT_TRANSLATE_NOOP("hierarch::Fields", "Approved by"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "Who approved it, e.g. a change number."), "",
            kBoth, noDefault),
        plainField<&Waiver::expires>(
            o, FieldType::Date, "expires", QT_TRANSLATE_NOOP("hierarch::Fields", "Expires"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "After this date the finding counts again."),
            "waiver-expired", kBoth, noDefault),
    };
}

QList<FieldInfo> attestationFields()
{
    constexpr auto o = FieldOwner::Attestation;
    return {
        plainField<&Attestation::item>(
            o, FieldType::Text, "item", QT_TRANSLATE_NOOP("hierarch::Fields", "Checklist item"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "The id of a manual checklist item."), "", kBoth,
            noDefault, true),
        enumField<&Attestation::status, AttestationStatus>(
            o, "status", QT_TRANSLATE_NOOP("hierarch::Fields", "Status"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "Done, not applicable, or open."), "", kBoth,
            unstatedValue<&Attestation::status, &Attestation::effectiveStatus>),
        plainField<&Attestation::note>(
            o, FieldType::Text, "note", QT_TRANSLATE_NOOP("hierarch::Fields", "Note"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "Evidence or a reference, e.g. a runbook."), "",
            kBoth, noDefault),
    };
}

// An entry of `document.changeRecord`: a released revision of the plan.
QList<FieldInfo> changeRecordFields()
{
    constexpr auto o = FieldOwner::ChangeRecord;
    return {
        plainField<&ChangeRecordEntry::version>(
            o, FieldType::Text, "version", QT_TRANSLATE_NOOP("hierarch::Fields", "Version"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "The revision's version, e.g. 2.1."), "", kBoth,
            noDefault, true),
        plainField<&ChangeRecordEntry::date>(
            o, FieldType::Date, "date", QT_TRANSLATE_NOOP("hierarch::Fields", "Date"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "When the revision was issued."), "", kBoth,
            noDefault, true),
        plainField<&ChangeRecordEntry::author>(
            o, FieldType::Text, "author", QT_TRANSLATE_NOOP("hierarch::Fields", "Author"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "Who made the revision."), "", kBoth, noDefault),
        plainField<&ChangeRecordEntry::summary>(
            o, FieldType::Text, "summary", QT_TRANSLATE_NOOP("hierarch::Fields", "Summary"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "What the revision changed."), "", kBoth,
            noDefault),
    };
}

// --- Site addresses and senders ------------------------------------------------------------------
// `schedule` is a list whose empty value means "not stated" (always open).
QVariant getSchedule(const void *object)
{
    const QStringList &windows = static_cast<const SenderAddress *>(object)->schedule;
    return windows.isEmpty() ? QVariant() : QVariant(windows);
}

void setSchedule(void *object, const QVariant &value)
{
    static_cast<SenderAddress *>(object)->schedule =
        value.isValid() ? value.toStringList() : QStringList();
}

QList<FieldInfo> addressFields()
{
    constexpr auto o = FieldOwner::Address;
    return {
        plainField<&SenderAddress::to>(
            o, FieldType::Text, "to", QT_TRANSLATE_NOOP("hierarch::Fields", "To"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "Code of the site the address sends to."),
            "address-reference-invalid, address-missing", kBoth, noDefault, true),
        enumField<&SenderAddress::type, SenderType>(
            o, "type", QT_TRANSLATE_NOOP("hierarch::Fields", "Sender"),
            QT_TRANSLATE_NOOP("hierarch::Fields",
                              "The sender that carries the data: standard (LAN or WAN), a RAS "
                              "sender over a dial-up line, or the courier sender for package "
                              "data on removable media."),
            "address-missing, address-slow-link-unlimited", kBoth,
            unstatedValue<&SenderAddress::type, &SenderAddress::effectiveType>),
        plainField<&SenderAddress::destination>(
            o, FieldType::Text, "destination",
            QT_TRANSLATE_NOOP("hierarch::Fields", "Destination server"),
            QT_TRANSLATE_NOOP("hierarch::Fields",
                              "The destination site server by its fully qualified domain name; "
                              "unstated, the sender uses its NetBIOS name."),
            "address-destination-not-fqdn", kBoth, noDefault),
        plainField<&SenderAddress::account>(
            o, FieldType::Text, "account",
            QT_TRANSLATE_NOOP("hierarch::Fields", "Site address account"),
            QT_TRANSLATE_NOOP("hierarch::Fields",
                              "A site-address account of the account plan; unstated, the site "
                              "server's computer account."),
            "address-reference-invalid, address-account-rights", kBoth, noDefault),
        {o, "schedule", QT_TRANSLATE_NOOP("hierarch::Fields", "Schedule"),
         QT_TRANSLATE_NOOP("hierarch::Fields",
                           "Windows the sender may send in, written HH:MM-HH:MM and separated "
                           "by commas; unstated, at any time."),
         "address-slow-link-unlimited", FieldType::TextList, false, kBoth, nullptr, &getSchedule,
         &setSchedule, noDefault},
        plainField<&SenderAddress::rateLimit>(
            o, FieldType::Count, "rateLimit", QT_TRANSLATE_NOOP("hierarch::Fields", "Rate limit %"),
            QT_TRANSLATE_NOOP("hierarch::Fields",
                              "The share of the link the sender may use, 1 to 100 percent; "
                              "unstated, unlimited."),
            "address-slow-link-unlimited", kBoth, noDefault),
        plainField<&SenderAddress::bandwidth>(
            o, FieldType::Count, "bandwidth", QT_TRANSLATE_NOOP("hierarch::Fields", "Link kbit/s"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "The WAN link's bandwidth in kbit/s."),
            "address-slow-link-unlimited", kBoth, noDefault),
        plainField<&SenderAddress::latency>(
            o, FieldType::Count, "latency", QT_TRANSLATE_NOOP("hierarch::Fields", "Latency ms"),
            QT_TRANSLATE_NOOP("hierarch::Fields", "The WAN link's round-trip latency in ms."), "",
            kBoth, noDefault),
    };
}
// --- end of site addresses
// ------------------------------------------------------------------------

} // namespace

QString FieldInfo::displayLabel() const
{
    return QCoreApplication::translate("hierarch::Fields", label);
}

QString FieldInfo::displayTooltip() const
{
    QString text = QCoreApplication::translate("hierarch::Fields", tooltip);
    if (rules && *rules) {
        text += QLatin1Char('\n') + QCoreApplication::translate("hierarch::Fields", "Rules: %1")
                                        .arg(QString::fromLatin1(rules));
    }
    return text;
}

const QList<FieldInfo> &fieldsOf(FieldOwner owner)
{
    static const QList<FieldInfo> plan = planFields();
    static const QList<FieldInfo> site = siteFields();
    static const QList<FieldInfo> server = serverFields();
    static const QList<FieldInfo> role = roleFields();
    static const QList<FieldInfo> account = accountFields();
    static const QList<FieldInfo> waiver = waiverFields();
    static const QList<FieldInfo> attestation = attestationFields();
    static const QList<FieldInfo> changeRecord = changeRecordFields();
    static const QList<FieldInfo> address = addressFields();
    switch (owner) {
    case FieldOwner::Plan:
        return plan;
    case FieldOwner::Site:
        return site;
    case FieldOwner::Server:
        return server;
    case FieldOwner::Role:
        return role;
    case FieldOwner::Account:
        return account;
    case FieldOwner::Waiver:
        return waiver;
    case FieldOwner::Attestation:
        return attestation;
    case FieldOwner::ChangeRecord:
        return changeRecord;
    case FieldOwner::Address:
        return address;
    }
    return plan;
}

const FieldInfo *findField(FieldOwner owner, QStringView key)
{
    for (const FieldInfo &f : fieldsOf(owner)) {
        if (key == QLatin1String(f.key))
            return &f;
    }
    return nullptr;
}

QString enumValueLabel(const QString &value)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("sms2003"), QT_TRANSLATE_NOOP("hierarch::Fields", "SMS 2003")},
        {QStringLiteral("configmgr2007"),
         QT_TRANSLATE_NOOP("hierarch::Fields", "Configuration Manager 2007")},
        {QStringLiteral("windows-2000"),
         QT_TRANSLATE_NOOP("hierarch::Fields", "Windows 2000 Server")},
        {QStringLiteral("windows-2003"),
         QT_TRANSLATE_NOOP("hierarch::Fields", "Windows Server 2003")},
        {QStringLiteral("windows-2003-sp1"),
         QT_TRANSLATE_NOOP("hierarch::Fields", "Windows Server 2003 SP1")},
        {QStringLiteral("windows-2003-sp2"),
         QT_TRANSLATE_NOOP("hierarch::Fields", "Windows Server 2003 SP2")},
        {QStringLiteral("windows-2008"),
         QT_TRANSLATE_NOOP("hierarch::Fields", "Windows Server 2008")},
        {QStringLiteral("windows-2008-r2"),
         QT_TRANSLATE_NOOP("hierarch::Fields", "Windows Server 2008 R2")},
        {QStringLiteral("ntfs"), QT_TRANSLATE_NOOP("hierarch::Fields", "NTFS")},
        {QStringLiteral("fat32"), QT_TRANSLATE_NOOP("hierarch::Fields", "FAT32")},
        {QStringLiteral("rtm"), QT_TRANSLATE_NOOP("hierarch::Fields", "RTM (no service pack)")},
        {QStringLiteral("sp1"), QT_TRANSLATE_NOOP("hierarch::Fields", "SP1")},
        {QStringLiteral("sp2"), QT_TRANSLATE_NOOP("hierarch::Fields", "SP2")},
        {QStringLiteral("sp3"), QT_TRANSLATE_NOOP("hierarch::Fields", "SP3")},
        {QStringLiteral("sp1-r2"), QT_TRANSLATE_NOOP("hierarch::Fields", "SP1 with R2")},
        {QStringLiteral("sp2-r2"), QT_TRANSLATE_NOOP("hierarch::Fields", "SP2 with R2")},
        {QStringLiteral("sp2-r3"), QT_TRANSLATE_NOOP("hierarch::Fields", "SP2 with R3")},
        {QStringLiteral("active-directory"),
         QT_TRANSLATE_NOOP("hierarch::Fields", "Active Directory")},
        {QStringLiteral("draft"), QT_TRANSLATE_NOOP("hierarch::Fields", "Draft")},
        {QStringLiteral("review"), QT_TRANSLATE_NOOP("hierarch::Fields", "In review")},
        {QStringLiteral("approved"), QT_TRANSLATE_NOOP("hierarch::Fields", "Approved")},
        {QStringLiteral("superseded"), QT_TRANSLATE_NOOP("hierarch::Fields", "Superseded")},
    };
    const auto it = labels.constFind(value);
    return it == labels.cend() ? value : QCoreApplication::translate("hierarch::Fields", *it);
}

bool isServerFact(const FieldInfo &field)
{
    static const QStringList facts{QStringLiteral("fileSystem"),
                                   QStringLiteral("adminShare"),
                                   QStringLiteral("staticIp"),
                                   QStringLiteral("securityConfigurationWizard"),
                                   QStringLiteral("os"),
                                   QStringLiteral("domainController"),
                                   QStringLiteral("dualHomed"),
                                   QStringLiteral("clustered"),
                                   QStringLiteral("otherWebApplications"),
                                   QStringLiteral("otherLocalSystemServices"),
                                   QStringLiteral("zone"),
                                   QStringLiteral("ipsec"),
                                   QStringLiteral("sql.spnRegistered"),
                                   QStringLiteral("sql.otherDatabases"),
                                   QStringLiteral("sql.authentication"),
                                   QStringLiteral("sql.serviceAccount")};
    return field.owner == FieldOwner::Server && facts.contains(QLatin1String(field.key));
}

QStringList enumValuesIn(const FieldInfo &field, Product product)
{
    if (!field.enumValues)
        return {};
    if (qstrcmp(field.key, "release") == 0)
        return releaseNamesOf(product);
    if (field.owner != FieldOwner::Account || qstrcmp(field.key, "type") != 0)
        return field.enumValues();
    QStringList values;
    for (int t = 0; t < enumCount<AccountType>(); ++t) {
        if (accountTypeInProduct(AccountType(t), product))
            values << enumString(AccountType(t));
    }
    return values;
}

} // namespace hierarch
