#include "waiverdialog.h"

#include "document/document.h"
#include "properties/fieldeditor.h"
#include "theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace hierarch {

WaiverDialog::WaiverDialog(const Document *document, const QString &findingId, QWidget *parent)
    : QDialog(parent), mFinding(new QComboBox), mJustification(new QPlainTextEdit),
      mApprovedBy(new QLineEdit), mExpires(new QLineEdit),
      mButtons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Add Waiver"));
    setObjectName(QStringLiteral("waiverDialog"));

    // Offer the findings that are not waived yet; any id can still be typed (a waiver may be
    // written ahead of the design change that will raise its finding).
    mFinding->setEditable(true);
    mFinding->setInsertPolicy(QComboBox::NoInsert);
    mFinding->setObjectName(QStringLiteral("finding"));
    mFinding->setMinimumContentsLength(40);
    mFinding->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    QStringList seen;
    for (const Finding &f : document->findings()) {
        if (f.waived || f.kind == Scope::Waiver || seen.contains(f.id()))
            continue;
        seen << f.id();
        mFinding->addItem(severityIcon(f.severity()), f.id());
        mFinding->setItemData(mFinding->count() - 1,
                              FieldEditor::tooltipHtml(f.translatedMessage()), Qt::ToolTipRole);
    }
    mFinding->setCurrentIndex(-1);
    mFinding->setEditText(findingId);

    mJustification->setObjectName(QStringLiteral("justification"));
    mJustification->setTabChangesFocus(true);
    mJustification->setPlaceholderText(tr("Why the risk is accepted, and until when"));
    mApprovedBy->setObjectName(QStringLiteral("approvedBy"));
    mApprovedBy->setPlaceholderText(tr("e.g. a change number"));
    mExpires->setObjectName(QStringLiteral("expires"));
    mExpires->setPlaceholderText(tr("YYYY-MM-DD"));
    mExpires->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\d{0,4}(-\\d{0,2}(-\\d{0,2})?)?")), mExpires));

    auto *form = new QFormLayout;
    form->addRow(tr("&Finding:"), mFinding);
    form->addRow(tr("&Justification:"), mJustification);
    form->addRow(tr("&Approved by:"), mApprovedBy);
    form->addRow(tr("&Expires:"), mExpires);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mButtons);

    connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mFinding, &QComboBox::editTextChanged, this, &WaiverDialog::updateOk);
    connect(mJustification, &QPlainTextEdit::textChanged, this, &WaiverDialog::updateOk);
    connect(mExpires, &QLineEdit::textChanged, this, &WaiverDialog::updateOk);
    updateOk();
}

Waiver WaiverDialog::waiver() const
{
    Waiver w;
    w.finding = mFinding->currentText().trimmed();
    w.justification = mJustification->toPlainText().trimmed();
    if (!mApprovedBy->text().trimmed().isEmpty())
        w.approvedBy = mApprovedBy->text().trimmed();
    const QDate expires = QDate::fromString(mExpires->text(), Qt::ISODate);
    if (expires.isValid())
        w.expires = expires;
    return w;
}

void WaiverDialog::updateOk()
{
    const bool dateOk =
        mExpires->text().isEmpty() || QDate::fromString(mExpires->text(), Qt::ISODate).isValid();
    mButtons->button(QDialogButtonBox::Ok)
        ->setEnabled(!mFinding->currentText().trimmed().isEmpty() &&
                     !mJustification->toPlainText().trimmed().isEmpty() && dateOk);
}

} // namespace hierarch
