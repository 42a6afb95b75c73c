#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>
#include <string_view>

namespace hierarch {

// Every enumeration of the file format, with its spelling in the file. One traits table per enum
// keeps the spelling in one place for the loader, the saver, the CLI and the editor.

enum class Product { Sms2003, ConfigMgr2007 };
enum class SiteType { Primary, Secondary };
enum class SecurityMode { Advanced, Standard };
enum class ClientMode { Native, Mixed };
enum class Installation { Local, Push };
enum class Zone { Intranet, Perimeter, Internet };
enum class OperatingSystem {
    Windows2000,
    Windows2003,
    Windows2003Sp1,
    Windows2003Sp2,
    Windows2008,
    Windows2008R2
};
enum class FileSystem { Ntfs, Fat32 };
enum class SqlAuthentication { Windows, Mixed };
enum class SqlServiceAccount { DomainUser, LocalSystem };
enum class PasswordChange { Manual, SiteReset, Console, ClientReinstall, Automatic };
enum class Rotation { ChangePassword, NewAccount };
enum class AttestationStatus { Done, NotApplicable, Open };

// FORMAT.md `release`: the service pack, and for ConfigMgr 2007 the feature release (R2, R3) on
// top of it, that a site runs. SMS 2003 has RTM and SP1 to SP3; ConfigMgr 2007 has RTM, SP1 and
// SP2, R2 on SP1 or SP2, and R3 on SP2 (releaseInProduct).
enum class Release { Rtm, Sp1, Sp2, Sp3, Sp1R2, Sp2R2, Sp2R3 };

// --- PKI (FORMAT.md `pki`, ConfigMgr 2007 native mode) ---
// How clients get the site server signing certificate: published in Active Directory, or handed
// to them another way (at client installation, or from their management point).
enum class SigningCertificateDeployment { ActiveDirectory, Manual };
// --- end PKI ---

// FORMAT.md `document.status`: where the plan is in its change-board life.
enum class DocumentStatus { Draft, Review, Approved, Superseded };

// FORMAT.md "Site addresses and senders": the sender an address uses. Both products have the
// same senders; the courier sender carries package data on removable media only and needs a
// network address to the same site as well.
enum class SenderType { Standard, AsynchronousRas, IsdnRas, X25Ras, SnaRas, Courier };
// --- boundaries (README "Boundaries") ---
// A site boundary's kind: the key it is written with.
enum class BoundaryType { Subnet, Range, AdSite, Ipv6Prefix };
// ConfigMgr 2007's network connection of a boundary: how its clients reach the site.
enum class BoundaryConnection { Fast, Slow };
// --- end boundaries ---

enum class AccountType {
    SmsService,
    Database,
    SiteAddress,
    ServerConnection,
    SiteSystemConnection,
    RemoteService,
    ClientServices,
    ClientServicesDc,
    ClientUserToken,
    ClientUserTokenDc,
    ClientConnection,
    CcmBootLoader,
    CcmBootLoaderDc,
    AdvancedClientNetworkAccess,
    LegacyClientSoftwareInstallation,
    ClientPushInstallation,
    NetworkAccess,
    SiteSystemInstallation,
    SoftwareUpdatePointConnection,
    HealthStateReferencePublishing,
    HealthStateReferenceQuerying
};

template<typename E>
struct EnumTraits;

#define HIERARCH_ENUM_NAMES(E, ...)                                                                \
    template<>                                                                                     \
    struct EnumTraits<E>                                                                           \
    {                                                                                              \
        static constexpr std::array names{__VA_ARGS__};                                            \
    };

HIERARCH_ENUM_NAMES(Product, "sms2003", "configmgr2007")
HIERARCH_ENUM_NAMES(SiteType, "primary", "secondary")
HIERARCH_ENUM_NAMES(SecurityMode, "advanced", "standard")
HIERARCH_ENUM_NAMES(ClientMode, "native", "mixed")
HIERARCH_ENUM_NAMES(Installation, "local", "push")
HIERARCH_ENUM_NAMES(Zone, "intranet", "perimeter", "internet")
HIERARCH_ENUM_NAMES(OperatingSystem, "windows-2000", "windows-2003", "windows-2003-sp1",
                    "windows-2003-sp2", "windows-2008", "windows-2008-r2")
HIERARCH_ENUM_NAMES(FileSystem, "ntfs", "fat32")
HIERARCH_ENUM_NAMES(SqlAuthentication, "windows", "mixed")
HIERARCH_ENUM_NAMES(SqlServiceAccount, "domain-user", "local-system")
HIERARCH_ENUM_NAMES(PasswordChange, "manual", "site-reset", "console", "client-reinstall",
                    "automatic")
HIERARCH_ENUM_NAMES(Rotation, "change-password", "new-account")
HIERARCH_ENUM_NAMES(AttestationStatus, "done", "not-applicable", "open")
HIERARCH_ENUM_NAMES(Release, "rtm", "sp1", "sp2", "sp3", "sp1-r2", "sp2-r2", "sp2-r3")
HIERARCH_ENUM_NAMES(SigningCertificateDeployment, "active-directory", "manual")
HIERARCH_ENUM_NAMES(DocumentStatus, "draft", "review", "approved", "superseded")
HIERARCH_ENUM_NAMES(SenderType, "standard", "asynchronous-ras", "isdn-ras", "x25-ras", "sna-ras",
                    "courier")
HIERARCH_ENUM_NAMES(BoundaryType, "subnet", "range", "adSite", "ipv6Prefix")
HIERARCH_ENUM_NAMES(BoundaryConnection, "fast", "slow")
HIERARCH_ENUM_NAMES(AccountType, "sms-service", "database", "site-address", "server-connection",
                    "site-system-connection", "remote-service", "client-services",
                    "client-services-dc", "client-user-token", "client-user-token-dc",
                    "client-connection", "ccm-boot-loader", "ccm-boot-loader-dc",
                    "advanced-client-network-access", "legacy-client-software-installation",
                    "client-push-installation", "network-access", "site-system-installation",
                    "software-update-point-connection", "health-state-reference-publishing",
                    "health-state-reference-querying")

#undef HIERARCH_ENUM_NAMES

template<typename E>
constexpr int enumCount()
{
    return int(EnumTraits<E>::names.size());
}

// The file spelling of a value, e.g. "windows-2003-sp2".
template<typename E>
constexpr const char *enumName(E value)
{
    return EnumTraits<E>::names[std::size_t(value)];
}

// Every spelling of the enum, in declaration order.
template<typename E>
QStringList enumNames()
{
    QStringList names;
    for (const char *n : EnumTraits<E>::names)
        names << QString::fromLatin1(n);
    return names;
}

template<typename E>
QString enumString(E value)
{
    return QString::fromLatin1(enumName(value));
}

// Parses the exact (case-sensitive) file spelling.
template<typename E>
std::optional<E> enumFromName(std::string_view name)
{
    const auto &names = EnumTraits<E>::names;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (name == names[i])
            return E(i);
    }
    return std::nullopt;
}

template<typename E>
std::optional<E> enumFromName(QStringView name)
{
    return enumFromName<E>(std::string_view(name.toLatin1().constData()));
}

} // namespace hierarch
