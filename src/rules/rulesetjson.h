#pragma once

#include "domain/error.h"
#include "domain/ruleset.h"

#include <span>
#include <string>
#include <string_view>

namespace propdesk::rules {

// The complaint categories a complaint rule may name (the complaints module records these keys).
std::span<const std::string_view> complaintCategoryKeys();

// Reads a rule set from its JSON form (docs/rules.md). A bad set is refused whole; the error names the
// rule ("rules[4] wo-completion-lighting") and the field ("limit.unit"). `source` names the file.
domain::Result<domain::RuleSet> parseRuleSet(std::string_view json, std::string_view source);

// Writes a rule set in the same form, so that export → edit → import round-trips.
std::string ruleSetToJson(const domain::RuleSet& set);

} // namespace propdesk::rules
