#include "complaintkpi.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace propdesk::rules {

using domain::Instant;

namespace {

constexpr KpiTarget atLeast(std::int64_t e4)
{
    return KpiTarget{Comparator::AtLeast, e4};
}

constexpr KpiTarget atMost(std::int64_t e4)
{
    return KpiTarget{Comparator::AtMost, e4};
}

const std::array kDefinitions{
    KpiDefinition{"complaint_response_timeliness", "投诉响应及时率", "Complaint response timeliness", atLeast(10000)},
    KpiDefinition{"complaint_resolution_timeliness", "投诉处理及时率", "Complaint resolution timeliness",
                  atLeast(10000)},
    KpiDefinition{"complaint_handling_rate", "投诉处理率", "Complaint handling rate", atLeast(10000)},
    KpiDefinition{"valid_complaint_rate", "有效投诉率", "Valid complaint rate", std::nullopt},
    KpiDefinition{"valid_complaint_rate_12m", "有效投诉率（滚动12个月）", "Valid complaint rate, 12 months",
                  atMost(200)},
    KpiDefinition{"complaint_revisit_rate", "投诉回访率", "Complaint revisit rate", atLeast(10000)},
    KpiDefinition{"complaint_satisfaction_rate", "投诉满意率", "Complaint satisfaction rate", atLeast(8500)},
};

// An event of the evaluated timeline, if it happened by `asOf`.
bool by(const std::optional<Instant>& at, Instant asOf)
{
    return at && *at <= asOf;
}

// Received by `asOf` and not withdrawn then: the complaint is in the figures.
bool counts(const EvaluatedComplaint& c, Instant asOf)
{
    return c.header.receivedAt <= asOf && !by(c.evaluation.timeline.withdrawn, asOf);
}

// The verdict standing at `asOf` says valid.
bool judgedValid(const EvaluatedComplaint& c, Instant asOf)
{
    const auto& tl = c.evaluation.timeline;
    return by(tl.judged, asOf) && tl.valid.value_or(false);
}

KpiRecord recordOf(const EvaluatedComplaint& c, const MilestoneResult* milestone, std::string outcome)
{
    KpiRecord r;
    r.subject = KpiSubject::Complaint;
    r.id = c.header.id.value;
    r.code = c.header.code;
    r.location = c.header.location;
    r.outcome = std::move(outcome);
    if (milestone && milestone->measured()) {
        r.ruleId = milestone->ruleId;
        r.deadline = milestone->deadline;
        r.overBy = milestone->overBy;
    }
    return r;
}

void countTimeliness(KpiValue& kpi, const EvaluatedComplaint& c, const MilestoneResult& m)
{
    switch (m.outcome) {
    case Outcome::Met:
        ++kpi.numerator;
        ++kpi.denominator;
        break;
    case Outcome::Missed:
        ++kpi.denominator;
        kpi.records.push_back(recordOf(c, &m, "missed"));
        break;
    case Outcome::Pending:
        ++kpi.pending;
        kpi.records.push_back(recordOf(c, &m, "pending"));
        break;
    case Outcome::NotMeasured:
        break;
    }
}

// The valid complaints of `complaints` that count at `asOf`, over the site's residents.
void countValid(KpiValue& kpi, std::span<const EvaluatedComplaint> complaints, int residents, Instant asOf)
{
    kpi.denominator = std::max(residents, 0);
    for (const auto& c : complaints) {
        if (counts(c, asOf) && judgedValid(c, asOf)) {
            ++kpi.numerator;
            auto r = recordOf(c, nullptr, "valid");
            r.detail = c.evaluation.timeline.verdictReason;
            kpi.records.push_back(std::move(r));
        }
    }
}

} // namespace

std::span<const KpiDefinition> complaintKpiDefinitions()
{
    return kDefinitions;
}

KpiTargets defaultComplaintTargets()
{
    KpiTargets targets;
    for (const auto& d : kDefinitions) {
        if (d.defaultTarget) {
            targets.emplace(std::string(d.key), *d.defaultTarget);
        }
    }
    return targets;
}

KpiResult computeComplaintKpis(std::span<const EvaluatedComplaint> month,
                               std::span<const EvaluatedComplaint> rollingYear, int residents, Instant asOf,
                               const KpiTargets& targets)
{
    KpiResult result;
    for (const auto& d : kDefinitions) {
        auto& kpi = result.kpis.emplace_back();
        kpi.key = d.key;
    }
    auto& response = result.kpis[0];
    auto& resolution = result.kpis[1];
    auto& handling = result.kpis[2];
    auto& validMonth = result.kpis[3];
    auto& validYear = result.kpis[4];
    auto& revisitRate = result.kpis[5];
    auto& satisfaction = result.kpis[6];

    for (const auto& c : month) {
        if (!counts(c, asOf)) {
            continue;
        }
        ++result.population;
        const auto& ev = c.evaluation;
        const auto& tl = ev.timeline;
        countTimeliness(response, c, ev.response);
        countTimeliness(resolution, c, ev.resolution);

        ++handling.denominator;
        if (!by(tl.resolved, asOf)) {
            handling.records.push_back(recordOf(c, &ev.resolution, "not_resolved"));
            continue;
        }
        ++handling.numerator;
        ++revisitRate.denominator;
        if (!by(tl.revisited, asOf)) {
            revisitRate.records.push_back(recordOf(c, nullptr, "not_revisited"));
            continue;
        }
        ++revisitRate.numerator;
        // A rating belongs to its revisit: it counts only once the revisit happened.
        if (tl.satisfaction) {
            ++satisfaction.denominator;
            if (*tl.satisfaction >= 4) {
                ++satisfaction.numerator;
            } else {
                satisfaction.records.push_back(recordOf(c, nullptr, fmt::format("rated_{}", *tl.satisfaction)));
            }
        }
    }
    countValid(validMonth, month, residents, asOf);
    countValid(validYear, rollingYear, residents, asOf);

    for (auto& kpi : result.kpis) {
        if (kpi.denominator > 0) {
            kpi.rate = static_cast<double>(kpi.numerator) / static_cast<double>(kpi.denominator);
        }
        if (const auto it = targets.find(kpi.key); it != targets.end()) {
            kpi.target = it->second;
            if (kpi.denominator > 0) {
                kpi.met = it->second.metBy(kpi.numerator, kpi.denominator);
            }
        }
    }
    return result;
}

} // namespace propdesk::rules
