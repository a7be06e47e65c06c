#include "bundleddata.h"

#include "embeddedresources.h"
#include "serviceslog.h"

namespace propdesk::services {

std::string_view bundledDefaultRuleSet()
{
    for (const auto& r : resources::embeddedResources()) {
        if (r.name == "rules/default.json") {
            return r.data;
        }
    }
    return {};
}

std::vector<domain::HolidayYear> bundledHolidayYears()
{
    // Parsed once: the files are part of the program, so a parse failure is a build defect, logged loudly.
    static const std::vector<domain::HolidayYear> years = [] {
        std::vector<domain::HolidayYear> out;
        for (const auto& r : resources::embeddedResources()) {
            if (!r.name.starts_with("holiday-cn/")) {
                continue;
            }
            auto year = domain::parseHolidayYear(r.data, r.name);
            if (year) {
                out.push_back(std::move(*year));
            } else {
                logger()->critical("bundled holiday file is invalid: {}", year.error().describe());
            }
        }
        return out;
    }();
    return years;
}

} // namespace propdesk::services
