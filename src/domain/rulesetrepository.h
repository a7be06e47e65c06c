#pragma once

#include "error.h"
#include "ids.h"
#include "time.h"

#include <optional>
#include <string>
#include <vector>

namespace propdesk::domain {

// A stored rule-set version: its key and its JSON definition exactly as imported (the rules layer reads
// and writes the JSON).
struct RuleSetDocument
{
    RuleSetId id;
    std::string name;
    Date effectiveFrom;
    std::optional<std::string> siteCode;
    std::string definition;
};

class RuleSetRepository
{
public:
    virtual ~RuleSetRepository() = default;
    // Adds a version, or replaces the one with the same site and effective date.
    virtual Result<RuleSetId> save(const RuleSetDocument& document) = 0;
    // Every stored version, oldest effective date first.
    virtual Result<std::vector<RuleSetDocument>> all() = 0;
};

} // namespace propdesk::domain
