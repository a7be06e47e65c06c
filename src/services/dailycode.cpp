#include "dailycode.h"

#include <fmt/format.h>

namespace propdesk::services {

domain::Result<std::string>
dailyCode(std::string_view prefix, const domain::TimeZone& zone, domain::Instant at,
          const std::function<domain::Result<std::int64_t>(domain::Instant, domain::Instant)>& countOnDay,
          const std::function<domain::Result<bool>(const std::string&)>& taken)
{
    const auto day = zone.localDate(at);
    const auto from = zone.startOfDay(day);
    const auto to = zone.startOfDay(domain::Date{date::sys_days{day} + date::days{1}});
    auto count = countOnDay(from, to);
    if (!count) {
        return std::unexpected(count.error());
    }
    for (auto n = *count + 1;; ++n) {
        auto code = fmt::format("{}{}-{:03}", prefix, date::format("%Y%m%d", date::sys_days{day}), n);
        auto used = taken(code);
        if (!used) {
            return std::unexpected(used.error());
        }
        if (!*used) {
            return code;
        }
    }
}

} // namespace propdesk::services
