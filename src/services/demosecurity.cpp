#include "demosecurity.h"

#include "rules/patrol.h"
#include "workspace.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <sstream>

namespace propdesk::services {

using domain::Instant;
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

namespace {

struct Guard
{
    const char* name;
    const char* phone;
};

// Three squads of five: the first is the squad leader, the fifth the reserve.
constexpr std::array<std::array<Guard, 5>, 3> kSquads{{
    {{{"张卫东", "13922001001"},
      {"王强", "13922001002"},
      {"李军", "13922001003"},
      {"陈刚", "13922001004"},
      {"刘洋", "13922001005"}}},
    {{{"杨帆", "13922002001"},
      {"赵磊", "13922002002"},
      {"黄鹏", "13922002003"},
      {"周涛", "13922002004"},
      {"吴斌", "13922002005"}}},
    {{{"徐明", "13922003001"},
      {"孙浩", "13922003002"},
      {"马超", "13922003003"},
      {"朱亮", "13922003004"},
      {"胡俊", "13922003005"}}},
}};
constexpr std::array kSquadNames{"护卫一班", "护卫二班", "护卫三班"};

constexpr const char* kSecuritySupervisor = "秩序维护主管 刘伟";
constexpr const char* kOfficeHead = "管理处主任 陈建国";

struct ItemStory
{
    const char* text;
    const char* closing;
};
constexpr std::array kItems{
    ItemStory{"南门道闸抬杆故障，已报工程部", "工程部已更换道闸电机，恢复正常"},
    ItemStory{"地库B2层一辆外来车辆（粤B·7K2M1）过夜未离开", "已联系车主，车辆已驶离"},
    ItemStory{"5栋消防通道堆放装修垃圾", "已通知业主清运完毕"},
    ItemStory{"北门监控画面模糊", "弱电维保单位已清洁镜头并调整焦距"},
    ItemStory{"3栋1单元门禁磁力锁吸合不牢", "工程部已调整门禁锁"},
    ItemStory{"中心花园路灯两盏不亮", "工程部已更换灯具"},
};

struct IncidentStory
{
    int daysAgo;
    int hour;
    int minute;
    domain::IncidentType type;
    const char* subject;
    const char* detail;
    const char* location;
    const char* handling; // empty: still being handled
    const char* outcome;
};
constexpr std::array kIncidents{
    IncidentStory{45, 10, 20, domain::IncidentType::Other, "外来人员在小区内散发小广告", "两名外来人员尾随业主进入",
                  "8栋大堂", "劝离小区，清理广告", "已劝离，加强门岗验证"},
    IncidentStory{35, 19, 30, domain::IncidentType::Fire, "垃圾收集点垃圾桶冒烟", "烟头引燃垃圾", "垃圾站",
                  "使用灭火器扑灭，清理现场", "无人员伤亡和财产损失"},
    IncidentStory{20, 15, 10, domain::IncidentType::Violation, "7栋1单元违规装修拆改墙体", "巡逻发现", "7-1-1502",
                  "现场制止，发整改通知书", "业主已停工并恢复"},
    IncidentStory{12, 22, 40, domain::IncidentType::SecurityCase, "地库电动车电瓶被盗", "业主报案", "地下车库B1层",
                  "调取监控，报派出所备案，加强地库巡逻", "已报警备案"},
    IncidentStory{3, 23, 50, domain::IncidentType::Violation, "5栋高空抛物", "巡逻岗发现地面有抛落的花盆碎片",
                  "5栋南侧", "", ""},
};

constexpr std::array kVisitPurposes{"探访亲友", "送快递", "送外卖", "上门维修家电", "房屋中介带看", "装修工人进场"};
constexpr std::array kVehiclePurposes{"送货", "装修材料进场", "搬家", "访客车辆"};
constexpr std::array kPlateLetters{"A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M"};

std::string twoDigits(int n)
{
    return fmt::format("{:02}", n);
}

} // namespace

domain::Result<DemoSecuritySummary> addDemoSecurity(Workspace& ws, const domain::Site& site,
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
    DemoSecuritySummary summary;
    auto& security = ws.security();
    // The set-up, rosters and imports are the security supervisor's; the handovers and the duty log are
    // written down in the control room under the same desk account in this demo.
    struct ActingAs
    {
        domain::User& user;
        std::string before;
        ~ActingAs() { user.name = before; }
    } actingAs{ws.context().user, ws.context().user.name};
    ws.context().user.name = kSecuritySupervisor;
    const std::string code = site.code;

    // The guards and the set-up.
    auto setup = domain::defaultSecuritySetup(site.id);
    std::map<domain::StaffId, std::string> names;
    for (std::size_t s = 0; s < kSquads.size(); ++s) {
        domain::Squad squad;
        squad.code = std::to_string(s + 1);
        squad.name = kSquadNames[s];
        for (const auto& g : kSquads[s]) {
            domain::StaffMember member;
            member.name = g.name;
            member.phone = g.phone;
            member.trade = "护卫";
            auto added = ws.staff().add(code, member);
            if (!added) {
                return fail(added);
            }
            squad.guards.push_back(added->id);
            names[added->id] = added->name;
            ++summary.guards;
        }
        setup.squads.push_back(std::move(squad));
    }
    auto saved = security.saveSetup(code, setup);
    if (!saved) {
        return fail(saved);
    }
    setup = *saved;

    const domain::Date today = zone.localDate(now);
    const domain::Date firstDay{date::sys_days{today} - date::days{days - 1}};

    // Two routes, in force from before the period.
    std::vector<domain::PatrolRoute> routes;
    {
        domain::PatrolRoute r;
        r.code = "R1";
        r.name = "楼宇及外围巡更";
        r.effectiveFrom = domain::Date{date::sys_days{firstDay} - date::days{30}};
        r.checkpoints = {{"CP01", "南门岗亭", "南门"},         {"CP02", "1栋大堂", "1栋"},
                         {"CP03", "中心花园", "中心花园北侧"}, {"CP04", "5栋消防通道", "5栋东侧"},
                         {"CP05", "8栋楼顶", "8栋天台门"},     {"CP06", "北门", "北门岗亭"}};
        r.roundsPerShift = {{"early", 2}, {"middle", 2}, {"night", 3}};
        r.roundLength = minutes{60};
        r.tolerance = minutes{15};
        routes.push_back(r);
        domain::PatrolRoute b;
        b.code = "R2";
        b.name = "地下车库巡更";
        b.effectiveFrom = r.effectiveFrom;
        b.checkpoints = {{"B101", "B1层入口", "地库B1坡道"},
                         {"B102", "B1层配电房", "地库B1东"},
                         {"B201", "B2层消防泵房", "地库B2西"},
                         {"B202", "B2层出口", "地库B2坡道"}};
        b.roundsPerShift = {{"early", 1}, {"middle", 1}, {"night", 2}};
        b.roundLength = minutes{40};
        b.tolerance = minutes{10};
        routes.push_back(b);
    }
    for (auto& r : routes) {
        auto stored = security.saveRoute(code, r);
        if (!stored) {
            return fail(stored);
        }
        r = *stored;
    }

    // Rosters: the months of the period published, with a leave covered by the squad's reserve; the next
    // month a draft.
    const auto squadOf = [&](std::string_view shift, domain::Date day) -> const domain::Squad* {
        for (std::size_t i = 0; i < setup.shifts.size(); ++i) {
            if (setup.shifts[i].code == shift) {
                const auto squad = domain::shiftSquad(setup, i, day);
                return squad ? &setup.squads[*squad] : nullptr;
            }
        }
        return nullptr;
    };
    const date::year_month firstMonth{firstDay.year(), firstDay.month()};
    const date::year_month thisMonth{today.year(), today.month()};
    for (auto month = firstMonth; month <= thisMonth + date::months{1}; month += date::months{1}) {
        auto roster = security.generateRoster(code, month);
        if (!roster) {
            return fail(roster);
        }
        // A guard of the middle shift on the 8th is on leave; the squad's reserve works the post.
        const domain::Date day = month / date::day{8};
        if (const auto* squad = squadOf("middle", day); squad && squad->guards.size() >= 5) {
            domain::SlotKey key{day, "middle", "gate"};
            if (auto ok = security.markLeave(code, month, key, squad->guards[4], "病假"); !ok) {
                return fail(ok);
            }
        }
        if (month <= thisMonth) {
            if (auto ok = security.publish(code, month, true); !ok) {
                return fail(ok);
            }
        }
    }

    // Guard tours: each day's rounds walked by the patrol post's guard (the car park's for R2), exported
    // by the device and imported day by day.
    const auto rounds = rules::planRounds(setup, routes, zone, firstDay, today);
    std::map<domain::Date, std::ostringstream> exports;
    for (const auto& round : rounds) {
        if (round.windowOpen > now) {
            continue;
        }
        const domain::Squad* squad = squadOf(round.shift, round.day);
        const std::size_t post = round.routeCode == "R2" ? 2 : 1;
        const std::string guard = squad && squad->guards.size() > post ? names[squad->guards[post]] : "巡逻岗";
        const auto& route = round.routeCode == "R2" ? routes[1] : routes[0];
        const int roll = uniform(1, 100);
        if (roll <= 2) {
            continue; // not walked
        }
        std::vector<std::size_t> order(route.checkpoints.size());
        for (std::size_t i = 0; i < order.size(); ++i) {
            order[i] = i;
        }
        if (roll <= 4 && order.size() > 2) {
            std::swap(order[1], order[2]); // out of order
        }
        if (roll > 4 && roll <= 7) {
            order.erase(order.begin() + uniform(1, static_cast<int>(order.size()) - 1)); // a checkpoint missed
        }
        Instant t = round.start + minutes{uniform(-5, 8)};
        if (roll > 7 && roll <= 12) {
            t = round.onTimeUntil + minutes{uniform(2, 12)}; // started late
        }
        const auto step = route.roundLength / static_cast<int>(route.checkpoints.size() + 1);
        auto& out = exports[round.day];
        for (const auto i : order) {
            if (t > now) {
                break;
            }
            const auto local = zone.toLocal(t);
            out << fmt::format("{},{},{},{}\n", route.checkpoints[i].code, route.checkpoints[i].name, guard,
                               date::format("%F %T", local));
            ++summary.scans;
            t += step + seconds{uniform(-60, 90)};
        }
        // The device keeps a scan the guard repeated at the last checkpoint now and then.
        if (chance(0.05) && !order.empty() && t <= now) {
            const auto& c = route.checkpoints[order.back()];
            out << fmt::format("{},{},{},{}\n", c.code, c.name, guard, date::format("%F %T", zone.toLocal(t)));
        }
    }
    for (auto& [day, out] : exports) {
        // A day whose only round has opened but not yet been walked (early morning) has no scans: the device
        // exports nothing for it, and the importer would refuse a file with only a header.
        if (out.str().empty()) {
            continue;
        }
        const std::string file = fmt::format("xungeng-{}.csv", domain::formatDate(day));
        const std::string text = "巡检点编号,巡检点名称,巡检人员,巡检时间\n" + out.str();
        auto plan = ws.patrolCsv().prepare(text, file, code);
        if (!plan) {
            return fail(plan);
        }
        if (!plan->importable() || !plan->rejected.empty()) {
            const auto messages = plan->messages();
            return domain::fail(domain::ErrorCode::InvalidInput,
                                fmt::format("demo patrol export {}: {}", file,
                                            messages.empty() ? std::string("not importable") : messages.front()));
        }
        if (auto ok = ws.patrolCsv().commit(*plan); !ok) {
            return fail(ok);
        }
    }

    // Handovers at the changes of shift, with open items carried until they are settled.
    struct Closure
    {
        domain::HandoverItemId id;
        Instant at;
        const char* note;
    };
    std::vector<Closure> closures;
    const auto settle = [&](Instant until) -> domain::Result<void> {
        for (auto it = closures.begin(); it != closures.end();) {
            if (it->at <= until) {
                if (auto ok = security.closeItem(it->id, it->note, it->at); !ok) {
                    return std::unexpected(ok.error());
                }
                it = closures.erase(it);
            } else {
                ++it;
            }
        }
        return {};
    };
    std::size_t nextItem = 0;
    for (auto d = date::sys_days{firstDay}; d <= date::sys_days{today}; d += date::days{1}) {
        const domain::Date day{d};
        for (std::size_t s = 0; s < setup.shifts.size(); ++s) {
            const auto& shift = setup.shifts[s];
            const auto changeAt = domain::shiftInterval(shift, day, zone).first;
            if (changeAt > now) {
                continue;
            }
            if (auto ok = settle(changeAt); !ok) {
                return std::unexpected(ok.error());
            }
            const int roll = uniform(1, 100);
            if (roll <= 2) {
                continue; // not recorded
            }
            const domain::Date previousDay = s == 0 ? domain::Date{d - date::days{1}} : day;
            const auto& previousShift = setup.shifts[s == 0 ? setup.shifts.size() - 1 : s - 1];
            const auto* outgoing = squadOf(previousShift.code, previousDay);
            const auto* incoming = squadOf(shift.code, day);
            NewHandover h;
            h.day = day;
            h.shift = shift.code;
            h.outgoingLeader = outgoing ? names[outgoing->guards.front()] : "值班员";
            h.incomingLeader = incoming ? names[incoming->guards.front()] : "值班员";
            h.outgoingSignedAt = std::min(now, changeAt - minutes{uniform(0, 10)});
            if (roll > 5) {
                h.incomingSignedAt = std::min(now, changeAt + minutes{uniform(0, 10)});
            }
            h.notes = "对讲机6台、钥匙3串、值班记录本交接齐全";
            const bool raise = chance(0.06) && nextItem < kItems.size() * 3;
            const auto& story = kItems[nextItem % kItems.size()];
            if (raise) {
                h.newItems.push_back(story.text);
                ++nextItem;
            }
            auto recorded = security.recordHandover(code, h);
            if (!recorded) {
                return fail(recorded);
            }
            ++summary.handovers;
            if (raise) {
                for (const auto& item : recorded->openItems) {
                    if (item.openedIn == recorded->handover.id) {
                        closures.push_back({item.id, item.openedAt + hours{uniform(6, 60)}, story.closing});
                    }
                }
            }
        }
    }
    if (auto ok = settle(now); !ok) {
        return std::unexpected(ok.error());
    }

    // The duty log: visitors and vehicles every day, a few incidents.
    for (auto d = date::sys_days{firstDay}; d <= date::sys_days{today}; d += date::days{1}) {
        const domain::Date day{d};
        const Instant midnight = zone.startOfDay(day);
        const int visitors = uniform(2, 5);
        const int vehicles = uniform(1, 3);
        for (int i = 0; i < visitors + vehicles; ++i) {
            domain::DutyEntry e;
            e.kind = i < visitors ? domain::DutyEntryKind::Visitor : domain::DutyEntryKind::Vehicle;
            e.at = midnight + hours{uniform(8, 20)} + minutes{uniform(0, 59)};
            if (e.at > now) {
                continue;
            }
            if (e.kind == domain::DutyEntryKind::Visitor) {
                e.subject = fmt::format("{}{}", std::array{"王", "李", "张", "刘", "陈", "杨"}[uniform(0, 5)],
                                        chance(0.5) ? "先生" : "女士");
                e.detail = fmt::format("{}，{}栋{}单元{}{}", kVisitPurposes[uniform(0, kVisitPurposes.size() - 1)],
                                       uniform(1, 12), uniform(1, 3), uniform(2, 28), twoDigits(uniform(1, 4)));
                e.location = chance(0.6) ? "南门岗" : "北门岗";
            } else {
                e.subject = fmt::format("粤B·{}{}{}", kPlateLetters[uniform(0, kPlateLetters.size() - 1)],
                                        uniform(10, 99), uniform(100, 999));
                e.detail = kVehiclePurposes[uniform(0, kVehiclePurposes.size() - 1)];
                e.location = "道口岗";
            }
            const Instant out = e.at + minutes{uniform(15, 150)};
            if (out <= now) {
                e.leftAt = out;
            }
            auto logged = security.logEntry(code, e);
            if (!logged) {
                return fail(logged);
            }
            ++summary.dutyEntries;
        }
    }
    for (const auto& story : kIncidents) {
        if (story.daysAgo >= days) {
            continue;
        }
        domain::DutyEntry e;
        e.kind = domain::DutyEntryKind::Incident;
        e.incident = story.type;
        e.at = zone.startOfDay(domain::Date{date::sys_days{today} - date::days{story.daysAgo}}) + hours{story.hour} +
               minutes{story.minute};
        if (e.at > now) {
            continue;
        }
        e.subject = story.subject;
        e.detail = story.detail;
        e.location = story.location;
        auto logged = security.logEntry(code, e);
        if (!logged) {
            return fail(logged);
        }
        ++summary.dutyEntries;
        if (*story.handling != '\0') {
            const Instant handled = std::min(now, e.at + hours{uniform(1, 20)});
            if (auto ok = security.handleIncident(logged->id, story.handling, story.outcome, handled); !ok) {
                return fail(ok);
            }
        }
    }

    // Spot checks: the office head's night checks (three in the previous month, so that it misses its four)
    // and the supervisor's weekly day checks.
    for (auto month = firstMonth; month <= thisMonth; month += date::months{1}) {
        const bool previous = month == thisMonth - date::months{1};
        const std::vector<int> nights = previous ? std::vector<int>{5, 14, 26} : std::vector<int>{3, 9, 16, 20, 27};
        for (const int n : nights) {
            const domain::Date day = month / date::day{static_cast<unsigned>(n)};
            domain::SpotCheck check;
            check.at = zone.startOfDay(day) + hours{uniform(1, 3)} + minutes{uniform(0, 59)};
            if (check.at > now || day < firstDay) {
                continue;
            }
            check.checker = kOfficeHead;
            check.posts = {"lobby", "patrol", "car_park", "gate"};
            if (n == 14 || n == 16) {
                check.findings.push_back({"car_park", "车场岗护卫员睡岗", "当场批评教育，按制度考核扣分"});
            }
            check.notes = "夜间查岗";
            auto recorded = security.recordSpotCheck(code, check);
            if (!recorded) {
                return fail(recorded);
            }
            ++summary.spotChecks;
        }
        for (const int n : {2, 10, 17, 24}) {
            const domain::Date day = month / date::day{static_cast<unsigned>(n)};
            domain::SpotCheck check;
            check.at = zone.startOfDay(day) + hours{10} + minutes{uniform(0, 90)};
            if (check.at > now || day < firstDay) {
                continue;
            }
            check.checker = kSecuritySupervisor;
            check.posts = {"lobby", "gate"};
            if (n == 17) {
                check.findings.push_back({"gate", "来访登记本漏记两名访客的离开时间", "补记并提醒岗位护卫员"});
            }
            check.notes = "日常检查";
            auto recorded = security.recordSpotCheck(code, check);
            if (!recorded) {
                return fail(recorded);
            }
            ++summary.spotChecks;
        }
    }
    return summary;
}

} // namespace propdesk::services
