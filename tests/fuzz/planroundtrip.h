#pragma once

#include <cstddef>
#include <cstdint>

namespace hierarch {

// One fuzz iteration: load -> validate -> save -> load. Aborts (so that libFuzzer and the replay
// test report it) when the saved file does not load back into the same plan, or does not save
// to the same bytes again; and when the format-preserving save does not write the input's own
// bytes back unedited, or writes an edited plan that reads back differently. Inputs that fail to
// load are fine: refusing them is the job.
void checkPlanRoundTrip(const std::uint8_t *data, std::size_t size);

} // namespace hierarch
