#include "security.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <tuple>

namespace propdesk::domain {

namespace {

constexpr Seconds kDay{24 * 3600};
constexpr Seconds kHour{3600};

constexpr std::array kRosterStatuses{RosterStatus::Draft, RosterStatus::Published};
constexpr std::array kRosterChanges{RosterChange::None, RosterChange::Swap, RosterChange::Leave,
                                    RosterChange::Substitute};
constexpr std::array kDutyEntryKinds{DutyEntryKind::Visitor, DutyEntryKind::Vehicle, DutyEntryKind::Incident};
constexpr std::array kIncidentTypes{IncidentType::SecurityCase, IncidentType::Fire, IncidentType::Violation,
                                    IncidentType::Other};

struct IncidentAlias
{
    std::string_view text;
    IncidentType value;
};

constexpr std::array kIncidentAliases{
    IncidentAlias{"治安案件", IncidentType::SecurityCase},
    IncidentAlias{"火情", IncidentType::Fire},
    IncidentAlias{"火警", IncidentType::Fire},
    IncidentAlias{"违章", IncidentType::Violation},
    IncidentAlias{"其他", IncidentType::Other},
};

template <typename T, std::size_t N, typename KeyOf>
std::optional<T> parseKey(std::string_view text, const std::array<T, N>& values, KeyOf keyOf)
{
    for (const T value : values) {
        if (keyOf(value) == text) {
            return value;
        }
    }
    return std::nullopt;
}

bool blank(std::string_view text)
{
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

std::int64_t floorMod(std::int64_t value, std::int64_t modulus)
{
    const auto r = value % modulus;
    return r < 0 ? r + modulus : r;
}

std::string slotName(const SlotKey& key)
{
    return fmt::format("{} {} {}", formatDate(key.day), key.shift, key.post);
}

// The slot each squad holds in the period of `day`: an index into shifts followed by the rest slots.
std::optional<std::size_t> slotOf(const SecuritySetup& setup, std::size_t squad, Date day)
{
    if (squad >= setup.squads.size()) {
        return std::nullopt;
    }
    const auto cycle = static_cast<std::int64_t>(std::max(setup.squads.size(), setup.shifts.size()));
    const auto moved = rotationPeriod(setup.rotation, day) - rotationPeriod(setup.rotation, setup.rotation.anchor);
    const auto step = setup.rotation.direction == RotationDirection::Forward ? moved : -moved;
    return static_cast<std::size_t>(floorMod(static_cast<std::int64_t>(squad) + step, cycle));
}

template <typename T>
Result<void> checkCodes(const std::vector<T>& items, std::string_view part)
{
    std::set<std::string_view> seen;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto field = fmt::format("{}[{}].code", part, i);
        if (blank(items[i].code)) {
            return fail(ErrorCode::InvalidInput, "the code is empty", field);
        }
        if (!seen.insert(items[i].code).second) {
            return fail(ErrorCode::InvalidInput, fmt::format("the code '{}' is used twice", items[i].code), field);
        }
    }
    return {};
}

} // namespace

bool PostDefinition::staffedIn(std::string_view shift) const
{
    return shifts.empty() || std::find(shifts.begin(), shifts.end(), shift) != shifts.end();
}

Result<void> SecuritySetup::validate() const
{
    if (shifts.empty()) {
        return fail(ErrorCode::InvalidInput, "define at least one shift", "shifts");
    }
    if (auto ok = checkCodes(shifts, "shifts"); !ok) {
        return ok;
    }
    for (std::size_t i = 0; i < shifts.size(); ++i) {
        if (shifts[i].start < Seconds{0} || shifts[i].start >= kDay) {
            return fail(ErrorCode::InvalidInput, "must be from 00:00 to before 24:00",
                        fmt::format("shifts[{}].start", i));
        }
        if (shifts[i].length < kHour || shifts[i].length > kDay) {
            return fail(ErrorCode::InvalidInput, "must be 1 to 24 hours", fmt::format("shifts[{}].length", i));
        }
    }
    if (auto ok = checkCodes(posts, "posts"); !ok) {
        return ok;
    }
    for (std::size_t i = 0; i < posts.size(); ++i) {
        for (const auto& s : posts[i].shifts) {
            if (!shift(s)) {
                return fail(ErrorCode::InvalidInput, fmt::format("unknown shift '{}'", s),
                            fmt::format("posts[{}].shifts", i));
            }
        }
    }
    if (auto ok = checkCodes(squads, "squads"); !ok) {
        return ok;
    }
    std::set<StaffId> guards;
    for (std::size_t i = 0; i < squads.size(); ++i) {
        for (const auto guard : squads[i].guards) {
            if (!guards.insert(guard).second) {
                return fail(ErrorCode::InvalidInput, "a guard can be in only one squad, once",
                            fmt::format("squads[{}].guards", i));
            }
        }
    }
    if (rotation.days.empty()) {
        return fail(ErrorCode::InvalidInput, "give at least one rotation day", "rotation.days");
    }
    for (std::size_t i = 0; i < rotation.days.size(); ++i) {
        const int d = rotation.days[i];
        if (d < 1 || d > 28 || (i > 0 && d <= rotation.days[i - 1])) {
            return fail(ErrorCode::InvalidInput, "rotation days must be 1 to 28, in ascending order", "rotation.days");
        }
    }
    if (!rotation.anchor.ok()) {
        return fail(ErrorCode::InvalidInput, "not a valid calendar date", "rotation.anchor");
    }
    if (minimumRest < Seconds{0} || minimumRest > kDay) {
        return fail(ErrorCode::InvalidInput, "must be 0 to 24 hours", "minimumRest");
    }
    if (nightSpotChecksPerMonth < 0) {
        return fail(ErrorCode::InvalidInput, "must not be negative", "nightSpotChecksPerMonth");
    }
    return {};
}

const ShiftDefinition* SecuritySetup::shift(std::string_view code) const
{
    const auto it = std::find_if(shifts.begin(), shifts.end(), [&](const auto& s) { return s.code == code; });
    return it == shifts.end() ? nullptr : &*it;
}

const PostDefinition* SecuritySetup::post(std::string_view code) const
{
    const auto it = std::find_if(posts.begin(), posts.end(), [&](const auto& p) { return p.code == code; });
    return it == posts.end() ? nullptr : &*it;
}

const Squad* SecuritySetup::squad(std::string_view code) const
{
    const auto it = std::find_if(squads.begin(), squads.end(), [&](const auto& s) { return s.code == code; });
    return it == squads.end() ? nullptr : &*it;
}

std::vector<const PostDefinition*> SecuritySetup::postsOf(std::string_view shift) const
{
    std::vector<const PostDefinition*> out;
    for (const auto& p : posts) {
        if (p.staffedIn(shift)) {
            out.push_back(&p);
        }
    }
    return out;
}

SecuritySetup defaultSecuritySetup(SiteId site)
{
    SecuritySetup setup;
    setup.site = site;
    const auto addShift = [&](std::string code, std::string name, int hour) {
        ShiftDefinition s;
        s.code = std::move(code);
        s.name = std::move(name);
        s.start = Seconds{hour * 3600};
        s.length = Seconds{8 * 3600};
        setup.shifts.push_back(std::move(s));
    };
    addShift("early", "早班", 7);
    addShift("middle", "中班", 15);
    addShift("night", "夜班", 23);
    const auto addPost = [&](std::string code, std::string name) {
        PostDefinition p;
        p.code = std::move(code);
        p.name = std::move(name);
        setup.posts.push_back(std::move(p));
    };
    addPost("lobby", "大堂岗");
    addPost("patrol", "巡逻岗");
    addPost("car_park", "车场岗");
    addPost("gate", "道口岗");
    return setup;
}

std::int64_t rotationPeriod(const RotationRule& rule, Date day)
{
    static const std::vector<int> kFirstOnly{1};
    const auto& days = rule.days.empty() ? kFirstOnly : rule.days;
    const auto n = static_cast<std::int64_t>(days.size());
    const auto d = static_cast<int>(static_cast<unsigned>(day.day()));
    std::int64_t index = -1; // before the first rotation day: the previous month's last period
    for (std::size_t i = 0; i < days.size(); ++i) {
        if (days[i] <= d) {
            index = static_cast<std::int64_t>(i);
        }
    }
    const auto months = static_cast<std::int64_t>(static_cast<int>(day.year())) * 12 +
                        static_cast<std::int64_t>(static_cast<unsigned>(day.month())) - 1;
    return months * n + index;
}

std::optional<std::size_t> squadShift(const SecuritySetup& setup, std::size_t squad, Date day)
{
    const auto slot = slotOf(setup, squad, day);
    if (!slot || *slot >= setup.shifts.size()) {
        return std::nullopt;
    }
    return slot;
}

std::optional<std::size_t> shiftSquad(const SecuritySetup& setup, std::size_t shift, Date day)
{
    if (shift >= setup.shifts.size()) {
        return std::nullopt;
    }
    for (std::size_t i = 0; i < setup.squads.size(); ++i) {
        if (slotOf(setup, i, day) == shift) {
            return i;
        }
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------------
// Roster

std::string_view rosterStatusKey(RosterStatus status)
{
    switch (status) {
    case RosterStatus::Draft:
        return "draft";
    case RosterStatus::Published:
        return "published";
    }
    return "draft";
}

std::string_view rosterChangeKey(RosterChange change)
{
    switch (change) {
    case RosterChange::None:
        return "none";
    case RosterChange::Swap:
        return "swap";
    case RosterChange::Leave:
        return "leave";
    case RosterChange::Substitute:
        return "substitute";
    }
    return "none";
}

std::optional<RosterStatus> parseRosterStatus(std::string_view key)
{
    return parseKey(key, kRosterStatuses, rosterStatusKey);
}

std::optional<RosterChange> parseRosterChange(std::string_view key)
{
    return parseKey(key, kRosterChanges, rosterChangeKey);
}

RosterSlot* Roster::find(const SlotKey& key)
{
    const auto it = std::find_if(assignments.begin(), assignments.end(), [&](const auto& s) { return s.key == key; });
    return it == assignments.end() ? nullptr : &*it;
}

const RosterSlot* Roster::find(const SlotKey& key) const
{
    const auto it = std::find_if(assignments.begin(), assignments.end(), [&](const auto& s) { return s.key == key; });
    return it == assignments.end() ? nullptr : &*it;
}

Result<Roster> generateRoster(const SecuritySetup& setup, date::year_month month)
{
    if (auto ok = setup.validate(); !ok) {
        return std::unexpected(ok.error());
    }
    Roster roster;
    roster.site = setup.site;
    roster.month = month;
    const auto last = static_cast<unsigned>((month / date::last).day());
    for (unsigned d = 1; d <= last; ++d) {
        const Date day = month / date::day{d};
        for (std::size_t s = 0; s < setup.shifts.size(); ++s) {
            const auto& shift = setup.shifts[s];
            const auto squad = shiftSquad(setup, s, day);
            const auto posts = setup.postsOf(shift.code);
            for (std::size_t k = 0; k < posts.size(); ++k) {
                RosterSlot slot;
                slot.key.day = day;
                slot.key.shift = shift.code;
                slot.key.post = posts[k]->code;
                if (squad) {
                    const auto& sq = setup.squads[*squad];
                    slot.squad = sq.code;
                    if (k < sq.guards.size()) {
                        slot.planned = sq.guards[k];
                        slot.guard = sq.guards[k];
                    }
                }
                roster.assignments.push_back(std::move(slot));
            }
        }
    }
    return roster;
}

namespace {

Result<RosterSlot*> editable(Roster& roster, const SlotKey& key)
{
    auto* slot = roster.find(key);
    if (!slot) {
        return fail(ErrorCode::NotFound, "the roster has no such slot", "slot", slotName(key));
    }
    return slot;
}

Result<void> checkNote(const SlotKey& key, const std::string& note)
{
    if (blank(note)) {
        return fail(ErrorCode::InvalidInput, "give the reason for the change", "note", slotName(key));
    }
    return {};
}

auto unchanged(const SlotKey& key)
{
    return fail(ErrorCode::InvalidInput, "changes nothing", "guard", slotName(key));
}

} // namespace

Result<void> swapSlots(Roster& roster, const SlotKey& a, const SlotKey& b, const std::string& note)
{
    auto first = editable(roster, a);
    if (!first) {
        return std::unexpected(first.error());
    }
    auto second = editable(roster, b);
    if (!second) {
        return std::unexpected(second.error());
    }
    if (auto ok = checkNote(a, note); !ok) {
        return ok;
    }
    if (*first == *second || (*first)->guard == (*second)->guard) {
        return unchanged(a);
    }
    std::swap((*first)->guard, (*second)->guard);
    for (auto* slot : {*first, *second}) {
        slot->change = RosterChange::Swap;
        slot->note = note;
    }
    return {};
}

Result<void> markLeave(Roster& roster, const SlotKey& key, std::optional<StaffId> substitute, const std::string& note)
{
    auto slot = editable(roster, key);
    if (!slot) {
        return std::unexpected(slot.error());
    }
    if (auto ok = checkNote(key, note); !ok) {
        return ok;
    }
    if ((*slot)->guard == substitute) {
        return unchanged(key);
    }
    (*slot)->guard = substitute;
    (*slot)->change = RosterChange::Leave;
    (*slot)->note = note;
    return {};
}

Result<void> substituteGuard(Roster& roster, const SlotKey& key, StaffId guard, const std::string& note)
{
    auto slot = editable(roster, key);
    if (!slot) {
        return std::unexpected(slot.error());
    }
    if (auto ok = checkNote(key, note); !ok) {
        return ok;
    }
    if ((*slot)->guard == guard) {
        return unchanged(key);
    }
    (*slot)->guard = guard;
    (*slot)->change = RosterChange::Substitute;
    (*slot)->note = note;
    return {};
}

std::string_view rosterConflictKey(RosterConflictKind kind)
{
    switch (kind) {
    case RosterConflictKind::DoubleBooked:
        return "double_booked";
    case RosterConflictKind::ShortRest:
        return "short_rest";
    case RosterConflictKind::EmptyPost:
        return "empty_post";
    }
    return "empty_post";
}

std::pair<Instant, Instant> shiftInterval(const ShiftDefinition& shift, Date day, const TimeZone& zone)
{
    const auto start = zone.fromLocalLenient(date::local_days{day} + shift.start);
    return {start, start + shift.length};
}

std::vector<RosterConflict> findConflicts(const SecuritySetup& setup, const TimeZone& zone, const Roster& roster,
                                          std::span<const RosterSlot> before)
{
    struct Timed
    {
        const RosterSlot* slot = nullptr;
        std::size_t order = 0; // before's slots first, then the roster's, each in their own order
        bool inRoster = false;
        Instant start;
        Instant end;
    };
    std::map<StaffId, std::vector<Timed>> byGuard;
    std::vector<RosterConflict> conflicts;
    std::size_t order = 0;
    const auto add = [&](const RosterSlot& slot, bool inRoster) {
        const auto* shift = setup.shift(slot.key.shift);
        if (!shift) {
            return;
        }
        if (!slot.guard) {
            if (inRoster) {
                RosterConflict c;
                c.kind = RosterConflictKind::EmptyPost;
                c.slot = slot.key;
                conflicts.push_back(std::move(c));
            }
            return;
        }
        const auto [start, end] = shiftInterval(*shift, slot.key.day, zone);
        Timed t;
        t.slot = &slot;
        t.order = order++;
        t.inRoster = inRoster;
        t.start = start;
        t.end = end;
        byGuard[*slot.guard].push_back(t);
    };
    for (const auto& slot : before) {
        add(slot, false);
    }
    for (const auto& slot : roster.assignments) {
        add(slot, true);
    }

    for (auto& [guard, slots] : byGuard) {
        std::sort(slots.begin(), slots.end(), [](const Timed& a, const Timed& b) {
            return a.start != b.start ? a.start < b.start : a.order < b.order;
        });
        for (std::size_t j = 1; j < slots.size(); ++j) {
            const auto& later = slots[j];
            const Timed* overlapping = nullptr;
            const Timed* latestEnd = nullptr;
            for (std::size_t i = 0; i < j; ++i) {
                if (!overlapping && later.start < slots[i].end) {
                    overlapping = &slots[i];
                }
                if (!latestEnd || slots[i].end >= latestEnd->end) {
                    latestEnd = &slots[i];
                }
            }
            if (!later.inRoster) {
                continue;
            }
            RosterConflict c;
            c.slot = later.slot->key;
            c.guard = guard;
            if (overlapping) {
                c.kind = RosterConflictKind::DoubleBooked;
                c.other = overlapping->slot->key;
            } else if (const auto gap = later.start - latestEnd->end; gap < setup.minimumRest) {
                c.kind = RosterConflictKind::ShortRest;
                c.other = latestEnd->slot->key;
                c.rest = gap;
            } else {
                continue;
            }
            conflicts.push_back(std::move(c));
        }
    }

    const auto indexOf = [](const auto& items, const std::string& code) {
        const auto it = std::find_if(items.begin(), items.end(), [&](const auto& x) { return x.code == code; });
        return static_cast<std::size_t>(it - items.begin());
    };
    std::stable_sort(conflicts.begin(), conflicts.end(), [&](const RosterConflict& a, const RosterConflict& b) {
        const auto key = [&](const RosterConflict& c) {
            return std::tuple(date::sys_days{c.slot.day}, indexOf(setup.shifts, c.slot.shift),
                              indexOf(setup.posts, c.slot.post));
        };
        return key(a) < key(b);
    });
    return conflicts;
}

// ---------------------------------------------------------------------------------------------------
// Guard tours

int PatrolRoute::rounds(std::string_view shift) const
{
    for (const auto& [code, count] : roundsPerShift) {
        if (code == shift) {
            return count;
        }
    }
    return 0;
}

Result<void> PatrolRoute::validate(const SecuritySetup& setup) const
{
    const auto bad = [&](std::string message, std::string field) {
        return fail(ErrorCode::InvalidInput, std::move(message), std::move(field), code);
    };
    if (blank(code)) {
        return bad("the code is empty", "code");
    }
    if (blank(name)) {
        return bad("the name is empty", "name");
    }
    if (checkpoints.empty()) {
        return bad("add at least one checkpoint", "checkpoints");
    }
    if (auto ok = checkCodes(checkpoints, "checkpoints"); !ok) {
        auto error = ok.error();
        error.record = code;
        return std::unexpected(std::move(error));
    }
    if (roundLength <= Seconds{0}) {
        return bad("must be longer than zero", "roundLength");
    }
    if (tolerance < Seconds{0}) {
        return bad("must not be negative", "tolerance");
    }
    std::set<std::string_view> seen;
    for (const auto& [shiftCode, count] : roundsPerShift) {
        const auto* shift = setup.shift(shiftCode);
        if (!shift) {
            return bad(fmt::format("unknown shift '{}'", shiftCode), "roundsPerShift");
        }
        if (!seen.insert(shiftCode).second) {
            return bad(fmt::format("the shift '{}' is listed twice", shiftCode), "roundsPerShift");
        }
        if (count < 1 || count > 48) {
            return bad("rounds per shift must be 1 to 48", "roundsPerShift");
        }
        const auto spacing = Seconds{shift->length.count() / count};
        if (roundLength + 2 * tolerance > spacing) {
            return bad(fmt::format("round length plus twice the tolerance must fit in the {} minutes between two "
                                   "rounds of shift '{}'",
                                   spacing.count() / 60, shiftCode),
                       "tolerance");
        }
    }
    return {};
}

std::vector<const PatrolRoute*> routesInForce(std::span<const PatrolRoute> versions, Date day)
{
    std::map<std::string_view, const PatrolRoute*> latest;
    for (const auto& v : versions) {
        if (date::sys_days{v.effectiveFrom} > date::sys_days{day}) {
            continue;
        }
        auto& current = latest[v.code];
        if (!current || date::sys_days{v.effectiveFrom} > date::sys_days{current->effectiveFrom} ||
            (v.effectiveFrom == current->effectiveFrom && v.id.value >= current->id.value)) {
            current = &v;
        }
    }
    std::vector<const PatrolRoute*> out;
    for (const auto& [code, route] : latest) {
        if (route->active) {
            out.push_back(route);
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------
// Duty log

std::string_view dutyEntryKindKey(DutyEntryKind kind)
{
    switch (kind) {
    case DutyEntryKind::Visitor:
        return "visitor";
    case DutyEntryKind::Vehicle:
        return "vehicle";
    case DutyEntryKind::Incident:
        return "incident";
    }
    return "visitor";
}

std::string_view incidentTypeKey(IncidentType type)
{
    switch (type) {
    case IncidentType::SecurityCase:
        return "security_case";
    case IncidentType::Fire:
        return "fire";
    case IncidentType::Violation:
        return "violation";
    case IncidentType::Other:
        return "other";
    }
    return "other";
}

std::optional<DutyEntryKind> parseDutyEntryKind(std::string_view key)
{
    return parseKey(key, kDutyEntryKinds, dutyEntryKindKey);
}

std::optional<IncidentType> parseIncidentType(std::string_view text)
{
    if (auto type = parseKey(text, kIncidentTypes, incidentTypeKey)) {
        return type;
    }
    for (const auto& alias : kIncidentAliases) {
        if (alias.text == text) {
            return alias.value;
        }
    }
    return std::nullopt;
}

Result<void> DutyEntry::validate() const
{
    const auto bad = [&](std::string message, std::string field) {
        return fail(ErrorCode::InvalidInput, std::move(message), std::move(field), subject);
    };
    if (kind == DutyEntryKind::Incident) {
        if (!incident) {
            return bad("give the type of incident", "incident");
        }
        if (blank(subject)) {
            return bad("give the incident a title", "subject");
        }
    } else {
        if (blank(subject)) {
            return bad(kind == DutyEntryKind::Visitor ? "give the visitor's name" : "give the plate number", "subject");
        }
        if (incident) {
            return bad("only incidents have a type", "incident");
        }
        if (!handling.empty() || !outcome.empty() || handledAt) {
            return bad("only incidents record handling", handledAt ? "handledAt" : "handling");
        }
    }
    if (leftAt && *leftAt < at) {
        return bad("is before the time in", "leftAt");
    }
    if (handledAt && *handledAt < at) {
        return bad("is before the incident happened", "handledAt");
    }
    return {};
}

bool isNightTime(const SecuritySetup& setup, Seconds timeOfDay)
{
    return std::any_of(setup.shifts.begin(), setup.shifts.end(), [&](const ShiftDefinition& s) {
        return s.crossesMidnight() && (timeOfDay >= s.start || timeOfDay < s.start + s.length - kDay);
    });
}

} // namespace propdesk::domain
