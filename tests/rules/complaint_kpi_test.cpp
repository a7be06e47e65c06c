// The complaint KPIs of docs/kpi.md on a small hand-made March 2025, worked out by hand with the default
// rules (response 15 minutes, resolution 4 working days on the China calendar).

#include "complaintfixtures.h"
#include "rules/complaintkpi.h"
#include "rulesfixtures.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <vector>

using namespace propdesk;
using namespace std::chrono_literals;
using propdesk::tests::at;
using Complaint = propdesk::tests::ComplaintBuilder;

namespace {

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

const rules::KpiValue& kpi(const rules::KpiResult& r, std::string_view key)
{
    const auto* v = r.find(key);
    REQUIRE(v);
    return *v;
}

Counts counts(const rules::KpiResult& r, std::string_view key)
{
    const auto& v = kpi(r, key);
    return Counts{v.numerator, v.denominator, v.pending};
}

// "code:outcome" of each record, in order.
std::vector<std::string> records(const rules::KpiResult& r, std::string_view key)
{
    std::vector<std::string> out;
    for (const auto& rec : kpi(r, key).records) {
        out.push_back(rec.code + ":" + rec.outcome);
    }
    return out;
}

using Strings = std::vector<std::string>;

// March 2025 at a site of 400 residents:
//  C1  Mon 03-03 10:00  answered 10:10, resolved 03-04 15:00, revisited (5); valid 03-06
//  C2  Wed 03-05 09:00  answered 09:30 (15 min late), resolved 03-12 10:00 (due 03-12 00:00), revisited (3);
//      invalid 03-06
//  C3  Mon 03-10 14:00  answered 14:05, never resolved (due 03-15 00:00); valid 03-20
//  C4  Mon 03-31 20:00  answered 20:10, not resolved (due 04-08 00:00: Apr 4–6 is Qingming)
//  C5  Wed 03-12 09:00  resolved 09:10 without a recorded response, replied, not revisited
//  C6  Sat 03-15 10:00  answered 10:05, resolved 03-18, revisited without a rating; valid 03-16, invalid
//      03-20, valid again 03-25
//  C7  Fri 03-07 10:00  valid 10:05, withdrawn 10:10
//  C8  Thu 03-20 10:00  answered 10:05, resolved 16:00, revisited (4); valid only on 04-06
// Earlier months of the rolling year:
//  P1  2024-04-15 valid · P2 2025-01-10 valid, then withdrawn · P3 2025-02-20 invalid · P4 2025-02-21 valid on 04-06
struct March
{
    March()
    {
        Complaint c1("C1", at("2025-03-03 10:00"));
        c1.respond(at("2025-03-03 10:10")).closed(at("2025-03-04 15:00"), 5).judge(at("2025-03-06 10:00"), true);
        Complaint c2("C2", at("2025-03-05 09:00"));
        c2.respond(at("2025-03-05 09:30")).judge(at("2025-03-06 10:00"), false).closed(at("2025-03-12 10:00"), 3);
        Complaint c3("C3", at("2025-03-10 14:00"));
        c3.respond(at("2025-03-10 14:05")).judge(at("2025-03-20 09:00"), true);
        Complaint c4("C4", at("2025-03-31 20:00"));
        c4.respond(at("2025-03-31 20:10"));
        Complaint c5("C5", at("2025-03-12 09:00"));
        c5.resolve(at("2025-03-12 09:10")).reply(at("2025-03-12 09:11"));
        Complaint c6("C6", at("2025-03-15 10:00"));
        c6.respond(at("2025-03-15 10:05"))
            .judge(at("2025-03-16 09:00"), true)
            .closed(at("2025-03-18 10:00"), std::nullopt)
            .judge(at("2025-03-20 09:00"), false)
            .judge(at("2025-03-25 09:00"), true);
        Complaint c7("C7", at("2025-03-07 10:00"));
        c7.judge(at("2025-03-07 10:05"), true).withdraw(at("2025-03-07 10:10"));
        Complaint c8("C8", at("2025-03-20 10:00"));
        c8.respond(at("2025-03-20 10:05")).closed(at("2025-03-20 16:00"), 4).judge(at("2025-04-06 09:00"), true);
        month = {c1, c2, c3, c4, c5, c6, c7, c8};

        Complaint p1("P1", at("2024-04-15 10:00"));
        p1.judge(at("2024-04-16 10:00"), true);
        Complaint p2("P2", at("2025-01-10 10:00"));
        p2.judge(at("2025-01-10 11:00"), true).withdraw(at("2025-01-10 12:00"));
        Complaint p3("P3", at("2025-02-20 10:00"));
        p3.judge(at("2025-02-21 10:00"), false);
        Complaint p4("P4", at("2025-02-21 10:00"));
        p4.judge(at("2025-04-06 10:00"), true);
        earlier = {p1, p2, p3, p4};
    }

    std::vector<rules::EvaluatedComplaint> evaluate(const std::vector<domain::Complaint>& complaints,
                                                    domain::Instant asOf) const
    {
        std::vector<rules::EvaluatedComplaint> out;
        for (const auto& c : complaints) {
            out.push_back(rules::EvaluatedComplaint{c.header, engine.evaluate(c, asOf)});
        }
        return out;
    }

    rules::KpiResult compute(domain::Instant asOf, int residents = 400) const
    {
        const auto m = evaluate(month, asOf);
        auto year = evaluate(earlier, asOf);
        year.insert(year.end(), m.begin(), m.end());
        return rules::computeComplaintKpis(m, year, residents, asOf, rules::defaultComplaintTargets());
    }

    rules::RuleEngine engine = tests::chinaEngine();
    std::vector<domain::Complaint> month;
    std::vector<domain::Complaint> earlier;
};

} // namespace

TEST_CASE("the seven complaint KPIs, their Chinese names and default targets")
{
    const auto defs = rules::complaintKpiDefinitions();
    REQUIRE(defs.size() == 7);
    CHECK(defs[0].key == "complaint_response_timeliness");
    CHECK(defs[0].nameZh == "投诉响应及时率");
    CHECK(defs[1].key == "complaint_resolution_timeliness");
    CHECK(defs[1].nameZh == "投诉处理及时率");
    CHECK(defs[2].key == "complaint_handling_rate");
    CHECK(defs[2].nameZh == "投诉处理率");
    CHECK(defs[3].key == "valid_complaint_rate");
    CHECK(defs[3].nameZh == "有效投诉率");
    CHECK(defs[4].key == "valid_complaint_rate_12m");
    CHECK(defs[4].nameZh == "有效投诉率（滚动12个月）");
    CHECK(defs[5].key == "complaint_revisit_rate");
    CHECK(defs[5].nameZh == "投诉回访率");
    CHECK(defs[6].key == "complaint_satisfaction_rate");
    CHECK(defs[6].nameZh == "投诉满意率");

    const auto targets = rules::defaultComplaintTargets();
    CHECK(targets.size() == 6);
    CHECK_FALSE(targets.contains("valid_complaint_rate"));
    const auto target = [&](const char* key) {
        const auto it = targets.find(key);
        REQUIRE(it != targets.end());
        return std::pair{it->second.comparator, it->second.valueE4};
    };
    CHECK(target("complaint_response_timeliness") == std::pair{rules::Comparator::AtLeast, std::int64_t{10000}});
    CHECK(target("complaint_resolution_timeliness") == std::pair{rules::Comparator::AtLeast, std::int64_t{10000}});
    CHECK(target("complaint_handling_rate") == std::pair{rules::Comparator::AtLeast, std::int64_t{10000}});
    CHECK(target("valid_complaint_rate_12m") == std::pair{rules::Comparator::AtMost, std::int64_t{200}});
    CHECK(target("complaint_revisit_rate") == std::pair{rules::Comparator::AtLeast, std::int64_t{10000}});
    CHECK(target("complaint_satisfaction_rate") == std::pair{rules::Comparator::AtLeast, std::int64_t{8500}});
}

TEST_CASE("complaint KPIs of March as of 5 April, worked out by hand")
{
    const March march;
    const auto r = march.compute(at("2025-04-05 00:00"));

    // C7 was withdrawn; the other seven count.
    CHECK(r.population == 7);
    REQUIRE(r.kpis.size() == 7);

    // Only C2 answered late (C5 counts as answered when it was resolved, after 10 minutes).
    CHECK(counts(r, "complaint_response_timeliness") == Counts{6, 7, 0});
    CHECK(kpi(r, "complaint_response_timeliness").rate == Approx(6.0 / 7.0));
    CHECK(kpi(r, "complaint_response_timeliness").met == false);
    CHECK(records(r, "complaint_response_timeliness") == Strings{"C2:missed"});
    const auto& lateAnswer = kpi(r, "complaint_response_timeliness").records[0];
    CHECK(lateAnswer.subject == rules::KpiSubject::Complaint);
    CHECK(lateAnswer.id == march.month[1].header.id.value);
    CHECK(lateAnswer.location == "3-2-1502");
    CHECK(lateAnswer.ruleId == "complaint-response");
    CHECK(lateAnswer.deadline == at("2025-03-05 09:15"));
    CHECK(lateAnswer.overBy == 15min);

    // Met: C1 C5 C6 C8; missed: C2 (10 hours), C3 (never resolved); pending: C4 (due 8 April).
    CHECK(counts(r, "complaint_resolution_timeliness") == Counts{4, 6, 1});
    CHECK(kpi(r, "complaint_resolution_timeliness").rate == Approx(4.0 / 6.0));
    CHECK(kpi(r, "complaint_resolution_timeliness").met == false);
    CHECK(records(r, "complaint_resolution_timeliness") == Strings{"C2:missed", "C3:missed", "C4:pending"});
    const auto& resolution = kpi(r, "complaint_resolution_timeliness").records;
    CHECK(resolution[0].overBy == 10h);
    CHECK(resolution[1].deadline == at("2025-03-15 00:00"));
    CHECK(resolution[1].overBy == std::chrono::days{21});
    CHECK(resolution[2].deadline == at("2025-04-08 00:00"));
    CHECK(resolution[2].overBy == 0s);

    CHECK(counts(r, "complaint_handling_rate") == Counts{5, 7, 0});
    CHECK(kpi(r, "complaint_handling_rate").rate == Approx(5.0 / 7.0));
    CHECK(kpi(r, "complaint_handling_rate").met == false);
    CHECK(records(r, "complaint_handling_rate") == Strings{"C3:not_resolved", "C4:not_resolved"});

    // C1, C3 and C6 (valid again since 25 March); C8's verdict comes after T, C7 was withdrawn.
    CHECK(counts(r, "valid_complaint_rate") == Counts{3, 400, 0});
    CHECK(kpi(r, "valid_complaint_rate").rate == Approx(3.0 / 400.0));
    CHECK_FALSE(kpi(r, "valid_complaint_rate").target);
    CHECK(kpi(r, "valid_complaint_rate").met == std::nullopt);
    CHECK(records(r, "valid_complaint_rate") == Strings{"C1:valid", "C3:valid", "C6:valid"});
    CHECK(kpi(r, "valid_complaint_rate").records[0].detail == "属实");

    // P1 too; P2 was withdrawn, P3 is invalid, P4 is judged after T.
    CHECK(counts(r, "valid_complaint_rate_12m") == Counts{4, 400, 0});
    CHECK(kpi(r, "valid_complaint_rate_12m").rate == Approx(0.01));
    CHECK(kpi(r, "valid_complaint_rate_12m").met == true);
    CHECK(records(r, "valid_complaint_rate_12m") == Strings{"P1:valid", "C1:valid", "C3:valid", "C6:valid"});

    // Resolved: C1 C2 C5 C6 C8; C5 is not revisited.
    CHECK(counts(r, "complaint_revisit_rate") == Counts{4, 5, 0});
    CHECK(kpi(r, "complaint_revisit_rate").met == false);
    CHECK(records(r, "complaint_revisit_rate") == Strings{"C5:not_revisited"});

    // Rated: C1 (5), C2 (3), C8 (4); C6 was revisited without a rating.
    CHECK(counts(r, "complaint_satisfaction_rate") == Counts{2, 3, 0});
    CHECK(kpi(r, "complaint_satisfaction_rate").rate == Approx(2.0 / 3.0));
    CHECK(kpi(r, "complaint_satisfaction_rate").met == false);
    CHECK(records(r, "complaint_satisfaction_rate") == Strings{"C2:rated_3"});
}

TEST_CASE("complaint KPIs as of 10 March 14:00 see only what had happened by then")
{
    const March march;
    const auto r = march.compute(at("2025-03-10 14:00"));

    // C1, C2 and C3, received exactly at T; C7 was already withdrawn.
    CHECK(r.population == 3);
    CHECK(counts(r, "complaint_response_timeliness") == Counts{1, 2, 1});
    CHECK(records(r, "complaint_response_timeliness") == Strings{"C2:missed", "C3:pending"});
    // C2 is due at 24:00 on 11 March: still pending.
    CHECK(counts(r, "complaint_resolution_timeliness") == Counts{1, 1, 2});
    CHECK(kpi(r, "complaint_resolution_timeliness").met == true);
    CHECK(counts(r, "complaint_handling_rate") == Counts{1, 3, 0});
    CHECK(counts(r, "complaint_revisit_rate") == Counts{1, 1, 0});
    CHECK(kpi(r, "complaint_revisit_rate").met == true);
    // C2's rating of 3 comes with its revisit on 12 March.
    CHECK(counts(r, "complaint_satisfaction_rate") == Counts{1, 1, 0});
    CHECK(records(r, "complaint_satisfaction_rate").empty());
    CHECK(counts(r, "valid_complaint_rate") == Counts{1, 400, 0});
    CHECK(counts(r, "valid_complaint_rate_12m") == Counts{2, 400, 0});
}

TEST_CASE("a complaint leaves the population at the moment it is withdrawn")
{
    const March march;
    const std::vector<domain::Complaint> c7{march.month[6]};
    const auto population = [&](const char* asOf) {
        const auto m = march.evaluate(c7, at(asOf));
        return rules::computeComplaintKpis(m, m, 400, at(asOf), rules::defaultComplaintTargets());
    };
    CHECK(population("2025-03-07 09:59:59").population == 0); // not received yet
    const auto before = population("2025-03-07 10:09:59");
    CHECK(before.population == 1);
    CHECK(counts(before, "valid_complaint_rate") == Counts{1, 400, 0});
    CHECK(counts(before, "complaint_handling_rate") == Counts{0, 1, 0});
    const auto atWithdrawal = population("2025-03-07 10:10");
    CHECK(atWithdrawal.population == 0);
    CHECK(counts(atWithdrawal, "valid_complaint_rate") == Counts{0, 400, 0});
    CHECK(counts(atWithdrawal, "complaint_handling_rate") == Counts{0, 0, 0});
    CHECK(kpi(atWithdrawal, "complaint_handling_rate").rate == std::nullopt);
    CHECK(kpi(atWithdrawal, "complaint_handling_rate").met == std::nullopt);
}

TEST_CASE("the verdict standing at T counts: valid, then invalid, then valid again")
{
    const March march;
    const std::vector<domain::Complaint> c6{march.month[5]};
    const auto valid = [&](const char* asOf) {
        const auto m = march.evaluate(c6, at(asOf));
        return kpi(rules::computeComplaintKpis(m, m, 400, at(asOf), rules::defaultComplaintTargets()),
                   "valid_complaint_rate_12m")
            .numerator;
    };
    CHECK(valid("2025-03-15 12:00") == 0); // not judged yet
    CHECK(valid("2025-03-16 09:00") == 1);
    CHECK(valid("2025-03-20 08:59:59") == 1);
    CHECK(valid("2025-03-20 09:00") == 0);
    CHECK(valid("2025-03-24 00:00") == 0);
    CHECK(valid("2025-03-25 09:00") == 1);
}

TEST_CASE("valid complaints over 12 months meet the 2 percent target exactly at 2 percent")
{
    const March march;
    // Four valid complaints over the rolling year (see March).
    const auto atTwoPercent = march.compute(at("2025-04-05 00:00"), 200);
    CHECK(counts(atTwoPercent, "valid_complaint_rate_12m") == Counts{4, 200, 0});
    CHECK(kpi(atTwoPercent, "valid_complaint_rate_12m").rate == 0.02);
    CHECK(kpi(atTwoPercent, "valid_complaint_rate_12m").met == true);
    const auto justOver = march.compute(at("2025-04-05 00:00"), 199);
    CHECK(kpi(justOver, "valid_complaint_rate_12m").met == false);
    // The monthly rate shares the denominator but has no target.
    CHECK(counts(atTwoPercent, "valid_complaint_rate") == Counts{3, 200, 0});
    CHECK(kpi(atTwoPercent, "valid_complaint_rate").met == std::nullopt);
}

TEST_CASE("a site without residents on record has no valid-complaint rate")
{
    const March march;
    const auto r = march.compute(at("2025-04-05 00:00"), 0);
    for (const auto* key : {"valid_complaint_rate", "valid_complaint_rate_12m"}) {
        CAPTURE(key);
        CHECK(kpi(r, key).numerator == (std::string_view(key) == "valid_complaint_rate" ? 3 : 4));
        CHECK(kpi(r, key).denominator == 0);
        CHECK(kpi(r, key).rate == std::nullopt);
        CHECK(kpi(r, key).met == std::nullopt);
    }
    CHECK(kpi(r, "valid_complaint_rate_12m").target.has_value());
    // The other KPIs do not depend on the residents.
    CHECK(counts(r, "complaint_handling_rate") == Counts{5, 7, 0});
}

TEST_CASE("a month without complaints has no complaint rates and meets nothing")
{
    const auto r = rules::computeComplaintKpis({}, {}, 400, at("2025-04-05 00:00"), rules::defaultComplaintTargets());
    CHECK(r.population == 0);
    REQUIRE(r.kpis.size() == 7);
    for (const auto& k : r.kpis) {
        CAPTURE(k.key);
        CHECK(k.numerator == 0);
        CHECK(k.records.empty());
        if (k.key.starts_with("valid_complaint_rate")) {
            CHECK(k.denominator == 400);
            CHECK(k.rate == 0.0);
        } else {
            CHECK(k.denominator == 0);
            CHECK(k.rate == std::nullopt);
            CHECK(k.met == std::nullopt);
        }
    }
    CHECK(kpi(r, "valid_complaint_rate_12m").met == true);
}

TEST_CASE("work-order KPI records name their subject")
{
    const auto e = tests::chinaEngine();
    auto header = tests::plumbing(domain::Urgency::Normal, at("2025-03-03 09:00"));
    header.id = domain::WorkOrderId{42};
    const std::vector<rules::EvaluatedOrder> orders{
        rules::EvaluatedOrder{header, e.evaluate(header, domain::WorkOrderTimeline{}, at("2025-03-04 09:00"))}};
    const auto r = rules::computeWorkOrderKpis(orders, {}, at("2025-03-04 09:00"), rules::defaultWorkOrderTargets());
    const auto& missed = kpi(r, "arrival_timeliness").records;
    REQUIRE(missed.size() == 1);
    CHECK(missed[0].subject == rules::KpiSubject::WorkOrder);
    CHECK(missed[0].id == 42);
}
