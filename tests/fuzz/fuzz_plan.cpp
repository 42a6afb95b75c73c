// libFuzzer entry point (built with clang and -fsanitize=fuzzer,address,undefined when
// HIERARCH_FUZZ is on). A long run:
//   build-fuzz/tests/fuzz/fuzz_plan -max_total_time=3600 -rss_limit_mb=1024 \
//       -dict=tests/fuzz/plan.dict build-fuzz/fuzz-corpus \
//       tests/fuzz/regressions tests/fixtures resources/examples
#include "planroundtrip.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    hierarch::checkPlanRoundTrip(data, size);
    return 0;
}
