#include "canvastext.h"

#include "theme.h"

#include <QLocale>

namespace hierarch {

QString CanvasText::siteTypeName(const Site &site)
{
    if (site.isSecondary())
        return tr("Secondary site");
    return site.isCentral() ? tr("Central site") : tr("Primary site");
}

QString CanvasText::clientCount(int clients)
{
    return tr("%Ln client(s)", nullptr, clients);
}

QString CanvasText::serverCount(int servers)
{
    return tr("%Ln server(s)", nullptr, servers);
}

QString CanvasText::hiddenSites(int sites)
{
    return sites == 1 ? tr("+1 site") : tr("+%1 sites").arg(QLocale().toString(sites));
}

QString CanvasText::senderTypeName(SenderType type)
{
    switch (type) {
    case SenderType::Standard:
        return tr("Standard");
    case SenderType::AsynchronousRas:
        return tr("Asynchronous RAS");
    case SenderType::IsdnRas:
        return tr("ISDN RAS");
    case SenderType::X25Ras:
        return tr("X.25 RAS");
    case SenderType::SnaRas:
        return tr("SNA RAS");
    case SenderType::Courier:
        return tr("Courier");
    }
    return QString();
}

QString CanvasText::findingsHtml(const QList<const Finding *> &findings)
{
    if (findings.isEmpty())
        return QString();
    // Unwaived first (most severe first), waived ones after them.
    QList<const Finding *> sorted = findings;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Finding *a, const Finding *b) {
        if (a->waived != b->waived)
            return !a->waived;
        return int(a->severity()) < int(b->severity());
    });
    QString html = QStringLiteral("<hr/><table cellspacing=\"0\" cellpadding=\"1\">");
    for (const Finding *f : std::as_const(sorted)) {
        const QString color =
            f->waived ? QStringLiteral("#8a8f98") : severityColor(f->severity()).name();
        QString message = escaped(f->translatedMessage());
        if (f->waived)
            message += QStringLiteral(" <i>(") + escaped(tr("waived")) + QStringLiteral(")</i>");
        html +=
            QStringLiteral("<tr><td style=\"color:%1\"><b>%2</b>&nbsp;</td>"
                           "<td style=\"color:%3\"><tt>%4</tt>&nbsp;</td>"
                           "<td style=\"color:%3\">%5</td></tr>")
                .arg(color, escaped(severityDisplayName(f->severity())),
                     f->waived ? color : QStringLiteral("#1f2430"), escaped(f->ruleId()), message);
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace hierarch
