#pragma once

// Complaints built step by step from local-time literals, through Complaint::apply so that every history
// a test uses is one the domain accepts.

#include "domain/complaint.h"
#include "testtime.h"

#include <catch2/catch.hpp>

#include <optional>
#include <string>

namespace propdesk::tests {

class ComplaintBuilder
{
public:
    ComplaintBuilder(std::string code, domain::Instant received,
                     domain::ComplaintCategory category = domain::ComplaintCategory::Other)
    {
        m_c.header.id = domain::ComplaintId{++s_nextId};
        m_c.header.code = std::move(code);
        m_c.header.category = category;
        m_c.header.receivedAt = received;
        m_c.header.location = "3-2-1502";
        m_c.header.firstResponder = "前台小王";
        step(event(domain::ComplaintEventKind::Received, received));
    }

    ComplaintBuilder& route(domain::Instant at, domain::Department department = domain::Department::Engineering)
    {
        auto e = event(domain::ComplaintEventKind::Routed, at);
        e.department = department;
        return step(std::move(e));
    }
    ComplaintBuilder& respond(domain::Instant at)
    {
        return step(event(domain::ComplaintEventKind::Responded, at, "已联系住户"));
    }
    // Routes to engineering first when the complaint has no department yet.
    ComplaintBuilder& resolve(domain::Instant at)
    {
        if (!m_c.timeline().department) {
            route(at);
        }
        return step(event(domain::ComplaintEventKind::Resolved, at, "已处理"));
    }
    ComplaintBuilder& reply(domain::Instant at)
    {
        auto e = event(domain::ComplaintEventKind::Replied, at, "已答复");
        e.detail = "李主任";
        return step(std::move(e));
    }
    ComplaintBuilder& revisit(domain::Instant at, std::optional<int> satisfaction)
    {
        auto e = event(domain::ComplaintEventKind::Revisited, at, "回访");
        e.satisfaction = satisfaction;
        return step(std::move(e));
    }
    // Resolved, replied and revisited in one go, a minute apart.
    ComplaintBuilder& closed(domain::Instant resolved, std::optional<int> satisfaction)
    {
        resolve(resolved);
        reply(resolved + std::chrono::minutes{1});
        return revisit(resolved + std::chrono::minutes{2}, satisfaction);
    }
    ComplaintBuilder& judge(domain::Instant at, bool valid)
    {
        auto e = event(domain::ComplaintEventKind::Judged, at, valid ? "属实" : "不属实");
        e.valid = valid;
        return step(std::move(e));
    }
    ComplaintBuilder& withdraw(domain::Instant at)
    {
        return step(event(domain::ComplaintEventKind::Withdrawn, at, "住户撤回"));
    }

    const domain::Complaint& get() const { return m_c; }
    operator const domain::Complaint&() const { return m_c; }

private:
    static domain::ComplaintEvent event(domain::ComplaintEventKind kind, domain::Instant at, std::string note = {})
    {
        domain::ComplaintEvent e;
        e.kind = kind;
        e.at = at;
        e.actor = "tester";
        e.note = std::move(note);
        e.recordedAt = at;
        return e;
    }

    ComplaintBuilder& step(domain::ComplaintEvent e)
    {
        const auto applied = m_c.apply(std::move(e));
        if (!applied) {
            FAIL(m_c.header.code << ": " << applied.error().describe());
        }
        return *this;
    }

    inline static std::int64_t s_nextId = 0;
    domain::Complaint m_c;
};

} // namespace propdesk::tests
