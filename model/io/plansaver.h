#pragma once

#include "../plan.h"

#include <QByteArray>
#include <QString>

namespace hierarch {

// Writes a plan in format v1: keys in FORMAT.md's order, only the values the plan states, sites
// and servers in document order. The output is deterministic, so saving an unmodified file the
// editor wrote gives the same bytes.
QByteArray savePlan(const Plan &plan);

// Writes through QSaveFile, so a crash or a full disk leaves the old file in place. On failure
// returns false with a message for people in `error`.
bool savePlanFile(const Plan &plan, const QString &path, QString *error = nullptr);

// A YAML scalar for `text` that reads back as the same string: plain where that is safe,
// otherwise double-quoted with escapes.
QByteArray yamlScalar(const QString &text);
// The double-quoted form of `text`, for a value whose author quoted it.
QByteArray yamlDoubleQuoted(const QString &text);

// Pieces of the canonical layout, exactly as savePlan() writes them (block items with their dash
// at savePlan's indentation, LF line ends). The format-preserving saver re-indents them where a
// plan file gains an item or a key.
namespace canonical {
QByteArray siteItem(const Site &site);                          // "  - code: ..."
QByteArray serverItem(const Server &server);                    // "      - name: ..."
QByteArray addressItem(const SenderAddress &address);           // "      - to: ..."
QByteArray accountItem(const Account &account);                 // "  - name: ..."
QByteArray boundaryItem(const Boundary &boundary);              // "      - subnet: ..."
QByteArray waiverItem(const Waiver &waiver);                    // "  - finding: ..."
QByteArray attestationItem(const Attestation &attestation);     // "  - item: ..."
QByteArray diagramEntry(const QList<DiagramPosition> &diagram); // "diagram:\n  sites: ..."
QByteArray changeRecordItem(const ChangeRecordEntry &entry);    // "    - version: ..."
QByteArray documentEntry(const Plan &plan);                     // "document:\n  version: ..."
QByteArray role(const RoleAssignment &role); // "site-server" or "{role: ..., site: ...}"
QByteArray sql(const SqlSettings &settings); // "{authentication: ..., ...}"
QByteArray pki(const PkiSettings &settings); // "{signingCertificate: ..., ...}"
QByteArray value(bool b);
QByteArray value(int i);
QByteArray value(const QDate &d);
} // namespace canonical

} // namespace hierarch
