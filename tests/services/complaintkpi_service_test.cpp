// The complaint KPIs of a site, through the workspace: the month and the rolling twelve months read in the
// site's local time, evaluated as of a time, over the residents on record (docs/kpi.md).

#include "servicetestsupport.h"

using namespace propdesk;
using namespace std::chrono_literals;
using domain::Department;
using domain::ErrorCode;
using domain::Role;
using propdesk::tests::at;
using propdesk::tests::Desk;

namespace {

constexpr auto kMarch = date::year{2025} / date::March;
constexpr auto kApril = date::year{2025} / date::April;

struct Counts
{
    std::int64_t numerator;
    std::int64_t denominator;
    std::int64_t pending = 0;
    bool operator==(const Counts&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Counts& c)
{
    return os << c.numerator << "/" << c.denominator << " (pending " << c.pending << ")";
}

Counts counts(const rules::KpiResult& r, std::string_view key)
{
    const auto* v = r.find(key);
    REQUIRE(v);
    return Counts{v->numerator, v->denominator, v->pending};
}

// HQ, 300 residents, Asia/Shanghai, calendar CN. The clock stands at 10 April; every step is back-dated.
//  A  2025-03-03 10:00  answered 10:10, resolved 03-04 15:00, replied, revisited (5); valid 03-06
//  B  2025-03-31 23:30  (15:30 UTC, still March locally) nothing since
//  G  2025-03-12 09:00  nothing since; valid only on 04-06
//  F  2025-03-10 09:00  valid 09:05, withdrawn 09:10
//  C  2025-04-01 00:10  (16:10 UTC on 31 March, April locally) valid 04-02
//  D  2024-04-01 00:00  the first second of March's twelve months; valid
//  E  2024-03-31 23:59:59  one second before them; valid
struct Site : Desk
{
    Site() : Desk(at("2025-04-10 00:00"))
    {
        domain::Site s;
        s.code = "HQ";
        s.name = "测试小区";
        s.residents = 300;
        s.households = 120;
        REQUIRE(ws->sites().add(s));

        auto& c = ws->complaints();
        const auto a = receive("2025-03-03 10:00");
        REQUIRE(c.respond(a, "已联系住户", at("2025-03-03 10:10")));
        REQUIRE(c.resolve(a, "已修复", "", at("2025-03-04 15:00")));
        REQUIRE(c.reply(a, "已答复住户", "李主任", at("2025-03-04 16:00")));
        REQUIRE(c.revisit(a, 5, "", at("2025-03-05 10:00")));
        REQUIRE(c.judge(a, true, "属实", at("2025-03-06 10:00")));
        B = code(receive("2025-03-31 23:30"));
        const auto g = receive("2025-03-12 09:00");
        G = code(g);
        REQUIRE(c.judge(g, true, "属实", at("2025-04-06 09:00")));
        const auto f = receive("2025-03-10 09:00");
        REQUIRE(c.judge(f, true, "属实", at("2025-03-10 09:05")));
        REQUIRE(c.withdraw(f, "住户撤回", at("2025-03-10 09:10")));
        const auto april = receive("2025-04-01 00:10");
        REQUIRE(c.judge(april, true, "属实", at("2025-04-02 10:00")));
        const auto d = receive("2024-04-01 00:00");
        REQUIRE(c.judge(d, true, "属实", at("2024-04-02 10:00")));
        const auto e = receive("2024-03-31 23:59:59");
        REQUIRE(c.judge(e, true, "属实", at("2024-04-02 10:00")));
    }

    domain::ComplaintId receive(const char* received)
    {
        services::NewComplaint n;
        n.siteCode = "HQ";
        n.category = domain::ComplaintCategory::RepairQuality;
        n.resident = "张先生";
        n.phone = "13800138000";
        n.location = "3-2-1502";
        n.description = "维修后仍漏水";
        n.department = Department::Engineering;
        n.receivedAt = at(received);
        auto c = ws->complaints().receive(n);
        REQUIRE(c);
        return c->header.id;
    }

    std::string code(domain::ComplaintId id)
    {
        auto c = ws->complaints().get(id);
        REQUIRE(c);
        return c->header.code;
    }

    services::KpiReport report(date::year_month month, const char* asOf)
    {
        auto r = ws->kpis().complaintKpis("HQ", month, at(asOf));
        REQUIRE(r);
        return std::move(*r);
    }

    std::string B;
    std::string G;
};

std::vector<std::string> codes(const rules::KpiResult& r, std::string_view key)
{
    std::vector<std::string> out;
    for (const auto& rec : r.find(key)->records) {
        out.push_back(rec.code + ":" + rec.outcome);
    }
    return out;
}

} // namespace

TEST_CASE("complaint KPIs of March as of 5 April, through the workspace")
{
    Site site;
    const auto r = site.report(kMarch, "2025-04-05 00:00");
    CHECK(r.site.code == "HQ");
    CHECK(r.period == kMarch);
    CHECK(r.asOf == at("2025-04-05 00:00"));
    CHECK(r.ruleSet == std::optional<std::string>("default"));
    CHECK_FALSE(r.complaints);

    const auto& k = r.result;
    // A, B and G; F was withdrawn, C belongs to April.
    CHECK(k.population == 3);
    // A answered in 10 minutes; B and G never.
    CHECK(counts(k, "complaint_response_timeliness") == Counts{1, 3, 0});
    // A met; G (due 19 March) missed; B is due on 8 April (Qingming, 4–6 April, is off): pending.
    CHECK(counts(k, "complaint_resolution_timeliness") == Counts{1, 2, 1});
    const auto* resolution = k.find("complaint_resolution_timeliness");
    REQUIRE(resolution->records.size() == 2);
    CHECK(resolution->records[0].code == site.G);
    CHECK(resolution->records[0].deadline == at("2025-03-19 00:00"));
    CHECK(resolution->records[1].code == site.B);
    CHECK(resolution->records[1].outcome == "pending");
    CHECK(resolution->records[1].deadline == at("2025-04-08 00:00"));
    CHECK(counts(k, "complaint_handling_rate") == Counts{1, 3, 0});
    // G's verdict comes after T.
    CHECK(counts(k, "valid_complaint_rate") == Counts{1, 300, 0});
    // D (the first second of the window) and A; E is one second too early.
    CHECK(counts(k, "valid_complaint_rate_12m") == Counts{2, 300, 0});
    CHECK(k.find("valid_complaint_rate_12m")->met == true);
    CHECK(counts(k, "complaint_revisit_rate") == Counts{1, 1, 0});
    CHECK(counts(k, "complaint_satisfaction_rate") == Counts{1, 1, 0});
}

TEST_CASE("the same report as of a later time sees the later verdict")
{
    Site site;
    const auto r = site.report(kMarch, "2025-04-07 00:00");
    CHECK(counts(r.result, "valid_complaint_rate") == Counts{2, 300, 0});
    CHECK(counts(r.result, "valid_complaint_rate_12m") == Counts{3, 300, 0});
    CHECK(codes(r.result, "valid_complaint_rate").back() == site.G + ":valid");
    // Printing it twice gives the same figures.
    const auto again = site.report(kMarch, "2025-04-07 00:00");
    CHECK(counts(again.result, "valid_complaint_rate_12m") == Counts{3, 300, 0});
}

TEST_CASE("April's twelve months start in May of the year before")
{
    Site site;
    const auto r = site.report(kApril, "2025-04-10 00:00");
    // C, received at 00:10 local on 1 April.
    CHECK(r.result.population == 1);
    CHECK(counts(r.result, "valid_complaint_rate") == Counts{1, 300, 0});
    // A, G and C; D (1 April 2024) has left the window.
    CHECK(counts(r.result, "valid_complaint_rate_12m") == Counts{3, 300, 0});
}

TEST_CASE("siteKpis reports work orders and complaints as of one time")
{
    Site site;
    site.clock.set(at("2025-04-20 00:00"));
    auto r = site.ws->kpis().siteKpis("HQ", kMarch);
    REQUIRE(r);
    CHECK(r->asOf == at("2025-04-20 00:00"));
    CHECK(r->result.population == 0);
    CHECK(r->result.kpis.size() == 9);
    REQUIRE(r->complaints);
    CHECK(r->complaints->population == 3);
    CHECK(r->complaints->kpis.size() == 7);
    CHECK(counts(*r->complaints, "valid_complaint_rate") == Counts{2, 300, 0});

    auto past = site.ws->kpis().siteKpis("HQ", kMarch, at("2025-04-05 00:00"));
    REQUIRE(past);
    CHECK(past->asOf == at("2025-04-05 00:00"));
    REQUIRE(past->complaints);
    CHECK(counts(*past->complaints, "valid_complaint_rate") == Counts{1, 300, 0});
    // workOrderKpis alone leaves the complaints out.
    auto orders = site.ws->kpis().workOrderKpis("HQ", kMarch);
    REQUIRE(orders);
    CHECK_FALSE(orders->complaints);
}

TEST_CASE("a site without residents on record has no valid-complaint rate")
{
    Desk desk(at("2025-04-10 00:00"));
    desk.addSite("LC");
    auto r = desk.ws->kpis().complaintKpis("LC", kMarch);
    REQUIRE(r);
    const auto* v = r->result.find("valid_complaint_rate_12m");
    REQUIRE(v);
    CHECK(v->denominator == 0);
    CHECK(v->rate == std::nullopt);
    CHECK(v->met == std::nullopt);
}

TEST_CASE("complaint KPIs need the report permission and the site")
{
    Site site;
    const auto hq = site.ws->sites().get("HQ");
    REQUIRE(hq);
    domain::Site other;
    other.code = "LC";
    other.name = "另一小区";
    auto lc = site.ws->sites().add(other);
    REQUIRE(lc);

    site.ws->context().user = domain::User{"王芳", Role::Supervisor};
    for (auto r : {site.ws->kpis().complaintKpis("HQ", kMarch), site.ws->kpis().siteKpis("HQ", kMarch)}) {
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::PermissionDenied);
    }

    site.ws->context().user = domain::User{"李经理", Role::Manager, std::nullopt, std::vector{lc->id}};
    for (auto r : {site.ws->kpis().complaintKpis("HQ", kMarch), site.ws->kpis().siteKpis("HQ", kMarch)}) {
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::PermissionDenied);
    }
    CHECK(site.ws->kpis().complaintKpis("LC", kMarch));

    site.ws->context().user = domain::User{"张经理", Role::Manager, std::nullopt, std::vector{hq->id}};
    CHECK(site.ws->kpis().siteKpis("HQ", kMarch));
}

TEST_CASE("complaint KPIs of an unknown site are refused")
{
    Site site;
    auto r = site.ws->kpis().complaintKpis("NOPE", kMarch);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::NotFound);
}
