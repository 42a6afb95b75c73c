#include "comparemarks.h"

#include "canvas/canvasstyle.h"
#include "canvas/hierarchyscene.h"
#include "canvas/serveritem.h"
#include "canvas/siteitem.h"
#include "document/changesmodel.h"
#include "document/comparison.h"

#include <QCoreApplication>
#include <QGraphicsObject>
#include <QHash>
#include <QPainter>

namespace hierarch {

namespace {

struct MarksText
{
    Q_DECLARE_TR_FUNCTIONS(hierarch::Changes)
};

constexpr double kMarkSize = 22;
constexpr double kGhostHeight = 30;
constexpr double kGhostGap = 6;

} // namespace

// One mark or ghost. Draws only; takes no mouse buttons, so clicks reach the items below.
class CompareMarkItem : public QGraphicsObject
{
public:
    enum Style { Mark, Ghost };

    CompareMarkItem(Style style, QString text, QColor colour, QRectF rect, QGraphicsItem *parent)
        : QGraphicsObject(parent), mStyle(style), mText(std::move(text)),
          mColour(std::move(colour)), mRect(rect)
    {
        setAcceptedMouseButtons(Qt::NoButton);
        setAcceptHoverEvents(false);
        setZValue(style == Mark ? 10 : -1);
    }

    Style style() const { return mStyle; }
    const QString &text() const { return mText; }
    QRectF boundingRect() const override { return mRect.adjusted(-2, -2, 2, 2); }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        if (mStyle == Mark) {
            painter->setPen(QPen(Qt::white, 1.5));
            painter->setBrush(mColour);
            painter->drawEllipse(mRect);
            // The canvas's own fonts (pixel-sized), never the painter's: a PDF device's
            // default font is sized for its resolution.
            QFont font = canvas::fonts().badge;
            font.setBold(true);
            font.setPixelSize(int(kMarkSize * 0.7));
            painter->setFont(font);
            painter->setPen(Qt::white);
            painter->drawText(mRect, Qt::AlignCenter, mText);
            return;
        }
        QPen pen(mColour, 1.5, Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(QColor(255, 255, 255, 150));
        painter->drawRoundedRect(mRect, canvas::kCardRadius, canvas::kCardRadius);
        painter->setPen(mColour);
        QFont font = canvas::fonts().siteInfo;
        font.setStrikeOut(true);
        painter->setFont(font);
        painter->drawText(mRect.adjusted(canvas::kCardPadding, 0, -canvas::kCardPadding, 0),
                          Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, mText);
    }

private:
    Style mStyle;
    QString mText;
    QColor mColour;
    QRectF mRect;
};

CompareMarks::CompareMarks(HierarchyScene *scene, Comparison *comparison, QObject *parent)
    : QObject(parent), mScene(scene), mComparison(comparison)
{
    connect(comparison, &Comparison::changed, this, &CompareMarks::rebuild);
    rebuild();
}

CompareMarks::~CompareMarks()
{
    clear();
}

void CompareMarks::clear()
{
    for (const QPointer<CompareMarkItem> &item : std::as_const(mItems))
        delete item.data(); // null when its site or server item went first
    mItems.clear();
}

void CompareMarks::rebuild()
{
    clear();
    // One mark per site or server. A change of a site's addresses changes the site: it marks the
    // site ~ unless the site has a mark of its own (listed first), and adds to its tooltip.
    QHash<QGraphicsItem *, CompareMarkItem *> marked;
    for (const ItemChange &change : mComparison->diff().changes) {
        const ItemId id = mComparison->itemFor(change);
        QGraphicsItem *target = id ? mScene->itemFor(id) : nullptr;
        if (!target)
            continue;
        const QString tip =
            ChangesModel::itemText(change) + QLatin1Char('\n') + ChangesModel::detailsText(change);
        if (CompareMarkItem *existing = marked.value(target)) {
            existing->setToolTip(existing->toolTip() + QLatin1Char('\n') + tip);
            continue;
        }
        const DiffAction action =
            change.kind == DiffKind::Address ? DiffAction::Changed : change.action;
        QString symbol = QStringLiteral(">");
        if (action == DiffAction::Added)
            symbol = QStringLiteral("+");
        else if (action == DiffAction::Changed)
            symbol = QStringLiteral("~");
        const QColor colour = CompareMarks::colour(action);
        const QRectF mark(-kMarkSize / 2, -kMarkSize / 2, kMarkSize, kMarkSize);
        auto *item = new CompareMarkItem(CompareMarkItem::Mark, symbol, colour, mark, target);
        item->setToolTip(tip);
        marked.insert(target, item);
        mItems.append(item);
    }

    // Ghosts: removed servers in a dashed row under their site; removed sites at their old
    // diagram position, or under the parent they had.
    QHash<ItemId, double> nextY; // per anchor site: where the next ghost goes
    struct SiteGhost
    {
        QGraphicsItem *parent = nullptr;
        QRectF rect;
        ItemId anchor = 0; // when it hangs under a site of the document
    };
    QHash<QString, SiteGhost> siteGhosts; // removed site code -> its ghost
    for (const Comparison::Ghost &ghost : mComparison->ghosts()) {
        auto *anchor = ghost.anchorSite ? mScene->siteItem(ghost.anchorSite) : nullptr;
        const QString label = ghost.kind == DiffKind::Server
                                  ? MarksText::tr("%1 (removed server)").arg(ghost.name)
                                  : MarksText::tr("Site %1 (removed)").arg(ghost.name);
        QGraphicsItem *parent = anchor;
        QRectF rect;
        if (ghost.kind == DiffKind::Server && siteGhosts.contains(ghost.oldSite)) {
            // A server of a removed site: under that site's ghost.
            SiteGhost &site = siteGhosts[ghost.oldSite];
            parent = site.parent;
            rect = site.rect.translated(canvas::kSitePadding, site.rect.height() + kGhostGap);
            site.rect = rect.translated(-canvas::kSitePadding, 0);
            if (site.anchor)
                nextY[site.anchor] = rect.bottom() + kGhostGap;
        } else if (ghost.position) {
            parent = nullptr;
            rect = QRectF(ghost.position->x() - canvas::kCardWidth / 2, ghost.position->y(),
                          canvas::kCardWidth, kGhostHeight);
        } else if (anchor) {
            const QRectF box = anchor->rect();
            double &y = nextY[ghost.anchorSite];
            if (y == 0)
                y = box.bottom() + kGhostGap;
            rect = QRectF(box.left() + canvas::kSitePadding, y, canvas::kCardWidth, kGhostHeight);
            y += kGhostHeight + kGhostGap;
        } else {
            continue; // nowhere it could be shown; the Changes dock lists it
        }
        if (ghost.kind == DiffKind::Site)
            siteGhosts.insert(ghost.name, {parent, rect, parent ? ghost.anchorSite : 0});
        auto *item = new CompareMarkItem(CompareMarkItem::Ghost, label, colour(DiffAction::Removed),
                                         rect, parent);
        if (!parent)
            mScene->addItem(item);
        mItems.append(item);
    }
}

QColor CompareMarks::colour(DiffAction action)
{
    switch (action) {
    case DiffAction::Added:
        return QColor(0x2e, 0x9d, 0x4f);
    case DiffAction::Changed:
        return QColor(0xd9, 0x8a, 0x00);
    case DiffAction::Renamed:
    case DiffAction::Moved:
        break;
    case DiffAction::Removed:
        return QColor(0x8a, 0x92, 0xa0);
    }
    return QColor(0x2f, 0x6f, 0xd6);
}

QRectF CompareMarks::sceneRect() const
{
    QRectF bounds;
    for (const QPointer<CompareMarkItem> &item : mItems) {
        if (item)
            bounds |= item->sceneBoundingRect();
    }
    return bounds;
}

QString CompareMarks::markOf(ItemId id) const
{
    QGraphicsItem *target = mScene->itemFor(id);
    for (const QPointer<CompareMarkItem> &item : mItems) {
        if (item && item->style() == CompareMarkItem::Mark && item->parentItem() == target)
            return item->text();
    }
    return {};
}

QStringList CompareMarks::ghostNames() const
{
    QStringList names;
    for (const QPointer<CompareMarkItem> &item : mItems) {
        if (item && item->style() == CompareMarkItem::Ghost)
            names << item->text();
    }
    return names;
}

} // namespace hierarch
