#pragma once

#include "plan.h"

#include <QDate>

namespace hierarch::bench {

// What to generate. generatePlan() clamps the counts to what a plan can hold: 1 to 10,000 sites
// (FORMAT.md), and between one and twelve servers per site.
struct GeneratorOptions
{
    int sites = 10;
    int servers = 50;
    Product product = Product::ConfigMgr2007;
    quint32 seed = 1;
};

// The performance targets of QUALITY.md are measured on plans that look like real ones, at sizes no
// fixture reaches: a central site, regional and country primaries, secondary branch sites,
// realistic role mixes, accounts, waivers and attestations. Most of the plan follows the best
// practices; a small, fixed share of it breaks each rule that runs for the product, so every rule
// has work to do (and structure problems stay few and local, so the hierarchy can still be drawn).
//
// The same options give the same plan, and the same bytes from savePlan(), with any standard
// library: the randomness is std::mt19937 (whose sequence the standard fixes) mapped to ranges
// here, not through the standard distributions.
Plan generatePlan(const GeneratorOptions &options);

// The sizes of QUALITY.md "Performance": 'S' 10 sites / 50 servers, 'M' 100 / 1,000, 'L' 1,000 /
// 10,000, and 'X' (XL) 10,000 / 100,000, FORMAT.md's limits (lower case accepted; anything else
// gives S). Seed 1.
GeneratorOptions sizePreset(char size, Product product);

// The date the generated waivers are written against: one waiver expired before it, the dated
// others expire years after it. Validate generated plans as of this date for stable results.
QDate referenceDate();

} // namespace hierarch::bench
