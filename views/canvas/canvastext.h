#pragma once

#include "finding.h"
#include "plan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hierarch {

// The words the canvas shows for enum values and the HTML of its tooltips, in one translation
// context. Tooltips are rich text, so every plan string is escaped here and nowhere else.
class CanvasText
{
    Q_DECLARE_TR_FUNCTIONS(hierarch::CanvasText)

public:
    static QString siteTypeName(const Site &site);
    static QString clientCount(int clients);
    static QString serverCount(int servers);
    // The marker of a collapsed site: "+1 site", "+12 sites".
    static QString hiddenSites(int sites);
    // The sender of an address: "Standard", "ISDN RAS", "Courier", ...
    static QString senderTypeName(SenderType type);

    // An escaped paragraph list of findings: severity, rule id and message; waived ones greyed
    // and marked. Empty when there are none.
    static QString findingsHtml(const QList<const Finding *> &findings);
    // Escapes plain text for a rich-text tooltip.
    static QString escaped(const QString &text) { return text.toHtmlEscaped(); }
};

} // namespace hierarch
