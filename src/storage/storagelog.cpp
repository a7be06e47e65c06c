#include "storagelog.h"

#include <spdlog/spdlog.h>

namespace propdesk::storage {

std::shared_ptr<spdlog::logger> logger()
{
    // Looked up on every call, so that it follows the sinks the executable configures, whenever it does.
    auto log = spdlog::get("storage");
    return log ? log : spdlog::default_logger();
}

} // namespace propdesk::storage
