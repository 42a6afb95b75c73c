#pragma once

#include "../finding.h"
#include "../io/planloader.h"

#include <QByteArray>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace hierarch {

// The result of validating one file, as the CLI and the editor's "Export Findings" report it.
struct ValidatedFile
{
    QString file;
    bool loaded = false;
    QString planName;                         // when loaded
    Product product = Product::ConfigMgr2007; // when loaded
    QList<Finding> findings;                  // when loaded
    LoadError error;                          // when not loaded
};

// CLI.md "--format json": one object per run, English and stable for tools.
QByteArray findingsToJson(const QList<ValidatedFile> &files, const QDate &asOf);

// CLI.md "--format sarif": SARIF 2.1.0, one run with the whole catalog as rules.
QByteArray findingsToSarif(const QList<ValidatedFile> &files, const QDate &asOf);

// Building blocks shared with `diff`'s output (diff/diffexport.h).
QJsonObject findingToJson(const Finding &finding); // one finding as `--format json` writes it
QJsonObject toolToJson();
QJsonArray sarifRules(); // the whole catalog as SARIF rules, in RuleId order
QJsonObject sarifArtifact(const QString &file);
QJsonObject sarifResult(const Finding &finding, const QString &file, int fileIndex);
// A SARIF 2.1.0 log with one run of hierarch (the whole catalog as rules).
QByteArray sarifLog(const QJsonArray &artifacts, const QJsonObject &invocation,
                    const QJsonArray &results);

// The program's version, as reported by --version and in JSON and SARIF.
QString programVersion();

} // namespace hierarch
