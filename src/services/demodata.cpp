#include "demodata.h"

#include "access.h"
#include "domain/settingsrepository.h"
#include "domain/timezone.h"
#include "workspace.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <random>

namespace propdesk::services {

using domain::Category;
using domain::Instant;
using domain::Urgency;
using std::chrono::hours;
using std::chrono::minutes;

namespace {

struct Problem
{
    Category category;
    Urgency urgency;
    const char* description;
    int weight;
};

// What residents of a Chinese residential estate call about, roughly as often as they do.
constexpr std::array kProblems{
    Problem{Category::Plumbing, Urgency::Normal, "厨房水龙头滴水", 10},
    Problem{Category::Plumbing, Urgency::Normal, "卫生间下水道堵塞", 9},
    Problem{Category::Plumbing, Urgency::Emergency, "楼上漏水，天花板渗水", 4},
    Problem{Category::Plumbing, Urgency::Emergency, "地下室给水管爆管", 1},
    Problem{Category::Electrical, Urgency::Normal, "插座无电", 6},
    Problem{Category::Electrical, Urgency::Emergency, "整户停电，空开跳闸无法复位", 3},
    Problem{Category::Gas, Urgency::Emergency, "厨房有燃气味，怀疑燃气泄漏", 1},
    Problem{Category::Gas, Urgency::Normal, "燃气灶打不着火", 2},
    Problem{Category::DoorsWindows, Urgency::Normal, "单元门闭门器损坏", 4},
    Problem{Category::DoorsWindows, Urgency::Normal, "楼道窗户玻璃破裂", 2},
    Problem{Category::Lighting, Urgency::Normal, "楼道声控灯不亮", 8},
    Problem{Category::Lighting, Urgency::Normal, "地库照明灯管闪烁", 3},
    Problem{Category::Civil, Urgency::Normal, "外墙瓷砖空鼓脱落", 2},
    Problem{Category::Civil, Urgency::Difficult, "屋面防水层开裂渗漏", 1},
    Problem{Category::Elevator, Urgency::Emergency, "电梯困人", 1},
    Problem{Category::Elevator, Urgency::Normal, "电梯按钮失灵", 2},
    Problem{Category::Fire, Urgency::Normal, "消防栓箱门损坏", 1},
    Problem{Category::Fire, Urgency::Emergency, "烟感报警器误报", 1},
    Problem{Category::Hvac, Urgency::Normal, "空调冷凝水管漏水", 3},
    Problem{Category::Hvac, Urgency::Difficult, "中央空调主机异响", 1},
    Problem{Category::Other, Urgency::Normal, "信报箱锁损坏", 2},
};

constexpr std::array kSurnames{"王", "李", "张", "刘", "陈", "杨", "赵", "黄",
                               "周", "吴", "徐", "孙", "马", "朱", "胡", "郭"};
constexpr std::array kGivenNames{"伟", "芳", "娜", "敏", "静", "丽", "强", "磊",   "军",   "洋",
                                 "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "桂英", "建华"};
struct Technician
{
    const char* name;
    const char* phone;
    const char* trade;
};
constexpr std::array kStaff{
    Technician{"张师傅", "13812340001", "水电"}, Technician{"李师傅", "13812340002", "水电"},
    Technician{"王师傅", "13812340003", "土建"}, Technician{"赵师傅", "13812340004", "电梯"},
    Technician{"刘师傅", "13812340005", "暖通"}, Technician{"陈师傅", "13812340006", "综合维修"},
};
// Common areas residents report from besides their own flats.
constexpr std::array kCommonAreas{"地下车库B1层", "地下车库B2层", "南门岗亭", "北门",      "会所",
                                  "中心花园",     "垃圾站",       "1栋大堂",  "5栋电梯厅", "8栋楼顶"};
constexpr std::array kHoldReasons{"等待配件到货", "业主不在家，约定改日上门", "需物业公司审批"};
constexpr std::array kComplaints{"维修后仍有问题", "师傅迟到", "维修质量一般"};

} // namespace

domain::Result<DemoSummary> createDemoSite(Workspace& ws, int days)
{
    domain::Site site;
    site.code = "DEMO";
    site.name = "阳光花园";
    site.timeZone = "Asia/Shanghai";
    site.calendar = domain::CalendarKind::China;
    site.households = 1680;
    site.residents = 4950;
    DemoSummary summary;
    const Instant now = ws.context().clock.now();
    // The demo's history names the front desk that took the calls, not whoever first started the app.
    const auto actingUser = ws.context().user;
    if (auto ok = require(ws.context(), domain::Permission::ManageSites); !ok) {
        return std::unexpected(ok.error());
    }
    // The demo is made by PropDesk itself: it dispatches, cancels and rates as well as logs.
    ws.context().user = domain::User{"前台 王芳", domain::Role::System};
    struct RestoreUser
    {
        Workspace& ws;
        domain::User user;
        ~RestoreUser() { ws.context().user = user; }
    } restore{ws, actingUser};
    auto done = ws.context().store.transact([&]() -> domain::Result<void> {
        auto added = ws.sites().add(site);
        if (!added) {
            return std::unexpected(added.error());
        }
        summary.site = *added;
        for (const auto& t : kStaff) {
            domain::StaffMember member;
            member.name = t.name;
            member.phone = t.phone;
            member.trade = t.trade;
            if (auto ok = ws.staff().add(site.code, member); !ok) {
                return std::unexpected(ok.error());
            }
        }
        // A retired technician stays in the list (the history names him) but is no longer offered.
        domain::StaffMember retired;
        retired.name = "孙师傅";
        retired.trade = "水电";
        retired.active = false;
        if (auto ok = ws.staff().add(site.code, retired); !ok) {
            return std::unexpected(ok.error());
        }
        auto zone = domain::TimeZone::find(site.timeZone);
        if (!zone) {
            return std::unexpected(zone.error());
        }
        std::mt19937 rng(static_cast<std::uint32_t>(domain::epochSeconds(now) / 86400));
        const auto uniform = [&](int lo, int hi) {
            return std::uniform_int_distribution<int>(lo, hi)(rng);
        };
        const auto chance = [&](double p) {
            return std::bernoulli_distribution(p)(rng);
        };
        std::vector<int> weights;
        for (const auto& p : kProblems) {
            weights.push_back(p.weight);
        }
        std::discrete_distribution<std::size_t> pick(weights.begin(), weights.end());
        auto& orders = ws.workOrders();
        std::vector<domain::WorkOrder> completed;
        const auto firstDay = date::sys_days{zone->localDate(now)} - date::days{days - 1};
        for (int d = 0; d < days; ++d) {
            const domain::Date day{firstDay + date::days{d}};
            const Instant midnight = zone->startOfDay(day);
            const int count = uniform(8, 18);
            for (int i = 0; i < count; ++i) {
                const auto& problem = kProblems[pick(rng)];
                // Most calls come in office hours, some in the evening, a few at night.
                const int hour = chance(0.8) ? uniform(8, 17) : (chance(0.7) ? uniform(18, 22) : uniform(0, 7));
                const Instant reported =
                    midnight + hours{hour} + minutes{uniform(0, 59)} + std::chrono::seconds{uniform(0, 59)};
                if (reported > now) {
                    continue;
                }
                NewWorkOrder request;
                request.siteCode = site.code;
                // Buildings (栋) 1–12 with 1–3 units (单元) of 33 floors and 4 flats each; some calls come
                // from common areas.
                request.location =
                    chance(0.12)
                        ? std::string(kCommonAreas[static_cast<std::size_t>(uniform(0, kCommonAreas.size() - 1))])
                        : fmt::format("{}栋{}单元{}{:02}", uniform(1, 12), uniform(1, 3), uniform(2, 33),
                                      uniform(1, 4));
                request.category = problem.category;
                request.urgency = problem.urgency;
                request.reporter =
                    fmt::format("{}{}", kSurnames[static_cast<std::size_t>(uniform(0, kSurnames.size() - 1))],
                                kGivenNames[static_cast<std::size_t>(uniform(0, kGivenNames.size() - 1))]);
                request.phone = fmt::format("1{}{:09}", uniform(3, 9), uniform(0, 999999999));
                request.description = problem.description;
                request.reportedAt = reported;
                if (problem.urgency == Urgency::Normal && chance(0.06)) {
                    request.dueAt = zone->startOfDay(domain::Date{date::sys_days{day} + date::days{2}}) + hours{18};
                }
                if (!completed.empty() && chance(0.015)) {
                    // Orders of a day are written in random time order: only one completed before this call
                    // can be reworked by it.
                    const auto& original =
                        completed[static_cast<std::size_t>(uniform(0, static_cast<int>(completed.size()) - 1))];
                    if (original.timeline().completed.value_or(reported) < reported) {
                        request.location = original.header.location;
                        request.category = original.header.category;
                        request.description = "返修：" + original.header.description;
                        request.reworkOf = original.header.code;
                    }
                }
                auto order = orders.log(request);
                if (!order) {
                    return std::unexpected(order.error());
                }
                const auto id = order->header.id;
                Instant t = reported;
                // Advances the story; false when it would run past now (the order stays open).
                const auto step = [&](Instant next) {
                    if (next > now) {
                        return false;
                    }
                    t = next;
                    return true;
                };
                if (chance(0.02)) {
                    if (step(t + minutes{uniform(2, 30)})) {
                        if (auto ok = orders.cancel(id, "业主已自行处理", t); !ok) {
                            return std::unexpected(ok.error());
                        }
                    }
                    continue;
                }
                if (!step(t + minutes{uniform(1, 5)})) {
                    continue;
                }
                if (auto ok =
                        orders.dispatch(id, kStaff[static_cast<std::size_t>(uniform(0, kStaff.size() - 1))].name, t);
                    !ok) {
                    return std::unexpected(ok.error());
                }
                const bool emergency = problem.urgency == Urgency::Emergency;
                // Mostly on time; about one in twelve arrives late.
                const int arrivalMinutes =
                    chance(0.92) ? uniform(3, emergency ? 9 : 25) : uniform(emergency ? 16 : 31, 75);
                if (!step(std::max(t + minutes{1}, reported + minutes{arrivalMinutes}))) {
                    continue;
                }
                if (auto ok = orders.arrive(id, t); !ok) {
                    return std::unexpected(ok.error());
                }
                if (chance(0.06)) {
                    if (!step(t + minutes{uniform(10, 40)})) {
                        continue;
                    }
                    if (auto ok = orders.hold(
                            id, kHoldReasons[static_cast<std::size_t>(uniform(0, kHoldReasons.size() - 1))], t);
                        !ok) {
                        return std::unexpected(ok.error());
                    }
                    if (!step(t + hours{uniform(3, 30)})) {
                        continue;
                    }
                    if (auto ok = orders.resume(id, t); !ok) {
                        return std::unexpected(ok.error());
                    }
                }
                const int workMinutes = problem.urgency == Urgency::Difficult ? uniform(240, 4000)
                                        : chance(0.9)                         ? uniform(20, 300)
                                                                              : uniform(480, 1500);
                if (!step(t + minutes{workMinutes})) {
                    continue;
                }
                auto done = orders.complete(id, "已修复，功能恢复正常", t);
                if (!done) {
                    return std::unexpected(done.error());
                }
                completed.push_back(*done);
                if (chance(0.25)) {
                    continue; // not revisited (yet)
                }
                if (!step(t + hours{chance(0.85) ? uniform(1, 40) : uniform(49, 96)})) {
                    continue;
                }
                const int rating = chance(0.7) ? 5 : (chance(0.6) ? 4 : uniform(1, 3));
                const std::string comment =
                    rating <= 2 ? kComplaints[static_cast<std::size_t>(uniform(0, kComplaints.size() - 1))] : "";
                if (auto ok = orders.revisit(id, rating, comment, t); !ok) {
                    return std::unexpected(ok.error());
                }
            }
        }
        return {};
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    auto counted =
        ws.context().store.workOrders().countReportedBetween(summary.site.id, Instant::min(), Instant::max());
    summary.orders = counted ? static_cast<int>(*counted) : 0;
    return summary;
}

namespace {

constexpr std::array kDemoAccounts{
    DemoAccount{"wangfang", "王芳", domain::Role::FrontDesk, "frontdesk-demo"},
    DemoAccount{"lijing", "李静", domain::Role::Supervisor, "supervisor-demo"},
    DemoAccount{"zhaomin", "赵敏", domain::Role::Manager, "manager-demo"},
    DemoAccount{"admin", "系统管理员", domain::Role::Admin, "admin-demo"},
};

} // namespace

std::span<const DemoAccount> demoAccounts()
{
    return kDemoAccounts;
}

domain::Result<void> createDemoAccounts(Workspace& ws)
{
    auto has = ws.users().hasAccounts();
    if (!has) {
        return std::unexpected(has.error());
    }
    if (*has) {
        return domain::fail(domain::ErrorCode::Conflict, "the database already has user accounts");
    }
    const auto actingUser = ws.context().user;
    struct RestoreUser
    {
        Workspace& ws;
        domain::User user;
        ~RestoreUser() { ws.context().user = user; }
    } restore{ws, actingUser};
    return ws.context().store.transact([&]() -> domain::Result<void> {
        // The admin first: the database's first account; the admin then adds the others, as they would be.
        auto ordered = kDemoAccounts;
        std::ranges::stable_partition(ordered, [](const DemoAccount& a) { return a.role == domain::Role::Admin; });
        for (const auto& a : ordered) {
            NewUser user{a.name, a.displayName, a.role, {"DEMO"}, a.password};
            auto made = a.role == domain::Role::Admin ? ws.users().createFirstAdmin(user) : ws.users().add(user);
            if (!made) {
                return std::unexpected(made.error());
            }
            if (a.role == domain::Role::Admin) {
                ws.context().user = UserService::userFor(*made);
            }
        }
        return ws.context().store.settings().set("demo", "1");
    });
}

} // namespace propdesk::services
