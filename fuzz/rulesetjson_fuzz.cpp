// libFuzzer target: the rule-set JSON reader (rules::parseRuleSet) on arbitrary bytes. A set it accepts
// must export (ruleSetToJson) to a file that it accepts again and that exports to the same text: export →
// edit → import round-trips (docs/rules.md).
// Built by scripts/fuzz.sh (clang); tests/reliability replays fuzz/corpus and fuzz/regressions with GCC.

#include "rules/rulesetjson.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace propdesk;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto set = rules::parseRuleSet(text, "fuzz.json");
    if (!set) {
        (void)set.error().describe();
        return 0;
    }
    const auto exported = rules::ruleSetToJson(*set);
    const auto again = rules::parseRuleSet(exported, "export.json");
    if (!again) {
        std::fprintf(stderr, "rulesetjson fuzz: the export of an accepted set is refused: %s\n%s",
                     again.error().describe().c_str(), exported.c_str());
        std::abort();
    }
    if (const auto twice = rules::ruleSetToJson(*again); twice != exported) {
        std::fprintf(stderr, "rulesetjson fuzz: export → import → export changes the set\n%s\n---\n%s",
                     exported.c_str(), twice.c_str());
        std::abort();
    }
    return 0;
}
