#include "planbadge.h"

#include "document/document.h"
#include "selection.h"
#include "theme.h"

#include <QAbstractScrollArea>
#include <QEvent>

namespace hierarch {

namespace {

// The findings no site or server card carries.
bool isPlanLevel(const Finding &finding)
{
    return finding.kind == Scope::Hierarchy || finding.kind == Scope::Account ||
           finding.kind == Scope::Waiver;
}

// At most this many findings are listed in the tooltip; the Problems dock has them all.
constexpr int kTooltipFindings = 8;

} // namespace

PlanBadge::PlanBadge(Document *document, Selection *selection, QAbstractScrollArea *canvas)
    : QToolButton(canvas), mDocument(document), mCanvas(canvas)
{
    setObjectName(QStringLiteral("planBadge"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setAutoRaise(false);
    setFocusPolicy(Qt::NoFocus); // the Outline's plan row is the keyboard's way to the plan
    connect(this, &QToolButton::clicked, selection, [selection] {
        selection->select({Selection::Item::Plan, 0, -1});
    });
    connect(document, &Document::changed, this, [this](const ChangeEvent &event) {
        if (event.item == ChangeItem::Findings || event.type == ChangeEvent::Type::Reset)
            refresh();
    });
    // Placed over the viewport (not inside it: the viewport scrolls its children with it).
    canvas->viewport()->installEventFilter(this);
    refresh();
}

bool PlanBadge::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mCanvas->viewport() &&
        (event->type() == QEvent::Resize || event->type() == QEvent::Move))
        place();
    return QToolButton::eventFilter(watched, event);
}

void PlanBadge::refresh()
{
    int count = 0;
    Severity worst = Severity::Info;
    QStringList lines;
    for (const Finding &f : mDocument->findings()) {
        if (f.waived || !isPlanLevel(f))
            continue;
        if (count == 0 || f.severity() < worst)
            worst = f.severity();
        if (count < kTooltipFindings)
            lines << QStringLiteral("<li>%1</li>").arg(f.translatedMessage().toHtmlEscaped());
        ++count;
    }
    mCount = count;
    setVisible(count > 0);
    if (count == 0)
        return;
    setIcon(severityIcon(worst));
    setText(tr("Plan findings: %1").arg(count));
    QString tip = QStringLiteral("<p>%1</p><ul>%2</ul>")
                      .arg(tr("Findings about the hierarchy, its accounts and waivers, which no "
                              "card shows. Click to select the plan.")
                               .toHtmlEscaped(),
                           lines.join(QString()));
    if (count > kTooltipFindings)
        tip += QStringLiteral("<p>%1</p>")
                   .arg(tr("%1 more in the Problems dock.")
                            .arg(count - kTooltipFindings)
                            .toHtmlEscaped());
    setToolTip(tip);
    setAccessibleName(text());
    adjustSize();
    place();
    raise();
}

void PlanBadge::place()
{
    move(mCanvas->viewport()->geometry().topLeft() + QPoint(8, 8));
}

} // namespace hierarch
