#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace hierarch {

namespace {

QPointer<QTranslator> gOwnTranslator;
QPointer<QTranslator> gQtTranslator;
QString gCurrent = QStringLiteral("en");

void removeTranslators()
{
    for (QPointer<QTranslator> *translator : {&gOwnTranslator, &gQtTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete translator->data();
        }
    }
    gCurrent = QStringLiteral("en");
}

} // namespace

QString UiLanguage::settingsKey()
{
    return QStringLiteral("ui/language");
}

QStringList UiLanguage::available()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QString UiLanguage::nativeName(const QString &code)
{
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

QString UiLanguage::setting()
{
    const QString value = QSettings().value(settingsKey()).toString();
    return available().contains(value) ? value : QString();
}

void UiLanguage::setSetting(const QString &code)
{
    QSettings settings;
    if (available().contains(code))
        settings.setValue(settingsKey(), code);
    else
        settings.remove(settingsKey());
}

QString UiLanguage::systemLanguage()
{
    return languageFor(QLocale::system().uiLanguages());
}

QString UiLanguage::languageFor(const QStringList &uiLanguages)
{
    for (const QString &name : uiLanguages) {
        const QLocale::Language language = QLocale(name).language();
        for (const QString &code : available()) {
            if (QLocale(code).language() == language)
                return code;
        }
    }
    return QStringLiteral("en");
}

QString UiLanguage::resolve(const QString &setting)
{
    return available().contains(setting) ? setting : systemLanguage();
}

// English needs no catalog of its own here: its plural forms ("1 waiver") are hierarch_en.qm,
// which the model installs for every program at start-up (finding.cpp). This function only adds
// and removes the German catalog on top of it, so choosing English keeps the plural forms.
bool UiLanguage::installTranslators(const QString &code)
{
    removeTranslators();
    if (code == QLatin1String("en"))
        return true;
    if (!available().contains(code))
        return false;

    auto *own = new QTranslator(QCoreApplication::instance());
    if (!own->load(QStringLiteral(":/i18n/hierarch_%1.qm").arg(code))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    gOwnTranslator = own;

    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        gQtTranslator = qt;
    } else {
        delete qt;
    }
    gCurrent = code;
    return true;
}

QString UiLanguage::current()
{
    return gCurrent;
}

QLocale UiLanguage::localeFor(const QString &code)
{
    const QLocale system = QLocale::system();
    const QLocale::Language language = QLocale(code).language();
    if (system.language() == language)
        return system;
    const QLocale withCountry(language, system.territory());
    return withCountry.language() == language ? withCountry : QLocale(language);
}

} // namespace hierarch
