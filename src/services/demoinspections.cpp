#include "demoinspections.h"

#include "workspace.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace propdesk::services {

using domain::Instant;

namespace {

constexpr const char* kCleaningSupervisor = "清洁绿化主管 刘洁";
constexpr const char* kQualityInspector = "品质部 周明";
constexpr const char* kCleaningForeman = "洁美保洁 陈班长";
constexpr const char* kGreeningForeman = "绿源园林 何师傅";

constexpr std::array kZoneNames{"中心花园", "东门广场", "南区儿童乐园", "西区景观带", "北区停车场出入口", "会所周边"};

constexpr std::array kCleaningFindings{"地面有烟头纸屑",       "局部积水未清理",   "墙面有污渍、小广告",
                                       "垃圾桶满溢未及时清运", "垃圾桶周边有异味", "扶手积灰",
                                       "消防栓箱内有杂物",     "玻璃门有明显手印", "电梯厅地面有污渍"};
constexpr std::array kGreeningFindings{"绿篱未按时修剪", "草坪有杂草", "部分苗木有虫害", "花坛缺水、叶片发黄"};
constexpr std::array kRectifications{"已安排保洁员重新清扫，复查合格", "已补做清洁并拍照留存", "已清运完毕",
                                     "已重新擦拭", "已修剪并清理枝叶"};

// The daily walk of one day: the area type, where, and whether it is done that day.
struct DailyRound
{
    domain::AreaType area;
    std::string location;
};

std::vector<DailyRound> dailyRounds(int dayIndex)
{
    std::vector<DailyRound> rounds{
        {domain::AreaType::Ground, "全区"},
        {domain::AreaType::Lobby, "各楼大堂"},
        {domain::AreaType::RefusePoints, "各垃圾收集点"},
        {domain::AreaType::StandardFloors, fmt::format("{}栋", dayIndex % 12 + 1)},
    };
    if (dayIndex % 3 == 0) {
        rounds.push_back({domain::AreaType::CarPark, "地下车库"});
    }
    return rounds;
}

domain::Date addDays(domain::Date day, int n)
{
    return domain::Date{date::sys_days{day} + date::days{n}};
}

} // namespace

domain::Result<DemoInspectionSummary> addDemoInspections(Workspace& ws, const domain::Site& site,
                                                         const domain::TimeZone& zone, Instant now, int days,
                                                         std::mt19937& rng)
{
    const auto uniform = [&](int lo, int hi) {
        return std::uniform_int_distribution<int>(lo, hi)(rng);
    };
    const auto chance = [&](double p) {
        return std::bernoulli_distribution(p)(rng);
    };
    const auto fail = [](const auto& result) {
        return std::unexpected(result.error());
    };
    const auto at = [&](domain::Date day, int hour, int minute) {
        return zone.startOfDay(day) + std::chrono::hours{hour} + std::chrono::minutes{minute};
    };
    DemoInspectionSummary summary;
    auto& inspections = ws.inspections();
    struct ActingAs
    {
        domain::User& user;
        std::string before;
        ~ActingAs() { user.name = before; }
    } actingAs{ws.context().user, ws.context().user.name};
    ws.context().user.name = kCleaningSupervisor;
    const std::string code = site.code;
    const domain::Date today = zone.localDate(now);
    const domain::Date firstDay = addDays(today, -(days - 1));
    const auto thisMonth = today.year() / today.month();
    const auto lastMonth = thisMonth - date::months{1};

    // The estate: twelve residential buildings of 33 floors, six parts of the ground sampled in turn.
    auto setup = domain::defaultInspectionSetup(site.id);
    for (int b = 1; b <= 12; ++b) {
        domain::Building building;
        building.code = std::to_string(b);
        building.name = fmt::format("{}栋", b);
        building.kind = domain::BuildingKind::Residential;
        building.firstStandardFloor = 2;
        building.lastStandardFloor = 33;
        building.lifts = 3;
        setup.buildings.push_back(std::move(building));
    }
    for (std::size_t z = 0; z < kZoneNames.size(); ++z) {
        domain::GroundZone groundZone;
        groundZone.code = fmt::format("Z{}", z + 1);
        groundZone.name = kZoneNames[z];
        groundZone.area = 80;
        setup.groundZones.push_back(std::move(groundZone));
    }
    auto savedSetup = inspections.saveSetup(code, setup);
    if (!savedSetup) {
        return fail(savedSetup);
    }

    // The subcontractors, under contract for the calendar year.
    const domain::Date yearStart{today.year() / date::January / 1};
    const domain::Date yearEnd{today.year() / date::December / 31};
    const auto contractor = [&](std::string name, domain::ContractorService service, std::int64_t fee,
                                std::string contact, std::string phone,
                                std::string licence) -> domain::Result<domain::Contractor> {
        domain::Contractor c;
        c.name = std::move(name);
        c.service = service;
        c.monthlyFee = fee;
        c.contractStart = std::min(yearStart, firstDay);
        c.contractEnd = yearEnd;
        c.contact = std::move(contact);
        c.phone = std::move(phone);
        c.licence = std::move(licence);
        return inspections.saveContractor(code, c);
    };
    auto cleaning =
        contractor("洁美保洁服务有限公司", domain::ContractorService::Cleaning, 4'800'000, "陈国强", "13800571234", "");
    if (!cleaning) {
        return fail(cleaning);
    }
    auto greening = contractor("绿源园林绿化工程有限公司", domain::ContractorService::Greening, 1'500'000, "何建华",
                               "13900572345", "");
    if (!greening) {
        return fail(greening);
    }
    auto pest = contractor("安康消杀服务部", domain::ContractorService::PestControl, 300'000, "黄志明", "13700573456",
                           "粤卫消证字〔2024〕第0137号");
    if (!pest) {
        return fail(pest);
    }
    summary.contractors = 3;

    // Moves a raised nonconformance on: rectified, verified the next morning, closed; some late, one failing
    // verification first. Those of the last two days stay open or rectified.
    int failedVerifications = 0;
    const auto followUp = [&](const domain::Nonconformance& raised, domain::Date day) -> domain::Result<void> {
        if (raised.state != domain::NcState::Open) {
            return {};
        }
        const int age = static_cast<int>((date::sys_days{today} - date::sys_days{day}).count());
        if (age <= 1) {
            return {}; // still open: yesterday's are overdue
        }
        const std::string foreman =
            raised.service == domain::InspectionService::Greening ? kGreeningForeman : kCleaningForeman;
        const bool late = chance(0.12);
        Instant fixed = late ? raised.deadline + std::chrono::minutes{uniform(60, 600)}
                             : raised.raisedAt + std::chrono::minutes{uniform(20, 240)};
        fixed = std::min(std::max(fixed, raised.raisedAt), raised.deadline + std::chrono::hours{20});
        if (fixed > now) {
            return {};
        }
        const std::string evidence = kRectifications[static_cast<std::size_t>(uniform(0, kRectifications.size() - 1))];
        auto rectified = inspections.rectify(raised.id, foreman, evidence, {}, fixed);
        if (!rectified) {
            return fail(rectified);
        }
        Instant checked = at(addDays(zone.localDate(fixed), 1), 9, uniform(0, 50));
        if (checked > now) {
            return {};
        }
        if (failedVerifications < 2 && age > 10 && checked + std::chrono::hours{4} <= now && chance(0.15)) {
            ++failedVerifications;
            auto reopened = inspections.verify(raised.id, false, "复查仍不合格，要求重新整改", checked);
            if (!reopened) {
                return fail(reopened);
            }
            auto again = inspections.rectify(raised.id, foreman, "已返工处理", {}, checked + std::chrono::hours{2});
            if (!again) {
                return fail(again);
            }
            checked += std::chrono::hours{4};
        }
        auto verified = inspections.verify(raised.id, true, "复查合格", checked);
        if (!verified) {
            return fail(verified);
        }
        if (verified->reportRequired && !verified->report) {
            domain::CorrectiveActionReport report;
            report.causeAnalysis = verified->severity == domain::Severity::Severe
                                       ? "保洁员排班不足，午间无人巡回保洁"
                                       : "同一区域连续出现轻微不合格，巡回保洁频次不够";
            report.action = "增加午间巡回保洁一次，班长每日两次自查并记录";
            report.owner = kCleaningForeman;
            report.due = addDays(zone.localDate(checked), 7);
            auto reported = inspections.recordReport(raised.id, report, checked + std::chrono::minutes{2});
            if (!reported) {
                return fail(reported);
            }
        }
        auto closed = inspections.close(raised.id, "整改有效，关闭", checked + std::chrono::minutes{5});
        if (!closed) {
            return fail(closed);
        }
        return {};
    };

    // Fills a sheet's lines: a few failures, now and then an item that does not apply that day.
    const auto fill = [&](const SheetView& view, bool allChecked, double failure) {
        std::vector<LineEntry> lines;
        for (std::size_t i = 0; i < view.sheet.lines.size(); ++i) {
            const auto& line = view.sheet.lines[i];
            LineEntry entry;
            if (!allChecked && i >= view.sheet.lines.size() / 2) {
                lines.push_back(entry);
                continue;
            }
            if (chance(failure)) {
                entry.result = domain::ItemResult::Fail;
                entry.note =
                    line.item.service == domain::InspectionService::Greening
                        ? kGreeningFindings[static_cast<std::size_t>(uniform(0, kGreeningFindings.size() - 1))]
                        : kCleaningFindings[static_cast<std::size_t>(uniform(0, kCleaningFindings.size() - 1))];
                entry.correctedOnSpot = chance(0.25);
            } else {
                entry.result = chance(0.02) ? domain::ItemResult::NotApplicable : domain::ItemResult::Pass;
            }
            lines.push_back(std::move(entry));
        }
        return lines;
    };

    // The daily sheets, signed in the evening; two days of last month were missed.
    bool severeDone = false;
    for (int d = 0; d < days; ++d) {
        const domain::Date day = addDays(firstDay, d);
        const bool missed = day.year() / day.month() == lastMonth &&
                            (static_cast<unsigned>(day.day()) == 9 || static_cast<unsigned>(day.day()) == 23);
        if (missed) {
            continue;
        }
        const bool isToday = day == today;
        for (const auto& round : dailyRounds(d)) {
            if (isToday && round.area != domain::AreaType::Ground) {
                continue;
            }
            auto started = inspections.startDailySheet(code, day, round.area, round.location, kCleaningSupervisor);
            if (!started) {
                return fail(started);
            }
            auto lines = fill(*started, !isToday, 0.012);
            if (!severeDone && d == days / 2 && round.area == domain::AreaType::Lobby) {
                lines.front().result = domain::ItemResult::Fail;
                lines.front().note = "大堂地面大面积污渍，雨天未铺防滑垫";
                lines.front().severity = domain::Severity::Severe;
                lines.front().correctedOnSpot = false;
                severeDone = true;
            }
            if (day == addDays(today, -1) && round.area == domain::AreaType::Ground) {
                // Yesterday's walk found litter that nobody has come back to: overdue on the board.
                lines.front().result = domain::ItemResult::Fail;
                lines.front().note = "中心花园步道有烟头纸屑";
                lines.front().correctedOnSpot = false;
            }
            auto saved = inspections.saveDraft(started->sheet.id, lines, kCleaningSupervisor);
            if (!saved) {
                return fail(saved);
            }
            ++summary.sheets;
            if (isToday) {
                continue;
            }
            auto signedSheet = inspections.signSheet(started->sheet.id, at(day, 17, uniform(20, 50)));
            if (!signedSheet) {
                return fail(signedSheet);
            }
            for (const auto& nc : signedSheet->nonconformances) {
                ++summary.nonconformances;
                if (auto ok = followUp(nc, day); !ok) {
                    return std::unexpected(ok.error());
                }
            }
        }
    }

    // The company's monthly sample: all of last month's targets on the 20th, part of this month's.
    const auto sample = [&](date::year_month month, domain::Date day, std::size_t upTo) -> domain::Result<void> {
        auto plan = inspections.samplingPlan(code, month);
        if (!plan) {
            return fail(plan);
        }
        ws.context().user.name = kQualityInspector;
        for (std::size_t i = 0; i < std::min(upTo, plan->plan.targets.size()); ++i) {
            auto started = inspections.startSampleSheet(code, month, i, day, kQualityInspector);
            if (!started) {
                return fail(started);
            }
            auto saved = inspections.saveDraft(started->sheet.id, fill(*started, true, 0.03), kQualityInspector);
            if (!saved) {
                return fail(saved);
            }
            ++summary.sheets;
            const Instant signedAt = std::min(now, at(day, 15, static_cast<int>(i) % 60));
            auto signedSheet = inspections.signSheet(started->sheet.id, signedAt);
            if (!signedSheet) {
                return fail(signedSheet);
            }
            ws.context().user.name = kCleaningSupervisor;
            for (const auto& nc : signedSheet->nonconformances) {
                ++summary.nonconformances;
                if (auto ok = followUp(nc, day); !ok) {
                    return ok;
                }
            }
            ws.context().user.name = kQualityInspector;
        }
        ws.context().user.name = kCleaningSupervisor;
        return {};
    };
    const domain::Date lastMonthSample{lastMonth / date::day{20}};
    if (lastMonthSample >= firstDay) {
        if (auto ok = sample(lastMonth, lastMonthSample, 1000); !ok) {
            return std::unexpected(ok.error());
        }
    }
    if (static_cast<unsigned>(today.day()) >= 8) {
        if (auto ok = sample(thisMonth, domain::Date{thisMonth / date::day{8}}, 12); !ok) {
            return std::unexpected(ok.error());
        }
    }

    // Written warnings and a deduction for the cleaning contractor (manager's decisions).
    const domain::Date firstWarning = addDays(today, -150);
    auto w1 = inspections.issueWarning(cleaning->id, firstWarning, "连续三天垃圾未日产日清，住户投诉");
    if (!w1) {
        return fail(w1);
    }
    const domain::Date secondWarning{lastMonth / date::day{25}};
    auto w2 = inspections.issueWarning(cleaning->id, secondWarning, "月检保洁率低于合同约定的98%");
    if (!w2) {
        return fail(w2);
    }
    auto deduction = inspections.addDeduction(cleaning->id, lastMonth, 80'000, "月检不合格项未按期整改，按合同扣款");
    if (!deduction) {
        return fail(deduction);
    }

    // Pest control on the 5th and the 20th.
    for (int d = 0; d < days; ++d) {
        const domain::Date day = addDays(firstDay, d);
        const unsigned dom = static_cast<unsigned>(day.day());
        if (dom != 5 && dom != 20) {
            continue;
        }
        domain::PestControlVisit visit;
        visit.contractor = pest->id;
        visit.operatorName = "黄志明";
        visit.licence = "GD-XS-2023-0458";
        visit.signedInAt = at(day, 9, uniform(10, 40));
        if (visit.signedInAt > now) {
            continue;
        }
        const Instant out = visit.signedInAt + std::chrono::minutes{uniform(80, 150)};
        if (out <= now) {
            visit.signedOutAt = out;
        }
        visit.areas = dom == 5 ? "地下车库、垃圾房、化粪池周边" : "绿化带、楼道、会所";
        visit.treatment = dom == 5 ? "投放灭鼠毒饵站，喷洒灭蟑药剂" : "喷洒灭蚊药剂，清理积水容器";
        auto signedIn = inspections.signInPestVisit(code, visit);
        if (!signedIn) {
            return fail(signedIn);
        }
    }

    // Two preventive actions: one done, one due.
    domain::PreventiveAction rain;
    rain.cause = "雨季地库排水沟易被落叶堵塞";
    rain.action = "雨季前清理沟槽并加装隔渣网，暴雨前后各巡查一次";
    rain.owner = kCleaningForeman;
    rain.due = addDays(today, 14);
    auto addedRain = inspections.addPreventiveAction(code, rain);
    if (!addedRain) {
        return fail(addedRain);
    }
    domain::PreventiveAction wax;
    wax.cause = "大堂地面打蜡后雨天防滑不足";
    wax.action = "雨天在各楼大堂入口铺设防滑垫并设置警示牌";
    wax.owner = kCleaningForeman;
    wax.due = addDays(today, -20);
    auto addedWax = inspections.addPreventiveAction(code, wax);
    if (!addedWax) {
        return fail(addedWax);
    }
    auto doneWax = inspections.completePreventiveAction(addedWax->id, "防滑垫已配备到各楼大堂，班长每日检查");
    if (!doneWax) {
        return fail(doneWax);
    }
    return summary;
}

} // namespace propdesk::services
