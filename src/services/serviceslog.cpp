#include "serviceslog.h"

#include <spdlog/spdlog.h>

namespace propdesk::services {

std::shared_ptr<spdlog::logger> logger()
{
    auto log = spdlog::get("services");
    return log ? log : spdlog::default_logger();
}

} // namespace propdesk::services
