#include "preferencesdialog.h"

#include "uilanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace hierarch {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), mLanguage(new QComboBox(this)), mRestartNote(new QLabel(this)),
      mButtons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("PreferencesDialog"));
    setWindowTitle(tr("Preferences"));

    // Languages are listed by their own names, so a user who cannot read the current language
    // still finds theirs; the first entry says which one the system asks for.
    mLanguage->setObjectName(QStringLiteral("language"));
    mLanguage->addItem(
        tr("System default (%1)").arg(UiLanguage::nativeName(UiLanguage::systemLanguage())),
        QString());
    for (const QString &code : UiLanguage::available())
        mLanguage->addItem(UiLanguage::nativeName(code), code);
    mLanguage->setAccessibleName(tr("Language"));
    mLanguage->setAccessibleDescription(
        tr("The language of menus, panels, messages and the design report the editor writes."));
    mLanguage->setToolTip(mLanguage->accessibleDescription());

    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(mLanguage);

    mRestartNote->setObjectName(QStringLiteral("restartNote"));
    mRestartNote->setWordWrap(true);
    mRestartNote->setTextFormat(Qt::PlainText);
    mRestartNote->setText(tr("A new language takes effect when Hierarch is started again."));

    auto *form = new QFormLayout;
    form->addRow(languageLabel, mLanguage);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mRestartNote);
    layout->addStretch(1);
    layout->addWidget(mButtons);

    connect(mButtons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mLanguage, &QComboBox::currentIndexChanged, this,
            &PreferencesDialog::updateRestartNote);

    // Room for the note on two lines at most, in either language.
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    setLanguage(UiLanguage::setting());
    mLanguage->setFocus();
}

QString PreferencesDialog::language() const
{
    return mLanguage->currentData().toString();
}

void PreferencesDialog::setLanguage(const QString &code)
{
    const int index =
        mLanguage->findData(UiLanguage::available().contains(code) ? code : QString());
    mLanguage->setCurrentIndex(std::max(index, 0));
    updateRestartNote();
}

void PreferencesDialog::accept()
{
    UiLanguage::setSetting(language());
    QDialog::accept();
}

void PreferencesDialog::updateRestartNote()
{
    // Emphasise the note once the choice differs from the language the window speaks now.
    const bool differs = UiLanguage::resolve(language()) != UiLanguage::current();
    QFont font = mRestartNote->font();
    font.setBold(differs);
    mRestartNote->setFont(font);
}

} // namespace hierarch
