// The inspection use cases (docs/inspections.md): the set-up and versioned templates, daily sheets signed off
// and amended with an audit trail, the monthly sample, nonconformances to closure, subcontractors with their
// warnings and deductions, pest-control visits, photos, and the inspection KPIs of a month.

#include "domain/inspectionrepository.h"
#include "servicetestsupport.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <map>

using namespace propdesk;
using namespace std::chrono_literals;
using domain::AreaType;
using domain::ErrorCode;
using domain::ItemResult;
using domain::NcEventKind;
using domain::NcState;
using domain::Severity;
using propdesk::tests::at;
using propdesk::tests::Desk;
using services::LineEntry;

namespace {

domain::Date day(int y, unsigned m, unsigned d)
{
    return domain::Date{date::year{y} / date::month{m} / date::day{d}};
}

constexpr date::year_month kApril{date::year{2025}, date::month{4}};
constexpr date::year_month kMay{date::year{2025}, date::month{5}};

template <typename T>
void refused(const domain::Result<T>& result, ErrorCode code, std::string_view field, std::string_view message)
{
    REQUIRE_FALSE(result);
    CHECK(result.error().code == code);
    CHECK(result.error().field == field);
    CHECK(result.error().message == message);
}

LineEntry entry(ItemResult result, std::string note = {}, Severity severity = Severity::Minor,
                bool correctedOnSpot = false)
{
    LineEntry e;
    e.result = result;
    e.note = std::move(note);
    e.severity = severity;
    e.correctedOnSpot = correctedOnSpot;
    return e;
}

// Every line passed but those given.
std::vector<LineEntry> lines(const domain::InspectionSheet& sheet, const std::map<std::size_t, LineEntry>& given)
{
    std::vector<LineEntry> out(sheet.lines.size(), entry(ItemResult::Pass));
    for (const auto& [index, e] : given) {
        out.at(index) = e;
    }
    return out;
}

std::vector<NcEventKind> eventKinds(const domain::Nonconformance& nc)
{
    std::vector<NcEventKind> out;
    for (const auto& e : nc.events) {
        out.push_back(e.kind);
    }
    return out;
}

bool hasChange(const domain::AuditEntry& entry, const domain::AuditChange& change)
{
    return std::ranges::find(entry.changes, change) != entry.changes.end();
}

domain::Contractor contractor(std::string name, domain::ContractorService service, domain::Date start, domain::Date end)
{
    domain::Contractor c;
    c.name = std::move(name);
    c.service = service;
    c.monthlyFee = 3'800'000;
    c.contractStart = start;
    c.contractEnd = end;
    c.contact = "刘经理";
    c.phone = "13600000000";
    return c;
}

services::NewNonconformance byHand(AreaType area, std::string location, std::string description,
                                   Severity severity = Severity::Minor,
                                   domain::InspectionService service = domain::InspectionService::Cleaning)
{
    services::NewNonconformance nc;
    nc.area = area;
    nc.location = std::move(location);
    nc.description = std::move(description);
    nc.severity = severity;
    nc.service = service;
    return nc;
}

// Buildings 1 and 2 residential, 3 an office tower; two ground zones.
domain::InspectionSetup campus(domain::SiteId site)
{
    auto setup = domain::defaultInspectionSetup(site);
    const auto building = [&](const char* code, const char* name, domain::BuildingKind kind, int first, int last,
                              int lifts) {
        domain::Building b;
        b.code = code;
        b.name = name;
        b.kind = kind;
        b.firstStandardFloor = first;
        b.lastStandardFloor = last;
        b.lifts = lifts;
        setup.buildings.push_back(b);
    };
    building("1", "1栋", domain::BuildingKind::Residential, 2, 18, 2);
    building("2", "2栋", domain::BuildingKind::Residential, 2, 11, 1);
    building("3", "3栋", domain::BuildingKind::Office, 2, 21, 4);
    domain::GroundZone north;
    north.code = "N";
    north.name = "北区中心花园";
    north.area = 80;
    domain::GroundZone south;
    south.code = "S";
    south.name = "南区草坪";
    south.area = 120;
    setup.groundZones = {north, south};
    return setup;
}

// Site HQ (Asia/Shanghai) and site B.
struct Inspections : Desk
{
    explicit Inspections(domain::Instant now) : Desk(now)
    {
        hq = addSite("HQ");
        b = addSite("B");
    }

    services::InspectionService& insp() { return ws->inspections(); }

    std::vector<domain::AuditEntry> trail(std::string entity)
    {
        domain::AuditFilter filter;
        filter.entity = std::move(entity);
        return auditTrail(filter);
    }

    domain::Contractor addContractor(domain::Contractor c, std::string site = "HQ")
    {
        auto saved = insp().saveContractor(site, std::move(c));
        INFO((saved ? std::string() : saved.error().describe()));
        REQUIRE(saved);
        return *saved;
    }

    // A daily sheet filled (every line passed but those given) and signed at `signedAt` (default now).
    services::SheetView signedDaily(domain::Date d, AreaType area, const std::string& location,
                                    const std::map<std::size_t, LineEntry>& given,
                                    std::optional<domain::Instant> signedAt = {}, std::string site = "HQ")
    {
        auto started = insp().startDailySheet(site, d, area, location, "李主管");
        REQUIRE(started);
        auto saved = insp().saveDraft(started->sheet.id, lines(started->sheet, given), "李主管");
        REQUIRE(saved);
        auto signedOff = insp().signSheet(started->sheet.id, signedAt);
        INFO((signedOff ? std::string() : signedOff.error().describe()));
        REQUIRE(signedOff);
        return *signedOff;
    }

    domain::Nonconformance raise(const services::NewNonconformance& nc)
    {
        auto raised = insp().raise("HQ", nc);
        INFO((raised ? std::string() : raised.error().describe()));
        REQUIRE(raised);
        return *raised;
    }

    std::filesystem::path writeFile(const std::string& name, const std::vector<unsigned char>& bytes)
    {
        const auto path = dir.file(name);
        std::ofstream out(path, std::ios::binary);
        out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
        REQUIRE(out.good());
        return path;
    }

    domain::Site hq;
    domain::Site b;
};

const std::vector<unsigned char> kPng{0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00,
                                      0x0D, 'I', 'H', 'D', 'R',  0x00, 0xFF, 0x10, 0x80, 0x00};
const std::vector<unsigned char> kJpeg{0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00, 0x01, 0xFF, 0xD9};

} // namespace

// --- set-up and templates --------------------------------------------------------------------------------

TEST_CASE("a site without an inspection set-up gets the defaults and a saved one is validated and audited")
{
    Inspections site(at("2025-04-20 12:00"));
    auto& insp = site.insp();
    auto defaults = insp.setup("HQ");
    REQUIRE(defaults);
    CHECK(defaults->site == site.hq.id);
    CHECK(defaults->buildings.empty());
    CHECK(defaults->groundZones.empty());
    CHECK(defaults->clusterLimit == 3);
    CHECK(defaults->clusterDays == 30);
    CHECK(defaults->monthlyRectifyDays == 7);
    CHECK(defaults->warningLimit == 3);

    auto twice = campus(site.hq.id);
    twice.buildings[1].code = " 1 "; // trimmed, it is building 1 again
    refused(insp.saveSetup("HQ", twice), ErrorCode::InvalidInput, "buildings[1].code", "the code '1' is used twice");
    auto upsideDown = campus(site.hq.id);
    upsideDown.buildings[0].firstStandardFloor = 20;
    refused(insp.saveSetup("HQ", upsideDown), ErrorCode::InvalidInput, "buildings[0].firstStandardFloor",
            "the first standard floor is above the last");
    auto noCluster = campus(site.hq.id);
    noCluster.clusterLimit = 0;
    refused(insp.saveSetup("HQ", noCluster), ErrorCode::InvalidInput, "clusterLimit", "must be at least 1");
    auto noZoneArea = campus(site.hq.id);
    noZoneArea.groundZones[1].area = 0;
    refused(insp.saveSetup("HQ", noZoneArea), ErrorCode::InvalidInput, "groundZones[1].area", "must be at least 1");
    CHECK(site.trail("inspection_setup").empty());

    auto wanted = campus(site.b.id); // the site is the one named, whatever the record says
    wanted.monthlyRectifyDays = 5;
    auto saved = insp.saveSetup("HQ", wanted);
    REQUIRE(saved);
    CHECK(saved->site == site.hq.id);
    auto read = insp.setup("HQ");
    REQUIRE(read);
    REQUIRE(read->buildings.size() == 3);
    CHECK(read->buildings[2].code == "3");
    CHECK(read->buildings[2].kind == domain::BuildingKind::Office);
    CHECK(read->buildings[2].lastStandardFloor == 21);
    REQUIRE(read->groundZones.size() == 2);
    CHECK(read->groundZones[1].name == "南区草坪");
    CHECK(read->groundZones[1].area == 120);
    CHECK(read->monthlyRectifyDays == 5);
    auto other = insp.setup("B");
    REQUIRE(other);
    CHECK(other->buildings.empty());

    const auto trail = site.trail("inspection_setup");
    REQUIRE(trail.size() == 1);
    CHECK(trail[0].record == "HQ");
    CHECK(trail[0].site == std::optional<domain::SiteId>(site.hq.id));
    CHECK(trail[0].action == domain::AuditAction::Create);
    CHECK(trail[0].summary == "inspection set-up saved");
    CHECK(hasChange(trail[0], {"building 1", "", "1栋 residential 2–18 lifts 2"}));
    CHECK(hasChange(trail[0], {"zone S", "", "南区草坪 120 m2"}));
    CHECK(hasChange(trail[0], {"monthly_rectify_days", "", "5"}));

    read->warningLimit = 4;
    REQUIRE(insp.saveSetup("HQ", *read));
    const auto again = site.trail("inspection_setup");
    REQUIRE(again.size() == 2);
    CHECK(again[1].action == domain::AuditAction::Update);
    CHECK(again[1].changes == std::vector<domain::AuditChange>{{"warning_limit", "3", "4"}});
}

TEST_CASE("the default templates serve until a version is saved and next month's version leaves this month alone")
{
    Inspections site(at("2025-04-20 12:00"));
    auto& insp = site.insp();
    auto all = insp.templates("HQ");
    REQUIRE(all);
    REQUIRE(all->size() == 9);
    CHECK(std::ranges::all_of(*all, [](const auto& t) { return t.id.value == 0; }));
    auto inForce = insp.templatesInForce("HQ", day(2025, 4, 20));
    REQUIRE(inForce);
    REQUIRE(inForce->size() == 9);
    const auto& ground = inForce->front();
    CHECK(ground.area == AreaType::Ground);
    CHECK(ground.name == "首层地面及绿化带");
    REQUIRE(ground.items.size() == 6);
    CHECK(ground.items[0].code == "G1");
    CHECK(ground.items[0].weight == 80);
    CHECK(ground.items[0].unit == domain::WeightUnit::SquareMetre);
    CHECK(ground.items[2].service == domain::InspectionService::Greening);
    CHECK((*inForce)[4].area == AreaType::Drains);
    CHECK((*inForce)[4].items[0].unit == domain::WeightUnit::Metre);
    CHECK((*inForce)[4].items[0].weight == 20);
    CHECK((*inForce)[4].items[1].weight == 5);

    auto next = ground;
    next.name = "首层地面及绿化带（2025版）";
    next.effectiveFrom = day(2025, 5, 1);
    domain::CheckItem pits;
    pits.code = "G7";
    pits.text = "树池";
    pits.standard = "无垃圾";
    pits.service = domain::InspectionService::Cleaning;
    pits.unit = domain::WeightUnit::Count;
    pits.weight = 4;
    next.items.push_back(pits);

    auto zero = next;
    zero.items[6].weight = 0;
    refused(insp.saveTemplate("HQ", zero), ErrorCode::InvalidInput, "items[6].weight", "must be at least 1");

    auto saved = insp.saveTemplate("HQ", next);
    INFO((saved ? std::string() : saved.error().describe()));
    REQUIRE(saved);
    CHECK(saved->id.value > 0);
    CHECK(saved->site == site.hq.id);
    CHECK(saved->savedAt == at("2025-04-20 12:00"));
    CHECK(saved->savedBy == "tester");

    // This month still works from the built-in ground template; next month from the new version.
    auto april = insp.templatesInForce("HQ", day(2025, 4, 30));
    REQUIRE(april);
    REQUIRE(april->size() == 9);
    CHECK(april->front().area == AreaType::Ground);
    CHECK(april->front().id.value == 0);
    CHECK(april->front().items.size() == 6);
    CHECK(april->front().name == "首层地面及绿化带");
    auto may = insp.templatesInForce("HQ", day(2025, 5, 1));
    REQUIRE(may);
    REQUIRE(may->size() == 9);
    CHECK(may->front().id == saved->id);
    CHECK(may->front().items.size() == 7);
    auto versions = insp.templates("HQ");
    REQUIRE(versions);
    CHECK(versions->size() == 10);

    refused(insp.saveTemplate("HQ", next), ErrorCode::InvalidInput, "effective_from",
            "this area type already has a version from that date");

    const auto trail = site.trail("inspection_template");
    REQUIRE(trail.size() == 1);
    CHECK(trail[0].record == "ground 2025-05-01");
    CHECK(trail[0].action == domain::AuditAction::Create);
    CHECK(trail[0].summary == "new version from 2025-05-01");
    CHECK(hasChange(trail[0], {"name", "首层地面及绿化带", "首层地面及绿化带（2025版）"}));
    CHECK(hasChange(trail[0], {"effective_from", "2000-01-01", "2025-05-01"}));
    CHECK(hasChange(trail[0], {"item G7", "", "树池 | 无垃圾 | cleaning 4 count"}));

    // Sheets copy the version in force on their day.
    site.clock.set(at("2025-05-02 09:00"));
    auto mayDay = insp.startDailySheet("HQ", day(2025, 5, 2), AreaType::Ground, "北区", "李主管");
    REQUIRE(mayDay);
    CHECK(mayDay->sheet.lines.size() == 7);
    CHECK(mayDay->sheet.templateVersion == std::optional<domain::TemplateId>(saved->id));
    auto aprilDay = insp.startDailySheet("HQ", day(2025, 4, 30), AreaType::Ground, "北区", "李主管");
    REQUIRE(aprilDay);
    CHECK(aprilDay->sheet.lines.size() == 6);
    CHECK_FALSE(aprilDay->sheet.templateVersion);
}

// --- daily sheets ----------------------------------------------------------------------------------------

TEST_CASE("a daily sheet is started once per day area and place and its draft must match its lines")
{
    Inspections site(at("2025-04-20 12:00"));
    auto& insp = site.insp();
    auto started = insp.startDailySheet("HQ", day(2025, 4, 20), AreaType::Ground, " 北区 ", "李主管");
    REQUIRE(started);
    const auto& sheet = started->sheet;
    CHECK(sheet.id.value > 0);
    CHECK(sheet.site == site.hq.id);
    CHECK(sheet.kind == domain::SheetKind::Daily);
    CHECK(sheet.day == day(2025, 4, 20));
    CHECK(sheet.area == AreaType::Ground);
    CHECK(sheet.location == "北区");
    CHECK(sheet.inspector == "李主管");
    CHECK(sheet.status == domain::SheetStatus::Draft);
    CHECK(sheet.createdAt == at("2025-04-20 12:00"));
    CHECK(sheet.createdBy == "tester");
    REQUIRE(sheet.lines.size() == 6);
    CHECK(sheet.pendingLines() == 6);
    CHECK(started->amendments.empty());
    CHECK(started->nonconformances.empty());

    site.clock.advance(10min);
    auto again = insp.startDailySheet("HQ", day(2025, 4, 20), AreaType::Ground, "北区", "王主管");
    REQUIRE(again);
    CHECK(again->sheet.id == sheet.id);
    CHECK(again->sheet.inspector == "李主管");
    auto elsewhere = insp.startDailySheet("HQ", day(2025, 4, 20), AreaType::Ground, "南区", "李主管");
    REQUIRE(elsewhere);
    CHECK(elsewhere->sheet.id != sheet.id);

    const auto created = site.trail("inspection_sheet");
    REQUIRE(created.size() == 2);
    CHECK(created[0].record == fmt::format("daily-{}", sheet.id.value));
    CHECK(created[0].action == domain::AuditAction::Create);
    CHECK(created[0].summary == "daily sheet started: ground 北区");

    const auto before = site.auditTrail().size();
    refused(insp.startDailySheet("HQ", day(2025, 4, 21), AreaType::Ground, "北区", "李主管"), ErrorCode::InvalidInput,
            "day", "lies in the future");
    refused(insp.startDailySheet("HQ", day(2025, 4, 20), AreaType::Lobby, " ", "李主管"), ErrorCode::InvalidInput,
            "location", "which place was inspected?");
    refused(insp.startDailySheet("HQ", day(2025, 4, 20), AreaType::Lobby, "1栋", ""), ErrorCode::InvalidInput,
            "inspector", "who inspected?");

    std::vector<LineEntry> five(5, entry(ItemResult::Pass));
    refused(insp.saveDraft(sheet.id, five, "李主管"), ErrorCode::InvalidInput, "lines", "the sheet has 6 lines, not 5");
    refused(insp.signSheet(sheet.id), ErrorCode::InvalidInput, "lines", "6 lines are not checked yet");
    CHECK(site.auditTrail().size() == before);

    auto partly = lines(sheet, {{4, entry(ItemResult::Pending)}, {5, entry(ItemResult::Pending)}});
    partly[0] = entry(ItemResult::Fail, " 有烟头 ", Severity::Severe, true);
    partly[1] = entry(ItemResult::Pass, "", Severity::Severe, true); // kept only on a failed line
    auto saved = insp.saveDraft(sheet.id, partly, " 王主管 ");
    REQUIRE(saved);
    CHECK(saved->sheet.inspector == "王主管");
    CHECK(saved->sheet.lines[0].result == ItemResult::Fail);
    CHECK(saved->sheet.lines[0].note == "有烟头");
    CHECK(saved->sheet.lines[0].severity == Severity::Severe);
    CHECK(saved->sheet.lines[0].correctedOnSpot);
    CHECK(saved->sheet.lines[1].severity == Severity::Minor);
    CHECK_FALSE(saved->sheet.lines[1].correctedOnSpot);
    CHECK(saved->sheet.pendingLines() == 2);
    const auto draftSaved = site.trail("inspection_sheet").back();
    CHECK(draftSaved.summary == "draft saved");
    CHECK(hasChange(draftSaved, {"line G1", "pending", "fail severe corrected on the spot"}));
    CHECK(hasChange(draftSaved, {"line G1 note", "", "有烟头"}));
    CHECK(hasChange(draftSaved, {"inspector", "李主管", "王主管"}));
    refused(insp.signSheet(sheet.id), ErrorCode::InvalidInput, "lines", "2 lines are not checked yet");
    refused(insp.signSheet(sheet.id, at("2025-04-19 23:59")), ErrorCode::InvalidInput, "signed_at",
            "is before the day inspected");
    refused(insp.signSheet(sheet.id, at("2025-04-20 13:00")), ErrorCode::InvalidInput, "signed_at",
            "lies in the future");
    auto stored = insp.sheet(sheet.id);
    REQUIRE(stored);
    REQUIRE(*stored);
    CHECK((*stored)->sheet.status == domain::SheetStatus::Draft);
    CHECK((*stored)->sheet.lines[0].note == "有烟头");
}

TEST_CASE("signing raises one nonconformance per failed line with the day's deadline and the contractor responsible")
{
    Inspections site(at("2025-04-20 12:00"));
    auto& insp = site.insp();
    // Sorted by name the expired contract comes first: the one under contract is responsible.
    site.addContractor(contractor("A旧保洁", domain::ContractorService::Cleaning, day(2024, 1, 1), day(2024, 12, 31)));
    const auto cleaner = site.addContractor(
        contractor("洁美保洁", domain::ContractorService::Cleaning, day(2025, 1, 1), day(2025, 12, 31)));
    const auto gardener = site.addContractor(
        contractor("绿源园林", domain::ContractorService::Greening, day(2025, 1, 1), day(2025, 12, 31)));

    auto started = insp.startDailySheet("HQ", day(2025, 4, 20), AreaType::Ground, "北区", "李主管");
    REQUIRE(started);
    const auto id = started->sheet.id;
    REQUIRE(insp.saveDraft(id,
                           lines(started->sheet, {{0, entry(ItemResult::Fail, "有烟头")},
                                                  {1, entry(ItemResult::Fail, "落叶未清", Severity::Minor, true)},
                                                  {2, entry(ItemResult::Fail, "缺株两处", Severity::Severe)},
                                                  {3, entry(ItemResult::NotApplicable)},
                                                  {4, entry(ItemResult::Fail, "", Severity::Severe, true)}}),
                           "李主管"));
    site.clock.advance(5min);
    auto view = insp.signSheet(id);
    INFO((view ? std::string() : view.error().describe()));
    REQUIRE(view);
    const auto signedAt = at("2025-04-20 12:05");
    CHECK(view->sheet.status == domain::SheetStatus::Signed);
    CHECK(view->sheet.signedAt == std::optional<domain::Instant>(signedAt));
    CHECK(view->sheet.signedBy == "tester");
    CHECK(view->sheet.failedLines() == 4);

    const auto& ncs = view->nonconformances;
    REQUIRE(ncs.size() == 4);
    const auto endOfDay = at("2025-04-21 00:00") - 1s; // the last second of the day
    for (const auto& nc : ncs) {
        CHECK(nc.site == site.hq.id);
        CHECK(nc.sheet == std::optional<domain::SheetId>(id));
        CHECK(nc.source == domain::SheetKind::Daily);
        CHECK(nc.area == AreaType::Ground);
        CHECK(nc.location == "北区");
        CHECK(nc.raisedAt == signedAt);
        CHECK(nc.raisedBy == "tester");
        CHECK(nc.deadline == endOfDay);
    }
    CHECK(ncs[0].code == "NC-2025-0001");
    CHECK(ncs[0].line == 0);
    CHECK(ncs[0].itemCode == "G1");
    CHECK(ncs[0].description == "地面: 有烟头");
    CHECK(ncs[0].service == domain::InspectionService::Cleaning);
    CHECK(ncs[0].contractor == std::optional<domain::ContractorId>(cleaner.id));
    CHECK(ncs[0].severity == Severity::Minor);
    CHECK_FALSE(ncs[0].reportRequired);
    CHECK(ncs[0].state == NcState::Open);
    CHECK(eventKinds(ncs[0]) == std::vector{NcEventKind::Raised});

    // Corrected on the spot: rectified, verified and closed by the inspector at once.
    CHECK(ncs[1].code == "NC-2025-0002");
    CHECK(ncs[1].itemCode == "G2");
    CHECK(ncs[1].state == NcState::Closed);
    CHECK(ncs[1].rectifiedAt == std::optional<domain::Instant>(signedAt));
    CHECK(ncs[1].rectifiedBy == "tester");
    CHECK(ncs[1].evidence == "落叶未清");
    CHECK(ncs[1].verifiedAt == std::optional<domain::Instant>(signedAt));
    CHECK(ncs[1].closedAt == std::optional<domain::Instant>(signedAt));
    CHECK(eventKinds(ncs[1]) == std::vector{NcEventKind::Raised, NcEventKind::Rectified,
                                            NcEventKind::VerificationPassed, NcEventKind::Closed});
    CHECK(ncs[1].rectifiedOnTime(signedAt));

    CHECK(ncs[2].code == "NC-2025-0003");
    CHECK(ncs[2].itemCode == "G3");
    CHECK(ncs[2].service == domain::InspectionService::Greening);
    CHECK(ncs[2].contractor == std::optional<domain::ContractorId>(gardener.id));
    CHECK(ncs[2].severity == Severity::Severe);
    CHECK(ncs[2].reportRequired);
    CHECK(ncs[2].state == NcState::Open);

    // Severe and corrected on the spot: verified, but it stays open for its corrective action report.
    CHECK(ncs[3].code == "NC-2025-0004");
    CHECK(ncs[3].line == 4);
    CHECK(ncs[3].description == "病虫害防治");
    CHECK(ncs[3].evidence == "当场纠正");
    CHECK(ncs[3].reportRequired);
    CHECK(ncs[3].state == NcState::Verified);
    CHECK_FALSE(ncs[3].closedAt);
    refused(insp.close(ncs[3].id, "已处理"), ErrorCode::Conflict, "report",
            "record the corrective action report first");

    const auto raised = site.trail("nonconformance");
    REQUIRE(raised.size() == 4);
    CHECK(raised[0].record == "NC-2025-0001");
    CHECK(raised[0].action == domain::AuditAction::Create);
    CHECK(raised[0].summary == "raised: 地面: 有烟头");
    CHECK(raised[1].summary == "raised and corrected on the spot: 绿化带: 落叶未清");
    CHECK(hasChange(raised[0], {"deadline", "", "2025-04-20 23:59:59"}));
    const auto sheetTrail = site.trail("inspection_sheet");
    REQUIRE(sheetTrail.size() == 3);
    CHECK(sheetTrail[2].summary == "signed off: 4 failed");
    CHECK(hasChange(sheetTrail[2], {"status", "draft", "signed"}));
    CHECK(hasChange(sheetTrail[2], {"signed_at", "", "2025-04-20 12:05"}));

    auto board = insp.nonconformances("HQ");
    REQUIRE(board);
    CHECK(board->size() == 4);
    domain::NcFilter open;
    open.states = std::vector{NcState::Open};
    auto openOnes = insp.nonconformances("HQ", open);
    REQUIRE(openOnes);
    CHECK(openOnes->size() == 2);

    // A signed sheet is read-only.
    const auto before = site.auditTrail().size();
    refused(insp.signSheet(id), ErrorCode::Conflict, "status", "the sheet is signed already");
    refused(insp.saveDraft(id, lines(view->sheet, {}), "李主管"), ErrorCode::Conflict, "status",
            "the sheet is signed: amend it instead");
    CHECK(site.auditTrail().size() == before);

    // Numbering runs on through the year, whatever raised them.
    auto byHandOne = site.raise(byHand(AreaType::Lobby, "1栋大堂", "地面有水渍"));
    CHECK(byHandOne.code == "NC-2025-0005");
}

// --- amendments --------------------------------------------------------------------------------------------

TEST_CASE("amending a signed sheet is audited stored and withdraws or raises the line's nonconformance")
{
    Inspections site(at("2025-04-20 09:00"));
    auto& insp = site.insp();
    auto signedOff =
        site.signedDaily(day(2025, 4, 20), AreaType::RefusePoints, "全场",
                         {{0, entry(ItemResult::Fail, "垃圾未清")}, {1, entry(ItemResult::Fail, "有异味")}});
    const auto id = signedOff.sheet.id;
    REQUIRE(signedOff.nonconformances.size() == 2);
    const auto first = signedOff.nonconformances[0];
    const auto second = signedOff.nonconformances[1];
    site.clock.advance(1h);
    const auto now = at("2025-04-20 10:00");

    SECTION("a fail amended to pass withdraws the open nonconformance")
    {
        auto view = insp.amendLine(id, 0, ItemResult::Pass, " 复查已清 ", " 误判：照片为清运前所拍 ");
        INFO((view ? std::string() : view.error().describe()));
        REQUIRE(view);
        CHECK(view->sheet.status == domain::SheetStatus::Signed);
        CHECK(view->sheet.lines[0].result == ItemResult::Pass);
        CHECK(view->sheet.lines[0].note == "复查已清");
        CHECK(view->sheet.amendments == 1);
        REQUIRE(view->amendments.size() == 1);
        const auto& a = view->amendments[0];
        CHECK(a.sheet == id);
        CHECK(a.line == 0);
        CHECK(a.before == ItemResult::Fail);
        CHECK(a.after == ItemResult::Pass);
        CHECK(a.noteBefore == "垃圾未清");
        CHECK(a.noteAfter == "复查已清");
        CHECK(a.reason == "误判：照片为清运前所拍");
        CHECK(a.at == now);
        CHECK(a.by == "tester");
        REQUIRE(view->nonconformances.size() == 2);
        CHECK(view->nonconformances[0].code == first.code);
        CHECK(view->nonconformances[0].state == NcState::Withdrawn);
        CHECK(view->nonconformances[0].events.back().kind == NcEventKind::Withdrawn);
        CHECK(view->nonconformances[0].events.back().note == "误判：照片为清运前所拍");
        CHECK(view->nonconformances[1].state == NcState::Open);

        // Stored: with the sheet and in the repository.
        auto stored = site.ws->context().store.inspections().amendments(id);
        REQUIRE(stored);
        REQUIRE(stored->size() == 1);
        CHECK((*stored)[0].reason == "误判：照片为清运前所拍");
        auto read = insp.sheet(id);
        REQUIRE(read);
        REQUIRE(*read);
        CHECK((*read)->sheet.lines[0].result == ItemResult::Pass);
        CHECK((*read)->sheet.amendments == 1);
        CHECK((*read)->amendments.size() == 1);

        const auto sheetTrail = site.trail("inspection_sheet");
        const auto& amended = sheetTrail.back();
        CHECK(amended.record == fmt::format("daily-{}", id.value));
        CHECK(amended.action == domain::AuditAction::Update);
        CHECK(amended.summary == "amended line 1 (W1): fail → pass: 误判：照片为清运前所拍");
        CHECK(amended.changes == std::vector<domain::AuditChange>{{"line W1", "fail", "pass"},
                                                                  {"reason", "", "误判：照片为清运前所拍"},
                                                                  {"line W1 note", "垃圾未清", "复查已清"}});
        const auto withdrawn = site.trail("nonconformance").back();
        CHECK(withdrawn.record == "NC-2025-0001");
        CHECK(withdrawn.summary == "nonconformance withdrawn: 误判：照片为清运前所拍");
        CHECK(withdrawn.changes == std::vector<domain::AuditChange>{{"state", "open", "withdrawn"}});

        refused(insp.amendLine(id, 0, ItemResult::Pass, "复查已清", "再改一次"), ErrorCode::InvalidInput, "result",
                "the amendment changes nothing");
    }
    SECTION("a fail whose nonconformance is past open cannot be amended away")
    {
        REQUIRE(insp.rectify(second.id, "保洁员小张", "已除臭"));
        const auto before = site.auditTrail().size();
        refused(insp.amendLine(id, 1, ItemResult::NotApplicable, "", "不属于检查范围"), ErrorCode::Conflict, "line",
                "its nonconformance NC-2025-0002 is rectified already");
        CHECK(site.auditTrail().size() == before);
        auto read = insp.sheet(id);
        REQUIRE(read);
        REQUIRE(*read);
        CHECK((*read)->sheet.lines[1].result == ItemResult::Fail);
        CHECK((*read)->sheet.amendments == 0);
        CHECK((*read)->amendments.empty());
        // A note on a failed line can still be corrected: the nonconformance stays.
        auto noted = insp.amendLine(id, 1, ItemResult::Fail, "垃圾房有异味", "写明位置");
        REQUIRE(noted);
        CHECK(noted->nonconformances[1].state == NcState::Rectified);
        CHECK(noted->sheet.amendments == 1);
    }
    SECTION("a pass amended to fail raises a nonconformance")
    {
        auto view = insp.amendLine(id, 2, ItemResult::Fail, "地面有污水", "复查发现");
        REQUIRE(view);
        CHECK(view->sheet.lines[2].result == ItemResult::Fail);
        REQUIRE(view->nonconformances.size() == 3);
        const auto& raised = view->nonconformances[2];
        CHECK(raised.code == "NC-2025-0003");
        CHECK(raised.line == 2);
        CHECK(raised.itemCode == "W3");
        CHECK(raised.description == "清运监督: 地面有污水");
        CHECK(raised.state == NcState::Open);
        CHECK(raised.raisedAt == now);
        CHECK(raised.deadline == at("2025-04-21 00:00") - 1s);
        const auto trail = site.trail("nonconformance");
        CHECK(trail.back().record == "NC-2025-0003");
        CHECK(trail.back().action == domain::AuditAction::Create);
        CHECK(site.trail("inspection_sheet").back().summary == "amended line 3 (W3): pass → fail: 复查发现");
    }
    SECTION("a draft is edited not amended and an amendment needs a reason and a result")
    {
        auto draft = insp.startDailySheet("HQ", day(2025, 4, 20), AreaType::Lobby, "1栋", "李主管");
        REQUIRE(draft);
        const auto before = site.auditTrail().size();
        refused(insp.amendLine(draft->sheet.id, 0, ItemResult::Pass, "", "补录"), ErrorCode::Conflict, "status",
                "only a signed sheet is amended: edit the draft");
        refused(insp.amendLine(id, 0, ItemResult::Pass, "", "  "), ErrorCode::InvalidInput, "reason",
                "an amendment needs a reason");
        refused(insp.amendLine(id, 4, ItemResult::Pass, "", "补录"), ErrorCode::InvalidInput, "line",
                "the sheet has no line 5");
        refused(insp.amendLine(id, 0, ItemResult::Pending, "", "补录"), ErrorCode::InvalidInput, "result",
                "an amended line needs a result");
        CHECK(site.auditTrail().size() == before);
        auto read = insp.sheet(id);
        REQUIRE(read);
        REQUIRE(*read);
        CHECK((*read)->sheet.amendments == 0);
        CHECK((*read)->nonconformances[0].state == NcState::Open);
    }
}

// --- monthly sample ------------------------------------------------------------------------------------------

TEST_CASE("the sampling plan comes from the site's buildings and zones and each target takes one sheet")
{
    Inspections site(at("2025-04-20 12:00"));
    auto& insp = site.insp();
    auto setup = campus(site.hq.id);
    setup.monthlyRectifyDays = 5;
    REQUIRE(insp.saveSetup("HQ", setup));

    auto april = insp.samplingPlan("HQ", kApril);
    REQUIRE(april);
    const auto& targets = april->plan.targets;
    CHECK(april->plan.site == site.hq.id);
    CHECK(april->plan.notes.empty());
    // Ground 1, lobbies 2, standard floors of the 2 residential buildings, the office tower, drains, car park,
    // roofs 2, stainless steel of all 3 buildings, refuse points.
    REQUIRE(targets.size() == 14);
    REQUIRE(april->sheets.size() == 14);
    CHECK(std::ranges::none_of(april->sheets, [](const auto& s) { return s.has_value(); }));
    CHECK(targets[0].area == AreaType::Ground);
    CHECK(targets[0].groundZone == "S");
    CHECK(targets[0].location == "南区草坪 (120 m²)");
    CHECK(targets[1].area == AreaType::Lobby);
    CHECK(targets[1].building == "1");
    CHECK(targets[1].location == "1栋");
    CHECK(targets[2].building == "2");
    CHECK(targets[3].area == AreaType::StandardFloors);
    CHECK(targets[3].floors == std::vector{3, 5, 7, 9, 12, 14, 16, 18});
    CHECK(targets[3].location == "1栋 3、5、7、9、12、14、16、18层");
    CHECK(targets[4].floors == std::vector{2, 3, 5, 6, 7, 8, 10, 11});
    CHECK(targets[5].area == AreaType::Offices);
    CHECK(targets[5].building == "3");
    CHECK(targets[5].location == "3栋 3、5、7、9、11、13、15、17、19、21层");
    CHECK(targets[6].area == AreaType::Drains);
    CHECK(targets[6].location == "全场");
    CHECK(targets[13].area == AreaType::RefusePoints);

    // May samples the other zone and another pair of lobbies.
    auto may = insp.samplingPlan("HQ", kMay);
    REQUIRE(may);
    REQUIRE(may->plan.targets.size() == 14);
    CHECK(may->plan.targets[0].location == "北区中心花园 (80 m²)");
    CHECK(may->plan.targets[1].building == "1");
    CHECK(may->plan.targets[2].building == "3");

    auto sample = insp.startSampleSheet("HQ", kApril, 0, day(2025, 4, 18), " 质检部王工 ");
    INFO((sample ? std::string() : sample.error().describe()));
    REQUIRE(sample);
    CHECK(sample->sheet.kind == domain::SheetKind::Monthly);
    CHECK(sample->sheet.area == AreaType::Ground);
    CHECK(sample->sheet.day == day(2025, 4, 18));
    CHECK(sample->sheet.location == "南区草坪 (120 m²)");
    CHECK(sample->sheet.inspector == "质检部王工");
    CHECK(sample->sheet.lines.size() == 6);
    CHECK(site.trail("inspection_sheet").back().summary ==
          "monthly sample of 2025-04 started: ground 南区草坪 (120 m²)");
    auto floors = insp.startSampleSheet("HQ", kApril, 3, day(2025, 4, 19), "质检部王工");
    REQUIRE(floors);
    CHECK(floors->sheet.area == AreaType::StandardFloors);
    CHECK(floors->sheet.location == "1栋 3、5、7、9、12、14、16、18层");
    CHECK(floors->sheet.lines.size() == 7);

    auto recorded = insp.samplingPlan("HQ", kApril);
    REQUIRE(recorded);
    REQUIRE(recorded->sheets.size() == 14);
    REQUIRE(recorded->sheets[0]);
    CHECK(recorded->sheets[0]->id == sample->sheet.id);
    REQUIRE(recorded->sheets[3]);
    CHECK(recorded->sheets[3]->id == floors->sheet.id);
    CHECK_FALSE(recorded->sheets[1]);
    CHECK_FALSE(recorded->sheets[4]);
    auto monthly = insp.sheets("HQ", day(2025, 4, 1), day(2025, 4, 30), domain::SheetKind::Monthly);
    REQUIRE(monthly);
    CHECK(monthly->size() == 2);
    auto daily = insp.sheets("HQ", day(2025, 4, 1), day(2025, 4, 30), domain::SheetKind::Daily);
    REQUIRE(daily);
    CHECK(daily->empty());

    const auto before = site.auditTrail().size();
    refused(insp.startSampleSheet("HQ", kApril, 0, day(2025, 4, 19), "质检部王工"), ErrorCode::Conflict, "target",
            "this target has a sheet already");
    refused(insp.startSampleSheet("HQ", kApril, 1, day(2025, 3, 31), "质检部王工"), ErrorCode::InvalidInput, "day",
            "is not in 2025-04");
    refused(insp.startSampleSheet("HQ", kApril, 1, day(2025, 4, 21), "质检部王工"), ErrorCode::InvalidInput, "day",
            "lies in the future");
    refused(insp.startSampleSheet("HQ", kApril, 14, day(2025, 4, 19), "质检部王工"), ErrorCode::InvalidInput, "target",
            "the plan of 2025-04 has no target 15");
    CHECK(site.auditTrail().size() == before);

    // A sample's failures have the set-up's monthlyRectifyDays after the day sampled.
    REQUIRE(
        insp.saveDraft(sample->sheet.id, lines(sample->sheet, {{0, entry(ItemResult::Fail, "有积水")}}), "质检部王工"));
    auto signedOff = insp.signSheet(sample->sheet.id);
    REQUIRE(signedOff);
    REQUIRE(signedOff->nonconformances.size() == 1);
    const auto& nc = signedOff->nonconformances[0];
    CHECK(nc.source == domain::SheetKind::Monthly);
    CHECK(nc.location == "南区草坪 (120 m²)");
    CHECK(nc.deadline == at("2025-04-24 00:00") - 1s);
    CHECK_FALSE(nc.overdue(at("2025-04-23 23:59")));
    CHECK(nc.overdue(at("2025-04-24 00:01")));
}

// --- nonconformances ----------------------------------------------------------------------------------------

TEST_CASE("a nonconformance is closed only after verification and a failed verification reopens it")
{
    Inspections site(at("2025-04-20 09:00"));
    auto& insp = site.insp();
    const auto before = site.auditTrail().size();
    refused(insp.raise("HQ", byHand(AreaType::Lobby, "2栋大堂", " ")), ErrorCode::InvalidInput, "description",
            "what is wrong?");
    refused(insp.raise("HQ", byHand(AreaType::Lobby, "", "地面有污渍")), ErrorCode::InvalidInput, "location",
            "where is it?");
    auto late = byHand(AreaType::Lobby, "2栋大堂", "地面有污渍");
    late.deadline = at("2025-04-20 08:00");
    refused(insp.raise("HQ", late), ErrorCode::InvalidInput, "deadline", "is not after now");
    CHECK(site.auditTrail().size() == before);

    auto nc = site.raise(byHand(AreaType::Lobby, "2栋大堂", "大理石地面有污渍"));
    CHECK(nc.code == "NC-2025-0001");
    CHECK(nc.site == site.hq.id);
    CHECK_FALSE(nc.sheet);
    CHECK(nc.line == -1);
    CHECK(nc.state == NcState::Open);
    CHECK(nc.deadline == at("2025-04-21 00:00") - 1s);
    CHECK(nc.raisedAt == at("2025-04-20 09:00"));
    CHECK_FALSE(nc.reportRequired);
    CHECK_FALSE(nc.contractor);
    const auto id = nc.id;

    site.clock.advance(1h);
    refused(insp.close(id, ""), ErrorCode::Conflict, "state", "only a verified nonconformance can be closed");
    refused(insp.verify(id, true, ""), ErrorCode::Conflict, "state", "only a rectified nonconformance can be verified");
    refused(insp.rectify(id, " ", "已清洗"), ErrorCode::InvalidInput, "by", "who does it?");
    refused(insp.rectify(id, "保洁员小张", ""), ErrorCode::InvalidInput, "evidence", "describe what was done");
    refused(insp.rectify(id, "保洁员小张", "已清洗", {}, at("2025-04-20 10:30")), ErrorCode::InvalidInput,
            "rectified_at", "lies in the future");
    auto rectified = insp.rectify(id, "保洁员小张", "已清洗");
    REQUIRE(rectified);
    CHECK(rectified->state == NcState::Rectified);
    CHECK(rectified->rectifiedAt == std::optional<domain::Instant>(at("2025-04-20 10:00")));
    CHECK(rectified->rectifiedBy == "保洁员小张");
    CHECK(rectified->evidence == "已清洗");
    refused(insp.close(id, ""), ErrorCode::Conflict, "state", "only a verified nonconformance can be closed");

    site.clock.advance(1h);
    refused(insp.verify(id, false, " "), ErrorCode::InvalidInput, "note", "say why the rectification is not accepted");
    auto failed = insp.verify(id, false, "仍有水渍");
    REQUIRE(failed);
    CHECK(failed->state == NcState::Open);
    CHECK_FALSE(failed->rectificationAt(at("2025-04-20 11:00")));
    CHECK(failed->rectificationAt(at("2025-04-20 10:30")) == std::optional<domain::Instant>(at("2025-04-20 10:00")));
    CHECK(failed->overdue(at("2025-04-21 00:30")));
    CHECK(site.trail("nonconformance").back().summary == "verification failed: 仍有水渍");

    site.clock.advance(1h);
    REQUIRE(insp.rectify(id, "保洁员小张", "再次清洗并打蜡"));
    auto verified = insp.verify(id, true, "");
    REQUIRE(verified);
    CHECK(verified->state == NcState::Verified);
    CHECK(verified->verifiedAt == std::optional<domain::Instant>(at("2025-04-20 12:00")));
    CHECK(verified->verifiedBy == "tester");
    auto closed = insp.close(id, "已验证");
    REQUIRE(closed);
    CHECK(closed->state == NcState::Closed);
    CHECK(closed->closedAt == std::optional<domain::Instant>(at("2025-04-20 12:00")));
    CHECK(closed->closedBy == "tester");
    CHECK(eventKinds(*closed) == std::vector{NcEventKind::Raised, NcEventKind::Rectified,
                                             NcEventKind::VerificationFailed, NcEventKind::Rectified,
                                             NcEventKind::VerificationPassed, NcEventKind::Closed});
    CHECK(closed->rectifiedOnTime(at("2025-04-20 12:00")));
    auto stored = insp.nonconformance(id);
    REQUIRE(stored);
    REQUIRE(*stored);
    CHECK((*stored)->state == NcState::Closed);
    CHECK((*stored)->events.size() == 6);
    refused(insp.rectify(id, "保洁员小张", "又清洗"), ErrorCode::Conflict, "state",
            "only an open nonconformance can be rectified");

    std::vector<std::string> summaries;
    for (const auto& e : site.trail("nonconformance")) {
        summaries.push_back(e.summary);
    }
    CHECK(summaries == std::vector<std::string>{"raised: 大理石地面有污渍", "rectified",
                                                "verification failed: 仍有水渍", "rectified", "verified", "closed"});

    // Rectified after its deadline: said so in the trail.
    site.clock.set(at("2025-04-22 09:00"));
    auto overdue = site.raise(byHand(AreaType::Roofs, "1栋天台", "天台有杂物", Severity::Minor));
    site.clock.set(at("2025-04-23 10:00"));
    REQUIRE(insp.rectify(overdue.id, "保洁员小李", "已清理"));
    CHECK(site.trail("nonconformance").back().summary == "rectified after the deadline");
}

TEST_CASE("a severe nonconformance is closed only with its corrective action report")
{
    Inspections site(at("2025-04-20 09:00"));
    auto& insp = site.insp();
    auto nc = site.raise(byHand(AreaType::CarPark, "地下车库B区", "地面大面积油污", Severity::Severe));
    CHECK(nc.reportRequired);
    site.clock.advance(1h);
    REQUIRE(insp.rectify(nc.id, "保洁员小张", "已除油"));
    REQUIRE(insp.verify(nc.id, true, ""));
    refused(insp.close(nc.id, ""), ErrorCode::Conflict, "report", "record the corrective action report first");

    domain::CorrectiveActionReport report;
    report.causeAnalysis = "车辆漏油未及时处理";
    report.action = "每日巡查车库并配备吸油棉";
    report.owner = " ";
    report.due = day(2025, 4, 30);
    refused(insp.recordReport(nc.id, report), ErrorCode::InvalidInput, "owner", "who is responsible?");
    report.owner = "保洁主管";
    auto recorded = insp.recordReport(nc.id, report);
    REQUIRE(recorded);
    REQUIRE(recorded->report);
    CHECK(recorded->report->recordedAt == at("2025-04-20 10:00"));
    CHECK(recorded->report->recordedBy == "tester");
    CHECK(recorded->report->due == day(2025, 4, 30));
    CHECK(site.trail("nonconformance").back().summary == "corrective action report recorded");
    CHECK(hasChange(site.trail("nonconformance").back(), {"report_owner", "", "保洁主管"}));
    auto closed = insp.close(nc.id, "");
    REQUIRE(closed);
    CHECK(closed->state == NcState::Closed);
    refused(insp.recordReport(nc.id, report), ErrorCode::Conflict, "state",
            "a closed or withdrawn nonconformance takes no corrective action report");
}

TEST_CASE("the third minor nonconformance in an area within the window needs a report")
{
    Inspections site(at("2025-04-01 09:00"));
    const auto north = [] {
        return byHand(AreaType::Ground, "北区", "地面有垃圾");
    };
    CHECK_FALSE(site.raise(north()).reportRequired);
    site.clock.set(at("2025-04-15 09:00"));
    CHECK_FALSE(site.raise(north()).reportRequired);
    // Another place, and a severe one, do not count.
    CHECK_FALSE(site.raise(byHand(AreaType::Ground, "南区", "地面有垃圾")).reportRequired);
    CHECK(site.raise(byHand(AreaType::Lobby, "北区", "地面有垃圾", Severity::Severe)).reportRequired);
    site.clock.set(at("2025-04-20 09:00"));
    auto third = site.raise(north());
    CHECK(third.reportRequired);
    // A cluster needs its report like a severe one.
    site.clock.advance(1h);
    REQUIRE(site.insp().rectify(third.id, "保洁员小张", "已清扫"));
    REQUIRE(site.insp().verify(third.id, true, ""));
    refused(site.insp().close(third.id, ""), ErrorCode::Conflict, "report",
            "record the corrective action report first");
    // 30 days on the first two have left the window: the one of 04-20 and this one make two.
    site.clock.set(at("2025-05-16 12:00"));
    CHECK_FALSE(site.raise(north()).reportRequired);
}

TEST_CASE("a nonconformance's cause and contractor are set and preventive actions are recorded against causes")
{
    Inspections site(at("2025-04-20 09:00"));
    auto& insp = site.insp();
    const auto cleaner = site.addContractor(
        contractor("洁美保洁", domain::ContractorService::Cleaning, day(2025, 1, 1), day(2025, 12, 31)));
    const auto atB = site.addContractor(
        contractor("外站保洁", domain::ContractorService::Cleaning, day(2025, 1, 1), day(2025, 12, 31)), "B");
    auto nc = site.raise(byHand(AreaType::RefusePoints, "3号垃圾房", "垃圾满溢"));
    CHECK(nc.contractor == std::optional<domain::ContractorId>(cleaner.id));
    refused(insp.assign(nc.id, "清运车辆故障", atB.id), ErrorCode::InvalidInput, "contractor",
            fmt::format("no contractor with id {}", atB.id.value));
    auto assigned = insp.assign(nc.id, " 清运车辆故障 ", std::nullopt);
    REQUIRE(assigned);
    CHECK(assigned->cause == "清运车辆故障");
    CHECK_FALSE(assigned->contractor);
    CHECK(site.trail("nonconformance").back().summary == "cause and contractor set");
    refused(insp.assign(nc.id, "清运车辆故障", std::nullopt), ErrorCode::InvalidInput, "cause",
            "the change changes nothing");

    domain::PreventiveAction action;
    action.cause = "节假日垃圾量增加";
    action.action = "节前增加清运班次";
    action.owner = "";
    action.due = day(2025, 4, 30);
    action.from = nc.id;
    refused(insp.addPreventiveAction("HQ", action), ErrorCode::InvalidInput, "owner", "who is responsible?");
    action.owner = "保洁主管";
    auto added = insp.addPreventiveAction("HQ", action);
    REQUIRE(added);
    CHECK(added->id.value > 0);
    CHECK(added->site == site.hq.id);
    CHECK(added->recordedAt == at("2025-04-20 09:00"));
    CHECK(added->recordedBy == "tester");
    CHECK_FALSE(added->doneAt);
    const auto created = site.trail("preventive_action");
    REQUIRE(created.size() == 1);
    CHECK(created[0].record == fmt::format("#{}", added->id.value));
    CHECK(created[0].summary == "preventive action: 节假日垃圾量增加");
    CHECK(hasChange(created[0], {"from", "", "NC-2025-0001"}));

    site.clock.advance(2h);
    refused(insp.completePreventiveAction(added->id, " "), ErrorCode::InvalidInput, "note", "what was done?");
    auto done = insp.completePreventiveAction(added->id, "五一前已增加两个班次");
    REQUIRE(done);
    CHECK(done->doneAt == std::optional<domain::Instant>(at("2025-04-20 11:00")));
    CHECK(done->doneBy == "tester");
    CHECK(done->doneNote == "五一前已增加两个班次");
    refused(insp.completePreventiveAction(added->id, "又做了一次"), ErrorCode::Conflict, "done_at",
            "the preventive action is done already");
    auto listed = insp.preventiveActions("HQ");
    REQUIRE(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->front().doneNote == "五一前已增加两个班次");

    // A nonconformance of another site is no source.
    site.clock.advance(1h);
    auto elsewhere = insp.raise("B", byHand(AreaType::Lobby, "大堂", "地面有水"));
    REQUIRE(elsewhere);
    action.from = elsewhere->id;
    refused(insp.addPreventiveAction("HQ", action), ErrorCode::InvalidInput, "from",
            fmt::format("no nonconformance with id {}", elsewhere->id.value));
}

// --- subcontractors ----------------------------------------------------------------------------------------

TEST_CASE("contractors stand with their warnings of the rolling year their deductions and open nonconformances")
{
    Inspections site(at("2025-04-20 12:00"));
    auto& insp = site.insp();
    const auto cleaner = site.addContractor(
        contractor("洁美保洁", domain::ContractorService::Cleaning, day(2024, 1, 1), day(2025, 12, 31)));
    const auto gardener = site.addContractor(
        contractor("绿源园林", domain::ContractorService::Greening, day(2025, 1, 1), day(2025, 12, 31)));
    CHECK(cleaner.id.value > 0);
    CHECK(cleaner.site == site.hq.id);
    const auto added = site.trail("contractor");
    REQUIRE(added.size() == 2);
    CHECK(added[0].record == "洁美保洁");
    CHECK(added[0].summary == "contractor added");
    CHECK(hasChange(added[0], {"monthly_fee", "", "38000.00"}));

    const auto before = site.auditTrail().size();
    refused(insp.saveContractor("HQ", contractor(" 洁美保洁 ", domain::ContractorService::Greening, day(2025, 1, 1),
                                                 day(2025, 12, 31))),
            ErrorCode::InvalidInput, "name", "the site has a contractor of that name already");
    refused(insp.saveContractor(
                "HQ", contractor("新保洁", domain::ContractorService::Cleaning, day(2025, 6, 1), day(2025, 5, 31))),
            ErrorCode::InvalidInput, "contractEnd", "the contract ends before it starts");
    CHECK(site.auditTrail().size() == before);
    // Another site may use the name.
    site.addContractor(contractor("洁美保洁", domain::ContractorService::Cleaning, day(2025, 1, 1), day(2025, 12, 31)),
                       "B");
    auto changed = cleaner;
    changed.phone = "13700000000";
    auto updated = insp.saveContractor("HQ", changed);
    REQUIRE(updated);
    CHECK(site.trail("contractor").back().changes ==
          std::vector<domain::AuditChange>{{"phone", "13600000000", "13700000000"}});

    // Warnings: the one of 2024-04-20 leaves the rolling year on 2025-04-20.
    for (const auto& [d, reason] :
         {std::pair{day(2024, 4, 20), "地面保洁不达标"}, std::pair{day(2024, 9, 1), "垃圾未日产日清"},
          std::pair{day(2025, 3, 1), "不合格项逾期未整改"}}) {
        auto warning = insp.issueWarning(cleaner.id, d, reason);
        REQUIRE(warning);
        CHECK(warning->recordedAt == at("2025-04-20 12:00"));
    }
    std::vector<std::string> summaries;
    for (const auto& e : site.trail("contractor_warning")) {
        summaries.push_back(e.summary);
    }
    CHECK(summaries == std::vector<std::string>{"written warning 1 in a year", "written warning 2 in a year",
                                                "written warning 3 in a year: the subcontract may be terminated"});
    refused(insp.issueWarning(cleaner.id, day(2025, 4, 21), "预先警告"), ErrorCode::InvalidInput, "issued_on",
            "lies in the future");
    refused(insp.issueWarning(cleaner.id, day(2025, 4, 20), " "), ErrorCode::InvalidInput, "reason",
            "a warning needs a reason");

    auto onThe19th = insp.standings("HQ", day(2025, 4, 19));
    REQUIRE(onThe19th);
    REQUIRE(onThe19th->size() == 2);
    CHECK(onThe19th->at(0).contractor.id == cleaner.id);
    CHECK(onThe19th->at(0).warningsInYear == 3);
    CHECK(onThe19th->at(0).mayTerminate);
    auto onThe20th = insp.standings("HQ", day(2025, 4, 20));
    REQUIRE(onThe20th);
    CHECK(onThe20th->at(0).warningsInYear == 2);
    CHECK_FALSE(onThe20th->at(0).mayTerminate);
    REQUIRE(insp.issueWarning(cleaner.id, day(2025, 4, 20), "三次书面警告"));
    CHECK(site.trail("contractor_warning").back().summary ==
          "written warning 3 in a year: the subcontract may be terminated");
    auto warnings = insp.warnings("HQ", day(2024, 1, 1), day(2025, 12, 31));
    REQUIRE(warnings);
    CHECK(warnings->size() == 4);

    // Deductions of the month.
    REQUIRE(insp.addDeduction(cleaner.id, kApril, 50'000, "地面不洁"));
    REQUIRE(insp.addDeduction(cleaner.id, kApril, 12'050, "垃圾满溢"));
    REQUIRE(insp.addDeduction(cleaner.id, date::year{2025} / date::March, 10'000, "三月罚款"));
    REQUIRE(insp.addDeduction(gardener.id, kApril, 3'000, "草坪枯黄"));
    const auto deducted = site.trail("deduction");
    REQUIRE(deducted.size() == 4);
    CHECK(deducted[0].record == "洁美保洁");
    CHECK(deducted[0].summary == "500.00 deducted from the fee of 2025-04");
    CHECK(hasChange(deducted[1], {"amount", "", "120.50"}));
    refused(insp.addDeduction(cleaner.id, kApril, 0, "零元"), ErrorCode::InvalidInput, "amount",
            "a deduction is more than 0");
    refused(insp.addDeduction(cleaner.id, kMay, 100, "五月"), ErrorCode::InvalidInput, "month", "lies in the future");
    refused(insp.addDeduction(cleaner.id, kApril, 100, ""), ErrorCode::InvalidInput, "reason",
            "a deduction needs a reason");
    auto listed = insp.deductions("HQ", date::year{2025} / date::March, kApril);
    REQUIRE(listed);
    CHECK(listed->size() == 4);

    // Open nonconformances: open or rectified, of the contractor.
    const auto raised = [&](const char* where, domain::InspectionService service) {
        return site.raise(byHand(AreaType::Ground, where, "不洁", Severity::Minor, service));
    };
    raised("东区", domain::InspectionService::Cleaning);
    const auto rectified = raised("西区", domain::InspectionService::Cleaning);
    const auto closed = raised("南区", domain::InspectionService::Cleaning);
    raised("北区", domain::InspectionService::Greening);
    site.clock.advance(1h);
    REQUIRE(insp.rectify(rectified.id, "保洁员", "已清扫"));
    REQUIRE(insp.rectify(closed.id, "保洁员", "已清扫"));
    REQUIRE(insp.verify(closed.id, true, ""));
    REQUIRE(insp.close(closed.id, ""));

    auto standings = insp.standings("HQ", day(2025, 4, 20));
    REQUIRE(standings);
    REQUIRE(standings->size() == 2);
    const auto& c = standings->at(0);
    CHECK(c.contractor.name == "洁美保洁");
    CHECK(c.contractor.phone == "13700000000");
    CHECK(c.warningsInYear == 3);
    CHECK(c.mayTerminate);
    CHECK(c.deductedThisMonth == 62'050);
    CHECK(c.openNonconformances == 2);
    const auto& g = standings->at(1);
    CHECK(g.contractor.id == gardener.id);
    CHECK(g.warningsInYear == 0);
    CHECK_FALSE(g.mayTerminate);
    CHECK(g.deductedThisMonth == 3'000);
    CHECK(g.openNonconformances == 1);
}

TEST_CASE("a pest-control visit needs a licence and a pest-control contractor and signs out once")
{
    Inspections site(at("2025-04-20 12:00"));
    auto& insp = site.insp();
    auto pco = contractor("灭害灵", domain::ContractorService::PestControl, day(2025, 1, 1), day(2025, 12, 31));
    pco.licence = "PCO-2025-018";
    const auto pest = site.addContractor(pco);
    const auto cleaner = site.addContractor(
        contractor("洁美保洁", domain::ContractorService::Cleaning, day(2025, 1, 1), day(2025, 12, 31)));
    // The front desk keeps the visit log.
    site.ws->context().user =
        domain::User{"前台小王", domain::Role::FrontDesk, std::nullopt, std::vector<domain::SiteId>{site.hq.id}};

    domain::PestControlVisit visit;
    visit.contractor = pest.id;
    visit.operatorName = " 陈师傅 ";
    visit.licence = " ";
    visit.signedInAt = at("2025-04-20 10:00");
    visit.areas = "地下室、垃圾房";
    visit.treatment = "投放鼠药";
    const auto before = site.auditTrail().size();
    refused(insp.signInPestVisit("HQ", visit), ErrorCode::InvalidInput, "licence",
            "give the operator's licence number");
    visit.licence = "粤消杀证 0931";
    auto wrong = visit;
    wrong.contractor = cleaner.id;
    refused(insp.signInPestVisit("HQ", wrong), ErrorCode::InvalidInput, "contractor",
            "is not a pest-control contractor");
    auto early = visit;
    early.signedInAt = at("2025-04-20 13:00");
    refused(insp.signInPestVisit("HQ", early), ErrorCode::InvalidInput, "signed_in_at", "lies in the future");
    CHECK(site.auditTrail().size() == before);

    auto signedIn = insp.signInPestVisit("HQ", visit);
    INFO((signedIn ? std::string() : signedIn.error().describe()));
    REQUIRE(signedIn);
    CHECK(signedIn->id.value > 0);
    CHECK(signedIn->site == site.hq.id);
    CHECK(signedIn->operatorName == "陈师傅");
    CHECK(signedIn->licence == "粤消杀证 0931");
    CHECK(signedIn->recordedAt == at("2025-04-20 12:00"));
    CHECK(signedIn->recordedBy == "前台小王");
    CHECK_FALSE(signedIn->signedOutAt);
    const auto trail = site.trail("pest_visit");
    REQUIRE(trail.size() == 1);
    CHECK(trail[0].summary == "陈师傅 of 灭害灵 signed in");
    CHECK(hasChange(trail[0], {"licence", "", "粤消杀证 0931"}));

    site.clock.advance(30min);
    auto out = insp.signOutPestVisit(signedIn->id);
    REQUIRE(out);
    CHECK(out->signedOutAt == std::optional<domain::Instant>(at("2025-04-20 12:30")));
    refused(insp.signOutPestVisit(signedIn->id), ErrorCode::Conflict, "signed_out_at",
            "the operator signed out already");
    CHECK(site.trail("pest_visit").back().summary == "陈师傅 signed out");
    auto visits = insp.pestVisits("HQ", day(2025, 4, 20), day(2025, 4, 20));
    REQUIRE(visits);
    REQUIRE(visits->size() == 1);
    CHECK(visits->front().signedOutAt == std::optional<domain::Instant>(at("2025-04-20 12:30")));
    auto yesterday = insp.pestVisits("HQ", day(2025, 4, 19), day(2025, 4, 19));
    REQUIRE(yesterday);
    CHECK(yesterday->empty());
}

// --- photos --------------------------------------------------------------------------------------------------

TEST_CASE("a PNG and a JPEG are stored byte for byte and other files are refused")
{
    Inspections site(at("2025-04-20 12:00"));
    auto& insp = site.insp();
    auto png = insp.addPhoto("HQ", site.writeFile("地面.png", kPng));
    REQUIRE(png);
    CHECK(png->id.value > 0);
    CHECK(png->fileName == "地面.png");
    auto jpeg = insp.addPhoto("HQ", site.writeFile("IMG_2031.jpg", kJpeg));
    REQUIRE(jpeg);
    CHECK(jpeg->id != png->id);

    auto readPng = insp.photo(png->id);
    REQUIRE(readPng);
    REQUIRE(*readPng);
    CHECK((*readPng)->bytes == kPng);
    CHECK((*readPng)->fileName == "地面.png");
    CHECK((*readPng)->site == site.hq.id);
    CHECK((*readPng)->addedAt == at("2025-04-20 12:00"));
    CHECK((*readPng)->addedBy == "tester");
    auto readJpeg = insp.photo(jpeg->id);
    REQUIRE(readJpeg);
    REQUIRE(*readJpeg);
    CHECK((*readJpeg)->bytes == kJpeg);

    const std::string text = "这不是图片";
    refused(insp.addPhoto("HQ", site.writeFile("note.txt", std::vector<unsigned char>(text.begin(), text.end()))),
            ErrorCode::InvalidInput, "file", "is not a JPEG or PNG image");
    auto big = kPng;
    big.resize(10u * 1024u * 1024u + 1u, 0x42);
    refused(insp.addPhoto("HQ", site.writeFile("big.png", big)), ErrorCode::InvalidInput, "file",
            "is larger than 10 MiB (10485761 bytes)");
    auto missing = insp.addPhoto("HQ", site.dir.file("nowhere.png"));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::Io);

    // A photo goes with its sheet line.
    auto started = insp.startDailySheet("HQ", day(2025, 4, 20), AreaType::Ground, "北区", "李主管");
    REQUIRE(started);
    auto entries = lines(started->sheet, {{0, entry(ItemResult::Fail, "有烟头")}});
    entries[0].photos = {*png, *jpeg};
    REQUIRE(insp.saveDraft(started->sheet.id, entries, "李主管"));
    auto read = insp.sheet(started->sheet.id);
    REQUIRE(read);
    REQUIRE(*read);
    const auto& photos = (*read)->sheet.lines[0].photos;
    REQUIRE(photos.size() == 2);
    CHECK(photos[0].id == png->id);
    CHECK(photos[0].fileName == "地面.png");
    CHECK(photos[1].id == jpeg->id);
    CHECK(hasChange(site.trail("inspection_sheet").back(), {"line G1 photos", "", "地面.png, IMG_2031.jpg"}));
}

// --- KPIs ----------------------------------------------------------------------------------------------------

TEST_CASE("the inspection KPIs of a small month come out exactly and siteKpis carries them")
{
    Inspections site(at("2025-05-02 10:00"));
    auto& insp = site.insp();
    const auto cleaner = site.addContractor(
        contractor("洁美保洁", domain::ContractorService::Cleaning, day(2025, 1, 1), day(2025, 12, 31)));
    site.addContractor(contractor("绿源园林", domain::ContractorService::Greening, day(2025, 1, 1), day(2025, 12, 31)));
    site.addContractor(contractor("旧园林", domain::ContractorService::Greening, day(2024, 1, 1), day(2025, 3, 31)));
    REQUIRE(insp.issueWarning(cleaner.id, day(2025, 4, 10), "地面保洁不达标"));

    // 04-01: ground, G1 failed (80 m² of cleaning), G4 not applicable.
    auto first = site.signedDaily(day(2025, 4, 1), AreaType::Ground, "北区",
                                  {{0, entry(ItemResult::Fail, "有烟头")}, {3, entry(ItemResult::NotApplicable)}},
                                  at("2025-04-01 12:00"));
    // 04-02: refuse points, W1 failed (1 of 4).
    auto second = site.signedDaily(day(2025, 4, 2), AreaType::RefusePoints, "全场",
                                   {{0, entry(ItemResult::Fail, "未清运")}}, at("2025-04-02 09:00"));
    // 04-03: started, never signed.
    REQUIRE(insp.startDailySheet("HQ", day(2025, 4, 3), AreaType::Ground, "南区", "李主管"));
    REQUIRE(first.nonconformances.size() == 1);
    REQUIRE(second.nonconformances.size() == 1);
    const auto onTime = first.nonconformances[0].id;
    const auto late = second.nonconformances[0].id;
    REQUIRE(insp.rectify(onTime, "保洁员小张", "已清扫", {}, at("2025-04-01 18:00")));
    REQUIRE(insp.verify(onTime, true, "", at("2025-04-01 19:00")));
    REQUIRE(insp.rectify(late, "保洁员小李", "已清运", {}, at("2025-04-03 10:00")));

    auto report = site.ws->kpis().inspectionKpis("HQ", kApril);
    INFO((report ? std::string() : report.error().describe()));
    REQUIRE(report);
    const auto& r = report->result;
    CHECK(r.population == 2);
    REQUIRE(r.kpis.size() == 6);
    const auto value = [&](std::string_view key) {
        const auto* k = r.find(key);
        REQUIRE(k);
        return *k;
    };
    const auto cleaning = value("cleaning_rate");
    CHECK(cleaning.numerator == 83);
    CHECK(cleaning.denominator == 164);
    CHECK(cleaning.pending == 160);
    CHECK(cleaning.met == std::optional<bool>(false));
    REQUIRE(cleaning.records.size() == 2);
    CHECK(cleaning.records[0].subject == rules::KpiSubject::InspectionLine);
    CHECK(cleaning.records[0].id == first.sheet.id.value);
    CHECK(cleaning.records[0].code == "G1");
    CHECK(cleaning.records[0].location == "北区");
    CHECK(cleaning.records[0].detail == "有烟头");
    CHECK(cleaning.records[1].code == "W1");

    const auto greening = value("greening_intact_rate");
    CHECK(greening.numerator == 240);
    CHECK(greening.denominator == 240);
    CHECK(greening.pending == 320);
    CHECK(greening.rate == std::optional<double>(1.0));
    CHECK(greening.met == std::optional<bool>(true));

    const auto rectified = value("nc_rectified_on_time");
    CHECK(rectified.numerator == 1);
    CHECK(rectified.denominator == 2);
    REQUIRE(rectified.records.size() == 1);
    CHECK(rectified.records[0].code == "NC-2025-0002");
    CHECK(rectified.records[0].outcome == "late");
    CHECK(rectified.records[0].overBy == domain::Seconds{10 * 3600 + 1});

    const auto verified = value("nc_verification_rate");
    CHECK(verified.numerator == 1);
    CHECK(verified.denominator == 2);
    REQUIRE(verified.records.size() == 1);
    CHECK(verified.records[0].code == "NC-2025-0002");
    CHECK(verified.records[0].outcome == "not_verified");

    const auto daily = value("daily_sheets_completed");
    CHECK(daily.numerator == 2);
    CHECK(daily.denominator == 30);
    CHECK(daily.pending == 0);
    REQUIRE(daily.records.size() == 28);
    CHECK(daily.records[0].code == "2025-04-03");
    CHECK(daily.records[0].outcome == "no_sheet");

    const auto warnings = value("contractor_warnings");
    CHECK(warnings.numerator == 1);
    CHECK(warnings.denominator == 2);
    REQUIRE(warnings.records.size() == 1);
    CHECK(warnings.records[0].outcome == "warning");
    CHECK(warnings.records[0].location == "洁美保洁");
    CHECK(warnings.records[0].code == "2025-04-10");

    // As of the morning of 04-02: the first day only, the second sheet signed at 09:00.
    auto early = site.ws->kpis().inspectionKpis("HQ", kApril, at("2025-04-02 10:00"));
    REQUIRE(early);
    const auto* earlyDaily = early->result.find("daily_sheets_completed");
    REQUIRE(earlyDaily);
    CHECK(earlyDaily->numerator == 1);
    CHECK(earlyDaily->denominator == 1);
    CHECK(earlyDaily->pending == 1);
    const auto* earlyOnTime = early->result.find("nc_rectified_on_time");
    REQUIRE(earlyOnTime);
    CHECK(earlyOnTime->numerator == 1);
    CHECK(earlyOnTime->denominator == 1);
    CHECK(earlyOnTime->pending == 1);

    auto all = site.ws->kpis().siteKpis("HQ", kApril);
    REQUIRE(all);
    REQUIRE(all->inspections);
    REQUIRE(all->inspections->kpis.size() == 6);
    const auto* inSite = all->inspections->find("cleaning_rate");
    REQUIRE(inSite);
    CHECK(inSite->numerator == 83);
    CHECK(inSite->denominator == 164);
}

// --- sites -----------------------------------------------------------------------------------------------------

TEST_CASE("a user of another site gets not found for this site's sheets nonconformances and photos")
{
    Inspections site(at("2025-04-20 12:00"));
    auto& insp = site.insp();
    auto signedOff =
        site.signedDaily(day(2025, 4, 20), AreaType::Ground, "北区", {{0, entry(ItemResult::Fail, "有烟头")}});
    const auto sheetId = signedOff.sheet.id;
    const auto ncId = signedOff.nonconformances.at(0).id;
    auto photo = insp.addPhoto("HQ", site.writeFile("a.png", kPng));
    REQUIRE(photo);
    auto draft = insp.startDailySheet("HQ", day(2025, 4, 20), AreaType::Lobby, "1栋", "李主管");
    REQUIRE(draft);
    const auto before = site.auditTrail().size();

    site.ws->context().user =
        domain::User{"B站主管", domain::Role::Supervisor, std::nullopt, std::vector<domain::SiteId>{site.b.id}};
    const auto notFound = [](const auto& result, const std::string& message) {
        REQUIRE_FALSE(result);
        CHECK(result.error().code == ErrorCode::NotFound);
        CHECK(result.error().message == message);
    };
    auto sheet = insp.sheet(sheetId);
    REQUIRE(sheet);
    CHECK_FALSE(sheet->has_value());
    const auto noSheet = fmt::format("no sheet with id {}", sheetId.value);
    notFound(insp.amendLine(sheetId, 0, ItemResult::Pass, "", "看错了"), noSheet);
    notFound(insp.signSheet(draft->sheet.id), fmt::format("no sheet with id {}", draft->sheet.id.value));
    notFound(insp.saveDraft(draft->sheet.id, lines(draft->sheet, {}), "B站主管"),
             fmt::format("no sheet with id {}", draft->sheet.id.value));
    // Exactly what an unknown id gets.
    notFound(insp.signSheet(domain::SheetId{sheetId.value + 1000}),
             fmt::format("no sheet with id {}", sheetId.value + 1000));

    auto nc = insp.nonconformance(ncId);
    REQUIRE(nc);
    CHECK_FALSE(nc->has_value());
    const auto noNc = fmt::format("no nonconformance with id {}", ncId.value);
    notFound(insp.rectify(ncId, "保洁员", "已清扫"), noNc);
    notFound(insp.verify(ncId, true, ""), noNc);
    notFound(insp.close(ncId, ""), noNc);
    notFound(insp.assign(ncId, "原因", std::nullopt), noNc);
    auto seen = insp.photo(photo->id);
    REQUIRE(seen);
    CHECK_FALSE(seen->has_value());

    auto list = insp.sheets("HQ", day(2025, 4, 1), day(2025, 4, 30));
    REQUIRE_FALSE(list);
    CHECK(list.error().code == ErrorCode::PermissionDenied);
    CHECK(list.error().message == "you do not work at site 'HQ'");
    CHECK(site.auditTrail().size() == before);
}
