#pragma once

#include "document.h"

#include <QUndoCommand>

namespace hierarch {

// Merge ids of every mergeable command, in one place.
enum class CommandId { SetField = 1, RenameSite, RenameServer };

// Command texts translate under this one context.
QString commandText(const char *text);

// Base for commands that act on a Document.
class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(Document *document, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent), mDocument(document)
    {}

protected:
    Document *mDocument;
};

class InsertSiteCommand : public DocumentCommand
{
public:
    InsertSiteCommand(Document *document, int index, Site site, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    int mIndex;
    Site mSite;
};

class RemoveSiteCommand : public DocumentCommand
{
public:
    RemoveSiteCommand(Document *document, ItemId site, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ItemId mId;
    int mIndex = -1;
    Site mSite;
};

class InsertServerCommand : public DocumentCommand
{
public:
    InsertServerCommand(Document *document, ItemId site, int index, Server server,
                        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ItemId mSite;
    int mIndex;
    Server mServer;
};

class RemoveServerCommand : public DocumentCommand
{
public:
    RemoveServerCommand(Document *document, ItemId server, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ItemId mId;
    ItemId mSite = 0;
    int mIndex = -1;
    Server mServer;
};

class InsertRoleCommand : public DocumentCommand
{
public:
    InsertRoleCommand(Document *document, ItemId server, int index, RoleAssignment role,
                      QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ItemId mServer;
    int mIndex;
    RoleAssignment mRole;
};

class RemoveRoleCommand : public DocumentCommand
{
public:
    RemoveRoleCommand(Document *document, ItemId server, int index, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ItemId mServer;
    int mIndex;
    RoleAssignment mRole;
};

// The one command for every field of every object (FieldInfo tables).
class SetFieldCommand : public DocumentCommand
{
public:
    SetFieldCommand(Document *document, const FieldTarget &target, const FieldInfo &field,
                    QVariant value, bool mergeable, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return mMergeable ? int(CommandId::SetField) : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    FieldTarget mTarget;
    const FieldInfo *mField;
    QVariant mOld;
    QVariant mNew;
    bool mMergeable;
    int mMergeGroup;
    // `sql` and `pki` keys can create or drop the whole map; undo puts back the map as it was
    // (with where it was written, so a save keeps the author's layout).
    bool mRestoresSql = false;
    std::optional<SqlSettings> mOldSql;
    bool mRestoresPki = false;
    std::optional<PkiSettings> mOldPki;
    // The editor edits `boundaries` as texts, which carry no source positions: undo puts back
    // the list itself, so that the patcher finds each boundary where the author wrote it.
    bool mRestoresBoundaries = false;
    QList<Boundary> mOldBoundaries;
};

// The waivers whose finding id (`rule@subject`, FORMAT.md) names `subject` with a rule of this
// scope, by index: the findings of a site or server that is being renamed. Subjects are compared
// as written, like the waivers themselves; none when another site or server (`taken`) keeps
// the old spelling, since the waiver then still names something in the plan.
QList<int> waiversNaming(const Plan &plan, Scope scope, const QString &subject, bool taken);
// `finding` with its subject replaced ("rule@OLD" -> "rule@NEW").
QString renamedFinding(const QString &finding, const QString &subject);

// Renames a site and, when it is the site that references by code resolve to, every reference:
// children's `parent`, roles' `site`, accounts' `sites` and its diagram position; waivers of its
// findings follow it too (waiversNaming). Mergeable so that typing a code is one undo step.
class RenameSiteCommand : public DocumentCommand
{
public:
    RenameSiteCommand(Document *document, ItemId site, QString code, bool mergeable);
    void redo() override;
    void undo() override;
    int id() const override { return mMergeable ? int(CommandId::RenameSite) : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    struct Reference
    {
        FieldTarget target;
        const FieldInfo *field;
        QVariant old;
    };
    QVariant renamed(const Reference &ref) const;
    void updateText();

    ItemId mSite;
    QString mOldCode;
    QString mNewCode;
    bool mMergeable;
    int mMergeGroup;
    bool mIsFirst = false; // the site references by code resolve to
    QList<Reference> mReferences;
    QList<DiagramPosition> mOldDiagram;
};

// Renames a server; the waivers of its findings follow it (waiversNaming). Mergeable so that
// typing a name in the Properties panel is one undo step.
class RenameServerCommand : public DocumentCommand
{
public:
    RenameServerCommand(Document *document, ItemId server, QString name, bool mergeable);
    void redo() override;
    void undo() override;
    int id() const override { return mMergeable ? int(CommandId::RenameServer) : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void updateText();

    ItemId mServer;
    QString mOldName;
    QString mNewName;
    bool mMergeable;
    int mMergeGroup;
    QList<int> mWaivers;      // indices in the plan's waivers
    QStringList mOldFindings; // their finding ids before the rename
};

class SetDiagramCommand : public DocumentCommand
{
public:
    SetDiagramCommand(Document *document, QList<DiagramPosition> diagram, const QString &text,
                      QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QList<DiagramPosition> mOld;
    QList<DiagramPosition> mNew;
};

// Accounts, waivers and attestations are short lists; a command keeps the list before and after.
// `change` adds the member at `index` (`adds`) or removes the member at `index`.
class ListCommand : public DocumentCommand
{
public:
    ListCommand(Document *document, Document::ListKind kind, bool adds, int index,
                const QString &text, const std::function<void(Plan &)> &change,
                QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document::ListKind mKind;
    bool mAdds;
    int mIndex;
    Plan mBefore; // only the list of mKind is used
    Plan mAfter;
};

} // namespace hierarch
