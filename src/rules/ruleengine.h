#pragma once

#include "domain/ruleset.h"
#include "domain/workorder.h"
#include "evaluation.h"
#include "sitecontext.h"

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace propdesk::rules {

// The facts of a record that rule conditions look at.
struct RecordFacts
{
    domain::RuleSubject subject = domain::RuleSubject::WorkOrder;
    std::string_view category;
    std::string_view urgency;
    domain::Instant start; // reported or received
};

// The version in force on a local date: the latest effective on or before it, a version bound to
// `siteCode` preferred over the general ones. Null when none is in force yet. `sets` in any order.
const domain::RuleSet* ruleSetInForce(std::span<const domain::RuleSet> sets, domain::Date date,
                                      std::string_view siteCode);

// Evaluates the deadlines of one site's records against the stored rule-set versions (DESIGN.md §3).
class RuleEngine
{
public:
    RuleEngine(SiteContext site, std::string siteCode, std::vector<domain::RuleSet> ruleSets);

    const SiteContext& site() const { return m_site; }

    // The set in force on a local date for this site (see ruleSetInForce).
    std::shared_ptr<const domain::RuleSet> ruleSetFor(domain::Date date) const;
    std::shared_ptr<const domain::RuleSet> ruleSetFor(domain::Instant start) const;

    // The first rule of `set` for this subject and milestone whose conditions all hold. Null: the
    // milestone is not measured.
    const domain::Rule* match(const domain::RuleSet& set, const RecordFacts& facts, domain::Milestone milestone) const;
    bool conditionsHold(const domain::RuleCondition& when, const RecordFacts& facts) const;

    // One milestone against a rule, as of `asOf`. `end` and `holds` must already be cut at `asOf`.
    MilestoneResult evaluate(const domain::Rule& rule, domain::Milestone milestone, domain::Instant start,
                             std::optional<domain::Instant> end, std::span<const domain::Hold> holds,
                             domain::Instant asOf) const;
    // The completion milestone against an agreed deadline instead of the rules.
    MilestoneResult evaluateDue(domain::Instant start, domain::Instant due, std::optional<domain::Instant> end,
                                domain::Instant asOf) const;

    WorkOrderEvaluation evaluate(const domain::WorkOrderHeader& header, const domain::WorkOrderTimeline& timeline,
                                 domain::Instant asOf) const;
    // A complaint as of `asOf`, replaying its history up to then (verdicts and routings included).
    ComplaintEvaluation evaluate(const domain::Complaint& complaint, domain::Instant asOf) const;
    // A complaint whose timeline is already as of `asOf` (a current snapshot evaluated now: the boards).
    ComplaintEvaluation evaluate(const domain::ComplaintHeader& header, const domain::ComplaintTimeline& timeline,
                                 domain::Instant asOf) const;

private:
    SiteContext m_site;
    std::string m_siteCode;
    std::shared_ptr<const std::vector<domain::RuleSet>> m_ruleSets;
};

} // namespace propdesk::rules
