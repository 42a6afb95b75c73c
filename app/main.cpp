// Hierarch's entry point: headless sub-commands run on a QCoreApplication (the report on an
// offscreen QApplication), so they need no display; everything else opens the editor. Only the
// editor follows the system language: `validate` and `rules` feed pipelines and stay English,
// and `report` speaks the language its --language option names.
#include "cli/cli.h"
#include "comparecontroller.h"
#include "mainwindow.h"
#include "theme.h"
#include "uilanguage.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Hierarch"));
    QCoreApplication::setApplicationName(QStringLiteral("hierarch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HIERARCH_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (hierarch::cli::needsGuiApplication(arguments)) {
        // The report draws charts and the diagram (graphics scenes need a QApplication) but
        // must run on a build server: no display unless the caller picks a platform.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        return hierarch::cli::run(app.arguments());
    }
    if (hierarch::cli::isCommand(arguments)) {
        QCoreApplication app(argc, argv);
        return hierarch::cli::run(app.arguments());
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Hierarch"));
    // Desktops match windows to org.hierarch.Hierarch.desktop (and its icon) by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.hierarch.Hierarch"));
    QApplication::setWindowIcon(hierarch::applicationIcon());
    // Before any widget exists: the window reads its texts once, when it is built.
    const QString language = hierarch::UiLanguage::setting();
    const QString effective = hierarch::UiLanguage::resolve(language);
    if (hierarch::UiLanguage::installTranslators(effective) && !language.isEmpty())
        QLocale::setDefault(hierarch::UiLanguage::localeFor(effective));
    hierarch::MainWindow window;
    window.show();
    const QStringList files = app.arguments().mid(1);
    if (files.size() == 3 && files.constFirst() == QLatin1String("--compare")) {
        // `hierarch --compare OLD NEW` (git difftool): edit NEW, compared with OLD.
        if (window.openFile(files.at(2)))
            window.compareController()->compareWithFile(files.at(1));
    } else if (!files.isEmpty()) {
        window.openFile(files.constFirst());
    }
    return app.exec();
}
