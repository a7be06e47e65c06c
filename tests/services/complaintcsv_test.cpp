// Complaint CSV interchange (docs/cli.md): the conventions of the work-order format, every problem as
// FILE:LINE: column: reason, all or nothing, and export → import round-trips.

#include "domain/complaintrepository.h"
#include "domain/siterepository.h"
#include "services/complaintcsv.h"
#include "servicetestsupport.h"

#include <fmt/format.h>

#include <fstream>
#include <map>

using namespace propdesk;
using namespace std::chrono_literals;
using domain::ComplaintEventKind;
using propdesk::tests::at;
using propdesk::tests::Desk;
using Messages = std::vector<std::string>;

namespace {

using Fields = std::map<std::string, std::string>;

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

// A CSV file with every column and one row per entry. Each row starts from a valid complaint of site HQ
// (a phone call about noise at 2025-03-03 09:00, taken by 王芳) and overrides the columns it names; ""
// empties a column.
std::string complaints(const std::vector<Fields>& rows)
{
    const Fields defaults{{"site", "HQ"},
                          {"channel", "phone"},
                          {"category", "noise"},
                          {"received_at", "2025-03-03 09:00"},
                          {"description", "楼上装修噪音"},
                          {"first_responder", "王芳"}};
    const auto& header = services::ComplaintCsv::columns();
    std::string out;
    for (std::size_t i = 0; i < header.size(); ++i) {
        out += (i ? "," : "") + header[i];
    }
    out += "\n";
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < header.size(); ++i) {
            std::string v;
            if (const auto it = row.find(header[i]); it != row.end()) {
                v = it->second;
            } else if (const auto d = defaults.find(header[i]); d != defaults.end()) {
                v = d->second;
            }
            out += (i ? "," : "") + csvField(v);
        }
        out += "\n";
    }
    return out;
}

// A complaint through every step: routed, answered within the 15 minutes, resolved, replied, revisited
// and judged valid.
Fields fullCycle(std::string id)
{
    return {{"id", std::move(id)},
            {"resident", "李明"},
            {"phone", "13800001111"},
            {"location", "3栋2单元1502"},
            {"department", "engineering"},
            {"routed_at", "2025-03-03 09:05"},
            {"responded_at", "2025-03-03 09:10"},
            {"response", "已联系施工方，今日停止噪音作业"},
            {"resolved_at", "2025-03-04 16:00"},
            {"resolution", "施工方承诺按规定时间施工"},
            {"measures", "张贴装修时间公告"},
            {"replied_at", "2025-03-04 17:00"},
            {"reply", "已电话告知业主处理结果"},
            {"informed_head", "管理处主任 陈建国"},
            {"revisited_at", "2025-03-06 10:00"},
            {"satisfaction", "5"},
            {"revisit_comment", "满意"},
            {"valid", "yes"},
            {"verdict_reason", "装修时间违反管理规约"},
            {"judged_at", "2025-03-05 09:00"}};
}

Fields with(Fields base, const Fields& changes)
{
    for (const auto& [k, v] : changes) {
        base[k] = v;
    }
    return base;
}

struct ComplaintDesk : Desk
{
    explicit ComplaintDesk(std::string dbName = "propdesk.db") : Desk(at("2025-04-05 00:00"), std::move(dbName))
    {
        addSite("HQ");
    }

    // Straight from the store: whoever acts, whatever they may see.
    domain::SiteId siteId(std::string_view siteCode)
    {
        auto site = ws->context().store.sites().findByCode(siteCode);
        REQUIRE(site);
        REQUIRE(*site);
        return (*site)->id;
    }

    std::int64_t stored(std::string_view siteCode = "HQ")
    {
        auto n = ws->context().store.complaints().countReceivedBetween(siteId(siteCode), domain::Instant::min(),
                                                                       domain::Instant::max());
        REQUIRE(n);
        return *n;
    }

    std::vector<domain::Complaint> all(std::string_view siteCode = "HQ")
    {
        auto list = ws->context().store.complaints().receivedBetween(siteId(siteCode), domain::Instant::min(),
                                                                     domain::Instant::max());
        REQUIRE(list);
        return *list;
    }

    // Prepares `csv`, checks that validation wrote nothing, and returns the plan.
    services::ComplaintImportPlan check(std::string_view csv, std::optional<std::string> site = std::nullopt,
                                        std::string_view file = "complaints.csv")
    {
        const auto before = stored();
        const auto audited = auditTrail().size();
        auto plan = ws->complaintCsv().prepare(csv, file, std::move(site));
        REQUIRE(plan);
        CHECK(stored() == before);
        CHECK(auditTrail().size() == audited);
        return std::move(*plan);
    }

    // Prepares and commits a file that must be valid; returns how many were written.
    std::size_t import(std::string_view csv, std::string_view file = "complaints.csv")
    {
        auto plan = check(csv, std::nullopt, file);
        INFO(fmt::format("{}", fmt::join(plan.messages(), "\n")));
        REQUIRE(plan.messages().empty());
        auto written = ws->complaintCsv().commit(plan);
        REQUIRE(written);
        return *written;
    }

    std::string exportComplaints(services::ExportFilter filter = {})
    {
        std::ostringstream out;
        auto n = ws->complaintCsv().exportTo(out, filter);
        REQUIRE(n);
        return out.str();
    }

    domain::WorkOrder logOrder(std::string code, std::string_view reported)
    {
        services::NewWorkOrder request;
        request.siteCode = "HQ";
        request.location = "3栋2单元1502";
        request.category = domain::Category::Plumbing;
        request.description = "卫生间漏水";
        request.reportedAt = at(reported);
        request.code = std::move(code);
        auto order = ws->workOrders().log(request);
        REQUIRE(order);
        return *order;
    }
};

std::vector<ComplaintEventKind> kinds(const domain::Complaint& c)
{
    std::vector<ComplaintEventKind> out;
    for (const auto& e : c.history) {
        out.push_back(e.kind);
    }
    return out;
}

// Two complaints are the same record: header, and history apart from who wrote it down and when (and the
// note of the received event, which names the file it was imported from).
void checkSame(const domain::Complaint& a, const domain::Complaint& b)
{
    INFO("complaint " << a.header.code);
    CHECK(a.header.code == b.header.code);
    CHECK(a.header.channel == b.header.channel);
    CHECK(a.header.category == b.header.category);
    CHECK(a.header.receivedAt == b.header.receivedAt);
    CHECK(a.header.resident == b.header.resident);
    CHECK(a.header.phone == b.header.phone);
    CHECK(a.header.location == b.header.location);
    CHECK(a.header.description == b.header.description);
    CHECK(a.header.firstResponder == b.header.firstResponder);
    CHECK(a.header.workOrder.has_value() == b.header.workOrder.has_value());
    CHECK(a.header.workOrderCode == b.header.workOrderCode);
    REQUIRE(a.history.size() == b.history.size());
    for (std::size_t i = 0; i < a.history.size(); ++i) {
        const auto& x = a.history[i];
        const auto& y = b.history[i];
        INFO("event " << i << " " << domain::complaintEventKey(x.kind));
        CHECK(x.kind == y.kind);
        CHECK(x.at == y.at);
        if (x.kind != ComplaintEventKind::Received) {
            CHECK(x.note == y.note);
        }
        CHECK(x.detail == y.detail);
        CHECK(x.department == y.department);
        CHECK(x.satisfaction == y.satisfaction);
        CHECK(x.valid == y.valid);
        CHECK(x.reference == y.reference);
    }
}

} // namespace

TEST_CASE("complaint import: a valid file imports every complaint with its history, one audit entry each")
{
    ComplaintDesk desk;
    desk.logOrder("WO-1", "2025-03-02 08:00");
    auto plan = desk.check(complaints({
        fullCycle("TS1"),
        {{"id", "TS2"},
         {"channel", "visit"},
         {"category", "parking"},
         {"received_at", "2025-03-10 14:00"},
         {"withdrawn_at", "2025-03-10 15:00"},
         {"withdraw_reason", "业主已与邻居协商解决"}},
        {{"id", "TS3"}, {"category", "repair_quality"}, {"department", "工程部"}, {"work_order", "WO-1"}},
    }));
    CHECK(plan.messages().empty());
    REQUIRE(plan.valid.size() == 3);
    CHECK(plan.rowCount() == 3);
    auto written = desk.ws->complaintCsv().commit(plan);
    REQUIRE(written);
    CHECK(*written == 3);
    CHECK(desk.stored() == 3);

    auto ts1 = desk.ws->complaints().get("HQ", "TS1");
    REQUIRE(ts1);
    CHECK(ts1->status() == domain::ComplaintStatus::Revisited);
    CHECK(kinds(*ts1) == std::vector{ComplaintEventKind::Received, ComplaintEventKind::Routed,
                                     ComplaintEventKind::Responded, ComplaintEventKind::Resolved,
                                     ComplaintEventKind::Replied, ComplaintEventKind::Judged,
                                     ComplaintEventKind::Revisited});
    const auto t = ts1->timeline();
    CHECK(t.routed == at("2025-03-03 09:05"));
    CHECK(t.department == domain::Department::Engineering);
    CHECK(t.responded == at("2025-03-03 09:10"));
    CHECK(t.resolved == at("2025-03-04 16:00"));
    CHECK(t.resolution == "施工方承诺按规定时间施工");
    CHECK(t.measures == "张贴装修时间公告");
    CHECK(t.reply == "已电话告知业主处理结果");
    CHECK(t.informedHead == "管理处主任 陈建国");
    CHECK(t.satisfaction == 5);
    CHECK(t.revisitComment == "满意");
    CHECK(t.valid == true);
    CHECK(t.judged == at("2025-03-05 09:00"));
    CHECK(t.verdictReason == "装修时间违反管理规约");
    CHECK(ts1->header.resident == "李明");
    CHECK(ts1->header.firstResponder == "王芳");
    CHECK(ts1->history[0].note == "imported from complaints.csv:2");
    CHECK(ts1->history[0].actor == "tester");

    auto ts2 = desk.ws->complaints().get("HQ", "TS2");
    REQUIRE(ts2);
    CHECK(ts2->status() == domain::ComplaintStatus::Withdrawn);
    CHECK(ts2->header.channel == domain::ComplaintChannel::Visit);
    CHECK(ts2->timeline().withdrawn == at("2025-03-10 15:00"));
    CHECK(ts2->history.back().note == "业主已与邻居协商解决");

    auto ts3 = desk.ws->complaints().get("HQ", "TS3");
    REQUIRE(ts3);
    // A department without routed_at: routed when received.
    CHECK(ts3->status() == domain::ComplaintStatus::Routed);
    CHECK(ts3->timeline().routed == at("2025-03-03 09:00"));
    REQUIRE(ts3->header.workOrder);
    CHECK(ts3->header.workOrderCode == "WO-1");
    CHECK(kinds(*ts3) ==
          std::vector{ComplaintEventKind::Received, ComplaintEventKind::Routed, ComplaintEventKind::Linked});

    domain::AuditFilter filter;
    filter.entity = "complaint";
    const auto trail = desk.auditTrail(filter);
    REQUIRE(trail.size() == 3);
    CHECK(trail[0].record == "TS1");
    CHECK(trail[0].summary == "imported from complaints.csv:2");
    CHECK(trail[0].action == domain::AuditAction::Create);
    CHECK(trail[0].user == "tester");
    // Written in received order: TS3 (received with TS1) before TS2.
    CHECK(trail[1].record == "TS3");
    CHECK(trail[1].summary == "imported from complaints.csv:4");
    CHECK(trail[2].record == "TS2");
}

TEST_CASE("complaint import: a missing required value is named by line and column")
{
    ComplaintDesk desk;
    auto plan = desk.check(complaints({
        {{"id", "OK1"}},
        {{"id", ""}},
        {{"id", "C3"}, {"channel", ""}},
        {{"id", "C4"}, {"category", ""}},
        {{"id", "C5"}, {"received_at", ""}},
        {{"id", "C6"}, {"description", ""}},
        {{"id", "C7"}, {"first_responder", ""}},
        {{"id", "C8"}, {"site", ""}},
    }));
    CHECK(plan.messages() == Messages{
                                 "complaints.csv:3: id: required",
                                 "complaints.csv:4: channel: required",
                                 "complaints.csv:5: category: required",
                                 "complaints.csv:6: received_at: required",
                                 "complaints.csv:7: description: required",
                                 "complaints.csv:8: first_responder: required",
                                 "complaints.csv:9: site: required",
                             });
    CHECK(plan.valid.size() == 1);
    CHECK(plan.rejected.size() == 7);
}

TEST_CASE("complaint import: unknown values and malformed ones are refused with what is allowed")
{
    ComplaintDesk desk;
    auto plan = desk.check(complaints({
        {{"id", "C1"}, {"channel", "fax"}},
        {{"id", "C2"}, {"category", "weather"}},
        {{"id", "C3"}, {"department", "it"}},
        {{"id", "C4"}, {"site", "XX"}},
        {{"id", "C5"}, {"phone", "call me"}},
        {{"id", "C6"}, {"valid", "maybe"}, {"verdict_reason", "?"}},
        {{"id", "C7"}, {"satisfaction", "6"}},
        {{"id", "C8"}, {"received_at", "03/03/2025 9am"}},
        {{"id", "C9"}, {"resolved_at", "2025-02-30 10:00"}, {"resolution", "x"}, {"department", "cleaning"}},
    }));
    CHECK(plan.messages() ==
          Messages{
              "complaints.csv:2: channel: unknown channel 'fax' (one of: phone, visit, letter, online, hotline_12345)",
              "complaints.csv:3: category: unknown complaint category 'weather' (one of: repair_quality, cleaning, "
              "security, parking, noise, fees, staff_conduct, other)",
              "complaints.csv:4: department: unknown department 'it' (one of: engineering, security, cleaning, "
              "customer_service, management)",
              "complaints.csv:5: site: unknown site 'XX'",
              "complaints.csv:6: phone: a phone number has 5 to 20 digits",
              "complaints.csv:7: valid: 'maybe' is not yes or no",
              "complaints.csv:8: satisfaction: '6' is not a rating from 1 to 5",
              "complaints.csv:8: satisfaction: a rating needs revisited_at",
              "complaints.csv:9: received_at: '03/03/2025 9am' is not a time (YYYY-MM-DD HH:MM[:SS], or ISO 8601 "
              "with T and an optional offset)",
              "complaints.csv:10: resolved_at: '2025-02-30' is not a valid calendar date",
          });
    CHECK(plan.valid.empty());
}

TEST_CASE("complaint import: an unknown, doubled or missing column refuses the whole file")
{
    ComplaintDesk desk;
    SECTION("unknown column")
    {
        auto plan = desk.check("id,site,channel,category,received_at,description,first_responder,mood\n"
                               "C1,HQ,phone,noise,2025-03-03 09:00,吵,王芳,angry\n");
        REQUIRE(plan.messages().size() == 1);
        CHECK_THAT(plan.messages()[0],
                   Catch::StartsWith("complaints.csv:1: mood: unknown column (the columns are: id, site, channel, "
                                     "category, received_at, resident,"));
        CHECK_FALSE(plan.importable());
        auto commit = desk.ws->complaintCsv().commit(plan);
        REQUIRE_FALSE(commit);
        CHECK(commit.error().code == domain::ErrorCode::InvalidInput);
        CHECK(desk.stored() == 0);
    }
    SECTION("missing required columns")
    {
        auto plan = desk.check("id,site,category,received_at,description\n"
                               "C1,HQ,noise,2025-03-03 09:00,吵\n");
        CHECK(plan.messages() == Messages{"complaints.csv:1: channel: required column is missing",
                                          "complaints.csv:1: first_responder: required column is missing"});
        CHECK_FALSE(plan.importable());
    }
    SECTION("no site column and no --site")
    {
        auto plan = desk.check("id,channel,category,received_at,description,first_responder\n"
                               "C1,phone,noise,2025-03-03 09:00,吵,王芳\n");
        CHECK(plan.messages() == Messages{"complaints.csv:1: site: required column is missing (or give --site)"});
        auto withSite = desk.check("id,channel,category,received_at,description,first_responder\n"
                                   "C1,phone,noise,2025-03-03 09:00,吵,王芳\n",
                                   "HQ");
        CHECK(withSite.messages().empty());
        CHECK(withSite.valid.size() == 1);
    }
    SECTION("a column given twice")
    {
        auto plan = desk.check("id,site,channel,category,received_at,description,first_responder,channel\n"
                               "C1,HQ,phone,noise,2025-03-03 09:00,吵,王芳,visit\n");
        CHECK(plan.messages() == Messages{"complaints.csv:1: channel: the column appears twice"});
    }
    SECTION("only a header")
    {
        auto plan = desk.check("id,site,channel,category,received_at,description,first_responder\n");
        CHECK(plan.messages() == Messages{"complaints.csv: no complaints after the header"});
    }
}

TEST_CASE("complaint import: each step needs its texts, and texts need their step")
{
    ComplaintDesk desk;
    auto plan = desk.check(complaints({
        {{"id", "C1"}, {"routed_at", "2025-03-03 09:05"}},
        {{"id", "C2"}, {"responded_at", "2025-03-03 09:05"}},
        {{"id", "C3"}, {"response", "已答复"}},
        {{"id", "C4"}, {"resolved_at", "2025-03-03 12:00"}},
        {{"id", "C5"}, {"resolution", "已处理"}, {"measures", "加强巡查"}},
        with(fullCycle("C6"), {{"reply", ""}, {"informed_head", ""}}),
        {{"id", "C7"}, {"informed_head", "陈建国"}},
        {{"id", "C8"}, {"valid", "yes"}},
        {{"id", "C9"}, {"verdict_reason", "理由"}, {"judged_at", "2025-03-03 10:00"}},
        {{"id", "C10"}, {"withdrawn_at", "2025-03-03 10:00"}},
        {{"id", "C11"}, {"withdraw_reason", "不投诉了"}},
        {{"id", "C12"}, {"revisit_comment", "还行"}},
    }));
    CHECK(plan.messages() == Messages{
                                 "complaints.csv:2: department: required with routed_at",
                                 "complaints.csv:3: response: required with responded_at",
                                 "complaints.csv:4: response: needs responded_at",
                                 "complaints.csv:5: department: required with resolved_at",
                                 "complaints.csv:5: resolution: required with resolved_at",
                                 "complaints.csv:6: resolution: needs resolved_at",
                                 "complaints.csv:6: measures: needs resolved_at",
                                 "complaints.csv:7: reply: required with replied_at",
                                 "complaints.csv:7: informed_head: required with replied_at",
                                 "complaints.csv:8: informed_head: needs replied_at",
                                 "complaints.csv:9: verdict_reason: required with valid",
                                 "complaints.csv:10: verdict_reason: needs valid",
                                 "complaints.csv:10: judged_at: needs valid",
                                 "complaints.csv:11: withdraw_reason: required with withdrawn_at",
                                 "complaints.csv:12: withdraw_reason: needs withdrawn_at",
                                 "complaints.csv:13: revisit_comment: needs revisited_at",
                             });
    CHECK(plan.valid.empty());
}

TEST_CASE("complaint import: steps out of order are refused")
{
    ComplaintDesk desk;
    const Fields routed{{"department", "security"}};
    auto plan = desk.check(complaints({
        with(routed, {{"id", "C1"}, {"routed_at", "2025-03-03 08:50"}}),
        {{"id", "C2"}, {"responded_at", "2025-03-03 08:00"}, {"response", "好的"}},
        with(fullCycle("C3"), {{"resolved_at", "2025-03-03 09:08"}}),
        with(fullCycle("C4"), {{"replied_at", "2025-03-04 15:00"}}),
        with(fullCycle("C5"), {{"revisited_at", "2025-03-04 16:30"}}),
        with(fullCycle("C6"), {{"resolved_at", ""}, {"resolution", ""}, {"measures", ""}}),
        with(fullCycle("C7"), {{"replied_at", ""}, {"reply", ""}, {"informed_head", ""}}),
        with(routed, {{"id", "C8"},
                      {"resolved_at", "2025-03-03 10:00"},
                      {"resolution", "已处理"},
                      {"withdrawn_at", "2025-03-03 11:00"},
                      {"withdraw_reason", "撤回"}}),
        with(routed, {{"id", "C9"},
                      {"routed_at", "2025-03-03 10:00"},
                      {"withdrawn_at", "2025-03-03 09:30"},
                      {"withdraw_reason", "撤回"}}),
        with(routed, {{"id", "C10"},
                      {"withdrawn_at", "2025-03-03 09:30"},
                      {"withdraw_reason", "撤回"},
                      {"valid", "no"},
                      {"verdict_reason", "不属于物业责任"},
                      {"judged_at", "2025-03-03 10:00"}}),
        with(routed, {{"id", "C11"}, {"valid", "no"}, {"verdict_reason", "误会"}, {"judged_at", "2025-03-03 08:00"}}),
        // Responded before it was routed is fine: the desk answered the resident at once.
        with(routed, {{"id", "OK"},
                      {"responded_at", "2025-03-03 09:02"},
                      {"response", "马上处理"},
                      {"routed_at", "2025-03-03 09:10"}}),
    }));
    CHECK(plan.messages() ==
          Messages{
              "complaints.csv:2: routed_at: 2025-03-03 08:50 is before received_at (2025-03-03 09:00)",
              "complaints.csv:3: responded_at: 2025-03-03 08:00 is before received_at (2025-03-03 09:00)",
              "complaints.csv:4: resolved_at: 2025-03-03 09:08 is before responded_at (2025-03-03 09:10)",
              "complaints.csv:5: replied_at: 2025-03-04 15:00 is before resolved_at (2025-03-04 16:00)",
              "complaints.csv:6: revisited_at: 2025-03-04 16:30 is before replied_at (2025-03-04 17:00)",
              "complaints.csv:7: replied_at: the complaint is not resolved",
              "complaints.csv:8: revisited_at: the complaint has not been replied to",
              "complaints.csv:9: withdrawn_at: a complaint is either resolved or withdrawn, not both",
              "complaints.csv:10: withdrawn_at: 2025-03-03 09:30 is before routed_at (2025-03-03 10:00)",
              "complaints.csv:11: valid: a withdrawn complaint is not judged",
              "complaints.csv:12: judged_at: 2025-03-03 08:00 is before received_at (2025-03-03 09:00)",
          });
    REQUIRE(plan.valid.size() == 1);
    CHECK(plan.valid[0].complaint.header.code == "OK");
}

TEST_CASE("complaint import: a time in the future is refused")
{
    ComplaintDesk desk; // now: 2025-04-05 00:00
    auto plan = desk.check(complaints({
        {{"id", "C1"}, {"received_at", "2025-04-05 00:01"}},
        with(fullCycle("C2"), {{"revisited_at", "2025-04-06 10:00"}}),
        {{"id", "OK"}, {"received_at", "2025-04-05 00:00"}},
    }));
    CHECK(plan.messages() == Messages{
                                 "complaints.csv:2: received_at: lies in the future",
                                 "complaints.csv:3: revisited_at: lies in the future",
                             });
    CHECK(plan.valid.size() == 1);
}

TEST_CASE("complaint import: a duplicate id in the file or already stored, or an unknown work order, is refused")
{
    ComplaintDesk desk;
    desk.addSite("B2");
    desk.logOrder("WO-1", "2025-03-01 08:00");
    desk.import(complaints({{{"id", "OLD"}}}), "first.csv");
    auto plan = desk.check(complaints({
        {{"id", "A"}},
        {{"id", "A"}},
        {{"id", "OLD"}},
        {{"id", "OLD"}, {"site", "B2"}}, // another site: a different complaint
        {{"id", "W1"}, {"work_order", "WO-1"}},
        {{"id", "W2"}, {"work_order", "WO-9"}},
        {{"id", "W3"}, {"work_order", "WO-1"}, {"site", "B2"}},
    }));
    CHECK(plan.messages() == Messages{
                                 "complaints.csv:3: id: duplicate: line 2 has the same id",
                                 "complaints.csv:4: id: already stored at site HQ",
                                 "complaints.csv:7: work_order: names no order WO-9 at site HQ",
                                 "complaints.csv:8: work_order: names no order WO-1 at site B2",
                             });
    CHECK(plan.valid.size() == 3);
}

TEST_CASE("complaint import: Chinese names, yes/no words, a byte-order mark and quoted line breaks are read")
{
    ComplaintDesk desk;
    const std::string csv =
        "\xEF\xBB\xBF"
        "id,site,channel,category,received_at,description,first_responder,department,valid,"
        "verdict_reason\n"
        "Z1,HQ,电话,噪音,2025-03-03 09:00,\"楼上装修，\n周末早上8点就开始\",王芳,工程部,是,属实\n"
        "Z2,HQ,来访,停车,2025-03-03T10:00:00+08:00,车位被占,王芳,秩序维护部,否,\"业主误会, 已解释\"\n"
        "Z3,HQ,12345,收费,2025-03-03T02:30:00Z,物业费疑问,王芳,客服部,,\n"
        "Z4,HQ,网络,服务态度,2025-03-03 11:00,前台态度差,王芳,管理处,true,属实\n"
        "Z5,HQ,信函,保洁,2025-03-03 12:00,楼道未打扫,王芳,保洁部,0,已打扫\n";
    auto plan = desk.check(csv);
    CHECK(plan.messages().empty());
    REQUIRE(plan.valid.size() == 5);
    const auto& z1 = plan.valid[0].complaint;
    CHECK(z1.header.channel == domain::ComplaintChannel::Phone);
    CHECK(z1.header.category == domain::ComplaintCategory::Noise);
    CHECK(z1.header.description == "楼上装修，\n周末早上8点就开始");
    CHECK(z1.timeline().department == domain::Department::Engineering);
    CHECK(z1.timeline().valid == true);
    // Judged, by default, at the latest time the row gives: here the receipt.
    CHECK(z1.timeline().judged == at("2025-03-03 09:00"));
    const auto& z2 = plan.valid[1].complaint;
    CHECK(z2.header.channel == domain::ComplaintChannel::Visit);
    CHECK(z2.header.category == domain::ComplaintCategory::Parking);
    CHECK(z2.timeline().department == domain::Department::Security);
    CHECK(z2.timeline().valid == false);
    CHECK(z2.timeline().verdictReason == "业主误会, 已解释");
    const auto& z3 = plan.valid[2].complaint;
    CHECK(z3.header.channel == domain::ComplaintChannel::Hotline12345);
    CHECK(z3.header.category == domain::ComplaintCategory::Fees);
    CHECK(z3.header.receivedAt == at("2025-03-03 10:30"));
    CHECK(z3.timeline().department == domain::Department::CustomerService);
    CHECK_FALSE(z3.timeline().valid);
    CHECK(plan.valid[3].complaint.header.channel == domain::ComplaintChannel::Online);
    CHECK(plan.valid[3].complaint.timeline().department == domain::Department::Management);
    CHECK(plan.valid[3].complaint.timeline().valid == true);
    CHECK(plan.valid[4].complaint.header.channel == domain::ComplaintChannel::Letter);
    CHECK(plan.valid[4].complaint.timeline().department == domain::Department::Cleaning);
    CHECK(plan.valid[4].complaint.timeline().valid == false);
}

TEST_CASE("complaint import: the judgement defaults to the latest time the row gives")
{
    ComplaintDesk desk;
    auto plan = desk.check(complaints({with(fullCycle("J1"), {{"judged_at", ""}})}));
    REQUIRE(plan.valid.size() == 1);
    CHECK(plan.valid[0].complaint.timeline().judged == at("2025-03-06 10:00"));
    CHECK(plan.valid[0].complaint.history.back().kind == ComplaintEventKind::Judged);
}

TEST_CASE("complaint import: nothing is written when the commit fails half-way")
{
    ComplaintDesk desk;
    auto plan = desk.check(complaints({{{"id", "A1"}}, {{"id", "A2"}, {"received_at", "2025-03-04 09:00"}}}));
    REQUIRE(plan.valid.size() == 2);
    // Between validation and commit, someone takes a complaint with the same code as the second row.
    services::NewComplaint taken;
    taken.siteCode = "HQ";
    taken.description = "电梯异响";
    taken.code = "A2";
    taken.receivedAt = at("2025-03-05 09:00");
    REQUIRE(desk.ws->complaints().receive(taken));
    const auto audited = desk.auditTrail().size();

    auto written = desk.ws->complaintCsv().commit(plan);
    REQUIRE_FALSE(written);
    CHECK(desk.stored() == 1);
    CHECK_FALSE(desk.ws->context().store.complaints().findId(desk.siteId("HQ"), "A1").value().has_value());
    CHECK(desk.auditTrail().size() == audited);
}

TEST_CASE("complaint import: --skip-invalid writes the rejected rows with their reasons")
{
    ComplaintDesk desk;
    const std::string csv = "id,site,channel,category,received_at,description,first_responder,satisfaction\n"
                            "R1,HQ,phone,noise,2025-03-03 09:00,吵,王芳,\n"
                            "R2,HQ,fax,noise,2025-03-03 09:00,\"多行\n描述\",王芳,6\n"
                            "R3,HQ,phone,noise,2025-03-03 09:00,吵,,\n";
    auto plan = desk.check(csv);
    REQUIRE(plan.valid.size() == 1);
    REQUIRE(plan.rejected.size() == 2);
    std::ostringstream rejects;
    desk.ws->complaintCsv().writeRejects(plan, rejects);
    CHECK(rejects.str() ==
          "\xEF\xBB\xBF"
          "id,site,channel,category,received_at,description,first_responder,satisfaction,reject_line,reject_reasons\r\n"
          "R2,HQ,fax,noise,2025-03-03 09:00,\"多行\n描述\",王芳,6,3,\"channel: unknown channel 'fax' (one of: "
          "phone, visit, letter, online, hotline_12345)\n"
          "satisfaction: '6' is not a rating from 1 to 5\n"
          "satisfaction: a rating needs revisited_at\"\r\n"
          "R3,HQ,phone,noise,2025-03-03 09:00,吵,,,5,first_responder: required\r\n");
    REQUIRE(desk.ws->complaintCsv().commit(plan));
    CHECK(desk.stored() == 1);

    // Corrected, the rejects file imports as it is: the two reject columns are ignored.
    auto corrected = rejects.str();
    corrected.replace(corrected.find(",fax,"), 5, ",phone,");
    corrected.replace(corrected.find("王芳,6"), std::string("王芳,6").size(), "王芳,");
    corrected.replace(corrected.find("吵,,"), std::string("吵,,").size(), "吵,李静,");
    auto again = desk.check(corrected, std::nullopt, "rejects.csv");
    INFO(fmt::format("{}", fmt::join(again.messages(), "\n")));
    CHECK(again.messages().empty());
    CHECK(again.valid.size() == 2);
}

TEST_CASE("complaint export → import into a fresh database gives the same complaints and the same file")
{
    ComplaintDesk one("one.db");
    one.logOrder("WO-1", "2025-03-02 08:00");
    one.import(complaints({
        fullCycle("TS1"),
        with(fullCycle("TS2"), {{"valid", "no"},
                                {"verdict_reason", "非物业责任"},
                                {"judged_at", ""},
                                {"satisfaction", ""},
                                {"channel", "hotline_12345"},
                                {"work_order", "WO-1"}}),
        {{"id", "TS3"},
         {"received_at", "2025-03-10 14:00"},
         {"department", "cleaning"},
         {"routed_at", "2025-03-10 14:30"},
         {"withdrawn_at", "2025-03-10 15:00"},
         {"withdraw_reason", "业主撤回"}},
        {{"id", "TS4"},
         {"category", "security"},
         {"received_at", "2025-03-31T23:59:59+08:00"},
         {"description", "夜间\"陌生人\"进入小区,\n门岗未登记"}},
        {{"id", "TS5"},
         {"received_at", "2025-03-20 10:00"},
         {"department", "customer_service"},
         {"resolved_at", "2025-03-25 10:00"},
         {"resolution", "已退还多收费用"}},
    }));
    // Complaints taken at the desk export the same way.
    services::NewComplaint request;
    request.siteCode = "HQ";
    request.channel = domain::ComplaintChannel::Visit;
    request.category = domain::ComplaintCategory::Cleaning;
    request.resident = "赵丽";
    request.description = "垃圾站异味";
    request.receivedAt = at("2025-04-01 09:00");
    request.department = domain::Department::Cleaning;
    auto taken = one.ws->complaints().receive(request);
    REQUIRE(taken);
    REQUIRE(one.ws->complaints().respond(taken->header.id, "今天清运", at("2025-04-01 09:10")));
    REQUIRE(one.ws->complaints().resolve(taken->header.id, "已清运并消毒", "", at("2025-04-01 15:00")));

    const auto exported = one.exportComplaints();
    ComplaintDesk two("two.db");
    two.logOrder("WO-1", "2025-03-02 08:00");
    CHECK(two.import(exported, "export.csv") == 6);
    CHECK(two.exportComplaints() == exported);

    const auto a = one.all();
    const auto b = two.all();
    REQUIRE(a.size() == 6);
    REQUIRE(b.size() == 6);
    for (std::size_t i = 0; i < a.size(); ++i) {
        checkSame(a[i], b[i]);
    }
    CHECK(a[4].header.description == "夜间\"陌生人\"进入小区,\n门岗未登记");
    CHECK(b[5].header.code == taken->header.code);
}

TEST_CASE("complaint export writes every column, times with their offsets, filtered by site and date")
{
    ComplaintDesk desk;
    desk.addSite("B2");
    desk.import(complaints({
        fullCycle("TS1"),
        {{"id", "TS2"}, {"received_at", "2025-03-20 10:00"}},
        {{"id", "TS3"}, {"site", "B2"}, {"received_at", "2025-03-05 10:00"}},
    }));
    const auto all = desk.exportComplaints();
    CHECK(all.rfind("\xEF\xBB\xBF"
                    "id,site,channel,category,received_at,resident,phone,location,description,first_responder,"
                    "department,routed_at,responded_at,response,resolved_at,resolution,measures,replied_at,reply,"
                    "informed_head,revisited_at,satisfaction,revisit_comment,valid,verdict_reason,judged_at,"
                    "withdrawn_at,withdraw_reason,work_order\r\n",
                    0) == 0);
    CHECK(all.find("\r\nTS1,HQ,phone,noise,2025-03-03T09:00:00+08:00,李明,13800001111,3栋2单元1502,楼上装修噪音,王芳,"
                   "engineering,2025-03-03T09:05:00+08:00,2025-03-03T09:10:00+08:00,已联系施工方，今日停止噪音作业,"
                   "2025-03-04T16:00:00+08:00,施工方承诺按规定时间施工,张贴装修时间公告,2025-03-04T17:00:00+08:00,"
                   "已电话告知业主处理结果,管理处主任 陈建国,2025-03-06T10:00:00+08:00,5,满意,yes,"
                   "装修时间违反管理规约,2025-03-05T09:00:00+08:00,,,\r\n") != std::string::npos);
    CHECK(all.find("\r\nTS2,HQ,phone,noise,2025-03-20T10:00:00+08:00,,,,楼上装修噪音,王芳,,,,,,,,,,,,,,,,,,,\r\n") !=
          std::string::npos);
    // Sites in code order (B2 before HQ), complaints by received time.
    const auto b2 = all.find("TS3,B2");
    const auto ts1 = all.find("TS1,HQ");
    const auto ts2 = all.find("TS2,HQ");
    REQUIRE(b2 != std::string::npos);
    REQUIRE(ts1 != std::string::npos);
    REQUIRE(ts2 != std::string::npos);
    CHECK(b2 < ts1);
    CHECK(ts1 < ts2);

    services::ExportFilter filter;
    filter.siteCode = "HQ";
    filter.from = domain::parseDate("2025-03-10").value();
    const auto later = desk.exportComplaints(filter);
    CHECK(later.find("TS1") == std::string::npos);
    CHECK(later.find("TS3") == std::string::npos);
    CHECK(later.find("TS2,HQ") != std::string::npos);
}

TEST_CASE("complaint import and export need their permissions and the site")
{
    ComplaintDesk desk;
    auto hq = desk.ws->sites().get("HQ");
    REQUIRE(hq);
    const auto other = desk.addSite("B2");
    const auto csv = complaints({{{"id", "P1"}}});

    desk.ws->context().user = domain::User{"王芳", domain::Role::FrontDesk, std::nullopt, std::vector{hq->id}};
    auto refused = desk.ws->complaintCsv().prepare(csv, "complaints.csv", std::nullopt);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == domain::ErrorCode::PermissionDenied);
    CHECK(refused.error().message == "王芳 (front_desk) may not import complaints");
    std::ostringstream out;
    auto exportRefused = desk.ws->complaintCsv().exportTo(out, {});
    REQUIRE_FALSE(exportRefused);
    CHECK(exportRefused.error().message == "王芳 (front_desk) may not export complaints");

    // A supervisor of another site does not see HQ at all.
    desk.ws->context().user = domain::User{"李静", domain::Role::Supervisor, std::nullopt, std::vector{other.id}};
    auto plan = desk.check(csv);
    CHECK(plan.messages() == Messages{"complaints.csv:2: site: unknown site 'HQ'"});
    services::ExportFilter filter;
    filter.siteCode = "HQ";
    auto hidden = desk.ws->complaintCsv().exportTo(out, filter);
    REQUIRE_FALSE(hidden);
    CHECK(hidden.error().code == domain::ErrorCode::PermissionDenied);

    desk.ws->context().user = domain::User{"李静", domain::Role::Supervisor, std::nullopt, std::vector{hq->id}};
    CHECK(desk.import(csv) == 1);
}

TEST_CASE("the sample complaints file of the docs imports cleanly")
{
    std::ifstream in(std::string(PROPDESK_SOURCE_DIR) + "/docs/samples/complaints-sample.csv", std::ios::binary);
    REQUIRE(in);
    std::ostringstream text;
    text << in.rdbuf();
    ComplaintDesk desk;
    auto plan = desk.check(text.str(), std::nullopt, "complaints-sample.csv");
    INFO(fmt::format("{}", fmt::join(plan.messages(), "\n")));
    CHECK(plan.messages().empty());
    CHECK(plan.valid.size() >= 4);
    REQUIRE(desk.ws->complaintCsv().commit(plan));
}
