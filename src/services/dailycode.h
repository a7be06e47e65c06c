#pragma once

#include "domain/error.h"
#include "domain/time.h"
#include "domain/timezone.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace propdesk::services {

// A new record's code: a prefix, the local day of `at` and a number, "20250303-004" or "TS20250303-004".
// The number follows the records of that day already stored (`countOnDay(from, to)`) and skips codes that
// are taken (`taken(code)`; an import may have used them).
domain::Result<std::string>
dailyCode(std::string_view prefix, const domain::TimeZone& zone, domain::Instant at,
          const std::function<domain::Result<std::int64_t>(domain::Instant, domain::Instant)>& countOnDay,
          const std::function<domain::Result<bool>(const std::string&)>& taken);

} // namespace propdesk::services
