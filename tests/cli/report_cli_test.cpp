// `propdesk-cli report --json / --xlsx` (docs/kpi-report.md) through the real binary: the document of a
// month worked out by hand, the workbook, and the usage errors.

#include "clirunner.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>

using propdesk::tests::CliRunner;
using Json = nlohmann::json;

namespace {

// March 2025 at HQ: A1 on time; A2 an emergency attended after 11 minutes (arrival missed); A3 reported at
// 20:00 and completed three days later; A4 never attended (3 April, pending as of 5 April is missed).
const char* kMarch = "id,location,category,urgency,reported_at,arrived_at,completed_at,revisited_at,cancelled_at,"
                     "satisfaction,rework_of,description\n"
                     "A1,1-1-101,plumbing,normal,2025-03-03 09:00,2025-03-03 09:20,2025-03-03 12:00,"
                     "2025-03-04 10:00,,5,,厨房水龙头漏水\n"
                     "A2,2-1-1502,electrical,emergency,2025-03-03 10:00,2025-03-03 10:11,2025-03-03 15:00,,,,,停电\n"
                     "A3,3-2-0801,lighting,normal,2025-03-05 20:00,2025-03-05 20:25,2025-03-08 10:00,"
                     "2025-03-08 12:00,,3,,楼道灯\n"
                     "A4,5-1-1201,civil,normal,2025-03-31 23:30,,,,,,,墙面开裂\n";

void setUpHq(const CliRunner& cli)
{
    REQUIRE(cli.run({"init"}).exitCode == 0);
    REQUIRE(
        cli.run({"site", "add", "HQ", "--name", "总部大厦", "--households", "800", "--residents", "2400"}).exitCode ==
        0);
    REQUIRE(cli.run({"workorders", "import", cli.write("march.csv", kMarch), "--site", "HQ"}).exitCode == 0);
}

const Json& indicator(const Json& doc, const std::string& key)
{
    const auto& list = doc.at("indicators");
    const auto it = std::ranges::find_if(list, [&](const Json& i) { return i.at("key") == key; });
    REQUIRE(it != list.end());
    return *it;
}

} // namespace

TEST_CASE("report --json writes the month's document with every indicator and the late orders")
{
    CliRunner cli;
    setUpHq(cli);
    const auto r = cli.run({"report", "--site", "HQ", "--month", "2025-03", "--as-of", "2025-04-05 00:00", "--json",
                            cli.path("march.json")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("Wrote ") == 0);
    const Json doc = Json::parse(cli.read("march.json"));
    CHECK(doc.at("format") == 1);
    CHECK(doc.at("site_code") == "HQ");
    CHECK(doc.at("site_name") == "总部大厦");
    CHECK(doc.at("month") == "2025-03");
    CHECK(doc.at("as_of") == "2025-04-05T00:00:00+08:00");
    CHECK(doc.at("targets_from").is_null()); // no version: the defaults
    CHECK(doc.at("indicators").size() == 41);
    CHECK(doc.at("trend_months").size() == 12);
    CHECK(doc.at("trend_months").back() == "2025-03");

    const auto& arrival = indicator(doc, "arrival_timeliness");
    CHECK(arrival.at("numerator") == 2);
    CHECK(arrival.at("denominator") == 4);
    CHECK(arrival.at("met") == false);
    CHECK(arrival.at("comparator") == ">=");
    CHECK(arrival.at("target_e4") == 10000);
    std::vector<std::string> late;
    for (const auto& e : arrival.at("exceptions")) {
        late.push_back(e.at("code"));
    }
    CHECK(late == std::vector<std::string>{"A2", "A4"});
    CHECK(arrival.at("exception_count") == 2);
    // A manual indicator without a figure: no data, no verdict.
    const auto& fees = indicator(doc, "fee_collection_rate");
    CHECK(fees.at("denominator") == 0);
    CHECK(fees.at("rate").is_null());
    CHECK(fees.at("met").is_null());
    CHECK(fees.at("exceptions").empty());
}

TEST_CASE("report --xlsx writes a workbook in the chosen language")
{
    CliRunner cli;
    setUpHq(cli);
    for (const std::string language : {"zh_CN", "en"}) {
        const auto file = cli.path("march-" + language + ".xlsx");
        const auto r = cli.run({"report", "--site", "HQ", "--month", "2025-03", "--as-of", "2025-04-05 00:00",
                                "--language", language, "--xlsx", file});
        REQUIRE(r.exitCode == 0);
        const auto bytes = cli.read("march-" + language + ".xlsx");
        REQUIRE(bytes.size() > 1000);
        CHECK(bytes.substr(0, 2) == "PK"); // a zip
    }
}

TEST_CASE("report refuses bad usage and bad input with the documented exit codes")
{
    CliRunner cli;
    setUpHq(cli);
    const std::vector<std::string> base{"report", "--site", "HQ", "--month", "2025-03"};
    auto with = [&](std::vector<std::string> extra) {
        auto args = base;
        args.insert(args.end(), extra.begin(), extra.end());
        return cli.run(args);
    };
    auto r = with({});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("report needs one of --xlsx FILE") != std::string::npos);
    r = with({"--xlsx", cli.path("a.xlsx"), "--json", cli.path("a.json")});
    CHECK(r.exitCode == 1);
    r = with({"--language", "fr", "--json", cli.path("a.json")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("--language is zh_CN or en") != std::string::npos);
    r = cli.run({"report", "--site", "HQ", "--month", "2025-13", "--json", cli.path("a.json")});
    CHECK(r.exitCode == 2);
    r = cli.run({"report", "--site", "NOPE", "--month", "2025-03", "--json", cli.path("a.json")});
    CHECK(r.exitCode == 2);
    r = with({"--as-of", "yesterday", "--json", cli.path("a.json")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("--as-of") != std::string::npos);
    r = with({"--json", cli.path("no/such/folder/a.json")});
    CHECK(r.exitCode == 3);
    r = with({"--xlsx", cli.path("no/such/folder/a.xlsx")});
    CHECK(r.exitCode == 3);
}
