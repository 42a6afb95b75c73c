#include "explainpanel.h"

#include "document/document.h"
#include "finding.h"
#include "findingactions.h"
#include "theme.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace hierarch {

namespace {

// Every piece of text goes through here: rule texts are ours, but messages carry server names,
// site codes and justifications that must show literally.
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString section(const QString &heading, const QString &body)
{
    if (body.isEmpty())
        return QString();
    return QLatin1String("<p style=\"margin-top:8px\"><b>") + esc(heading) +
           QLatin1String("</b><br>") + esc(body) + QLatin1String("</p>");
}

} // namespace

ExplainPanel::ExplainPanel(Document *document, QWidget *parent)
    : QWidget(parent), mDocument(document), mBrowser(new QTextBrowser(this))
{
    mBrowser->setObjectName(QStringLiteral("explainText"));
    mBrowser->setAccessibleName(tr("Explanation"));
    mBrowser->setOpenLinks(false);
    mBrowser->setOpenExternalLinks(false);
    mBrowser->setFrameShape(QFrame::NoFrame);
    mBrowser->document()->setDocumentMargin(8);
    mBrowser->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mBrowser);
    // A finding of the plan that was replaced or closed is not "no longer reported" here.
    connect(document, &Document::changed, this, [this](const ChangeEvent &event) {
        if (event.type == ChangeEvent::Type::AboutToReset)
            showFinding(QString());
    });
    refresh();
}

void ExplainPanel::showFinding(const QString &findingId)
{
    mFindingId = findingId;
    refresh();
}

void ExplainPanel::refresh()
{
    mBrowser->setHtml(html());
}

QString ExplainPanel::plainText() const
{
    return mBrowser->toPlainText();
}

QString ExplainPanel::waiverSection(const Finding &finding) const
{
    // The justification, and who accepted the risk until when, from the plan's waiver.
    QStringList lines{finding.waiverJustification};
    const QString id = finding.id();
    for (const Waiver &w : mDocument->plan().waivers) {
        if (w.finding != id)
            continue;
        if (w.approvedBy && !w.approvedBy->isEmpty())
            lines << tr("Approved by: %1").arg(*w.approvedBy);
        if (w.expires)
            lines << tr("Expires: %1").arg(w.expires->toString(Qt::ISODate));
        break;
    }
    lines.removeAll(QString());
    QString body;
    for (const QString &line : std::as_const(lines))
        body += (body.isEmpty() ? QString() : QStringLiteral("<br>")) + esc(line);
    return QLatin1String("<p style=\"margin-top:8px\"><b>") + esc(tr("Waived")) +
           QLatin1String("</b><br>") + body + QLatin1String("</p>");
}

QString ExplainPanel::html() const
{
    const Finding *f = findFinding(*mDocument, mFindingId);
    if (!f) {
        const QString text = mFindingId.isEmpty()
                                 ? tr("Select a finding to see why it matters and how to fix it.")
                                 : tr("%1 is no longer reported.").arg(mFindingId);
        return QLatin1String("<p style=\"color:gray\">") + esc(text) + QLatin1String("</p>");
    }
    const RuleInfo &info = f->info();
    QString out;
    out += QLatin1String("<h3 style=\"margin-bottom:2px\">") + esc(ruleText(info.title)) +
           QLatin1String("</h3>");
    const QString facts =
        tr("%1 · %2 · %3 scope · %4")
            .arg(severityDisplayName(info.severity), categoryDisplayName(info.category),
                 scopeDisplayName(info.scope), f->ruleId());
    out += QLatin1String("<p style=\"color:") + severityColor(info.severity).name() +
           QLatin1String("\">") + esc(facts) + QLatin1String("</p>");
    out += section(tr("Finding"), f->translatedMessage());
    if (f->waived)
        out += waiverSection(*f);
    out += section(tr("Why it matters"), ruleText(rationaleFor(info, mDocument->plan().product)));
    out += section(tr("How to fix it"), ruleText(remediationFor(info, mDocument->plan().product)));
    out += section(tr("Source"), ruleText(info.source));
    out += section(tr("Finding id"), f->id());
    return out;
}

} // namespace hierarch
