#include "role.h"

#include <QCoreApplication>

namespace hierarch {

namespace {

struct RoleFacts
{
    const char *title;
    bool sms2003;
    bool configMgr2007;
};

// Indexed by Role; the titles are the roles' names in the product documentation.
constexpr std::array<RoleFacts, enumCount<Role>()> kRoleFacts{{
    {QT_TRANSLATE_NOOP("hierarch::Role", "site server"), true, true},
    {QT_TRANSLATE_NOOP("hierarch::Role", "site database server"), true, true},
    {QT_TRANSLATE_NOOP("hierarch::Role", "SMS Provider"), true, true},
    {QT_TRANSLATE_NOOP("hierarch::Role", "client access point"), true, false},
    {QT_TRANSLATE_NOOP("hierarch::Role", "management point"), true, true},
    {QT_TRANSLATE_NOOP("hierarch::Role", "distribution point"), true, true},
    {QT_TRANSLATE_NOOP("hierarch::Role", "branch distribution point"), false, true},
    {QT_TRANSLATE_NOOP("hierarch::Role", "server locator point"), true, true},
    {QT_TRANSLATE_NOOP("hierarch::Role", "reporting point"), true, true},
    {QT_TRANSLATE_NOOP("hierarch::Role", "reporting services point"), false, true},
    {QT_TRANSLATE_NOOP("hierarch::Role", "fallback status point"), false, true},
    {QT_TRANSLATE_NOOP("hierarch::Role", "software update point"), false, true},
    {QT_TRANSLATE_NOOP("hierarch::Role", "PXE service point"), false, true},
    {QT_TRANSLATE_NOOP("hierarch::Role", "state migration point"), false, true},
    {QT_TRANSLATE_NOOP("hierarch::Role", "system health validator point"), false, true},
    {QT_TRANSLATE_NOOP("hierarch::Role", "Asset Intelligence synchronization point"), false, true},
    {QT_TRANSLATE_NOOP("hierarch::Role", "out of band service point"), false, true},
}};

} // namespace

bool roleInProduct(Role role, Product product)
{
    const RoleFacts &facts = kRoleFacts[std::size_t(role)];
    return product == Product::Sms2003 ? facts.sms2003 : facts.configMgr2007;
}

const char *roleTitle(Role role)
{
    return kRoleFacts[std::size_t(role)].title;
}

QString roleDisplayName(Role role)
{
    return QCoreApplication::translate("hierarch::Role", roleTitle(role));
}

} // namespace hierarch
