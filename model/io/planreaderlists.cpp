// The loader's plan-wide lists: accounts, waivers, attestations, the document record and the
// diagram positions.
#include "../rules/checklist.h"
#include "planreader_p.h"

namespace hierarch::loader {

Account Reader::readAccount(const YamlNode *node)
{
    const MapReader map(*this, node, QT_TR_NOOP("an account"),
                        {{"name"},
                         {"type"},
                         {"sites"},
                         {"generated"},
                         {"passwordChange"},
                         {"rotation"},
                         {"rotationAccount"},
                         {"domainAdmin"},
                         {"custodians"},
                         {"sealedCopy"}});
    Account account;
    account.pos = {node->line, node->column};
    account.name = readString(map.require("name"), "name");
    account.type = readEnum<AccountType>(map.require("type"), "type");
    const YamlNode *sites = map.require("sites");
    account.sites = readStringList(sites, "sites");
    if (account.sites.isEmpty())
        fail(sites, tr("%1 must name at least one site").arg(quoted("sites")));
    optBool(map, "generated", account.generated);
    optEnum(map, "passwordChange", account.passwordChange);
    optEnum(map, "rotation", account.rotation);
    optString(map, "rotationAccount", account.rotationAccount);
    optBool(map, "domainAdmin", account.domainAdmin);
    optInt(map, "custodians", account.custodians);
    optBool(map, "sealedCopy", account.sealedCopy);
    return account;
}

Waiver Reader::readWaiver(const YamlNode *node)
{
    const MapReader map(*this, node, QT_TR_NOOP("a waiver"),
                        {{"finding"}, {"justification"}, {"approvedBy"}, {"expires"}});
    Waiver waiver;
    waiver.pos = {node->line, node->column};
    const YamlNode *finding = map.require("finding");
    waiver.finding = readString(finding, "finding", TextKind::FindingId);
    if (!waiver.finding.contains(QLatin1Char('@')))
        fail(finding, tr("%1 must be a finding id written rule@subject, such as "
                         "`fsp-colocated@P01-FSP01`")
                          .arg(quoted("finding")));
    const YamlNode *justification = map.require("justification");
    waiver.justification = readString(justification, "justification", TextKind::FreeText);
    if (waiver.justification.trimmed().isEmpty())
        fail(justification, tr("%1 must not be empty").arg(quoted("justification")));
    optString(map, "approvedBy", waiver.approvedBy);
    if (const YamlNode *expires = map.get("expires"))
        waiver.expires = readDate(expires, "expires");
    return waiver;
}

Attestation Reader::readAttestation(const YamlNode *node)
{
    const MapReader map(*this, node, QT_TR_NOOP("an attestation"),
                        {{"item"}, {"status"}, {"note"}});
    Attestation attestation;
    attestation.pos = {node->line, node->column};
    const YamlNode *item = map.require("item");
    attestation.item = readString(item, "item");
    if (!findChecklistItem(attestation.item)) {
        QStringList ids;
        for (const ChecklistItem &i : checklistItems())
            ids << QString::fromLatin1(i.id);
        fail(item, withHint(tr("unknown checklist item %1").arg(quoted(attestation.item)),
                            attestation.item, ids));
    }
    optEnum(map, "status", attestation.status);
    optString(map, "note", attestation.note, TextKind::FreeText);
    return attestation;
}

void Reader::readDocument(const YamlNode *node, Plan &plan)
{
    const MapReader map(*this, node, QT_TR_NOOP("document"),
                        {{"version"}, {"status"}, {"changeRecord"}});
    optString(map, "version", plan.documentVersion);
    optEnum(map, "status", plan.documentStatus);
    if (const YamlNode *record = map.get("changeRecord")) {
        for (const YamlNode *n : readList(record, "changeRecord"))
            plan.changeRecord.append(readChangeRecordEntry(n));
    }
}

ChangeRecordEntry Reader::readChangeRecordEntry(const YamlNode *node)
{
    const MapReader map(*this, node, QT_TR_NOOP("a change record entry"),
                        {{"version"}, {"date"}, {"author"}, {"summary"}});
    ChangeRecordEntry entry;
    entry.pos = {node->line, node->column};
    entry.version = readString(map.require("version"), "version");
    entry.date = readDate(map.require("date"), "date");
    optString(map, "author", entry.author);
    optString(map, "summary", entry.summary, TextKind::FreeText);
    return entry;
}

void Reader::readDiagram(const YamlNode *node, Plan &plan)
{
    const MapReader map(*this, node, QT_TR_NOOP("diagram"), {{"sites"}});
    const YamlNode *sites = map.get("sites");
    if (!sites)
        return;
    visit(sites);
    if (!sites->isMap())
        fail(sites, tr("%1 must map site codes to [x, y] positions").arg(quoted("diagram.sites")));
    for (std::size_t i = 0; i < sites->mapSize(); ++i) {
        DiagramPosition position;
        position.siteCode = readString(sites->key(i), "diagram.sites");
        const YamlNode *point = visit(sites->value(i));
        if (!point->isSequence() || point->children.size() != 2) {
            fail(point, tr("the position of site %1 must be written [x, y]")
                            .arg(quoted(position.siteCode)));
        }
        position.x = readNumber(point->children[0], "x");
        position.y = readNumber(point->children[1], "y");
        plan.diagram.append(position);
    }
}

} // namespace hierarch::loader
