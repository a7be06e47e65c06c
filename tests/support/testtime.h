#pragma once

#include "domain/time.h"
#include "domain/timezone.h"

#include <string_view>

namespace propdesk::tests {

// "2025-03-03 08:00" in the given zone (default Asia/Shanghai) → Instant; fails the test on bad input.
domain::Instant at(std::string_view local, std::string_view zone = "Asia/Shanghai");
domain::TimeZone zone(std::string_view name = "Asia/Shanghai");

} // namespace propdesk::tests
