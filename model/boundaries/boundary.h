#pragma once

// README "Boundaries": the values a site boundary is written with, their numeric meaning, and
// when two boundaries overlap. Plain functions over text, so the loader, the CSV import, the
// rules and the editor parse a boundary the same way.

#include "../plan.h"

#include <QString>

#include <compare>

#include <optional>

namespace hierarch {

// A 128-bit address, compared as a number: IPv6 in full, IPv4 in the low 32 bits of `lo`.
struct Address128
{
    quint64 hi = 0;
    quint64 lo = 0;
    auto operator<=>(const Address128 &) const = default;
};

// An inclusive interval of addresses of one family.
struct AddressInterval
{
    enum class Family { V4, V6 };
    Family family = Family::V4;
    Address128 first;
    Address128 last;

    bool intersects(const AddressInterval &other) const
    {
        return family == other.family && first <= other.last && other.first <= last;
    }
};

// The longest Active Directory site name the products accept as a boundary (Configuration
// Manager 2007 "About Boundaries": at most 63 characters).
inline constexpr int kMaxAdSiteNameLength = 63;

// Checks a boundary value of the given type. Returns an empty string when it is well formed,
// else why not (a sentence fragment for a load error, in English; callers translate through
// boundaryErrorText()).
QString boundaryValueError(BoundaryType type, const QString &value);
// The addresses a subnet, range or IPv6 prefix covers; nullopt for an AD site or a malformed value.
std::optional<AddressInterval> boundaryInterval(BoundaryType type, const QString &value);
// Whether a client could fall in both: the address intervals intersect, or two AD site names
// are equal (case-insensitive). Different families never overlap.
bool boundariesOverlap(BoundaryType typeA, const QString &a, BoundaryType typeB, const QString &b);
// The same boundary written differently (`10.1.0.0/16` and `10.01.0.0/16` are not both valid,
// but AD site names differ in case and IPv6 prefixes in compression).
bool sameBoundary(BoundaryType typeA, const QString &a, BoundaryType typeB, const QString &b);

// A boundary written as one piece of text (the CSV import's cells and `protectedBoundaries`):
// `subnet:10.1.0.0/16`, `range:10.1.0.1-10.1.0.9`, `adSite:Berlin`, `ipv6Prefix:2001:db8::/48`,
// or the value alone, its type inferred: a `/` with a `:` is an IPv6 prefix, a `/` a subnet, two
// IPv4 addresses joined by `-` a range, anything else an AD site name.
struct BoundaryText
{
    BoundaryType type = BoundaryType::Subnet;
    QString value;
};
BoundaryText parseBoundaryText(const QString &text);
// `subnet:10.1.0.0/16`-style text of a boundary, which parseBoundaryText() reads back.
QString boundaryTextWithType(BoundaryType type, const QString &value);

// One boundary as the CSV import and the editor write it: the text of parseBoundaryText(),
// optionally followed by a space and `slow` or `fast` (`10.2.0.1-10.2.0.9 slow`). Reads it into
// `out`, or returns why it cannot (malformed, or a type or connection the product does not have).
QString parseBoundaryItem(const QString &text, Product product, Boundary &out);
// The text parseBoundaryItem() reads back: the value alone where its type would be inferred, else
// with its type; then the connection when stated.
QString boundaryItemText(const Boundary &boundary);

} // namespace hierarch
