#include "diffexport.h"

#include "export/findingsexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hierarch {

namespace {

QString latin1(const char *s)
{
    return QString::fromLatin1(s);
}

QString fieldText(const FieldChange &field)
{
    if (!field.isList) {
        return QStringLiteral("%1: %2 -> %3")
            .arg(field.field, fieldValueText(field.oldValue), fieldValueText(field.newValue));
    }
    QStringList items;
    for (const QString &added : field.added)
        items << QLatin1Char('+') + added;
    for (const QString &removed : field.removed)
        items << QLatin1Char('-') + removed;
    return field.field + QStringLiteral(": ") + items.join(QLatin1String(", "));
}

QChar symbol(DiffAction action)
{
    switch (action) {
    case DiffAction::Added:
        return QLatin1Char('+');
    case DiffAction::Removed:
        return QLatin1Char('-');
    case DiffAction::Changed:
        return QLatin1Char('~');
    case DiffAction::Renamed:
    case DiffAction::Moved:
        break;
    }
    return QLatin1Char('>');
}

// ANSI colours of the symbols, as terminals show diffs.
QString coloured(QChar sign, bool colour)
{
    if (!colour)
        return QString(sign);
    const char *code = sign == QLatin1Char('+')   ? "32"
                       : sign == QLatin1Char('-') ? "31"
                       : sign == QLatin1Char('~') ? "33"
                                                  : "36";
    return QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1String(code), QString(sign));
}

// The diff's text is English for tools and reviewers (CLI.md), built here without tr() and without
// a catalog, so it reads the same bytes everywhere: "1 change", "2 changes", plain digits.
QString plural(qsizetype n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

QString severityName(Severity s)
{
    return latin1(enumName(s));
}

QString deltaLine(const DeltaFinding &entry, const QString &prefix)
{
    const Finding &f = entry.finding;
    QString line = prefix + severityName(f.severity()) + QLatin1Char(' ') + entry.id +
                   QLatin1Char(' ') + f.message();
    QStringList notes;
    if (entry.oldSeverity && *entry.oldSeverity != f.severity())
        notes << QStringLiteral("was ") + severityName(*entry.oldSeverity);
    if (entry.oldSeverity && entry.oldWaived != f.waived)
        notes << (f.waived ? QStringLiteral("now waived") : QStringLiteral("no longer waived"));
    else if (f.waived)
        notes << QStringLiteral("waived");
    if (!notes.isEmpty())
        line += QStringLiteral(" (") + notes.join(QLatin1String(", ")) + QLatin1Char(')');
    return line + QLatin1Char('\n');
}

struct SeverityCounts
{
    int error = 0;
    int warning = 0;
    int info = 0;
};

SeverityCounts countNew(const FindingsDelta &delta)
{
    SeverityCounts counts;
    for (const DeltaFinding &f : delta.added) {
        switch (f.finding.severity()) {
        case Severity::Error:
            ++counts.error;
            break;
        case Severity::Warning:
            ++counts.warning;
            break;
        case Severity::Info:
            ++counts.info;
            break;
        }
    }
    return counts;
}

QJsonValue jsonValue(const QVariant &value)
{
    if (!value.isValid())
        return QJsonValue::Null;
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    return QJsonValue::fromVariant(value);
}

QJsonObject changeJson(const ItemChange &change)
{
    QJsonObject o{{QStringLiteral("kind"), latin1(enumName(change.kind))},
                  {QStringLiteral("id"), change.id},
                  {QStringLiteral("action"), latin1(enumName(change.action))}};
    if (change.action == DiffAction::Renamed)
        o.insert(QStringLiteral("oldId"), change.oldId);
    if (change.kind == DiffKind::Server || change.kind == DiffKind::Address)
        o.insert(QStringLiteral("site"), change.site);
    if (change.kind == DiffKind::Address)
        o.insert(QStringLiteral("sender"), change.sender);
    if (change.action == DiffAction::Moved)
        o.insert(QStringLiteral("oldSite"), change.oldSite);
    if (!change.fields.isEmpty()) {
        QJsonArray fields;
        for (const FieldChange &field : change.fields) {
            QJsonObject f{{QStringLiteral("field"), field.field}};
            if (field.isList) {
                f.insert(QStringLiteral("added"), QJsonArray::fromStringList(field.added));
                f.insert(QStringLiteral("removed"), QJsonArray::fromStringList(field.removed));
            } else {
                f.insert(QStringLiteral("old"), jsonValue(field.oldValue));
                f.insert(QStringLiteral("new"), jsonValue(field.newValue));
            }
            fields.append(f);
        }
        o.insert(QStringLiteral("fields"), fields);
    }
    return o;
}

QJsonObject sideJson(const DiffSide &side)
{
    QJsonObject o{{QStringLiteral("file"), side.present ? side.file : QStringLiteral("/dev/null")}};
    if (!side.revision.isEmpty())
        o.insert(QStringLiteral("revision"), side.revision);
    if (!side.present)
        return o;
    o.insert(QStringLiteral("name"), side.planName);
    o.insert(QStringLiteral("product"), latin1(enumName(side.product)));
    o.insert(QStringLiteral("summary"),
             QJsonObject{{QStringLiteral("error"), side.summary.errors},
                         {QStringLiteral("warning"), side.summary.warnings},
                         {QStringLiteral("info"), side.summary.infos},
                         {QStringLiteral("waived"), side.summary.waived}});
    return o;
}

QJsonArray findingsJson(const QList<DeltaFinding> &entries, bool withBefore)
{
    QJsonArray array;
    for (const DeltaFinding &entry : entries) {
        QJsonObject o = findingToJson(entry.finding);
        if (withBefore && entry.oldSeverity) {
            o.insert(QStringLiteral("before"),
                     QJsonObject{{QStringLiteral("severity"), severityName(*entry.oldSeverity)},
                                 {QStringLiteral("waived"), entry.oldWaived}});
        }
        array.append(o);
    }
    return array;
}

} // namespace

QString DiffSide::label() const
{
    if (!present)
        return QStringLiteral("/dev/null");
    return revision.isEmpty() ? file : revision + QLatin1Char(':') + file;
}

QString changeText(const ItemChange &change)
{
    const QString kind = latin1(enumName(change.kind));
    QString text = kind + QLatin1Char(' ');
    switch (change.action) {
    case DiffAction::Renamed:
        text += change.oldId + QStringLiteral(" -> ") + change.id;
        break;
    default:
        text += change.id;
        break;
    }
    // An address is named by its site, its destination site and its sender:
    // "address S01 -> P01 (standard)".
    if (change.kind == DiffKind::Address)
        text = kind + QStringLiteral(" %1 -> %2 (%3)").arg(change.site, change.id, change.sender);
    if (change.kind == DiffKind::Server) {
        if (change.action == DiffAction::Moved)
            text += QStringLiteral(" (site %1 -> %2)").arg(change.oldSite, change.site);
        else
            text += QStringLiteral(" (site %1)").arg(change.site);
    }
    if (!change.fields.isEmpty()) {
        QStringList fields;
        for (const FieldChange &field : change.fields)
            fields << fieldText(field);
        text += QStringLiteral(": ") + fields.join(QLatin1String("; "));
    }
    return text;
}

QString diffSummaryLine(const PlanDiff &diff)
{
    if (diff.isEmpty())
        return QStringLiteral("No changes.");
    const FindingsDelta &delta = diff.findings;
    const SeverityCounts counts = countNew(delta);
    QStringList bySeverity;
    if (counts.error)
        bySeverity << plural(counts.error, "error", "errors");
    if (counts.warning)
        bySeverity << plural(counts.warning, "warning", "warnings");
    if (counts.info)
        bySeverity << QStringLiteral("%1 info").arg(counts.info);
    QString added = QStringLiteral("%1 new").arg(delta.added.size());
    if (!bySeverity.isEmpty())
        added += QStringLiteral(" (") + bySeverity.join(QLatin1String(", ")) + QLatin1Char(')');
    return QStringLiteral("%1; findings: %2, %3 resolved, %4 updated, %5 unchanged.")
        .arg(plural(diff.changes.size(), "change", "changes"), added)
        .arg(delta.resolved.size())
        .arg(delta.updated.size())
        .arg(delta.unchanged.size());
}

QByteArray diffToText(const PlanDiff &diff, const DiffSide &oldSide, const DiffSide &newSide,
                      bool colour)
{
    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(oldSide.label(), newSide.label());
    for (const ItemChange &change : diff.changes)
        out += coloured(symbol(change.action), colour) + QLatin1Char(' ') + changeText(change) +
               QLatin1Char('\n');
    const FindingsDelta &delta = diff.findings;
    if (delta.hasDifferences()) {
        out += QStringLiteral("Findings:\n");
        for (const DeltaFinding &f : delta.added)
            out += deltaLine(f, coloured(QLatin1Char('+'), colour) + QLatin1Char(' '));
        for (const DeltaFinding &f : delta.resolved)
            out += deltaLine(f, coloured(QLatin1Char('-'), colour) + QStringLiteral(" resolved "));
        for (const DeltaFinding &f : delta.updated)
            out += deltaLine(f, coloured(QLatin1Char('~'), colour) + QStringLiteral(" updated "));
    }
    out += diffSummaryLine(diff) + QLatin1Char('\n');
    return out.toUtf8();
}

QByteArray diffToJson(const PlanDiff &diff, const DiffSide &oldSide, const DiffSide &newSide,
                      const QDate &asOf)
{
    QJsonArray changes;
    for (const ItemChange &change : diff.changes)
        changes.append(changeJson(change));
    const FindingsDelta &delta = diff.findings;
    const SeverityCounts counts = countNew(delta);
    const QJsonObject findings{{QStringLiteral("new"), findingsJson(delta.added, false)},
                               {QStringLiteral("resolved"), findingsJson(delta.resolved, false)},
                               {QStringLiteral("updated"), findingsJson(delta.updated, true)},
                               {QStringLiteral("unchanged"), findingsJson(delta.unchanged, false)}};
    const QJsonObject summary{
        {QStringLiteral("changes"), int(diff.changes.size())},
        {QStringLiteral("new"), QJsonObject{{QStringLiteral("error"), counts.error},
                                            {QStringLiteral("warning"), counts.warning},
                                            {QStringLiteral("info"), counts.info}}},
        {QStringLiteral("resolved"), int(delta.resolved.size())},
        {QStringLiteral("updated"), int(delta.updated.size())},
        {QStringLiteral("unchanged"), int(delta.unchanged.size())}};
    const QJsonObject root{{QStringLiteral("tool"), toolToJson()},
                           {QStringLiteral("formatVersion"), 1},
                           {QStringLiteral("asOf"), asOf.toString(Qt::ISODate)},
                           {QStringLiteral("old"), sideJson(oldSide)},
                           {QStringLiteral("new"), sideJson(newSide)},
                           {QStringLiteral("changes"), changes},
                           {QStringLiteral("findings"), findings},
                           {QStringLiteral("summary"), summary}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray diffToSarif(const PlanDiff &diff, const DiffSide &oldSide, const DiffSide &newSide,
                       const QDate &asOf)
{
    // Artifact 0 is NEW, artifact 1 OLD (where the absent results point).
    const QJsonArray artifacts{sarifArtifact(newSide.file), sarifArtifact(oldSide.file)};
    QJsonArray results;
    auto add = [&](const QList<DeltaFinding> &entries, const char *state, const QString &file,
                   int index) {
        for (const DeltaFinding &entry : entries) {
            QJsonObject result = sarifResult(entry.finding, file, index);
            result.insert(QStringLiteral("baselineState"), latin1(state));
            // Matched after renames: the fingerprint is the id in NEW's terms.
            result.insert(QStringLiteral("partialFingerprints"),
                          QJsonObject{{QStringLiteral("hierarchFindingId/v1"), entry.id}});
            results.append(result);
        }
    };
    const FindingsDelta &delta = diff.findings;
    add(delta.added, "new", newSide.file, 0);
    add(delta.updated, "updated", newSide.file, 0);
    add(delta.unchanged, "unchanged", newSide.file, 0);
    add(delta.resolved, "absent", oldSide.file, 1);

    const QJsonObject properties{{QStringLiteral("asOf"), asOf.toString(Qt::ISODate)},
                                 {QStringLiteral("baseline"), oldSide.label()}};
    const QJsonObject invocation{{QStringLiteral("executionSuccessful"), true},
                                 {QStringLiteral("properties"), properties}};
    return sarifLog(artifacts, invocation, results);
}

} // namespace hierarch
