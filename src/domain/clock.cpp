#include "clock.h"

namespace propdesk::domain {

Instant SystemClock::now() const
{
    return std::chrono::time_point_cast<Seconds>(std::chrono::system_clock::now());
}

} // namespace propdesk::domain
