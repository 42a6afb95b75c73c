#include "undocommands.h"

#include "rules/ruleinfo.h"

#include <QCoreApplication>

namespace hierarch {

QString commandText(const char *text)
{
    return QCoreApplication::translate("hierarch::Commands", text);
}

InsertSiteCommand::InsertSiteCommand(Document *document, int index, Site site, QUndoCommand *parent)
    : DocumentCommand(document, QString(), parent), mIndex(index), mSite(std::move(site))
{}

void InsertSiteCommand::redo()
{
    mDocument->applyInsertSite(mIndex, mSite);
}

void InsertSiteCommand::undo()
{
    mSite = mDocument->applyRemoveSite(mSite.uid);
}

RemoveSiteCommand::RemoveSiteCommand(Document *document, ItemId site, QUndoCommand *parent)
    : DocumentCommand(document, QString(), parent), mId(site)
{}

void RemoveSiteCommand::redo()
{
    mIndex = mDocument->siteIndex(mId);
    mSite = mDocument->applyRemoveSite(mId);
}

void RemoveSiteCommand::undo()
{
    mDocument->applyInsertSite(mIndex, mSite);
}

InsertServerCommand::InsertServerCommand(Document *document, ItemId site, int index, Server server,
                                         QUndoCommand *parent)
    : DocumentCommand(document, QString(), parent), mSite(site), mIndex(index),
      mServer(std::move(server))
{}

void InsertServerCommand::redo()
{
    mDocument->applyInsertServer(mSite, mIndex, mServer);
}

void InsertServerCommand::undo()
{
    mServer = mDocument->applyRemoveServer(mServer.uid);
}

RemoveServerCommand::RemoveServerCommand(Document *document, ItemId server, QUndoCommand *parent)
    : DocumentCommand(document, QString(), parent), mId(server)
{}

void RemoveServerCommand::redo()
{
    mSite = mDocument->siteOfServer(mId);
    mIndex = mDocument->serverLocation(mId).server;
    mServer = mDocument->applyRemoveServer(mId);
}

void RemoveServerCommand::undo()
{
    mDocument->applyInsertServer(mSite, mIndex, mServer);
}

InsertRoleCommand::InsertRoleCommand(Document *document, ItemId server, int index,
                                     RoleAssignment role, QUndoCommand *parent)
    : DocumentCommand(document, QString(), parent), mServer(server), mIndex(index),
      mRole(std::move(role))
{}

void InsertRoleCommand::redo()
{
    mDocument->applyInsertRole(mServer, mIndex, mRole);
}

void InsertRoleCommand::undo()
{
    mRole = mDocument->applyRemoveRole(mServer, mIndex);
}

RemoveRoleCommand::RemoveRoleCommand(Document *document, ItemId server, int index,
                                     QUndoCommand *parent)
    : DocumentCommand(document, QString(), parent), mServer(server), mIndex(index)
{}

void RemoveRoleCommand::redo()
{
    mRole = mDocument->applyRemoveRole(mServer, mIndex);
}

void RemoveRoleCommand::undo()
{
    mDocument->applyInsertRole(mServer, mIndex, mRole);
}

SetFieldCommand::SetFieldCommand(Document *document, const FieldTarget &target,
                                 const FieldInfo &field, QVariant value, bool mergeable,
                                 QUndoCommand *parent)
    : DocumentCommand(document,
                      commandText(QT_TRANSLATE_NOOP("hierarch::Commands", "Change %1 of %2"))
                          .arg(field.displayLabel(), document->targetName(target)),
                      parent),
      mTarget(target), mField(&field), mOld(document->field(target, field)), mNew(std::move(value)),
      mMergeable(mergeable), mMergeGroup(document->mergeGroup())
{
    if (target.owner == FieldOwner::Server && QLatin1String(field.key).startsWith(u"sql")) {
        mRestoresSql = true;
        if (const Server *server = document->server(target.id))
            mOldSql = server->sql;
    }
    if (target.owner == FieldOwner::Site && QLatin1String(field.key).startsWith(u"pki.")) {
        mRestoresPki = true;
        if (const Site *site = document->site(target.id))
            mOldPki = site->pki;
    }
    if (target.owner == FieldOwner::Site && QLatin1String(field.key) == u"boundaries") {
        mRestoresBoundaries = true;
        if (const Site *site = document->site(target.id))
            mOldBoundaries = site->boundaries;
    }
}

void SetFieldCommand::redo()
{
    mDocument->applySetField(mTarget, *mField, mNew);
}

void SetFieldCommand::undo()
{
    if (mRestoresSql)
        mDocument->applySetServerSql(mTarget.id, mOldSql, *mField);
    else if (mRestoresPki)
        mDocument->applySetSitePki(mTarget.id, mOldPki, *mField);
    else if (mRestoresBoundaries)
        mDocument->applySetSiteBoundaries(mTarget.id, mOldBoundaries, *mField);
    else
        mDocument->applySetField(mTarget, *mField, mOld);
}

bool SetFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetFieldCommand *>(other);
    if (!o->mMergeable || o->mMergeGroup != mMergeGroup || o->mTarget != mTarget ||
        o->mField != mField)
        return false;
    mNew = o->mNew;
    return true;
}

QList<int> waiversNaming(const Plan &plan, Scope scope, const QString &subject, bool taken)
{
    QList<int> out;
    if (taken || subject.isEmpty())
        return out;
    for (int w = 0; w < int(plan.waivers.size()); ++w) {
        const QString &finding = plan.waivers.at(w).finding;
        const qsizetype at = finding.indexOf(QLatin1Char('@'));
        if (at <= 0 || QStringView(finding).mid(at + 1) != subject)
            continue;
        const RuleInfo *rule = findRule(QStringView(finding).left(at));
        if (rule && rule->scope == scope)
            out << w;
    }
    return out;
}

QString renamedFinding(const QString &finding, const QString &subject)
{
    const qsizetype at = finding.indexOf(QLatin1Char('@'));
    return at < 0 ? finding : finding.left(at + 1) + subject;
}

RenameSiteCommand::RenameSiteCommand(Document *document, ItemId site, QString code, bool mergeable)
    : DocumentCommand(document, QString()), mSite(site), mNewCode(std::move(code)),
      mMergeable(mergeable), mMergeGroup(document->mergeGroup()),
      mOldDiagram(document->plan().diagram)
{
    const Site *s = document->site(site);
    mOldCode = s->code;
    updateText();
    const Plan &plan = document->plan();
    // Findings name the site as written; another site spelled the same keeps its waivers.
    const bool taken = std::any_of(plan.sites.begin(), plan.sites.end(), [&](const Site &other) {
        return other.uid != site && other.code == mOldCode;
    });
    const FieldInfo &waiverFinding = *findField(FieldOwner::Waiver, u"finding");
    for (int w : waiversNaming(plan, Scope::Site, mOldCode, taken))
        mReferences.append(
            {{FieldOwner::Waiver, 0, w}, &waiverFinding, plan.waivers.at(w).finding});
    // References resolve to the first site with a code; only that site's references follow it.
    mIsFirst = document->siteIndexByCode(mOldCode) == document->siteIndex(site);
    if (!mIsFirst)
        return;
    auto refersToOld = [this](const QString &code) {
        return code.compare(mOldCode, Qt::CaseInsensitive) == 0;
    };
    const FieldInfo &parentField = *findField(FieldOwner::Site, u"parent");
    const FieldInfo &roleSite = *findField(FieldOwner::Role, u"site");
    const FieldInfo &accountSites = *findField(FieldOwner::Account, u"sites");
    const FieldInfo &addressTo = *findField(FieldOwner::Address, u"to");
    for (const Site &other : plan.sites) {
        for (int a = 0; a < int(other.addresses.size()); ++a) {
            if (refersToOld(other.addresses.at(a).to))
                mReferences.append(
                    {{FieldOwner::Address, other.uid, a}, &addressTo, other.addresses.at(a).to});
        }
        if (other.uid != site && other.parent && refersToOld(*other.parent))
            mReferences.append({{FieldOwner::Site, other.uid}, &parentField, *other.parent});
        for (const Server &server : other.servers) {
            for (int r = 0; r < int(server.roles.size()); ++r) {
                const RoleAssignment &role = server.roles.at(r);
                if (role.site && refersToOld(*role.site))
                    mReferences.append({{FieldOwner::Role, server.uid, r}, &roleSite, *role.site});
            }
        }
    }
    for (int a = 0; a < int(plan.accounts.size()); ++a) {
        const QStringList &sites = plan.accounts.at(a).sites;
        if (std::any_of(sites.begin(), sites.end(), refersToOld))
            mReferences.append({{FieldOwner::Account, 0, a}, &accountSites, sites});
    }
}

QVariant RenameSiteCommand::renamed(const Reference &ref) const
{
    const QVariant &value = ref.old;
    if (ref.target.owner == FieldOwner::Waiver)
        return renamedFinding(value.toString(), mNewCode);
    if (value.typeId() == QMetaType::QStringList) {
        QStringList list = value.toStringList();
        for (QString &code : list) {
            if (code.compare(mOldCode, Qt::CaseInsensitive) == 0)
                code = mNewCode;
        }
        return list;
    }
    return mNewCode;
}

void RenameSiteCommand::updateText()
{
    setText(commandText(QT_TRANSLATE_NOOP("hierarch::Commands", "Rename Site %1 to %2"))
                .arg(mOldCode, mNewCode));
}

void RenameSiteCommand::redo()
{
    const FieldInfo &code = *findField(FieldOwner::Site, u"code");
    mDocument->applySetField({FieldOwner::Site, mSite}, code, mNewCode);
    for (const Reference &ref : std::as_const(mReferences))
        mDocument->applySetField(ref.target, *ref.field, renamed(ref));
    // The position moves with the site that owned it under the old code, unless the new code
    // already has one.
    if (!mIsFirst)
        return;
    QList<DiagramPosition> diagram = mOldDiagram;
    const bool taken = std::any_of(diagram.begin(), diagram.end(),
                                   [this](const auto &p) { return p.siteCode == mNewCode; });
    if (!taken) {
        for (DiagramPosition &p : diagram) {
            if (p.siteCode == mOldCode)
                p.siteCode = mNewCode;
        }
    }
    if (diagram != mDocument->plan().diagram)
        mDocument->applySetDiagram(diagram);
}

void RenameSiteCommand::undo()
{
    const FieldInfo &code = *findField(FieldOwner::Site, u"code");
    for (const Reference &ref : std::as_const(mReferences))
        mDocument->applySetField(ref.target, *ref.field, ref.old);
    mDocument->applySetField({FieldOwner::Site, mSite}, code, mOldCode);
    if (mDocument->plan().diagram != mOldDiagram)
        mDocument->applySetDiagram(mOldDiagram);
}

bool RenameSiteCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const RenameSiteCommand *>(other);
    if (!o->mMergeable || o->mMergeGroup != mMergeGroup || o->mSite != mSite ||
        o->mIsFirst != mIsFirst || o->mReferences.size() != mReferences.size())
        return false;
    // Only when the next keystroke renames exactly the references this one renamed; otherwise
    // undoing the merged step could not restore them all.
    for (qsizetype i = 0; i < mReferences.size(); ++i) {
        if (o->mReferences.at(i).target != mReferences.at(i).target)
            return false;
    }
    mNewCode = o->mNewCode;
    updateText();
    return true;
}

RenameServerCommand::RenameServerCommand(Document *document, ItemId server, QString name,
                                         bool mergeable)
    : DocumentCommand(document, QString()), mServer(server), mNewName(std::move(name)),
      mMergeable(mergeable), mMergeGroup(document->mergeGroup())
{
    mOldName = document->server(server)->name;
    updateText();
    const Plan &plan = document->plan();
    bool taken = false;
    for (const Site &site : plan.sites) {
        taken = taken ||
                std::any_of(site.servers.begin(), site.servers.end(),
                            [&](const Server &s) { return s.uid != server && s.name == mOldName; });
    }
    mWaivers = waiversNaming(plan, Scope::Server, mOldName, taken);
    for (int w : std::as_const(mWaivers))
        mOldFindings << plan.waivers.at(w).finding;
}

void RenameServerCommand::updateText()
{
    setText(commandText(QT_TRANSLATE_NOOP("hierarch::Commands", "Rename Server %1 to %2"))
                .arg(mOldName, mNewName));
}

void RenameServerCommand::redo()
{
    mDocument->applySetField({FieldOwner::Server, mServer}, *findField(FieldOwner::Server, u"name"),
                             mNewName);
    const FieldInfo &finding = *findField(FieldOwner::Waiver, u"finding");
    for (qsizetype i = 0; i < mWaivers.size(); ++i)
        mDocument->applySetField({FieldOwner::Waiver, 0, mWaivers.at(i)}, finding,
                                 renamedFinding(mOldFindings.at(i), mNewName));
}

void RenameServerCommand::undo()
{
    const FieldInfo &finding = *findField(FieldOwner::Waiver, u"finding");
    for (qsizetype i = 0; i < mWaivers.size(); ++i)
        mDocument->applySetField({FieldOwner::Waiver, 0, mWaivers.at(i)}, finding,
                                 mOldFindings.at(i));
    mDocument->applySetField({FieldOwner::Server, mServer}, *findField(FieldOwner::Server, u"name"),
                             mOldName);
}

bool RenameServerCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const RenameServerCommand *>(other);
    // Only when the next keystroke carries exactly the waivers this one carried; otherwise
    // undoing the merged step could not restore them all.
    if (!o->mMergeable || o->mMergeGroup != mMergeGroup || o->mServer != mServer ||
        o->mWaivers != mWaivers)
        return false;
    mNewName = o->mNewName;
    updateText();
    return true;
}

SetDiagramCommand::SetDiagramCommand(Document *document, QList<DiagramPosition> diagram,
                                     const QString &text, QUndoCommand *parent)
    : DocumentCommand(document, text, parent), mOld(document->plan().diagram),
      mNew(std::move(diagram))
{}

void SetDiagramCommand::redo()
{
    mDocument->applySetDiagram(mNew);
}

void SetDiagramCommand::undo()
{
    mDocument->applySetDiagram(mOld);
}

ListCommand::ListCommand(Document *document, Document::ListKind kind, bool adds, int index,
                         const QString &text, const std::function<void(Plan &)> &change,
                         QUndoCommand *parent)
    : DocumentCommand(document, text, parent), mKind(kind), mAdds(adds), mIndex(index)
{
    const Plan &plan = document->plan();
    mBefore.accounts = plan.accounts;
    mBefore.waivers = plan.waivers;
    mBefore.attestations = plan.attestations;
    mBefore.changeRecord = plan.changeRecord;
    mAfter = mBefore;
    change(mAfter);
}

void ListCommand::redo()
{
    const Plan after = mAfter;
    mDocument->applyListChange(mKind, mAdds, mIndex, [after](Plan &plan) {
        plan.accounts = after.accounts;
        plan.waivers = after.waivers;
        plan.attestations = after.attestations;
        plan.changeRecord = after.changeRecord;
    });
}

void ListCommand::undo()
{
    const Plan before = mBefore;
    mDocument->applyListChange(mKind, !mAdds, mIndex, [before](Plan &plan) {
        plan.accounts = before.accounts;
        plan.waivers = before.waivers;
        plan.attestations = before.attestations;
        plan.changeRecord = before.changeRecord;
    });
}

} // namespace hierarch
