// The inspection records in the database: setups, template versions, sheets with their lines and
// amendments, photos byte for byte, nonconformances with their history, preventive actions, contractors with
// their warnings and deductions, and pest-control visits come back as they were stored, in the documented
// order, and each list finds exactly its period, its filter and its site.

#include "domain/inspectionrepository.h"
#include "domain/securityrepository.h"
#include "domain/siterepository.h"
#include "storage/schema.h"
#include "storage/sqlitestore.h"
#include "tempdir.h"
#include "testtime.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <array>

using namespace propdesk;
using namespace std::chrono_literals;
using domain::ContractorId;
using domain::NonconformanceId;
using domain::PhotoId;
using domain::SheetId;
using domain::SiteId;
using domain::TemplateId;
using propdesk::tests::at;
using propdesk::tests::TempDir;

namespace {

std::unique_ptr<domain::Store> freshStore(const TempDir& dir)
{
    auto store = storage::openStore(dir.file("propdesk.db"), storage::OpenMode::CreateIfMissing);
    REQUIRE(store);
    return std::move(*store);
}

SiteId addSite(domain::Store& store, std::string code)
{
    domain::Site s;
    s.code = std::move(code);
    s.name = "测试小区";
    auto id = store.sites().add(s);
    REQUIRE(id);
    return *id;
}

domain::Date day(std::string_view text)
{
    auto d = domain::parseDate(text);
    REQUIRE(d);
    return *d;
}

std::int64_t count(const TempDir& dir, const std::string& sql)
{
    SQLite::Database db(dir.file("propdesk.db").string(), SQLite::OPEN_READONLY);
    return db.execAndGet(sql).getInt64();
}

// ---------------------------------------------------------------------------------------------------
// Builders: nothing left as a default, so that a field lost on the way shows.

domain::InspectionSetup fullSetup(SiteId site)
{
    domain::InspectionSetup s;
    s.site = site;
    domain::Building one;
    one.code = "1";
    one.name = "1栋";
    one.kind = domain::BuildingKind::Residential;
    one.firstStandardFloor = 3;
    one.lastStandardFloor = 28;
    one.lifts = 2;
    domain::Building tower;
    tower.code = "T";
    tower.name = "写字楼A座";
    tower.kind = domain::BuildingKind::Office;
    tower.firstStandardFloor = 5;
    tower.lastStandardFloor = 40;
    tower.lifts = 6;
    s.buildings = {one, tower};
    domain::GroundZone north;
    north.code = "N";
    north.name = "北区中心花园";
    north.area = 120;
    domain::GroundZone south;
    south.code = "S";
    south.name = "南区";
    south.area = 95;
    s.groundZones = {north, south};
    s.clusterLimit = 4;
    s.clusterDays = 14;
    s.monthlyRectifyDays = 5;
    s.warningLimit = 2;
    return s;
}

void checkSameSetup(const domain::InspectionSetup& got, const domain::InspectionSetup& want)
{
    CHECK(got.site == want.site);
    REQUIRE(got.buildings.size() == want.buildings.size());
    for (std::size_t i = 0; i < want.buildings.size(); ++i) {
        CHECK(got.buildings[i].code == want.buildings[i].code);
        CHECK(got.buildings[i].name == want.buildings[i].name);
        CHECK(got.buildings[i].kind == want.buildings[i].kind);
        CHECK(got.buildings[i].firstStandardFloor == want.buildings[i].firstStandardFloor);
        CHECK(got.buildings[i].lastStandardFloor == want.buildings[i].lastStandardFloor);
        CHECK(got.buildings[i].lifts == want.buildings[i].lifts);
    }
    REQUIRE(got.groundZones.size() == want.groundZones.size());
    for (std::size_t i = 0; i < want.groundZones.size(); ++i) {
        CHECK(got.groundZones[i].code == want.groundZones[i].code);
        CHECK(got.groundZones[i].name == want.groundZones[i].name);
        CHECK(got.groundZones[i].area == want.groundZones[i].area);
    }
    CHECK(got.clusterLimit == want.clusterLimit);
    CHECK(got.clusterDays == want.clusterDays);
    CHECK(got.monthlyRectifyDays == want.monthlyRectifyDays);
    CHECK(got.warningLimit == want.warningLimit);
}

domain::CheckItem item(std::string code, domain::InspectionService service, domain::WeightUnit unit,
                       std::int64_t weight)
{
    domain::CheckItem i;
    i.code = std::move(code);
    i.text = "地面 " + i.code;
    i.standard = "无垃圾、无积水 " + i.code;
    i.service = service;
    i.unit = unit;
    i.weight = weight;
    return i;
}

void checkSameItem(const domain::CheckItem& got, const domain::CheckItem& want)
{
    CHECK(got.code == want.code);
    CHECK(got.text == want.text);
    CHECK(got.standard == want.standard);
    CHECK(got.service == want.service);
    CHECK(got.unit == want.unit);
    CHECK(got.weight == want.weight);
}

domain::InspectionTemplate makeTemplate(SiteId site, domain::AreaType area, std::string_view from)
{
    domain::InspectionTemplate t;
    t.site = site;
    t.area = area;
    t.name = fmt::format("模板 {}", domain::areaTypeKey(area));
    t.effectiveFrom = day(from);
    t.items = {item("G1", domain::InspectionService::Cleaning, domain::WeightUnit::SquareMetre, 80),
               item("G2", domain::InspectionService::Greening, domain::WeightUnit::Metre, 20),
               item("G3", domain::InspectionService::Cleaning, domain::WeightUnit::Count, 5)};
    t.sample.scope = domain::SampleScope::EachBuilding;
    t.sample.buildings = 2;
    t.sample.floors = 8;
    t.sample.officesOnly = true;
    t.sample.residentialOnly = false;
    t.active = false;
    t.savedAt = at("2026-02-27 16:45");
    t.savedBy = "张主管";
    return t;
}

void checkSameTemplate(const domain::InspectionTemplate& got, const domain::InspectionTemplate& want)
{
    CHECK(got.site == want.site);
    CHECK(got.area == want.area);
    CHECK(got.name == want.name);
    CHECK(got.effectiveFrom == want.effectiveFrom);
    REQUIRE(got.items.size() == want.items.size());
    for (std::size_t i = 0; i < want.items.size(); ++i) {
        checkSameItem(got.items[i], want.items[i]);
    }
    CHECK(got.sample.scope == want.sample.scope);
    CHECK(got.sample.buildings == want.sample.buildings);
    CHECK(got.sample.floors == want.sample.floors);
    CHECK(got.sample.officesOnly == want.sample.officesOnly);
    CHECK(got.sample.residentialOnly == want.sample.residentialOnly);
    CHECK(got.active == want.active);
    CHECK(got.savedAt == want.savedAt);
    CHECK(got.savedBy == want.savedBy);
}

domain::PhotoRef photoRef(std::int64_t id, std::string name)
{
    domain::PhotoRef p;
    p.id = PhotoId{id};
    p.fileName = std::move(name);
    return p;
}

domain::InspectionSheet makeSheet(SiteId site, domain::SheetKind kind, std::string_view on, domain::AreaType area,
                                  std::string location)
{
    domain::InspectionSheet s;
    s.site = site;
    s.kind = kind;
    s.day = day(on);
    s.area = area;
    s.location = std::move(location);
    s.inspector = "李检查";
    domain::SheetLine pass;
    pass.item = item("G1", domain::InspectionService::Cleaning, domain::WeightUnit::SquareMetre, 80);
    pass.result = domain::ItemResult::Pass;
    domain::SheetLine fail;
    fail.item = item("G2", domain::InspectionService::Greening, domain::WeightUnit::Metre, 20);
    fail.result = domain::ItemResult::Fail;
    fail.note = "绿篱缺株";
    fail.photos = {photoRef(7, "IMG_2031.jpg"), photoRef(8, "IMG_2032.jpg")};
    fail.severity = domain::Severity::Severe;
    fail.correctedOnSpot = true;
    domain::SheetLine skipped;
    skipped.item = item("G3", domain::InspectionService::Cleaning, domain::WeightUnit::Count, 5);
    skipped.result = domain::ItemResult::NotApplicable;
    skipped.note = "施工围闭";
    domain::SheetLine pending;
    pending.item = item("G4", domain::InspectionService::Cleaning, domain::WeightUnit::Count, 1);
    s.lines = {pass, fail, skipped, pending};
    s.status = domain::SheetStatus::Signed;
    s.createdAt = at("2026-03-02 09:00");
    s.createdBy = "李检查";
    s.signedAt = at("2026-03-02 11:30");
    s.signedBy = "张主管";
    s.amendments = 2;
    return s;
}

void checkSameSheet(const domain::InspectionSheet& got, const domain::InspectionSheet& want)
{
    CHECK(got.site == want.site);
    CHECK(got.kind == want.kind);
    CHECK(got.day == want.day);
    CHECK(got.area == want.area);
    CHECK(got.location == want.location);
    CHECK(got.templateVersion == want.templateVersion);
    CHECK(got.inspector == want.inspector);
    REQUIRE(got.lines.size() == want.lines.size());
    for (std::size_t i = 0; i < want.lines.size(); ++i) {
        INFO("line " << i);
        checkSameItem(got.lines[i].item, want.lines[i].item);
        CHECK(got.lines[i].result == want.lines[i].result);
        CHECK(got.lines[i].note == want.lines[i].note);
        REQUIRE(got.lines[i].photos.size() == want.lines[i].photos.size());
        for (std::size_t p = 0; p < want.lines[i].photos.size(); ++p) {
            CHECK(got.lines[i].photos[p].id == want.lines[i].photos[p].id);
            CHECK(got.lines[i].photos[p].fileName == want.lines[i].photos[p].fileName);
        }
        CHECK(got.lines[i].severity == want.lines[i].severity);
        CHECK(got.lines[i].correctedOnSpot == want.lines[i].correctedOnSpot);
    }
    CHECK(got.status == want.status);
    CHECK(got.createdAt == want.createdAt);
    CHECK(got.createdBy == want.createdBy);
    CHECK(got.signedAt == want.signedAt);
    CHECK(got.signedBy == want.signedBy);
    CHECK(got.amendments == want.amendments);
}

domain::NcEvent event(domain::NcEventKind kind, std::string_view when, std::string by, std::string note)
{
    domain::NcEvent e;
    e.kind = kind;
    e.at = at(when);
    e.by = std::move(by);
    e.note = std::move(note);
    return e;
}

domain::Nonconformance makeNc(SiteId site, std::string code, std::string_view raised, std::string_view deadline)
{
    domain::Nonconformance nc;
    nc.site = site;
    nc.code = std::move(code);
    nc.line = -1;
    nc.source = domain::SheetKind::Daily;
    nc.area = domain::AreaType::Ground;
    nc.location = "北区";
    nc.itemCode = "G1";
    nc.description = "地面有垃圾";
    nc.service = domain::InspectionService::Cleaning;
    nc.severity = domain::Severity::Minor;
    nc.raisedAt = at(raised);
    nc.raisedBy = "李检查";
    nc.deadline = at(deadline);
    nc.state = domain::NcState::Open;
    nc.events = {event(domain::NcEventKind::Raised, raised, "李检查", "")};
    return nc;
}

// Every field set, in the state Closed with its whole history.
domain::Nonconformance fullNc(SiteId site, SheetId sheet, ContractorId contractor)
{
    auto nc = makeNc(site, "NC-2026-0007", "2026-03-02 10:00", "2026-03-02 23:59");
    nc.sheet = sheet;
    nc.line = 1;
    nc.source = domain::SheetKind::Monthly;
    nc.area = domain::AreaType::StandardFloors;
    nc.location = "1栋 3、5、7层";
    nc.itemCode = "S4";
    nc.description = "消防栓箱积尘";
    nc.service = domain::InspectionService::Greening;
    nc.contractor = contractor;
    nc.severity = domain::Severity::Severe;
    nc.cause = "保洁员漏做";
    nc.reportRequired = true;
    nc.state = domain::NcState::Closed;
    nc.rectifiedAt = at("2026-03-02 15:00");
    nc.rectifiedBy = "王保洁";
    nc.evidence = "已擦拭";
    nc.evidencePhotos = {photoRef(11, "after.jpg"), photoRef(12, "after-2.png")};
    nc.verifiedAt = at("2026-03-02 16:00");
    nc.verifiedBy = "张主管";
    nc.closedAt = at("2026-03-03 09:00");
    nc.closedBy = "张主管";
    domain::CorrectiveActionReport report;
    report.causeAnalysis = "排班不足";
    report.action = "增加巡查频次";
    report.owner = "王班长";
    report.due = day("2026-03-10");
    report.recordedAt = at("2026-03-02 17:00");
    report.recordedBy = "张主管";
    nc.report = report;
    nc.events = {event(domain::NcEventKind::Raised, "2026-03-02 10:00", "李检查", ""),
                 event(domain::NcEventKind::Rectified, "2026-03-02 12:00", "王保洁", "擦了"),
                 event(domain::NcEventKind::VerificationFailed, "2026-03-02 13:00", "张主管", "仍有灰"),
                 event(domain::NcEventKind::Rectified, "2026-03-02 15:00", "王保洁", "已擦拭"),
                 event(domain::NcEventKind::VerificationPassed, "2026-03-02 16:00", "张主管", ""),
                 event(domain::NcEventKind::CorrectiveAction, "2026-03-02 17:00", "张主管", "增加巡查频次"),
                 event(domain::NcEventKind::Closed, "2026-03-03 09:00", "张主管", "关闭")};
    return nc;
}

void checkSameEvents(const std::vector<domain::NcEvent>& got, const std::vector<domain::NcEvent>& want)
{
    REQUIRE(got.size() == want.size());
    for (std::size_t i = 0; i < want.size(); ++i) {
        INFO("event " << i);
        CHECK(got[i].kind == want[i].kind);
        CHECK(got[i].at == want[i].at);
        CHECK(got[i].by == want[i].by);
        CHECK(got[i].note == want[i].note);
    }
}

void checkSameNc(const domain::Nonconformance& got, const domain::Nonconformance& want)
{
    CHECK(got.site == want.site);
    CHECK(got.code == want.code);
    CHECK(got.sheet == want.sheet);
    CHECK(got.line == want.line);
    CHECK(got.source == want.source);
    CHECK(got.area == want.area);
    CHECK(got.location == want.location);
    CHECK(got.itemCode == want.itemCode);
    CHECK(got.description == want.description);
    CHECK(got.service == want.service);
    CHECK(got.contractor == want.contractor);
    CHECK(got.severity == want.severity);
    CHECK(got.cause == want.cause);
    CHECK(got.raisedAt == want.raisedAt);
    CHECK(got.raisedBy == want.raisedBy);
    CHECK(got.deadline == want.deadline);
    CHECK(got.reportRequired == want.reportRequired);
    CHECK(got.state == want.state);
    CHECK(got.rectifiedAt == want.rectifiedAt);
    CHECK(got.rectifiedBy == want.rectifiedBy);
    CHECK(got.evidence == want.evidence);
    REQUIRE(got.evidencePhotos.size() == want.evidencePhotos.size());
    for (std::size_t i = 0; i < want.evidencePhotos.size(); ++i) {
        CHECK(got.evidencePhotos[i].id == want.evidencePhotos[i].id);
        CHECK(got.evidencePhotos[i].fileName == want.evidencePhotos[i].fileName);
    }
    CHECK(got.verifiedAt == want.verifiedAt);
    CHECK(got.verifiedBy == want.verifiedBy);
    CHECK(got.closedAt == want.closedAt);
    CHECK(got.closedBy == want.closedBy);
    REQUIRE(got.report.has_value() == want.report.has_value());
    if (want.report) {
        CHECK(got.report->causeAnalysis == want.report->causeAnalysis);
        CHECK(got.report->action == want.report->action);
        CHECK(got.report->owner == want.report->owner);
        CHECK(got.report->due == want.report->due);
        CHECK(got.report->recordedAt == want.report->recordedAt);
        CHECK(got.report->recordedBy == want.report->recordedBy);
    }
    checkSameEvents(got.events, want.events);
}

domain::Contractor makeContractor(SiteId site, std::string name, domain::ContractorService service)
{
    domain::Contractor c;
    c.site = site;
    c.name = std::move(name);
    c.service = service;
    c.monthlyFee = 4'500'000;
    c.contractStart = day("2026-01-01");
    c.contractEnd = day("2026-12-31");
    c.contact = "陈经理";
    c.phone = "13800138000";
    c.licence = "粤消杀字 2026-118";
    c.active = false;
    return c;
}

void checkSameContractor(const domain::Contractor& got, const domain::Contractor& want)
{
    CHECK(got.site == want.site);
    CHECK(got.name == want.name);
    CHECK(got.service == want.service);
    CHECK(got.monthlyFee == want.monthlyFee);
    CHECK(got.contractStart == want.contractStart);
    CHECK(got.contractEnd == want.contractEnd);
    CHECK(got.contact == want.contact);
    CHECK(got.phone == want.phone);
    CHECK(got.licence == want.licence);
    CHECK(got.active == want.active);
}

ContractorId addContractor(domain::InspectionRepository& repo, SiteId site, std::string name,
                           domain::ContractorService service = domain::ContractorService::Cleaning)
{
    auto id = repo.addContractor(makeContractor(site, std::move(name), service));
    REQUIRE(id);
    return *id;
}

domain::PreventiveAction makeAction(SiteId site, std::string cause, std::string_view due)
{
    domain::PreventiveAction a;
    a.site = site;
    a.cause = std::move(cause);
    a.action = "加装防鼠网";
    a.owner = "王班长";
    a.due = day(due);
    a.recordedAt = at("2026-03-01 10:00");
    a.recordedBy = "张主管";
    return a;
}

domain::ContractorWarning makeWarning(ContractorId contractor, std::string_view on, std::string reason)
{
    domain::ContractorWarning w;
    w.contractor = contractor;
    w.issuedOn = day(on);
    w.reason = std::move(reason);
    w.recordedAt = at("2026-03-05 10:00");
    w.recordedBy = "赵经理";
    return w;
}

domain::Deduction makeDeduction(ContractorId contractor, date::year_month month, std::int64_t amount)
{
    domain::Deduction d;
    d.contractor = contractor;
    d.month = month;
    d.amount = amount;
    d.reason = "月检不合格";
    d.recordedAt = at("2026-03-31 17:00");
    d.recordedBy = "赵经理";
    return d;
}

domain::PestControlVisit makeVisit(SiteId site, ContractorId contractor, std::string_view signedIn)
{
    domain::PestControlVisit v;
    v.site = site;
    v.contractor = contractor;
    v.operatorName = "周师傅";
    v.licence = "PCO-44-0921";
    v.signedInAt = at(signedIn);
    v.areas = "地下室、垃圾房";
    v.treatment = "投放鼠饵";
    v.notes = "第一次";
    v.recordedAt = at(signedIn) + 5min;
    v.recordedBy = "前台小刘";
    return v;
}

void checkSameVisit(const domain::PestControlVisit& got, const domain::PestControlVisit& want)
{
    CHECK(got.site == want.site);
    CHECK(got.contractor == want.contractor);
    CHECK(got.operatorName == want.operatorName);
    CHECK(got.licence == want.licence);
    CHECK(got.signedInAt == want.signedInAt);
    CHECK(got.signedOutAt == want.signedOutAt);
    CHECK(got.areas == want.areas);
    CHECK(got.treatment == want.treatment);
    CHECK(got.notes == want.notes);
    CHECK(got.recordedAt == want.recordedAt);
    CHECK(got.recordedBy == want.recordedBy);
}

} // namespace

// ---------------------------------------------------------------------------------------------------
// Setup and templates

TEST_CASE("the inspection setup is absent until saved and comes back whole after each save")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    const auto other = addSite(*store, "B2");
    auto& repo = store->inspections();

    auto none = repo.setup(site);
    REQUIRE(none);
    CHECK_FALSE(none->has_value());

    auto setup = fullSetup(site);
    REQUIRE(repo.saveSetup(setup));
    auto got = repo.setup(site);
    REQUIRE(got);
    REQUIRE(got->has_value());
    checkSameSetup(**got, setup);

    setup.buildings.pop_back();
    setup.groundZones.clear();
    setup.warningLimit = 3;
    REQUIRE(repo.saveSetup(setup));
    got = repo.setup(site);
    REQUIRE(got);
    REQUIRE(got->has_value());
    checkSameSetup(**got, setup);
    CHECK(count(dir, "SELECT COUNT(*) FROM inspection_setups") == 1);

    auto elsewhere = repo.setup(other);
    REQUIRE(elsewhere);
    CHECK_FALSE(elsewhere->has_value());
}

TEST_CASE("template versions come back with every field ordered by area key and then effective date")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    const auto other = addSite(*store, "B2");
    auto& repo = store->inspections();

    const auto lobbyLater = makeTemplate(site, domain::AreaType::Lobby, "2026-04-01");
    const auto ground = makeTemplate(site, domain::AreaType::Ground, "2026-03-01");
    const auto lobbyEarlier = makeTemplate(site, domain::AreaType::Lobby, "2026-01-01");
    const auto drains = makeTemplate(site, domain::AreaType::Drains, "2026-05-01");
    auto idLater = repo.addTemplateVersion(lobbyLater);
    REQUIRE(idLater);
    REQUIRE(repo.addTemplateVersion(ground));
    REQUIRE(repo.addTemplateVersion(lobbyEarlier));
    REQUIRE(repo.addTemplateVersion(drains));
    REQUIRE(repo.addTemplateVersion(makeTemplate(other, domain::AreaType::Ground, "2026-03-01")));

    auto one = repo.templateVersion(*idLater);
    REQUIRE(one);
    REQUIRE(one->has_value());
    CHECK((*one)->id == *idLater);
    checkSameTemplate(**one, lobbyLater);

    auto all = repo.templates(site);
    REQUIRE(all);
    REQUIRE(all->size() == 4);
    // Keys: drains < ground < lobby.
    checkSameTemplate((*all)[0], drains);
    checkSameTemplate((*all)[1], ground);
    checkSameTemplate((*all)[2], lobbyEarlier);
    checkSameTemplate((*all)[3], lobbyLater);

    auto missing = repo.templateVersion(TemplateId{999});
    REQUIRE(missing);
    CHECK_FALSE(missing->has_value());
}

TEST_CASE("a second template version of an area from the same date is a conflict")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    const auto other = addSite(*store, "B2");
    auto& repo = store->inspections();

    REQUIRE(repo.addTemplateVersion(makeTemplate(site, domain::AreaType::Roofs, "2026-03-01")));
    auto again = makeTemplate(site, domain::AreaType::Roofs, "2026-03-01");
    again.name = "天台、设备层";
    auto dup = repo.addTemplateVersion(again);
    REQUIRE_FALSE(dup);
    CHECK(dup.error().code == domain::ErrorCode::Conflict);
    CHECK(dup.error().field == "effectiveFrom");
    CHECK(dup.error().message == "this area type already has a version from that date");
    CHECK(dup.error().record == "天台、设备层 2026-03-01");

    // Another area, another date or another site is no conflict.
    CHECK(repo.addTemplateVersion(makeTemplate(site, domain::AreaType::CarPark, "2026-03-01")));
    CHECK(repo.addTemplateVersion(makeTemplate(site, domain::AreaType::Roofs, "2026-03-02")));
    CHECK(repo.addTemplateVersion(makeTemplate(other, domain::AreaType::Roofs, "2026-03-01")));
    CHECK(count(dir, "SELECT COUNT(*) FROM inspection_templates") == 4);
}

TEST_CASE("every key of the inspection enums passes the CHECK constraints of the schema")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    auto& repo = store->inspections();

    int sheets = 0;
    for (const auto area : domain::allAreaTypes()) {
        INFO(domain::areaTypeKey(area));
        auto t = makeTemplate(site, area, "2026-01-01");
        REQUIRE(repo.addTemplateVersion(t));
        auto daily = makeSheet(site, domain::SheetKind::Daily, "2026-03-02", area, "1栋");
        daily.status = domain::SheetStatus::Draft;
        REQUIRE(repo.addSheet(daily));
        REQUIRE(repo.addSheet(makeSheet(site, domain::SheetKind::Monthly, "2026-03-02", area, "1栋")));
        sheets += 2;
    }
    CHECK(count(dir, "SELECT COUNT(*) FROM inspection_sheets") == sheets);

    for (const auto scope : {domain::SampleScope::Site, domain::SampleScope::GroundZone, domain::SampleScope::Buildings,
                             domain::SampleScope::EachBuilding}) {
        auto t = makeTemplate(site, domain::AreaType::Ground, "2026-02-01");
        t.effectiveFrom = date::year_month_day{date::sys_days{day("2026-02-01")} + date::days{static_cast<int>(scope)}};
        t.sample.scope = scope;
        auto id = repo.addTemplateVersion(t);
        REQUIRE(id);
        auto got = repo.templateVersion(*id);
        REQUIRE(got);
        REQUIRE(got->has_value());
        CHECK((*got)->sample.scope == scope);
    }

    for (const auto service : {domain::ContractorService::Cleaning, domain::ContractorService::Greening,
                               domain::ContractorService::PestControl}) {
        auto id = repo.addContractor(makeContractor(site, std::string(domain::contractorServiceKey(service)), service));
        REQUIRE(id);
        auto got = repo.contractor(*id);
        REQUIRE(got);
        REQUIRE(got->has_value());
        CHECK((*got)->service == service);
    }

    int n = 0;
    for (const auto state : {domain::NcState::Open, domain::NcState::Rectified, domain::NcState::Verified,
                             domain::NcState::Closed, domain::NcState::Withdrawn}) {
        for (const auto severity : {domain::Severity::Minor, domain::Severity::Severe}) {
            auto nc = makeNc(site, fmt::format("NC-2026-{:04}", ++n), "2026-03-02 10:00", "2026-03-02 23:59");
            nc.state = state;
            nc.severity = severity;
            nc.events.push_back(event(domain::NcEventKind::Withdrawn, "2026-03-02 11:00", "李检查", "改判"));
            auto id = repo.addNonconformance(nc);
            REQUIRE(id);
            auto got = repo.nonconformance(*id);
            REQUIRE(got);
            REQUIRE(got->has_value());
            CHECK((*got)->state == state);
            CHECK((*got)->severity == severity);
            REQUIRE((*got)->events.size() == 2);
            CHECK((*got)->events[1].kind == domain::NcEventKind::Withdrawn);
        }
    }
}

// ---------------------------------------------------------------------------------------------------
// Sheets and amendments

TEST_CASE("a sheet comes back with its lines photos and signature and an update rewrites only what it may")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    auto& repo = store->inspections();
    auto tmpl = repo.addTemplateVersion(makeTemplate(site, domain::AreaType::StandardFloors, "2026-01-01"));
    REQUIRE(tmpl);

    auto sheet =
        makeSheet(site, domain::SheetKind::Monthly, "2026-03-02", domain::AreaType::StandardFloors, "1栋 3、5、7层");
    sheet.templateVersion = *tmpl;
    auto id = repo.addSheet(sheet);
    REQUIRE(id);
    auto got = repo.sheet(*id);
    REQUIRE(got);
    REQUIRE(got->has_value());
    CHECK((*got)->id == *id);
    checkSameSheet(**got, sheet);

    // The built-in defaults: no template version.
    auto draft = makeSheet(site, domain::SheetKind::Daily, "2026-03-03", domain::AreaType::Ground, "北区");
    draft.status = domain::SheetStatus::Draft;
    draft.signedAt.reset();
    draft.signedBy.clear();
    draft.amendments = 0;
    auto draftId = repo.addSheet(draft);
    REQUIRE(draftId);
    got = repo.sheet(*draftId);
    REQUIRE(got);
    REQUIRE(got->has_value());
    CHECK_FALSE((*got)->templateVersion.has_value());
    checkSameSheet(**got, draft);

    // The update writes lines, inspector, location, status, signature and amendment count; the rest stays.
    auto changed = draft;
    changed.id = *draftId;
    changed.location = "南区";
    changed.inspector = "孙检查";
    changed.lines[3].result = domain::ItemResult::Fail;
    changed.lines[3].note = "垃圾未清";
    changed.lines[3].photos = {photoRef(31, "refuse.jpg")};
    changed.status = domain::SheetStatus::Signed;
    changed.signedAt = at("2026-03-03 12:00");
    changed.signedBy = "张主管";
    changed.amendments = 1;
    changed.kind = domain::SheetKind::Monthly;
    changed.day = day("2026-04-01");
    changed.area = domain::AreaType::Roofs;
    changed.createdAt = at("2026-04-01 00:00");
    changed.createdBy = "别人";
    REQUIRE(repo.updateSheet(changed));
    got = repo.sheet(*draftId);
    REQUIRE(got);
    REQUIRE(got->has_value());
    auto want = changed;
    want.kind = draft.kind;
    want.day = draft.day;
    want.area = draft.area;
    want.createdAt = draft.createdAt;
    want.createdBy = draft.createdBy;
    checkSameSheet(**got, want);

    auto missingSheet = changed;
    missingSheet.id = SheetId{999};
    auto notFound = repo.updateSheet(missingSheet);
    REQUIRE_FALSE(notFound);
    CHECK(notFound.error().code == domain::ErrorCode::NotFound);
    CHECK(notFound.error().message == "no sheet with id 999");

    auto none = repo.sheet(SheetId{999});
    REQUIRE(none);
    CHECK_FALSE(none->has_value());
}

TEST_CASE("the sheets of a period include both ends and come by day kind area location and id")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    const auto other = addSite(*store, "B2");
    auto& repo = store->inspections();
    using domain::AreaType;
    using domain::SheetKind;

    struct Row
    {
        SheetKind kind;
        const char* day;
        AreaType area;
        const char* location;
    };
    const std::vector<Row> rows{
        {SheetKind::Daily, "2026-03-01", AreaType::Ground, "before"},  // 0: before the period
        {SheetKind::Monthly, "2026-03-03", AreaType::Ground, "B"},     // 1
        {SheetKind::Daily, "2026-03-03", AreaType::Lobby, "A"},        // 2
        {SheetKind::Daily, "2026-03-03", AreaType::Ground, "B"},       // 3
        {SheetKind::Daily, "2026-03-03", AreaType::Ground, "A"},       // 4
        {SheetKind::Daily, "2026-03-02", AreaType::RefusePoints, "Z"}, // 5: first day
        {SheetKind::Daily, "2026-03-04", AreaType::CarPark, "X"},      // 6: last day
        {SheetKind::Daily, "2026-03-05", AreaType::Ground, "after"},   // 7: after the period
        {SheetKind::Daily, "2026-03-03", AreaType::Ground, "A"},       // 8: same as 4, later id
    };
    std::vector<SheetId> ids;
    for (const auto& r : rows) {
        auto id = repo.addSheet(makeSheet(site, r.kind, r.day, r.area, r.location));
        REQUIRE(id);
        ids.push_back(*id);
    }
    REQUIRE(repo.addSheet(makeSheet(other, SheetKind::Daily, "2026-03-03", AreaType::Ground, "A")));

    auto got = repo.sheetsBetween(site, day("2026-03-02"), day("2026-03-04"));
    REQUIRE(got);
    std::vector<SheetId> order;
    for (const auto& s : *got) {
        order.push_back(s.id);
    }
    CHECK(order == std::vector<SheetId>{ids[5], ids[4], ids[8], ids[3], ids[2], ids[1], ids[6]});

    auto monthly = repo.sheetsBetween(site, day("2026-03-02"), day("2026-03-04"), SheetKind::Monthly);
    REQUIRE(monthly);
    REQUIRE(monthly->size() == 1);
    CHECK(monthly->front().id == ids[1]);

    auto daily = repo.sheetsBetween(site, day("2026-03-01"), day("2026-03-01"), SheetKind::Daily);
    REQUIRE(daily);
    REQUIRE(daily->size() == 1);
    CHECK(daily->front().id == ids[0]);
}

TEST_CASE("amendments come back oldest first with every field and cannot be rewritten")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    auto& repo = store->inspections();
    auto sheet =
        repo.addSheet(makeSheet(site, domain::SheetKind::Daily, "2026-03-02", domain::AreaType::Ground, "北区"));
    REQUIRE(sheet);
    auto otherSheet =
        repo.addSheet(makeSheet(site, domain::SheetKind::Daily, "2026-03-02", domain::AreaType::Lobby, "大堂"));
    REQUIRE(otherSheet);

    domain::SheetAmendment first;
    first.sheet = *sheet;
    first.line = 1;
    first.before = domain::ItemResult::Fail;
    first.after = domain::ItemResult::Pass;
    first.noteBefore = "绿篱缺株";
    first.noteAfter = "误判";
    first.reason = "复查为合格";
    first.at = at("2026-03-02 14:00");
    first.by = "张主管";
    domain::SheetAmendment second;
    second.sheet = *sheet;
    second.line = 3;
    second.before = domain::ItemResult::Pending;
    second.after = domain::ItemResult::NotApplicable;
    second.noteBefore = "";
    second.noteAfter = "围闭";
    second.reason = "补录";
    second.at = at("2026-03-02 13:00"); // earlier time, stored later: the order is the order of storing
    second.by = "李检查";
    REQUIRE(repo.addAmendment(first));
    REQUIRE(repo.addAmendment(second));

    auto got = repo.amendments(*sheet);
    REQUIRE(got);
    REQUIRE(got->size() == 2);
    const std::array<const domain::SheetAmendment*, 2> want{&first, &second};
    for (std::size_t i = 0; i < 2; ++i) {
        INFO("amendment " << i);
        const auto& g = (*got)[i];
        CHECK(g.sheet == want[i]->sheet);
        CHECK(g.line == want[i]->line);
        CHECK(g.before == want[i]->before);
        CHECK(g.after == want[i]->after);
        CHECK(g.noteBefore == want[i]->noteBefore);
        CHECK(g.noteAfter == want[i]->noteAfter);
        CHECK(g.reason == want[i]->reason);
        CHECK(g.at == want[i]->at);
        CHECK(g.by == want[i]->by);
    }
    auto none = repo.amendments(*otherSheet);
    REQUIRE(none);
    CHECK(none->empty());

    auto orphan = first;
    orphan.sheet = SheetId{999};
    auto refused = repo.addAmendment(orphan);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == domain::ErrorCode::NotFound);

    SQLite::Database db(dir.file("propdesk.db").string(), SQLite::OPEN_READWRITE);
    CHECK_THROWS(db.exec("UPDATE sheet_amendments SET reason = 'x'"));
    CHECK_THROWS(db.exec("DELETE FROM sheet_amendments"));
    CHECK(db.execAndGet("SELECT COUNT(*) FROM sheet_amendments").getInt() == 2);
}

// ---------------------------------------------------------------------------------------------------
// Photos

TEST_CASE("a photo comes back byte for byte including NUL bytes")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    auto& repo = store->inspections();

    domain::Photo photo;
    photo.site = site;
    photo.fileName = "IMG_2031.jpg";
    photo.bytes = {0xFF, 0xD8, 0xFF, 0x00, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00, 0xFF, 0xD9};
    photo.addedAt = at("2026-03-02 10:05");
    photo.addedBy = "李检查";
    auto id = repo.addPhoto(photo);
    REQUIRE(id);

    domain::Photo empty;
    empty.site = site;
    empty.fileName = "empty.png";
    empty.addedAt = at("2026-03-02 10:06");
    empty.addedBy = "李检查";
    auto emptyId = repo.addPhoto(empty);
    REQUIRE(emptyId);

    auto got = repo.photo(*id);
    REQUIRE(got);
    REQUIRE(got->has_value());
    CHECK((*got)->id == *id);
    CHECK((*got)->site == site);
    CHECK((*got)->fileName == "IMG_2031.jpg");
    CHECK((*got)->bytes == photo.bytes);
    CHECK((*got)->bytes.size() == 13);
    CHECK((*got)->addedAt == photo.addedAt);
    CHECK((*got)->addedBy == "李检查");

    auto gotEmpty = repo.photo(*emptyId);
    REQUIRE(gotEmpty);
    REQUIRE(gotEmpty->has_value());
    CHECK((*gotEmpty)->bytes.empty());
    CHECK((*gotEmpty)->fileName == "empty.png");
    CHECK(count(dir, "SELECT COUNT(*) FROM inspection_photos WHERE bytes IS NULL") == 0);

    auto none = repo.photo(PhotoId{999});
    REQUIRE(none);
    CHECK_FALSE(none->has_value());
}

// ---------------------------------------------------------------------------------------------------
// Nonconformances

TEST_CASE("a nonconformance comes back with every field its report and its history")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    auto& repo = store->inspections();
    auto sheet = repo.addSheet(
        makeSheet(site, domain::SheetKind::Monthly, "2026-03-02", domain::AreaType::StandardFloors, "1栋"));
    REQUIRE(sheet);
    const auto contractor = addContractor(repo, site, "洁美保洁");

    const auto nc = fullNc(site, *sheet, contractor);
    auto id = repo.addNonconformance(nc);
    REQUIRE(id);
    auto got = repo.nonconformance(*id);
    REQUIRE(got);
    REQUIRE(got->has_value());
    CHECK((*got)->id == *id);
    checkSameNc(**got, nc);
    CHECK(count(dir, "SELECT COUNT(*) FROM nonconformance_events") == 7);

    // Raised without a sheet, contractor or report.
    const auto bare = makeNc(site, "NC-2026-0008", "2026-03-04 08:00", "2026-03-04 20:00");
    auto bareId = repo.addNonconformance(bare);
    REQUIRE(bareId);
    got = repo.nonconformance(*bareId);
    REQUIRE(got);
    REQUIRE(got->has_value());
    checkSameNc(**got, bare);

    auto none = repo.nonconformance(NonconformanceId{999});
    REQUIRE(none);
    CHECK_FALSE(none->has_value());
}

TEST_CASE("updating a nonconformance rewrites its state and appends only the new events")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    auto& repo = store->inspections();
    const auto contractor = addContractor(repo, site, "洁美保洁");

    auto nc = makeNc(site, "NC-2026-0001", "2026-03-02 10:00", "2026-03-02 23:59");
    auto id = repo.addNonconformance(nc);
    REQUIRE(id);
    nc.id = *id;

    // Rectified: one event more.
    nc.state = domain::NcState::Rectified;
    nc.rectifiedAt = at("2026-03-02 15:00");
    nc.rectifiedBy = "王保洁";
    nc.evidence = "已清理";
    nc.evidencePhotos = {photoRef(4, "after.jpg")};
    nc.contractor = contractor;
    nc.events.push_back(event(domain::NcEventKind::Rectified, "2026-03-02 15:00", "王保洁", "已清理"));
    REQUIRE(repo.updateNonconformance(nc));
    CHECK(count(dir, "SELECT COUNT(*) FROM nonconformance_events") == 2);

    // Saved again without a new event: nothing is duplicated.
    REQUIRE(repo.updateNonconformance(nc));
    CHECK(count(dir, "SELECT COUNT(*) FROM nonconformance_events") == 2);

    // Verified, a report and closed in one save: three events appended in order.
    nc.state = domain::NcState::Closed;
    nc.severity = domain::Severity::Severe;
    nc.cause = "清扫不及时";
    nc.reportRequired = true;
    nc.deadline = at("2026-03-03 12:00");
    nc.verifiedAt = at("2026-03-02 16:00");
    nc.verifiedBy = "张主管";
    nc.closedAt = at("2026-03-02 18:00");
    nc.closedBy = "张主管";
    domain::CorrectiveActionReport report;
    report.causeAnalysis = "人手不足";
    report.action = "增派一人";
    report.owner = "王班长";
    report.due = day("2026-03-09");
    report.recordedAt = at("2026-03-02 17:00");
    report.recordedBy = "张主管";
    nc.report = report;
    nc.events.push_back(event(domain::NcEventKind::VerificationPassed, "2026-03-02 16:00", "张主管", ""));
    nc.events.push_back(event(domain::NcEventKind::CorrectiveAction, "2026-03-02 17:00", "张主管", "增派一人"));
    nc.events.push_back(event(domain::NcEventKind::Closed, "2026-03-02 18:00", "张主管", "关闭"));
    REQUIRE(repo.updateNonconformance(nc));
    CHECK(count(dir, "SELECT COUNT(*) FROM nonconformance_events") == 5);

    auto got = repo.nonconformance(*id);
    REQUIRE(got);
    REQUIRE(got->has_value());
    checkSameNc(**got, nc);

    // What the update does not rewrite: where it was raised, by whom and from what.
    auto moved = nc;
    moved.code = "NC-2026-0999";
    moved.location = "别处";
    moved.raisedAt = at("2026-01-01 00:00");
    moved.description = "改写";
    REQUIRE(repo.updateNonconformance(moved));
    got = repo.nonconformance(*id);
    REQUIRE(got);
    REQUIRE(got->has_value());
    checkSameNc(**got, nc);

    // A copy read before the last events were stored is refused and changes nothing.
    auto stale = nc;
    stale.events.resize(2);
    stale.state = domain::NcState::Rectified;
    auto refused = repo.updateNonconformance(stale);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == domain::ErrorCode::Conflict);
    CHECK(refused.error().message == "nonconformance NC-2026-0001 was changed by someone else; reload it");
    got = repo.nonconformance(*id);
    REQUIRE(got);
    REQUIRE(got->has_value());
    CHECK((*got)->state == domain::NcState::Closed);
    CHECK(count(dir, "SELECT COUNT(*) FROM nonconformance_events") == 5);

    auto missing = nc;
    missing.id = NonconformanceId{999};
    auto notFound = repo.updateNonconformance(missing);
    REQUIRE_FALSE(notFound);
    CHECK(notFound.error().code == domain::ErrorCode::NotFound);
    CHECK(notFound.error().message == "no nonconformance with id 999");
    CHECK(count(dir, "SELECT COUNT(*) FROM nonconformance_events") == 5);

    SQLite::Database db(dir.file("propdesk.db").string(), SQLite::OPEN_READWRITE);
    CHECK_THROWS(db.exec("UPDATE nonconformance_events SET note = 'x'"));
    CHECK_THROWS(db.exec("DELETE FROM nonconformance_events"));
}

TEST_CASE("a nonconformance code taken at the site is a conflict and stores nothing")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    const auto other = addSite(*store, "B2");
    auto& repo = store->inspections();

    REQUIRE(repo.addNonconformance(makeNc(site, "NC-2026-0001", "2026-03-02 10:00", "2026-03-02 23:59")));
    auto dup = repo.addNonconformance(makeNc(site, "NC-2026-0001", "2026-03-03 10:00", "2026-03-03 23:59"));
    REQUIRE_FALSE(dup);
    CHECK(dup.error().code == domain::ErrorCode::Conflict);
    CHECK(dup.error().field == "code");
    CHECK(dup.error().message == "nonconformance NC-2026-0001 already exists at the site");
    CHECK(count(dir, "SELECT COUNT(*) FROM nonconformances") == 1);
    CHECK(count(dir, "SELECT COUNT(*) FROM nonconformance_events") == 1);

    CHECK(repo.addNonconformance(makeNc(other, "NC-2026-0001", "2026-03-02 10:00", "2026-03-02 23:59")));
}

TEST_CASE("the nonconformance board filters by state sheet and raised time and orders by deadline and id")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    const auto other = addSite(*store, "B2");
    auto& repo = store->inspections();
    auto sheetA =
        repo.addSheet(makeSheet(site, domain::SheetKind::Daily, "2026-03-02", domain::AreaType::Ground, "北区"));
    auto sheetB =
        repo.addSheet(makeSheet(site, domain::SheetKind::Daily, "2026-03-02", domain::AreaType::Lobby, "大堂"));
    REQUIRE(sheetA);
    REQUIRE(sheetB);

    struct Row
    {
        const char* raised;
        const char* deadline;
        domain::NcState state;
        std::optional<SheetId> sheet;
    };
    const std::vector<Row> rows{
        {"2026-03-01 09:00", "2026-03-05 18:00", domain::NcState::Open, *sheetA},      // 0
        {"2026-03-02 00:00", "2026-03-02 18:00", domain::NcState::Rectified, *sheetA}, // 1: first second
        {"2026-03-02 12:00", "2026-03-04 18:00", domain::NcState::Closed, *sheetB},    // 2
        {"2026-03-02 23:59", "2026-03-02 18:00", domain::NcState::Open, std::nullopt}, // 3: same deadline as 1
        {"2026-03-03 00:00", "2026-03-01 18:00", domain::NcState::Verified, *sheetB},  // 4: the end, excluded
    };
    std::vector<NonconformanceId> ids;
    int n = 0;
    for (const auto& r : rows) {
        auto nc = makeNc(site, fmt::format("NC-2026-{:04}", ++n), r.raised, r.deadline);
        nc.state = r.state;
        nc.sheet = r.sheet;
        auto id = repo.addNonconformance(nc);
        REQUIRE(id);
        ids.push_back(*id);
    }
    REQUIRE(repo.addNonconformance(makeNc(other, "NC-2026-0001", "2026-03-02 10:00", "2026-03-02 11:00")));

    auto idsOf = [](const domain::Result<std::vector<domain::Nonconformance>>& got) {
        REQUIRE(got);
        std::vector<NonconformanceId> out;
        for (const auto& nc : *got) {
            out.push_back(nc.id);
        }
        return out;
    };

    CHECK(idsOf(repo.nonconformances(site)) == std::vector<NonconformanceId>{ids[4], ids[1], ids[3], ids[2], ids[0]});

    domain::NcFilter open;
    open.states = std::vector<domain::NcState>{domain::NcState::Open};
    CHECK(idsOf(repo.nonconformances(site, open)) == std::vector<NonconformanceId>{ids[3], ids[0]});

    domain::NcFilter pending;
    pending.states = std::vector<domain::NcState>{domain::NcState::Rectified, domain::NcState::Verified};
    CHECK(idsOf(repo.nonconformances(site, pending)) == std::vector<NonconformanceId>{ids[4], ids[1]});

    domain::NcFilter noState;
    noState.states = std::vector<domain::NcState>{};
    CHECK(idsOf(repo.nonconformances(site, noState)).empty());

    domain::NcFilter ofSheet;
    ofSheet.sheet = *sheetB;
    CHECK(idsOf(repo.nonconformances(site, ofSheet)) == std::vector<NonconformanceId>{ids[4], ids[2]});

    domain::NcFilter day2;
    day2.raisedFrom = at("2026-03-02 00:00");
    day2.raisedTo = at("2026-03-03 00:00");
    CHECK(idsOf(repo.nonconformances(site, day2)) == std::vector<NonconformanceId>{ids[1], ids[3], ids[2]});

    domain::NcFilter combined = day2;
    combined.states = std::vector<domain::NcState>{domain::NcState::Open, domain::NcState::Closed};
    combined.sheet = *sheetB;
    CHECK(idsOf(repo.nonconformances(site, combined)) == std::vector<NonconformanceId>{ids[2]});

    domain::NcFilter fromOnly;
    fromOnly.raisedFrom = at("2026-03-02 23:59");
    CHECK(idsOf(repo.nonconformances(site, fromOnly)) == std::vector<NonconformanceId>{ids[4], ids[3]});

    // The list carries each nonconformance's history.
    auto all = repo.nonconformances(site);
    REQUIRE(all);
    for (const auto& nc : *all) {
        REQUIRE(nc.events.size() == 1);
        CHECK(nc.events.front().kind == domain::NcEventKind::Raised);
        CHECK(nc.events.front().at == nc.raisedAt);
    }
}

TEST_CASE("the codes counted are the site's codes that start with the prefix taken literally")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    const auto other = addSite(*store, "B2");
    auto& repo = store->inspections();

    for (const char* code : {"NC-2026-0001", "NC-2026-0002", "NC-2025-0001", "nc-2026-0003", "XNC-2026-0004"}) {
        REQUIRE(repo.addNonconformance(makeNc(site, code, "2026-03-02 10:00", "2026-03-02 23:59")));
    }
    REQUIRE(repo.addNonconformance(makeNc(other, "NC-2026-0001", "2026-03-02 10:00", "2026-03-02 23:59")));

    auto n = repo.countNonconformanceCodes(site, "NC-2026-");
    REQUIRE(n);
    CHECK(*n == 2);
    n = repo.countNonconformanceCodes(site, "NC-2025-");
    REQUIRE(n);
    CHECK(*n == 1);
    n = repo.countNonconformanceCodes(site, "NC-2027-");
    REQUIRE(n);
    CHECK(*n == 0);
    n = repo.countNonconformanceCodes(site, "NC-202_-");
    REQUIRE(n);
    CHECK(*n == 0);
    n = repo.countNonconformanceCodes(site, "NC%");
    REQUIRE(n);
    CHECK(*n == 0);
    n = repo.countNonconformanceCodes(other, "NC-2026-");
    REQUIRE(n);
    CHECK(*n == 1);
}

// ---------------------------------------------------------------------------------------------------
// Preventive actions

TEST_CASE("preventive actions come back whole open ones first then by due date and id")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    const auto other = addSite(*store, "B2");
    auto& repo = store->inspections();
    auto nc = repo.addNonconformance(makeNc(site, "NC-2026-0001", "2026-03-02 10:00", "2026-03-02 23:59"));
    REQUIRE(nc);

    auto full = makeAction(site, "垃圾房鼠患", "2026-03-20");
    full.from = *nc;
    auto fullId = repo.addPreventiveAction(full);
    REQUIRE(fullId);
    auto got = repo.preventiveAction(*fullId);
    REQUIRE(got);
    REQUIRE(got->has_value());
    CHECK((*got)->id == *fullId);
    CHECK((*got)->site == site);
    CHECK((*got)->cause == "垃圾房鼠患");
    CHECK((*got)->action == "加装防鼠网");
    CHECK((*got)->owner == "王班长");
    CHECK((*got)->due == day("2026-03-20"));
    CHECK((*got)->from == std::optional(*nc));
    CHECK((*got)->recordedAt == at("2026-03-01 10:00"));
    CHECK((*got)->recordedBy == "张主管");
    CHECK_FALSE((*got)->doneAt.has_value());
    CHECK((*got)->doneBy.empty());
    CHECK((*got)->doneNote.empty());

    auto late = repo.addPreventiveAction(makeAction(site, "B", "2026-04-01"));
    auto early = repo.addPreventiveAction(makeAction(site, "C", "2026-03-05"));
    auto sameDue = repo.addPreventiveAction(makeAction(site, "D", "2026-03-05"));
    REQUIRE(late);
    REQUIRE(early);
    REQUIRE(sameDue);
    REQUIRE(repo.addPreventiveAction(makeAction(other, "E", "2026-03-01")));

    // Done: only the done fields are rewritten.
    auto done = full;
    done.id = *fullId;
    done.doneAt = at("2026-03-18 16:00");
    done.doneBy = "王班长";
    done.doneNote = "已装";
    done.cause = "改写";
    REQUIRE(repo.updatePreventiveAction(done));
    got = repo.preventiveAction(*fullId);
    REQUIRE(got);
    REQUIRE(got->has_value());
    CHECK((*got)->doneAt == std::optional(at("2026-03-18 16:00")));
    CHECK((*got)->doneBy == "王班长");
    CHECK((*got)->doneNote == "已装");
    CHECK((*got)->cause == "垃圾房鼠患");

    auto all = repo.preventiveActions(site);
    REQUIRE(all);
    std::vector<domain::PreventiveActionId> order;
    for (const auto& a : *all) {
        order.push_back(a.id);
    }
    CHECK(order == std::vector<domain::PreventiveActionId>{*early, *sameDue, *late, *fullId});

    done.id = domain::PreventiveActionId{999};
    auto notFound = repo.updatePreventiveAction(done);
    REQUIRE_FALSE(notFound);
    CHECK(notFound.error().code == domain::ErrorCode::NotFound);
    CHECK(notFound.error().message == "no preventive action with id 999");
    auto none = repo.preventiveAction(domain::PreventiveActionId{999});
    REQUIRE(none);
    CHECK_FALSE(none->has_value());
}

// ---------------------------------------------------------------------------------------------------
// Contractors, warnings, deductions

TEST_CASE("contractors come back whole ordered by service key and name and a taken name is a conflict")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    const auto other = addSite(*store, "B2");
    auto& repo = store->inspections();
    using domain::ContractorService;

    const auto full = makeContractor(site, "洁美保洁", ContractorService::Cleaning);
    auto fullId = repo.addContractor(full);
    REQUIRE(fullId);
    auto got = repo.contractor(*fullId);
    REQUIRE(got);
    REQUIRE(got->has_value());
    CHECK((*got)->id == *fullId);
    checkSameContractor(**got, full);

    const auto pest = addContractor(repo, site, "Anti-Pest", ContractorService::PestControl);
    const auto greenB = addContractor(repo, site, "B Green", ContractorService::Greening);
    const auto greenA = addContractor(repo, site, "A Green", ContractorService::Greening);
    const auto cleanA = addContractor(repo, site, "A Clean", ContractorService::Cleaning);
    addContractor(repo, other, "Elsewhere");

    auto all = repo.contractors(site);
    REQUIRE(all);
    std::vector<ContractorId> order;
    for (const auto& c : *all) {
        order.push_back(c.id);
    }
    // Keys: cleaning < greening < pest_control.
    CHECK(order == std::vector<ContractorId>{cleanA, *fullId, greenA, greenB, pest});

    auto dup = repo.addContractor(makeContractor(site, "洁美保洁", ContractorService::Greening));
    REQUIRE_FALSE(dup);
    CHECK(dup.error().code == domain::ErrorCode::Conflict);
    CHECK(dup.error().field == "name");
    CHECK(dup.error().message == "the site has a contractor of that name already");
    CHECK(repo.addContractor(makeContractor(other, "洁美保洁", ContractorService::Cleaning)));

    // The update rewrites every field; renaming onto another contractor's name is a conflict.
    auto changed = makeContractor(site, "洁美物业服务", ContractorService::Greening);
    changed.id = *fullId;
    changed.monthlyFee = 1;
    changed.contractStart = day("2025-07-01");
    changed.contractEnd = day("2027-06-30");
    changed.contact = "新联系人";
    changed.phone = "020-12345678";
    changed.licence = "";
    changed.active = true;
    REQUIRE(repo.updateContractor(changed));
    got = repo.contractor(*fullId);
    REQUIRE(got);
    REQUIRE(got->has_value());
    checkSameContractor(**got, changed);

    auto clash = changed;
    clash.name = "A Green";
    auto refused = repo.updateContractor(clash);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == domain::ErrorCode::Conflict);
    CHECK(refused.error().message == "the site has a contractor of that name already");

    changed.id = ContractorId{999};
    auto notFound = repo.updateContractor(changed);
    REQUIRE_FALSE(notFound);
    CHECK(notFound.error().code == domain::ErrorCode::NotFound);
    CHECK(notFound.error().message == "no contractor with id 999");
    auto none = repo.contractor(ContractorId{999});
    REQUIRE(none);
    CHECK_FALSE(none->has_value());
}

TEST_CASE("the warnings of a period include both ends and only the site's contractors by date and id")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    const auto other = addSite(*store, "B2");
    auto& repo = store->inspections();
    const auto a = addContractor(repo, site, "A");
    const auto b = addContractor(repo, site, "B", domain::ContractorService::Greening);
    const auto elsewhere = addContractor(repo, other, "A");
    auto nc = repo.addNonconformance(makeNc(site, "NC-2026-0001", "2026-03-02 10:00", "2026-03-02 23:59"));
    REQUIRE(nc);

    auto full = makeWarning(a, "2026-03-05", "连续三天不合格");
    full.nonconformance = *nc;
    auto fullId = repo.addWarning(full);
    auto before = repo.addWarning(makeWarning(a, "2026-02-28", "before"));
    auto first = repo.addWarning(makeWarning(b, "2026-03-01", "first day"));
    auto last = repo.addWarning(makeWarning(b, "2026-03-31", "last day"));
    auto after = repo.addWarning(makeWarning(a, "2026-04-01", "after"));
    auto sameDay = repo.addWarning(makeWarning(b, "2026-03-05", "same day"));
    REQUIRE(repo.addWarning(makeWarning(elsewhere, "2026-03-05", "other site")));
    REQUIRE(fullId);
    REQUIRE(before);
    REQUIRE(first);
    REQUIRE(last);
    REQUIRE(after);
    REQUIRE(sameDay);

    auto got = repo.warnings(site, day("2026-03-01"), day("2026-03-31"));
    REQUIRE(got);
    std::vector<domain::WarningId> order;
    for (const auto& w : *got) {
        order.push_back(w.id);
    }
    CHECK(order == std::vector<domain::WarningId>{*first, *fullId, *sameDay, *last});

    const auto& w = (*got)[1];
    CHECK(w.contractor == a);
    CHECK(w.issuedOn == day("2026-03-05"));
    CHECK(w.reason == "连续三天不合格");
    CHECK(w.nonconformance == std::optional(*nc));
    CHECK(w.recordedAt == at("2026-03-05 10:00"));
    CHECK(w.recordedBy == "赵经理");
    CHECK_FALSE((*got)[0].nonconformance.has_value());

    auto orphan = repo.addWarning(makeWarning(ContractorId{999}, "2026-03-05", "nobody"));
    REQUIRE_FALSE(orphan);
    CHECK(orphan.error().code == domain::ErrorCode::NotFound);
    CHECK(orphan.error().message == "no contractor with id 999");
}

TEST_CASE("the deductions of a range of months come back whole by month and id")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    const auto other = addSite(*store, "B2");
    auto& repo = store->inspections();
    const auto a = addContractor(repo, site, "A");
    const auto b = addContractor(repo, site, "B");
    const auto elsewhere = addContractor(repo, other, "A");
    auto nc = repo.addNonconformance(makeNc(site, "NC-2026-0001", "2026-03-02 10:00", "2026-03-02 23:59"));
    REQUIRE(nc);
    using date::year;

    auto full = makeDeduction(a, year{2026} / date::March, 50'000);
    full.nonconformance = *nc;
    auto march = repo.addDeduction(full);
    auto december = repo.addDeduction(makeDeduction(b, year{2025} / date::December, 1));
    auto january = repo.addDeduction(makeDeduction(b, year{2026} / date::January, 300));
    auto marchB = repo.addDeduction(makeDeduction(b, year{2026} / date::March, 700));
    auto april = repo.addDeduction(makeDeduction(a, year{2026} / date::April, 900));
    REQUIRE(repo.addDeduction(makeDeduction(elsewhere, year{2026} / date::March, 100)));
    REQUIRE(march);
    REQUIRE(december);
    REQUIRE(january);
    REQUIRE(marchB);
    REQUIRE(april);

    auto got = repo.deductions(site, year{2026} / date::January, year{2026} / date::March);
    REQUIRE(got);
    std::vector<domain::DeductionId> order;
    for (const auto& d : *got) {
        order.push_back(d.id);
    }
    CHECK(order == std::vector<domain::DeductionId>{*january, *march, *marchB});

    const auto& d = (*got)[1];
    CHECK(d.contractor == a);
    CHECK(d.month == year{2026} / date::March);
    CHECK(d.amount == 50'000);
    CHECK(d.reason == "月检不合格");
    CHECK(d.nonconformance == std::optional(*nc));
    CHECK(d.recordedAt == at("2026-03-31 17:00"));
    CHECK(d.recordedBy == "赵经理");

    auto overYear = repo.deductions(site, year{2025} / date::December, year{2026} / date::January);
    REQUIRE(overYear);
    REQUIRE(overYear->size() == 2);
    CHECK(overYear->front().id == *december);
    CHECK(overYear->front().month == year{2025} / date::December);

    auto orphan = repo.addDeduction(makeDeduction(ContractorId{999}, year{2026} / date::March, 1));
    REQUIRE_FALSE(orphan);
    CHECK(orphan.error().code == domain::ErrorCode::NotFound);
}

// ---------------------------------------------------------------------------------------------------
// Pest-control visits

TEST_CASE("pest-control visits come back whole and the update writes only sign-out and notes")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    const auto other = addSite(*store, "B2");
    auto& repo = store->inspections();
    const auto pest = addContractor(repo, site, "灭害灵", domain::ContractorService::PestControl);
    const auto otherPest = addContractor(repo, other, "灭害灵", domain::ContractorService::PestControl);

    auto visit = makeVisit(site, pest, "2026-03-02 09:00");
    auto id = repo.addPestVisit(visit);
    REQUIRE(id);
    auto got = repo.pestVisit(*id);
    REQUIRE(got);
    REQUIRE(got->has_value());
    CHECK((*got)->id == *id);
    checkSameVisit(**got, visit);

    auto changed = visit;
    changed.id = *id;
    changed.signedOutAt = at("2026-03-02 11:15");
    changed.notes = "已完成，下次 3 月 16 日";
    changed.operatorName = "改写";
    changed.licence = "改写";
    changed.areas = "改写";
    REQUIRE(repo.updatePestVisit(changed));
    got = repo.pestVisit(*id);
    REQUIRE(got);
    REQUIRE(got->has_value());
    auto want = visit;
    want.signedOutAt = changed.signedOutAt;
    want.notes = changed.notes;
    checkSameVisit(**got, want);

    const auto from = at("2026-03-02 00:00");
    const auto to = at("2026-03-03 00:00");
    auto atStart = repo.addPestVisit(makeVisit(site, pest, "2026-03-02 00:00"));
    auto sameTime = repo.addPestVisit(makeVisit(site, pest, "2026-03-02 09:00"));
    auto lastSecond = repo.addPestVisit(makeVisit(site, pest, "2026-03-02 23:59"));
    REQUIRE(repo.addPestVisit(makeVisit(site, pest, "2026-03-03 00:00")));
    REQUIRE(repo.addPestVisit(makeVisit(site, pest, "2026-03-01 23:59")));
    REQUIRE(repo.addPestVisit(makeVisit(other, otherPest, "2026-03-02 10:00")));
    REQUIRE(atStart);
    REQUIRE(sameTime);
    REQUIRE(lastSecond);

    auto between = repo.pestVisitsBetween(site, from, to);
    REQUIRE(between);
    std::vector<domain::PestVisitId> order;
    for (const auto& v : *between) {
        order.push_back(v.id);
    }
    CHECK(order == std::vector<domain::PestVisitId>{*atStart, *id, *sameTime, *lastSecond});

    changed.id = domain::PestVisitId{999};
    auto notFound = repo.updatePestVisit(changed);
    REQUIRE_FALSE(notFound);
    CHECK(notFound.error().code == domain::ErrorCode::NotFound);
    CHECK(notFound.error().message == "no pest-control visit with id 999");
    auto none = repo.pestVisit(domain::PestVisitId{999});
    REQUIRE(none);
    CHECK_FALSE(none->has_value());
}

// ---------------------------------------------------------------------------------------------------
// Upgrade

TEST_CASE("a schema-6 database with security records upgrades to the inspection tables and keeps its data")
{
    TempDir dir;
    const auto path = dir.file("propdesk.db");
    {
        SQLite::Database db(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        storage::upgradeSchema(db, 6);
        REQUIRE(storage::schemaVersion(db) == 6);
        REQUIRE_FALSE(db.tableExists("inspection_sheets"));
        REQUIRE_FALSE(db.tableExists("nonconformances"));
        db.exec("INSERT INTO sites(id, code, name, time_zone, calendar) "
                "VALUES(7, 'OLD', '老小区', 'Asia/Shanghai', 'CN')");
        SQLite::Statement h(db, "INSERT INTO handovers(id, site_id, day, shift, outgoing_leader, notes, recorded_at, "
                                "recorded_by) VALUES(4, 7, '2026-03-01', 'early', '王队长', '门禁故障', ?, '王队长')");
        h.bind(1, domain::epochSeconds(at("2026-03-01 08:00")));
        h.exec();
    }

    {
        auto opened = storage::openStore(path, storage::OpenMode::OpenExisting);
        REQUIRE(opened);
        auto& store = **opened;
        auto handover = store.security().handover(domain::HandoverId{4});
        REQUIRE(handover);
        REQUIRE(handover->has_value());
        CHECK((*handover)->notes == "门禁故障");
        CHECK((*handover)->outgoingLeader == "王队长");

        auto& repo = store.inspections();
        const SiteId site{7};
        auto setup = fullSetup(site);
        REQUIRE(repo.saveSetup(setup));
        auto got = repo.setup(site);
        REQUIRE(got);
        REQUIRE(got->has_value());
        checkSameSetup(**got, setup);
        auto sheet =
            repo.addSheet(makeSheet(site, domain::SheetKind::Daily, "2026-03-02", domain::AreaType::Ground, "北区"));
        REQUIRE(sheet);
        const auto contractor = addContractor(repo, site, "洁美保洁");
        REQUIRE(repo.addNonconformance(fullNc(site, *sheet, contractor)));
    }

    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    CHECK(storage::schemaVersion(db) == storage::kSchemaVersion);
    CHECK(db.execAndGet("SELECT COUNT(*) FROM handovers").getInt() == 1);
    CHECK(db.execAndGet("SELECT COUNT(*) FROM sites").getInt() == 1);
    for (const char* table : {"inspection_setups", "inspection_templates", "inspection_sheets", "sheet_amendments",
                              "inspection_photos", "contractors", "nonconformances", "nonconformance_events",
                              "preventive_actions", "contractor_warnings", "contractor_deductions", "pest_visits"}) {
        INFO(table);
        CHECK(db.tableExists(table));
    }
    CHECK(db.execAndGet("SELECT COUNT(*) FROM nonconformance_events").getInt() == 7);
    auto inspection = storage::inspectDatabase(path, false);
    REQUIRE(inspection);
    CHECK(inspection->ok);
    CHECK(inspection->schemaVersion == storage::kSchemaVersion);
}
