#include "inspectionkpi.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>

namespace propdesk::rules {

using domain::Instant;

namespace {

constexpr KpiTarget atLeast(std::int64_t e4)
{
    return KpiTarget{Comparator::AtLeast, e4};
}

const std::array kDefinitions{
    KpiDefinition{"cleaning_rate", "保洁率", "Cleaning rate", atLeast(9800)},
    KpiDefinition{"greening_intact_rate", "绿化完好率", "Greening intact rate", atLeast(9800)},
    KpiDefinition{"nc_rectified_on_time", "不合格项按时整改率", "Nonconformances rectified on time", atLeast(10000)},
    KpiDefinition{"nc_verification_rate", "不合格项验证率", "Nonconformance verification rate", atLeast(10000)},
    KpiDefinition{"daily_sheets_completed", "日检完成率", "Daily sheets completed", atLeast(10000)},
    KpiDefinition{"contractor_warnings", "分包方书面警告", "Contractor warnings", std::nullopt},
};

bool signedBy(const domain::InspectionSheet& sheet, Instant asOf)
{
    return sheet.status == domain::SheetStatus::Signed && sheet.signedAt && *sheet.signedAt <= asOf;
}

// The sheet as it read at T: the amendments made after T undone, the latest first.
domain::InspectionSheet asAt(const domain::InspectionSheet& sheet, std::span<const domain::SheetAmendment> amendments,
                             Instant asOf)
{
    auto out = sheet;
    std::vector<const domain::SheetAmendment*> later;
    for (const auto& a : amendments) {
        if (a.sheet == sheet.id && a.at > asOf && a.line >= 0 && static_cast<std::size_t>(a.line) < out.lines.size()) {
            later.push_back(&a);
        }
    }
    // Latest first; of two at the same instant the one listed last was made last.
    std::stable_sort(later.begin(), later.end(), [](const auto* a, const auto* b) { return a->at < b->at; });
    for (auto it = later.rbegin(); it != later.rend(); ++it) {
        auto& line = out.lines[static_cast<std::size_t>((*it)->line)];
        line.result = (*it)->before;
        line.note = (*it)->noteBefore;
    }
    return out;
}

KpiRecord lineRecord(const domain::InspectionSheet& sheet, const domain::SheetLine& line)
{
    KpiRecord rec;
    rec.subject = KpiSubject::InspectionLine;
    rec.id = sheet.id.value;
    rec.code = line.item.code;
    rec.location = sheet.location;
    rec.outcome = "fail";
    rec.detail = line.note;
    return rec;
}

KpiRecord ncRecord(const domain::Nonconformance& nc, std::string outcome)
{
    KpiRecord rec;
    rec.subject = KpiSubject::Nonconformance;
    rec.id = nc.id.value;
    rec.code = nc.code;
    rec.location = nc.location;
    rec.outcome = std::move(outcome);
    rec.deadline = nc.deadline;
    rec.detail = nc.description;
    return rec;
}

bool inMonth(domain::Date day, date::year_month month)
{
    return day.year() == month.year() && day.month() == month.month();
}

} // namespace

std::span<const KpiDefinition> inspectionKpiDefinitions()
{
    return kDefinitions;
}

KpiTargets defaultInspectionTargets()
{
    KpiTargets targets;
    for (const auto& d : kDefinitions) {
        if (d.defaultTarget) {
            targets.emplace(std::string(d.key), *d.defaultTarget);
        }
    }
    return targets;
}

// Pending, per KPI (what T does not decide yet):
// - cleaning_rate / greening_intact_rate: the weight of the service's lines on the month's sheets created by T
//   and not signed by T (not applicable lines left out): the most the unsigned sheets can still add;
// - nc_rectified_on_time: the nonconformances raised by T, not withdrawn at T, due later in the month;
// - nc_verification_rate: none (a rectification not verified at T is a record);
// - daily_sheets_completed: the day of the month in progress at T (0 or 1);
// - contractor_warnings: none.
KpiResult computeInspectionKpis(const InspectionKpiInput& input, Instant asOf, const domain::TimeZone& zone,
                                const KpiTargets& targets)
{
    KpiResult result;
    for (const auto& d : kDefinitions) {
        auto& kpi = result.kpis.emplace_back();
        kpi.key = d.key;
    }
    auto& cleaning = result.kpis[0];
    auto& greening = result.kpis[1];
    auto& onTime = result.kpis[2];
    auto& verification = result.kpis[3];
    auto& daily = result.kpis[4];
    auto& warnings = result.kpis[5];

    const auto month = input.month;
    const auto next = month + date::months{1};
    const Instant monthStart = zone.startOfDay(month / 1);
    const Instant monthEnd = zone.startOfDay(next / 1);

    // Sheets: those of the month signed by T, as they read at T, in the order of their days.
    std::vector<domain::InspectionSheet> sheets;
    for (const auto& sheet : input.sheets) {
        if (!inMonth(sheet.day, month)) {
            continue;
        }
        if (signedBy(sheet, asOf)) {
            sheets.push_back(asAt(sheet, input.amendments, asOf));
            continue;
        }
        if (sheet.createdAt > asOf) {
            continue;
        }
        for (const auto& line : sheet.lines) {
            if (line.result == domain::ItemResult::NotApplicable) {
                continue;
            }
            auto& kpi = line.item.service == domain::InspectionService::Cleaning ? cleaning : greening;
            kpi.pending += line.item.weight;
        }
    }
    std::stable_sort(sheets.begin(), sheets.end(),
                     [](const auto& a, const auto& b) { return date::sys_days{a.day} < date::sys_days{b.day}; });
    result.population = static_cast<std::int64_t>(sheets.size());
    for (const auto& sheet : sheets) {
        for (const auto& line : sheet.lines) {
            auto& kpi = line.item.service == domain::InspectionService::Cleaning ? cleaning : greening;
            if (line.result == domain::ItemResult::Pass) {
                kpi.numerator += line.item.weight;
                kpi.denominator += line.item.weight;
            } else if (line.result == domain::ItemResult::Fail) {
                kpi.denominator += line.item.weight;
                kpi.records.push_back(lineRecord(sheet, line));
            }
        }
    }

    // Nonconformances, in the order of their deadlines.
    std::vector<const domain::Nonconformance*> ncs;
    for (const auto& nc : input.nonconformances) {
        if (nc.raisedAt <= asOf && nc.stateAt(asOf) != domain::NcState::Withdrawn) {
            ncs.push_back(&nc);
        }
    }
    std::stable_sort(ncs.begin(), ncs.end(), [](const auto* a, const auto* b) { return a->deadline < b->deadline; });
    for (const auto* nc : ncs) {
        if (nc->deadline < monthStart || nc->deadline >= monthEnd) {
            continue;
        }
        if (nc->deadline > asOf) {
            ++onTime.pending;
            continue;
        }
        ++onTime.denominator;
        const auto rectified = nc->rectificationAt(asOf);
        if (rectified && *rectified <= nc->deadline) {
            ++onTime.numerator;
            continue;
        }
        auto rec = ncRecord(*nc, rectified ? "late" : "open");
        rec.overBy = (rectified ? *rectified : asOf) - nc->deadline;
        onTime.records.push_back(std::move(rec));
    }
    for (const auto* nc : ncs) {
        const auto rectified = nc->rectificationAt(asOf);
        if (!rectified || *rectified < monthStart || *rectified >= monthEnd) {
            continue;
        }
        ++verification.denominator;
        const auto state = nc->stateAt(asOf);
        if (state == domain::NcState::Verified || state == domain::NcState::Closed) {
            ++verification.numerator;
        } else {
            verification.records.push_back(ncRecord(*nc, "not_verified"));
        }
    }

    // Days of the month ended by T.
    const auto lastDay = static_cast<unsigned>((month / date::last).day());
    for (unsigned d = 1; d <= lastDay; ++d) {
        const domain::Date day = month / date::day{d};
        const auto start = zone.startOfDay(day);
        const auto end = zone.startOfDay(date::year_month_day{date::sys_days{day} + date::days{1}});
        if (end > asOf) {
            if (start <= asOf) {
                ++daily.pending;
            }
            continue;
        }
        ++daily.denominator;
        const bool done = std::any_of(input.sheets.begin(), input.sheets.end(), [&](const auto& s) {
            return s.kind == domain::SheetKind::Daily && s.day == day && signedBy(s, asOf);
        });
        if (done) {
            ++daily.numerator;
            continue;
        }
        KpiRecord rec;
        rec.subject = KpiSubject::InspectionDay;
        rec.id = 0;
        rec.code = domain::formatDate(day);
        rec.outcome = "no_sheet";
        rec.deadline = end;
        daily.records.push_back(std::move(rec));
    }

    // Warnings of the rolling year ending with the month's last day, or T's day when earlier.
    domain::Date yearEnd = month / date::last;
    if (const auto today = zone.localDate(asOf); date::sys_days{today} < date::sys_days{yearEnd}) {
        yearEnd = today;
    }
    std::map<domain::ContractorId, const domain::Contractor*> contractors;
    for (const auto& c : input.contractors) {
        contractors.emplace(c.id, &c);
        if (c.underContract(yearEnd)) {
            ++warnings.denominator;
        }
    }
    std::vector<domain::ContractorWarning> known; // recorded by T, of the site's contractors
    for (const auto& w : input.warnings) {
        if (w.recordedAt <= asOf && contractors.contains(w.contractor)) {
            known.push_back(w);
        }
    }
    std::stable_sort(known.begin(), known.end(), [](const auto& a, const auto& b) {
        return date::sys_days{a.issuedOn} < date::sys_days{b.issuedOn};
    });
    for (const auto& w : known) {
        if (domain::warningsInYear(std::span(&w, 1), w.contractor, yearEnd) == 0) {
            continue;
        }
        ++warnings.numerator;
        KpiRecord rec;
        rec.subject = KpiSubject::Contractor;
        rec.id = w.contractor.value;
        rec.code = domain::formatDate(w.issuedOn);
        rec.location = contractors.at(w.contractor)->name;
        rec.outcome = "warning";
        rec.detail = w.reason;
        warnings.records.push_back(std::move(rec));
    }
    for (const auto& c : input.contractors) {
        const int count = domain::warningsInYear(known, c.id, yearEnd);
        if (count < input.warningLimit) {
            continue;
        }
        KpiRecord rec;
        rec.subject = KpiSubject::Contractor;
        rec.id = c.id.value;
        rec.code = domain::formatDate(yearEnd);
        rec.location = c.name;
        rec.outcome = "may_terminate";
        rec.detail = std::to_string(count);
        warnings.records.push_back(std::move(rec));
    }

    for (auto& kpi : result.kpis) {
        if (kpi.denominator > 0) {
            kpi.rate = static_cast<double>(kpi.numerator) / static_cast<double>(kpi.denominator);
        }
        if (const auto it = targets.find(kpi.key); it != targets.end()) {
            kpi.target = it->second;
            if (kpi.denominator > 0) {
                kpi.met = it->second.metBy(kpi.numerator, kpi.denominator);
            }
        }
    }
    return result;
}

} // namespace propdesk::rules
