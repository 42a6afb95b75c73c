#include "selection.h"

#include "document/document.h"

namespace hierarch {

Selection::Selection(Document *document, QObject *parent) : QObject(parent), mDocument(document)
{
    // Items that disappear (removed, undone, another file opened) leave the selection.
    connect(document, &Document::changed, this, [this](const ChangeEvent &event) {
        using Type = ChangeEvent::Type;
        if (event.type == Type::Reset) {
            clear();
            return;
        }
        if (event.isAboutTo())
            return;
        switch (event.item) {
        case ChangeItem::Site:
        case ChangeItem::Server:
            if (event.type == Type::Removed)
                prune();
            break;
        case ChangeItem::Role: // a removed role, account, ... leaves the selection
        case ChangeItem::Account:
        case ChangeItem::Waiver:
        case ChangeItem::Attestation:
        case ChangeItem::ChangeRecord:
            prune();
            break;
        default:
            break;
        }
    });
}

Selection::Item Selection::current() const
{
    return mItems.isEmpty() ? Item{} : mItems.constLast();
}

QList<ItemId> Selection::siteIds() const
{
    QList<ItemId> ids;
    for (const Item &item : mItems) {
        if (item.kind == Item::Site)
            ids << item.id;
    }
    return ids;
}

QList<ItemId> Selection::serverIds() const
{
    QList<ItemId> ids;
    for (const Item &item : mItems) {
        if (item.kind == Item::Server)
            ids << item.id;
    }
    return ids;
}

void Selection::setItems(const QList<Item> &items, const QObject *source)
{
    if (items == mItems)
        return;
    mItems = items;
    emit changed(source);
}

void Selection::prune()
{
    const Plan &plan = mDocument->plan();
    QList<Item> kept;
    for (const Item &item : std::as_const(mItems)) {
        bool alive = true;
        switch (item.kind) {
        case Item::Plan:
            break;
        case Item::Site:
            alive = mDocument->site(item.id);
            break;
        case Item::Server:
            alive = mDocument->server(item.id);
            break;
        case Item::Role: {
            const Server *s = mDocument->server(item.id);
            alive = s && item.index < s->roles.size();
            break;
        }
        case Item::Account:
            alive = item.index < plan.accounts.size();
            break;
        case Item::Waiver:
            alive = item.index < plan.waivers.size();
            break;
        case Item::Attestation:
            alive = item.index < plan.attestations.size();
            break;
        case Item::Revision:
            alive = item.index < plan.changeRecord.size();
            break;
        }
        if (alive)
            kept << item;
    }
    if (kept != mItems) {
        mItems = kept;
        emit changed(nullptr);
    }
}

} // namespace hierarch
