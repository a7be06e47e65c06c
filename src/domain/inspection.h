#pragma once

#include "error.h"
#include "ids.h"
#include "time.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// Cleaning and greening inspections (DIGEST §4, docs/inspections.md): templates of check items, daily
// sheets (日检), the monthly sample (月检), nonconformances to closure, and the subcontractors who do the
// work.
namespace propdesk::domain {

// ---------------------------------------------------------------------------------------------------
// Templates

// The area types of 003 制度4 §二.3, each with its default template.
enum class AreaType
{
    Ground,         // 首层地面及绿化带: ground and green belts
    Lobby,          // 首层大堂: lobby floors and walls
    StandardFloors, // 标准层: corridors, tiles, hydrants, fire doors, vents, handrails, bin points
    Offices,        // 写字楼标准层: corridors, toilets, pantries
    Drains,         // 下水道、沙井、污水井: drains and wells
    CarPark,        // 地下停车场: pipes, ceiling, floor
    Roofs,          // 天台、设备层: roofs and plant floors
    StainlessSteel, // 不锈钢: lift cars, lift doors, warning signs and rails
    RefusePoints,   // 垃圾收集点: refuse cleared daily
};
std::span<const AreaType> allAreaTypes();
// ground lobby standard_floors offices drains car_park roofs stainless_steel refuse_points
std::string_view areaTypeKey(AreaType type);
std::optional<AreaType> parseAreaType(std::string_view key);

// The contracted service an item checks; the cleaning rate counts cleaning items, the greening intact
// rate greening items.
enum class InspectionService
{
    Cleaning,
    Greening,
};
std::string_view inspectionServiceKey(InspectionService service); // cleaning greening
std::optional<InspectionService> parseInspectionService(std::string_view key);

// What an item's weight measures.
enum class WeightUnit
{
    SquareMetre, // m²
    Metre,       // m
    Count,       // wells, lift cars, floors, points
};
std::string_view weightUnitKey(WeightUnit unit); // m2 m count
std::optional<WeightUnit> parseWeightUnit(std::string_view key);

// One line of a sheet: what is checked and the standard it must meet. The weight is the quantity the item
// covers in its unit (80 m² of ground, 20 m of drain, 5 wells); the rates add the weights of the items
// that met the standard and divide by the weights of the items inspected (docs/inspections.md).
struct CheckItem
{
    std::string code;     // unique within the template: "G1"
    std::string text;     // "地面" / what is checked
    std::string standard; // "无垃圾、无积水、无污渍"
    InspectionService service = InspectionService::Cleaning;
    WeightUnit unit = WeightUnit::SquareMetre;
    std::int64_t weight = 1; // ≥ 1, in `unit`
};

// How the monthly sample takes this area type (003 制度4 §二.3).
enum class SampleScope
{
    Site,        // once for the site (refuse points, drains and wells, the car park)
    GroundZone,  // one ground zone, a different one each month
    Buildings,   // `buildings` buildings, rotating each month (0: every building)
    EachBuilding // every building, `floors` standard floors of each, rotating each month
};
std::string_view sampleScopeKey(SampleScope scope); // site ground_zone buildings each_building
std::optional<SampleScope> parseSampleScope(std::string_view key);

struct SampleRule
{
    SampleScope scope = SampleScope::Site;
    int buildings = 0;            // Buildings: how many (0: all)
    int floors = 0;               // EachBuilding (and Buildings): standard floors sampled per building (0: none)
    bool officesOnly = false;     // only office towers (写字楼)
    bool residentialOnly = false; // only residential buildings
};

// A template of one area type. Templates are per site and versioned like patrol routes: saving makes a
// version effective from a date, and sheets copy the items they were made from, so editing a template
// never changes a recorded sheet.
struct InspectionTemplate
{
    TemplateId id; // 0 for the built-in defaults, not stored yet
    SiteId site;
    AreaType area = AreaType::Ground;
    std::string name; // "首层地面及绿化带"
    Date effectiveFrom{date::year{2000} / 1 / 1};
    std::vector<CheckItem> items;
    SampleRule sample;
    bool active = true; // a version with active = false retires the area type from its date
    Instant savedAt;
    std::string savedBy;

    // Name given, at least one item, item codes non-empty and unique, text given, weights ≥ 1, sample
    // numbers ≥ 0, not both officesOnly and residentialOnly. Field names: "items[2].weight", "sample.floors".
    Result<void> validate() const;
    const CheckItem* item(std::string_view code) const;
};

// The nine default templates, written from 003 制度4 §二.3 and 制度7 §2.2 (docs/inspections.md lists
// them), for `site`, effective from 2000-01-01, ids 0.
std::vector<InspectionTemplate> defaultInspectionTemplates(SiteId site);

// The version of each area type in force on `day` among `versions` (any order): for each area type the
// version with the latest effectiveFrom on or before `day`, when it is active. In allAreaTypes() order.
std::vector<const InspectionTemplate*> templatesInForce(std::span<const InspectionTemplate> versions, Date day);

// ---------------------------------------------------------------------------------------------------
// The site as the inspections see it

enum class BuildingKind
{
    Residential,
    Office, // 写字楼: the office template samples 10 floors per tower
};
std::string_view buildingKindKey(BuildingKind kind); // residential office
std::optional<BuildingKind> parseBuildingKind(std::string_view key);

struct Building
{
    std::string code; // unique within the site: "1"
    std::string name; // "1栋"
    BuildingKind kind = BuildingKind::Residential;
    int firstStandardFloor = 2; // the standard floors are first … last
    int lastStandardFloor = 18;
    int lifts = 1;

    int standardFloors() const
    {
        return lastStandardFloor >= firstStandardFloor ? lastStandardFloor - firstStandardFloor + 1 : 0;
    }
};

// A part of the ground within the red line, sampled in turn (每次抽查的范围不同).
struct GroundZone
{
    std::string code;       // unique within the site: "N"
    std::string name;       // "北区中心花园"
    std::int64_t area = 80; // m²
};

// How a site's inspections work; one per site, edited by the cleaning supervisor.
struct InspectionSetup
{
    SiteId site;
    std::vector<Building> buildings;
    std::vector<GroundZone> groundZones;
    // A minor nonconformance that makes `clusterLimit` minor ones in the same area (sheet area type and
    // location) within `clusterDays` days needs a corrective action report, like a severe one.
    int clusterLimit = 3;
    int clusterDays = 30;
    // Days a monthly-sample nonconformance has for rectification (the daily ones: the same day).
    int monthlyRectifyDays = 7;
    // Written warnings within a rolling year that give the right to terminate the subcontract.
    int warningLimit = 3;

    // Codes non-empty and unique, floors first ≤ last, lifts ≥ 0, zone areas ≥ 1, clusterLimit ≥ 1,
    // clusterDays ≥ 1, monthlyRectifyDays ≥ 0, warningLimit ≥ 1. Field names: "buildings[1].code".
    Result<void> validate() const;
    const Building* building(std::string_view code) const;
    const GroundZone* groundZone(std::string_view code) const;
};

// No buildings, no zones, the numbers above.
InspectionSetup defaultInspectionSetup(SiteId site);

// ---------------------------------------------------------------------------------------------------
// Monthly sampling plan (月检)

// One sheet to fill in the month's sample: an area type at a place.
struct SampleTarget
{
    AreaType area = AreaType::Ground;
    std::string building;    // building code; empty for Site and GroundZone scopes
    std::string groundZone;  // zone code for GroundZone
    std::vector<int> floors; // the standard floors to check, ascending
    std::string location;    // what the sheet prints: "1栋 3、5、7…层", "北区中心花园 (80 m²)"
};

struct SamplingPlan
{
    SiteId site;
    date::year_month month{date::year{2026}, date::month{1}};
    std::vector<SampleTarget> targets; // templates in allAreaTypes() order, then buildings in setup order
    std::vector<std::string> notes;    // why a template has no target ("no office towers")
};

// The month's plan from the templates in force on the month's first day and the site's buildings and
// zones. Rotation is by the month's number counted from year 0 (m = year × 12 + month − 1):
// - GroundZone: zone m mod zones;
// - Buildings n: n consecutive buildings starting at (m × n) mod buildings, wrapping;
// - floors f of a building with s standard floors (f < s): the floors first + ((i × s) / f + m) mod s for
//   i = 0 … f − 1, sorted; every floor when f ≥ s.
SamplingPlan buildSamplingPlan(std::span<const InspectionTemplate> templates, const InspectionSetup& setup,
                               date::year_month month);

// ---------------------------------------------------------------------------------------------------
// Sheets

enum class SheetKind
{
    Daily,   // 日检 by the cleaning supervisor
    Monthly, // 月检 sample by the company
};
std::string_view sheetKindKey(SheetKind kind); // daily monthly
std::optional<SheetKind> parseSheetKind(std::string_view key);

enum class ItemResult
{
    Pending, // not checked yet
    Pass,
    Fail,
    NotApplicable,
};
std::string_view itemResultKey(ItemResult result); // pending pass fail not_applicable
std::optional<ItemResult> parseItemResult(std::string_view key);

enum class Severity
{
    Minor,  // 轻微不合格
    Severe, // 严重不合格
};
std::string_view severityKey(Severity severity); // minor severe
std::optional<Severity> parseSeverity(std::string_view key);

// A photo attached to a sheet line or to a rectification; the bytes are stored apart (PhotoId).
struct PhotoRef
{
    PhotoId id;
    std::string fileName; // as attached: "IMG_2031.jpg"
};

struct SheetLine
{
    CheckItem item; // copied from the template version
    ItemResult result = ItemResult::Pending;
    std::string note;
    std::vector<PhotoRef> photos;
    // A failure: how severe, and whether it was corrected on the spot (then its nonconformance is raised
    // already rectified, 制度13 §二.1).
    Severity severity = Severity::Minor;
    bool correctedOnSpot = false;
};

enum class SheetStatus
{
    Draft,  // being filled; saved as often as needed
    Signed, // signed off by the supervisor: read-only, changed only by an audited amendment
};
std::string_view sheetStatusKey(SheetStatus status); // draft signed
std::optional<SheetStatus> parseSheetStatus(std::string_view key);

struct InspectionSheet
{
    SheetId id;
    SiteId site;
    SheetKind kind = SheetKind::Daily;
    Date day; // the day inspected
    AreaType area = AreaType::Ground;
    std::string location; // daily: the place walked ("1栋", "北区"); monthly: the target's location
    std::optional<TemplateId> templateVersion; // none: the built-in defaults
    std::string inspector;
    std::vector<SheetLine> lines; // in template order
    SheetStatus status = SheetStatus::Draft;
    Instant createdAt;
    std::string createdBy;
    std::optional<Instant> signedAt;
    std::string signedBy;
    int amendments = 0; // amendments made after signing

    // Lines still Pending (a sheet is signed only with none).
    int pendingLines() const;
    int failedLines() const;
};

// A new daily or monthly sheet with the template's items, every line Pending.
InspectionSheet makeSheet(const InspectionTemplate& tmpl, SheetKind kind, Date day, std::string location);

// The weights of one service on a set of sheets: inspected = pass + fail (not applicable and pending lines
// left out), met = pass.
struct AreaScore
{
    std::int64_t met = 0;
    std::int64_t inspected = 0;
    std::optional<double> rate() const
    {
        return inspected > 0 ? std::optional<double>(static_cast<double>(met) / static_cast<double>(inspected))
                             : std::nullopt;
    }
};
AreaScore scoreSheet(const InspectionSheet& sheet, InspectionService service);

// An amendment of a signed sheet's line, kept with the sheet and in the audit log.
struct SheetAmendment
{
    SheetId sheet;
    int line = 0; // index into lines
    ItemResult before = ItemResult::Pending;
    ItemResult after = ItemResult::Pending;
    std::string noteBefore;
    std::string noteAfter;
    std::string reason;
    Instant at;
    std::string by;
};

// ---------------------------------------------------------------------------------------------------
// Nonconformances (不合格服务)

enum class NcState
{
    Open,      // raised, waiting for rectification
    Rectified, // the contractor says it is fixed: by whom, when, evidence
    Verified,  // the supervisor checked the rectification and accepts it
    Closed,    // closed after verification (and the corrective action report when one is required)
    Withdrawn, // the failure was amended away before rectification
};
std::string_view ncStateKey(NcState state); // open rectified verified closed withdrawn
std::optional<NcState> parseNcState(std::string_view key);

// 纠正措施报告: required for severe nonconformances and for minor ones that cluster.
struct CorrectiveActionReport
{
    std::string causeAnalysis;
    std::string action;
    std::string owner;
    Date due;
    Instant recordedAt;
    std::string recordedBy;
};

enum class NcEventKind
{
    Raised,
    Rectified,
    VerificationPassed,
    VerificationFailed, // back to Open
    CorrectiveAction,   // the report recorded or replaced
    Closed,
    Withdrawn,
};
std::string_view
ncEventKindKey(NcEventKind kind); // raised rectified verified verification_failed corrective_action closed withdrawn

struct NcEvent
{
    NcEventKind kind = NcEventKind::Raised;
    Instant at;
    std::string by;
    std::string note;
};

struct Nonconformance
{
    NonconformanceId id;
    SiteId site;
    std::string code; // "NC-2026-0001": unique within the site, numbered per year
    std::optional<SheetId> sheet;
    int line = -1; // the sheet line, -1 when raised without a sheet
    SheetKind source = SheetKind::Daily;
    AreaType area = AreaType::Ground;
    std::string location;
    std::string itemCode;
    std::string description; // the item and the note: what is wrong
    InspectionService service = InspectionService::Cleaning;
    std::optional<ContractorId> contractor; // the subcontractor responsible, when known
    Severity severity = Severity::Minor;
    std::string cause;
    Instant raisedAt;
    std::string raisedBy;
    Instant deadline;            // rectification deadline
    bool reportRequired = false; // severe, or a minor one that made a cluster (fixed when raised)
    NcState state = NcState::Open;
    std::optional<Instant> rectifiedAt; // the latest rectification
    std::string rectifiedBy;
    std::string evidence;
    std::vector<PhotoRef> evidencePhotos;
    std::optional<Instant> verifiedAt;
    std::string verifiedBy;
    std::optional<Instant> closedAt;
    std::string closedBy;
    std::optional<CorrectiveActionReport> report;
    std::vector<NcEvent> events; // oldest first

    // The state as of `t`, replaying the events at or before t (Open before it was raised).
    NcState stateAt(Instant t) const;
    // The rectification in force at `t`: the time of the last Rectified event at or before t, when the
    // state at t is Rectified, Verified or Closed; none otherwise (a failed verification undoes it).
    std::optional<Instant> rectificationAt(Instant t) const;
    // Rectified on time as of `t`: rectificationAt(t) exists and is at or before the deadline.
    bool rectifiedOnTime(Instant t) const;
    // Open (or back to Open) at `now` past its deadline.
    bool overdue(Instant now) const { return stateAt(now) == NcState::Open && now > deadline; }
};

// The state machine. Each checks the state and its inputs (a non-empty field, a time not before the last
// event) and appends the event; the service stores and audits. Errors: Conflict with field "state" for a
// move the state does not allow, InvalidInput with the field name otherwise.
// Open → Rectified; `by` and `evidence` required.
Result<void> rectify(Nonconformance& nc, Instant at, const std::string& by, const std::string& evidence,
                     std::vector<PhotoRef> photos = {});
// Rectified → Verified when `passed`, else back to Open with the note (required then).
Result<void> verify(Nonconformance& nc, Instant at, const std::string& by, bool passed, const std::string& note);
// Verified → Closed; refused (Conflict, field "report") while a required report is missing.
Result<void> close(Nonconformance& nc, Instant at, const std::string& by, const std::string& note);
// Any state but Closed and Withdrawn; cause analysis, action and owner required.
Result<void> recordReport(Nonconformance& nc, const CorrectiveActionReport& report);
// Open only.
Result<void> withdraw(Nonconformance& nc, Instant at, const std::string& by, const std::string& reason);

// Whether a new minor nonconformance in `area`/`location` raised at `at` makes a cluster: counting it and
// the minor ones of `existing` in the same area and location raised within the `days` days before `at`
// (withdrawn ones left out), `limit` or more.
bool makesCluster(std::span<const Nonconformance> existing, AreaType area, std::string_view location, Instant at,
                  int limit, int days);

// 预防措施: a potential cause and what is done about it.
struct PreventiveAction
{
    PreventiveActionId id;
    SiteId site;
    std::string cause;
    std::string action;
    std::string owner;
    Date due;
    std::optional<NonconformanceId> from; // the nonconformance that revealed the cause, if any
    Instant recordedAt;
    std::string recordedBy;
    std::optional<Instant> doneAt;
    std::string doneBy;
    std::string doneNote;

    Result<void> validate() const; // cause, action and owner given
};

// ---------------------------------------------------------------------------------------------------
// Subcontractors

enum class ContractorService
{
    Cleaning,
    Greening,
    PestControl, // 消杀
};
std::string_view contractorServiceKey(ContractorService service); // cleaning greening pest_control
std::optional<ContractorService> parseContractorService(std::string_view key);

struct Contractor
{
    ContractorId id;
    SiteId site;
    std::string name; // unique within the site
    ContractorService service = ContractorService::Cleaning;
    std::int64_t monthlyFee = 0; // fen (0.01 yuan)
    Date contractStart;
    Date contractEnd; // inclusive
    std::string contact;
    std::string phone;
    std::string licence; // pest control: the 除四害 licence
    bool active = true;

    // Name given, fee ≥ 0, start ≤ end.
    Result<void> validate() const;
    bool underContract(Date day) const { return active && contractStart <= day && day <= contractEnd; }
};

struct ContractorWarning
{
    WarningId id;
    ContractorId contractor;
    Date issuedOn;
    std::string reason;
    std::optional<NonconformanceId> nonconformance;
    Instant recordedAt;
    std::string recordedBy;
};

// The warnings of a rolling year ending on `day`: issued after the same date one year earlier (Feb 29
// counts from Feb 28) and on or before `day`.
int warningsInYear(std::span<const ContractorWarning> warnings, ContractorId contractor, Date day);
// Whether the contractor has `limit` or more warnings in the rolling year ending on `day`: the right to
// terminate (003 制度4 §二.1).
bool mayTerminate(std::span<const ContractorWarning> warnings, ContractorId contractor, Date day, int limit);

// A fine deducted from the month's fee.
struct Deduction
{
    DeductionId id;
    ContractorId contractor;
    date::year_month month{date::year{2026}, date::month{1}};
    std::int64_t amount = 0; // fen, > 0
    std::string reason;
    std::optional<NonconformanceId> nonconformance;
    Instant recordedAt;
    std::string recordedBy;
};

// A pest-control visit: the operator signs in at the office with the licence (003 制度4 §二.3 10).
struct PestControlVisit
{
    PestVisitId id;
    SiteId site;
    ContractorId contractor;
    std::string operatorName;
    std::string licence; // the operator's licence number, required
    Instant signedInAt;
    std::optional<Instant> signedOutAt;
    std::string areas;     // where: "地下室、垃圾房"
    std::string treatment; // what: baits, spraying, the chemicals
    std::string notes;
    Instant recordedAt;
    std::string recordedBy;

    // Operator and licence given, sign-out not before sign-in.
    Result<void> validate() const;
};

} // namespace propdesk::domain
