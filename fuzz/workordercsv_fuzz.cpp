// libFuzzer target: the work-order CSV importer's read-and-validate path (WorkOrderCsv::prepare: UTF-8
// and RFC 4180 reading, header mapping, every row's checks against a small database) on arbitrary bytes,
// with and without a --site. When rows are rejected, the rejects file it writes must read back as an
// importable file with the same rows and fields ("correct the rows and import FILE again", docs/cli.md).
// Built by scripts/fuzz.sh (clang); tests/reliability replays fuzz/corpus and fuzz/regressions with GCC.

#include "domain/clock.h"
#include "services/workspace.h"

#include <spdlog/spdlog.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

namespace {

using namespace propdesk;

class FixedClock final : public domain::Clock
{
public:
    domain::Instant now() const override { return domain::Instant{std::chrono::seconds{1743782400}}; } // 2025-04-05Z
};

// A database in memory (libFuzzer ends without running destructors: a file would be left behind) with two
// sites, one with daylight-saving time, and two stored orders; made once per process.
struct Fixture
{
    Fixture()
    {
        spdlog::set_level(spdlog::level::off);
        domain::User user;
        user.name = "fuzz";
        user.role = domain::Role::Manager;
        auto opened = services::Workspace::open(":memory:", services::OpenMode::CreateIfMissing, clock, user);
        if (!opened) {
            std::fprintf(stderr, "cannot create the fuzz database: %s\n", opened.error().describe().c_str());
            std::abort();
        }
        ws = std::move(*opened);
        for (const auto& [code, zone] : {std::pair{"HQ", "Asia/Shanghai"}, std::pair{"NY", "America/New_York"}}) {
            domain::Site site;
            site.code = code;
            site.name = code;
            site.timeZone = zone;
            if (!ws->sites().add(site)) {
                std::abort();
            }
        }
        const auto seed = "id,site,location,category,urgency,reported_at,completed_at\n"
                          "S1,HQ,1-1-101,plumbing,normal,2025-03-03 09:00,2025-03-03 10:00\n"
                          "S2,HQ,1-1-102,electrical,emergency,2025-03-04 09:00,\n";
        auto plan = ws->workOrderCsv().prepare(seed, "seed.csv", std::nullopt);
        if (!plan || !plan->rejected.empty() || !ws->workOrderCsv().commit(*plan)) {
            std::abort();
        }
    }

    FixedClock clock;
    std::unique_ptr<services::Workspace> ws;
};

[[noreturn]] void fail(const char* what, const std::string& detail)
{
    std::fprintf(stderr, "workordercsv fuzz: %s\n%s\n", what, detail.c_str());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static Fixture fixture;
    auto& csv = fixture.ws->workOrderCsv();
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (const auto& site : {std::optional<std::string>{}, std::optional<std::string>{"HQ"}}) {
        auto plan = csv.prepare(text, "fuzz.csv", site);
        if (!plan) {
            continue; // the database failed: not this target's concern
        }
        (void)plan->messages();
        if (plan->rejected.empty()) {
            continue;
        }
        std::ostringstream out;
        csv.writeRejects(*plan, out);
        const auto rejects = out.str();
        auto again = csv.prepare(rejects, "rejects.csv", site);
        if (!again || !again->importable() || again->rowCount() != plan->rejected.size()) {
            std::string why = again ? "" : again.error().describe();
            if (again) {
                why = std::to_string(plan->rejected.size()) + " rows rejected, " + std::to_string(again->rowCount()) +
                      " read back";
                for (const auto& m : again->messages()) {
                    why += "\n" + m;
                }
            }
            fail("the rejects file does not read back with the rejected rows", why + "\n--- rejects file:\n" + rejects);
        }
        // Same fields, reject columns aside; rows come back in file order, valid or not.
        std::size_t v = 0;
        std::size_t r = 0;
        for (const auto& original : plan->rejected) {
            const int line = (v < again->valid.size() ? again->valid[v].line : 1 << 30);
            if (r < again->rejected.size() && again->rejected[r].line < line) {
                std::vector<std::string> kept;
                for (std::size_t i = 0; i < again->header.size(); ++i) {
                    if (again->header[i] != "reject_line" && again->header[i] != "reject_reasons") {
                        kept.push_back(again->rejected[r].fields[i]);
                    }
                }
                std::vector<std::string> expected;
                for (std::size_t i = 0; i < plan->header.size(); ++i) {
                    if (plan->header[i] != "reject_line" && plan->header[i] != "reject_reasons") {
                        expected.push_back(original.fields[i]);
                    }
                }
                if (kept != expected) {
                    fail("a rejected row reads back with other fields", rejects);
                }
                ++r;
            } else {
                ++v; // a row that only failed because of another row (a duplicate id, a rejected rework)
            }
        }
    }
    return 0;
}
