// Cleaning and greening inspections: the default templates of 003 制度4 §二.3, the area-weighted score of a
// sheet, the monthly sampling plan and its rotation, the nonconformance state machine, clusters and the
// three-warnings rule over a rolling year.

#include "domain/inspection.h"
#include "testtime.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

using namespace propdesk::domain;
using namespace std::chrono_literals;
using propdesk::tests::at;

namespace {

using Strings = std::vector<std::string>;
using Floors = std::vector<int>;

constexpr Date day(int y, unsigned m, unsigned d)
{
    return date::year{y} / date::month{m} / date::day{d};
}

constexpr date::year_month month(int y, unsigned m)
{
    return date::year{y} / date::month{m};
}

const InspectionTemplate& templateOf(const std::vector<InspectionTemplate>& templates, AreaType area)
{
    const auto it = std::find_if(templates.begin(), templates.end(), [&](const auto& t) { return t.area == area; });
    REQUIRE(it != templates.end());
    return *it;
}

// code:unit:weight of each item.
Strings itemWeights(const InspectionTemplate& t)
{
    Strings out;
    for (const auto& i : t.items) {
        out.push_back(i.code + ":" + std::string(weightUnitKey(i.unit)) + ":" + std::to_string(i.weight));
    }
    return out;
}

Building building(std::string code, std::string name, BuildingKind kind, int first, int last)
{
    Building b;
    b.code = std::move(code);
    b.name = std::move(name);
    b.kind = kind;
    b.firstStandardFloor = first;
    b.lastStandardFloor = last;
    return b;
}

GroundZone zone(std::string code, std::string name, std::int64_t area)
{
    GroundZone z;
    z.code = std::move(code);
    z.name = std::move(name);
    z.area = area;
    return z;
}

// Three residential buildings (1 and 2 with standard floors 2 … 18, 3 with 2 … 9), an office tower A座 with
// floors 3 … 32, and three ground zones.
InspectionSetup site()
{
    auto setup = defaultInspectionSetup(SiteId{1});
    setup.buildings.push_back(building("1", "1栋", BuildingKind::Residential, 2, 18));
    setup.buildings.push_back(building("2", "2栋", BuildingKind::Residential, 2, 18));
    setup.buildings.push_back(building("3", "3栋", BuildingKind::Residential, 2, 9));
    setup.buildings.push_back(building("A", "A座", BuildingKind::Office, 3, 32));
    setup.groundZones.push_back(zone("N", "北区中心花园", 80));
    setup.groundZones.push_back(zone("S", "南区", 80));
    setup.groundZones.push_back(zone("E", "东区", 120));
    return setup;
}

// "area building/zone location" of each target.
Strings targets(const SamplingPlan& plan)
{
    Strings out;
    for (const auto& t : plan.targets) {
        out.push_back(std::string(areaTypeKey(t.area)) + " " + (t.building.empty() ? t.groundZone : t.building) + " " +
                      t.location);
    }
    return out;
}

const SampleTarget& target(const SamplingPlan& plan, AreaType area, std::string_view building)
{
    const auto it = std::find_if(plan.targets.begin(), plan.targets.end(),
                                 [&](const auto& t) { return t.area == area && t.building == building; });
    REQUIRE(it != plan.targets.end());
    return *it;
}

Strings buildingsOf(const SamplingPlan& plan, AreaType area)
{
    Strings out;
    for (const auto& t : plan.targets) {
        if (t.area == area) {
            out.push_back(t.building);
        }
    }
    return out;
}

Strings zonesOf(const SamplingPlan& plan)
{
    Strings out;
    for (const auto& t : plan.targets) {
        if (t.area == AreaType::Ground) {
            out.push_back(t.groundZone);
        }
    }
    return out;
}

// A minor nonconformance raised at `raised` with a deadline the same evening, as the service raises it.
Nonconformance raised(std::string_view when, std::string_view deadline = "2026-03-02 18:00")
{
    Nonconformance nc;
    nc.id = NonconformanceId{1};
    nc.site = SiteId{1};
    nc.code = "NC-2026-0001";
    nc.area = AreaType::StandardFloors;
    nc.location = "1栋";
    nc.itemCode = "F1";
    nc.description = "通道地面砖: 有污渍";
    nc.raisedAt = at(when);
    nc.raisedBy = "陈主管";
    nc.deadline = at(deadline);
    NcEvent e;
    e.kind = NcEventKind::Raised;
    e.at = nc.raisedAt;
    e.by = nc.raisedBy;
    nc.events.push_back(e);
    return nc;
}

Strings eventKinds(const Nonconformance& nc)
{
    Strings out;
    for (const auto& e : nc.events) {
        out.emplace_back(ncEventKindKey(e.kind));
    }
    return out;
}

CorrectiveActionReport report(std::string_view when)
{
    CorrectiveActionReport r;
    r.causeAnalysis = "保洁员漏扫";
    r.action = "增加巡查频次";
    r.owner = "保洁公司主管";
    r.due = day(2026, 3, 10);
    r.recordedAt = at(when);
    r.recordedBy = "陈主管";
    return r;
}

// A minor nonconformance of the cluster tests: area, location, raised at.
Nonconformance minor(AreaType area, std::string location, Instant when, Severity severity = Severity::Minor)
{
    Nonconformance nc;
    nc.area = area;
    nc.location = std::move(location);
    nc.raisedAt = when;
    nc.severity = severity;
    return nc;
}

ContractorWarning warning(std::int64_t contractor, Date issued)
{
    ContractorWarning w;
    w.contractor = ContractorId{contractor};
    w.issuedOn = issued;
    w.reason = "垃圾未日产日清";
    return w;
}

} // namespace

// ---------------------------------------------------------------------------------------------------
// Templates

TEST_CASE("the nine default templates follow the monthly sample sizes of 003 制度4 §二.3")
{
    const auto templates = defaultInspectionTemplates(SiteId{7});
    REQUIRE(templates.size() == 9);
    for (std::size_t i = 0; i < templates.size(); ++i) {
        INFO(templates[i].name);
        CHECK(templates[i].area == allAreaTypes()[i]);
        CHECK(templates[i].site == SiteId{7});
        CHECK(templates[i].id.value == 0);
        CHECK(templates[i].effectiveFrom == day(2000, 1, 1));
        CHECK(templates[i].active);
        CHECK(templates[i].validate().has_value());
        for (const auto& item : templates[i].items) {
            CHECK_FALSE(item.standard.empty());
        }
    }

    const auto& ground = templateOf(templates, AreaType::Ground);
    CHECK(ground.name == "首层地面及绿化带");
    CHECK(ground.sample.scope == SampleScope::GroundZone);
    CHECK(itemWeights(ground) == Strings{"G1:m2:80", "G2:m2:80", "G3:m2:80", "G4:m2:80", "G5:m2:80", "G6:m2:80"});
    int greening = 0;
    for (const auto& item : ground.items) {
        greening += item.service == InspectionService::Greening ? 1 : 0;
    }
    CHECK(greening == 4); // tended, trimmed and shaped, pests and disease, watered and fertilised
    CHECK(ground.item("G1")->text == "地面");
    CHECK(ground.item("G9") == nullptr);

    const auto& lobby = templateOf(templates, AreaType::Lobby);
    CHECK(lobby.sample.scope == SampleScope::Buildings);
    CHECK(lobby.sample.buildings == 2);
    CHECK(lobby.item("L1")->text == "大理石地面");

    const auto& floors = templateOf(templates, AreaType::StandardFloors);
    CHECK(floors.sample.scope == SampleScope::EachBuilding);
    CHECK(floors.sample.floors == 8);
    CHECK(floors.sample.residentialOnly);
    CHECK_FALSE(floors.sample.officesOnly);
    CHECK(itemWeights(floors) ==
          Strings{"F1:count:8", "F2:count:8", "F3:count:8", "F4:count:8", "F5:count:8", "F6:count:8", "F7:count:8"});

    const auto& offices = templateOf(templates, AreaType::Offices);
    CHECK(offices.sample.floors == 10);
    CHECK(offices.sample.officesOnly);
    CHECK(itemWeights(offices) == Strings{"O1:count:10", "O2:count:10", "O3:count:10"});

    CHECK(itemWeights(templateOf(templates, AreaType::Drains)) == Strings{"D1:m:20", "D2:count:5", "D3:count:5"});
    CHECK(templateOf(templates, AreaType::Drains).sample.scope == SampleScope::Site);
    CHECK(itemWeights(templateOf(templates, AreaType::CarPark)) == Strings{"C1:m:30", "C2:m2:80", "C3:m2:80"});
    CHECK(templateOf(templates, AreaType::Roofs).sample.buildings == 2);
    CHECK(itemWeights(templateOf(templates, AreaType::StainlessSteel)) ==
          Strings{"S1:count:1", "S2:count:8", "S3:count:3"});
    CHECK(templateOf(templates, AreaType::StainlessSteel).sample.floors == 8);
    CHECK(templateOf(templates, AreaType::RefusePoints).items.size() == 4);
    CHECK(templateOf(templates, AreaType::RefusePoints).item("W4")->standard == "保洁工作于08:00前完成");
}

TEST_CASE("a template is checked field by field")
{
    auto t = defaultInspectionTemplates(SiteId{1})[0];
    const auto field = [&](InspectionTemplate changed) {
        const auto ok = changed.validate();
        REQUIRE_FALSE(ok.has_value());
        CHECK(ok.error().code == ErrorCode::InvalidInput);
        return ok.error().field;
    };
    auto noName = t;
    noName.name = " ";
    CHECK(field(noName) == "name");
    auto noItems = t;
    noItems.items.clear();
    CHECK(field(noItems) == "items");
    auto twice = t;
    twice.items[2].code = "G1";
    CHECK(field(twice) == "items[2].code");
    auto noText = t;
    noText.items[1].text = "";
    CHECK(field(noText) == "items[1].text");
    auto zeroWeight = t;
    zeroWeight.items[2].weight = 0;
    CHECK(field(zeroWeight) == "items[2].weight");
    auto negativeFloors = t;
    negativeFloors.sample.floors = -1;
    CHECK(field(negativeFloors) == "sample.floors");
    auto both = t;
    both.sample.officesOnly = true;
    both.sample.residentialOnly = true;
    CHECK(field(both) == "sample.officesOnly");
}

TEST_CASE("the template version in force is the latest effective one and a retired area type drops out")
{
    auto defaults = defaultInspectionTemplates(SiteId{1});
    std::vector<InspectionTemplate> versions(defaults.begin(), defaults.end());
    auto lobby2 = templateOf(defaults, AreaType::Lobby);
    lobby2.id = TemplateId{12};
    lobby2.effectiveFrom = day(2026, 3, 1);
    lobby2.name = "首层大堂 (2026)";
    versions.push_back(lobby2);
    auto roofsRetired = templateOf(defaults, AreaType::Roofs);
    roofsRetired.id = TemplateId{13};
    roofsRetired.effectiveFrom = day(2026, 4, 1);
    roofsRetired.active = false;
    versions.push_back(roofsRetired);

    const auto names = [&](Date d) {
        Strings out;
        for (const auto* t : templatesInForce(versions, d)) {
            out.push_back(t->name);
        }
        return out;
    };
    CHECK(names(day(2026, 2, 28)) == Strings{"首层地面及绿化带", "首层大堂", "标准层", "写字楼标准层",
                                             "下水道、沙井、污水井", "地下停车场", "天台、设备层", "不锈钢",
                                             "垃圾收集点"});
    CHECK(names(day(2026, 3, 1))[1] == "首层大堂 (2026)");
    CHECK(names(day(2026, 4, 1)) == Strings{"首层地面及绿化带", "首层大堂 (2026)", "标准层", "写字楼标准层",
                                            "下水道、沙井、污水井", "地下停车场", "不锈钢", "垃圾收集点"});
    CHECK(templatesInForce(versions, day(1999, 12, 31)).empty());
}

TEST_CASE("keys of the inspection records read back")
{
    for (const auto area : allAreaTypes()) {
        CHECK(parseAreaType(areaTypeKey(area)) == area);
    }
    CHECK(areaTypeKey(AreaType::StainlessSteel) == "stainless_steel");
    CHECK(parseAreaType("garden") == std::nullopt);
    CHECK(parseInspectionService("greening") == InspectionService::Greening);
    CHECK(parseWeightUnit("m2") == WeightUnit::SquareMetre);
    CHECK(parseSampleScope("each_building") == SampleScope::EachBuilding);
    CHECK(parseBuildingKind("office") == BuildingKind::Office);
    CHECK(parseSheetKind("monthly") == SheetKind::Monthly);
    CHECK(parseItemResult("not_applicable") == ItemResult::NotApplicable);
    CHECK(parseSeverity("severe") == Severity::Severe);
    CHECK(parseSheetStatus("signed") == SheetStatus::Signed);
    CHECK(parseNcState("withdrawn") == NcState::Withdrawn);
    CHECK(parseNcState("reopened") == std::nullopt);
    CHECK(ncEventKindKey(NcEventKind::VerificationFailed) == "verification_failed");
    CHECK(parseContractorService("pest_control") == ContractorService::PestControl);
}

// ---------------------------------------------------------------------------------------------------
// Site set-up

TEST_CASE("the inspection set-up is checked field by field")
{
    CHECK(site().validate().has_value());
    CHECK(defaultInspectionSetup(SiteId{1}).validate().has_value());
    const auto field = [](InspectionSetup s) {
        const auto ok = s.validate();
        REQUIRE_FALSE(ok.has_value());
        return ok.error().field;
    };
    auto twice = site();
    twice.buildings[1].code = "1";
    CHECK(field(twice) == "buildings[1].code");
    auto upsideDown = site();
    upsideDown.buildings[2].firstStandardFloor = 10;
    CHECK(field(upsideDown) == "buildings[2].firstStandardFloor");
    auto noZoneCode = site();
    noZoneCode.groundZones[0].code = "";
    CHECK(field(noZoneCode) == "groundZones[0].code");
    auto emptyZone = site();
    emptyZone.groundZones[2].area = 0;
    CHECK(field(emptyZone) == "groundZones[2].area");
    auto noCluster = site();
    noCluster.clusterLimit = 0;
    CHECK(field(noCluster) == "clusterLimit");
    auto noWarnings = site();
    noWarnings.warningLimit = 0;
    CHECK(field(noWarnings) == "warningLimit");
    CHECK(site().building("A")->kind == BuildingKind::Office);
    CHECK(site().groundZone("E")->area == 120);
    CHECK(site().building("9") == nullptr);
}

// ---------------------------------------------------------------------------------------------------
// Sheets and the area-weighted score

TEST_CASE("a sheet scores met weight over inspected weight per service and leaves out not applicable and pending")
{
    InspectionTemplate t;
    t.id = TemplateId{5};
    t.site = SiteId{1};
    t.area = AreaType::Ground;
    t.name = "首层地面及绿化带";
    const auto add = [&](std::string code, InspectionService service, std::int64_t weight) {
        CheckItem i;
        i.code = std::move(code);
        i.text = "项目" + i.code;
        i.service = service;
        i.weight = weight;
        t.items.push_back(i);
    };
    add("A", InspectionService::Cleaning, 80);
    add("B", InspectionService::Cleaning, 20);
    add("C", InspectionService::Cleaning, 50);
    add("D", InspectionService::Cleaning, 30);
    add("E", InspectionService::Greening, 40);
    add("F", InspectionService::Greening, 10);
    add("G", InspectionService::Greening, 25);

    auto sheet = makeSheet(t, SheetKind::Daily, day(2026, 3, 2), "北区");
    CHECK(sheet.templateVersion == TemplateId{5});
    CHECK(sheet.area == AreaType::Ground);
    CHECK(sheet.location == "北区");
    CHECK(sheet.status == SheetStatus::Draft);
    REQUIRE(sheet.lines.size() == 7);
    CHECK(sheet.pendingLines() == 7);
    CHECK(scoreSheet(sheet, InspectionService::Cleaning).rate() == std::nullopt);

    sheet.lines[0].result = ItemResult::Pass;          // A 80
    sheet.lines[1].result = ItemResult::Fail;          // B 20
    sheet.lines[2].result = ItemResult::NotApplicable; // C 50
    // D 30 still pending
    sheet.lines[4].result = ItemResult::Pass;          // E 40 greening
    sheet.lines[5].result = ItemResult::Fail;          // F 10 greening
    sheet.lines[6].result = ItemResult::NotApplicable; // G 25 greening
    CHECK(sheet.pendingLines() == 1);
    CHECK(sheet.failedLines() == 2);

    const auto cleaning = scoreSheet(sheet, InspectionService::Cleaning);
    CHECK(cleaning.met == 80);
    CHECK(cleaning.inspected == 100);
    CHECK(cleaning.rate() == Approx(0.8));
    const auto greening = scoreSheet(sheet, InspectionService::Greening);
    CHECK(greening.met == 40);
    CHECK(greening.inspected == 50);
    CHECK(greening.rate() == Approx(0.8));

    // All greening not applicable: no rate at all rather than 0 % or 100 %.
    sheet.lines[4].result = ItemResult::NotApplicable;
    sheet.lines[5].result = ItemResult::NotApplicable;
    CHECK(scoreSheet(sheet, InspectionService::Greening).inspected == 0);
    CHECK(scoreSheet(sheet, InspectionService::Greening).rate() == std::nullopt);
}

TEST_CASE("a sheet from the built-in defaults names no template version")
{
    const auto t = defaultInspectionTemplates(SiteId{3})[4];
    const auto sheet = makeSheet(t, SheetKind::Monthly, day(2026, 3, 5), "全场");
    CHECK_FALSE(sheet.templateVersion.has_value());
    CHECK(sheet.site == SiteId{3});
    CHECK(sheet.kind == SheetKind::Monthly);
    CHECK(sheet.area == AreaType::Drains);
    CHECK(sheet.lines.size() == 3);
    CHECK(sheet.lines[0].item.code == "D1");
    CHECK(sheet.lines[0].result == ItemResult::Pending);
}

// ---------------------------------------------------------------------------------------------------
// Monthly sampling plan

TEST_CASE("the sampling plan of January 2026 takes every template's sample from the site")
{
    // m = 2026 × 12 + 0 = 24312: zone 24312 mod 3 = 0; two lobbies from (2m) mod 4 = 0; 17 floors: m mod 17 = 2;
    // 30 floors: m mod 30 = 12.
    const auto plan = buildSamplingPlan(defaultInspectionTemplates(SiteId{1}), site(), month(2026, 1));
    CHECK(plan.site == SiteId{1});
    CHECK(plan.month == month(2026, 1));
    CHECK(plan.notes.empty());
    CHECK(targets(plan) == Strings{
                               "ground N 北区中心花园 (80 m²)",
                               "lobby 1 1栋",
                               "lobby 2 2栋",
                               "standard_floors 1 1栋 4、6、8、10、12、14、16、18层",
                               "standard_floors 2 2栋 4、6、8、10、12、14、16、18层",
                               "standard_floors 3 3栋 2、3、4、5、6、7、8、9层",
                               "offices A A座 3、6、9、12、15、18、21、24、27、30层",
                               "drains  全场",
                               "car_park  全场",
                               "roofs 1 1栋",
                               "roofs 2 2栋",
                               "stainless_steel 1 1栋 4、6、8、10、12、14、16、18层",
                               "stainless_steel 2 2栋 4、6、8、10、12、14、16、18层",
                               "stainless_steel 3 3栋 2、3、4、5、6、7、8、9层",
                               "stainless_steel A A座 3、7、11、15、18、22、26、30层",
                               "refuse_points  全场",
                           });
    CHECK(target(plan, AreaType::StandardFloors, "1").floors.size() == 8);
    CHECK(target(plan, AreaType::Offices, "A").floors.size() == 10);
    CHECK(target(plan, AreaType::Lobby, "1").floors.empty());
}

TEST_CASE("the ground zone changes every month and comes round again after all zones")
{
    const auto templates = defaultInspectionTemplates(SiteId{1});
    const auto zoneIn = [&](date::year_month ym) {
        return zonesOf(buildSamplingPlan(templates, site(), ym));
    };
    CHECK(zoneIn(month(2026, 1)) == Strings{"N"});
    CHECK(zoneIn(month(2026, 2)) == Strings{"S"});
    CHECK(zoneIn(month(2026, 3)) == Strings{"E"});
    CHECK(zoneIn(month(2026, 4)) == Strings{"N"});
    CHECK(zoneIn(month(2025, 12)) == Strings{"E"}); // across the year: m = 24311
    const auto plan = buildSamplingPlan(templates, site(), month(2026, 3));
    CHECK(plan.targets[0].location == "东区 (120 m²)");
}

TEST_CASE("the sampled buildings rotate by their number each month and wrap around")
{
    auto setup = site();
    setup.buildings.pop_back(); // three residential buildings
    const auto templates = defaultInspectionTemplates(SiteId{1});
    const auto lobbies = [&](date::year_month ym) {
        return buildingsOf(buildSamplingPlan(templates, setup, ym), AreaType::Lobby);
    };
    // Two of three from (2m) mod 3: 0, 2, 1, 0 …; listed in set-up order.
    CHECK(lobbies(month(2026, 1)) == Strings{"1", "2"});
    CHECK(lobbies(month(2026, 2)) == Strings{"1", "3"}); // 3 then wrapping to 1
    CHECK(lobbies(month(2026, 3)) == Strings{"2", "3"});
    CHECK(lobbies(month(2026, 4)) == Strings{"1", "2"});
    CHECK(buildingsOf(buildSamplingPlan(templates, setup, month(2026, 2)), AreaType::Roofs) == Strings{"1", "3"});

    // Every building when the rule asks for more than there are, or for 0.
    auto all = templates;
    all[1].sample.buildings = 5;
    CHECK(buildingsOf(buildSamplingPlan(all, setup, month(2026, 2)), AreaType::Lobby) == Strings{"1", "2", "3"});
    all[1].sample.buildings = 0;
    CHECK(buildingsOf(buildSamplingPlan(all, setup, month(2026, 2)), AreaType::Lobby) == Strings{"1", "2", "3"});
}

TEST_CASE("the sampled floors spread over the building and move up one floor a month")
{
    const auto templates = defaultInspectionTemplates(SiteId{1});
    const auto floorsIn = [&](date::year_month ym, std::string_view b, AreaType area = AreaType::StandardFloors) {
        return target(buildSamplingPlan(templates, site(), ym), area, b).floors;
    };
    // Floors 2 … 18 (s = 17), f = 8: 2 + ((17i)/8 + m) mod 17 with (17i)/8 = 0 2 4 6 8 10 12 14.
    CHECK(floorsIn(month(2025, 12), "1") == Floors{3, 5, 7, 9, 11, 13, 15, 17}); // m mod 17 = 1
    CHECK(floorsIn(month(2026, 1), "1") == Floors{4, 6, 8, 10, 12, 14, 16, 18}); // 2
    CHECK(floorsIn(month(2026, 2), "1") == Floors{2, 5, 7, 9, 11, 13, 15, 17});  // 3: 14 + 3 wraps to 0
    CHECK(floorsIn(month(2026, 3), "1") == Floors{3, 6, 8, 10, 12, 14, 16, 18}); // 4
    // The office tower: floors 3 … 32, f = 10, (30i)/10 = 3i, m mod 30 = 13 in February.
    CHECK(floorsIn(month(2026, 2), "A", AreaType::Offices) == Floors{4, 7, 10, 13, 16, 19, 22, 25, 28, 31});
    // Building 3 has 8 standard floors: every floor, every month.
    CHECK(floorsIn(month(2026, 1), "3") == Floors{2, 3, 4, 5, 6, 7, 8, 9});
    CHECK(floorsIn(month(2026, 2), "3") == Floors{2, 3, 4, 5, 6, 7, 8, 9});
    auto small = site();
    small.buildings[2].lastStandardFloor = 5; // 4 floors < 8
    CHECK(target(buildSamplingPlan(templates, small, month(2026, 2)), AreaType::StandardFloors, "3").location ==
          "3栋 2、3、4、5层");
}

TEST_CASE("the plan notes the templates that have nothing to sample")
{
    const auto templates = defaultInspectionTemplates(SiteId{1});

    const auto empty = buildSamplingPlan(templates, defaultInspectionSetup(SiteId{1}), month(2026, 1));
    CHECK(targets(empty) == Strings{"drains  全场", "car_park  全场", "refuse_points  全场"});
    CHECK(empty.notes == Strings{"首层地面及绿化带: the site has no ground zones",
                                 "首层大堂: the site has no buildings", "标准层: the site has no buildings",
                                 "写字楼标准层: the site has no buildings", "天台、设备层: the site has no buildings",
                                 "不锈钢: the site has no buildings"});

    auto residential = site();
    residential.buildings.pop_back();
    const auto noOffices = buildSamplingPlan(templates, residential, month(2026, 1));
    CHECK(noOffices.notes == Strings{"写字楼标准层: the site has no office towers"});
    CHECK(buildingsOf(noOffices, AreaType::Offices).empty());
    CHECK(buildingsOf(noOffices, AreaType::StandardFloors) == Strings{"1", "2", "3"});

    auto offices = site();
    offices.buildings.erase(offices.buildings.begin(), offices.buildings.begin() + 3);
    const auto officesOnly = buildSamplingPlan(templates, offices, month(2026, 1));
    CHECK(officesOnly.notes == Strings{"标准层: the site has no residential buildings"});
    CHECK(buildingsOf(officesOnly, AreaType::Offices) == Strings{"A"});
    CHECK(buildingsOf(officesOnly, AreaType::StandardFloors).empty());
    CHECK(buildingsOf(officesOnly, AreaType::Lobby) == Strings{"A"});
    CHECK(buildingsOf(officesOnly, AreaType::StainlessSteel) == Strings{"A"});
}

// ---------------------------------------------------------------------------------------------------
// Nonconformances

TEST_CASE("a nonconformance cannot be closed without verification")
{
    auto nc = raised("2026-03-02 09:00");
    auto closed = close(nc, at("2026-03-02 10:00"), "陈主管", "");
    REQUIRE_FALSE(closed.has_value());
    CHECK(closed.error().code == ErrorCode::Conflict);
    CHECK(closed.error().field == "state");
    CHECK(closed.error().record == "NC-2026-0001");

    REQUIRE(rectify(nc, at("2026-03-02 11:00"), "保洁员小王", "已重新拖地").has_value());
    CHECK(nc.state == NcState::Rectified);
    closed = close(nc, at("2026-03-02 12:00"), "陈主管", "");
    REQUIRE_FALSE(closed.has_value());
    CHECK(closed.error().field == "state");
    CHECK(nc.state == NcState::Rectified);
    CHECK(eventKinds(nc) == Strings{"raised", "rectified"});

    REQUIRE(verify(nc, at("2026-03-02 14:00"), "陈主管", true, "").has_value());
    CHECK(nc.state == NcState::Verified);
    CHECK(nc.verifiedBy == "陈主管");
    REQUIRE(close(nc, at("2026-03-02 14:05"), "陈主管", "完成").has_value());
    CHECK(nc.state == NcState::Closed);
    CHECK(nc.closedAt == at("2026-03-02 14:05"));
    CHECK(eventKinds(nc) == Strings{"raised", "rectified", "verified", "closed"});
    CHECK(nc.events.back().note == "完成");
}

TEST_CASE("a failed verification reopens the nonconformance and undoes its rectification")
{
    auto nc = raised("2026-03-02 09:00");
    REQUIRE(rectify(nc, at("2026-03-02 11:00"), "保洁员小王", "已清理", {PhotoRef{PhotoId{4}, "IMG_1.jpg"}}));
    CHECK(nc.evidencePhotos.size() == 1);

    const auto noNote = verify(nc, at("2026-03-02 12:00"), "陈主管", false, " ");
    REQUIRE_FALSE(noNote.has_value());
    CHECK(noNote.error().code == ErrorCode::InvalidInput);
    CHECK(noNote.error().field == "note");
    CHECK(nc.state == NcState::Rectified);

    REQUIRE(verify(nc, at("2026-03-02 12:00"), "陈主管", false, "仍有污渍").has_value());
    CHECK(nc.state == NcState::Open);
    CHECK_FALSE(nc.verifiedAt.has_value());
    CHECK(nc.events.back().kind == NcEventKind::VerificationFailed);
    CHECK(nc.events.back().note == "仍有污渍");
    CHECK_FALSE(verify(nc, at("2026-03-02 12:30"), "陈主管", true, "").has_value()); // open: nothing to verify

    REQUIRE(rectify(nc, at("2026-03-02 19:00"), "保洁员小王", "再次清理").has_value());
    REQUIRE(verify(nc, at("2026-03-02 19:30"), "陈主管", true, "").has_value());
    REQUIRE(close(nc, at("2026-03-02 19:31"), "陈主管", "").has_value());
    CHECK(nc.rectifiedAt == at("2026-03-02 19:00"));
    CHECK(nc.evidence == "再次清理");
    CHECK(eventKinds(nc) == Strings{"raised", "rectified", "verification_failed", "rectified", "verified", "closed"});
}

TEST_CASE("each step needs who did it and a time not before the previous step")
{
    auto nc = raised("2026-03-02 09:00");
    const auto field = [](const Result<void>& r) {
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().code == ErrorCode::InvalidInput);
        return r.error().field;
    };
    CHECK(field(rectify(nc, at("2026-03-02 10:00"), "", "已清理")) == "by");
    CHECK(field(rectify(nc, at("2026-03-02 10:00"), "小王", "")) == "evidence");
    CHECK(field(rectify(nc, at("2026-03-02 08:59"), "小王", "已清理")) == "at");
    CHECK(nc.events.size() == 1);
    CHECK(nc.state == NcState::Open);
    REQUIRE(rectify(nc, at("2026-03-02 10:00"), "小王", "已清理").has_value());
    CHECK(field(verify(nc, at("2026-03-02 09:59"), "陈主管", true, "")) == "at");
    CHECK(verify(nc, at("2026-03-02 10:00"), "陈主管", true, "").has_value()); // the same instant is allowed
}

TEST_CASE("closing is refused while a required corrective action report is missing")
{
    auto nc = raised("2026-03-02 09:00");
    nc.severity = Severity::Severe;
    nc.reportRequired = true;
    REQUIRE(rectify(nc, at("2026-03-02 11:00"), "小王", "已清理").has_value());
    REQUIRE(verify(nc, at("2026-03-02 12:00"), "陈主管", true, "").has_value());
    const auto refused = close(nc, at("2026-03-02 12:10"), "陈主管", "");
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().field == "report");
    CHECK(nc.state == NcState::Verified);

    auto incomplete = report("2026-03-02 12:20");
    incomplete.owner = "";
    const auto noOwner = recordReport(nc, incomplete);
    REQUIRE_FALSE(noOwner.has_value());
    CHECK(noOwner.error().field == "owner");
    auto early = report("2026-03-02 11:59");
    CHECK(recordReport(nc, early).error().field == "recordedAt");

    REQUIRE(recordReport(nc, report("2026-03-02 12:20")).has_value());
    REQUIRE(nc.report.has_value());
    CHECK(nc.report->owner == "保洁公司主管");
    CHECK(nc.stateAt(at("2026-03-02 12:20")) == NcState::Verified); // a report does not move the state
    REQUIRE(close(nc, at("2026-03-02 12:30"), "陈主管", "").has_value());
    CHECK(eventKinds(nc) == Strings{"raised", "rectified", "verified", "corrective_action", "closed"});

    const auto afterClose = recordReport(nc, report("2026-03-02 13:00"));
    REQUIRE_FALSE(afterClose.has_value());
    CHECK(afterClose.error().code == ErrorCode::Conflict);
    CHECK(afterClose.error().field == "state");
}

TEST_CASE("only an open nonconformance can be withdrawn")
{
    auto nc = raised("2026-03-02 09:00");
    REQUIRE(rectify(nc, at("2026-03-02 10:00"), "小王", "已清理").has_value());
    const auto refused = withdraw(nc, at("2026-03-02 10:30"), "陈主管", "误判");
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().field == "state");

    auto open = raised("2026-03-02 09:00");
    CHECK(withdraw(open, at("2026-03-02 10:30"), "陈主管", "").error().field == "reason");
    REQUIRE(withdraw(open, at("2026-03-02 10:30"), "陈主管", "误判").has_value());
    CHECK(open.state == NcState::Withdrawn);
    CHECK(eventKinds(open) == Strings{"raised", "withdrawn"});
    CHECK(rectify(open, at("2026-03-02 11:00"), "小王", "已清理").error().code == ErrorCode::Conflict);
    CHECK(recordReport(open, report("2026-03-02 11:00")).error().code == ErrorCode::Conflict);
    CHECK(open.stateAt(at("2026-03-02 10:29")) == NcState::Open);
    CHECK(open.stateAt(at("2026-03-02 10:30")) == NcState::Withdrawn);
}

TEST_CASE("the state and the rectification in force replay the events at their boundaries")
{
    auto nc = raised("2026-03-02 09:00", "2026-03-02 18:00");
    REQUIRE(rectify(nc, at("2026-03-02 11:00"), "小王", "已清理").has_value());
    REQUIRE(verify(nc, at("2026-03-02 12:00"), "陈主管", false, "仍有污渍").has_value());
    REQUIRE(rectify(nc, at("2026-03-02 19:00"), "小王", "再次清理").has_value());
    REQUIRE(verify(nc, at("2026-03-02 20:00"), "陈主管", true, "").has_value());
    REQUIRE(close(nc, at("2026-03-03 08:00"), "陈主管", "").has_value());

    const auto t = [](std::string_view s) {
        return at(s);
    };
    CHECK(nc.stateAt(t("2026-03-02 08:00")) == NcState::Open); // before it was raised
    CHECK(nc.stateAt(t("2026-03-02 10:59:59")) == NcState::Open);
    CHECK(nc.stateAt(t("2026-03-02 11:00")) == NcState::Rectified);
    CHECK(nc.stateAt(t("2026-03-02 11:59:59")) == NcState::Rectified);
    CHECK(nc.stateAt(t("2026-03-02 12:00")) == NcState::Open);
    CHECK(nc.stateAt(t("2026-03-02 19:00")) == NcState::Rectified);
    CHECK(nc.stateAt(t("2026-03-02 20:00")) == NcState::Verified);
    CHECK(nc.stateAt(t("2026-03-03 08:00")) == NcState::Closed);

    CHECK(nc.rectificationAt(t("2026-03-02 10:59:59")) == std::nullopt);
    CHECK(nc.rectificationAt(t("2026-03-02 11:00")) == t("2026-03-02 11:00"));
    CHECK(nc.rectificationAt(t("2026-03-02 12:00")) == std::nullopt); // the failed verification undid it
    CHECK(nc.rectificationAt(t("2026-03-02 19:00")) == t("2026-03-02 19:00"));
    CHECK(nc.rectificationAt(t("2026-03-05 00:00")) == t("2026-03-02 19:00"));

    CHECK(nc.rectifiedOnTime(t("2026-03-02 11:30"))); // as it stood then: rectified before 18:00
    CHECK_FALSE(nc.rectifiedOnTime(t("2026-03-02 12:00")));
    CHECK_FALSE(nc.rectifiedOnTime(t("2026-03-04 00:00"))); // finally rectified at 19:00, after the deadline

    CHECK_FALSE(nc.overdue(t("2026-03-02 18:00"))); // open, but not past the deadline yet
    CHECK(nc.overdue(t("2026-03-02 18:00:01")));
    CHECK_FALSE(nc.overdue(t("2026-03-02 19:00")));
}

TEST_CASE("a nonconformance stored without events reads its state from its fields once raised")
{
    Nonconformance nc;
    nc.raisedAt = at("2026-03-02 09:00");
    nc.deadline = at("2026-03-02 18:00");
    nc.state = NcState::Verified;
    nc.rectifiedAt = at("2026-03-02 17:00");
    CHECK(nc.stateAt(at("2026-03-02 08:00")) == NcState::Open);
    CHECK(nc.stateAt(at("2026-03-02 09:00")) == NcState::Verified);
    CHECK(nc.rectificationAt(at("2026-03-02 16:00")) == std::nullopt);
    CHECK(nc.rectificationAt(at("2026-03-02 17:00")) == at("2026-03-02 17:00"));
    CHECK(nc.rectifiedOnTime(at("2026-03-03 00:00")));
}

TEST_CASE("minor nonconformances in one place make a cluster at the limit within the window")
{
    const auto now = at("2026-03-31 10:00");
    const auto area = AreaType::StandardFloors;
    std::vector<Nonconformance> existing{
        minor(area, "1栋", now - 24h * 10), minor(area, "1栋", now - 24h * 30 + 1s), // just inside the 30 days
    };
    CHECK(makesCluster(existing, area, "1栋", now, 3, 30)); // two before and this one: 3
    CHECK_FALSE(makesCluster(existing, area, "1栋", now, 4, 30));
    CHECK_FALSE(makesCluster(existing, area, "1栋", now, 3, 29)); // the older one is outside 29 days

    existing[1].raisedAt = now - 24h * 30; // exactly 30 days before: out of the window
    CHECK_FALSE(makesCluster(existing, area, "1栋", now, 3, 30));
    existing[1].raisedAt = now - 24h * 30 + 1s;

    // Severe, withdrawn, other places and other area types do not count.
    std::vector<Nonconformance> others{
        minor(area, "1栋", now - 24h, Severity::Severe),
        minor(area, "2栋", now - 24h),
        minor(AreaType::Lobby, "1栋", now - 24h),
        minor(area, "1栋", now - 24h),
    };
    others[3].state = NcState::Withdrawn;
    CHECK_FALSE(makesCluster(others, area, "1栋", now, 2, 30));
    others.push_back(minor(area, "1栋", now - 1h));
    CHECK(makesCluster(others, area, "1栋", now, 2, 30));
    CHECK(makesCluster({}, area, "1栋", now, 1, 30)); // a limit of one: every minor one
}

// ---------------------------------------------------------------------------------------------------
// Subcontractors

TEST_CASE("three written warnings in a rolling year give the right to terminate")
{
    std::vector<ContractorWarning> warnings{
        warning(1, day(2025, 3, 15)), // exactly one year before: out
        warning(1, day(2025, 3, 16)), warning(1, day(2026, 3, 15)), warning(1, day(2026, 3, 16)), // after the day
        warning(2, day(2026, 1, 1)), // another contractor's
    };
    CHECK(warningsInYear(warnings, ContractorId{1}, day(2026, 3, 15)) == 2);
    CHECK_FALSE(mayTerminate(warnings, ContractorId{1}, day(2026, 3, 15), 3));
    CHECK(warningsInYear(warnings, ContractorId{1}, day(2026, 3, 14)) == 2); // 2025-03-15 in, 2026-03-15 not yet
    CHECK(warningsInYear(warnings, ContractorId{1}, day(2026, 3, 16)) == 2); // 2025-03-16 out, 2026-03-16 in
    CHECK(warningsInYear(warnings, ContractorId{2}, day(2026, 3, 16)) == 1);
    CHECK_FALSE(mayTerminate(warnings, ContractorId{2}, day(2026, 3, 16), 2));

    warnings.push_back(warning(1, day(2025, 12, 1)));
    CHECK(warningsInYear(warnings, ContractorId{1}, day(2026, 3, 15)) == 3);
    CHECK(mayTerminate(warnings, ContractorId{1}, day(2026, 3, 15), 3));
    CHECK_FALSE(mayTerminate(warnings, ContractorId{1}, day(2026, 3, 15), 4));
    CHECK(mayTerminate(warnings, ContractorId{1}, day(2026, 3, 16), 3));
    CHECK_FALSE(mayTerminate(warnings, ContractorId{1}, day(2026, 12, 1), 3)); // only 2026-03-15 and -16 left
    CHECK(warningsInYear(warnings, ContractorId{1}, day(2027, 3, 15)) == 1);
    CHECK(warningsInYear(warnings, ContractorId{1}, day(2027, 3, 16)) == 0);
}

TEST_CASE("a rolling year ending on 29 February counts from 28 February")
{
    const std::vector<ContractorWarning> warnings{
        warning(1, day(2023, 2, 28)),
        warning(1, day(2023, 3, 1)),
        warning(1, day(2024, 2, 29)),
    };
    CHECK(warningsInYear(warnings, ContractorId{1}, day(2024, 2, 29)) == 2); // after 2023-02-28
    CHECK(warningsInYear(warnings, ContractorId{1}, day(2024, 2, 28)) == 1); // 2023-02-28 is out, 02-29 not yet
    // A year after the leap day: after 2024-02-28, so 2024-02-29 still counts on 2025-02-28.
    CHECK(warningsInYear(warnings, ContractorId{1}, day(2025, 2, 28)) == 1);
    CHECK(warningsInYear(warnings, ContractorId{1}, day(2025, 3, 1)) == 0);
}

TEST_CASE("contractors and pest-control visits are checked")
{
    Contractor c;
    c.name = "洁美清洁公司";
    c.monthlyFee = 3'000'000;
    c.contractStart = day(2026, 1, 1);
    c.contractEnd = day(2026, 12, 31);
    CHECK(c.validate().has_value());
    CHECK(c.underContract(day(2026, 12, 31)));
    CHECK_FALSE(c.underContract(day(2027, 1, 1)));
    auto ended = c;
    ended.contractEnd = day(2025, 12, 31);
    CHECK(ended.validate().error().field == "contractEnd");
    auto negative = c;
    negative.monthlyFee = -1;
    CHECK(negative.validate().error().field == "monthlyFee");
    auto unnamed = c;
    unnamed.name = "";
    CHECK(unnamed.validate().error().field == "name");
    c.active = false;
    CHECK_FALSE(c.underContract(day(2026, 6, 1)));

    PestControlVisit v;
    v.operatorName = "刘师傅";
    v.licence = "粤除四害-0231";
    v.signedInAt = at("2026-03-02 09:00");
    v.signedOutAt = at("2026-03-02 11:00");
    CHECK(v.validate().has_value());
    auto noLicence = v;
    noLicence.licence = "";
    CHECK(noLicence.validate().error().field == "licence");
    auto early = v;
    early.signedOutAt = at("2026-03-02 08:00");
    CHECK(early.validate().error().field == "signedOutAt");

    PreventiveAction p;
    p.cause = "雨季排水口易堵";
    p.action = "每周清理排水口";
    p.owner = "保洁公司";
    CHECK(p.validate().has_value());
    p.owner = "";
    CHECK(p.validate().error().field == "owner");
}
