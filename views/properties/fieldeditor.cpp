#include "fieldeditor.h"

#include "rules/checklist.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFontMetrics>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QWheelEvent>

namespace hierarch {

namespace {

constexpr char kEditorProperty[] = "hierarch_fieldEditor";
constexpr int kMaxCount = 9999999;

bool isChecklistItemField(const FieldInfo &field)
{
    return field.owner == FieldOwner::Attestation && qstrcmp(field.key, "item") == 0;
}

// Free text that can run to several sentences gets a few lines in the Properties dock.
// A site's boundaries: one per line (README "Boundaries"), the list a network plan gives.
bool isLineList(const FieldInfo &field)
{
    return field.type == FieldType::TextList && field.owner == FieldOwner::Site &&
           qstrcmp(field.key, "boundaries") == 0;
}

bool isMultiLine(const FieldInfo &field)
{
    return isLineList(field) ||
           (field.type == FieldType::Text &&
            ((field.owner == FieldOwner::Plan && qstrcmp(field.key, "description") == 0) ||
             (field.owner == FieldOwner::Waiver && qstrcmp(field.key, "justification") == 0) ||
             (field.owner == FieldOwner::Attestation && qstrcmp(field.key, "note") == 0) ||
             (field.owner == FieldOwner::ChangeRecord && qstrcmp(field.key, "summary") == 0)));
}

QString boolText(bool value)
{
    return value ? QCoreApplication::translate("hierarch::FieldEditor", "yes")
                 : QCoreApplication::translate("hierarch::FieldEditor", "no");
}

} // namespace

FieldEditor::FieldEditor(const FieldInfo &field, Context context, QWidget *parent,
                         std::optional<Product> product)
    : mField(&field), mProduct(product)
{
    const bool inCell = context == Context::Cell;
    switch (field.type) {
    case FieldType::Enum:
        createCombo(parent);
        break;
    case FieldType::Bool:
        if (field.required) {
            mKind = Kind::Check;
            mCheck = new QCheckBox(parent);
            mWidget = mCheck;
            connect(mCheck, &QCheckBox::toggled, this, [this](bool on) { emit edited(on, false); });
        } else {
            createCombo(parent);
        }
        break;
    case FieldType::Count:
        mKind = Kind::Spin;
        mSpin = new QSpinBox(parent);
        mSpin->setRange(field.required ? 0 : -1, kMaxCount);
        mSpin->setKeyboardTracking(false); // typing 7500 is one edit, not four
        mSpin->setAccelerated(true);
        mWidget = mSpin;
        connect(mSpin, &QSpinBox::valueChanged, this,
                [this](int v) { emit edited(v < 0 ? QVariant() : QVariant(v), false); });
        break;
    case FieldType::Text:
    case FieldType::TextList:
    case FieldType::Date:
        if (isChecklistItemField(field) || takesPlanChoices(field)) {
            createCombo(parent);
        } else if (isMultiLine(field) && !inCell) {
            mKind = Kind::MultiLine;
            mPlain = new QPlainTextEdit(parent);
            mPlain->setTabChangesFocus(true);
            mPlain->setFixedHeight(QFontMetrics(mPlain->font()).lineSpacing() * 4 +
                                   2 * mPlain->frameWidth() + 8);
            mWidget = mPlain;
            connect(mPlain, &QPlainTextEdit::textChanged, this, [this] {
                const QVariant v = parseText(mPlain->toPlainText());
                if (v != mValue)
                    emit edited(v, true);
            });
        } else {
            mKind = Kind::Line;
            mLine = new QLineEdit(parent);
            mWidget = mLine;
            if (field.type == FieldType::Date) {
                mLine->setValidator(new QRegularExpressionValidator(
                    QRegularExpression(QStringLiteral("\\d{0,4}(-\\d{0,2}(-\\d{0,2})?)?")), mLine));
            }
            mCommitOnFinish = field.owner == FieldOwner::Site && qstrcmp(field.key, "code") == 0;
            if (!inCell) {
                connect(mLine, &QLineEdit::textEdited, this, &FieldEditor::onTextEdited);
                connect(mLine, &QLineEdit::editingFinished, this, &FieldEditor::onEditingFinished);
            }
        }
        break;
    }

    // The editor lives as long as its widget: a table deletes its cell editors when they close.
    setParent(mWidget);
    mWidget->setObjectName(QLatin1String(field.key));
    mWidget->setAccessibleName(field.displayLabel());
    mWidget->setProperty(kEditorProperty, QVariant::fromValue(static_cast<QObject *>(this)));
    if (!inCell && (mCombo || mSpin)) {
        // In a scrolling form the wheel scrolls the form; it changes a value only after a click.
        mWidget->setFocusPolicy(Qt::StrongFocus);
        mWidget->installEventFilter(this);
    }
}

bool FieldEditor::takesPlanChoices(const FieldInfo &field)
{
    return field.owner == FieldOwner::Role && qstrcmp(field.key, "site") == 0;
}

void FieldEditor::setChoices(const QStringList &values)
{
    if (!mCombo)
        return;
    const int fixed = mField->required ? 0 : 1;
    // A value outside the list that setValue() appended counts as a difference too.
    if (values == mChoices && mCombo->count() == fixed + values.size())
        return;
    mChoices = values;
    const QSignalBlocker blocker(mCombo);
    while (mCombo->count() > fixed)
        mCombo->removeItem(mCombo->count() - 1);
    for (const QString &v : values)
        mCombo->addItem(v, v);
}

FieldEditor *FieldEditor::of(const QWidget *widget)
{
    return widget
               ? qobject_cast<FieldEditor *>(widget->property(kEditorProperty).value<QObject *>())
               : nullptr;
}

void FieldEditor::createCombo(QWidget *parent)
{
    mKind = Kind::Combo;
    mCombo = new QComboBox(parent);
    mCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mCombo->setMinimumContentsLength(20);
    mWidget = mCombo;
    fillCombo();
    connect(mCombo, &QComboBox::activated, this, [this](int index) {
        const QVariant v = mCombo->itemData(index);
        if (v != mValue)
            emit edited(v, false);
    });
}

void FieldEditor::fillCombo()
{
    if (!mField->required)
        mCombo->addItem(QString()); // "(default: X)", filled in by updateComboDefault()
    if (mField->type == FieldType::Bool) {
        mCombo->addItem(boolText(true), true);
        mCombo->addItem(boolText(false), false);
    } else if (isChecklistItemField(*mField)) {
        for (const ChecklistItem &item : checklistItems()) {
            if (!item.isAttestable())
                continue;
            const QString id = QString::fromLatin1(item.id);
            mCombo->addItem(tr("%1 — %2").arg(id, checklistText(item.title)), id);
            mCombo->setItemData(mCombo->count() - 1, checklistText(item.title), Qt::ToolTipRole);
        }
    } else if (mField->enumValues) {
        for (const QString &v : mProduct ? enumValuesIn(*mField, *mProduct) : mField->enumValues())
            mCombo->addItem(displayText(*mField, v), v);
    }
    QFont italic = mCombo->font();
    italic.setItalic(true);
    for (int i = 0; i < mCombo->count(); ++i) {
        const bool isDefault = !mCombo->itemData(i).isValid();
        mCombo->setItemData(i, isDefault ? italic : mCombo->font(), Qt::FontRole);
        if (isDefault) {
            mCombo->setItemData(i, mCombo->palette().brush(QPalette::PlaceholderText),
                                Qt::ForegroundRole);
        }
    }
}

void FieldEditor::updateComboDefault()
{
    if (mField->required)
        return;
    const QString text =
        mDefault.isValid() ? tr("(default: %1)").arg(valueText(mDefault)) : tr("(not stated)");
    mCombo->setItemText(0, text);
}

QString FieldEditor::displayText(const FieldInfo &field, const QVariant &value)
{
    if (!value.isValid())
        return QString();
    switch (field.type) {
    case FieldType::Bool:
        return boolText(value.toBool());
    case FieldType::TextList:
        return value.toStringList().join(isLineList(field) ? QStringLiteral("\n")
                                                           : QStringLiteral(", "));
    case FieldType::Date:
        return value.toDate().toString(Qt::ISODate);
    case FieldType::Count:
        return QString::number(value.toInt());
    case FieldType::Enum:
        return enumValueLabel(value.toString());
    case FieldType::Text:
        return value.toString();
    }
    return QString();
}

QString FieldEditor::tooltipHtml(const QString &plainText)
{
    if (plainText.isEmpty())
        return QString();
    QString html = plainText.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return QLatin1String("<p>") + html + QLatin1String("</p>");
}

QString FieldEditor::valueText(const QVariant &value) const
{
    return displayText(*mField, value);
}

QVariant FieldEditor::parseText(const QString &text) const
{
    switch (mField->type) {
    case FieldType::TextList: {
        QStringList items;
        static const QRegularExpression separators(QStringLiteral("[,\\n]"));
        for (const QString &part : text.split(separators)) {
            if (!part.trimmed().isEmpty())
                items << part.trimmed();
        }
        if (items.isEmpty() && !mField->required)
            return {};
        return items;
    }
    case FieldType::Date: {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? QVariant(date) : QVariant();
    }
    default:
        if (text.isEmpty() && !mField->required)
            return {};
        return text;
    }
}

void FieldEditor::setValue(const QVariant &value, const QVariant &defaultValue)
{
    mValue = value;
    mDefault = defaultValue;
    const QSignalBlocker blocker(mWidget);
    switch (mKind) {
    case Kind::Combo: {
        updateComboDefault();
        int index = value.isValid() ? mCombo->findData(value) : 0;
        if (index < 0 && value.isValid()) {
            // A value outside the list (an unknown checklist id): show it rather than hide it.
            mCombo->addItem(valueText(value), value);
            index = mCombo->count() - 1;
        }
        mCombo->setCurrentIndex(index);
        break;
    }
    case Kind::Check:
        mCheck->setChecked(value.isValid() ? value.toBool() : defaultValue.toBool());
        break;
    case Kind::Spin:
        if (!mField->required) {
            // Setting the text rewrites the spin box's line edit, so only when it changes.
            const QString special =
                tr("default (%1)")
                    .arg(defaultValue.isValid() ? valueText(defaultValue) : QStringLiteral("0"));
            if (mSpin->specialValueText() != special)
                mSpin->setSpecialValueText(special);
        }
        if (mSpin->value() != (value.isValid() ? value.toInt() : -1))
            mSpin->setValue(value.isValid() ? value.toInt() : -1);
        break;
    case Kind::Line:
        // Leave the text (and the cursor in it) alone while it already means this value, so the
        // refresh after each keystroke does not disturb typing ("P01, " still means [P01]).
        if (parseText(mLine->text()) != value)
            mLine->setText(valueText(value));
        if (defaultValue.isValid())
            mLine->setPlaceholderText(valueText(defaultValue));
        else if (mField->type == FieldType::Date)
            mLine->setPlaceholderText(tr("YYYY-MM-DD"));
        else
            mLine->setPlaceholderText(mField->required ? QString() : tr("not stated"));
        break;
    case Kind::MultiLine:
        if (parseText(mPlain->toPlainText()) != value)
            mPlain->setPlainText(valueText(value));
        mPlain->setPlaceholderText(defaultValue.isValid() ? valueText(defaultValue)
                                   : mField->required     ? QString()
                                                          : tr("not stated"));
        break;
    }
    setUnstatedLook(!value.isValid());
}

QVariant FieldEditor::value() const
{
    switch (mKind) {
    case Kind::Combo:
        return mCombo->currentData();
    case Kind::Check:
        return mCheck->isChecked();
    case Kind::Spin:
        return mSpin->value() < 0 ? QVariant() : QVariant(mSpin->value());
    case Kind::Line:
        if (mField->type == FieldType::Date && !mLine->text().isEmpty() &&
            !parseText(mLine->text()).isValid())
            return mValue; // an unfinished date keeps what was there
        return parseText(mLine->text());
    case Kind::MultiLine:
        return parseText(mPlain->toPlainText());
    }
    return {};
}

void FieldEditor::setUnstatedLook(bool unstated)
{
    // An assumed value reads like a placeholder, so the reviewer sees what was not decided. Only
    // the roles set here override the inherited palette and font; empty ones restore them.
    if (mUnstatedLook == int(unstated))
        return; // restyling on every refresh would repolish the widget on each keystroke
    mUnstatedLook = int(unstated);
    QFont font;
    QPalette palette;
    if (unstated) {
        font.setItalic(true);
        if (mCombo || mSpin) {
            const QBrush grey = QApplication::palette(mWidget).brush(QPalette::PlaceholderText);
            palette.setBrush(QPalette::Text, grey);
            palette.setBrush(QPalette::ButtonText, grey);
        }
    }
    mWidget->setFont(font);
    mWidget->setPalette(palette);
}

void FieldEditor::onTextEdited()
{
    if (mCommitOnFinish)
        return;
    const QString text = mLine->text();
    const QVariant v = parseText(text);
    if (mField->type == FieldType::Date && !text.isEmpty() && !v.isValid())
        return; // not a whole date yet
    if (v != mValue)
        emit edited(v, true);
}

void FieldEditor::onEditingFinished()
{
    const QString text = mLine->text();
    if (mCommitOnFinish) {
        if (!text.trimmed().isEmpty() && text.trimmed() != mValue.toString())
            emit edited(text.trimmed(), false);
        else
            setValue(mValue, mDefault);
        return;
    }
    const QVariant v = parseText(text);
    if (mField->type == FieldType::Date && !text.isEmpty() && !v.isValid())
        setValue(mValue, mDefault); // an unfinished date: show what is stored
    else if (v != mValue)
        emit edited(v, true); // text set without a keystroke, e.g. by the completer
    emit finished();
}

bool FieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel && watched == mWidget && !mWidget->hasFocus()) {
        for (QWidget *w = mWidget->parentWidget(); w; w = w->parentWidget()) {
            if (auto *area = qobject_cast<QAbstractScrollArea *>(w)) {
                QCoreApplication::sendEvent(area->viewport(), event);
                return true;
            }
        }
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace hierarch
