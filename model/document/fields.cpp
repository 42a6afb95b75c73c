#include "fields.h"

#include <QCoreApplication>
#include <QHash>

namespace hierarch {

namespace {

#define FIELD_TEXT(text) QT_TRANSLATE_NOOP("hierarch::Fields", text)

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

// get/set for a key of a server's `sql` map; writing one creates the map.
template<auto Member>
struct SqlKey
{
    using Type = typename IsOptional<typename MemberTraits<decltype(Member)>::Type>::Inner;

    static QVariant get(const void *object)
    {
        const Server &server = *static_cast<const Server *>(object);
        if (!server.sql || !((*server.sql).*Member))
            return {};
        return toVariant(*((*server.sql).*Member));
    }
    static void set(void *object, const QVariant &value)
    {
        Server &server = *static_cast<Server *>(object);
        if (!server.sql) {
            if (!value.isValid())
                return;
            server.sql.emplace();
        }
        if (!value.isValid())
            ((*server.sql).*Member).reset();
        else
            (*server.sql).*Member = fromVariant<Type>(value);
    }
};

QVariant noDefault(const Plan &, const void *)
{
    return {};
}
QVariant defaultFalse(const Plan &, const void *)
{
    return false;
}
QVariant defaultTrue(const Plan &, const void *)
{
    return true;
}
QVariant defaultZero(const Plan &, const void *)
{
    return 0;
}
template<auto Value>
QVariant defaultEnum(const Plan &, const void *)
{
    return enumString(Value);
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
    return {owner,    key,     label,    tooltip,           rules,             type,
            required, product, nullptr,  &Direct<Member>::get, &Direct<Member>::set, def};
}

QList<FieldInfo> planFields()
{
    constexpr auto o = FieldOwner::Plan;
    return {
        plainField<&Plan::name>(o, FieldType::Text, "name", FIELD_TEXT("Name"),
                                FIELD_TEXT("The plan's title, shown in the window and on the report "
                                           "cover."),
                                "", kBoth, noDefault, true),
        enumField<&Plan::product, Product>(
            o, "product", FIELD_TEXT("Product"),
            FIELD_TEXT("SMS 2003 or Configuration Manager 2007: decides the roles, settings and "
                       "rules that apply."),
            "role-not-in-product", kBoth, noDefault, true),
        plainField<&Plan::author>(o, FieldType::Text, "author", FIELD_TEXT("Author"),
                                  FIELD_TEXT("Who wrote the plan; shown on the report cover."), "",
                                  kBoth, noDefault),
        plainField<&Plan::description>(o, FieldType::Text, "description",
                                       FIELD_TEXT("Description"),
                                       FIELD_TEXT("What the plan is for; shown on the report "
                                                  "cover."),
                                       "", kBoth, noDefault),
        plainField<&Plan::dnsDomain>(o, FieldType::Text, "dnsDomain", FIELD_TEXT("DNS domain"),
                                     FIELD_TEXT("Servers without their own FQDN are named "
                                                "NAME.dnsDomain."),
                                     "fqdn-missing", kBoth, noDefault),
        plainField<&Plan::forest>(o, FieldType::Text, "activeDirectory.forest",
                                  FIELD_TEXT("Forest"),
                                  FIELD_TEXT("The Active Directory forest of every site and "
                                             "server unless they name another."),
                                  "site-spans-forests", kBoth, noDefault),
        plainField<&Plan::schemaExtended>(
            o, FieldType::Bool, "activeDirectory.schemaExtended", FIELD_TEXT("Schema extended"),
            FIELD_TEXT("The Active Directory schema is extended for the product, so clients "
                       "can find sites and the trusted root key there."),
            "ad-schema-not-extended, trusted-root-key-separation", kBoth, defaultFalse),
        plainField<&Plan::publishing>(
            o, FieldType::Bool, "activeDirectory.publishing", FIELD_TEXT("Publishing"),
            FIELD_TEXT("Sites publish their information to the System Management container."),
            "ad-schema-not-extended, trusted-root-key-separation", kBoth, defaultFalse),
    };
}

QList<FieldInfo> siteFields()
{
    constexpr auto o = FieldOwner::Site;
    return {
        plainField<&Site::code>(o, FieldType::Text, "code", FIELD_TEXT("Code"),
                                FIELD_TEXT("Three letters or digits that identify the site "
                                           "throughout the hierarchy."),
                                "site-code-invalid, site-code-duplicate", kBoth, noDefault, true),
        {o, "name", FIELD_TEXT("Name"), FIELD_TEXT("A descriptive name; the code when empty."),
         "", FieldType::Text, false, kBoth, nullptr, &Direct<&Site::name>::get,
         &Direct<&Site::name>::set,
         [](const Plan &, const void *s) {
             return QVariant(static_cast<const Site *>(s)->code);
         }},
        enumField<&Site::type, SiteType>(
            o, "type", FIELD_TEXT("Type"),
            FIELD_TEXT("A primary site has its own database; a secondary site reports to a "
                       "primary parent."),
            "secondary-site-placement, secondary-site-role", kBoth,
            defaultEnum<SiteType::Primary>),
        plainField<&Site::parent>(o, FieldType::Text, "parent", FIELD_TEXT("Parent"),
                                  FIELD_TEXT("The code of the parent site; empty for the central "
                                             "site."),
                                  "central-site-count, site-parent-unknown, site-parent-cycle",
                                  kBoth, noDefault),
        {o, "forest", FIELD_TEXT("Forest"),
         FIELD_TEXT("The Active Directory forest of the site; the plan's forest when empty."),
         "site-spans-forests", FieldType::Text, false, kBoth, nullptr,
         &Direct<&Site::forest>::get, &Direct<&Site::forest>::set,
         [](const Plan &plan, const void *) {
             return plan.forest ? QVariant(*plan.forest) : QVariant();
         }},
        plainField<&Site::clients>(o, FieldType::Count, "clients", FIELD_TEXT("Clients"),
                                   FIELD_TEXT("Clients assigned to this site."),
                                   "capacity-site-clients, capacity-management-point, "
                                   "fsp-missing-native, role-separation, "
                                   "trusted-root-key-separation",
                                   kBoth, defaultZero),
        plainField<&Site::legacyClients>(o, FieldType::Count, "legacyClients",
                                         FIELD_TEXT("Legacy Clients"),
                                         FIELD_TEXT("SMS 2003 Legacy Clients among the site's "
                                                    "clients."),
                                         "legacy-clients", kSms, defaultZero),
        plainField<&Site::workgroupClients>(o, FieldType::Bool, "workgroupClients",
                                            FIELD_TEXT("Workgroup clients"),
                                            FIELD_TEXT("Some clients are in workgroups or other "
                                                       "forests and cannot query Active "
                                                       "Directory."),
                                            "workgroup-clients, trusted-root-key-separation",
                                            kBoth, defaultFalse),
        enumField<&Site::securityMode, SecurityMode>(
            o, "securityMode", FIELD_TEXT("Security mode"),
            FIELD_TEXT("SMS 2003 advanced security uses computer accounts instead of user "
                       "accounts for the services."),
            "standard-security, advanced-under-standard-parent", kSms,
            defaultEnum<SecurityMode::Advanced>),
        enumField<&Site::clientMode, ClientMode>(
            o, "clientMode", FIELD_TEXT("Client mode"),
            FIELD_TEXT("Native mode secures client communication with PKI certificates; a "
                       "secondary site uses its parent's mode."),
            "mixed-mode, native-under-mixed-parent, fsp-missing-native, dp-bits-native, "
            "http-roaming, internet-clients-mixed-mode",
            kCm, defaultEnum<ClientMode::Mixed>),
        {o, "secureKeyExchange", FIELD_TEXT("Secure key exchange"),
         FIELD_TEXT("Require secure key exchange between this site and the sites it talks to."),
         "secure-key-exchange", FieldType::Bool, false, kBoth, nullptr,
         &Direct<&Site::secureKeyExchange>::get, &Direct<&Site::secureKeyExchange>::set,
         [](const Plan &plan, const void *) {
             return QVariant(plan.product == Product::ConfigMgr2007);
         }},
        plainField<&Site::acceptUnsignedData>(o, FieldType::Bool, "acceptUnsignedData",
                                              FIELD_TEXT("Accept unsigned data"),
                                              FIELD_TEXT("Accept unsigned data from SMS 2.0 "
                                                         "sites."),
                                              "accept-unsigned-data", kSms, defaultTrue),
        plainField<&Site::httpRoaming>(o, FieldType::Bool, "httpRoaming",
                                       FIELD_TEXT("HTTP roaming"),
                                       FIELD_TEXT("Allow HTTP communication for roaming and "
                                                  "site assignment in native mode."),
                                       "http-roaming", kCm, defaultFalse),
        enumField<&Site::installation, Installation>(
            o, "installation", FIELD_TEXT("Installation"),
            FIELD_TEXT("How a secondary site server is installed: locally at the server, or "
                       "pushed from the parent."),
            "secondary-push-install", kBoth, defaultEnum<Installation::Local>),
    };
}

QList<FieldInfo> serverFields()
{
    constexpr auto o = FieldOwner::Server;
    QList<FieldInfo> fields{
        plainField<&Server::name>(o, FieldType::Text, "name", FIELD_TEXT("Name"),
                                  FIELD_TEXT("The NetBIOS name: up to 15 letters, digits and "
                                             "hyphens, unique in the hierarchy."),
                                  "server-name-invalid, server-name-duplicate", kBoth, noDefault,
                                  true),
        {o, "fqdn", FIELD_TEXT("FQDN"),
         FIELD_TEXT("The fully qualified domain name; NAME.dnsDomain when empty."),
         "fqdn-missing", FieldType::Text, false, kBoth, nullptr, &Direct<&Server::fqdn>::get,
         &Direct<&Server::fqdn>::set,
         [](const Plan &plan, const void *s) {
             if (!plan.dnsDomain)
                 return QVariant();
             return QVariant(static_cast<const Server *>(s)->name.toLower() +
                             QLatin1Char('.') + *plan.dnsDomain);
         }},
        plainField<&Server::forest>(o, FieldType::Text, "forest", FIELD_TEXT("Forest"),
                                    FIELD_TEXT("The forest of the server; the site's forest "
                                               "when empty."),
                                    "site-spans-forests", kBoth, noDefault),
        enumField<&Server::zone, Zone>(o, "zone", FIELD_TEXT("Network zone"),
                                       FIELD_TEXT("Intranet, perimeter network or Internet."),
                                       "fsp-in-perimeter, slp-in-perimeter, "
                                       "perimeter-push-transfers",
                                       kBoth, defaultEnum<Zone::Intranet>),
        plainField<&Server::dualHomed>(o, FieldType::Bool, "dualHomed", FIELD_TEXT("Dual-homed"),
                                       FIELD_TEXT("The server bridges the perimeter network and "
                                                  "the intranet."),
                                       "perimeter-bridge", kBoth, defaultFalse),
        plainField<&Server::domainController>(o, FieldType::Bool, "domainController",
                                              FIELD_TEXT("Domain controller"),
                                              FIELD_TEXT("The server is a domain controller."),
                                              "site-server-on-domain-controller, "
                                              "fsp-on-domain-controller",
                                              kBoth, defaultFalse),
        enumField<&Server::os, OperatingSystem>(o, "os", FIELD_TEXT("Operating system"),
                                                FIELD_TEXT("The Windows Server version and "
                                                           "service pack."),
                                                "os-below-2003-sp1", kBoth,
                                                defaultEnum<OperatingSystem::Windows2003Sp2>),
        enumField<&Server::fileSystem, FileSystem>(o, "fileSystem", FIELD_TEXT("File system"),
                                                   FIELD_TEXT("The file system of the product's "
                                                              "drives."),
                                                   "ntfs-required", kBoth,
                                                   defaultEnum<FileSystem::Ntfs>),
        plainField<&Server::staticIp>(o, FieldType::Bool, "staticIp", FIELD_TEXT("Static IP"),
                                      FIELD_TEXT("The server has a static IP address."),
                                      "static-ip", kBoth, defaultTrue),
        plainField<&Server::adminShare>(o, FieldType::Bool, "adminShare",
                                        FIELD_TEXT("Admin$ share"),
                                        FIELD_TEXT("The Admin$ share is present; the product "
                                                   "needs it."),
                                        "admin-share-removed", kBoth, defaultTrue),
        plainField<&Server::securityConfigurationWizard>(
            o, FieldType::Bool, "securityConfigurationWizard", FIELD_TEXT("SCW applied"),
            FIELD_TEXT("A Security Configuration Wizard policy built with the product's "
                       "template is applied."),
            "scw-not-applied", kBoth, defaultTrue),
        plainField<&Server::siteServerInitiatedTransfers>(
            o, FieldType::Bool, "siteServerInitiatedTransfers",
            FIELD_TEXT("Site server initiated transfers"),
            FIELD_TEXT("Allow only site server initiated data transfers from this site system; "
                       "wanted in a perimeter network."),
            "perimeter-push-transfers", kBoth, defaultFalse),
        plainField<&Server::ipsec>(o, FieldType::Bool, "ipsec", FIELD_TEXT("IPsec"),
                                   FIELD_TEXT("IPsec protects the server's traffic with other "
                                              "site systems."),
                                   "ipsec-between-site-systems, "
                                   "management-point-database-ipsec",
                                   kBoth, defaultFalse),
        plainField<&Server::allowInternetClients>(
            o, FieldType::Bool, "allowInternetClients", FIELD_TEXT("Internet-based clients"),
            FIELD_TEXT("Roles on this server accept Internet-based clients."),
            "internet-role-unsupported, internet-clients-mixed-mode", kCm, defaultFalse),
        plainField<&Server::otherWebApplications>(
            o, FieldType::Bool, "otherWebApplications", FIELD_TEXT("Other web applications"),
            FIELD_TEXT("Web applications of other products run on the server's IIS."),
            "dedicated-iis, site-server-iis", kBoth, defaultFalse),
        plainField<&Server::otherLocalSystemServices>(
            o, FieldType::Bool, "otherLocalSystemServices",
            FIELD_TEXT("Other Local System services"),
            FIELD_TEXT("Services of other products run as Local System on the server."),
            "other-local-system-services", kBoth, defaultFalse),
        plainField<&Server::clustered>(o, FieldType::Bool, "clustered", FIELD_TEXT("Clustered"),
                                       FIELD_TEXT("The server is a node of a cluster."),
                                       "clustered-site-system", kBoth, defaultFalse),
        {o, "sql", FIELD_TEXT("SQL Server"),
         FIELD_TEXT("SQL Server runs on this server (its settings below apply)."), "",
         FieldType::Bool, true, kBoth, nullptr, &sqlPresent, &setSqlPresent, defaultFalse},
        {o, "sql.authentication", FIELD_TEXT("SQL authentication"),
         FIELD_TEXT("Windows authentication only, or mixed with SQL Server logins."),
         "sql-mixed-authentication", FieldType::Enum, false, kBoth,
         &enumNames<SqlAuthentication>, &SqlKey<&SqlSettings::authentication>::get,
         &SqlKey<&SqlSettings::authentication>::set, defaultEnum<SqlAuthentication::Windows>},
        {o, "sql.serviceAccount", FIELD_TEXT("SQL service account"),
         FIELD_TEXT("The account the SQL Server service runs as."),
         "sql-local-system, sql-spn-missing", FieldType::Enum, false, kBoth,
         &enumNames<SqlServiceAccount>, &SqlKey<&SqlSettings::serviceAccount>::get,
         &SqlKey<&SqlSettings::serviceAccount>::set,
         defaultEnum<SqlServiceAccount::DomainUser>},
        {o, "sql.spnRegistered", FIELD_TEXT("SPN registered"),
         FIELD_TEXT("A service principal name is registered for the SQL Server service "
                    "account."),
         "sql-spn-missing", FieldType::Bool, false, kBoth, nullptr,
         &SqlKey<&SqlSettings::spnRegistered>::get, &SqlKey<&SqlSettings::spnRegistered>::set,
         defaultTrue},
        {o, "sql.otherDatabases", FIELD_TEXT("Other databases"),
         FIELD_TEXT("Other SQL Server applications use this instance."), "sql-other-applications",
         FieldType::Bool, false, kBoth, nullptr, &SqlKey<&SqlSettings::otherDatabases>::get,
         &SqlKey<&SqlSettings::otherDatabases>::set, defaultFalse},
    };
    return fields;
}

QList<FieldInfo> roleFields()
{
    constexpr auto o = FieldOwner::Role;
    return {
        enumField<&RoleAssignment::role, Role>(o, "role", FIELD_TEXT("Role"),
                                               FIELD_TEXT("The site system role."), "", kBoth,
                                               noDefault, true),
        plainField<&RoleAssignment::site>(o, FieldType::Text, "site", FIELD_TEXT("Serves site"),
                                          FIELD_TEXT("For a site database or SMS Provider: the "
                                                     "code of the site it serves; the server's "
                                                     "own site when empty."),
                                          "sql-shared-between-sites, role-site-unknown", kBoth,
                                          noDefault),
        plainField<&RoleAssignment::bits>(o, FieldType::Bool, "bits", FIELD_TEXT("BITS"),
                                          FIELD_TEXT("For a distribution point: it is BITS "
                                                     "enabled, which needs IIS."),
                                          "dp-bits-native, iis-role-mixing", kBoth, defaultTrue),
    };
}

QList<FieldInfo> accountFields()
{
    constexpr auto o = FieldOwner::Account;
    return {
        plainField<&Account::name>(o, FieldType::Text, "name", FIELD_TEXT("Name"),
                                   FIELD_TEXT("The account, e.g. CONTOSO\\smssvc."), "", kBoth,
                                   noDefault, true),
        enumField<&Account::type, AccountType>(o, "type", FIELD_TEXT("Type"),
                                               FIELD_TEXT("What the account is used for (seed 004, "
                                                          "table 12.2)."),
                                               "account-generated-manual-change", kBoth,
                                               noDefault, true),
        plainField<&Account::sites>(o, FieldType::TextList, "sites", FIELD_TEXT("Sites"),
                                    FIELD_TEXT("Codes of the sites that use the account, "
                                               "separated by commas."),
                                    "account-site-unknown, account-shared-service-overlap",
                                    kBoth, noDefault, true),
        {o, "generated", FIELD_TEXT("Generated"),
         FIELD_TEXT("The product generates and maintains the password."),
         "account-generated-manual-change", FieldType::Bool, false, kBoth, nullptr,
         &Direct<&Account::generated>::get, &Direct<&Account::generated>::set,
         [](const Plan &, const void *a) {
             return QVariant(accountTypeIsProductMaintained(static_cast<const Account *>(a)->type));
         }},
        {o, "passwordChange", FIELD_TEXT("Password change"),
         FIELD_TEXT("How the password is planned to be changed."),
         "account-generated-manual-change", FieldType::Enum, false, kBoth,
         &enumNames<PasswordChange>, &Direct<&Account::passwordChange>::get,
         &Direct<&Account::passwordChange>::set,
         [](const Plan &, const void *a) {
             return QVariant(
                 enumString(defaultPasswordChange(static_cast<const Account *>(a)->type)));
         }},
        enumField<&Account::rotation, Rotation>(o, "rotation", FIELD_TEXT("Rotation"),
                                                FIELD_TEXT("Meet a password policy by changing "
                                                           "the password or by creating a new "
                                                           "account."),
                                                "account-shared-new-account", kBoth,
                                                defaultEnum<Rotation::ChangePassword>),
        plainField<&Account::rotationAccount>(o, FieldType::Text, "rotationAccount",
                                              FIELD_TEXT("Rotation account"),
                                              FIELD_TEXT("A second account kept active while the "
                                                         "password changes."),
                                              "account-shared-service-overlap", kBoth,
                                              noDefault),
        plainField<&Account::domainAdmin>(o, FieldType::Bool, "domainAdmin",
                                          FIELD_TEXT("Domain admin"),
                                          FIELD_TEXT("The account is a member of Domain Admins."),
                                          "account-domain-admin", kBoth, defaultFalse),
        {o, "custodians", FIELD_TEXT("Custodians"),
         FIELD_TEXT("Administrators who know the password."), "account-single-custodian",
         FieldType::Count, false, kBoth, nullptr, &Direct<&Account::custodians>::get,
         &Direct<&Account::custodians>::set, [](const Plan &, const void *) {
             return QVariant(2);
         }},
        plainField<&Account::sealedCopy>(o, FieldType::Bool, "sealedCopy",
                                         FIELD_TEXT("Sealed copy"),
                                         FIELD_TEXT("A written copy of the password is sealed and "
                                                    "stored centrally."),
                                         "account-single-custodian", kBoth, defaultFalse),
    };
}

QList<FieldInfo> waiverFields()
{
    constexpr auto o = FieldOwner::Waiver;
    return {
        plainField<&Waiver::finding>(o, FieldType::Text, "finding", FIELD_TEXT("Finding"),
                                     FIELD_TEXT("The waived finding's id, rule@subject."),
                                     "waiver-unused", kBoth, noDefault, true),
        plainField<&Waiver::justification>(o, FieldType::Text, "justification",
                                           FIELD_TEXT("Justification"),
                                           FIELD_TEXT("Why the risk is accepted."), "", kBoth,
                                           noDefault, true),
        plainField<&Waiver::approvedBy>(o, FieldType::Text, "approvedBy",
                                        FIELD_TEXT("Approved by"),
                                        FIELD_TEXT("Who approved it, e.g. a change number."), "",
                                        kBoth, noDefault),
        plainField<&Waiver::expires>(o, FieldType::Date, "expires", FIELD_TEXT("Expires"),
                                     FIELD_TEXT("After this date the finding counts again."),
                                     "waiver-expired", kBoth, noDefault),
    };
}

QList<FieldInfo> attestationFields()
{
    constexpr auto o = FieldOwner::Attestation;
    return {
        plainField<&Attestation::item>(o, FieldType::Text, "item", FIELD_TEXT("Checklist item"),
                                       FIELD_TEXT("The id of a manual checklist item."), "",
                                       kBoth, noDefault, true),
        enumField<&Attestation::status, AttestationStatus>(
            o, "status", FIELD_TEXT("Status"), FIELD_TEXT("Done, not applicable, or open."), "",
            kBoth, defaultEnum<AttestationStatus::Open>),
        plainField<&Attestation::note>(o, FieldType::Text, "note", FIELD_TEXT("Note"),
                                       FIELD_TEXT("Evidence or a reference, e.g. a runbook."), "",
                                       kBoth, noDefault),
    };
}

} // namespace

QString FieldInfo::displayLabel() const
{
    return QCoreApplication::translate("hierarch::Fields", label);
}

QString FieldInfo::displayTooltip() const
{
    QString text = QCoreApplication::translate("hierarch::Fields", tooltip);
    if (rules && *rules) {
        text += QLatin1Char('\n') +
                QCoreApplication::translate("hierarch::Fields", "Rules: %1")
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
        {QStringLiteral("sms2003"), FIELD_TEXT("SMS 2003")},
        {QStringLiteral("configmgr2007"), FIELD_TEXT("Configuration Manager 2007")},
        {QStringLiteral("windows-2000"), FIELD_TEXT("Windows 2000 Server")},
        {QStringLiteral("windows-2003"), FIELD_TEXT("Windows Server 2003")},
        {QStringLiteral("windows-2003-sp1"), FIELD_TEXT("Windows Server 2003 SP1")},
        {QStringLiteral("windows-2003-sp2"), FIELD_TEXT("Windows Server 2003 SP2")},
        {QStringLiteral("windows-2008"), FIELD_TEXT("Windows Server 2008")},
        {QStringLiteral("windows-2008-r2"), FIELD_TEXT("Windows Server 2008 R2")},
        {QStringLiteral("ntfs"), FIELD_TEXT("NTFS")},
        {QStringLiteral("fat32"), FIELD_TEXT("FAT32")},
    };
    const auto it = labels.constFind(value);
    return it == labels.cend() ? value : QCoreApplication::translate("hierarch::Fields", *it);
}

bool isServerFact(const FieldInfo &field)
{
    static const QStringList facts{
        QStringLiteral("fileSystem"),     QStringLiteral("adminShare"),
        QStringLiteral("staticIp"),       QStringLiteral("securityConfigurationWizard"),
        QStringLiteral("os"),             QStringLiteral("domainController"),
        QStringLiteral("dualHomed"),      QStringLiteral("clustered"),
        QStringLiteral("otherWebApplications"), QStringLiteral("otherLocalSystemServices"),
        QStringLiteral("zone"),           QStringLiteral("ipsec"),
        QStringLiteral("sql.spnRegistered"), QStringLiteral("sql.otherDatabases"),
        QStringLiteral("sql.authentication"), QStringLiteral("sql.serviceAccount")};
    return field.owner == FieldOwner::Server && facts.contains(QLatin1String(field.key));
}

} // namespace hierarch
