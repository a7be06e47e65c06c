#include "kpi.h"

#include <fmt/format.h>

#include <array>
#include <unordered_map>
#include <unordered_set>

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
    KpiDefinition{"arrival_timeliness", "到场及时率", "Arrival timeliness", atLeast(10000)},
    KpiDefinition{"completion_timeliness", "完工及时率", "Completion timeliness", atLeast(10000)},
    KpiDefinition{"repair_timeliness", "零修急修及时率", "Repair timeliness", atLeast(10000)},
    KpiDefinition{"completion_rate", "完成率", "Completion rate", std::nullopt},
    KpiDefinition{"first_time_fix_rate", "维修合格率", "First-time-fix rate", atLeast(9900)},
    KpiDefinition{"rework_rate", "返修率", "Rework rate", atMost(100)},
    KpiDefinition{"revisit_rate", "回访率", "Revisit rate", atLeast(6000)},
    KpiDefinition{"revisit_timeliness", "回访及时率", "Revisit timeliness", atLeast(10000)},
    KpiDefinition{"satisfaction_rate", "满意率", "Satisfaction rate", atLeast(8500)},
};

KpiRecord recordOf(const EvaluatedOrder& order, const MilestoneResult* milestone, std::string outcome)
{
    KpiRecord r;
    r.subject = KpiSubject::WorkOrder;
    r.id = order.header.id.value;
    r.code = order.header.code;
    r.location = order.header.location;
    r.outcome = std::move(outcome);
    if (milestone) {
        r.ruleId = milestone->byDueAt ? "due_at" : milestone->ruleId;
        r.deadline = milestone->deadline;
        r.overBy = milestone->overBy;
    }
    return r;
}

// Counts met and missed (and pending) of one milestone, keeping the missed and pending records.
void countTimeliness(KpiValue& kpi, const EvaluatedOrder& order, const MilestoneResult& m)
{
    switch (m.outcome) {
    case Outcome::Met:
        ++kpi.numerator;
        ++kpi.denominator;
        break;
    case Outcome::Missed:
        ++kpi.denominator;
        kpi.records.push_back(recordOf(order, &m, "missed"));
        break;
    case Outcome::Pending:
        ++kpi.pending;
        kpi.records.push_back(recordOf(order, &m, "pending"));
        break;
    case Outcome::NotMeasured:
        break;
    }
}

} // namespace

std::string_view kpiSubjectKey(KpiSubject subject)
{
    switch (subject) {
    case KpiSubject::WorkOrder:
        return "work_order";
    case KpiSubject::Complaint:
        return "complaint";
    case KpiSubject::PatrolRound:
        return "patrol_round";
    case KpiSubject::Handover:
        return "handover";
    case KpiSubject::SpotCheck:
        return "spot_check";
    case KpiSubject::Incident:
        return "incident";
    case KpiSubject::InspectionLine:
        return "inspection_line";
    case KpiSubject::Nonconformance:
        return "nonconformance";
    case KpiSubject::InspectionDay:
        return "inspection_day";
    case KpiSubject::Contractor:
        return "contractor";
    case KpiSubject::ManualFigure:
        return "manual_figure";
    }
    return "work_order";
}

std::span<const KpiDefinition> workOrderKpis()
{
    return kDefinitions;
}

KpiTargets defaultWorkOrderTargets()
{
    KpiTargets targets;
    for (const auto& d : kDefinitions) {
        if (d.defaultTarget) {
            targets.emplace(std::string(d.key), *d.defaultTarget);
        }
    }
    return targets;
}

const KpiValue* KpiResult::find(std::string_view key) const
{
    for (const auto& k : kpis) {
        if (k.key == key) {
            return &k;
        }
    }
    return nullptr;
}

KpiResult computeWorkOrderKpis(std::span<const EvaluatedOrder> orders, std::span<const domain::ReworkLink> reworks,
                               Instant asOf, const KpiTargets& targets)
{
    KpiResult result;
    for (const auto& d : kDefinitions) {
        auto& kpi = result.kpis.emplace_back();
        kpi.key = d.key;
    }
    auto& arrival = result.kpis[0];
    auto& completion = result.kpis[1];
    auto& repair = result.kpis[2];
    auto& completionRate = result.kpis[3];
    auto& firstTimeFix = result.kpis[4];
    auto& rework = result.kpis[5];
    auto& revisitRate = result.kpis[6];
    auto& revisitTimeliness = result.kpis[7];
    auto& satisfaction = result.kpis[8];

    // Orders that a counting rework order points to, with the first such rework's code.
    std::unordered_map<domain::WorkOrderId, std::string> reworked;
    for (const auto& link : reworks) {
        const bool counts = link.reportedAt <= asOf && !(link.cancelledAt && *link.cancelledAt <= asOf);
        if (counts) {
            reworked.try_emplace(link.reworkOf, link.reworkCode);
        }
    }

    for (const auto& order : orders) {
        const auto& tl = order.evaluation.timeline;
        if (order.header.reportedAt > asOf || tl.cancelled) {
            continue;
        }
        ++result.population;
        const auto& ev = order.evaluation;
        countTimeliness(arrival, order, ev.arrival);
        countTimeliness(completion, order, ev.completion);
        switch (ev.repair) {
        case Outcome::Met:
            ++repair.numerator;
            ++repair.denominator;
            break;
        case Outcome::Missed: {
            ++repair.denominator;
            const auto* late = ev.arrival.outcome == Outcome::Missed ? &ev.arrival : &ev.completion;
            auto r = recordOf(order, late, "missed");
            r.detail = std::string(domain::milestoneKey(late->milestone));
            repair.records.push_back(std::move(r));
            break;
        }
        case Outcome::Pending:
            ++repair.pending;
            repair.records.push_back(recordOf(order, nullptr, "pending"));
            break;
        case Outcome::NotMeasured:
            break;
        }

        ++completionRate.denominator;
        if (!tl.completed) {
            completionRate.records.push_back(recordOf(order, nullptr, "not_completed"));
            continue;
        }
        ++completionRate.numerator;
        ++firstTimeFix.denominator;
        ++rework.denominator;
        if (const auto it = reworked.find(order.header.id); it != reworked.end()) {
            ++rework.numerator;
            auto r = recordOf(order, nullptr, "reworked");
            r.detail = it->second;
            rework.records.push_back(r);
            firstTimeFix.records.push_back(std::move(r));
        } else {
            ++firstTimeFix.numerator;
        }
        ++revisitRate.denominator;
        if (tl.revisited) {
            ++revisitRate.numerator;
        } else {
            revisitRate.records.push_back(recordOf(order, &ev.revisit, "not_revisited"));
        }
        countTimeliness(revisitTimeliness, order, ev.revisit);
        if (tl.revisited && tl.satisfaction) {
            ++satisfaction.denominator;
            if (*tl.satisfaction >= 4) {
                ++satisfaction.numerator;
            } else {
                satisfaction.records.push_back(recordOf(order, nullptr, fmt::format("rated_{}", *tl.satisfaction)));
            }
        }
    }

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
