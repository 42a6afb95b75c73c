#include "boundary.h"

#include <QCoreApplication>
#include <QList>

namespace hierarch {

namespace {

// The translation context of the messages below (a class, so that lupdate files them under it).
class Boundaries
{
    Q_DECLARE_TR_FUNCTIONS(hierarch::Boundaries)
};

// A dotted IPv4 address, four decimal parts 0-255 without leading zeros (which some tools read
// as octal, so a plan must not leave it to the reader).
std::optional<quint32> parseIpv4(QStringView text)
{
    const QList<QStringView> parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return std::nullopt;
    quint32 address = 0;
    for (QStringView part : parts) {
        if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part.front() == u'0'))
            return std::nullopt;
        int value = 0;
        for (QChar c : part) {
            if (c < u'0' || c > u'9')
                return std::nullopt;
            value = value * 10 + (c.unicode() - u'0');
        }
        if (value > 255)
            return std::nullopt;
        address = (address << 8) | quint32(value);
    }
    return address;
}

// An IPv6 address in RFC 4291 text form (hexadecimal groups, one `::` at most); the dotted IPv4
// tail is not accepted, a boundary prefix never needs one.
std::optional<Address128> parseIpv6(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    const qsizetype gap = text.indexOf(QLatin1String("::"));
    if (gap >= 0 && text.indexOf(QLatin1String("::"), gap + 1) >= 0)
        return std::nullopt;
    auto groups = [](QStringView part, QList<quint16> &out) {
        if (part.isEmpty())
            return true;
        for (QStringView g : part.split(QLatin1Char(':'))) {
            if (g.isEmpty() || g.size() > 4)
                return false;
            bool ok = false;
            const uint value = g.toString().toUInt(&ok, 16);
            if (!ok)
                return false;
            out.append(quint16(value));
        }
        return true;
    };
    QList<quint16> head, tail;
    if (gap < 0) {
        if (!groups(text, head) || head.size() != 8)
            return std::nullopt;
    } else {
        if (!groups(text.left(gap), head) || !groups(text.mid(gap + 2), tail) ||
            head.size() + tail.size() > 7)
            return std::nullopt;
        while (head.size() + tail.size() < 8)
            head.append(0);
        head += tail;
    }
    Address128 address;
    for (int i = 0; i < 4; ++i) {
        address.hi = (address.hi << 16) | head.at(i);
        address.lo = (address.lo << 16) | head.at(4 + i);
    }
    return address;
}

// The parsed form of a value, or why it is malformed.
struct Parsed
{
    std::optional<AddressInterval> interval;
    QString error;
};

Parsed parse(BoundaryType type, const QString &value)
{
    Parsed p;
    switch (type) {
    case BoundaryType::AdSite:
        if (value.trimmed().isEmpty())
            p.error = Boundaries::tr("an Active Directory site name must not be empty");
        else if (value.size() > kMaxAdSiteNameLength)
            p.error = Boundaries::tr("an Active Directory site name has at most 63 characters");
        else if (value.contains(QLatin1Char('/')) || value.contains(QLatin1Char('\\')))
            p.error = Boundaries::tr("an Active Directory site name cannot contain `/` or `\\`");
        return p;
    case BoundaryType::Subnet: {
        const qsizetype slash = value.indexOf(QLatin1Char('/'));
        const std::optional<quint32> address =
            slash < 0 ? std::nullopt : parseIpv4(QStringView(value).left(slash));
        bool ok = false;
        const int prefix = slash < 0 ? -1 : value.mid(slash + 1).toInt(&ok);
        if (!address || !ok || prefix < 1 || prefix > 32 ||
            value.mid(slash + 1).startsWith(QLatin1Char('+'))) {
            p.error =
                Boundaries::tr("a subnet is written as its subnet ID and prefix length, such as "
                               "10.1.0.0/16");
            return p;
        }
        const quint32 mask = prefix == 32 ? 0 : (quint32(1) << (32 - prefix)) - 1;
        if (*address & mask) {
            const quint32 id = *address & ~mask;
            p.error = Boundaries::tr(
                          "the address has bits set after the prefix length; the subnet ID is %1")
                          .arg(QStringLiteral("%1.%2.%3.%4/%5")
                                   .arg(id >> 24)
                                   .arg((id >> 16) & 0xff)
                                   .arg((id >> 8) & 0xff)
                                   .arg(id & 0xff)
                                   .arg(prefix));
            return p;
        }
        p.interval = AddressInterval{
            AddressInterval::Family::V4, {0, *address}, {0, quint64(*address | mask)}};
        return p;
    }
    case BoundaryType::Range: {
        const qsizetype dash = value.indexOf(QLatin1Char('-'));
        const std::optional<quint32> first =
            dash < 0 ? std::nullopt : parseIpv4(QStringView(value).left(dash));
        const std::optional<quint32> last =
            dash < 0 ? std::nullopt : parseIpv4(QStringView(value).mid(dash + 1));
        if (!first || !last) {
            p.error = Boundaries::tr(
                "an IP address range is written as its first and last address, such as "
                "10.1.0.1-10.1.0.200");
            return p;
        }
        if (*first > *last) {
            p.error = Boundaries::tr("the range's first address comes after its last");
            return p;
        }
        p.interval = AddressInterval{AddressInterval::Family::V4, {0, *first}, {0, *last}};
        return p;
    }
    case BoundaryType::Ipv6Prefix: {
        const qsizetype slash = value.indexOf(QLatin1Char('/'));
        const std::optional<Address128> address =
            slash < 0 ? std::nullopt : parseIpv6(QStringView(value).left(slash));
        bool ok = false;
        const int prefix = slash < 0 ? -1 : value.mid(slash + 1).toInt(&ok);
        if (!address || !ok || prefix < 1 || prefix > 64 ||
            value.mid(slash + 1).startsWith(QLatin1Char('+'))) {
            p.error = Boundaries::tr(
                "an IPv6 prefix is written as an IPv6 network and a prefix length of "
                "1 to 64, such as 2001:db8:1::/48");
            return p;
        }
        // The prefix is at most 64 bits: the host part is all of `lo` and the rest of `hi`.
        const quint64 hiMask = prefix == 64 ? 0 : ~quint64(0) >> prefix;
        if ((address->hi & hiMask) || address->lo) {
            p.error = Boundaries::tr("the address has bits set after the prefix length");
            return p;
        }
        p.interval = AddressInterval{
            AddressInterval::Family::V6, *address, {address->hi | hiMask, ~quint64(0)}};
        return p;
    }
    }
    return p;
}

} // namespace

QString boundaryValueError(BoundaryType type, const QString &value)
{
    return parse(type, value).error;
}

std::optional<AddressInterval> boundaryInterval(BoundaryType type, const QString &value)
{
    return parse(type, value).interval;
}

bool boundariesOverlap(BoundaryType typeA, const QString &a, BoundaryType typeB, const QString &b)
{
    if (typeA == BoundaryType::AdSite || typeB == BoundaryType::AdSite)
        return typeA == typeB && a.compare(b, Qt::CaseInsensitive) == 0;
    const auto x = boundaryInterval(typeA, a);
    const auto y = boundaryInterval(typeB, b);
    return x && y && x->intersects(*y);
}

bool sameBoundary(BoundaryType typeA, const QString &a, BoundaryType typeB, const QString &b)
{
    if (typeA != typeB)
        return false;
    if (typeA == BoundaryType::AdSite)
        return a.compare(b, Qt::CaseInsensitive) == 0;
    const auto x = boundaryInterval(typeA, a);
    const auto y = boundaryInterval(typeB, b);
    return x && y && x->first == y->first && x->last == y->last;
}

BoundaryText parseBoundaryText(const QString &text)
{
    const QString t = text.trimmed();
    const qsizetype colon = t.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        if (const auto type = enumFromName<BoundaryType>(QStringView(t).left(colon)))
            return {*type, t.mid(colon + 1).trimmed()};
    }
    if (t.contains(QLatin1Char('/')))
        return {t.contains(QLatin1Char(':')) ? BoundaryType::Ipv6Prefix : BoundaryType::Subnet, t};
    const qsizetype dash = t.indexOf(QLatin1Char('-'));
    if (dash > 0 && parseIpv4(QStringView(t).left(dash)) && parseIpv4(QStringView(t).mid(dash + 1)))
        return {BoundaryType::Range, t};
    return {BoundaryType::AdSite, t};
}

QString boundaryTextWithType(BoundaryType type, const QString &value)
{
    return QString::fromLatin1(enumName(type)) + QLatin1Char(':') + value;
}

QString parseBoundaryItem(const QString &text, Product product, Boundary &out)
{
    QString t = text.trimmed();
    Boundary boundary;
    const qsizetype space = t.lastIndexOf(QLatin1Char(' '));
    if (space > 0) {
        if (const auto connection = enumFromName<BoundaryConnection>(t.mid(space + 1).toLower())) {
            boundary.connection = *connection;
            t = t.left(space).trimmed();
        }
    }
    const BoundaryText parsed = parseBoundaryText(t);
    boundary.type = parsed.type;
    boundary.value = parsed.value;
    const QString why = boundaryValueError(parsed.type, parsed.value);
    if (!why.isEmpty()) {
        return QCoreApplication::translate("hierarch::Boundaries", "`%1` is not a valid `%2`: %3")
            .arg(t, QString::fromLatin1(enumName(parsed.type)), why);
    }
    const bool cmOnly = parsed.type == BoundaryType::Range ||
                        parsed.type == BoundaryType::Ipv6Prefix || boundary.connection;
    if (cmOnly && product != Product::ConfigMgr2007) {
        return QCoreApplication::translate("hierarch::Boundaries",
                                           "`%1`: IP address ranges, IPv6 prefixes and a "
                                           "connection are configmgr2007 settings; this plan's "
                                           "product is %2")
            .arg(text.trimmed(), enumString(product));
    }
    out = boundary;
    return {};
}

QString boundaryItemText(const Boundary &boundary)
{
    QString text = parseBoundaryText(boundary.value).type == boundary.type
                       ? boundary.value
                       : boundaryTextWithType(boundary.type, boundary.value);
    if (boundary.connection)
        text += QLatin1Char(' ') + QString::fromLatin1(enumName(*boundary.connection));
    return text;
}

} // namespace hierarch
