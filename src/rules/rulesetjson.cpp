#include "rulesetjson.h"

#include "domain/timezone.h"
#include "domain/workorder.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <set>

namespace propdesk::rules {

using domain::ClockKind;
using domain::ErrorCode;
using domain::LimitUnit;
using domain::Milestone;
using domain::RuleSubject;
using nlohmann::json;

namespace {

constexpr std::array<std::string_view, 8> kComplaintCategories{"repair_quality", "cleaning", "security",      "parking",
                                                               "noise",          "fees",     "staff_conduct", "other"};

template <typename Enum, std::size_t N>
std::optional<Enum> lookup(std::string_view text, const std::array<Enum, N>& values, std::string_view (*key)(Enum))
{
    for (const auto v : values) {
        if (key(v) == text) {
            return v;
        }
    }
    return std::nullopt;
}

constexpr std::array kSubjects{RuleSubject::WorkOrder, RuleSubject::Complaint};
constexpr std::array kMilestones{Milestone::Arrival, Milestone::Completion, Milestone::Revisit, Milestone::Response,
                                 Milestone::Resolution};
constexpr std::array kClocks{ClockKind::Elapsed, ClockKind::Working, ClockKind::CalendarDays, ClockKind::WorkingDays};
constexpr std::array kUnits{LimitUnit::Minutes, LimitUnit::Hours, LimitUnit::Days};

std::string joinKeys(std::span<const std::string_view> keys)
{
    std::string out;
    for (const auto k : keys) {
        if (!out.empty()) {
            out += ", ";
        }
        out += k;
    }
    return out;
}

// Collects the context of a validation error: which rule and which field.
class Checker
{
public:
    explicit Checker(std::string_view source) : m_source(source) {}

    std::unexpected<domain::Error> error(std::string_view record, std::string_view field, std::string message) const
    {
        std::string where(m_source);
        if (!record.empty()) {
            where += where.empty() ? "" : ": ";
            where += record;
        }
        return domain::fail(ErrorCode::InvalidInput, std::move(message), std::string(field), where);
    }

    // Refuses keys that are not in `allowed`, to catch typos that would otherwise silently do nothing.
    domain::Result<void> onlyKeys(const json& object, std::span<const std::string_view> allowed,
                                  std::string_view record, std::string_view prefix) const
    {
        for (const auto& [key, value] : object.items()) {
            if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
                return error(record, fmt::format("{}{}", prefix, key),
                             fmt::format("unknown field (expected one of: {})", joinKeys(allowed)));
            }
        }
        return {};
    }

private:
    std::string_view m_source;
};

domain::Result<std::vector<std::string>> readList(const Checker& check, const json& value, std::string_view record,
                                                  std::string_view field)
{
    if (!value.is_array() || value.empty()) {
        return check.error(record, field, "must be a non-empty list of text values");
    }
    std::vector<std::string> out;
    for (const auto& item : value) {
        if (!item.is_string()) {
            return check.error(record, field, "must be a list of text values");
        }
        out.push_back(item.get<std::string>());
    }
    return out;
}

domain::Result<domain::Rule> readRule(const Checker& check, const json& r, std::size_t index)
{
    std::string record = fmt::format("rules[{}]", index);
    if (!r.is_object()) {
        return check.error(record, "", "a rule must be an object");
    }
    constexpr std::array<std::string_view, 6> kRuleKeys{"id", "applies_to", "milestone", "when", "limit", "source"};
    domain::Rule rule;
    if (!r.contains("id") || !r["id"].is_string() || r["id"].get<std::string>().empty()) {
        return check.error(record, "id", "missing or empty");
    }
    rule.id = r["id"].get<std::string>();
    record += " " + rule.id;
    if (auto ok = check.onlyKeys(r, kRuleKeys, record, ""); !ok) {
        return std::unexpected(ok.error());
    }

    const auto subject = r.contains("applies_to") && r["applies_to"].is_string()
                             ? lookup(r["applies_to"].get<std::string>(), kSubjects, domain::subjectKey)
                             : std::nullopt;
    if (!subject) {
        return check.error(record, "applies_to", "must be work_order or complaint");
    }
    rule.appliesTo = *subject;

    const auto milestone = r.contains("milestone") && r["milestone"].is_string()
                               ? lookup(r["milestone"].get<std::string>(), kMilestones, domain::milestoneKey)
                               : std::nullopt;
    const bool forWorkOrder = rule.appliesTo == RuleSubject::WorkOrder;
    if (!milestone || forWorkOrder != (*milestone == Milestone::Arrival || *milestone == Milestone::Completion ||
                                       *milestone == Milestone::Revisit)) {
        return check.error(record, "milestone",
                           forWorkOrder ? "a work_order rule's milestone is arrival, completion or revisit"
                                        : "a complaint rule's milestone is response or resolution");
    }
    rule.milestone = *milestone;

    if (r.contains("when")) {
        const auto& w = r["when"];
        if (!w.is_object()) {
            return check.error(record, "when", "must be an object (use {} for no condition)");
        }
        constexpr std::array<std::string_view, 4> kWhenKeys{"category", "urgency", "working_day", "reported_between"};
        if (auto ok = check.onlyKeys(w, kWhenKeys, record, "when."); !ok) {
            return std::unexpected(ok.error());
        }
        if (w.contains("category")) {
            auto list = readList(check, w["category"], record, "when.category");
            if (!list) {
                return std::unexpected(list.error());
            }
            for (auto& c : *list) {
                if (forWorkOrder) {
                    const auto category = domain::parseCategory(c);
                    if (!category) {
                        return check.error(record, "when.category", fmt::format("unknown work-order category '{}'", c));
                    }
                    c = std::string(domain::categoryKey(*category));
                } else if (std::find(kComplaintCategories.begin(), kComplaintCategories.end(), c) ==
                           kComplaintCategories.end()) {
                    return check.error(
                        record, "when.category",
                        fmt::format("unknown complaint category '{}' (one of: {})", c, joinKeys(kComplaintCategories)));
                }
            }
            rule.when.categories = std::move(*list);
        }
        if (w.contains("urgency")) {
            if (!forWorkOrder) {
                return check.error(record, "when.urgency", "complaints have no urgency");
            }
            auto list = readList(check, w["urgency"], record, "when.urgency");
            if (!list) {
                return std::unexpected(list.error());
            }
            for (auto& u : *list) {
                const auto urgency = domain::parseUrgency(u);
                if (!urgency) {
                    return check.error(record, "when.urgency",
                                       fmt::format("unknown urgency '{}' (emergency, normal or difficult)", u));
                }
                u = std::string(domain::urgencyKey(*urgency));
            }
            rule.when.urgencies = std::move(*list);
        }
        if (w.contains("working_day")) {
            if (!w["working_day"].is_boolean()) {
                return check.error(record, "when.working_day", "must be true or false");
            }
            rule.when.workingDay = w["working_day"].get<bool>();
        }
        if (w.contains("reported_between")) {
            const auto& rb = w["reported_between"];
            if (!rb.is_array() || rb.size() != 2 || !rb[0].is_string() || !rb[1].is_string()) {
                return check.error(record, "when.reported_between", "must be [\"HH:MM\", \"HH:MM\"]");
            }
            const auto from = domain::parseClockTime(rb[0].get<std::string>());
            const auto to = domain::parseClockTime(rb[1].get<std::string>());
            if (!from || !to) {
                return check.error(record, "when.reported_between", (from ? to.error() : from.error()).message);
            }
            const auto wrap = [](domain::Seconds s) {
                return domain::Seconds{s.count() % 86400};
            };
            if (wrap(*from) == wrap(*to)) {
                return check.error(record, "when.reported_between", "the interval is empty (from equals to)");
            }
            rule.when.reportedBetween = std::pair{wrap(*from), wrap(*to)};
        }
    }

    if (!r.contains("limit") || !r["limit"].is_object()) {
        return check.error(record, "limit", "missing (give amount, unit and clock)");
    }
    const auto& limit = r["limit"];
    constexpr std::array<std::string_view, 3> kLimitKeys{"amount", "unit", "clock"};
    if (auto ok = check.onlyKeys(limit, kLimitKeys, record, "limit."); !ok) {
        return std::unexpected(ok.error());
    }
    if (!limit.contains("amount") || !limit["amount"].is_number_integer() || limit["amount"].get<long long>() < 0 ||
        limit["amount"].get<long long>() > 100000) {
        return check.error(record, "limit.amount", "must be a whole number from 0 to 100000");
    }
    rule.amount = limit["amount"].get<int>();
    const auto unit = limit.contains("unit") && limit["unit"].is_string()
                          ? lookup(limit["unit"].get<std::string>(), kUnits, domain::unitKey)
                          : std::nullopt;
    if (!unit) {
        return check.error(record, "limit.unit", "must be minutes, hours or days");
    }
    rule.unit = *unit;
    const auto clock = limit.contains("clock") && limit["clock"].is_string()
                           ? lookup(limit["clock"].get<std::string>(), kClocks, domain::clockKey)
                           : std::nullopt;
    if (!clock) {
        return check.error(record, "limit.clock", "must be elapsed, working, calendar_days or working_days");
    }
    rule.clock = *clock;
    const bool dayClock = rule.clock == ClockKind::CalendarDays || rule.clock == ClockKind::WorkingDays;
    if (dayClock && rule.unit != LimitUnit::Days) {
        return check.error(record, "limit.unit", fmt::format("the {} clock counts days", domain::clockKey(rule.clock)));
    }
    if (rule.clock == ClockKind::Working && rule.unit == LimitUnit::Days) {
        return check.error(record, "limit.unit",
                           "the working clock counts minutes or hours; for whole working days use working_days");
    }
    if (!dayClock && rule.amount == 0) {
        return check.error(record, "limit.amount", "a duration of 0 can never be met");
    }
    if (r.contains("source")) {
        if (!r["source"].is_string()) {
            return check.error(record, "source", "must be text");
        }
        rule.source = r["source"].get<std::string>();
    }
    return rule;
}

bool unconditional(const domain::RuleCondition& c)
{
    return c.categories.empty() && c.urgencies.empty() && !c.workingDay && !c.reportedBetween;
}

} // namespace

std::span<const std::string_view> complaintCategoryKeys()
{
    return kComplaintCategories;
}

domain::Result<domain::RuleSet> parseRuleSet(std::string_view text, std::string_view source)
{
    const Checker check(source);
    json doc;
    try {
        doc = json::parse(text);
    } catch (const json::exception& e) { // parse_error, and out_of_range for a number too large (1e999)
        return check.error("", "", fmt::format("not valid JSON: {}", e.what()));
    }
    if (!doc.is_object()) {
        return check.error("", "", "a rule set is a JSON object with name, effective_from and rules");
    }
    constexpr std::array<std::string_view, 5> kSetKeys{"name", "effective_from", "site", "description", "rules"};
    if (auto ok = check.onlyKeys(doc, kSetKeys, "", ""); !ok) {
        return std::unexpected(ok.error());
    }
    domain::RuleSet set;
    if (!doc.contains("name") || !doc["name"].is_string() || doc["name"].get<std::string>().empty()) {
        return check.error("", "name", "missing or empty");
    }
    set.name = doc["name"].get<std::string>();
    if (!doc.contains("effective_from") || !doc["effective_from"].is_string()) {
        return check.error("", "effective_from", "missing (YYYY-MM-DD)");
    }
    const auto from = domain::parseDate(doc["effective_from"].get<std::string>());
    if (!from) {
        return check.error("", "effective_from", from.error().message);
    }
    set.effectiveFrom = *from;
    if (doc.contains("site") && !doc["site"].is_null()) {
        if (!doc["site"].is_string() || doc["site"].get<std::string>().empty()) {
            return check.error("", "site", "must be a site code or null");
        }
        set.siteCode = doc["site"].get<std::string>();
    }
    if (doc.contains("description")) {
        if (!doc["description"].is_string()) {
            return check.error("", "description", "must be text");
        }
        set.description = doc["description"].get<std::string>();
    }
    if (!doc.contains("rules") || !doc["rules"].is_array() || doc["rules"].empty()) {
        return check.error("", "rules", "missing or empty: a rule set needs at least one rule");
    }
    std::set<std::string> ids;
    for (std::size_t i = 0; i < doc["rules"].size(); ++i) {
        auto rule = readRule(check, doc["rules"][i], i);
        if (!rule) {
            return std::unexpected(rule.error());
        }
        if (!ids.insert(rule->id).second) {
            return check.error(fmt::format("rules[{}] {}", i, rule->id), "id", "another rule has the same id");
        }
        // A rule behind an unconditional one for the same milestone can never apply: almost certainly
        // a mistake in the order of the list.
        for (const auto& earlier : set.rules) {
            if (earlier.appliesTo == rule->appliesTo && earlier.milestone == rule->milestone &&
                unconditional(earlier.when)) {
                return check.error(fmt::format("rules[{}] {}", i, rule->id), "when",
                                   fmt::format("can never apply: rule {} before it matches every {} {}", earlier.id,
                                               domain::subjectKey(rule->appliesTo),
                                               domain::milestoneKey(rule->milestone)));
            }
        }
        set.rules.push_back(std::move(*rule));
    }
    return set;
}

std::string ruleSetToJson(const domain::RuleSet& set)
{
    nlohmann::ordered_json doc;
    doc["name"] = set.name;
    doc["effective_from"] = domain::formatDate(set.effectiveFrom);
    doc["site"] = set.siteCode ? nlohmann::ordered_json(*set.siteCode) : nlohmann::ordered_json(nullptr);
    if (!set.description.empty()) {
        doc["description"] = set.description;
    }
    auto& rules = doc["rules"] = nlohmann::ordered_json::array();
    for (const auto& rule : set.rules) {
        nlohmann::ordered_json r;
        r["id"] = rule.id;
        r["applies_to"] = domain::subjectKey(rule.appliesTo);
        r["milestone"] = domain::milestoneKey(rule.milestone);
        auto& when = r["when"] = nlohmann::ordered_json::object();
        if (!rule.when.categories.empty()) {
            when["category"] = rule.when.categories;
        }
        if (!rule.when.urgencies.empty()) {
            when["urgency"] = rule.when.urgencies;
        }
        if (rule.when.workingDay) {
            when["working_day"] = *rule.when.workingDay;
        }
        if (rule.when.reportedBetween) {
            when["reported_between"] = {domain::formatClockTime(rule.when.reportedBetween->first),
                                        domain::formatClockTime(rule.when.reportedBetween->second)};
        }
        r["limit"] = {
            {"amount", rule.amount}, {"unit", domain::unitKey(rule.unit)}, {"clock", domain::clockKey(rule.clock)}};
        r["source"] = rule.source;
        rules.push_back(std::move(r));
    }
    return doc.dump(2) + "\n";
}

} // namespace propdesk::rules
