#include "canvasnavigation.h"

#include "document/document.h"
#include "hierarchyscene.h"
#include "serveritem.h"
#include "siteitem.h"

#include <algorithm>

namespace hierarch {

namespace {

using Item = Selection::Item;

// The site a site hangs under on the canvas: 0 for a central site and for a parent code that
// names no site (the scene draws those as roots too).
ItemId parentSite(const Document &document, ItemId id)
{
    const Site *site = document.site(id);
    if (!site || !site->parent)
        return 0;
    const int index = document.siteIndexByCode(*site->parent);
    if (index < 0)
        return 0;
    const ItemId parent = document.plan().sites.at(index).uid;
    return parent == id ? 0 : parent;
}

// Sites under `parent` (0: the roots) in the order they are drawn, left to right.
QList<ItemId> sitesUnder(const HierarchyScene &scene, ItemId parent)
{
    const Document &document = *scene.document();
    QList<ItemId> sites;
    if (parent) {
        sites = document.childSites(parent);
    } else {
        for (const Site &site : document.plan().sites) {
            if (!parentSite(document, site.uid))
                sites << site.uid;
        }
    }
    sites.removeIf([&scene](ItemId id) { return !scene.siteItem(id) || !scene.isShown(id); });
    std::stable_sort(sites.begin(), sites.end(), [&scene](ItemId a, ItemId b) {
        const QPointF pa = scene.siteItem(a)->scenePos();
        const QPointF pb = scene.siteItem(b)->scenePos();
        return pa.x() != pb.x() ? pa.x() < pb.x() : pa.y() < pb.y();
    });
    return sites;
}

std::optional<Item> siteItem(ItemId id)
{
    if (!id)
        return std::nullopt;
    return Item{Item::Site, id};
}

std::optional<Item> stepAmong(const QList<ItemId> &ids, ItemId from, int step, Item::Kind kind)
{
    const qsizetype at = ids.indexOf(from) + step;
    if (ids.indexOf(from) < 0 || at < 0 || at >= ids.size())
        return std::nullopt;
    return Item{kind, ids.at(at)};
}

// The card in the same grid column as `server`, one row up (step -1) or down (step +1).
ItemId cardInColumn(const HierarchyScene &scene, ItemId server, int step)
{
    const Document &document = *scene.document();
    const ServerItem *card = scene.serverItem(server);
    const Site *site = document.site(document.siteOfServer(server));
    if (!card || !site)
        return 0;
    ItemId best = 0;
    double bestDistance = 0;
    for (const Server &other : site->servers) {
        const ServerItem *candidate = scene.serverItem(other.uid);
        if (!candidate || other.uid == server ||
            std::abs(candidate->pos().x() - card->pos().x()) > 1.0)
            continue;
        const double distance = (candidate->pos().y() - card->pos().y()) * step;
        if (distance > 0 && (!best || distance < bestDistance)) {
            best = other.uid;
            bestDistance = distance;
        }
    }
    return best;
}

std::optional<Item> fromSite(const HierarchyScene &scene, ItemId id, CanvasDirection direction)
{
    const Document &document = *scene.document();
    switch (direction) {
    case CanvasDirection::Left:
    case CanvasDirection::Right:
        return stepAmong(sitesUnder(scene, parentSite(document, id)), id,
                         direction == CanvasDirection::Left ? -1 : 1, Item::Site);
    case CanvasDirection::Up:
        return siteItem(parentSite(document, id));
    case CanvasDirection::Down: {
        const Site *site = document.site(id);
        if (site && !site->servers.isEmpty())
            return Item{Item::Server, site->servers.constFirst().uid};
        const QList<ItemId> children = sitesUnder(scene, id);
        return children.isEmpty() ? std::nullopt : siteItem(children.constFirst());
    }
    }
    return std::nullopt;
}

std::optional<Item> fromServer(const HierarchyScene &scene, ItemId id, CanvasDirection direction)
{
    const Document &document = *scene.document();
    const ItemId siteId = document.siteOfServer(id);
    const Site *site = document.site(siteId);
    if (!site)
        return std::nullopt;
    switch (direction) {
    case CanvasDirection::Left:
    case CanvasDirection::Right: {
        QList<ItemId> servers;
        for (const Server &server : site->servers)
            servers << server.uid;
        return stepAmong(servers, id, direction == CanvasDirection::Left ? -1 : 1, Item::Server);
    }
    case CanvasDirection::Up:
        if (const ItemId above = cardInColumn(scene, id, -1))
            return Item{Item::Server, above};
        return siteItem(siteId);
    case CanvasDirection::Down: {
        if (const ItemId below = cardInColumn(scene, id, 1))
            return Item{Item::Server, below};
        const QList<ItemId> children = sitesUnder(scene, siteId);
        return children.isEmpty() ? std::nullopt : siteItem(children.constFirst());
    }
    }
    return std::nullopt;
}

std::optional<Item> fromRole(const HierarchyScene &scene, const Item &role,
                             CanvasDirection direction)
{
    const Server *server = scene.document()->server(role.id);
    if (!server)
        return std::nullopt;
    switch (direction) {
    case CanvasDirection::Left:
    case CanvasDirection::Right: {
        const int index = role.index + (direction == CanvasDirection::Left ? -1 : 1);
        if (index < 0 || index >= server->roles.size())
            return std::nullopt;
        return Item{Item::Role, role.id, index};
    }
    case CanvasDirection::Up:
        return Item{Item::Server, role.id};
    case CanvasDirection::Down:
        break;
    }
    return std::nullopt;
}

} // namespace

std::optional<Selection::Item>
canvasNeighbour(const HierarchyScene &scene, const Selection::Item &from, CanvasDirection direction)
{
    switch (from.kind) {
    case Item::Site:
        return fromSite(scene, from.id, direction);
    case Item::Server:
        return fromServer(scene, from.id, direction);
    case Item::Role:
        return fromRole(scene, from, direction);
    default: {
        // Nothing on the canvas is selected: start at the top of the tree.
        QList<ItemId> roots = sitesUnder(scene, 0);
        std::stable_sort(roots.begin(), roots.end(), [&scene](ItemId a, ItemId b) {
            return scene.siteItem(a)->scenePos().y() < scene.siteItem(b)->scenePos().y();
        });
        return roots.isEmpty() ? std::nullopt : siteItem(roots.constFirst());
    }
    }
}

} // namespace hierarch
