// The lists and items of a plan as text patches (see planpatcher.h); the text edits, scalars and
// maps they use are in planpatcher.cpp.
#include "listalignment.h"
#include "planpatcher_p.h"

#include <algorithm>

namespace hierarch::patcher {

template<typename T>
void Patcher::listEntry(const MapView &map, const char *key, const QList<T> &o, const QList<T> &n,
                        const std::vector<int> &newToOld, const ListSpec<T> &spec)
{
    if (o == n)
        return;
    const int i = map.find(key);
    if (i < 0) {
        if (!n.isEmpty())
            insertBlockEntry(map, key, spec.newEntry(n), spec.canonicalColumn);
        return;
    }
    if (n.isEmpty() && spec.removeKeyWhenEmpty) {
        removeEntry(map, key);
        return;
    }
    const YamlNode *k = map.node->key(std::size_t(i));
    const YamlNode *seq = map.node->value(std::size_t(i));
    if (!seq->isSequence() || qsizetype(seq->children.size()) != o.size())
        unsupported(Why::Structure);
    if (mSpans.style(seq) == SourceSpans::Style::Flow && (spec.flowItem || !o.isEmpty()))
        flowList(seq, o, n, newToOld, spec);
    else
        blockList(k, seq, o, n, newToOld, spec);
}

template<typename T>
void Patcher::flowList(const YamlNode *seq, const QList<T> &o, const QList<T> &n,
                       const std::vector<int> &newToOld, const ListSpec<T> &spec)
{
    if (!spec.flowItem)
        unsupported(Why::Style);
    const std::size_t count = seq->children.size();
    auto itemStart = [&](std::size_t i) {
        return mSpans.start(seq->children[i]);
    };
    auto itemEnd = [&](std::size_t i) {
        const qsizetype end = mSpans.end(seq->children[i], -1);
        if (end < 0)
            unsupported(Why::Text);
        return end;
    };
    std::vector<bool> kept(count, false);
    for (int old : newToOld) {
        if (old >= 0)
            kept[std::size_t(old)] = true;
    }
    if (std::none_of(kept.cbegin(), kept.cend(), [](bool k) { return k; })) {
        // Nothing of the old list stays: the brackets get the new items.
        const qsizetype end = mSpans.end(seq, -1);
        if (end < 0)
            unsupported(Why::Text);
        QByteArray out = "[";
        for (qsizetype k = 0; k < n.size(); ++k)
            out += (k ? ", " : "") + spec.flowItem(nullptr, n.at(k));
        replace(mSpans.start(seq), end, out + ']');
        return;
    }
    // Item by item, so that the author's spacing and line breaks inside the brackets stay.
    QByteArray pending;
    qsizetype pendingAt = itemStart(0);
    bool front = true;
    auto flush = [&] {
        if (!pending.isEmpty())
            replace(pendingAt, pendingAt, front ? pending + ", " : pending);
        pending.clear();
    };
    for (qsizetype k = 0; k < n.size(); ++k) {
        const int old = newToOld[std::size_t(k)];
        if (old < 0) {
            if (!front || !pending.isEmpty())
                pending += ", ";
            pending += spec.flowItem(nullptr, n.at(k));
            continue;
        }
        flush();
        front = false;
        const std::size_t i = std::size_t(old);
        if (!(o.at(old) == n.at(k)))
            replace(itemStart(i), itemEnd(i), spec.flowItem(seq->children[i], n.at(k)));
        pendingAt = itemEnd(i);
    }
    flush();
    // Removed items go in runs, each with the separator that joined it to the list.
    for (std::size_t i = 0; i < count;) {
        if (kept[i]) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j + 1 < count && !kept[j + 1])
            ++j;
        if (j + 1 < count)
            replace(itemStart(i), itemStart(j + 1), {});
        else
            replace(itemEnd(i - 1), itemEnd(j), {});
        i = j + 1;
    }
}

template<typename T>
void Patcher::blockList(const YamlNode *key, const YamlNode *seq, const QList<T> &o,
                        const QList<T> &n, const std::vector<int> &newToOld,
                        const ListSpec<T> &spec)
{
    if (!spec.blockItem)
        unsupported(Why::Style);
    const int ownerColumn = mSpans.column(mSpans.start(key));
    int dash = ownerColumn + 2;
    int column = dash + 2;
    if (!seq->children.empty()) {
        const qsizetype firstDash = dashOf(seq->children.front());
        dash = mSpans.column(firstDash);
        column = mSpans.column(mSpans.start(seq->children.front()));
    }
    auto render = [&](const T &item) {
        if (spec.ownLines) {
            const QByteArray own = spec.ownLines(item, dash);
            if (!own.isEmpty())
                return own;
        }
        return reindentItem(spec.blockItem(item), spec.canonicalDash, dash, column);
    };
    // The lines of an old item with the comment lines directly above it.
    auto region = [&](int old) {
        const auto lines = mSpans.itemLines(seq->children[std::size_t(old)]);
        if (lines.first < 0)
            unsupported(Why::SharedLine);
        return lines;
    };

    if (seq->children.empty()) {
        // `key: []` gains its first items: they go on the lines below the key.
        if (mSpans.style(seq) != SourceSpans::Style::Flow)
            unsupported(Why::Style);
        QByteArray items = "\n";
        for (const T &item : n)
            items += render(item);
        items.chop(1);
        qsizetype from = mSpans.start(key);
        while (from < mSource.text.size() && mSpans.at(from) != ':')
            ++from;
        replace(from + 1, mSpans.end(seq, -1), items);
        return;
    }
    if (n.isEmpty()) {
        qsizetype from = mSpans.start(key);
        while (from < mSource.text.size() && mSpans.at(from) != ':')
            ++from;
        const YamlNode *last = seq->children.back();
        replace(from + 1, itemEnd(last, mSpans.column(dashOf(last))), " []");
        return;
    }

    std::vector<bool> kept(o.size(), false);
    QByteArray pending;
    qsizetype pendingAt = region(0).first;
    auto flush = [&] {
        if (!pending.isEmpty())
            replace(pendingAt, pendingAt, endingAt(pendingAt, pending));
        pending.clear();
    };
    for (qsizetype k = 0; k < n.size(); ++k) {
        const int old = newToOld[std::size_t(k)];
        if (old < 0) {
            pending += render(n.at(k));
            continue;
        }
        flush();
        kept[std::size_t(old)] = true;
        if (!(o.at(old) == n.at(k)))
            spec.patchItem(seq->children[std::size_t(old)], o.at(old), n.at(k));
        pendingAt = region(old).second;
    }
    flush();
    for (qsizetype old = 0; old < o.size(); ++old) {
        if (!kept[std::size_t(old)]) {
            const auto [from, to] = region(int(old));
            replace(from, to, {});
        }
    }
}

void Patcher::patchStrings(const MapView &map, const char *key, const QStringList &o,
                           const QStringList &n)
{
    ListSpec<QString> spec;
    spec.blockItem = [](const QString &s) {
        return "- " + yamlScalar(s) + '\n';
    };
    spec.flowItem = [this](const YamlNode *old, const QString &s) {
        return old ? styledString(old, s, 0) : yamlScalar(s);
    };
    spec.patchItem = [this](const YamlNode *node, const QString &, const QString &s) {
        const qsizetype start = mSpans.start(node);
        replace(start, itemEnd(node, -1), styledString(node, s, 0));
    };
    spec.removeKeyWhenEmpty = false;
    listEntry(map, key, QList<QString>(o), QList<QString>(n), alignByValue(o, n), spec);
}

void Patcher::patchRoles(const MapView &server, const QList<RoleAssignment> &o,
                         const QList<RoleAssignment> &n)
{
    if (o == n)
        return;
    if (server.find("roles") < 0) {
        QByteArray list = "[";
        for (qsizetype i = 0; i < n.size(); ++i)
            list += (i ? ", " : "") + canonical::role(n.at(i));
        insertEntry(server, "roles", list + ']');
        return;
    }
    ListSpec<RoleAssignment> spec;
    spec.blockItem = [](const RoleAssignment &r) {
        return "- " + canonical::role(r) + '\n';
    };
    spec.flowItem = [](const YamlNode *, const RoleAssignment &r) {
        return canonical::role(r);
    };
    spec.patchItem = [this](const YamlNode *node, const RoleAssignment &, const RoleAssignment &r) {
        const qsizetype start = mSpans.start(node);
        replace(start, itemEnd(node, -1), canonical::role(r));
    };
    const auto same = [](const RoleAssignment &a, const RoleAssignment &b) {
        return a.role == b.role;
    };
    listEntry(server, "roles", o, n, alignLists(o, n, same, false), spec);
}

void Patcher::patchServer(const YamlNode *node, const Server &o, const Server &n)
{
    if (!node->isMap())
        unsupported(Why::Structure);
    const MapView m{node, kServerKeys};
    field(m, "name", o.name, n.name);
    field(m, "fqdn", o.fqdn, n.fqdn);
    field(m, "internetFqdn", o.internetFqdn, n.internetFqdn);
    field(m, "forest", o.forest, n.forest);
    field(m, "zone", o.zone, n.zone);
    field(m, "dualHomed", o.dualHomed, n.dualHomed);
    field(m, "domainController", o.domainController, n.domainController);
    field(m, "os", o.os, n.os);
    field(m, "fileSystem", o.fileSystem, n.fileSystem);
    field(m, "staticIp", o.staticIp, n.staticIp);
    field(m, "adminShare", o.adminShare, n.adminShare);
    field(m, "securityConfigurationWizard", o.securityConfigurationWizard,
          n.securityConfigurationWizard);
    field(m, "siteServerInitiatedTransfers", o.siteServerInitiatedTransfers,
          n.siteServerInitiatedTransfers);
    field(m, "ipsec", o.ipsec, n.ipsec);
    field(m, "allowInternetClients", o.allowInternetClients, n.allowInternetClients);
    field(m, "otherWebApplications", o.otherWebApplications, n.otherWebApplications);
    field(m, "otherLocalSystemServices", o.otherLocalSystemServices, n.otherLocalSystemServices);
    field(m, "clustered", o.clustered, n.clustered);
    if (o.sql != n.sql) {
        const YamlNode *sql = m.value("sql");
        if (!n.sql) {
            removeEntry(m, "sql");
        } else if (!sql) {
            insertEntry(m, "sql", canonical::sql(*n.sql));
        } else {
            if (!sql->isMap())
                unsupported(Why::Structure);
            const MapView s{sql, kSqlKeys};
            field(s, "authentication", o.sql->authentication, n.sql->authentication);
            field(s, "serviceAccount", o.sql->serviceAccount, n.sql->serviceAccount);
            field(s, "spnRegistered", o.sql->spnRegistered, n.sql->spnRegistered);
            field(s, "otherDatabases", o.sql->otherDatabases, n.sql->otherDatabases);
        }
    }
    patchRoles(m, o.roles, n.roles);
    if (o.protectedBoundaries != n.protectedBoundaries) {
        if (n.protectedBoundaries.isEmpty()) {
            removeEntry(m, "protectedBoundaries");
        } else if (m.find("protectedBoundaries") < 0) {
            QByteArray list = "[";
            for (const QString &b : n.protectedBoundaries)
                list += (list.size() > 1 ? ", " : "") + yamlScalar(b);
            insertEntry(m, "protectedBoundaries", list + ']');
        } else {
            patchStrings(m, "protectedBoundaries", o.protectedBoundaries, n.protectedBoundaries);
        }
    }
}

// README "Boundaries": a boundary's value and connection are patched in place. A change of its
// type (subnet to range, ...) renames the type key where it is written and writes the new value
// in the old value's style, so the item keeps its place, its layout and its comments.
void Patcher::patchBoundary(const YamlNode *node, const Boundary &o, const Boundary &n)
{
    if (!node->isMap())
        unsupported(Why::Structure);
    const MapView m{node, kBoundaryKeys};
    if (o.type == n.type) {
        field(m, enumName(n.type), o.value, n.value);
    } else {
        const int i = m.find(enumName(o.type));
        if (i < 0)
            unsupported(Why::Text);
        const YamlNode *k = node->key(std::size_t(i));
        const YamlNode *v = node->value(std::size_t(i));
        const qsizetype keyEnd = mSpans.end(k, -1);
        if (!k->isScalar() || !v->isScalar() || keyEnd < 0)
            unsupported(Why::Structure);
        replace(mSpans.start(k), keyEnd, styledToken(k, n.type));
        replace(mSpans.start(v), valueEnd(k, v),
                styledString(v, n.value, mSpans.column(mSpans.start(k))));
    }
    field(m, "connection", o.connection, n.connection);
}

void Patcher::patchSite(const YamlNode *node, const Site &o, const Site &n)
{
    if (!node->isMap())
        unsupported(Why::Structure);
    const MapView m{node, kSiteKeys};
    field(m, "code", o.code, n.code);
    field(m, "name", o.name, n.name);
    field(m, "type", o.type, n.type);
    field(m, "parent", o.parent, n.parent);
    field(m, "forest", o.forest, n.forest);
    field(m, "clients", o.clients, n.clients);
    field(m, "legacyClients", o.legacyClients, n.legacyClients);
    field(m, "workgroupClients", o.workgroupClients, n.workgroupClients);
    field(m, "securityMode", o.securityMode, n.securityMode);
    field(m, "clientMode", o.clientMode, n.clientMode);
    field(m, "secureKeyExchange", o.secureKeyExchange, n.secureKeyExchange);
    field(m, "acceptUnsignedData", o.acceptUnsignedData, n.acceptUnsignedData);
    field(m, "httpRoaming", o.httpRoaming, n.httpRoaming);
    // --- PKI ---
    if (o.pki != n.pki) {
        const YamlNode *pki = m.value("pki");
        if (!n.pki) {
            removeEntry(m, "pki");
        } else if (!pki) {
            insertEntry(m, "pki", canonical::pki(*n.pki));
        } else {
            if (!pki->isMap())
                unsupported(Why::Structure);
            const MapView p{pki, kPkiKeys};
            field(p, "signingCertificate", o.pki->signingCertificate, n.pki->signingCertificate);
            field(p, "crlChecking", o.pki->crlChecking, n.pki->crlChecking);
            field(p, "crlPublished", o.pki->crlPublished, n.pki->crlPublished);
            field(p, "certificateTrustList", o.pki->certificateTrustList,
                  n.pki->certificateTrustList);
        }
    }
    // --- end PKI ---
    field(m, "installation", o.installation, n.installation);
    field(m, "release", o.release, n.release);
    listEntry(m, "addresses", o.addresses, n.addresses, alignByValue(o.addresses, n.addresses),
              mapItems("addresses", canonical::addressItem, 6, &Patcher::patchAddress));
    listEntry(m, "boundaries", o.boundaries, n.boundaries, alignByValue(o.boundaries, n.boundaries),
              mapItems("boundaries", canonical::boundaryItem, 6, &Patcher::patchBoundary));

    auto spec = mapItems("servers", canonical::serverItem, 6, &Patcher::patchServer);
    spec.ownLines = [this](const Server &server, int dash) {
        return movedServerLines(server, dash);
    };
    listEntry(m, "servers", o.servers, n.servers, alignById(o.servers, n.servers), spec);
}

// --- Site addresses and senders ------------------------------------------------------------------
void Patcher::patchAddress(const YamlNode *node, const SenderAddress &o, const SenderAddress &n)
{
    if (!node->isMap())
        unsupported(Why::Structure);
    const MapView m{node, kAddressKeys};
    field(m, "to", o.to, n.to);
    field(m, "type", o.type, n.type);
    field(m, "destination", o.destination, n.destination);
    field(m, "account", o.account, n.account);
    if (o.schedule != n.schedule) {
        // An unstated schedule is no key at all; a stated one is never an empty list.
        if (n.schedule.isEmpty()) {
            removeEntry(m, "schedule");
        } else if (o.schedule.isEmpty()) {
            QByteArray list = "[";
            for (qsizetype i = 0; i < n.schedule.size(); ++i)
                list += (i ? ", " : "") + yamlScalar(n.schedule.at(i));
            insertEntry(m, "schedule", list + ']');
        } else {
            patchStrings(m, "schedule", o.schedule, n.schedule);
        }
    }
    field(m, "rateLimit", o.rateLimit, n.rateLimit);
    field(m, "bandwidth", o.bandwidth, n.bandwidth);
    field(m, "latency", o.latency, n.latency);
}
// --- end of site addresses
// ------------------------------------------------------------------------

void Patcher::patchAccount(const YamlNode *node, const Account &o, const Account &n)
{
    if (!node->isMap())
        unsupported(Why::Structure);
    const MapView m{node, kAccountKeys};
    field(m, "name", o.name, n.name);
    field(m, "type", o.type, n.type);
    patchStrings(m, "sites", o.sites, n.sites);
    field(m, "generated", o.generated, n.generated);
    field(m, "passwordChange", o.passwordChange, n.passwordChange);
    field(m, "rotation", o.rotation, n.rotation);
    field(m, "rotationAccount", o.rotationAccount, n.rotationAccount);
    field(m, "domainAdmin", o.domainAdmin, n.domainAdmin);
    field(m, "custodians", o.custodians, n.custodians);
    field(m, "sealedCopy", o.sealedCopy, n.sealedCopy);
}

void Patcher::patchWaiver(const YamlNode *node, const Waiver &o, const Waiver &n)
{
    if (!node->isMap())
        unsupported(Why::Structure);
    const MapView m{node, kWaiverKeys};
    field(m, "finding", o.finding, n.finding);
    field(m, "justification", o.justification, n.justification);
    field(m, "approvedBy", o.approvedBy, n.approvedBy);
    field(m, "expires", o.expires, n.expires);
}

void Patcher::patchAttestation(const YamlNode *node, const Attestation &o, const Attestation &n)
{
    if (!node->isMap())
        unsupported(Why::Structure);
    const MapView m{node, kAttestationKeys};
    field(m, "item", o.item, n.item);
    field(m, "status", o.status, n.status);
    field(m, "note", o.note, n.note);
}

void Patcher::patchDirectory(const MapView &root, const Plan &o, const Plan &n)
{
    if (o.forest == n.forest && o.schemaExtended == n.schemaExtended &&
        o.publishing == n.publishing)
        return;
    const YamlNode *ad = root.value("activeDirectory");
    if (!n.forest && !n.schemaExtended && !n.publishing) {
        removeEntry(root, "activeDirectory");
        return;
    }
    if (!ad) {
        QByteArray entry = "activeDirectory:\n";
        if (n.forest)
            entry += "  forest: " + yamlScalar(*n.forest) + '\n';
        if (n.schemaExtended)
            entry += "  schemaExtended: " + token(*n.schemaExtended) + '\n';
        if (n.publishing)
            entry += "  publishing: " + token(*n.publishing) + '\n';
        insertBlockEntry(root, "activeDirectory", entry, 0);
        return;
    }
    if (!ad->isMap())
        unsupported(Why::Structure);
    const MapView m{ad, kDirectoryKeys};
    field(m, "forest", o.forest, n.forest);
    field(m, "schemaExtended", o.schemaExtended, n.schemaExtended);
    field(m, "publishing", o.publishing, n.publishing);
}

void Patcher::patchDocument(const MapView &root, const Plan &o, const Plan &n)
{
    if (o.documentVersion == n.documentVersion && o.documentStatus == n.documentStatus &&
        o.changeRecord == n.changeRecord)
        return;
    const YamlNode *document = root.value("document");
    if (!hasDocumentControl(n)) {
        removeEntry(root, "document");
        return;
    }
    if (!document) {
        insertBlockEntry(root, "document", canonical::documentEntry(n), 0);
        return;
    }
    if (!document->isMap())
        unsupported(Why::Structure);
    const MapView m{document, kDocumentKeys};
    field(m, "version", o.documentVersion, n.documentVersion);
    field(m, "status", o.documentStatus, n.documentStatus);
    listEntry(
        m, "changeRecord", o.changeRecord, n.changeRecord,
        alignByValue(o.changeRecord, n.changeRecord),
        mapItems("changeRecord", canonical::changeRecordItem, 4, &Patcher::patchChangeRecordEntry));
}

void Patcher::patchChangeRecordEntry(const YamlNode *node, const ChangeRecordEntry &o,
                                     const ChangeRecordEntry &n)
{
    if (!node->isMap())
        unsupported(Why::Structure);
    const MapView m{node, kChangeRecordKeys};
    field(m, "version", o.version, n.version);
    field(m, "date", o.date, n.date);
    field(m, "author", o.author, n.author);
    field(m, "summary", o.summary, n.summary);
}

void Patcher::patchDiagram(const MapView &root, const Plan &o, const Plan &n)
{
    // The diagram belongs to the editor (FORMAT.md): it is written whole, as savePlan does.
    if (o.diagram == n.diagram)
        return;
    const int i = root.find("diagram");
    if (i < 0) {
        insertBlockEntry(root, "diagram", canonical::diagramEntry(n.diagram), 0);
        return;
    }
    if (n.diagram.isEmpty()) {
        removeEntry(root, "diagram");
        return;
    }
    const YamlNode *k = root.node->key(std::size_t(i));
    const qsizetype keyStart = mSpans.start(k);
    if (!mSpans.onlySpacesBefore(keyStart))
        unsupported(Why::SharedLine);
    replace(mSpans.lineStart(keyStart),
            mSpans.nextLine(valueEnd(k, root.node->value(std::size_t(i)))),
            shifted(canonical::diagramEntry(n.diagram), mSpans.column(keyStart)));
}

void Patcher::indexServers(const MapView &root, const Plan &o)
{
    const YamlNode *sites = root.value("sites");
    if (!sites || !sites->isSequence() || qsizetype(sites->children.size()) != o.sites.size())
        return;
    for (qsizetype i = 0; i < o.sites.size(); ++i) {
        const YamlNode *site = sites->children[std::size_t(i)];
        const YamlNode *servers =
            site->isMap() ? MapView{site, kSiteKeys}.value("servers") : nullptr;
        const QList<Server> &list = o.sites.at(i).servers;
        if (!servers || !servers->isSequence() ||
            qsizetype(servers->children.size()) != list.size())
            continue;
        for (qsizetype j = 0; j < list.size(); ++j) {
            if (list.at(j).uid != 0)
                mServers.insert(list.at(j).uid, {servers->children[std::size_t(j)], &list.at(j)});
        }
    }
}

QByteArray Patcher::movedServerLines(const Server &server, int dash) const
{
    const auto it = mServers.constFind(server.uid);
    if (server.uid == 0 || it == mServers.cend() || !(*it->second == server))
        return {};
    const auto [from, to] = mSpans.itemLines(it->first);
    const qsizetype oldDash = mSpans.dashOf(it->first);
    if (from < 0 || oldDash < 0)
        return {};
    QByteArray lines = mSource.text.mid(from, to - from).replace("\r\n", "\n");
    if (!lines.endsWith('\n'))
        lines += '\n';
    return shifted(lines, dash - mSpans.column(oldDash));
}

QByteArray Patcher::run(const Plan &o, const Plan &n)
{
    const YamlNode *root = mSource.tree.root();
    if (!root || !root->isMap() || mSpans.style(root) != SourceSpans::Style::Block)
        unsupported(Why::Structure);
    const MapView m{root, kPlanKeys};
    indexServers(m, o);
    field(m, "hierarch", o.formatVersion, n.formatVersion);
    field(m, "name", o.name, n.name);
    field(m, "product", o.product, n.product);
    field(m, "author", o.author, n.author);
    field(m, "description", o.description, n.description);
    field(m, "release", o.release, n.release);
    patchDocument(m, o, n);
    field(m, "dnsDomain", o.dnsDomain, n.dnsDomain);
    patchDirectory(m, o, n);

    auto sites = mapItems("sites", canonical::siteItem, 2, &Patcher::patchSite);
    sites.removeKeyWhenEmpty = false;
    listEntry(m, "sites", o.sites, n.sites, alignById(o.sites, n.sites), sites);
    listEntry(m, "accounts", o.accounts, n.accounts, alignByValue(o.accounts, n.accounts),
              mapItems("accounts", canonical::accountItem, 2, &Patcher::patchAccount));
    listEntry(m, "waivers", o.waivers, n.waivers, alignByValue(o.waivers, n.waivers),
              mapItems("waivers", canonical::waiverItem, 2, &Patcher::patchWaiver));
    listEntry(m, "attestations", o.attestations, n.attestations,
              alignByValue(o.attestations, n.attestations),
              mapItems("attestations", canonical::attestationItem, 2, &Patcher::patchAttestation));

    patchDiagram(m, o, n);

    // Apply the edits in file order; an insertion goes before a replacement at the same place.
    std::stable_sort(mEdits.begin(), mEdits.end(), [](const Edit &a, const Edit &b) {
        if (a.from != b.from)
            return a.from < b.from;
        return (a.to == a.from) && (b.to != b.from);
    });
    const QByteArray newline = mSpans.newline();
    const QByteArray &text = mSource.text;
    QByteArray out;
    out.reserve(text.size() + 256);
    qsizetype at = 0;
    for (Edit &edit : mEdits) {
        if (edit.from < at)
            unsupported(Why::Overlap);
        if (edit.to > text.size())
            unsupported(Why::Text);
        out.append(text.constData() + at, edit.from - at);
        if (newline.size() == 2)
            edit.text.replace("\n", "\r\n");
        out += edit.text;
        at = edit.to;
    }
    out.append(text.constData() + at, text.size() - at);
    return out;
}

} // namespace hierarch::patcher
