#include "ruleengine.h"

#include "clockmath.h"

#include <algorithm>

namespace propdesk::rules {

using domain::ClockKind;
using domain::Instant;
using domain::Milestone;
using domain::Seconds;

RuleEngine::RuleEngine(SiteContext site, std::string siteCode, std::vector<domain::RuleSet> ruleSets)
    : m_site(std::move(site)), m_siteCode(std::move(siteCode)),
      m_ruleSets(std::make_shared<const std::vector<domain::RuleSet>>(std::move(ruleSets)))
{}

const domain::RuleSet* ruleSetInForce(std::span<const domain::RuleSet> sets, domain::Date date,
                                      std::string_view siteCode)
{
    const domain::RuleSet* general = nullptr;
    const domain::RuleSet* own = nullptr;
    const auto day = date::sys_days{date};
    for (const auto& set : sets) {
        if (date::sys_days{set.effectiveFrom} > day || (set.siteCode && *set.siteCode != siteCode)) {
            continue;
        }
        auto& slot = set.siteCode ? own : general;
        if (!slot || date::sys_days{slot->effectiveFrom} <= date::sys_days{set.effectiveFrom}) {
            slot = &set;
        }
    }
    return own ? own : general;
}

std::shared_ptr<const domain::RuleSet> RuleEngine::ruleSetFor(domain::Date date) const
{
    const auto* set = ruleSetInForce(*m_ruleSets, date, m_siteCode);
    // Aliases the engine's list: the set lives as long as anyone holds it.
    return set ? std::shared_ptr<const domain::RuleSet>(m_ruleSets, set) : nullptr;
}

std::shared_ptr<const domain::RuleSet> RuleEngine::ruleSetFor(Instant start) const
{
    return ruleSetFor(m_site.zone.localDate(start));
}

bool RuleEngine::conditionsHold(const domain::RuleCondition& when, const RecordFacts& facts) const
{
    const auto contains = [](const std::vector<std::string>& list, std::string_view value) {
        return list.empty() || std::find(list.begin(), list.end(), value) != list.end();
    };
    if (!contains(when.categories, facts.category) || !contains(when.urgencies, facts.urgency)) {
        return false;
    }
    if (when.workingDay && m_site.calendar.isWorkingDay(m_site.zone.localDate(facts.start)) != *when.workingDay) {
        return false;
    }
    if (when.reportedBetween) {
        const auto [from, to] = *when.reportedBetween;
        const Seconds tod = m_site.zone.timeOfDay(facts.start);
        const bool inside = from < to ? (tod >= from && tod < to) : (tod >= from || tod < to);
        if (!inside) {
            return false;
        }
    }
    return true;
}

const domain::Rule* RuleEngine::match(const domain::RuleSet& set, const RecordFacts& facts, Milestone milestone) const
{
    for (const auto& rule : set.rules) {
        if (rule.appliesTo == facts.subject && rule.milestone == milestone && conditionsHold(rule.when, facts)) {
            return &rule;
        }
    }
    return nullptr;
}

MilestoneResult RuleEngine::evaluate(const domain::Rule& rule, Milestone milestone, Instant start,
                                     std::optional<Instant> end, std::span<const domain::Hold> holds,
                                     Instant asOf) const
{
    MilestoneResult r;
    r.milestone = milestone;
    r.ruleId = rule.id;
    r.source = rule.source;
    r.clock = rule.clock;
    r.amount = rule.amount;
    r.unit = rule.unit;
    r.start = start;
    r.end = end;
    const Instant until = end.value_or(asOf);
    if (rule.clock == ClockKind::Elapsed || rule.clock == ClockKind::Working) {
        const Seconds limit = rule.duration();
        r.deadline = durationDeadline(rule.clock, m_site, start, limit, holds);
        r.active = activeTime(rule.clock, m_site, start, until, holds);
        const bool late = r.active > limit;
        r.outcome = late ? Outcome::Missed : (end ? Outcome::Met : Outcome::Pending);
        r.overBy = late ? r.active - limit : Seconds{0};
    } else {
        const Instant deadline = dayDeadline(rule.clock, m_site, start, rule.amount);
        r.deadline = deadline;
        r.active = until > start ? until - start : Seconds{0};
        const bool late = until > deadline;
        r.outcome = late ? Outcome::Missed : (end ? Outcome::Met : Outcome::Pending);
        r.overBy = late ? until - deadline : Seconds{0};
    }
    return r;
}

MilestoneResult RuleEngine::evaluateDue(Instant start, Instant due, std::optional<Instant> end, Instant asOf) const
{
    MilestoneResult r;
    r.milestone = Milestone::Completion;
    r.byDueAt = true;
    r.start = start;
    r.end = end;
    r.deadline = due;
    const Instant until = end.value_or(asOf);
    r.active = until > start ? until - start : Seconds{0};
    const bool late = until > due;
    r.outcome = late ? Outcome::Missed : (end ? Outcome::Met : Outcome::Pending);
    r.overBy = late ? until - due : Seconds{0};
    return r;
}

WorkOrderEvaluation RuleEngine::evaluate(const domain::WorkOrderHeader& header,
                                         const domain::WorkOrderTimeline& timeline, Instant asOf) const
{
    WorkOrderEvaluation ev;
    ev.timeline = timeline.asOf(asOf);
    ev.arrival.milestone = Milestone::Arrival;
    ev.completion.milestone = Milestone::Completion;
    ev.revisit.milestone = Milestone::Revisit;
    if (header.reportedAt > asOf || ev.timeline.cancelled) {
        return ev;
    }
    const auto& tl = ev.timeline;
    ev.ruleSet = ruleSetFor(header.reportedAt);
    const RecordFacts facts{domain::RuleSubject::WorkOrder, domain::categoryKey(header.category),
                            domain::urgencyKey(header.urgency), header.reportedAt};
    const auto* set = ev.ruleSet.get();
    if (set) {
        if (const auto* rule = match(*set, facts, Milestone::Arrival)) {
            // An order completed without a recorded arrival arrived when it was completed.
            const auto arrived = tl.arrived ? tl.arrived : tl.completed;
            ev.arrival = evaluate(*rule, Milestone::Arrival, header.reportedAt, arrived, tl.holds, asOf);
        }
    }
    if (header.dueAt) {
        ev.completion = evaluateDue(header.reportedAt, *header.dueAt, tl.completed, asOf);
    } else if (set) {
        if (const auto* rule = match(*set, facts, Milestone::Completion)) {
            ev.completion = evaluate(*rule, Milestone::Completion, header.reportedAt, tl.completed, tl.holds, asOf);
        }
    }
    if (set && tl.completed) {
        if (const auto* rule = match(*set, facts, Milestone::Revisit)) {
            ev.revisit = evaluate(*rule, Milestone::Revisit, *tl.completed, tl.revisited, tl.holds, asOf);
        }
    }
    const bool anyMeasured = ev.arrival.measured() || ev.completion.measured();
    if (ev.arrival.outcome == Outcome::Missed || ev.completion.outcome == Outcome::Missed) {
        ev.repair = Outcome::Missed;
    } else if (!anyMeasured) {
        ev.repair = Outcome::NotMeasured;
    } else if ((!ev.arrival.measured() || ev.arrival.outcome == Outcome::Met) &&
               (!ev.completion.measured() || ev.completion.outcome == Outcome::Met)) {
        ev.repair = Outcome::Met;
    } else {
        ev.repair = Outcome::Pending;
    }
    return ev;
}

ComplaintEvaluation RuleEngine::evaluate(const domain::Complaint& complaint, Instant asOf) const
{
    return evaluate(complaint.header, complaint.timeline(asOf), asOf);
}

ComplaintEvaluation RuleEngine::evaluate(const domain::ComplaintHeader& header,
                                         const domain::ComplaintTimeline& timeline, Instant asOf) const
{
    ComplaintEvaluation ev;
    ev.timeline = timeline;
    ev.response.milestone = Milestone::Response;
    ev.resolution.milestone = Milestone::Resolution;
    // A snapshot taken later than `asOf` must not leak its later steps into the outcome.
    const auto byAsOf = [asOf](std::optional<Instant> t) {
        return t && *t <= asOf ? t : std::nullopt;
    };
    const auto withdrawn = byAsOf(timeline.withdrawn);
    // Like a cancelled order, a withdrawn complaint has no rule set: it is out of every measure.
    if (header.receivedAt > asOf || withdrawn) {
        return ev;
    }
    ev.ruleSet = ruleSetFor(header.receivedAt);
    const auto* set = ev.ruleSet.get();
    if (!set) {
        return ev;
    }
    const RecordFacts facts{
        domain::RuleSubject::Complaint, domain::complaintCategoryKey(header.category), {}, header.receivedAt};
    const auto resolved = byAsOf(timeline.resolved);
    if (const auto* rule = match(*set, facts, Milestone::Response)) {
        // A complaint resolved without a recorded response was answered when it was resolved.
        const auto responded = byAsOf(timeline.responded);
        ev.response =
            evaluate(*rule, Milestone::Response, header.receivedAt, responded ? responded : resolved, {}, asOf);
    }
    if (const auto* rule = match(*set, facts, Milestone::Resolution)) {
        ev.resolution = evaluate(*rule, Milestone::Resolution, header.receivedAt, resolved, {}, asOf);
    }
    return ev;
}

} // namespace propdesk::rules
