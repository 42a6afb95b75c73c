#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace hierarch {

// The languages Hierarch speaks and the translators that make it speak one. The editor follows
// the system's preferred languages unless Preferences names one (read once at start, so a change
// takes effect after a restart); `hierarch report --language` picks the report's. Both load the
// catalog embedded as :/i18n/hierarch_<code>.qm, plus Qt's own for standard buttons and dialogs.
class UiLanguage
{
public:
    // The QSettings key of the choice: "" follows the system, otherwise a code of available().
    static QString settingsKey();
    // Language codes with a catalog, English (the source language) first.
    static QStringList available();
    // The language's name in that language ("English", "Deutsch"): the way people look for it.
    static QString nativeName(const QString &code);

    static QString setting();
    static void setSetting(const QString &code);

    // The first available language of the system's preferred UI languages (honours LANGUAGE,
    // LC_MESSAGES, LANG), English when none is available.
    static QString systemLanguage();
    // The first available language of a preference list such as QLocale::uiLanguages() gives.
    static QString languageFor(const QStringList &uiLanguages);
    // The language a setting means: itself when available, else the system's.
    static QString resolve(const QString &setting);

    // Installs the catalogs for `code` on the application ("en" installs none). Returns false when
    // Hierarch's catalog for the language is missing from this build; Qt's own catalog is optional
    // (a system without it shows Qt's standard buttons in English).
    static bool installTranslators(const QString &code);
    // The language the installed translators speak: "en" until installTranslators() succeeded.
    static QString current();
    // The locale for numbers and dates that goes with `code`: the system's when it speaks that
    // language, else that language with the system's country (so paper size and the like stay).
    static QLocale localeFor(const QString &code);
};

} // namespace hierarch
