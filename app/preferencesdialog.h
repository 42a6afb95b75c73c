#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace hierarch {

// Edit ▸ Preferences: the settings that outlive a plan. Today that is the interface language
// ("System default", English, Deutsch); the window is built once with the language it started
// in, so the dialog says a change takes effect at the next start instead of half-translating the
// open window.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // The chosen language code: "" for the system default, otherwise "en" or "de".
    QString language() const;
    void setLanguage(const QString &code);

    // Stores the choice (QSettings, UiLanguage::settingsKey()).
    void accept() override;

private:
    void updateRestartNote();

    QComboBox *mLanguage;
    QLabel *mRestartNote;
    QDialogButtonBox *mButtons;
};

} // namespace hierarch
