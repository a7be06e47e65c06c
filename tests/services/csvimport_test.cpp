// Work-order CSV import (DESIGN.md §5): every validation problem is reported as FILE:LINE: column:
// reason, and validation writes nothing.

#include "services/csvtable.h"
#include "servicetestsupport.h"

#include <map>

using namespace propdesk;
using namespace std::chrono_literals;
using propdesk::tests::at;
using propdesk::tests::Desk;
using Messages = std::vector<std::string>;

namespace {

using Fields = std::map<std::string, std::string>;

const std::vector<std::string> kHeader{"id",          "site",       "location",     "category",     "urgency",
                                       "reported_at", "arrived_at", "completed_at", "revisited_at", "cancelled_at",
                                       "due_at",      "holds",      "rework_of",    "satisfaction", "description"};

std::string csvField(const std::string& v)
{
    if (v.find_first_of(",\"\r\n") == std::string::npos) {
        return v;
    }
    std::string out = "\"";
    for (const char c : v) {
        out += c;
        if (c == '"') {
            out += '"';
        }
    }
    return out + "\"";
}

// A CSV file with kHeader and one row per entry. Each row starts from a valid order of site HQ (plumbing,
// normal, reported 2025-03-03 09:00) and overrides the columns it names; "" empties a column.
std::string orders(const std::vector<Fields>& rows)
{
    const Fields defaults{{"site", "HQ"},
                          {"location", "1-1-101"},
                          {"category", "plumbing"},
                          {"urgency", "normal"},
                          {"reported_at", "2025-03-03 09:00"}};
    std::string out;
    for (std::size_t i = 0; i < kHeader.size(); ++i) {
        out += (i ? "," : "") + kHeader[i];
    }
    out += "\n";
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < kHeader.size(); ++i) {
            std::string v;
            if (const auto it = row.find(kHeader[i]); it != row.end()) {
                v = it->second;
            } else if (const auto d = defaults.find(kHeader[i]); d != defaults.end()) {
                v = d->second;
            }
            out += (i ? "," : "") + csvField(v);
        }
        out += "\n";
    }
    return out;
}

struct ImportDesk : Desk
{
    ImportDesk() { addSite("HQ"); }

    // Prepares `csv`, checks that validation wrote nothing, and returns the plan.
    services::ImportPlan check(std::string_view csv, std::optional<std::string> site = std::nullopt)
    {
        const auto before = storedOrders("HQ");
        auto plan = prepare(csv, std::move(site));
        CHECK(storedOrders("HQ") == before);
        return plan;
    }
};

} // namespace

TEST_CASE("a valid file imports every order with its history")
{
    ImportDesk desk;
    auto plan = desk.check(orders({
        {{"id", "A1"},
         {"arrived_at", "2025-03-03 09:20"},
         {"completed_at", "2025-03-03 11:00"},
         {"revisited_at", "2025-03-04 10:00"},
         {"satisfaction", "5"}},
        {{"id", "A2"}, {"urgency", "emergency"}, {"reported_at", "2025-03-03T10:00:00+08:00"}},
        {{"id", "A3"}, {"reported_at", "2025-03-03T02:00:00Z"}, {"cancelled_at", "2025-03-03 10:30"}},
    }));
    CHECK(plan.messages().empty());
    REQUIRE(plan.valid.size() == 3);
    CHECK(plan.valid[0].line == 2);
    CHECK(plan.valid[2].line == 4);

    auto written = desk.ws->workOrderCsv().commit(plan);
    REQUIRE(written);
    CHECK(*written == 3);
    CHECK(desk.storedOrders("HQ") == 3);

    auto a1 = desk.ws->workOrders().get("HQ", "A1");
    REQUIRE(a1);
    CHECK(a1->status() == domain::WorkOrderStatus::Revisited);
    CHECK(a1->timeline().satisfaction == 5);
    CHECK(a1->timeline().arrived == at("2025-03-03 09:20"));
    auto a2 = desk.ws->workOrders().get("HQ", "A2");
    REQUIRE(a2);
    CHECK(a2->header.reportedAt == at("2025-03-03 10:00"));
    CHECK(a2->header.urgency == domain::Urgency::Emergency);
    auto a3 = desk.ws->workOrders().get("HQ", "A3");
    REQUIRE(a3);
    CHECK(a3->header.reportedAt == at("2025-03-03 10:00"));
    CHECK(a3->status() == domain::WorkOrderStatus::Cancelled);
}

TEST_CASE("import: a missing required value is named by line and column")
{
    ImportDesk desk;
    auto plan = desk.check(orders({
        {{"id", "OK1"}},
        {{"id", ""}},
        {{"id", "B3"}, {"location", ""}},
        {{"id", "B4"}, {"category", ""}},
        {{"id", "B5"}, {"urgency", ""}},
        {{"id", "B6"}, {"reported_at", ""}},
        {{"id", "B7"}, {"site", ""}},
    }));
    CHECK(plan.messages() == Messages{
                                 "orders.csv:3: id: required",
                                 "orders.csv:4: location: required",
                                 "orders.csv:5: category: required",
                                 "orders.csv:6: urgency: required",
                                 "orders.csv:7: reported_at: required",
                                 "orders.csv:8: site: required",
                             });
    CHECK(plan.valid.size() == 1);
    CHECK(plan.rejected.size() == 6);
}

TEST_CASE("import: an unknown category, urgency or site is refused")
{
    ImportDesk desk;
    auto plan = desk.check(orders({
        {{"id", "B1"}, {"category", "roof"}},
        {{"id", "B2"}, {"urgency", "urgent"}},
        {{"id", "B3"}, {"site", "XX"}},
        {{"id", "OK"}},
    }));
    CHECK(plan.messages() == Messages{
                                 "orders.csv:2: category: unknown category 'roof'",
                                 "orders.csv:3: urgency: unknown urgency 'urgent' (emergency, normal or difficult)",
                                 "orders.csv:4: site: unknown site 'XX'",
                             });
    REQUIRE(plan.valid.size() == 1);
    CHECK(plan.valid[0].line == 5);
    REQUIRE(plan.rejected.size() == 3);
    CHECK(plan.rejected[0].line == 2);
    CHECK(plan.rejected[0].issues.size() == 1);
    CHECK(plan.rejected[0].issues[0].column == "category");
}

TEST_CASE("import: an unknown or missing column refuses the whole file")
{
    ImportDesk desk;
    SECTION("unknown column")
    {
        auto plan = desk.check("id,site,location,category,urgency,reported_at,colour\n"
                               "A1,HQ,1-1-101,plumbing,normal,2025-03-03 09:00,red\n");
        REQUIRE(plan.messages().size() == 1);
        CHECK_THAT(plan.messages()[0], Catch::StartsWith("orders.csv:1: colour: unknown column (the columns are: id, "
                                                         "site, location, category, urgency, reported_at,"));
        CHECK_FALSE(plan.importable());
        CHECK(plan.valid.empty());
        auto commit = desk.ws->workOrderCsv().commit(plan);
        REQUIRE_FALSE(commit);
        CHECK(commit.error().code == domain::ErrorCode::InvalidInput);
        CHECK(desk.storedOrders("HQ") == 0);
    }
    SECTION("missing required column")
    {
        auto plan = desk.check("id,site,category,urgency,reported_at\n"
                               "A1,HQ,plumbing,normal,2025-03-03 09:00\n");
        CHECK(plan.messages() == Messages{"orders.csv:1: location: required column is missing"});
        CHECK_FALSE(plan.importable());
    }
    SECTION("a column given twice")
    {
        auto plan = desk.check("id,site,location,category,urgency,reported_at,location\n"
                               "A1,HQ,1-1-101,plumbing,normal,2025-03-03 09:00,1-1-102\n");
        CHECK(plan.messages() == Messages{"orders.csv:1: location: the column appears twice"});
        CHECK_FALSE(plan.importable());
    }
}

TEST_CASE("import: a time that cannot be read is refused")
{
    ImportDesk desk;
    auto plan = desk.check(orders({
        {{"id", "B1"}, {"reported_at", "03/03/2025 9am"}},
        {{"id", "B2"}, {"arrived_at", "2025-02-30 10:00"}},
        {{"id", "B3"}, {"completed_at", "2025-03-03 25:00"}},
        {{"id", "B4"}, {"due_at", "2025-03-03 18:00 +08:00"}},
    }));
    CHECK(plan.messages() ==
          Messages{
              "orders.csv:2: reported_at: '03/03/2025 9am' is not a time (YYYY-MM-DD HH:MM[:SS], or ISO 8601 with T "
              "and an optional offset)",
              "orders.csv:3: arrived_at: '2025-02-30' is not a valid calendar date",
              "orders.csv:4: completed_at: '2025-03-03 25:00' has no such time of day",
              "orders.csv:5: due_at: '2025-03-03 18:00 +08:00' is not a time (YYYY-MM-DD HH:MM[:SS], or ISO 8601 "
              "with T and an optional offset)",
          });
    CHECK(plan.valid.empty());
}

TEST_CASE("import: a local time skipped or repeated by a daylight-saving change is refused unless it has an offset")
{
    ImportDesk desk;
    desk.addSite("NY", "America/New_York");
    auto plan = desk.check(orders({
        {{"id", "N1"}, {"site", "NY"}, {"reported_at", "2015-03-08 02:30"}},
        {{"id", "N2"}, {"site", "NY"}, {"reported_at", "2015-11-01 01:30"}},
        {{"id", "N3"}, {"site", "NY"}, {"reported_at", "2015-11-01T01:30:00-05:00"}},
        {{"id", "N4"}, {"site", "NY"}, {"reported_at", "2015-11-01T01:30:00-04:00"}},
        {{"id", "N5"}, {"site", "NY"}, {"reported_at", "2015-03-08 01:59"}, {"arrived_at", "2015-03-08 03:00"}},
        {{"id", "N6"}, {"site", "NY"}, {"reported_at", "2015-03-08 01:00"}, {"holds", "2015-03-08 02:15/"}},
    }));
    CHECK(plan.messages() == Messages{
                                 "orders.csv:2: reported_at: 2015-03-08 02:30:00 does not exist in America/New_York "
                                 "(the clocks skip it at a daylight-saving change); give an explicit offset",
                                 "orders.csv:3: reported_at: 2015-11-01 01:30:00 is ambiguous in America/New_York (it "
                                 "happens twice at a daylight-saving change); give an explicit offset",
                                 "orders.csv:7: holds: hold 1 start: 2015-03-08 02:15:00 does not exist in "
                                 "America/New_York (the clocks skip it at a daylight-saving change); give an "
                                 "explicit offset",
                             });
    REQUIRE(plan.valid.size() == 3);
    // The same wall-clock reading with the two offsets is two different instants, an hour apart.
    CHECK(plan.valid[0].order.header.reportedAt == at("2015-11-01 06:30", "UTC"));
    CHECK(plan.valid[1].order.header.reportedAt == at("2015-11-01 05:30", "UTC"));
    // 01:59 EST to 03:00 EDT is one minute of real time.
    CHECK(*plan.valid[2].order.timeline().arrived - plan.valid[2].order.header.reportedAt == 1min);
}

TEST_CASE("import: arrival, completion or due time before the report is refused")
{
    ImportDesk desk;
    auto plan = desk.check(orders({
        {{"id", "B1"}, {"arrived_at", "2025-03-03 08:50"}},
        {{"id", "B2"}, {"completed_at", "2025-03-03 08:00"}},
        {{"id", "B3"}, {"due_at", "2025-03-02 18:00"}},
        {{"id", "B4"}, {"arrived_at", "2025-03-03 09:20"}, {"completed_at", "2025-03-03 09:10"}},
        {{"id", "B5"}, {"cancelled_at", "2025-03-03 08:59"}},
        {{"id", "OK"},
         {"arrived_at", "2025-03-03 09:00"},
         {"completed_at", "2025-03-03 09:00"},
         {"due_at", "2025-03-03 09:00"}},
    }));
    CHECK(plan.messages() ==
          Messages{
              "orders.csv:2: arrived_at: 2025-03-03 08:50 is before reported_at (2025-03-03 09:00)",
              "orders.csv:3: completed_at: 2025-03-03 08:00 is before reported_at (2025-03-03 09:00)",
              "orders.csv:4: due_at: 2025-03-02 18:00 is before reported_at (2025-03-03 09:00)",
              "orders.csv:5: completed_at: 2025-03-03 09:10 is before arrived_at (2025-03-03 09:20)",
              "orders.csv:6: cancelled_at: 2025-03-03 08:59 is before reported_at (2025-03-03 09:00)",
          });
    REQUIRE(plan.valid.size() == 1);
    CHECK(plan.valid[0].line == 7);
}

TEST_CASE("import: a revisit before completion, or without one, is refused")
{
    ImportDesk desk;
    auto plan = desk.check(orders({
        {{"id", "B1"}, {"completed_at", "2025-03-03 11:00"}, {"revisited_at", "2025-03-03 10:30"}},
        {{"id", "B2"}, {"revisited_at", "2025-03-04 10:00"}},
        {{"id", "OK"}, {"completed_at", "2025-03-03 11:00"}, {"revisited_at", "2025-03-03 11:00"}},
    }));
    CHECK(plan.messages() ==
          Messages{
              "orders.csv:2: revisited_at: 2025-03-03 10:30 is before completed_at (2025-03-03 11:00)",
              "orders.csv:3: revisited_at: the order is not completed",
          });
    CHECK(plan.valid.size() == 1);
}

TEST_CASE("import: holds must lie within reported…completed, not overlap, and be closed on a completed order")
{
    ImportDesk desk;
    const Fields done{{"arrived_at", "2025-03-03 09:20"}, {"completed_at", "2025-03-03 12:00"}};
    const auto with = [&](Fields f) {
        f.insert(done.begin(), done.end());
        return f;
    };
    auto plan = desk.check(orders({
        with({{"id", "B1"}, {"holds", "2025-03-03 08:00/2025-03-03 08:30"}}),
        with({{"id", "B2"}, {"holds", "2025-03-03 11:00/2025-03-03 13:00"}}),
        with({{"id", "B3"}, {"holds", "2025-03-03 09:30/2025-03-03 10:30;2025-03-03 10:00/2025-03-03 10:45"}}),
        with({{"id", "B4"}, {"holds", "2025-03-03 10:00/"}}),
        with({{"id", "B5"}, {"holds", "2025-03-03 10:30/2025-03-03 10:00"}}),
        with({{"id", "B6"}, {"holds", "2025-03-03 10:00-2025-03-03 10:30"}}),
        with({{"id", "OK1"}, {"holds", "2025-03-03 09:30/2025-03-03 10:00;2025-03-03 10:00/2025-03-03 11:00"}}),
        {{"id", "OK2"}, {"arrived_at", "2025-03-03 09:20"}, {"holds", "2025-03-03 10:00/"}},
        // The resident was not at home until the technician could come in; then a hold closed at completion.
        with({{"id", "OK3"}, {"holds", "2025-03-03 09:00/2025-03-03 09:20;2025-03-03 11:30/2025-03-03 12:00"}}),
        with({{"id", "OK4"}, {"holds", "2025-03-03 09:20/2025-03-03 09:20"}}),
    }));
    CHECK(plan.messages() ==
          Messages{
              "orders.csv:2: holds: hold from 2025-03-03 08:00 lies outside reported_at…completed_at",
              "orders.csv:3: holds: hold from 2025-03-03 11:00 lies outside reported_at…completed_at",
              "orders.csv:4: holds: hold from 2025-03-03 10:00 overlaps the hold before it",
              "orders.csv:5: holds: hold from 2025-03-03 10:00 is still open on a completed order",
              "orders.csv:6: holds: hold 1 ends before it starts",
              "orders.csv:7: holds: hold 1 '2025-03-03 10:00-2025-03-03 10:30' is not start/end",
          });
    REQUIRE(plan.valid.size() == 4);
    REQUIRE(desk.ws->workOrderCsv().commit(plan));
    auto back2back = desk.ws->workOrders().get("HQ", "OK1");
    REQUIRE(back2back);
    CHECK(back2back->timeline().holds.size() == 2);
    // An order still on hold may be imported as such.
    auto waiting = desk.ws->workOrders().get("HQ", "OK2");
    REQUIRE(waiting);
    CHECK(waiting->status() == domain::WorkOrderStatus::OnHold);
}

TEST_CASE("import: a rating must be 1 to 5 and belongs to a revisit")
{
    ImportDesk desk;
    const Fields revisited{{"completed_at", "2025-03-03 11:00"}, {"revisited_at", "2025-03-04 10:00"}};
    const auto with = [&](Fields f) {
        f.insert(revisited.begin(), revisited.end());
        return f;
    };
    auto plan = desk.check(orders({
        with({{"id", "B1"}, {"satisfaction", "6"}}),
        with({{"id", "B2"}, {"satisfaction", "0"}}),
        with({{"id", "B3"}, {"satisfaction", "five"}}),
        {{"id", "B4"}, {"completed_at", "2025-03-03 11:00"}, {"satisfaction", "4"}},
        with({{"id", "OK1"}, {"satisfaction", "1"}}),
        with({{"id", "OK5"}, {"satisfaction", "5"}}),
    }));
    CHECK(plan.messages() == Messages{
                                 "orders.csv:2: satisfaction: '6' is not a rating from 1 to 5",
                                 "orders.csv:3: satisfaction: '0' is not a rating from 1 to 5",
                                 "orders.csv:4: satisfaction: 'five' is not a rating from 1 to 5",
                                 "orders.csv:5: satisfaction: a rating needs revisited_at",
                             });
    CHECK(plan.valid.size() == 2);
}

TEST_CASE("import: an id may appear once per site, in the file and in the database")
{
    ImportDesk desk;
    desk.addSite("B2");
    auto first = desk.check(orders({{{"id", "A1"}}, {{"id", "A1"}, {"site", "B2"}}}));
    CHECK(first.messages().empty()); // the same id at two sites is two orders
    REQUIRE(desk.ws->workOrderCsv().commit(first));
    CHECK(desk.storedOrders("HQ") == 1);

    auto plan = desk.check(orders({
        {{"id", "A2"}},
        {{"id", "A1"}},
        {{"id", "A2"}, {"location", "9-9-909"}},
        {{"id", "A3"}},
    }));
    CHECK(plan.messages() == Messages{
                                 "orders.csv:3: id: already stored at site HQ",
                                 "orders.csv:4: id: duplicate: line 2 has the same id",
                             });
    REQUIRE(plan.valid.size() == 2);
    CHECK(plan.valid[0].line == 2);
    CHECK(plan.valid[1].line == 5);
}

TEST_CASE("import: rework_of names an order of the file or the database, reported no later")
{
    ImportDesk desk;
    REQUIRE(desk.ws->workOrderCsv().commit(desk.check(orders({{{"id", "OLD"}, {"reported_at", "2025-03-01 09:00"}}}))));

    SECTION("a reference to nothing is refused")
    {
        auto plan = desk.check(orders({
            {{"id", "R1"}, {"rework_of", "ZZ"}},
            {{"id", "R2"}, {"rework_of", "R2"}},
        }));
        CHECK(plan.messages() == Messages{
                                     "orders.csv:2: rework_of: names no order ZZ at site HQ",
                                     "orders.csv:3: rework_of: an order cannot rework itself",
                                 });
        CHECK(plan.valid.empty());
    }
    SECTION("a row of the same file, in any order of lines, and a stored order are found")
    {
        auto plan = desk.check(orders({
            {{"id", "R1"}, {"reported_at", "2025-03-05 09:00"}, {"rework_of", "O1"}},
            {{"id", "O1"}, {"reported_at", "2025-03-03 09:00"}, {"completed_at", "2025-03-03 11:00"}},
            {{"id", "R2"}, {"reported_at", "2025-03-06 09:00"}, {"rework_of", "OLD"}},
        }));
        CHECK(plan.messages().empty());
        REQUIRE(desk.ws->workOrderCsv().commit(plan));
        auto o1 = desk.ws->workOrders().get("HQ", "O1");
        auto r1 = desk.ws->workOrders().get("HQ", "R1");
        auto old = desk.ws->workOrders().get("HQ", "OLD");
        auto r2 = desk.ws->workOrders().get("HQ", "R2");
        REQUIRE((o1 && r1 && old && r2));
        CHECK(r1->header.reworkOf == o1->header.id);
        CHECK(r2->header.reworkOf == old->header.id);
    }
    SECTION("an original reported after its rework is refused, and so is a rework of a rejected row")
    {
        auto plan = desk.check(orders({
            {{"id", "R1"}, {"reported_at", "2025-03-03 09:00"}, {"rework_of", "O1"}},
            {{"id", "O1"}, {"reported_at", "2025-03-04 09:00"}},
            {{"id", "BAD"}, {"category", "roof"}},
            {{"id", "R3"}, {"rework_of", "BAD"}},
            {{"id", "R4"}, {"reported_at", "2025-02-28 09:00"}, {"rework_of", "OLD"}},
        }));
        CHECK(plan.messages() == Messages{
                                     "orders.csv:2: rework_of: order O1 was reported after this one",
                                     "orders.csv:4: category: unknown category 'roof'",
                                     "orders.csv:5: rework_of: names order BAD, which is rejected (line 4)",
                                     "orders.csv:6: rework_of: order OLD was reported after this one",
                                 });
        REQUIRE(plan.valid.size() == 1);
        CHECK(plan.valid[0].line == 3);
    }
}

TEST_CASE("import: several problems of one row are all reported, in line order")
{
    ImportDesk desk;
    auto plan = desk.check(orders({
        {{"id", "OK"}},
        {{"id", "B1"}, {"category", "roof"}, {"urgency", "soon"}, {"arrived_at", "2025-03-03 08:00"}},
    }));
    CHECK(plan.messages() == Messages{
                                 "orders.csv:3: category: unknown category 'roof'",
                                 "orders.csv:3: urgency: unknown urgency 'soon' (emergency, normal or difficult)",
                                 "orders.csv:3: arrived_at: 2025-03-03 08:00 is before reported_at (2025-03-03 09:00)",
                             });
    REQUIRE(plan.rejected.size() == 1);
    CHECK(plan.rejected[0].issues.size() == 3);
}

TEST_CASE("malformed CSV refuses the file, naming the line")
{
    ImportDesk desk;
    const std::string header = "id,site,location,category,urgency,reported_at\n";
    const std::string good = "A1,HQ,1-1-101,plumbing,normal,2025-03-03 09:00\n";
    const auto refused = [&](const std::string& csv, const Messages& expected) {
        auto plan = desk.check(csv);
        CHECK(plan.messages() == expected);
        CHECK_FALSE(plan.importable());
        CHECK(plan.valid.empty());
        CHECK_FALSE(desk.ws->workOrderCsv().commit(plan));
        CHECK(desk.storedOrders("HQ") == 0);
    };

    SECTION("a quoted field that is never closed")
    {
        refused(header + good + "A2,HQ,\"1-1-102,plumbing,normal,2025-03-03 09:00\n" + good,
                {"orders.csv:3: malformed CSV: a quoted field is never closed"});
    }
    SECTION("text after a closing quote")
    {
        auto plan = desk.check(header + good + "A2,HQ,\"1-1\"102,plumbing,normal,2025-03-03 09:00\n");
        REQUIRE(plan.messages().size() == 1);
        CHECK_THAT(plan.messages()[0], Catch::StartsWith("orders.csv:3: malformed CSV"));
        CHECK(plan.valid.empty());
    }
    SECTION("bytes that are not UTF-8 (a file saved as GBK)")
    {
        refused(header + good + "A2,HQ,1-1-102,\xc4\xe3\xba\xc3,normal,2025-03-03 09:00\n",
                {"orders.csv:3: not valid UTF-8 (if Excel saved it as GBK/GB18030, save it again as \"CSV UTF-8\")"});
    }
    SECTION("an empty file")
    {
        refused("", {"orders.csv: the file is empty (expected a header row)"});
        refused("\xEF\xBB\xBF\r\n\r\n", {"orders.csv: the file is empty (expected a header row)"});
    }
    SECTION("a header without rows")
    {
        refused(header, {"orders.csv: no work orders after the header"});
    }
    SECTION("a row with more or fewer fields than the header")
    {
        refused(header + good + "A2,HQ,1-1-102,plumbing,normal\n", {"orders.csv:3: has 5 fields, the header has 6"});
        refused(header + good + good + "A3,HQ,1-1-102,plumbing,normal,2025-03-03 09:00,extra\n",
                {"orders.csv:4: has 7 fields, the header has 6"});
    }
}

TEST_CASE("quoted fields may hold commas, quotes and line breaks, and later rows keep their line numbers")
{
    ImportDesk desk;
    const std::string description = "漏水, 很急\n\"楼上\"说是管道\n第三行";
    const std::string csv = "id,site,location,category,urgency,reported_at,description\n"
                            "A1,HQ,\"3-2-1502, 北门\",plumbing,normal,2025-03-03 09:00,\"漏水, 很急\n"
                            "\"\"楼上\"\"说是管道\n"
                            "第三行\"\n"
                            "A2,HQ,1-1-101,roof,normal,2025-03-03 09:00,\n"
                            "A3,HQ,1-1-101,plumbing,normal,2025-03-03 09:00,\"\"\n";
    auto plan = desk.check(csv);
    CHECK(plan.messages() == Messages{"orders.csv:5: category: unknown category 'roof'"});
    REQUIRE(plan.valid.size() == 2);
    CHECK(plan.valid[0].line == 2);
    CHECK(plan.valid[0].order.header.location == "3-2-1502, 北门");
    CHECK(plan.valid[0].order.header.description == description);
    CHECK(plan.valid[1].line == 6);
    CHECK(plan.valid[1].order.header.description.empty());

    REQUIRE(desk.ws->workOrderCsv().commit(plan));
    auto stored = desk.ws->workOrders().get("HQ", "A1");
    REQUIRE(stored);
    CHECK(stored->header.description == description);
}

TEST_CASE("a byte-order mark, Windows line ends and Chinese category and urgency names are accepted")
{
    ImportDesk desk;
    const std::string csv = "\xEF\xBB\xBF"
                            "id,site,location,category,urgency,reported_at\r\n"
                            "C1,HQ,1-1-101,给排水,急修,2025-03-03 09:00\r\n"
                            "C2,HQ,1-1-101,水,一般,2025-03-03 09:00\r\n"
                            "C3,HQ,1-1-101,电,零修,2025-03-03 09:00\r\n"
                            "C4,HQ,1-1-101,燃气,疑难,2025-03-03 09:00\r\n"
                            "C5,HQ,1-1-101,门窗,normal,2025-03-03 09:00\r\n"
                            "C6,HQ,1-1-101,照明,normal,2025-03-03 09:00\r\n"
                            "C7,HQ,1-1-101,土建,normal,2025-03-03 09:00\r\n"
                            "C8,HQ,1-1-101,电梯,normal,2025-03-03 09:00\r\n"
                            "C9,HQ,1-1-101,消防,normal,2025-03-03 09:00\r\n"
                            "C10,HQ,1-1-101,空调,normal,2025-03-03 09:00\r\n"
                            "C11,HQ,1-1-101,其他,normal,2025-03-03 09:00\r\n";
    auto plan = desk.check(csv);
    CHECK(plan.messages().empty());
    CHECK(plan.header.front() == "id");
    REQUIRE(plan.valid.size() == 11);
    using domain::Category;
    const std::vector<Category> expected{Category::Plumbing, Category::Plumbing,     Category::Electrical,
                                         Category::Gas,      Category::DoorsWindows, Category::Lighting,
                                         Category::Civil,    Category::Elevator,     Category::Fire,
                                         Category::Hvac,     Category::Other};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CHECK(plan.valid[i].order.header.category == expected[i]);
        CHECK(plan.valid[i].order.header.code == "C" + std::to_string(i + 1)); // no stray '\r'
        CHECK(plan.valid[i].line == static_cast<int>(i) + 2);
    }
    CHECK(plan.valid[0].order.header.urgency == domain::Urgency::Emergency);
    CHECK(plan.valid[1].order.header.urgency == domain::Urgency::Normal);
    CHECK(plan.valid[2].order.header.urgency == domain::Urgency::Normal);
    CHECK(plan.valid[3].order.header.urgency == domain::Urgency::Difficult);
}

TEST_CASE("with --site, rows without a site use it, a row naming another site is refused")
{
    ImportDesk desk;
    desk.addSite("B2");
    SECTION("a file without a site column")
    {
        auto plan = desk.check("id,location,category,urgency,reported_at\n"
                               "A1,1-1-101,plumbing,normal,2025-03-03 09:00\n",
                               "HQ");
        CHECK(plan.messages().empty());
        REQUIRE(desk.ws->workOrderCsv().commit(plan));
        CHECK(desk.ws->workOrders().get("HQ", "A1"));
    }
    SECTION("without --site the site column is required")
    {
        auto plan = desk.check("id,location,category,urgency,reported_at\n"
                               "A1,1-1-101,plumbing,normal,2025-03-03 09:00\n");
        CHECK(plan.messages() == Messages{"orders.csv:1: site: required column is missing (or give --site)"});
    }
    SECTION("a site column with empty, equal and different sites")
    {
        auto plan =
            desk.check(orders({{{"id", "A1"}, {"site", ""}}, {{"id", "A2"}}, {{"id", "A3"}, {"site", "B2"}}}), "HQ");
        CHECK(plan.messages() == Messages{"orders.csv:4: site: site B2 differs from --site HQ"});
        REQUIRE(plan.valid.size() == 2);
        REQUIRE(desk.ws->workOrderCsv().commit(plan));
        CHECK(desk.storedOrders("HQ") == 2);
        CHECK(desk.storedOrders("B2") == 0);
    }
    SECTION("an unknown --site is refused before reading the file")
    {
        auto plan = desk.ws->workOrderCsv().prepare(orders({{{"id", "A1"}}}), "orders.csv", std::string("NOPE"));
        REQUIRE_FALSE(plan);
        CHECK(plan.error().code == domain::ErrorCode::InvalidInput);
        CHECK_THAT(plan.error().message, Catch::Contains("NOPE"));
    }
}

TEST_CASE("skip-invalid: the valid rows are written, the rejected ones can be fixed and imported again")
{
    ImportDesk desk;
    auto plan = desk.check(orders({
        {{"id", "A1"}, {"description", "第一, \"一\""}},
        {{"id", "A2"}, {"category", "roof"}, {"description", "屋顶\n漏水"}},
        {{"id", "A3"}},
        {{"id", "A4"}, {"urgency", "soon"}, {"satisfaction", "9"}},
    }));
    REQUIRE(plan.valid.size() == 2);
    REQUIRE(plan.rejected.size() == 2);

    auto written = desk.ws->workOrderCsv().commit(plan);
    REQUIRE(written);
    CHECK(*written == 2);
    CHECK(desk.storedOrders("HQ") == 2);
    CHECK(desk.ws->workOrders().get("HQ", "A1"));
    CHECK(desk.ws->workOrders().get("HQ", "A3"));

    std::ostringstream rejects;
    desk.ws->workOrderCsv().writeRejects(plan, rejects);
    auto table = services::readCsv(rejects.str());
    REQUIRE(table);
    auto expectedHeader = kHeader;
    expectedHeader.push_back("reject_line");
    expectedHeader.push_back("reject_reasons");
    CHECK(table->header == expectedHeader);
    REQUIRE(table->rows.size() == 2);
    const auto col = [&](std::string_view name) {
        return static_cast<std::size_t>(std::find(expectedHeader.begin(), expectedHeader.end(), name) -
                                        expectedHeader.begin());
    };
    CHECK(table->rows[0].fields[col("id")] == "A2");
    CHECK(table->rows[0].fields[col("description")] == "屋顶\n漏水");
    CHECK(table->rows[0].fields[col("reject_line")] == "3");
    CHECK(table->rows[0].fields[col("reject_reasons")] == "category: unknown category 'roof'");
    CHECK(table->rows[1].fields[col("id")] == "A4");
    CHECK(table->rows[1].fields[col("reject_line")] == "6"); // A2's description takes lines 3 and 4
    CHECK(table->rows[1].fields[col("reject_reasons")] ==
          "urgency: unknown urgency 'soon' (emergency, normal or difficult)\nsatisfaction: '9' is not a rating "
          "from 1 to 5");

    // Imported as it is, the rejects file reports the same problems at its own lines.
    auto again = desk.check(rejects.str());
    CHECK(again.messages() == Messages{
                                  "orders.csv:2: category: unknown category 'roof'",
                                  "orders.csv:4: urgency: unknown urgency 'soon' (emergency, normal or difficult)",
                                  "orders.csv:4: satisfaction: '9' is not a rating from 1 to 5",
                              });

    // Corrected, it imports; reject_line and reject_reasons are ignored.
    std::ostringstream fixedFile;
    std::vector<std::string> head = table->header;
    services::writeCsvRow(fixedFile, head);
    auto row0 = table->rows[0].fields;
    row0[col("category")] = "civil";
    auto row1 = table->rows[1].fields;
    row1[col("urgency")] = "normal";
    row1[col("satisfaction")] = "";
    services::writeCsvRow(fixedFile, row0);
    services::writeCsvRow(fixedFile, row1);
    auto fixedPlan = desk.check(fixedFile.str());
    CHECK(fixedPlan.messages().empty());
    REQUIRE(fixedPlan.valid.size() == 2);
    REQUIRE(desk.ws->workOrderCsv().commit(fixedPlan));
    CHECK(desk.storedOrders("HQ") == 4);
    auto a2 = desk.ws->workOrders().get("HQ", "A2");
    REQUIRE(a2);
    CHECK(a2->header.category == domain::Category::Civil);
    CHECK(a2->header.description == "屋顶\n漏水");
}

TEST_CASE("an import is all or nothing: a failure while writing leaves no order behind")
{
    ImportDesk desk;
    auto plan = desk.check(orders({{{"id", "A1"}}, {{"id", "A2"}}, {{"id", "A3"}}}));
    REQUIRE(plan.valid.size() == 3);
    // Another user stores A3 between validation and commit.
    REQUIRE(desk.ws->workOrderCsv().commit(desk.check(orders({{{"id", "A3"}}}))));
    REQUIRE(desk.storedOrders("HQ") == 1);

    auto written = desk.ws->workOrderCsv().commit(plan);
    REQUIRE_FALSE(written);
    CHECK(written.error().code == domain::ErrorCode::Conflict);
    CHECK(written.error().record == "orders.csv:4");
    CHECK(desk.storedOrders("HQ") == 1);
    CHECK_FALSE(desk.ws->workOrders().get("HQ", "A1"));
}
