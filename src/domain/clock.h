#pragma once

#include "time.h"

namespace propdesk::domain {

// The source of "now". Domain, rules and services never read the system clock themselves: the
// executables hand them a SystemClock, tests a clock they move by hand.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual Instant now() const = 0;
};

class SystemClock final : public Clock
{
public:
    Instant now() const override;
};

} // namespace propdesk::domain
