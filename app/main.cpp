// Hierarch's entry point: headless sub-commands run on a QCoreApplication, so they need no
// display; everything else is the editor.
#include "cli/cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Hierarch"));
    QCoreApplication::setApplicationName(QStringLiteral("hierarch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HIERARCH_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QCoreApplication app(argc, argv);
    if (hierarch::cli::isCommand(arguments))
        return hierarch::cli::run(app.arguments());
    // The editor is not part of this build yet; without a command, explain how to use the CLI.
    return hierarch::cli::run({arguments.value(0), QStringLiteral("--help")});
}
