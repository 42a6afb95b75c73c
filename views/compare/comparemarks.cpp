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

QList<CompareDecoration>
compareDecorations(const Comparison &comparison,
                   const std::function<std::optional<QSizeF>(ItemId)> &boxOf)
{
    QList<CompareDecoration> decorations;
    // One mark per site or server. A change of a site's addresses changes the site: it marks the
    // site ~ unless the site has a mark of its own (listed first), and adds to its tooltip.
    QHash<ItemId, qsizetype> marked; // item -> its mark in `decorations`
    for (const ItemChange &change : comparison.diff().changes) {
        const ItemId id = comparison.itemFor(change);
        if (!id || !boxOf(id))
            continue;
        const QString tip =
            ChangesModel::itemText(change) + QLatin1Char('\n') + ChangesModel::detailsText(change);
        if (const auto existing = marked.constFind(id); existing != marked.cend()) {
            QString &toolTip = decorations[*existing].toolTip;
            toolTip += QLatin1Char('\n') + tip;
            continue;
        }
        const DiffAction action =
            change.kind == DiffKind::Address ? DiffAction::Changed : change.action;
        QString symbol = QStringLiteral(">");
        if (action == DiffAction::Added)
            symbol = QStringLiteral("+");
        else if (action == DiffAction::Changed)
            symbol = QStringLiteral("~");
        marked.insert(id, decorations.size());
        decorations.append({CompareDecoration::Mark, symbol, CompareMarks::colour(action),
                            QRectF(-kMarkSize / 2, -kMarkSize / 2, kMarkSize, kMarkSize), id, tip});
    }

    // Ghosts: removed servers in a dashed row under their site; removed sites at their old
    // diagram position, or under the parent they had.
    QHash<ItemId, double> nextY; // per anchor site: where the next ghost goes
    struct SiteGhost
    {
        ItemId anchor = 0; // the site it hangs under, or 0 at its old position
        QRectF rect;
    };
    QHash<QString, SiteGhost> siteGhosts; // removed site code -> its ghost
    for (const Comparison::Ghost &ghost : comparison.ghosts()) {
        const std::optional<QSizeF> anchorBox =
            ghost.anchorSite ? boxOf(ghost.anchorSite) : std::nullopt;
        const QString label = ghost.kind == DiffKind::Server
                                  ? MarksText::tr("%1 (removed server)").arg(ghost.name)
                                  : MarksText::tr("Site %1 (removed)").arg(ghost.name);
        ItemId anchor = anchorBox ? ghost.anchorSite : 0;
        QRectF rect;
        if (ghost.kind == DiffKind::Server && siteGhosts.contains(ghost.oldSite)) {
            // A server of a removed site: under that site's ghost.
            SiteGhost &site = siteGhosts[ghost.oldSite];
            anchor = site.anchor;
            rect = site.rect.translated(canvas::kSitePadding, site.rect.height() + kGhostGap);
            site.rect = rect.translated(-canvas::kSitePadding, 0);
            if (site.anchor)
                nextY[site.anchor] = rect.bottom() + kGhostGap;
        } else if (ghost.position) {
            anchor = 0;
            rect = QRectF(ghost.position->x() - canvas::kCardWidth / 2, ghost.position->y(),
                          canvas::kCardWidth, kGhostHeight);
        } else if (anchorBox) {
            const QRectF box(QPointF(), *anchorBox);
            double &y = nextY[ghost.anchorSite];
            if (y == 0)
                y = box.bottom() + kGhostGap;
            rect = QRectF(box.left() + canvas::kSitePadding, y, canvas::kCardWidth, kGhostHeight);
            y += kGhostHeight + kGhostGap;
        } else {
            continue; // nowhere it could be shown; the Changes dock lists it
        }
        if (ghost.kind == DiffKind::Site)
            siteGhosts.insert(ghost.name, {anchor, rect});
        decorations.append({CompareDecoration::Ghost, label,
                            CompareMarks::colour(DiffAction::Removed), rect, anchor, QString()});
    }
    return decorations;
}

void paintCompareDecoration(QPainter *painter, const CompareDecoration &decoration)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF &rect = decoration.rect;
    if (decoration.style == CompareDecoration::Mark) {
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(decoration.colour);
        painter->drawEllipse(rect);
        // The canvas's own fonts (pixel-sized), never the painter's: a PDF device's default
        // font is sized for its resolution.
        QFont font = canvas::fonts().badge;
        font.setBold(true);
        font.setPixelSize(int(kMarkSize * 0.7));
        painter->setFont(font);
        painter->setPen(Qt::white);
        painter->drawText(rect, Qt::AlignCenter, decoration.text);
        return;
    }
    painter->setPen(QPen(decoration.colour, 1.5, Qt::DashLine));
    painter->setBrush(QColor(255, 255, 255, 150));
    painter->drawRoundedRect(rect, canvas::kCardRadius, canvas::kCardRadius);
    painter->setPen(decoration.colour);
    QFont font = canvas::fonts().siteInfo;
    font.setStrikeOut(true);
    painter->setFont(font);
    painter->drawText(rect.adjusted(canvas::kCardPadding, 0, -canvas::kCardPadding, 0),
                      Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, decoration.text);
}

// One mark or ghost on the canvas. Draws only; takes no mouse buttons, so clicks reach the items
// below.
class CompareMarkItem : public QGraphicsObject
{
public:
    CompareMarkItem(CompareDecoration decoration, QGraphicsItem *parent)
        : QGraphicsObject(parent), mDecoration(std::move(decoration))
    {
        setAcceptedMouseButtons(Qt::NoButton);
        setAcceptHoverEvents(false);
        setZValue(mDecoration.style == CompareDecoration::Mark ? 10 : -1);
        if (!mDecoration.toolTip.isEmpty())
            setToolTip(mDecoration.toolTip);
    }

    const CompareDecoration &decoration() const { return mDecoration; }
    QRectF boundingRect() const override { return mDecoration.rect.adjusted(-2, -2, 2, 2); }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        paintCompareDecoration(painter, mDecoration);
    }

private:
    CompareDecoration mDecoration;
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
    const auto boxOf = [this](ItemId id) -> std::optional<QSizeF> {
        const QGraphicsItem *item = mScene->itemFor(id);
        if (!item)
            return std::nullopt;
        if (item->type() == SiteItem::Type)
            return static_cast<const SiteItem *>(item)->size();
        return static_cast<const ServerItem *>(item)->rect().size();
    };
    for (CompareDecoration &decoration : compareDecorations(*mComparison, boxOf)) {
        QGraphicsItem *anchor = decoration.anchor ? mScene->itemFor(decoration.anchor) : nullptr;
        auto *item = new CompareMarkItem(std::move(decoration), anchor);
        if (!anchor)
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
    for (const QPointer<CompareMarkItem> &item : mItems) {
        if (item && item->decoration().style == CompareDecoration::Mark &&
            item->decoration().anchor == id)
            return item->decoration().text;
    }
    return {};
}

QStringList CompareMarks::ghostNames() const
{
    QStringList names;
    for (const QPointer<CompareMarkItem> &item : mItems) {
        if (item && item->decoration().style == CompareDecoration::Ghost)
            names << item->decoration().text;
    }
    return names;
}

} // namespace hierarch
