#pragma once

#include "selection.h"

#include <QDockWidget>

class QFormLayout;
class QLabel;
class QScrollArea;

namespace hierarch {

class Document;
class FieldEditor;
struct FieldInfo;
struct FieldTarget;

// The Properties dock: every FORMAT.md field of the selected plan, site, server or role, with a
// widget that fits its type and a tooltip saying what it means and which rules it feeds.
// The form is built once per selection (or product); document changes only update the values,
// so typing in a field is never interrupted by the refresh its own edit causes.
class PropertiesDock : public QDockWidget
{
    Q_OBJECT

public:
    PropertiesDock(Document *document, Selection *selection, QWidget *parent = nullptr);

    // The editor widget of a field key ("clientMode", "sql.authentication"), or null; for tests
    // and for focusing a field from elsewhere (e.g. a finding's "edit this" action).
    QWidget *editorFor(const QString &key) const;
    // Gives the keyboard focus to the first field that takes it (Enter on the canvas, Edit >
    // Properties), or to the form when none does.
    void focusFirstEditor();

private:
    struct Row
    {
        const FieldInfo *field = nullptr;
        FieldEditor *editor = nullptr; // null for read-only rows
        QWidget *widget = nullptr;
        int group = 0;
    };

    void rebuild();
    void refresh();
    void onDocumentChanged();
    FieldTarget target() const;
    const void *object() const;
    bool isRowVisible(const FieldInfo &field, const void *object) const;
    QString title(const void *object) const;
    void addHeading(const QString &text);
    void addFieldRow(const FieldInfo &field, int group);

    Document *mDocument;
    Selection *mSelection;
    QLabel *mTitle;
    QScrollArea *mScroll;
    QWidget *mForm = nullptr;
    QFormLayout *mLayout = nullptr;
    QList<Row> mRows;
    QList<QWidget *> mHeadings; // one per group, index = Row::group
    Selection::Item mItem;
    int mProduct = -1;
};

} // namespace hierarch
