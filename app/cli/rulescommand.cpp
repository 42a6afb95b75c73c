// `hierarch rules`: the catalog for people (text) and for tools (json).
#include "cli.h"

#include "export/findingsexport.h"
#include "io/planloader.h"
#include "io/textlimits.h"
#include "rules/ruleinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hierarch::cli {

namespace {

struct RulesText
{
    Q_DECLARE_TR_FUNCTIONS(hierarch::Cli)
};

QString latin1(const char *s)
{
    return QString::fromLatin1(s);
}

QByteArray rulesText(const QList<const RuleInfo *> &rules)
{
    qsizetype idWidth = 2;
    for (const RuleInfo *r : rules)
        idWidth = std::max<qsizetype>(idWidth, qstrlen(r->id));
    QString out = QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                      .arg(QStringLiteral("ID"), -int(idWidth))
                      .arg(QStringLiteral("SEVERITY"), -8)
                      .arg(QStringLiteral("CATEGORY"), -12)
                      .arg(QStringLiteral("SCOPE"), -9)
                      .arg(QStringLiteral("PRODUCTS"), -13)
                      .arg(QStringLiteral("TITLE"));
    for (const RuleInfo *r : rules) {
        out += QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                   .arg(latin1(r->id), -int(idWidth))
                   .arg(latin1(enumName(r->severity)), -8)
                   .arg(latin1(enumName(r->category)), -12)
                   .arg(latin1(enumName(r->scope)), -9)
                   .arg(latin1(enumName(r->products)), -13)
                   .arg(ruleText(r->title));
    }
    // English without a catalog, like validate's summary line (validatecommand.cpp).
    out += rules.size() == 1 ? QStringLiteral("1 rule\n")
                             : QStringLiteral("%1 rules\n").arg(rules.size());
    return out.toUtf8();
}

QByteArray rulesJson(const QList<const RuleInfo *> &rules)
{
    QJsonArray array;
    for (const RuleInfo *r : rules) {
        QJsonObject o{{QStringLiteral("id"), latin1(r->id)},
                      {QStringLiteral("severity"), latin1(enumName(r->severity))},
                      {QStringLiteral("category"), latin1(enumName(r->category))},
                      {QStringLiteral("scope"), latin1(enumName(r->scope))},
                      {QStringLiteral("products"), latin1(enumName(r->products))},
                      {QStringLiteral("title"), QString::fromUtf8(r->title)},
                      {QStringLiteral("rationale"), QString::fromUtf8(r->rationale)},
                      {QStringLiteral("remediation"), QString::fromUtf8(r->remediation)},
                      {QStringLiteral("source"), QString::fromUtf8(r->source)}};
        if (const char *sms = rationaleFor(*r, Product::Sms2003); sms != r->rationale)
            o.insert(QStringLiteral("rationaleSms2003"), QString::fromUtf8(sms));
        if (r->remediationSms2003) {
            o.insert(QStringLiteral("remediationSms2003"),
                     QString::fromUtf8(r->remediationSms2003));
        }
        array.append(o);
    }
    const QJsonObject root{
        {QStringLiteral("tool"), QJsonObject{{QStringLiteral("name"), QStringLiteral("hierarch")},
                                             {QStringLiteral("version"), programVersion()},
                                             {QStringLiteral("rulesVersion"), 1}}},
        {QStringLiteral("rules"), array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

int runRules(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RulesText::tr("Lists the rule catalog."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    RulesText::tr("Output format: text or json (default text)."),
                                    QStringLiteral("text|json"), QStringLiteral("text"));
    const QCommandLineOption product(QStringLiteral("product"),
                                     RulesText::tr("Only the rules that run for this product."),
                                     QStringLiteral("sms2003|configmgr2007"));
    const QCommandLineOption help = helpOption();
    parser.addOptions({format, product, help});
    if (!parser.parse(arguments)) {
        printErr(QStringLiteral("hierarch rules: %1\n").arg(parser.errorText()));
        return Failure;
    }
    if (parser.isSet(help)) {
        const bool printed = printOut(parser.helpText().replace(
            QCoreApplication::arguments().constFirst(), QLatin1String("hierarch rules")));
        return printed ? Success : Failure;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printErr(RulesText::tr("hierarch rules: unexpected argument '%1'\n")
                     .arg(escapedControls(
                         clippedForMessage(parser.positionalArguments().constFirst()))));
        return Failure;
    }
    std::optional<Product> only;
    if (parser.isSet(product)) {
        only = enumFromName<Product>(QStringView(parser.value(product)));
        if (!only) {
            printErr(RulesText::tr("hierarch rules: unknown product '%1' (sms2003 or "
                                   "configmgr2007)\n")
                         .arg(escapedControls(clippedForMessage(parser.value(product)))));
            return Failure;
        }
    }
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("text") && formatName != QLatin1String("json")) {
        printErr(RulesText::tr("hierarch rules: unknown format '%1' (text or json)\n")
                     .arg(escapedControls(clippedForMessage(formatName))));
        return Failure;
    }

    QList<const RuleInfo *> rules;
    for (const RuleInfo &info : ruleCatalog()) {
        if (!only || productsInclude(info.products, *only))
            rules.append(&info);
    }
    const QByteArray out =
        formatName == QLatin1String("json") ? rulesJson(rules) : rulesText(rules);
    return writeOutput(QString(), out) ? Success : Failure;
}

} // namespace hierarch::cli
