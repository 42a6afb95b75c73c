#include "findingactions.h"

#include "document/document.h"
#include "finding.h"

#include <QCoreApplication>

namespace hierarch {

namespace {

// A server is named by its site's code and its own name; codes compare like the document
// resolves them (case-insensitively), and a duplicate code is searched in every site that has
// it before falling back to a server of that name anywhere.
std::optional<Selection::Item> serverItem(const Document &document, const Finding &finding)
{
    const Plan &plan = document.plan();
    const Server *fallback = nullptr;
    for (const Site &site : plan.sites) {
        const bool home = site.code.compare(finding.site, Qt::CaseInsensitive) == 0;
        for (const Server &server : site.servers) {
            if (server.name == finding.subject && home)
                return Selection::Item{Selection::Item::Server, server.uid, -1};
            if (!fallback && server.name.compare(finding.subject, Qt::CaseInsensitive) == 0)
                fallback = &server;
        }
    }
    if (fallback)
        return Selection::Item{Selection::Item::Server, fallback->uid, -1};
    return std::nullopt;
}

} // namespace

const Finding *findFinding(const Document &document, const QString &findingId)
{
    if (findingId.isEmpty())
        return nullptr;
    for (const Finding &f : document.findings()) {
        if (f.id() == findingId)
            return &f;
    }
    return nullptr;
}

std::optional<Selection::Item> selectionItemFor(const Document &document, const Finding &finding)
{
    const Plan &plan = document.plan();
    switch (finding.kind) {
    case Scope::Hierarchy:
        return Selection::Item{Selection::Item::Plan, 0, -1};
    case Scope::Site: {
        const int index = document.siteIndexByCode(finding.subject);
        if (index < 0)
            return std::nullopt;
        return Selection::Item{Selection::Item::Site, plan.sites.at(index).uid, -1};
    }
    case Scope::Server:
        return serverItem(document, finding);
    case Scope::Account:
        for (int i = 0; i < int(plan.accounts.size()); ++i) {
            if (plan.accounts.at(i).name == finding.subject)
                return Selection::Item{Selection::Item::Account, 0, i};
        }
        return std::nullopt;
    case Scope::Waiver:
        for (int i = 0; i < int(plan.waivers.size()); ++i) {
            if (plan.waivers.at(i).finding == finding.subject)
                return Selection::Item{Selection::Item::Waiver, 0, i};
        }
        return std::nullopt;
    }
    return std::nullopt;
}

bool isWaivable(const Finding &finding)
{
    return finding.kind != Scope::Waiver;
}

bool waiveFinding(Document *document, const QString &findingId, const QString &justification,
                  const QString &approver, const std::optional<QDate> &expires)
{
    const QString text = justification.trimmed();
    if (!document || findingId.isEmpty() || text.isEmpty())
        return false;
    Waiver waiver;
    waiver.finding = findingId;
    waiver.justification = text;
    if (!approver.trimmed().isEmpty())
        waiver.approvedBy = approver.trimmed();
    if (expires && expires->isValid())
        waiver.expires = *expires;
    document->addWaiver(waiver);
    return true;
}

QList<int> waiversOf(const Document &document, const QString &findingId)
{
    QList<int> indices;
    const QList<Waiver> &waivers = document.plan().waivers;
    for (int i = 0; i < int(waivers.size()); ++i) {
        if (waivers.at(i).finding == findingId)
            indices << i;
    }
    return indices;
}

bool removeWaiversOf(Document *document, const QString &findingId)
{
    if (!document)
        return false;
    const QList<int> indices = waiversOf(*document, findingId);
    if (indices.isEmpty())
        return false;
    // Several waivers may name the same finding; removing them is still one user action.
    const bool macro = indices.size() > 1;
    if (macro)
        document->undoStack()->beginMacro(
            QCoreApplication::translate("hierarch::Problems", "Remove Waivers of %1")
                .arg(findingId));
    for (auto it = indices.crbegin(); it != indices.crend(); ++it)
        document->removeWaiver(*it);
    if (macro)
        document->undoStack()->endMacro();
    return true;
}

QString categoryDisplayName(Category category)
{
    switch (category) {
    case Category::Structure:
        return QCoreApplication::translate("hierarch::Problems", "Structure");
    case Category::Security:
        return QCoreApplication::translate("hierarch::Problems", "Security");
    case Category::Availability:
        return QCoreApplication::translate("hierarch::Problems", "Availability");
    case Category::Capacity:
        return QCoreApplication::translate("hierarch::Problems", "Capacity");
    case Category::Accounts:
        return QCoreApplication::translate("hierarch::Problems", "Accounts");
    case Category::Review:
        return QCoreApplication::translate("hierarch::Problems", "Review");
    }
    return QString();
}

QString scopeDisplayName(Scope scope)
{
    switch (scope) {
    case Scope::Hierarchy:
        return QCoreApplication::translate("hierarch::Problems", "Hierarchy");
    case Scope::Site:
        return QCoreApplication::translate("hierarch::Problems", "Site");
    case Scope::Server:
        return QCoreApplication::translate("hierarch::Problems", "Server");
    case Scope::Account:
        return QCoreApplication::translate("hierarch::Problems", "Account");
    case Scope::Waiver:
        return QCoreApplication::translate("hierarch::Problems", "Waiver");
    }
    return QString();
}

} // namespace hierarch
