#include "planroundtrip.h"

#include "io/planloader.h"
#include "io/plansaver.h"
#include "io/yamltree.h"
#include "validator.h"

#include <cstdio>
#include <cstdlib>

namespace hierarch {

namespace {

[[noreturn]] void failWith(const char *what, const QByteArray &saved)
{
    std::fprintf(stderr, "plan round trip failed: %s\n--- saved ---\n%s\n", what,
                 saved.constData());
    std::abort();
}

} // namespace

void checkPlanRoundTrip(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const LoadResult first = loadPlan(bytes, QStringLiteral("input"));
    if (!first)
        return;
    const QList<Finding> findings = validate(*first.plan, QDate(2026, 11, 21));
    const QByteArray saved = savePlan(*first.plan);
    // Aliases let a file within the limits stand for a plan whose saved form is not (the saver
    // writes every use out): the file size limit then refuses the reload, as it must.
    if (saved.size() > YamlLimits().maxBytes)
        return;
    const LoadResult second = loadPlan(saved, QStringLiteral("saved"));
    if (!second)
        failWith(qPrintable(second.error.toString()), saved);
    if (withoutSourcePositions(*second.plan) != withoutSourcePositions(*first.plan))
        failWith("the saved plan loads as a different plan", saved);
    if (savePlan(*second.plan) != saved)
        failWith("saving the reloaded plan gives different bytes", saved);
    // Validation of the reloaded plan must agree apart from source positions.
    if (validate(*second.plan, QDate(2026, 11, 21)).size() != findings.size())
        failWith("the reloaded plan has a different number of findings", saved);
}

} // namespace hierarch
