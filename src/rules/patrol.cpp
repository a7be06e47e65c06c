#include "patrol.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace propdesk::rules {

using domain::Date;
using domain::Instant;
using domain::PatrolRoute;
using domain::PatrolScan;
using domain::Seconds;

namespace {

struct Planned
{
    PlannedRound round;
    const PatrolRoute* route = nullptr;
};

std::vector<Planned> plan(const domain::SecuritySetup& setup, std::span<const PatrolRoute> versions,
                          const domain::TimeZone& zone, Date first, Date last)
{
    std::vector<Planned> out;
    std::map<const PatrolRoute*, bool> valid;
    for (auto day = date::sys_days{first}; day <= date::sys_days{last}; day += date::days{1}) {
        for (const auto* route : domain::routesInForce(versions, Date{day})) {
            auto [it, added] = valid.try_emplace(route, false);
            if (added) {
                it->second = route->validate(setup).has_value();
            }
            if (!it->second) {
                continue;
            }
            for (const auto& shift : setup.shifts) {
                const int count = route->rounds(shift.code);
                if (count <= 0) {
                    continue;
                }
                const auto shiftStart = domain::shiftInterval(shift, Date{day}, zone).first;
                const auto spacing = Seconds{shift.length.count() / count};
                for (int i = 0; i < count; ++i) {
                    Planned p;
                    p.route = route;
                    auto& r = p.round;
                    r.route = route->id;
                    r.routeCode = route->code;
                    r.routeName = route->name;
                    r.day = Date{day};
                    r.shift = shift.code;
                    r.index = i;
                    r.count = count;
                    r.start = shiftStart + i * spacing;
                    r.windowOpen = r.start - route->tolerance;
                    r.onTimeUntil = r.start + route->tolerance;
                    r.windowClose = r.start + route->roundLength + route->tolerance;
                    out.push_back(std::move(p));
                }
            }
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Planned& a, const Planned& b) {
        return std::tie(a.round.start, a.round.routeCode) < std::tie(b.round.start, b.round.routeCode);
    });
    return out;
}

// The scans of each checkpoint code, ordered by time (ties: by id, then as given).
class ScanIndex
{
public:
    explicit ScanIndex(std::span<const PatrolScan> scans)
    {
        for (const auto& s : scans) {
            m_byCheckpoint[s.checkpoint].push_back(&s);
        }
        for (auto& [code, list] : m_byCheckpoint) {
            std::stable_sort(list.begin(), list.end(), [](const PatrolScan* a, const PatrolScan* b) {
                return a->at != b->at ? a->at < b->at : a->id.value < b->id.value;
            });
        }
    }

    std::span<const PatrolScan* const> of(const std::string& checkpoint) const
    {
        const auto it = m_byCheckpoint.find(checkpoint);
        if (it == m_byCheckpoint.end()) {
            return {};
        }
        return it->second;
    }

private:
    std::map<std::string, std::vector<const PatrolScan*>, std::less<>> m_byCheckpoint;
};

RoundEvaluation evaluate(const PatrolRoute& route, const PlannedRound& round, const ScanIndex& scans, Instant asOf,
                         std::optional<Instant> nextWindowOpen)
{
    RoundEvaluation ev;
    ev.round = round;
    ev.expected = static_cast<int>(route.checkpoints.size());
    // A scan at the shared boundary of two touching windows belongs to the later round.
    const bool closeShared = nextWindowOpen && *nextWindowOpen == round.windowClose;
    for (const auto& checkpoint : route.checkpoints) {
        CheckpointVisit visit;
        visit.checkpoint = checkpoint.code;
        const auto list = scans.of(checkpoint.code);
        auto it = std::lower_bound(list.begin(), list.end(), round.windowOpen,
                                   [](const PatrolScan* s, Instant t) { return s->at < t; });
        for (; it != list.end() && (*it)->at <= round.windowClose; ++it) {
            const auto& scan = **it;
            if (scan.at > asOf) {
                break;
            }
            if (closeShared && scan.at == round.windowClose) {
                break;
            }
            if (route.site.value != 0 && scan.site.value != 0 && scan.site != route.site) {
                continue;
            }
            visit.at = scan.at;
            visit.guard = scan.guard;
            break;
        }
        if (visit.at) {
            ++ev.visited;
            if (!ev.startedAt || *visit.at < *ev.startedAt) {
                ev.startedAt = visit.at;
                ev.guard = visit.guard;
            }
        }
        ev.visits.push_back(std::move(visit));
    }

    if (asOf < round.windowOpen) {
        ev.outcome = RoundOutcome::Upcoming;
        return ev;
    }
    if (ev.visited == ev.expected) {
        for (const auto& v : ev.visits) {
            if (!ev.finishedAt || *v.at > *ev.finishedAt) {
                ev.finishedAt = v.at;
            }
        }
        const bool ordered =
            std::is_sorted(ev.visits.begin(), ev.visits.end(),
                           [](const CheckpointVisit& a, const CheckpointVisit& b) { return *a.at < *b.at; });
        if (!ordered) {
            ev.outcome = RoundOutcome::OutOfOrder;
        } else if (ev.startedAt && *ev.startedAt > round.onTimeUntil) {
            ev.outcome = RoundOutcome::Late;
        } else {
            ev.outcome = RoundOutcome::Complete;
        }
        return ev;
    }
    if (asOf <= round.windowClose) {
        ev.outcome = RoundOutcome::InProgress;
    } else {
        ev.outcome = ev.visited == 0 ? RoundOutcome::NotStarted : RoundOutcome::Incomplete;
    }
    return ev;
}

} // namespace

std::string_view roundOutcomeKey(RoundOutcome outcome)
{
    switch (outcome) {
    case RoundOutcome::Upcoming:
        return "upcoming";
    case RoundOutcome::InProgress:
        return "in_progress";
    case RoundOutcome::Complete:
        return "complete";
    case RoundOutcome::Late:
        return "late";
    case RoundOutcome::OutOfOrder:
        return "out_of_order";
    case RoundOutcome::Incomplete:
        return "incomplete";
    case RoundOutcome::NotStarted:
        return "not_started";
    }
    return "upcoming";
}

bool isFinal(RoundOutcome outcome)
{
    return outcome != RoundOutcome::Upcoming && outcome != RoundOutcome::InProgress;
}

std::vector<std::string> RoundEvaluation::missed() const
{
    std::vector<std::string> out;
    for (const auto& v : visits) {
        if (!v.at) {
            out.push_back(v.checkpoint);
        }
    }
    return out;
}

std::vector<PlannedRound> planRounds(const domain::SecuritySetup& setup, std::span<const PatrolRoute> versions,
                                     const domain::TimeZone& zone, Date first, Date last)
{
    std::vector<PlannedRound> out;
    for (auto& p : plan(setup, versions, zone, first, last)) {
        out.push_back(std::move(p.round));
    }
    return out;
}

RoundEvaluation evaluateRound(const PatrolRoute& route, const PlannedRound& round, std::span<const PatrolScan> scans,
                              Instant asOf, std::optional<Instant> nextWindowOpen)
{
    return evaluate(route, round, ScanIndex(scans), asOf, nextWindowOpen);
}

std::vector<RoundEvaluation> evaluateRounds(const domain::SecuritySetup& setup, std::span<const PatrolRoute> versions,
                                            const domain::TimeZone& zone, Date first, Date last,
                                            std::span<const PatrolScan> scans, Instant asOf)
{
    // One more day, so that the last round of `last` knows whether the next day's first round touches it.
    const auto next = Date{date::sys_days{last} + date::days{1}};
    const auto planned = plan(setup, versions, zone, first, next);
    const ScanIndex index(scans);
    std::vector<RoundEvaluation> out;
    for (std::size_t i = 0; i < planned.size(); ++i) {
        const auto& p = planned[i];
        if (date::sys_days{p.round.day} > date::sys_days{last}) {
            continue;
        }
        std::optional<Instant> nextOpen;
        for (std::size_t j = i + 1; j < planned.size(); ++j) {
            if (planned[j].round.routeCode == p.round.routeCode) {
                if (planned[j].round.windowOpen == p.round.windowClose) {
                    nextOpen = planned[j].round.windowOpen;
                }
                break;
            }
        }
        out.push_back(evaluate(*p.route, p.round, index, asOf, nextOpen));
    }
    return out;
}

} // namespace propdesk::rules
