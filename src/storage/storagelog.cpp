#include "storagelog.h"

#include <spdlog/spdlog.h>

namespace propdesk::storage {

std::shared_ptr<spdlog::logger> logger()
{
    static const auto log = [] {
        auto existing = spdlog::get("storage");
        return existing ? existing : spdlog::default_logger()->clone("storage");
    }();
    return log;
}

} // namespace propdesk::storage
