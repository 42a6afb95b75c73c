#include "cli.h"

#include "export/findingsexport.h"
#include "io/checkedfile.h"
#include "io/planloader.h"
#include "io/textlimits.h"

#include <QCoreApplication>

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
        "  hierarch format FILE... [--check]\n"
        "  hierarch import CSV --into PLAN [--dry-run]\n"
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
        QStringLiteral("validate"),  QStringLiteral("rules"), QStringLiteral("report"),
        QStringLiteral("format"),    QStringLiteral("diff"),  QStringLiteral("import"),
        QStringLiteral("--help"),    QStringLiteral("-h"),    QStringLiteral("help"),
        QStringLiteral("--version"), QStringLiteral("-v")};
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
    if (command == QLatin1String("format"))
        return runFormat(rest);
    if (command == QLatin1String("import"))
        return runImport(rest);
    if (command == QLatin1String("--version") || command == QLatin1String("-v"))
        return printOut(QStringLiteral("hierarch %1\n").arg(programVersion())) ? Success : Failure;
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        return printOut(usage()) ? Success : Failure;
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
                 .arg(command, escapedControls(clippedForMessage(text))));
    return false;
}

bool printOut(const QString &text)
{
    return writeOutput(QString(), text.toUtf8());
}

void printErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

bool writeOutput(const QString &path, const QByteArray &bytes)
{
    QString error;
    if (writeFileChecked(path.isEmpty() ? CheckedWriter::standardOutputName() : path, bytes,
                         &error)) {
        return true;
    }
    printErr(QStringLiteral("hierarch: %1\n").arg(error));
    return false;
}

} // namespace hierarch::cli
