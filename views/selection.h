#pragma once

#include "plan.h"

#include <QList>
#include <QObject>

namespace hierarch {

class Document;

// What the user has selected, shared by the canvas, the outline and the properties panel so
// that a selection made in one shows in all. Items are addressed like the document addresses
// them: sites and servers by id, roles by server id and index, list entries by index.
class Selection : public QObject
{
    Q_OBJECT

public:
    struct Item
    {
        enum Kind { Plan, Site, Server, Role, Account, Waiver, Attestation, Revision };
        Kind kind = Plan;
        ItemId id = 0;  // site or server id (Site, Server, Role)
        int index = -1; // role index, or list index (Account, Waiver, Attestation, Revision)
        bool operator==(const Item &) const = default;
    };

    explicit Selection(Document *document, QObject *parent = nullptr);

    const QList<Item> &items() const { return mItems; }
    // The item the properties panel shows: the last one selected, or the plan.
    Item current() const;
    QList<ItemId> siteIds() const;
    QList<ItemId> serverIds() const;
    bool contains(const Item &item) const { return mItems.contains(item); }

    // `source` is the view that made the change, so it can ignore its own echo.
    void setItems(const QList<Item> &items, const QObject *source = nullptr);
    void select(const Item &item, const QObject *source = nullptr) { setItems({item}, source); }
    void clear(const QObject *source = nullptr) { setItems({}, source); }

signals:
    void changed(const QObject *source);

private:
    void prune();

    Document *mDocument;
    QList<Item> mItems;
};

} // namespace hierarch
