#include "cli.h"

#include "export/findingsexport.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace hierarch::cli {

namespace {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(hierarch::Cli)
};

QString usage()
{
    return CliText::tr(
        "Usage:\n"
        "  hierarch [FILE]                      open the editor (optionally on FILE)\n"
        "  hierarch validate FILE... [--format text|json|sarif] [--fail-on "
        "error|warning|info|never]\n"
        "                           [--as-of YYYY-MM-DD] [--output OUT]\n"
        "  hierarch report FILE --output OUT.pdf [--language en|de] [--as-of YYYY-MM-DD]\n"
        "  hierarch diff OLD NEW [--format text|json|sarif] [--fail-on "
        "error|warning|info|never]\n"
        "                        [--as-of YYYY-MM-DD] [--output OUT]\n"
        "  hierarch diff FILE                   the file at HEAD vs the working copy\n"
        "  hierarch --compare OLD NEW           open the editor on NEW, compared with OLD\n"
        "  hierarch rules [--format text|json] [--product sms2003|configmgr2007]\n"
        "  hierarch --help | --version\n"
        "\n"
        "Hierarch plans Microsoft SMS 2003 and Configuration Manager 2007 site hierarchies and\n"
        "checks them against the vendor's security best practices.\n"
        "Run 'hierarch COMMAND --help' for the options of a command.\n");
}

} // namespace

bool isCommand(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    static const QStringList commands{
        QStringLiteral("validate"), QStringLiteral("rules"),     QStringLiteral("report"),
        QStringLiteral("diff"),     QStringLiteral("--help"),    QStringLiteral("-h"),
        QStringLiteral("help"),     QStringLiteral("--version"), QStringLiteral("-v")};
    return commands.contains(first);
}

bool needsGuiApplication(const QStringList &arguments)
{
    return arguments.size() >= 2 && arguments.at(1) == QLatin1String("report");
}

int run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("validate"))
        return runValidate(rest);
    if (command == QLatin1String("rules"))
        return runRules(rest);
    if (command == QLatin1String("report"))
        return runReport(rest);
    if (command == QLatin1String("diff"))
        return runDiff(rest);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        printOut(QStringLiteral("hierarch %1\n").arg(programVersion()));
        return Success;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        printOut(usage());
        return Success;
    }
    printErr(usage());
    return Failure;
}

QCommandLineOption asOfOption()
{
    return QCommandLineOption(QStringLiteral("as-of"),
                              CliText::tr("Validation date for waiver expiry (default today)."),
                              QStringLiteral("YYYY-MM-DD"));
}

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                              CliText::tr("Show this help."));
}

bool readAsOf(const QCommandLineParser &parser, const QCommandLineOption &option,
              const QString &command, QDate &date)
{
    date = QDate::currentDate();
    if (!parser.isSet(option))
        return true;
    const QString text = parser.value(option);
    date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (date.isValid())
        return true;
    printErr(CliText::tr("hierarch %1: --as-of needs a date written YYYY-MM-DD, not '%2'\n")
                 .arg(command, text));
    return false;
}

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

bool writeOutput(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty()) {
        std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
        return std::fflush(stdout) == 0;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        printErr(CliText::tr("hierarch: cannot write %1: %2\n").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace hierarch::cli
