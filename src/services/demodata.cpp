#include "demodata.h"

#include "access.h"
#include "democommitments.h"
#include "demoinspections.h"
#include "demosecurity.h"
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

using domain::ComplaintCategory;
using domain::ComplaintChannel;
using domain::Department;

// What residents complain about (投诉, not repair calls), who handles it and how it ends. `place` is
// where it happened when that is not the resident's own flat.
struct Grievance
{
    ComplaintCategory category;
    Department department;
    const char* description;
    const char* place;
    const char* response;
    const char* resolution;
    const char* measures;
    int weight;
};

constexpr std::array kGrievances{
    Grievance{ComplaintCategory::RepairQuality, Department::Engineering, "维修后问题反复出现，要求换师傅重新处理",
              nullptr, "已通知工程部主管，今天安排师傅复查", "工程部主管带师傅复查并彻底修复，业主现场确认",
              "维修完工后增加试用确认环节", 4},
    Grievance{ComplaintCategory::RepairQuality, Department::Engineering, "维修师傅超过约定时间两小时才上门，也没打电话",
              nullptr, "已向工程部核实，向您致歉", "对维修师傅进行提醒教育，调整派工流程",
              "约定上门时间前30分钟电话确认", 2},
    Grievance{ComplaintCategory::Cleaning, Department::Cleaning, "楼道垃圾两天没人清理，有异味", nullptr,
              "已通知保洁主管，今天上午清理", "已清理并消毒，保洁员每日巡查", "调整保洁排班，增加下午巡查一次", 3},
    Grievance{ComplaintCategory::Cleaning, Department::Cleaning, "垃圾站周边污水横流，气味很大", "垃圾站",
              "已安排保洁员马上冲洗", "冲洗消毒垃圾站，疏通排水沟", "垃圾站每日冲洗两次", 2},
    Grievance{ComplaintCategory::Cleaning, Department::Cleaning, "电梯轿厢地面很脏，有宠物粪便", "5栋电梯厅",
              "已安排保洁员清理", "已清理消毒，张贴文明养宠提示", "", 1},
    Grievance{ComplaintCategory::Security, Department::Security, "夜间有陌生人尾随进入单元门", nullptr,
              "已安排秩序维护员加强夜间巡逻", "调取监控核实，夜间增加巡逻频次", "单元门禁卡重新登记", 2},
    Grievance{ComplaintCategory::Security, Department::Security, "外来人员进出南门不登记", "南门岗亭",
              "已提醒门岗严格登记", "对门岗人员进行培训，外来人员一律登记", "", 2},
    Grievance{ComplaintCategory::Security, Department::Security, "电动车停在楼道里充电，存在消防隐患", nullptr,
              "秩序维护员今天上门劝导", "劝导车主将电动车移至充电棚，楼道已清理", "每周巡查楼道堆放", 2},
    Grievance{ComplaintCategory::Parking, Department::Security, "固定车位被外来车辆占用", "地下车库B1层",
              "秩序维护员已到场联系车主挪车", "车主已挪车，加强外来车辆登记管理", "在车位加装地锁", 3},
    Grievance{ComplaintCategory::Parking, Department::Engineering, "地库道闸经常抬不起来，进出排长队", "地下车库B2层",
              "已通知工程部检修道闸", "更换道闸控制板，恢复正常", "", 1},
    Grievance{ComplaintCategory::Noise, Department::Security, "楼上装修早上7点就开始电钻施工", nullptr,
              "已联系装修户，要求按规定时间施工", "装修户承诺遵守施工时间，秩序维护员每日巡查", "张贴装修管理规定", 3},
    Grievance{ComplaintCategory::Noise, Department::Security, "中心花园广场舞音乐声音太大", "中心花园",
              "已安排人员到场沟通降低音量", "与广场舞队约定音量和结束时间（21:00前）", "", 2},
    Grievance{ComplaintCategory::Noise, Department::Engineering, "邻居空调外机夜间噪音很大", nullptr,
              "已安排工程部上门查看", "协助邻居加装外机减震垫，噪音明显降低", "", 1},
    Grievance{ComplaintCategory::Fees, Department::CustomerService, "物业费账单金额与房屋面积不符", nullptr,
              "已核对账单，今天内给您答复", "核实为系统录入面积错误，已更正并退还多收费用", "收费系统面积数据全面复核",
              2},
    Grievance{ComplaintCategory::Fees, Department::CustomerService, "公摊水电费突然上涨，要求公示明细", nullptr,
              "已记录，客服整理明细后回复您", "公示公摊水电费明细并向业主逐项解释", "每月公示公摊费用", 2},
    Grievance{ComplaintCategory::StaffConduct, Department::Management, "前台工作人员态度冷淡，不愿意登记报修", "会所",
              "非常抱歉，已反馈管理处处理", "对相关人员进行批评教育，重新培训服务规范", "", 1},
    Grievance{ComplaintCategory::StaffConduct, Department::Security, "北门保安说话不礼貌", "北门",
              "非常抱歉，已反馈秩序维护部处理", "对当班保安进行批评教育并向业主道歉", "", 1},
    Grievance{ComplaintCategory::Other, Department::Management, "小区绿化长期不修剪，挡住一楼采光", nullptr,
              "已通知绿化班组查看", "修剪遮挡采光的树木", "", 1},
    Grievance{ComplaintCategory::Other, Department::Management, "快递堆在大堂无人管理", "1栋大堂", "已联系快递驿站处理",
              "与快递驿站约定不在大堂堆放，增设快递柜", "", 1},
};

struct Weighted
{
    ComplaintChannel channel;
    int weight;
};
// Most complaints come by phone or at the desk.
constexpr std::array kChannelWeights{Weighted{ComplaintChannel::Phone, 45}, Weighted{ComplaintChannel::Visit, 30},
                                     Weighted{ComplaintChannel::Online, 10}, Weighted{ComplaintChannel::Letter, 5},
                                     Weighted{ComplaintChannel::Hotline12345, 10}};
constexpr std::array kDeskStaff{"前台 王芳", "前台 刘洋", "客服主管 李静"};
constexpr const char* kSupervisor = "客服主管 李静";
constexpr auto kOfficeHead = "管理处主任 陈建国";
constexpr std::array kReplies{"已电话告知业主处理结果", "已上门向业主说明处理结果", "已通过微信告知业主处理结果"};
constexpr std::array kValidReasons{"经核实属实，物业服务不到位", "经核实属实，未按承诺时限处理"};
constexpr std::array kInvalidReasons{"经核实为业主误解，已解释说明", "不属于物业服务范围，已协助联系相关单位"};
constexpr std::array kLowRatingComments{"处理太慢", "问题没有根本解决"};

// The demo's complaints over the same days as its work orders, through the complaint use cases. Repair
// complaints name a completed order of the demo; the last ones are still open today, one just received
// and one past its 15-minute response deadline.
domain::Result<int> addDemoComplaints(Workspace& ws, const domain::Site& site, const domain::TimeZone& zone,
                                      Instant now, int days, std::mt19937& rng,
                                      const std::vector<domain::WorkOrder>& completed)
{
    const auto uniform = [&](int lo, int hi) {
        return std::uniform_int_distribution<int>(lo, hi)(rng);
    };
    const auto chance = [&](double p) {
        return std::bernoulli_distribution(p)(rng);
    };
    const auto anyOf = [&](const auto& items) -> const auto&
    {
        return items[static_cast<std::size_t>(uniform(0, static_cast<int>(std::size(items)) - 1))];
    };
    std::vector<int> weights;
    for (const auto& g : kGrievances) {
        weights.push_back(g.weight);
    }
    std::discrete_distribution<std::size_t> pickGrievance(weights.begin(), weights.end());
    weights.clear();
    for (const auto& c : kChannelWeights) {
        weights.push_back(c.weight);
    }
    std::discrete_distribution<std::size_t> pickChannel(weights.begin(), weights.end());

    // Office work (resolutions, replies, revisits, verdicts) happens 08:00–18:00: a time outside moves to
    // the next morning.
    const auto officeTime = [&](Instant t) {
        const auto timeOfDay = zone.timeOfDay(t);
        const auto midnight = zone.startOfDay(zone.localDate(t));
        const auto minute = minutes{(timeOfDay.count() / 60) % 60};
        if (timeOfDay < hours{8}) {
            return midnight + hours{8} + minute + minutes{uniform(0, 90)};
        }
        if (timeOfDay >= hours{18}) {
            return zone.startOfDay(domain::Date{date::sys_days{zone.localDate(t)} + date::days{1}}) + hours{8} +
                   minute + minutes{uniform(0, 90)};
        }
        return t;
    };
    int serial = 0; // complaints that run their full course
    int closed = 0;
    int judged = 0;
    auto& complaints = ws.complaints();
    const auto fail = [](const auto& result) {
        return std::unexpected(result.error());
    };
    // Takes a complaint at `received`; its story then runs as far as `now` allows (`steps`: how far at most).
    enum Steps
    {
        ReceiveOnly,
        RouteOnly,
        UpToResponse,
        All,
    };
    const auto take = [&](Instant received, const Grievance& g, Steps steps) -> domain::Result<void> {
        NewComplaint request;
        request.siteCode = site.code;
        request.channel = kChannelWeights[pickChannel(rng)].channel;
        request.category = g.category;
        request.resident = fmt::format("{}{}", anyOf(kSurnames), anyOf(kGivenNames));
        request.phone = fmt::format("1{}{:09}", uniform(3, 9), uniform(0, 999999999));
        const int building = uniform(1, 12);
        request.location =
            g.place ? std::string(g.place)
                    : fmt::format("{}栋{}单元{}{:02}", building, uniform(1, 3), uniform(2, 33), uniform(1, 4));
        request.description = g.description;
        request.receivedAt = received;
        request.firstResponder = anyOf(kDeskStaff);
        // First-contact responsibility: whoever took the complaint records its steps too (the verdict
        // aside, which the supervisor gives).
        struct ActingAs
        {
            domain::User& user;
            std::string before;
            ~ActingAs() { user.name = before; }
        } actingAs{ws.context().user, ws.context().user.name};
        ws.context().user.name = *request.firstResponder;
        if (g.category == ComplaintCategory::RepairQuality && chance(0.8)) {
            // Most repair complaints are about an order done in the weeks before the call: they name it.
            std::vector<const domain::WorkOrder*> recent;
            for (const auto& order : completed) {
                const auto done = order.timeline().completed;
                if (done && *done<received&& * done> received - date::days{21}) {
                    recent.push_back(&order);
                }
            }
            if (!recent.empty()) {
                const auto& order = *recent[static_cast<std::size_t>(uniform(0, static_cast<int>(recent.size()) - 1))];
                request.workOrder = order.header.code;
                request.location = order.header.location;
                request.resident = order.header.reporter;
                request.phone = order.header.phone;
                request.description = fmt::format("{}（原报修：{}）", g.description, order.header.description);
            }
        }
        auto taken = complaints.receive(request);
        if (!taken) {
            return fail(taken);
        }
        const auto id = taken->header.id;
        serial += steps == All ? 1 : 0;
        if (steps == ReceiveOnly) {
            return {};
        }
        // Routed within minutes, mostly; the desk may answer the resident before or after.
        const Instant routed = received + minutes{chance(0.9) ? uniform(1, 5) : uniform(10, 60)};
        // About one in eight answered after the 15 minutes.
        const Instant responded = received + minutes{chance(0.87) ? uniform(3, 14) : uniform(16, 90)};
        const bool respondFirst = steps != RouteOnly && responded < routed;
        if (respondFirst && responded <= now) {
            if (auto ok = complaints.respond(id, g.response, responded); !ok) {
                return fail(ok);
            }
        }
        if (routed > now) {
            return {};
        }
        if (auto ok = complaints.route(id, g.department, "", routed); !ok) {
            return fail(ok);
        }
        if (steps == RouteOnly) {
            return {};
        }
        if (!respondFirst) {
            if (responded > now) {
                return {};
            }
            if (auto ok = complaints.respond(id, g.response, responded); !ok) {
                return fail(ok);
            }
        }
        if (steps == UpToResponse) {
            return {};
        }
        Instant t = std::max(routed, responded);
        if (serial % 16 == 8) {
            // Now and then the resident settles it with the neighbour and withdraws the complaint.
            const Instant withdrawn = t + hours{uniform(1, 20)};
            if (withdrawn <= now) {
                ws.context().user.name = kSupervisor;
                if (auto ok = complaints.withdraw(id, "业主表示已自行协商解决，撤回投诉", withdrawn); !ok) {
                    return fail(ok);
                }
            }
            return {};
        }
        // Resolved within days; about one in ten takes longer than the 4 working days.
        t = officeTime(t + (chance(0.9) ? hours{uniform(2, 70)} : hours{uniform(6 * 24, 9 * 24)}));
        if (t > now) {
            return {};
        }
        if (auto ok = complaints.resolve(id, g.resolution, g.measures, t); !ok) {
            return fail(ok);
        }
        const auto judge = [&](Instant after) -> domain::Result<void> {
            // Every third complaint is judged (有效投诉 or not), three in four of those valid.
            if (++closed % 3 != 1) {
                return {};
            }
            const Instant at = officeTime(after + hours{uniform(1, 30)});
            if (at > now) {
                return {};
            }
            const bool valid = ++judged % 4 != 0;
            ws.context().user.name = kSupervisor;
            auto ok = complaints.judge(id, valid, valid ? anyOf(kValidReasons) : anyOf(kInvalidReasons), at);
            if (!ok) {
                return fail(ok);
            }
            return {};
        };
        t = officeTime(t + hours{uniform(1, 24)});
        if (t > now) {
            return {};
        }
        if (auto ok = complaints.reply(id, anyOf(kReplies), chance(0.85) ? kOfficeHead : "客服主管 李静", t); !ok) {
            return fail(ok);
        }
        if (chance(0.2)) {
            return judge(t); // not revisited (yet)
        }
        t = officeTime(t + hours{uniform(20, 72)});
        if (t > now) {
            return {};
        }
        const int rating = chance(0.6) ? 5 : (chance(0.65) ? 4 : (chance(0.6) ? 3 : uniform(1, 2)));
        const std::string comment =
            rating <= 2 ? anyOf(kLowRatingComments) : (rating == 5 && chance(0.5) ? "满意，谢谢" : "");
        if (auto ok = complaints.revisit(id, rating, comment, t); !ok) {
            return fail(ok);
        }
        return judge(t);
    };

    const auto firstDay = date::sys_days{zone.localDate(now)} - date::days{days - 1};
    for (int d = 0; d < days; ++d) {
        const domain::Date day{firstDay + date::days{d}};
        const Instant midnight = zone.startOfDay(day);
        // About 15 a month, taken in time order so that the day's codes follow the clock.
        const int count = chance(0.4) ? (chance(0.25) ? 2 : 1) : 0;
        std::vector<Instant> times;
        for (int i = 0; i < count; ++i) {
            const int hour = chance(0.85) ? uniform(8, 17) : uniform(18, 21);
            times.push_back(midnight + hours{hour} + minutes{uniform(0, 59)} + std::chrono::seconds{uniform(0, 59)});
        }
        std::ranges::sort(times);
        for (const auto received : times) {
            // Leave the last hour to the open complaints below.
            if (received > now - hours{1}) {
                continue;
            }
            if (auto ok = take(received, kGrievances[pickGrievance(rng)], All); !ok) {
                return std::unexpected(ok.error());
            }
        }
    }
    // Open today: one answered and with its department, one past its 15-minute response deadline (the
    // escalation), one just received.
    for (const auto& [ago, steps] : {std::pair{minutes{58}, UpToResponse}, std::pair{minutes{35}, RouteOnly},
                                     std::pair{minutes{2}, ReceiveOnly}}) {
        if (auto ok = take(now - ago, kGrievances[pickGrievance(rng)], steps); !ok) {
            return std::unexpected(ok.error());
        }
    }
    auto counted = ws.context().store.complaints().countReceivedBetween(site.id, Instant::min(), Instant::max());
    if (!counted) {
        return std::unexpected(counted.error());
    }
    return static_cast<int>(*counted);
}

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
        auto complaints = addDemoComplaints(ws, summary.site, *zone, now, days, rng, completed);
        if (!complaints) {
            return std::unexpected(complaints.error());
        }
        summary.complaints = *complaints;
        auto security = addDemoSecurity(ws, summary.site, *zone, now, days, rng);
        if (!security) {
            return std::unexpected(security.error());
        }
        summary.patrolScans = security->scans;
        summary.handovers = security->handovers;
        auto inspections = addDemoInspections(ws, summary.site, *zone, now, days, rng);
        if (!inspections) {
            return std::unexpected(inspections.error());
        }
        summary.inspectionSheets = inspections->sheets;
        summary.nonconformances = inspections->nonconformances;
        auto figures = addDemoCommitments(ws, summary.site, *zone, now, rng);
        if (!figures) {
            return std::unexpected(figures.error());
        }
        summary.figures = *figures;
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
