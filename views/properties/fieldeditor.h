#pragma once

#include "document/fields.h"

#include <QObject>
#include <QVariant>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QWidget;

namespace hierarch {

// One editing widget for one FORMAT.md field, chosen by the field's type. The Properties dock and
// the list tables share it, so a field looks and behaves the same in both places: an unstated
// value shows its default greyed and in italics, and every optional field has a way back to
// "not stated". It reports edits as the QVariant that Document::setField takes.
class FieldEditor : public QObject
{
    Q_OBJECT

public:
    // Form: the Properties dock, where edits apply as they happen (typing included). Cell: a
    // table cell editor, read through value() when the cell commits; it emits edited() only for
    // choices, so the delegate can commit those at once.
    enum class Context { Form, Cell };

    // `field` must live in the fieldsOf() tables: undo commands keep its address. The widget is
    // made a child of `parent`, and the editor a child of its widget, so both go together.
    // With a product, choices are those the product has (enumValuesIn()).
    FieldEditor(const FieldInfo &field, Context context, QWidget *parent,
                std::optional<Product> product = std::nullopt);

    const FieldInfo &field() const { return *mField; }
    QWidget *widget() const { return mWidget; }
    // The editor that owns a widget made by a FieldEditor, or null.
    static FieldEditor *of(const QWidget *widget);

    // Shows `value` (invalid: not stated, so `defaultValue` applies) without emitting edited().
    // A text being typed keeps its text and cursor when it already means `value`.
    void setValue(const QVariant &value, const QVariant &defaultValue);
    // The value the widget shows now, in the form Document::setField takes.
    QVariant value() const;
    // For fields whose choices come from the plan (a role's served site: the plan's site codes),
    // the values offered after the "not stated" entry. Call before setValue().
    void setChoices(const QStringList &values);
    // Whether the field is chosen from the plan's values (setChoices) rather than typed.
    static bool takesPlanChoices(const FieldInfo &field);

    // The text a value reads as (shared with the list tables); invalid shows as "".
    static QString displayText(const FieldInfo &field, const QVariant &value);
    // Plain text as a rich-text tooltip: Qt would guess that text like "<b>x</b>" is HTML, so
    // every tooltip is built as escaped HTML instead.
    static QString tooltipHtml(const QString &plainText);

signals:
    // `merge` is set for the keystrokes of a typing burst, which fold into one undo step;
    // choices (combo, check box, spin box) report merge = false, one step each.
    void edited(const QVariant &value, bool merge);
    // The user left a text field: a later burst of typing is a new undo step.
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Kind { Combo, Check, Spin, Line, MultiLine };

    void createCombo(QWidget *parent);
    void fillCombo();
    void updateComboDefault();
    QVariant parseText(const QString &text) const;
    QString valueText(const QVariant &value) const;
    void setUnstatedLook(bool unstated);
    void onTextEdited();
    void onEditingFinished();

    const FieldInfo *mField;
    std::optional<Product> mProduct;
    Kind mKind = Kind::Line;
    QWidget *mWidget = nullptr;
    QComboBox *mCombo = nullptr;
    QCheckBox *mCheck = nullptr;
    QSpinBox *mSpin = nullptr;
    QLineEdit *mLine = nullptr;
    QPlainTextEdit *mPlain = nullptr;
    QStringList mChoices;
    QVariant mValue;
    QVariant mDefault;
    int mUnstatedLook = -1;       // the look last applied: -1 none yet, 0 stated, 1 unstated
    bool mCommitOnFinish = false; // site codes: a rename per finished edit, not per keystroke
};

} // namespace hierarch
