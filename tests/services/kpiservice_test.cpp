// The monthly work-order KPIs of a small hand-made month, worked out by hand from DESIGN.md §3–4.

#include "servicetestsupport.h"

using namespace propdesk;
using namespace std::chrono_literals;
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

const rules::KpiValue& kpi(const services::KpiReport& report, std::string_view key)
{
    const auto* v = report.result.find(key);
    REQUIRE(v);
    return *v;
}

Counts counts(const services::KpiReport& report, std::string_view key)
{
    const auto& v = kpi(report, key);
    return Counts{v.numerator, v.denominator, v.pending};
}

services::NewWorkOrder request(domain::Category category, domain::Urgency urgency, const char* reported)
{
    services::NewWorkOrder r;
    r.siteCode = "HQ";
    r.location = "3-2-1502";
    r.category = category;
    r.urgency = urgency;
    r.reportedAt = at(reported);
    return r;
}

// The month, built in two steps: what had happened by T0 = 2025-03-05 00:00, then the rest.
//  A  plumbing normal     reported 03-03 09:00, arrived 09:20, completed 12:00, revisited 03-04 10:00 (5)
//  B  electrical emergency reported 03-04 10:00 (Tue), arrived 10:25, completed 15:00, revisited 03-07 09:00 (3)
//  C  lighting normal     reported 03-31 23:30 local (15:30 UTC), nothing since
//  D  plumbing normal     reported 04-01 00:10 local: April
//  E  plumbing normal     reported 03-10 09:00, cancelled 09:10
//  F  rework of A         reported 04-02 09:00: April
struct Month : Desk
{
    Month() : Desk(at("2025-03-05 00:00"))
    {
        addSite("HQ");
        auto& orders = ws->workOrders();
        auto a = orders.log(request(domain::Category::Plumbing, domain::Urgency::Normal, "2025-03-03 09:00"));
        REQUIRE(a);
        A = a->header.code;
        REQUIRE(orders.arrive(a->header.id, at("2025-03-03 09:20")));
        REQUIRE(orders.complete(a->header.id, "done", at("2025-03-03 12:00")));
        REQUIRE(orders.revisit(a->header.id, 5, "", at("2025-03-04 10:00")));
        auto b = orders.log(request(domain::Category::Electrical, domain::Urgency::Emergency, "2025-03-04 10:00"));
        REQUIRE(b);
        B = b->header.id;
        REQUIRE(orders.arrive(B, at("2025-03-04 10:25")));
        REQUIRE(orders.complete(B, "done", at("2025-03-04 15:00")));
    }

    void rest()
    {
        clock.set(at("2025-04-05 00:00"));
        auto& orders = ws->workOrders();
        REQUIRE(orders.revisit(B, 3, "", at("2025-03-07 09:00")));
        auto c = orders.log(request(domain::Category::Lighting, domain::Urgency::Normal, "2025-03-31 23:30"));
        REQUIRE(c);
        C = c->header.code;
        CHECK(c->header.reportedAt == at("2025-03-31 15:30", "UTC"));
        auto d = orders.log(request(domain::Category::Plumbing, domain::Urgency::Normal, "2025-04-01 00:10"));
        REQUIRE(d);
        D = d->header.code;
        CHECK(d->header.reportedAt == at("2025-03-31 16:10", "UTC"));
        auto e = orders.log(request(domain::Category::Plumbing, domain::Urgency::Normal, "2025-03-10 09:00"));
        REQUIRE(e);
        REQUIRE(orders.cancel(e->header.id, "业主已自行处理", at("2025-03-10 09:10")));
        auto f = request(domain::Category::Plumbing, domain::Urgency::Normal, "2025-04-02 09:00");
        f.reworkOf = A;
        REQUIRE(orders.log(f));
    }

    services::KpiReport report(date::year_month month, std::optional<domain::Instant> asOf = std::nullopt)
    {
        auto r = ws->kpis().workOrderKpis("HQ", month, asOf);
        REQUIRE(r);
        return std::move(*r);
    }

    std::string A;
    domain::WorkOrderId B;
    std::string C;
    std::string D;
};

bool hasRecord(const rules::KpiValue& v, const std::string& code, std::string_view outcome)
{
    return std::any_of(v.records.begin(), v.records.end(),
                       [&](const rules::KpiRecord& r) { return r.code == code && r.outcome == outcome; });
}

} // namespace

TEST_CASE("KPIs of a month as of the day the report is printed")
{
    Month month;
    month.rest();
    const auto r = month.report(kMarch);

    CHECK(r.site.code == "HQ");
    CHECK(r.period == kMarch);
    CHECK(r.asOf == at("2025-04-05 00:00"));
    CHECK(r.ruleSet == std::optional<std::string>("default"));
    // A, B and C; E is cancelled, D and F belong to April.
    CHECK(r.result.population == 3);
    REQUIRE(r.result.kpis.size() == 9);

    // A arrived in 20 of 30 minutes; B in 25 of 10 (an emergency on a working-day morning); C never, 30
    // minutes long gone.
    CHECK(counts(r, "arrival_timeliness") == Counts{1, 3});
    // A in 3 of 8 hours, B the same day, C (lighting: two calendar days, until 2025-04-03 00:00) missed.
    CHECK(counts(r, "completion_timeliness") == Counts{2, 3});
    CHECK(counts(r, "repair_timeliness") == Counts{1, 3});
    CHECK(counts(r, "completion_rate") == Counts{2, 3});
    // F, reported 2025-04-02 and not cancelled, reworks A.
    CHECK(counts(r, "first_time_fix_rate") == Counts{1, 2});
    CHECK(counts(r, "rework_rate") == Counts{1, 2});
    CHECK(counts(r, "revisit_rate") == Counts{2, 2});
    // B was revisited 66 hours after completion.
    CHECK(counts(r, "revisit_timeliness") == Counts{1, 2});
    // A rated 5, B rated 3.
    CHECK(counts(r, "satisfaction_rate") == Counts{1, 2});

    const auto& arrival = kpi(r, "arrival_timeliness");
    REQUIRE(arrival.rate);
    CHECK(*arrival.rate == 1.0 / 3.0);
    REQUIRE(arrival.target);
    CHECK(arrival.target->valueE4 == 10000);
    CHECK(arrival.met == std::optional<bool>(false));
    CHECK(hasRecord(arrival, month.C, "missed"));
    CHECK(kpi(r, "completion_rate").target == std::nullopt);
    CHECK(kpi(r, "completion_rate").met == std::nullopt);
    CHECK(kpi(r, "revisit_rate").met == std::optional<bool>(true));
    CHECK(hasRecord(kpi(r, "rework_rate"), month.A, "reworked"));
}

TEST_CASE("KPIs as of a time ignore everything that happened later")
{
    Month month;
    const auto t0 = at("2025-03-05 00:00");
    const auto before = month.report(kMarch); // as of now, which is T0
    CHECK(before.asOf == t0);

    // By T0: A and B only; B's revisit is still within its 48 hours.
    CHECK(before.result.population == 2);
    CHECK(counts(before, "arrival_timeliness") == Counts{1, 2});
    CHECK(counts(before, "completion_timeliness") == Counts{2, 2});
    CHECK(counts(before, "repair_timeliness") == Counts{1, 2});
    CHECK(counts(before, "completion_rate") == Counts{2, 2});
    CHECK(counts(before, "first_time_fix_rate") == Counts{2, 2});
    CHECK(counts(before, "rework_rate") == Counts{0, 2});
    CHECK(counts(before, "revisit_rate") == Counts{1, 2});
    CHECK(counts(before, "revisit_timeliness") == Counts{1, 1, 1});
    CHECK(counts(before, "satisfaction_rate") == Counts{1, 1});

    month.rest();
    const auto after = month.report(kMarch, t0);
    CHECK(after.asOf == t0);
    CHECK(after.ruleSet == before.ruleSet);
    CHECK(after.result.population == before.result.population);
    REQUIRE(after.result.kpis.size() == before.result.kpis.size());
    for (std::size_t i = 0; i < before.result.kpis.size(); ++i) {
        const auto& x = before.result.kpis[i];
        const auto& y = after.result.kpis[i];
        INFO(x.key);
        CHECK(y.key == x.key);
        CHECK(Counts{y.numerator, y.denominator, y.pending} == Counts{x.numerator, x.denominator, x.pending});
        CHECK(y.rate == x.rate);
        CHECK(y.met == x.met);
    }
    // Printed again later, the same report is still the same.
    const auto later = month.report(kMarch, t0);
    CHECK(later.result.population == before.result.population);
    CHECK(counts(later, "revisit_timeliness") == counts(before, "revisit_timeliness"));
}

TEST_CASE("a milestone whose deadline is exactly the as-of time is still pending")
{
    Month month;
    month.rest();
    // C was reported 2025-03-31 23:30: its 30 minutes to arrive end exactly at 2025-04-01 00:00.
    const auto r = month.report(kMarch, at("2025-04-01 00:00"));
    CHECK(r.result.population == 3);
    CHECK(counts(r, "arrival_timeliness") == Counts{1, 2, 1});
    CHECK(hasRecord(kpi(r, "arrival_timeliness"), month.C, "pending"));
    CHECK(counts(r, "completion_timeliness") == Counts{2, 2, 1});
    CHECK(counts(r, "repair_timeliness") == Counts{1, 2, 1});
    // F is not reported yet: A is not reworked as of this time.
    CHECK(counts(r, "rework_rate") == Counts{0, 2});
    CHECK(counts(r, "first_time_fix_rate") == Counts{2, 2});

    const auto oneSecondLater = month.report(kMarch, at("2025-04-01 00:00:01"));
    CHECK(counts(oneSecondLater, "arrival_timeliness") == Counts{1, 3});
}

TEST_CASE("months are counted in the site's local time")
{
    Month month;
    month.rest();
    // C (2025-03-31 23:30 in Shanghai, 15:30 UTC) is March; D (2025-04-01 00:10, still March 31 in UTC) is April.
    const auto march = month.report(kMarch);
    CHECK(march.result.population == 3);
    CHECK(hasRecord(kpi(march, "completion_rate"), month.C, "not_completed"));
    CHECK_FALSE(hasRecord(kpi(march, "completion_rate"), month.D, "not_completed"));

    const auto april = month.report(kApril);
    CHECK(april.result.population == 2);
    CHECK(hasRecord(kpi(april, "completion_rate"), month.D, "not_completed"));
    CHECK_FALSE(hasRecord(kpi(april, "completion_rate"), month.C, "not_completed"));
    CHECK(counts(april, "completion_rate") == Counts{0, 2});
    // Nothing completed in April: the rates over completed orders are undefined.
    const auto& satisfaction = kpi(april, "satisfaction_rate");
    CHECK(satisfaction.denominator == 0);
    CHECK(satisfaction.rate == std::nullopt);
    CHECK(satisfaction.met == std::nullopt);

    // Before April 1st (local), April has no orders yet.
    const auto early = month.report(kApril, at("2025-04-01 00:09"));
    CHECK(early.result.population == 0);
}

TEST_CASE("the report names the rule set in force at the start of the month")
{
    Month month;
    month.rest();
    // A stricter set from 2025-03-15 applies to orders reported from then on, but the March report names
    // the set in force on March 1st.
    auto imported = month.ws->rules().importRuleSet(R"({
        "name": "strict-2025", "effective_from": "2025-03-15",
        "rules": [
          { "id": "arrival-any", "applies_to": "work_order", "milestone": "arrival",
            "limit": { "amount": 5, "unit": "minutes", "clock": "elapsed" } } ] })",
                                                    "strict.json");
    REQUIRE(imported);
    CHECK(month.report(kMarch).ruleSet == std::optional<std::string>("default"));
    CHECK(month.report(kApril).ruleSet == std::optional<std::string>("strict-2025"));
}
