#pragma once

#include "document/fields.h"
#include "selection.h"

#include <QDockWidget>

#include <map>

class QFormLayout;
class QLabel;
class QScrollArea;
class QStringListModel;

namespace hierarch {

class Document;
class FieldEditor;
struct FieldTarget;

// The Properties dock: every FORMAT.md field of the selected plan, site, server or role, with a
// widget that fits its type and a tooltip saying what it means and which rules it feeds.
// One form is built per kind of item (plan, site, server, ...) and kept: selecting another item
// of a kind already seen only fills in its values, and switching kinds swaps the form in the
// scroll area, so a click on the canvas never waits for dozens of widgets to be created. The
// forms are rebuilt when the product changes, since it decides which fields exist. Document
// changes only update the values, so typing in a field is never interrupted by the refresh its
// own edit causes.
class PropertiesDock : public QDockWidget
{
    Q_OBJECT

public:
    PropertiesDock(Document *document, Selection *selection, QWidget *parent = nullptr);
    ~PropertiesDock() override;

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
    struct Form
    {
        QWidget *widget = nullptr; // in the scroll area while shown, else without a parent
        QFormLayout *layout = nullptr;
        QList<Row> rows;
        QList<QWidget *> headings; // one per group, index = Row::group
    };

    void showCurrentItem();
    Form &formFor(FieldOwner owner);
    void discardForms();
    void refresh();
    void onDocumentChanged();
    FieldTarget target() const;
    const void *object() const;
    bool isRowVisible(const FieldInfo &field, const void *object) const;
    QString title(const void *object) const;
    void addHeading(Form &form, const QString &text);
    void addFieldRow(Form &form, const FieldInfo &field, int group);

    Document *mDocument;
    Selection *mSelection;
    QLabel *mTitle;
    QScrollArea *mScroll;
    QStringListModel *mSiteCodes;      // what the site-reference fields complete from
    std::map<FieldOwner, Form> mForms; // built for mProduct; node addresses stay put
    Form *mForm = nullptr;             // the one shown
    Selection::Item mItem;
    int mProduct = -1;
};

} // namespace hierarch
