#include "guilog.h"

#include <spdlog/spdlog.h>

namespace propdesk::gui {

std::shared_ptr<spdlog::logger> logger()
{
    auto log = spdlog::get("gui");
    return log ? log : spdlog::default_logger();
}

} // namespace propdesk::gui
