#pragma once

#include "../plan.h"
#include "textlimits.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace hierarch {

struct PlanSource;

// Why a file could not be loaded, and where. toString() gives the `FILE:LINE:COLUMN: message`
// form that the CLI prints and the editor shows.
struct LoadError
{
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    QString toString() const;
};

// The model-level limits of FORMAT.md (the YAML-level ones live in YamlLimits).
struct PlanLimits
{
    int maxSites = 10'000;
    int maxServers = 100'000;
    // A plan at the site and server limits (10,000 / 100,000) has about 1.2 million nodes.
    std::size_t maxVisitedNodes = 2'500'000;
    // The UTF-8 bytes of every scalar as the plan uses it, counting each use of an alias.
    std::size_t maxTextBytes = 16 * 1024 * 1024;
};

struct LoadResult
{
    std::optional<Plan> plan;
    LoadError error; // when !plan
    // The text and YAML tree the plan came from, for the format-preserving saver (when plan).
    std::shared_ptr<const PlanSource> source;

    explicit operator bool() const { return plan.has_value(); }
};

// Reads a plan in format v1 exactly as FORMAT.md describes: strict keys and types, product-specific
// keys, every limit. `fileName` is only used in error messages.
LoadResult loadPlan(const QByteArray &bytes, const QString &fileName);
LoadResult loadPlanFile(const QString &path);

// Did-you-mean helper, shared with the CLI: the candidate closest to `word` when it is close
// enough to be a plausible typo, else an empty string.
QString closestMatch(QStringView word, const QStringList &candidates);

// `text` cut to `maxLength` characters with an ellipsis, for quoting a user's value in a message.
QString clippedForMessage(const QString &text, qsizetype maxLength = 80);

} // namespace hierarch
