#pragma once

#include "../plan.h"

namespace hierarch {

// The "branch secondary" building block (Edit ▸ Insert Branch Secondary): a secondary site
// under `parentCode` with one server holding the roles a branch office usually has, as far as
// the product allows: the site server, a management point (at a secondary site a proxy
// management point, which keeps the branch's clients from sending their data across the WAN
// link), a distribution point, and on SMS 2003 the client access point every site needs. The block
// loads and validates without errors (it draws the warnings any single-server site draws, such as
// `site-server-iis`).
Site branchSecondarySite(Product product, const QString &parentCode, const QString &code,
                         const QString &serverName);

} // namespace hierarch
