#pragma once

#include "error.h"
#include "ids.h"
#include "time.h"
#include "timezone.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// The security team of a site (DIGEST §3, docs/security-operations.md): three-shift rosters, posts,
// guard tours, handovers, the duty log and night spot checks.
namespace propdesk::domain {

// A shift of the roster. The defaults are early 07:00–15:00, middle 15:00–23:00 and night 23:00–07:00.
struct ShiftDefinition
{
    std::string code;         // unique within the site: "early"
    std::string name;         // what the sheet prints: "早班"
    Seconds start{0};         // since local midnight, 0 ≤ start < 24 h
    Seconds length{8 * 3600}; // 1 h … 24 h; a shift whose start + length passes midnight ends the next day

    bool crossesMidnight() const { return start + length > Seconds{24 * 3600}; }
};

// A post (岗位) staffed on some shifts: lobby, patrol, car park, gate.
struct PostDefinition
{
    std::string code;                // unique within the site: "lobby"
    std::string name;                // "大堂岗"
    std::vector<std::string> shifts; // the shift codes the post is staffed in; empty: every shift

    bool staffedIn(std::string_view shift) const;
};

// A squad (护卫班) of guards who work the same shift.
struct Squad
{
    std::string code; // unique within the site: "1"
    std::string name; // "护卫一班"
    // In post order: on a shift, the i-th guard takes the i-th post staffed in that shift; guards beyond
    // the posts are the squad's reserve. The first is the squad leader (班长).
    std::vector<StaffId> guards;
};

enum class RotationDirection
{
    Forward,  // early → middle → night (→ rest) → early
    Backward, // night → middle → early
};

// Squads take turns on the shifts. The month is cut into rotation periods that start on `days`; on the
// first day of every period each squad moves to the next slot of the cycle. The slots are the shifts in
// setup order followed by one rest slot for each squad beyond the number of shifts. In the period that
// contains `anchor`, squad i (setup order) holds slot i.
struct RotationRule
{
    std::vector<int> days{1, 11, 21}; // ascending, each 1 … 28 so that every month has them
    RotationDirection direction = RotationDirection::Forward;
    Date anchor{date::year{2026} / 1 / 1};
};

// How a site's security team works; one per site, edited by the security supervisor.
struct SecuritySetup
{
    SiteId site;
    std::vector<ShiftDefinition> shifts; // in forward rotation order
    std::vector<PostDefinition> posts;   // in the order the sheet prints them
    std::vector<Squad> squads;
    RotationRule rotation;
    // Conflict check: the least time between the end of a guard's shift and the start of the next.
    Seconds minimumRest{8 * 3600};
    // The night spot checks management owes each month (003 制度4 §一).
    int nightSpotChecksPerMonth = 4;

    // Codes non-empty and unique, shift times in range, posts naming known shifts, rotation days valid, a
    // guard in one squad only, minimum rest 0 … 24 h, spot checks ≥ 0. The error's field names the part:
    // "shifts[1].start", "squads[0].guards", "rotation.days".
    Result<void> validate() const;
    const ShiftDefinition* shift(std::string_view code) const;
    const PostDefinition* post(std::string_view code) const;
    const Squad* squad(std::string_view code) const;
    // The posts staffed in `shift`, in setup order.
    std::vector<const PostDefinition*> postsOf(std::string_view shift) const;
};

// Three shifts (early, middle, night) and four posts (lobby, patrol, car_park, gate) with Chinese names;
// no squads: those are the site's guards.
SecuritySetup defaultSecuritySetup(SiteId site);

// The rotation period `day` belongs to, counted from a fixed origin: consecutive periods have consecutive
// numbers, across months and years.
std::int64_t rotationPeriod(const RotationRule& rule, Date day);
// The index into setup.shifts of the shift `squad` (index into setup.squads) works on `day`; none: it
// rests.
std::optional<std::size_t> squadShift(const SecuritySetup& setup, std::size_t squad, Date day);
// The squad working shift `shift` (index into setup.shifts) on `day`; none when no squad has that slot.
std::optional<std::size_t> shiftSquad(const SecuritySetup& setup, std::size_t shift, Date day);

// ---------------------------------------------------------------------------------------------------
// Roster

enum class RosterStatus
{
    Draft,     // generated, being edited
    Published, // handed to the squads; still editable, every edit flagged
};

// Why a slot's guard differs from the generated plan.
enum class RosterChange
{
    None,
    Swap,       // exchanged with another slot
    Leave,      // the planned guard is on leave; a substitute or nobody
    Substitute, // another guard works it
};

std::string_view rosterStatusKey(RosterStatus status); // draft published
std::string_view rosterChangeKey(RosterChange change); // none swap leave substitute
std::optional<RosterStatus> parseRosterStatus(std::string_view key);
std::optional<RosterChange> parseRosterChange(std::string_view key);

// A post on a shift on a day.
struct SlotKey
{
    Date day; // the local date the shift starts on
    std::string shift;
    std::string post;
    bool operator==(const SlotKey&) const = default;
};

struct RosterSlot
{
    SlotKey key;
    std::string squad;              // the squad on the shift that day; empty: no squad has the slot
    std::optional<StaffId> planned; // as generated
    std::optional<StaffId> guard;   // who works it; none: the post is empty
    RosterChange change = RosterChange::None;
    std::string note; // the reason given for the edit
};

// A month's roster: one slot per day, shift (setup order) and post staffed in it (setup order), for the
// shifts that start in the month. The night shift of the last day ends in the next month.
struct Roster
{
    RosterId id;
    SiteId site;
    date::year_month month{date::year{2026}, date::month{1}};
    RosterStatus status = RosterStatus::Draft;
    std::vector<RosterSlot> assignments; // one per slot, in that order
    Instant generatedAt;
    std::string generatedBy;
    std::optional<Instant> publishedAt;
    std::string publishedBy;

    RosterSlot* find(const SlotKey& key);
    const RosterSlot* find(const SlotKey& key) const;
};

// The month's roster from the rotation rule (status Draft, no id, generatedAt/By left to the caller).
// InvalidInput when the setup does not validate.
Result<Roster> generateRoster(const SecuritySetup& setup, date::year_month month);

// Edits of a roster, checked and applied in memory; the service stores and audits them. Each refuses an
// unknown slot (NotFound, field "slot"), an empty note (field "note") and a change that changes nothing.
// Exchanges the guards of two slots; both are marked Swap.
Result<void> swapSlots(Roster& roster, const SlotKey& a, const SlotKey& b, const std::string& note);
// The slot's guard is on leave: `substitute` works it instead, or the post stays empty. Marked Leave.
Result<void> markLeave(Roster& roster, const SlotKey& key, std::optional<StaffId> substitute, const std::string& note);
// Another guard works the slot. Marked Substitute.
Result<void> substituteGuard(Roster& roster, const SlotKey& key, StaffId guard, const std::string& note);

enum class RosterConflictKind
{
    DoubleBooked, // a guard on two slots whose shifts overlap: blocks publishing
    ShortRest,    // less than the minimum rest between two shifts of a guard: a warning
    EmptyPost,    // a slot with no guard: a warning
};
std::string_view rosterConflictKey(RosterConflictKind kind); // double_booked short_rest empty_post

struct RosterConflict
{
    RosterConflictKind kind = RosterConflictKind::EmptyPost;
    SlotKey slot;
    std::optional<StaffId> guard;
    std::optional<SlotKey> other; // the other slot of a double booking or a short rest (the earlier one)
    Seconds rest{0};              // ShortRest: the time between the two shifts

    bool blocksPublishing() const { return kind == RosterConflictKind::DoubleBooked; }
};

// The local start and end of a slot's shift in `zone` (skipped or repeated readings resolved leniently).
std::pair<Instant, Instant> shiftInterval(const ShiftDefinition& shift, Date day, const TimeZone& zone);

// Every conflict of `roster`, ordered by slot (day, shift, post). `before` are slots of the days before the
// month (the previous month's roster): a guard's shift there counts for rest and double booking against
// this month, so that a night shift crossing into the month is checked; conflicts are reported only for
// this month's slots. Slots naming a shift the setup does not know are ignored.
std::vector<RosterConflict> findConflicts(const SecuritySetup& setup, const TimeZone& zone, const Roster& roster,
                                          std::span<const RosterSlot> before = {});

// ---------------------------------------------------------------------------------------------------
// Guard tours

struct Checkpoint
{
    std::string code;     // what the device reports: unique within the route
    std::string name;     // "1号楼东门"
    std::string location; // where it is mounted
};

// A guard-tour route (巡更路线). Routes are versioned like rule sets: a change takes effect from a date and
// the rounds of earlier days keep the version then in force.
struct PatrolRoute
{
    RouteId id;
    SiteId site;
    std::string code; // unique within the site, shared by its versions
    std::string name;
    Date effectiveFrom{date::year{2000} / 1 / 1};
    std::vector<Checkpoint> checkpoints; // in the order they are walked
    // Shift code → rounds expected in that shift; a shift not named has none. Round i of n starts at
    // shift start + i × length / n.
    std::vector<std::pair<std::string, int>> roundsPerShift;
    Seconds roundLength{45 * 60}; // the time allowed to walk a round
    Seconds tolerance{10 * 60};   // a round may start this much before or after its planned start
    bool active = true;           // a version with active = false retires the route from its date

    int rounds(std::string_view shift) const;
    // Code and name given, at least one checkpoint, checkpoint codes non-empty and unique, shifts known to
    // `setup`, rounds 1 … 48, round length > 0, tolerance ≥ 0, and round length + 2 × tolerance no longer
    // than the spacing of the rounds (so that the windows of two rounds never overlap).
    Result<void> validate(const SecuritySetup& setup) const;
};

// The route version in force on `day` among `versions` (any order, any codes): for each code the version
// with the latest effectiveFrom on or before `day`, when it is active. Ordered by code.
std::vector<const PatrolRoute*> routesInForce(std::span<const PatrolRoute> versions, Date day);

// One checkpoint scan, entered by hand or imported from a guard-tour device's export.
struct PatrolScan
{
    PatrolScanId id;
    SiteId site;
    std::string checkpoint; // checkpoint code
    Instant at;
    std::string guard;  // the guard's name or card number, as the device gives it
    std::string source; // "manual", or the name of the imported file
    Instant recordedAt;
    std::string recordedBy;
};

// ---------------------------------------------------------------------------------------------------
// Handover log (交接班)

// The handover at the start of `shift` on `day`: the outgoing leader hands over, the incoming leader takes
// over; each signs with a time.
struct Handover
{
    HandoverId id;
    SiteId site;
    Date day;
    std::string shift; // the incoming shift
    std::string outgoingLeader;
    std::optional<Instant> outgoingSignedAt;
    std::string incomingLeader;
    std::optional<Instant> incomingSignedAt;
    std::string notes; // what was handed over: keys, equipment, the state of the posts
    Instant recordedAt;
    std::string recordedBy;

    bool signedByBoth() const { return outgoingSignedAt.has_value() && incomingSignedAt.has_value(); }
};

// An open matter (a broken gate, an unknown car parked overnight) carried from handover to handover until
// it is closed.
struct HandoverItem
{
    HandoverItemId id;
    SiteId site;
    std::string text;
    Instant openedAt;
    std::string openedBy;
    std::optional<HandoverId> openedIn; // the handover it was raised at, if any
    std::optional<Instant> closedAt;
    std::string closedBy;
    std::string closingNote;

    bool openAt(Instant t) const { return openedAt <= t && (!closedAt || *closedAt > t); }
};

// ---------------------------------------------------------------------------------------------------
// Duty log (值班记录): visitors, unknown vehicles, incidents

enum class DutyEntryKind
{
    Visitor,
    Vehicle,
    Incident,
};

enum class IncidentType
{
    SecurityCase, // 治安案件: counts for the security incident rate
    Fire,
    Violation, // 违章
    Other,
};

std::string_view dutyEntryKindKey(DutyEntryKind kind); // visitor vehicle incident
std::string_view incidentTypeKey(IncidentType type);   // security_case fire violation other
std::optional<DutyEntryKind> parseDutyEntryKind(std::string_view key);
// The keys and the Chinese names (治安案件, 火情/火警, 违章, 其他).
std::optional<IncidentType> parseIncidentType(std::string_view text);

struct DutyEntry
{
    DutyEntryId id;
    SiteId site;
    DutyEntryKind kind = DutyEntryKind::Visitor;
    Instant at;                           // time in, or when the incident happened
    std::optional<Instant> leftAt;        // visitors and vehicles: time out
    std::string subject;                  // the visitor's name, the plate number, or the incident's title
    std::string detail;                   // whom visited and why, the vehicle, what happened
    std::string location;                 // where: the post, the building
    std::optional<IncidentType> incident; // incidents only
    std::string handling;                 // incidents: what was done
    std::string outcome;                  // incidents: how it ended
    std::optional<Instant> handledAt;     // incidents: when handling was finished
    Instant recordedAt;
    std::string recordedBy;

    // Visitors and vehicles need a subject; incidents a type and a subject; time out and handling not
    // before `at`; handling fields only on incidents.
    Result<void> validate() const;
};

// ---------------------------------------------------------------------------------------------------
// Spot checks (查岗)

struct SpotCheckFinding
{
    std::string post;       // post code
    std::string finding;    // what was wrong: asleep, absent, log not kept
    std::string corrective; // the corrective note (a nonconformance once inspections exist)
};

struct SpotCheck
{
    SpotCheckId id;
    SiteId site;
    Instant at;
    std::string checker;                    // who checked: the manager, the supervisor
    bool night = false;                     // during a shift that crosses midnight, fixed when recorded
    std::vector<std::string> posts;         // the post codes visited
    std::vector<SpotCheckFinding> findings; // empty: everything in order
    std::string notes;
    Instant recordedAt;
    std::string recordedBy;
};

// Whether a local time of day falls in a shift that crosses midnight (a night shift) of `setup`.
bool isNightTime(const SecuritySetup& setup, Seconds timeOfDay);

} // namespace propdesk::domain
