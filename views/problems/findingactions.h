#pragma once

#include "rules/ruleinfo.h"
#include "selection.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace hierarch {

class Document;
struct Finding;

// What the Problems dock does with a finding, kept apart from the widgets so that the dialog,
// the context menu and the tests share one code path. A finding names its subject by code or
// name (that is what its id and the file use); these functions turn that back into the
// document's items.

// The finding with this id among the document's live findings, or null.
const Finding *findFinding(const Document &document, const QString &findingId);

// The item a finding is about: the plan, a site, a server, an account or a waiver. Empty when
// the subject no longer exists in the plan.
std::optional<Selection::Item> selectionItemFor(const Document &document, const Finding &finding);

// Whether a waiver may name this finding: waivers apply to rule findings, not to the review
// findings about waivers themselves.
bool isWaivable(const Finding &finding);

// Adds a waiver for the finding as one undo step. Refuses (returns false) an empty
// justification; an empty approver is left unstated.
bool waiveFinding(Document *document, const QString &findingId, const QString &justification,
                  const QString &approver = QString(),
                  const std::optional<QDate> &expires = std::nullopt);

// The indices of the plan's waivers that name this finding, in file order.
QList<int> waiversOf(const Document &document, const QString &findingId);

// Removes every waiver that names the finding as one undo step; false when there is none.
bool removeWaiversOf(Document *document, const QString &findingId);

// Names for people, translated.
QString categoryDisplayName(Category category);
QString scopeDisplayName(Scope scope);

} // namespace hierarch
