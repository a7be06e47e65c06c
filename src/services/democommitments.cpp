#include "democommitments.h"

#include "rules/indicators.h"
#include "workspace.h"

#include <array>
#include <string>
#include <string_view>

namespace propdesk::services {

namespace {

// One facility of the estate as the monthly check counts it: the total and the usual share found intact.
struct Facility
{
    std::string_view key;
    std::int64_t total;
    int brokenLow;  // the fewest units (m², m, items) found not intact in a month
    int brokenHigh; // the most
    std::string_view note;
};

// The estate of the demo (阳光花园: 12 buildings, 1,680 households, 4,950 residents).
constexpr std::array kFacilities{
    Facility{"building_intact_rate", 186500, 900, 2600, "月度房屋完好检查，建筑面积（m²）"},
    Facility{"road_intact_rate", 42000, 600, 2300, "道路、广场及地面车场巡查（m²）"},
    Facility{"well_intact_rate", 236, 1, 6, "化粪池、雨水井、污水井逐井检查（座）"},
    Facility{"drain_intact_rate", 5800, 20, 130, "排水管、明暗沟巡查（m）"},
    Facility{"lamp_intact_rate", 412, 2, 9, "路灯、楼道灯夜间巡查（盏）"},
    Facility{"car_park_intact_rate", 18600, 300, 1100, "地下停车场巡查（m²）"},
    Facility{"amenity_intact_rate", 38, 0, 1, "健身器材、儿童游乐设施、凉亭（处）"},
    Facility{"fire_equipment_intact_rate", 1260, 0, 2, "消防设施月检：灭火器、消火栓、烟感、应急灯（件）"},
};

} // namespace

domain::Result<int> addDemoCommitments(Workspace& ws, const domain::Site& site, const domain::TimeZone& zone,
                                       domain::Instant now, std::mt19937& rng)
{
    const auto uniform = [&](std::int64_t lo, std::int64_t hi) {
        return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng);
    };
    struct ActingAs
    {
        domain::User& user;
        std::string before;
        ~ActingAs() { user.name = before; }
    } actingAs{ws.context().user, ws.context().user.name};
    auto& indicators = ws.indicators();
    const domain::Date today = zone.localDate(now);
    const auto thisMonth = today.year() / today.month();
    const auto lastMonth = thisMonth - date::months{1};
    const auto firstMonth = thisMonth - date::months{11};

    // The contract year's targets: the defaults of 002, satisfaction as promised in 004.
    ws.context().user.name = "赵敏";
    auto targets = rules::defaultIndicatorTargets();
    targets["satisfaction_rate"] = domain::KpiTarget{domain::Comparator::AtLeast, 9000};
    if (auto saved =
            indicators.saveTargets(site.code, firstMonth / date::day{1}, "阳光花园物业服务合同（第三年）", targets);
        !saved) {
        return std::unexpected(saved.error());
    }

    int entered = 0;
    const auto enter = [&](date::year_month month, std::string_view key, std::int64_t numerator,
                           std::int64_t denominator, std::string note) -> domain::Result<void> {
        auto id = indicators.enterFigure(site.code, month, key, numerator, denominator, std::move(note));
        if (!id) {
            return std::unexpected(id.error());
        }
        ++entered;
        return {};
    };
    for (auto month = firstMonth; month <= lastMonth; month += date::months{1}) {
        const bool last = month == lastMonth;
        ws.context().user.name = "李静";
        for (const auto& f : kFacilities) {
            std::int64_t broken = uniform(f.brokenLow, f.brokenHigh);
            // Last month a sewage well collapsed after the rains and two extinguishers were found empty.
            if (last && f.key == "well_intact_rate") {
                broken = 7;
            }
            if (last && f.key == "fire_equipment_intact_rate") {
                broken = 2;
            }
            if (auto ok = enter(month, f.key, f.total - broken, f.total, std::string(f.note)); !ok) {
                return std::unexpected(ok.error());
            }
        }
        const std::int64_t violations = uniform(5, 14);
        const std::int64_t unhandled = last ? 1 : 0;
        const std::int64_t staff = 46;
        if (auto ok = enter(month, "violation_rate", violations, site.residents, "违章搭建、占用消防通道、高空抛物");
            !ok) {
            return std::unexpected(ok.error());
        }
        if (auto ok = enter(month, "violation_handling_rate", violations - unhandled, violations, "当月违章处理台账");
            !ok) {
            return std::unexpected(ok.error());
        }
        if (auto ok = enter(month, "staff_certified_rate", last ? staff - 1 : staff, staff, "在岗员工持证及培训考核");
            !ok) {
            return std::unexpected(ok.error());
        }
        if (auto ok = enter(month, "fire_rate", 0, site.households, "当月无火灾"); !ok) {
            return std::unexpected(ok.error());
        }
        ws.context().user.name = "赵敏";
        // Fees: about 96 % paid, one month before the holiday below target.
        const std::int64_t billed = site.households;
        const std::int64_t unpaid = last ? 92 : uniform(52, 80);
        if (auto ok = enter(month, "fee_collection_rate", billed - unpaid, billed, "收费系统月末统计（户）"); !ok) {
            return std::unexpected(ok.error());
        }
    }

    // What was done about last month's misses.
    ws.context().user.name = "赵敏";
    const std::array notes{
        std::pair{"well_intact_rate",
                  "8栋东侧污水井雨后塌陷，已围挡并委托市政维修，预计本月15日前修复；其余井盖已全面排查。"},
        std::pair{"fire_equipment_intact_rate", "2具灭火器压力不足，已当日更换；消防月检增加压力表抽查。"},
        std::pair{"fee_collection_rate", "欠费92户已逐户电话催缴并张贴催缴通知，对长期欠费户安排上门沟通。"},
        std::pair{"staff_certified_rate", "新入职保安1名未取得上岗证，已安排本月参加培训考核，考核前不单独上岗。"},
        std::pair{"violation_handling_rate", "12栋楼顶违章搭建1处已下达整改通知书并报城管，跟进拆除。"},
    };
    for (const auto& [key, text] : notes) {
        if (auto id = indicators.setNote(site.code, lastMonth, key, text); !id) {
            return std::unexpected(id.error());
        }
    }
    return entered;
}

} // namespace propdesk::services
