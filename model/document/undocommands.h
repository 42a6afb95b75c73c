#pragma once

#include "document.h"

#include <QUndoCommand>

namespace hierarch {

// Merge ids of every mergeable command, in one place.
enum class CommandId { SetField = 1, RenameSite };

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
    // `sql` and its keys can create or drop the whole map; undo puts back the map as it was.
    bool mRestoresSql = false;
    std::optional<SqlSettings> mOldSql;
};

// Renames a site and, when it is the site that references by code resolve to, every reference:
// children's `parent`, roles' `site`, accounts' `sites` and its diagram position. Mergeable so
// that typing a code is one undo step.
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
    QVariant renamed(const QVariant &value) const;
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
class ListCommand : public DocumentCommand
{
public:
    ListCommand(Document *document, Document::ListKind kind, const QString &text,
                const std::function<void(Plan &)> &change, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document::ListKind mKind;
    Plan mBefore; // only the list of mKind is used
    Plan mAfter;
};

} // namespace hierarch
