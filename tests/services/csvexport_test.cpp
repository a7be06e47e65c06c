// Work-order CSV export: what it writes, and that export → import → export gives the same file.

#include "services/csvtable.h"
#include "servicetestsupport.h"

using namespace propdesk;
using namespace std::chrono_literals;
using propdesk::tests::at;
using propdesk::tests::Desk;

namespace {

const char* kRichFile =
    "id,site,location,category,urgency,reported_at,arrived_at,completed_at,revisited_at,cancelled_at,due_at,holds,"
    "rework_of,satisfaction,reporter,phone,technician,description\n"
    "O1,HQ,\"3-2-1502, 北门\",给排水,一般,2025-03-03 09:00,2025-03-03 09:20,2025-03-03 12:00,2025-03-04 10:00,,,"
    "2025-03-03 09:30/2025-03-03 10:00;2025-03-03 10:30/2025-03-03 11:00,,4,王芳,13800138000,张师傅,"
    "\"厨房漏水, 很急\n\"\"楼上\"\"说是管道\"\n"
    "O2,HQ,3-2-1502,plumbing,normal,2025-03-05 09:00,2025-03-05 09:10,2025-03-05 10:00,,,,,O1,,王芳,,李师傅,"
    "返修：仍然漏水\n"
    "O3,HQ,8-1-101,doors_windows,normal,2025-03-05 14:00,2025-03-05 14:20,,,,2025-03-07 18:00,2025-03-05 15:00/,,,"
    "李明,,,单元门闭门器损坏\n"
    "O4,HQ,1-1-101,电,急修,2025-03-06 09:00,,,,2025-03-06 09:30,,,,,,,,业主已自行处理\n"
    "O5,HQ,2-1-201,lighting,normal,2025-03-06T10:15:30+08:00,,,,,,,,,,,,\n"
    "N1,NY,12 Main St,hvac,difficult,2015-11-01T01:30:00-05:00,2015-11-01T01:45:00-05:00,2015-11-02 09:00,,,,,,,"
    "John Doe,+1 212 555 0100,,\"heating, \"\"no heat\"\"\"\n";

struct ExportDesk : Desk
{
    explicit ExportDesk(std::string dbName = "propdesk.db") : Desk(at("2025-04-05 00:00"), std::move(dbName))
    {
        addSite("HQ");
        addSite("NY", "America/New_York");
    }

    std::size_t importAll(std::string_view csv)
    {
        auto plan = prepare(csv);
        CHECK(plan.messages().empty());
        auto n = ws->workOrderCsv().commit(plan);
        REQUIRE(n);
        return *n;
    }
};

} // namespace

TEST_CASE("export writes every column with times carrying their offsets")
{
    ExportDesk desk;
    REQUIRE(desk.importAll(kRichFile) == 6);
    const auto text = desk.exportAll();
    CHECK(
        text.starts_with("\xEF\xBB\xBF"
                         "id,site,location,category,urgency,reported_at,arrived_at,completed_at,revisited_at,"
                         "cancelled_at,due_at,holds,rework_of,satisfaction,reporter,phone,technician,description\r\n"));
    auto table = services::readCsv(text);
    REQUIRE(table);
    CHECK(table->header == services::WorkOrderCsv::columns());
    REQUIRE(table->rows.size() == 6);
    // Sites in code order (HQ, NY), orders in reported order.
    const auto& o1 = table->rows[0].fields;
    CHECK(o1[0] == "O1");
    CHECK(o1[2] == "3-2-1502, 北门");
    CHECK(o1[3] == "plumbing");
    CHECK(o1[4] == "normal");
    CHECK(o1[5] == "2025-03-03T09:00:00+08:00");
    CHECK(o1[11] == "2025-03-03T09:30:00+08:00/2025-03-03T10:00:00+08:00;"
                    "2025-03-03T10:30:00+08:00/2025-03-03T11:00:00+08:00");
    CHECK(o1[13] == "4");
    CHECK(o1[17] == "厨房漏水, 很急\n\"楼上\"说是管道");
    CHECK(table->rows[1].fields[12] == "O1");
    CHECK(table->rows[2].fields[10] == "2025-03-07T18:00:00+08:00");
    CHECK(table->rows[2].fields[11] == "2025-03-05T15:00:00+08:00/");
    CHECK(table->rows[3].fields[9] == "2025-03-06T09:30:00+08:00");
    CHECK(table->rows[4].fields[5] == "2025-03-06T10:15:30+08:00");
    const auto& n1 = table->rows[5].fields;
    CHECK(n1[1] == "NY");
    CHECK(n1[5] == "2015-11-01T01:30:00-05:00");
    CHECK(n1[7] == "2015-11-02T09:00:00-05:00");
}

TEST_CASE("export → import into a new database → export gives a byte-identical file")
{
    ExportDesk first("first.db");
    REQUIRE(first.importAll(kRichFile) == 6);

    // Orders entered at the desk too, with a dispatch and a hold the CSV has no column for.
    auto& orders = first.ws->workOrders();
    services::NewWorkOrder r;
    r.siteCode = "HQ";
    r.location = "5-3-0601";
    r.category = domain::Category::Elevator;
    r.urgency = domain::Urgency::Emergency;
    r.reporter = "赵敏";
    r.phone = "139-0000-1111";
    r.description = "电梯困人，\"3号梯\"\r\n已报119";
    r.reportedAt = at("2025-03-31 23:30");
    auto o = orders.log(r);
    REQUIRE(o);
    const auto id = o->header.id;
    REQUIRE(orders.dispatch(id, "王师傅", at("2025-03-31 23:32")));
    REQUIRE(orders.arrive(id, at("2025-03-31 23:41:07")));
    REQUIRE(orders.hold(id, "需物业公司审批", at("2025-04-01 00:05")));
    REQUIRE(orders.resume(id, at("2025-04-01 08:00")));
    REQUIRE(orders.complete(id, "已修复", at("2025-04-01 09:00")));
    REQUIRE(orders.revisit(id, 1, "处理太慢", at("2025-04-02 09:00")));
    r.reworkOf = o->header.code;
    r.reportedAt = at("2025-04-03 10:00");
    r.description = "返修";
    REQUIRE(orders.log(r));

    const auto exported = first.exportAll();
    auto table = services::readCsv(exported);
    REQUIRE(table);
    REQUIRE(table->rows.size() == 8);

    ExportDesk second("second.db");
    REQUIRE(second.importAll(exported) == 8);
    const auto again = second.exportAll();
    CHECK(again == exported);

    // And the imported orders mean the same: same KPIs for the month.
    for (const auto month : {date::year{2025} / date::March, date::year{2025} / date::April}) {
        auto a = first.ws->kpis().workOrderKpis("HQ", month);
        auto b = second.ws->kpis().workOrderKpis("HQ", month);
        REQUIRE(a);
        REQUIRE(b);
        CHECK(a->result.population == b->result.population);
        REQUIRE(a->result.kpis.size() == b->result.kpis.size());
        for (std::size_t i = 0; i < a->result.kpis.size(); ++i) {
            INFO(a->result.kpis[i].key);
            CHECK(a->result.kpis[i].numerator == b->result.kpis[i].numerator);
            CHECK(a->result.kpis[i].denominator == b->result.kpis[i].denominator);
            CHECK(a->result.kpis[i].pending == b->result.kpis[i].pending);
        }
    }
}

TEST_CASE("export can be limited to a site and to local reporting dates")
{
    ExportDesk desk;
    REQUIRE(desk.importAll(kRichFile) == 6);
    std::ostringstream out;
    services::ExportFilter filter;
    filter.siteCode = "HQ";
    filter.from = domain::Date{date::year{2025} / date::March / date::day{5}};
    filter.to = domain::Date{date::year{2025} / date::March / date::day{5}};
    auto n = desk.ws->workOrderCsv().exportTo(out, filter);
    REQUIRE(n);
    CHECK(*n == 2);
    auto table = services::readCsv(out.str());
    REQUIRE(table);
    REQUIRE(table->rows.size() == 2);
    CHECK(table->rows[0].fields[0] == "O2");
    CHECK(table->rows[1].fields[0] == "O3");

    filter.siteCode = "NOPE";
    std::ostringstream none;
    auto unknown = desk.ws->workOrderCsv().exportTo(none, filter);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == domain::ErrorCode::NotFound);
}
