#include "securitykpi.h"

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
    KpiDefinition{"patrol_completion_rate", "巡更完成率", "Patrol completion rate", std::nullopt},
    KpiDefinition{"patrol_rounds_on_time", "巡更准时率", "Rounds on time", std::nullopt},
    KpiDefinition{"handover_sign_rate", "交接班签字率", "Handovers signed", atLeast(10000)},
    KpiDefinition{"night_spot_checks", "夜间查岗完成率", "Night spot checks", atLeast(10000)},
    KpiDefinition{"incident_handling_rate", "事件处置率", "Incident handling rate", atLeast(10000)},
    KpiDefinition{"security_incident_rate", "治安案件发生率", "Security incident rate", atMost(10)},
};

bool by(const std::optional<Instant>& at, Instant asOf)
{
    return at && *at <= asOf;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator)
{
    std::string out;
    for (const auto& p : parts) {
        if (!out.empty()) {
            out += separator;
        }
        out += p;
    }
    return out;
}

KpiRecord roundRecord(const RoundEvaluation& ev)
{
    const auto& r = ev.round;
    KpiRecord rec;
    rec.subject = KpiSubject::PatrolRound;
    rec.id = r.route.value;
    rec.code = fmt::format("{} {} {} #{}", r.routeCode, domain::formatDate(r.day), r.shift, r.index + 1);
    rec.location = r.routeName;
    rec.outcome = std::string(roundOutcomeKey(ev.outcome));
    switch (ev.outcome) {
    case RoundOutcome::Late:
        rec.deadline = r.onTimeUntil;
        if (ev.startedAt) {
            rec.overBy = *ev.startedAt - r.onTimeUntil;
        }
        break;
    case RoundOutcome::Incomplete:
    case RoundOutcome::NotStarted:
        rec.deadline = r.windowClose;
        rec.detail = join(ev.missed(), ", ");
        break;
    default:
        break;
    }
    return rec;
}

KpiRecord incidentRecord(const domain::DutyEntry& e, std::string outcome)
{
    KpiRecord rec;
    rec.subject = KpiSubject::Incident;
    rec.id = e.id.value;
    rec.code = e.subject;
    rec.location = e.location;
    rec.outcome = std::move(outcome);
    if (e.incident) {
        rec.detail = std::string(domain::incidentTypeKey(*e.incident));
    }
    return rec;
}

bool isIncident(const domain::DutyEntry& e)
{
    return e.kind == domain::DutyEntryKind::Incident;
}

} // namespace

std::span<const KpiDefinition> securityKpiDefinitions()
{
    return kDefinitions;
}

KpiTargets defaultSecurityTargets()
{
    KpiTargets targets;
    for (const auto& d : kDefinitions) {
        if (d.defaultTarget) {
            targets.emplace(std::string(d.key), *d.defaultTarget);
        }
    }
    return targets;
}

std::vector<ShiftChange> shiftChanges(const domain::SecuritySetup& setup, const domain::TimeZone& zone,
                                      date::year_month month)
{
    std::vector<ShiftChange> out;
    const auto last = static_cast<unsigned>((month / date::last).day());
    for (unsigned d = 1; d <= last; ++d) {
        const domain::Date day = month / date::day{d};
        for (const auto& shift : setup.shifts) {
            ShiftChange c;
            c.day = day;
            c.shift = shift.code;
            c.at = domain::shiftInterval(shift, day, zone).first;
            out.push_back(std::move(c));
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const ShiftChange& a, const ShiftChange& b) { return a.at < b.at; });
    return out;
}

KpiResult computeSecurityKpis(const SecurityKpiInput& input, Instant asOf, const KpiTargets& targets)
{
    KpiResult result;
    for (const auto& d : kDefinitions) {
        auto& kpi = result.kpis.emplace_back();
        kpi.key = d.key;
    }
    auto& completion = result.kpis[0];
    auto& onTime = result.kpis[1];
    auto& handovers = result.kpis[2];
    auto& spotChecks = result.kpis[3];
    auto& handling = result.kpis[4];
    auto& incidentRate = result.kpis[5];

    for (const auto& ev : input.rounds) {
        if (!isFinal(ev.outcome)) {
            ++completion.pending;
            ++onTime.pending;
            continue;
        }
        ++result.population;
        completion.numerator += ev.visited;
        completion.denominator += ev.expected;
        if (ev.visited < ev.expected) {
            completion.records.push_back(roundRecord(ev));
        }
        ++onTime.denominator;
        if (ev.outcome == RoundOutcome::Complete) {
            ++onTime.numerator;
        } else {
            onTime.records.push_back(roundRecord(ev));
        }
    }

    for (const auto& change : input.changes) {
        if (change.at > asOf) {
            continue;
        }
        ++handovers.denominator;
        const domain::Handover* found = nullptr;
        bool signedByBoth = false;
        for (const auto& h : input.handovers) {
            if (h.day != change.day || h.shift != change.shift) {
                continue;
            }
            found = found ? found : &h;
            if (by(h.outgoingSignedAt, asOf) && by(h.incomingSignedAt, asOf)) {
                found = &h;
                signedByBoth = true;
                break;
            }
        }
        if (signedByBoth) {
            ++handovers.numerator;
            continue;
        }
        KpiRecord rec;
        rec.subject = KpiSubject::Handover;
        rec.id = found ? found->id.value : 0;
        rec.code = fmt::format("{} {}", domain::formatDate(change.day), change.shift);
        rec.deadline = change.at;
        if (found) {
            rec.outcome = "unsigned";
            std::vector<std::string> missing;
            if (!by(found->outgoingSignedAt, asOf)) {
                missing.emplace_back("outgoing");
            }
            if (!by(found->incomingSignedAt, asOf)) {
                missing.emplace_back("incoming");
            }
            rec.detail = join(missing, ", ");
        } else {
            rec.outcome = "not_recorded";
        }
        handovers.records.push_back(std::move(rec));
    }

    spotChecks.denominator = std::max(input.nightChecksOwed, 0);
    for (const auto& check : input.spotChecks) {
        if (!check.night || check.at > asOf) {
            continue;
        }
        ++spotChecks.numerator;
        KpiRecord rec;
        rec.subject = KpiSubject::SpotCheck;
        rec.id = check.id.value;
        rec.code = check.checker;
        rec.location = join(check.posts, ", ");
        rec.outcome = "checked";
        std::vector<std::string> findings;
        for (const auto& f : check.findings) {
            findings.push_back(f.post.empty() ? f.finding : fmt::format("{}: {}", f.post, f.finding));
        }
        rec.detail = join(findings, "; ");
        spotChecks.records.push_back(std::move(rec));
    }

    for (const auto& e : input.incidents) {
        if (!isIncident(e) || e.at > asOf) {
            continue;
        }
        ++handling.denominator;
        if (by(e.handledAt, asOf)) {
            ++handling.numerator;
        } else {
            handling.records.push_back(incidentRecord(e, "not_handled"));
        }
    }

    incidentRate.denominator = std::max(input.residents, 0);
    for (const auto& e : input.incidentsYear) {
        if (!isIncident(e) || e.incident != domain::IncidentType::SecurityCase || e.at > asOf) {
            continue;
        }
        ++incidentRate.numerator;
        incidentRate.records.push_back(incidentRecord(e, "security_case"));
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
