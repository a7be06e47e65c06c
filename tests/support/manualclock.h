#pragma once

#include "domain/clock.h"

namespace propdesk::tests {

// A clock the test moves by hand.
class ManualClock final : public domain::Clock
{
public:
    explicit ManualClock(domain::Instant now) : m_now(now) {}
    domain::Instant now() const override { return m_now; }
    void set(domain::Instant now) { m_now = now; }
    void advance(domain::Seconds by) { m_now += by; }

private:
    domain::Instant m_now;
};

} // namespace propdesk::tests
