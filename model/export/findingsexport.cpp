#include "findingsexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace hierarch {

namespace {

QString latin1(const char *s)
{
    return QString::fromLatin1(s);
}

QJsonObject subjectJson(const Finding &f)
{
    QJsonObject subject{{QStringLiteral("kind"), latin1(enumName(f.kind))},
                        {QStringLiteral("name"), f.subject}};
    if (f.kind == Scope::Server)
        subject.insert(QStringLiteral("site"), f.site);
    return subject;
}

QJsonObject errorJson(const LoadError &e)
{
    return {{QStringLiteral("line"), e.line},
            {QStringLiteral("column"), e.column},
            {QStringLiteral("message"), e.message}};
}

// A relative reference for a file name as the user gave it, safe as a SARIF "uri".
QString fileUri(const QString &file)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(file, "/:"));
}

QString sarifLevel(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("note");
}

QJsonObject sarifRule(const RuleInfo &info)
{
    const QString rationale = QString::fromUtf8(info.rationale);
    const QString remediation = QString::fromUtf8(info.remediation);
    QString help = rationale;
    if (const char *sms = rationaleFor(info, Product::Sms2003); sms != info.rationale)
        help += QStringLiteral("\n\nOn SMS 2003: ") + QString::fromUtf8(sms);
    help += QStringLiteral("\n\nRemediation: ") + remediation;
    if (info.remediationSms2003)
        help += QStringLiteral("\n\nSMS 2003: ") + QString::fromUtf8(info.remediationSms2003);
    help += QStringLiteral("\n\nSource: ") + QString::fromUtf8(info.source);
    return {{QStringLiteral("id"), latin1(info.id)},
            {QStringLiteral("shortDescription"),
             QJsonObject{{QStringLiteral("text"), QString::fromUtf8(info.title)}}},
            {QStringLiteral("fullDescription"), QJsonObject{{QStringLiteral("text"), rationale}}},
            {QStringLiteral("help"), QJsonObject{{QStringLiteral("text"), help}}},
            {QStringLiteral("defaultConfiguration"),
             QJsonObject{{QStringLiteral("level"), sarifLevel(info.severity)}}},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("category"), latin1(enumName(info.category))},
                         {QStringLiteral("scope"), latin1(enumName(info.scope))},
                         {QStringLiteral("products"), latin1(enumName(info.products))},
                         {QStringLiteral("source"), QString::fromUtf8(info.source)}}}};
}

QJsonObject sarifLocation(const QString &file, int fileIndex, int line, int column)
{
    QJsonObject region{{QStringLiteral("startLine"), std::max(1, line)}};
    if (column > 0)
        region.insert(QStringLiteral("startColumn"), column);
    return {{QStringLiteral("physicalLocation"),
             QJsonObject{{QStringLiteral("artifactLocation"),
                          QJsonObject{{QStringLiteral("uri"), fileUri(file)},
                                      {QStringLiteral("index"), fileIndex}}},
                         {QStringLiteral("region"), region}}}};
}

} // namespace

QJsonObject findingToJson(const Finding &f)
{
    const RuleInfo &info = f.info();
    QJsonObject o{{QStringLiteral("id"), f.id()},
                  {QStringLiteral("rule"), latin1(info.id)},
                  {QStringLiteral("severity"), latin1(enumName(info.severity))},
                  {QStringLiteral("category"), latin1(enumName(info.category))},
                  {QStringLiteral("subject"), subjectJson(f)},
                  {QStringLiteral("message"), f.message()},
                  {QStringLiteral("line"), f.pos.line},
                  {QStringLiteral("waived"), f.waived}};
    if (f.waived)
        o.insert(QStringLiteral("justification"), f.waiverJustification);
    return o;
}

QJsonObject toolToJson()
{
    return {{QStringLiteral("name"), QStringLiteral("hierarch")},
            {QStringLiteral("version"), programVersion()},
            {QStringLiteral("rulesVersion"), 1}};
}

QJsonArray sarifRules()
{
    QJsonArray rules;
    for (const RuleInfo &info : ruleCatalog())
        rules.append(sarifRule(info));
    return rules;
}

QJsonObject sarifArtifact(const QString &file)
{
    return {{QStringLiteral("location"), QJsonObject{{QStringLiteral("uri"), fileUri(file)}}}};
}

QJsonObject sarifResult(const Finding &f, const QString &file, int fileIndex)
{
    const RuleInfo &info = f.info();
    QJsonObject result{
        {QStringLiteral("ruleId"), latin1(info.id)},
        {QStringLiteral("ruleIndex"), int(f.rule)},
        {QStringLiteral("level"), sarifLevel(info.severity)},
        {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), f.message()}}},
        {QStringLiteral("locations"),
         QJsonArray{sarifLocation(file, fileIndex, f.pos.line, f.pos.column)}},
        {QStringLiteral("partialFingerprints"),
         QJsonObject{{QStringLiteral("hierarchFindingId/v1"), f.id()}}}};
    if (f.waived) {
        result.insert(
            QStringLiteral("suppressions"),
            QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("external")},
                                   {QStringLiteral("justification"), f.waiverJustification}}});
    }
    return result;
}

QString programVersion()
{
    return QStringLiteral(HIERARCH_VERSION);
}

QByteArray findingsToJson(const QList<ValidatedFile> &files, const QDate &asOf)
{
    QJsonArray fileArray;
    for (const ValidatedFile &file : files) {
        QJsonObject o{{QStringLiteral("file"), file.file}};
        if (!file.loaded) {
            o.insert(QStringLiteral("error"), errorJson(file.error));
            fileArray.append(o);
            continue;
        }
        o.insert(QStringLiteral("name"), file.planName);
        o.insert(QStringLiteral("product"), latin1(enumName(file.product)));
        const FindingSummary s = summarize(file.findings);
        o.insert(QStringLiteral("summary"), QJsonObject{{QStringLiteral("error"), s.errors},
                                                        {QStringLiteral("warning"), s.warnings},
                                                        {QStringLiteral("info"), s.infos},
                                                        {QStringLiteral("waived"), s.waived}});
        QJsonArray findings;
        for (const Finding &f : file.findings)
            findings.append(findingToJson(f));
        o.insert(QStringLiteral("findings"), findings);
        fileArray.append(o);
    }
    const QJsonObject root{{QStringLiteral("tool"), toolToJson()},
                           {QStringLiteral("asOf"), asOf.toString(Qt::ISODate)},
                           {QStringLiteral("files"), fileArray}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray findingsToSarif(const QList<ValidatedFile> &files, const QDate &asOf)
{
    QJsonArray artifacts;
    QJsonArray results;
    QJsonArray notifications;
    bool allLoaded = true;
    for (int index = 0; index < int(files.size()); ++index) {
        const ValidatedFile &file = files.at(index);
        artifacts.append(sarifArtifact(file.file));
        if (!file.loaded) {
            allLoaded = false;
            notifications.append(QJsonObject{
                {QStringLiteral("level"), QStringLiteral("error")},
                {QStringLiteral("message"),
                 QJsonObject{{QStringLiteral("text"), file.error.message}}},
                {QStringLiteral("locations"),
                 QJsonArray{sarifLocation(file.file, index, file.error.line, file.error.column)}}});
            continue;
        }
        for (const Finding &f : file.findings)
            results.append(sarifResult(f, file.file, index));
    }

    QJsonObject invocation{{QStringLiteral("executionSuccessful"), allLoaded},
                           {QStringLiteral("properties"),
                            QJsonObject{{QStringLiteral("asOf"), asOf.toString(Qt::ISODate)}}}};
    if (!notifications.isEmpty())
        invocation.insert(QStringLiteral("toolExecutionNotifications"), notifications);

    return sarifLog(artifacts, invocation, results);
}

QByteArray sarifLog(const QJsonArray &artifacts, const QJsonObject &invocation,
                    const QJsonArray &results)
{
    const QJsonObject driver{{QStringLiteral("name"), QStringLiteral("hierarch")},
                             {QStringLiteral("version"), programVersion()},
                             {QStringLiteral("semanticVersion"), programVersion()},
                             {QStringLiteral("rules"), sarifRules()}};
    const QJsonObject run{{QStringLiteral("tool"), QJsonObject{{QStringLiteral("driver"), driver}}},
                          {QStringLiteral("artifacts"), artifacts},
                          {QStringLiteral("invocations"), QJsonArray{invocation}},
                          {QStringLiteral("results"), results}};
    const QJsonObject log{{QStringLiteral("$schema"),
                           QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
                          {QStringLiteral("version"), QStringLiteral("2.1.0")},
                          {QStringLiteral("runs"), QJsonArray{run}}};
    return QJsonDocument(log).toJson(QJsonDocument::Indented);
}

} // namespace hierarch
