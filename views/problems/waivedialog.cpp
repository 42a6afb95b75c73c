#include "waivedialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hierarch {

WaiveDialog::WaiveDialog(const QString &findingId, QWidget *parent)
    : QDialog(parent), mJustification(new QPlainTextEdit(this)), mApprover(new QLineEdit(this)),
      mExpiresCheck(new QCheckBox(tr("&Expires on"), this)), mExpires(new QDateEdit(this)),
      mButtons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Waive Finding"));

    auto *intro = new QLabel(tr("Accept this finding as a known risk. The waiver is saved with "
                                "the plan and listed in the report."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    auto *id = new QLabel(findingId, this);
    id->setTextFormat(Qt::PlainText);
    id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    id->setObjectName(QStringLiteral("findingId"));

    mJustification->setObjectName(QStringLiteral("justification"));
    mJustification->setTabChangesFocus(true);
    mJustification->setPlaceholderText(tr("Why the risk is acceptable, and what mitigates it"));
    mJustification->setMinimumHeight(80);
    mApprover->setObjectName(QStringLiteral("approver"));
    mApprover->setPlaceholderText(tr("Optional"));
    mExpiresCheck->setObjectName(QStringLiteral("expiresCheck"));
    mExpires->setObjectName(QStringLiteral("expires"));
    mExpires->setAccessibleName(tr("Expiry date"));
    mExpires->setCalendarPopup(true);
    mExpires->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    mExpires->setDate(QDate::currentDate().addMonths(6));
    mExpires->setEnabled(false);

    auto *expiresRow = new QHBoxLayout;
    expiresRow->addWidget(mExpiresCheck);
    expiresRow->addWidget(mExpires, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("Finding:"), id);
    form->addRow(tr("&Justification:"), mJustification);
    form->addRow(tr("&Approved by:"), mApprover);
    form->addRow(QString(), expiresRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(mButtons);

    mButtons->button(QDialogButtonBox::Ok)->setText(tr("&Waive"));
    connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mJustification, &QPlainTextEdit::textChanged, this, &WaiveDialog::updateState);
    connect(mExpiresCheck, &QCheckBox::toggled, mExpires, &QWidget::setEnabled);
    updateState();
    resize(440, sizeHint().height());
}

QString WaiveDialog::justification() const
{
    return mJustification->toPlainText().trimmed();
}

QString WaiveDialog::approver() const
{
    return mApprover->text().trimmed();
}

std::optional<QDate> WaiveDialog::expires() const
{
    if (!mExpiresCheck->isChecked())
        return std::nullopt;
    return mExpires->date();
}

void WaiveDialog::setJustification(const QString &text)
{
    mJustification->setPlainText(text);
}

void WaiveDialog::setApprover(const QString &text)
{
    mApprover->setText(text);
}

void WaiveDialog::setExpires(const std::optional<QDate> &date)
{
    mExpiresCheck->setChecked(date.has_value());
    if (date)
        mExpires->setDate(*date);
}

void WaiveDialog::updateState()
{
    // A waiver without a reason is refused by the format; do not let one be made.
    mButtons->button(QDialogButtonBox::Ok)->setEnabled(!justification().isEmpty());
}

} // namespace hierarch
