#pragma once

#include "fields.h"

#include <QMetaType>

namespace hierarch {

// Addresses the object a field edit applies to. Sites and servers are addressed by their stable
// id; roles by their server and index; accounts, waivers and attestations by index.
struct FieldTarget
{
    FieldOwner owner = FieldOwner::Plan;
    ItemId id = 0;  // site or server id (Site, Server, Role)
    int index = -1; // role index on the server, or the list index (Account, ..., ChangeRecord)
    bool operator==(const FieldTarget &) const = default;
};

// What a change of the plan is about. The first nine are the objects the editor edits (one for
// each FieldOwner, in its order); Diagram is the stored positions, Findings the live findings.
enum class ChangeItem : quint8 {
    Plan,
    Site,
    Server,
    Role,
    Account,
    Waiver,
    Attestation,
    ChangeRecord,
    Address,
    Diagram,
    Findings
};

// One change of the open plan, as Document::changed() announces it (after Tiled's
// changeevents.h). Every mutation of the plan is announced by exactly such events, so an observer
// updates the items an event names instead of comparing the plan with what it showed before.
//
// Additions and removals come in pairs: AboutToAdd / AboutToRemove before the plan changes (item
// models begin their row changes there), Added / Removed after it. A site's events cover its
// servers and addresses: no separate events go out for the servers of a pasted or removed site.
// An edit that changes findings is followed by a Findings event (Changed) once every item event of
// that mutation went out, so items a change created exist when their findings are announced.
struct ChangeEvent
{
    enum class Type : quint8 {
        AboutToReset, // another plan replaces this one (File New/Open); item is Plan
        Reset,        // the new plan is in place, with its findings
        AboutToAdd,
        Added,
        AboutToRemove,
        Removed,
        Changed
    };

    Type type = Type::Changed;
    ChangeItem item = ChangeItem::Plan;
    // The site (Site, Address) or server (Server, Role) concerned; 0 for the plan and lists.
    ItemId id = 0;
    // The position in the list the item is a member of: a site in the plan's sites, a server in
    // its site, a role on its server, an address of its site, an account, waiver, attestation or
    // revision in its list. -1 where the item is no list member (Plan, Diagram, Findings).
    int index = -1;
    // The site the change happens in (Site, Server, Role, Address), also when the server is gone:
    // a site's box and rows show its servers.
    ItemId site = 0;
    // Changed: the field that was set (for `sql` and `pki` keys, the key whose undo restored the
    // whole map). Null for other types and for changes that are no field edit.
    const FieldInfo *field = nullptr;

    // Whether the change is still to happen (the plan is as before).
    bool isAboutTo() const
    {
        return type == Type::AboutToReset || type == Type::AboutToAdd ||
               type == Type::AboutToRemove;
    }
    // Whether the plan now has an item more or less (a site, a server, a role, a list member).
    bool addsOrRemoves() const { return type == Type::Added || type == Type::Removed; }
    // A field edit of this item whose key is `key` (FORMAT.md spelling).
    bool isFieldEdit(ChangeItem kind, const char *key) const
    {
        return type == Type::Changed && item == kind && field && qstrcmp(field->key, key) == 0;
    }
    // The object a field edit of this event addresses (Plan for Diagram and Findings).
    FieldTarget target() const;

    bool operator==(const ChangeEvent &) const = default;

    static ChangeItem itemOf(FieldOwner owner) { return ChangeItem(int(owner)); }
};

// For test failures and debugging: "Changed Site 3 [-1] code".
QString describe(const ChangeEvent &event);

} // namespace hierarch

Q_DECLARE_METATYPE(hierarch::ChangeEvent)
