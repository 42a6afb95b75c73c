#include "plangenerator.h"

#include "planbuilder.h"

#include <algorithm>

namespace hierarch::bench {

Plan generatePlan(const GeneratorOptions &options)
{
    GeneratorOptions o = options;
    o.sites = std::clamp(o.sites, 1, 10'000);
    o.servers = std::clamp(o.servers, o.sites, std::min(12 * o.sites, 100'000));
    return PlanBuilder(o).run();
}

GeneratorOptions sizePreset(char size, Product product)
{
    GeneratorOptions o;
    o.product = product;
    switch (size) {
    case 'M':
    case 'm':
        o.sites = 100;
        o.servers = 1'000;
        break;
    case 'L':
    case 'l':
        o.sites = 1'000;
        o.servers = 10'000;
        break;
    case 'X':
    case 'x':
        o.sites = 10'000;
        o.servers = 100'000;
        break;
    default:
        o.sites = 10;
        o.servers = 50;
        break;
    }
    return o;
}

QDate referenceDate()
{
    return QDate(2027, 1, 1);
}

} // namespace hierarch::bench
