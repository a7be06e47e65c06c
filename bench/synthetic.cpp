#include "synthetic.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <deque>
#include <optional>
#include <string_view>
#include <vector>

namespace propdesk::bench {

namespace {

using LocalSeconds = date::local_seconds;
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

// splitmix64: small, fast and the same everywhere (std distributions are not).
class Rng
{
public:
    explicit Rng(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // [lo, hi]
    long between(long lo, long hi) { return lo + static_cast<long>(next() % static_cast<std::uint64_t>(hi - lo + 1)); }
    // true with probability per-mille / 1000
    bool chance(int perMille) { return between(0, 999) < perMille; }

private:
    std::uint64_t m_state;
};

struct Problem
{
    std::string_view category;
    std::string_view urgency;
    std::string_view description;
    int weight;
};

// Roughly what residents of a Chinese estate call about, and how often.
constexpr std::array kProblems{
    Problem{"plumbing", "normal", "厨房水龙头滴水", 10},
    Problem{"plumbing", "normal", "卫生间下水道堵塞", 9},
    Problem{"plumbing", "emergency", "楼上漏水，天花板渗水", 4},
    Problem{"plumbing", "emergency", "地下室给水管爆管", 1},
    Problem{"electrical", "normal", "插座无电", 6},
    Problem{"electrical", "emergency", "整户停电，空开跳闸无法复位", 3},
    Problem{"gas", "emergency", "厨房有燃气味，怀疑燃气泄漏", 1},
    Problem{"gas", "normal", "燃气灶打不着火", 2},
    Problem{"doors_windows", "normal", "单元门闭门器损坏", 4},
    Problem{"doors_windows", "normal", "楼道窗户玻璃破裂", 2},
    Problem{"lighting", "normal", "楼道声控灯不亮", 8},
    Problem{"lighting", "normal", "地库照明灯管闪烁", 3},
    Problem{"civil", "normal", "外墙瓷砖空鼓脱落", 2},
    Problem{"civil", "difficult", "屋面防水层开裂渗漏", 1},
    Problem{"elevator", "emergency", "电梯困人", 1},
    Problem{"elevator", "normal", "电梯按钮失灵", 2},
    Problem{"fire", "normal", "消防栓箱门损坏", 1},
    Problem{"fire", "emergency", "烟感报警器误报", 1},
    Problem{"hvac", "normal", "空调冷凝水管漏水", 3},
    Problem{"hvac", "difficult", "中央空调主机异响", 1},
    Problem{"other", "normal", "信报箱锁损坏", 2},
};
constexpr int kProblemWeights = [] {
    int sum = 0;
    for (const auto& p : kProblems) {
        sum += p.weight;
    }
    return sum;
}();

constexpr std::array kSurnames{"王", "李", "张", "刘", "陈", "杨", "赵", "黄",
                               "周", "吴", "徐", "孙", "马", "朱", "胡", "郭"};
constexpr std::array kGivenNames{"伟", "芳", "娜", "敏", "静", "丽", "强", "磊",
                                 "军", "洋", "勇", "艳", "杰", "娟", "涛", "明"};
constexpr std::array kTechnicians{"张师傅", "李师傅", "王师傅", "赵师傅", "刘师傅", "陈师傅", "孙师傅", "周师傅"};
// A few notes with an ASCII comma or quote, so that the reader's quoting is exercised.
constexpr std::array kNotes{"业主下午在家, 请先电话联系", "业主说\"很急\"", "已关总阀, 等师傅", "门口有狗, 注意"};

const Problem& pickProblem(Rng& rng)
{
    long r = rng.between(0, kProblemWeights - 1);
    for (const auto& p : kProblems) {
        r -= p.weight;
        if (r < 0) {
            return p;
        }
    }
    return kProblems.back();
}

std::string formatLocal(LocalSeconds t)
{
    const auto day = date::floor<date::days>(t);
    const date::year_month_day ymd{day};
    const date::hh_mm_ss tod{t - day};
    return fmt::format("{:04}-{:02}-{:02} {:02}:{:02}:{:02}", static_cast<int>(ymd.year()),
                       static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()), tod.hours().count(),
                       tod.minutes().count(), tod.seconds().count());
}

void appendField(std::string& out, std::string_view field, SyntheticStats& stats)
{
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += field;
        return;
    }
    ++stats.quotedFields;
    out += '"';
    for (const char c : field) {
        if (c == '"') {
            out += '"';
        }
        out += c;
    }
    out += '"';
}

struct Done
{
    std::string id;
    LocalSeconds completed;
};

} // namespace

std::string syntheticWorkOrderCsv(const SyntheticSpec& spec, SyntheticStats* statsOut)
{
    SyntheticStats stats;
    Rng rng(spec.seed);
    std::string out;
    out.reserve(static_cast<std::size_t>(spec.orders) * 260 + 256);
    out += "id,site,location,category,urgency,reported_at,arrived_at,completed_at,revisited_at,cancelled_at,due_at,"
           "holds,rework_of,satisfaction,reporter,phone,technician,description\n";
    std::deque<Done> recent; // recently completed orders a rework may point to
    long number = spec.firstNumber;
    for (int m = 0; m < spec.months; ++m) {
        const auto month = spec.first + date::months{m};
        const long count = spec.orders * (m + 1) / spec.months - spec.orders * m / spec.months;
        const auto start = date::local_days{month / date::day{1}};
        const auto days = (date::local_days{(month + date::months{1}) / date::day{1}} - start).count();
        // Reported times: most calls in the daytime, some at night.
        std::vector<LocalSeconds> reported(static_cast<std::size_t>(count));
        for (auto& r : reported) {
            const long day = rng.between(0, days - 1);
            const long second = rng.chance(800) ? rng.between(7 * 3600, 21 * 3600 - 1) : rng.between(0, 86399);
            r = LocalSeconds{start.time_since_epoch() + date::days{day} + seconds{second}};
        }
        std::sort(reported.begin(), reported.end());
        for (const auto r : reported) {
            const auto id = fmt::format("WO{:07}", number++);
            const auto& problem = pickProblem(rng);
            const bool emergency = problem.urgency == "emergency";
            const bool difficult = problem.urgency == "difficult";
            std::optional<LocalSeconds> arrived, completed, revisited, cancelled, due;
            std::string holds;
            std::string reworkOf;
            std::string satisfaction;
            if (rng.chance(15) && !recent.empty()) {
                // A rework of an order completed before this one was reported.
                const auto& target =
                    recent[static_cast<std::size_t>(rng.between(0, static_cast<long>(recent.size()) - 1))];
                if (target.completed < r) {
                    reworkOf = target.id;
                    ++stats.reworks;
                }
            }
            if (!emergency && rng.chance(30)) {
                due = r + date::days{rng.between(1, 6)} + hours{rng.between(0, 8)};
                ++stats.withDueAt;
            }
            if (rng.chance(10)) {
                cancelled = r + minutes{rng.between(5, 240)};
                ++stats.cancelled;
            } else {
                auto t = r;
                if (rng.chance(950)) {
                    // Mostly on time (10 / 15 / 30 minutes), some late.
                    t += emergency ? minutes{rng.between(3, 18)} : minutes{rng.between(5, 40)};
                    arrived = t;
                }
                const bool completes = rng.chance(960);
                const bool hold = rng.chance(60);
                if (hold) {
                    ++stats.withHolds;
                    const auto holdStart = t + minutes{rng.between(5, 45)};
                    const auto holdEnd = holdStart + minutes{rng.between(30, 20 * 60)};
                    if (completes) {
                        holds = formatLocal(holdStart) + "/" + formatLocal(holdEnd);
                        t = holdEnd;
                        if (rng.chance(150)) { // a second one: parts again
                            const auto again = t + minutes{rng.between(10, 120)};
                            const auto againEnd = again + minutes{rng.between(60, 24 * 60)};
                            holds += ";" + formatLocal(again) + "/" + formatLocal(againEnd);
                            t = againEnd;
                        }
                    } else {
                        holds = formatLocal(holdStart) + "/"; // still waiting
                        ++stats.openHolds;
                    }
                }
                if (completes) {
                    const long work = difficult   ? rng.between(4 * 60, 96 * 60)
                                      : emergency ? rng.between(20, 5 * 60)
                                                  : rng.between(20, 10 * 60);
                    completed = t + minutes{work};
                    ++stats.completed;
                    recent.push_back({id, *completed});
                    if (recent.size() > 400) {
                        recent.pop_front();
                    }
                    if (rng.chance(750)) {
                        revisited = *completed + minutes{rng.between(60, 60 * 60)};
                        ++stats.revisited;
                        if (rng.chance(850)) {
                            const long s = rng.between(0, 99);
                            satisfaction = std::to_string(s < 55 ? 5 : s < 85 ? 4 : s < 95 ? 3 : s < 98 ? 2 : 1);
                            ++stats.rated;
                        }
                    }
                }
            }
            const auto time = [](const std::optional<LocalSeconds>& t) {
                return t ? formatLocal(*t) : std::string();
            };
            std::string description(problem.description);
            if (rng.chance(50)) {
                description += "。";
                description += kNotes[static_cast<std::size_t>(rng.between(0, kNotes.size() - 1))];
            }
            const std::array<std::string, 18> fields{
                id,
                spec.site,
                fmt::format("{}-{}-{}{:02}", rng.between(1, 24), rng.between(1, 4), rng.between(1, 33),
                            rng.between(1, 4)),
                std::string(problem.category),
                std::string(problem.urgency),
                formatLocal(r),
                time(arrived),
                time(completed),
                time(revisited),
                time(cancelled),
                time(due),
                holds,
                reworkOf,
                satisfaction,
                fmt::format("{}{}", kSurnames[static_cast<std::size_t>(rng.between(0, kSurnames.size() - 1))],
                            kGivenNames[static_cast<std::size_t>(rng.between(0, kGivenNames.size() - 1))]),
                fmt::format("13{}{:08}", rng.between(0, 9), rng.between(0, 99999999)),
                completed || arrived
                    ? std::string(kTechnicians[static_cast<std::size_t>(rng.between(0, kTechnicians.size() - 1))])
                    : std::string(),
                description,
            };
            for (std::size_t i = 0; i < fields.size(); ++i) {
                if (i > 0) {
                    out += ',';
                }
                appendField(out, fields[i], stats);
            }
            out += '\n';
            ++stats.orders;
        }
    }
    if (statsOut) {
        *statsOut = stats;
    }
    return out;
}

} // namespace propdesk::bench
