#include "inspection.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace propdesk::domain {

namespace {

constexpr Seconds kDay{24 * 3600};

constexpr std::array kAreaTypes{AreaType::Ground,  AreaType::Lobby,          AreaType::StandardFloors,
                                AreaType::Offices, AreaType::Drains,         AreaType::CarPark,
                                AreaType::Roofs,   AreaType::StainlessSteel, AreaType::RefusePoints};
constexpr std::array kServices{InspectionService::Cleaning, InspectionService::Greening};
constexpr std::array kUnits{WeightUnit::SquareMetre, WeightUnit::Metre, WeightUnit::Count};
constexpr std::array kScopes{SampleScope::Site, SampleScope::GroundZone, SampleScope::Buildings,
                             SampleScope::EachBuilding};
constexpr std::array kBuildingKinds{BuildingKind::Residential, BuildingKind::Office};
constexpr std::array kSheetKinds{SheetKind::Daily, SheetKind::Monthly};
constexpr std::array kItemResults{ItemResult::Pending, ItemResult::Pass, ItemResult::Fail, ItemResult::NotApplicable};
constexpr std::array kSeverities{Severity::Minor, Severity::Severe};
constexpr std::array kSheetStatuses{SheetStatus::Draft, SheetStatus::Signed};
constexpr std::array kNcStates{NcState::Open, NcState::Rectified, NcState::Verified, NcState::Closed,
                               NcState::Withdrawn};
constexpr std::array kContractorServices{ContractorService::Cleaning, ContractorService::Greening,
                                         ContractorService::PestControl};

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

// ---------------------------------------------------------------------------------------------------
// The default templates

CheckItem item(std::string code, std::string text, std::string standard, InspectionService service, WeightUnit unit,
               std::int64_t weight)
{
    CheckItem i;
    i.code = std::move(code);
    i.text = std::move(text);
    i.standard = std::move(standard);
    i.service = service;
    i.unit = unit;
    i.weight = weight;
    return i;
}

CheckItem cleaning(std::string code, std::string text, std::string standard, WeightUnit unit, std::int64_t weight)
{
    return item(std::move(code), std::move(text), std::move(standard), InspectionService::Cleaning, unit, weight);
}

CheckItem greening(std::string code, std::string text, std::string standard, std::int64_t area)
{
    return item(std::move(code), std::move(text), std::move(standard), InspectionService::Greening,
                WeightUnit::SquareMetre, area);
}

SampleRule rule(SampleScope scope, int buildings = 0, int floors = 0)
{
    SampleRule r;
    r.scope = scope;
    r.buildings = buildings;
    r.floors = floors;
    return r;
}

// ---------------------------------------------------------------------------------------------------
// Nonconformances

Instant lastStep(const Nonconformance& nc)
{
    return nc.events.empty() ? nc.raisedAt : nc.events.back().at;
}

Result<void> wrongState(const Nonconformance& nc, std::string message)
{
    return fail(ErrorCode::Conflict, std::move(message), "state", nc.code);
}

Result<void> checkStep(const Nonconformance& nc, Instant at, std::string_view by)
{
    if (blank(by)) {
        return fail(ErrorCode::InvalidInput, "who does it?", "by", nc.code);
    }
    if (at < lastStep(nc)) {
        return fail(ErrorCode::InvalidInput, "is before the nonconformance's previous step", "at", nc.code);
    }
    return {};
}

void append(Nonconformance& nc, NcEventKind kind, Instant at, const std::string& by, const std::string& note)
{
    NcEvent e;
    e.kind = kind;
    e.at = at;
    e.by = by;
    e.note = note;
    nc.events.push_back(std::move(e));
}

// The state and the rectification in force after replaying the events at or before `t`.
struct Replay
{
    NcState state = NcState::Open;
    std::optional<Instant> rectification;
};

Replay replay(const Nonconformance& nc, Instant t)
{
    Replay r;
    if (nc.events.empty()) {
        // Records made without events (imports): the current fields as of the time they were raised.
        if (t >= nc.raisedAt) {
            r.state = nc.state;
            if (nc.rectifiedAt && *nc.rectifiedAt <= t &&
                (nc.state == NcState::Rectified || nc.state == NcState::Verified || nc.state == NcState::Closed)) {
                r.rectification = nc.rectifiedAt;
            }
        }
        return r;
    }
    for (const auto& e : nc.events) {
        if (e.at > t) {
            break;
        }
        switch (e.kind) {
        case NcEventKind::Raised:
            r.state = NcState::Open;
            break;
        case NcEventKind::Rectified:
            r.state = NcState::Rectified;
            r.rectification = e.at;
            break;
        case NcEventKind::VerificationPassed:
            r.state = NcState::Verified;
            break;
        case NcEventKind::VerificationFailed:
            r.state = NcState::Open;
            r.rectification.reset();
            break;
        case NcEventKind::CorrectiveAction:
            break;
        case NcEventKind::Closed:
            r.state = NcState::Closed;
            break;
        case NcEventKind::Withdrawn:
            r.state = NcState::Withdrawn;
            r.rectification.reset();
            break;
        }
    }
    return r;
}

} // namespace

// ---------------------------------------------------------------------------------------------------
// Keys

std::span<const AreaType> allAreaTypes()
{
    return kAreaTypes;
}

std::string_view areaTypeKey(AreaType type)
{
    switch (type) {
    case AreaType::Ground:
        return "ground";
    case AreaType::Lobby:
        return "lobby";
    case AreaType::StandardFloors:
        return "standard_floors";
    case AreaType::Offices:
        return "offices";
    case AreaType::Drains:
        return "drains";
    case AreaType::CarPark:
        return "car_park";
    case AreaType::Roofs:
        return "roofs";
    case AreaType::StainlessSteel:
        return "stainless_steel";
    case AreaType::RefusePoints:
        return "refuse_points";
    }
    return "ground";
}

std::optional<AreaType> parseAreaType(std::string_view key)
{
    return parseKey(key, kAreaTypes, areaTypeKey);
}

std::string_view inspectionServiceKey(InspectionService service)
{
    switch (service) {
    case InspectionService::Cleaning:
        return "cleaning";
    case InspectionService::Greening:
        return "greening";
    }
    return "cleaning";
}

std::optional<InspectionService> parseInspectionService(std::string_view key)
{
    return parseKey(key, kServices, inspectionServiceKey);
}

std::string_view weightUnitKey(WeightUnit unit)
{
    switch (unit) {
    case WeightUnit::SquareMetre:
        return "m2";
    case WeightUnit::Metre:
        return "m";
    case WeightUnit::Count:
        return "count";
    }
    return "count";
}

std::optional<WeightUnit> parseWeightUnit(std::string_view key)
{
    return parseKey(key, kUnits, weightUnitKey);
}

std::string_view sampleScopeKey(SampleScope scope)
{
    switch (scope) {
    case SampleScope::Site:
        return "site";
    case SampleScope::GroundZone:
        return "ground_zone";
    case SampleScope::Buildings:
        return "buildings";
    case SampleScope::EachBuilding:
        return "each_building";
    }
    return "site";
}

std::optional<SampleScope> parseSampleScope(std::string_view key)
{
    return parseKey(key, kScopes, sampleScopeKey);
}

std::string_view buildingKindKey(BuildingKind kind)
{
    switch (kind) {
    case BuildingKind::Residential:
        return "residential";
    case BuildingKind::Office:
        return "office";
    }
    return "residential";
}

std::optional<BuildingKind> parseBuildingKind(std::string_view key)
{
    return parseKey(key, kBuildingKinds, buildingKindKey);
}

std::string_view sheetKindKey(SheetKind kind)
{
    switch (kind) {
    case SheetKind::Daily:
        return "daily";
    case SheetKind::Monthly:
        return "monthly";
    }
    return "daily";
}

std::optional<SheetKind> parseSheetKind(std::string_view key)
{
    return parseKey(key, kSheetKinds, sheetKindKey);
}

std::string_view itemResultKey(ItemResult result)
{
    switch (result) {
    case ItemResult::Pending:
        return "pending";
    case ItemResult::Pass:
        return "pass";
    case ItemResult::Fail:
        return "fail";
    case ItemResult::NotApplicable:
        return "not_applicable";
    }
    return "pending";
}

std::optional<ItemResult> parseItemResult(std::string_view key)
{
    return parseKey(key, kItemResults, itemResultKey);
}

std::string_view severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Minor:
        return "minor";
    case Severity::Severe:
        return "severe";
    }
    return "minor";
}

std::optional<Severity> parseSeverity(std::string_view key)
{
    return parseKey(key, kSeverities, severityKey);
}

std::string_view sheetStatusKey(SheetStatus status)
{
    switch (status) {
    case SheetStatus::Draft:
        return "draft";
    case SheetStatus::Signed:
        return "signed";
    }
    return "draft";
}

std::optional<SheetStatus> parseSheetStatus(std::string_view key)
{
    return parseKey(key, kSheetStatuses, sheetStatusKey);
}

std::string_view ncStateKey(NcState state)
{
    switch (state) {
    case NcState::Open:
        return "open";
    case NcState::Rectified:
        return "rectified";
    case NcState::Verified:
        return "verified";
    case NcState::Closed:
        return "closed";
    case NcState::Withdrawn:
        return "withdrawn";
    }
    return "open";
}

std::optional<NcState> parseNcState(std::string_view key)
{
    return parseKey(key, kNcStates, ncStateKey);
}

std::string_view ncEventKindKey(NcEventKind kind)
{
    switch (kind) {
    case NcEventKind::Raised:
        return "raised";
    case NcEventKind::Rectified:
        return "rectified";
    case NcEventKind::VerificationPassed:
        return "verified";
    case NcEventKind::VerificationFailed:
        return "verification_failed";
    case NcEventKind::CorrectiveAction:
        return "corrective_action";
    case NcEventKind::Closed:
        return "closed";
    case NcEventKind::Withdrawn:
        return "withdrawn";
    }
    return "raised";
}

std::string_view contractorServiceKey(ContractorService service)
{
    switch (service) {
    case ContractorService::Cleaning:
        return "cleaning";
    case ContractorService::Greening:
        return "greening";
    case ContractorService::PestControl:
        return "pest_control";
    }
    return "cleaning";
}

std::optional<ContractorService> parseContractorService(std::string_view key)
{
    return parseKey(key, kContractorServices, contractorServiceKey);
}

// ---------------------------------------------------------------------------------------------------
// Templates

Result<void> InspectionTemplate::validate() const
{
    const auto bad = [&](std::string message, std::string field) {
        return fail(ErrorCode::InvalidInput, std::move(message), std::move(field), name);
    };
    if (blank(name)) {
        return bad("the name is empty", "name");
    }
    if (items.empty()) {
        return bad("add at least one check item", "items");
    }
    if (auto ok = checkCodes(items, "items"); !ok) {
        auto error = ok.error();
        error.record = name;
        return std::unexpected(std::move(error));
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (blank(items[i].text)) {
            return bad("say what is checked", fmt::format("items[{}].text", i));
        }
        if (items[i].weight < 1) {
            return bad("must be at least 1", fmt::format("items[{}].weight", i));
        }
    }
    if (sample.buildings < 0) {
        return bad("must not be negative", "sample.buildings");
    }
    if (sample.floors < 0) {
        return bad("must not be negative", "sample.floors");
    }
    if (sample.officesOnly && sample.residentialOnly) {
        return bad("choose office towers only or residential buildings only, not both", "sample.officesOnly");
    }
    return {};
}

const CheckItem* InspectionTemplate::item(std::string_view code) const
{
    const auto it = std::find_if(items.begin(), items.end(), [&](const auto& i) { return i.code == code; });
    return it == items.end() ? nullptr : &*it;
}

// The weights are the monthly sample sizes of 003 制度4 §二.3 where it gives them: what one sheet of the
// monthly sample covers (the 80 m² of ground, 8 floors of a building, 20 m of drain, 5 wells). Where the
// document gives no size (a lobby, a roof, a refuse rule) an item weighs 1.
std::vector<InspectionTemplate> defaultInspectionTemplates(SiteId site)
{
    using enum WeightUnit;
    std::vector<InspectionTemplate> out;
    const auto add = [&](AreaType area, std::string name, SampleRule sample, std::vector<CheckItem> items) {
        InspectionTemplate t;
        t.site = site;
        t.area = area;
        t.name = std::move(name);
        t.effectiveFrom = date::year{2000} / 1 / 1;
        t.items = std::move(items);
        t.sample = sample;
        t.active = true;
        t.savedAt = Instant{};
        out.push_back(std::move(t));
    };

    // 制度4 §二.3 1): 首层地面(含绿化带)，抽查红线范围内80平方米的地面，每次抽查的范围不同; the greening items
    // are the care of §二.3 11): 植物养护、造型和修剪、病虫害防治、浇水与施肥.
    add(AreaType::Ground, "首层地面及绿化带", rule(SampleScope::GroundZone),
        {cleaning("G1", "地面", "无垃圾、无积水、无污渍、无杂物", SquareMetre, 80),
         cleaning("G2", "绿化带", "无垃圾、无杂物、无枯枝落叶", SquareMetre, 80),
         greening("G3", "植物养护", "植物生长良好，无枯死、无缺株", 80),
         greening("G4", "植物造型和修剪", "造型美观，修剪整齐，无杂草", 80),
         greening("G5", "病虫害防治", "无明显病虫害", 80),
         greening("G6", "浇水与施肥", "按时浇水施肥，无干旱、无缺肥", 80)});

    // 制度4 §二.3 2): 首层大堂的地面、墙面，抽查其中两栋的大理石地面、墙面保养情况.
    add(AreaType::Lobby, "首层大堂", rule(SampleScope::Buildings, 2),
        {cleaning("L1", "大理石地面", "洁净光亮、无污渍、无划痕", Count, 1),
         cleaning("L2", "墙面", "洁净、无污渍、无积尘、无乱张贴", Count, 1)});

    // 制度4 §二.3 3): 每栋抽查八层标准层，检查地面砖、墙面砖、消防栓、防火门、排风口、后楼梯扶手、垃圾桶
    // 摆放处等地是否按合同规定标准进行保洁. Office towers have their own template (4).
    {
        auto sample = rule(SampleScope::EachBuilding, 0, 8);
        sample.residentialOnly = true;
        add(AreaType::StandardFloors, "标准层", sample,
            {cleaning("F1", "通道地面砖", "干净、无垃圾、无污渍、无积水", Count, 8),
             cleaning("F2", "墙面砖", "干净、无污渍、无乱张贴", Count, 8),
             cleaning("F3", "消防栓", "箱体内外干净、无积尘", Count, 8),
             cleaning("F4", "防火门", "门面干净、无积尘、无手印", Count, 8),
             cleaning("F5", "排风口", "无积尘、无蛛网", Count, 8),
             cleaning("F6", "后楼梯扶手", "无积尘、无污渍", Count, 8),
             cleaning("F7", "垃圾桶摆放处", "摆放整齐，周围无散落垃圾、无异味", Count, 8)});
    }

    // 制度4 §二.3 4): 写字楼每座各抽查10个标准层，检查通道内公共设施、洗手间、茶水房是否清洁卫生.
    {
        auto sample = rule(SampleScope::EachBuilding, 0, 10);
        sample.officesOnly = true;
        add(AreaType::Offices, "写字楼标准层", sample,
            {cleaning("O1", "通道公共设施", "干净、无积尘、无污渍", Count, 10),
             cleaning("O2", "洗手间", "清洁卫生、无异味、无积水", Count, 10),
             cleaning("O3", "茶水房", "清洁卫生、无积水、无异味", Count, 10)});
    }

    // 制度4 §二.3 5): 地面的下水道、污水井(含地下室内部分)，抽查下水道20米长，沙井、污水井各5个.
    add(AreaType::Drains, "下水道、沙井、污水井", rule(SampleScope::Site),
        {cleaning("D1", "下水道", "畅通、无堵塞、无积存垃圾", Metre, 20),
         cleaning("D2", "沙井", "无淤积、无垃圾、无异味", Count, 5),
         cleaning("D3", "污水井", "无淤积、无堵塞、无溢流", Count, 5)});

    // 制度4 §二.3 6): 地下室停车场的管线、天棚、地面，抽查管线30米长，天棚80平方米，地面80平方米.
    add(AreaType::CarPark, "地下停车场", rule(SampleScope::Site),
        {cleaning("C1", "管线", "无积尘、无蛛网", Metre, 30),
         cleaning("C2", "天棚", "无积尘、无蛛网、无污渍", SquareMetre, 80),
         cleaning("C3", "地面", "无垃圾、无油污、无积水", SquareMetre, 80)});

    // 制度4 §二.3 7): 抽查两栋楼宇的天台、设备层地面及公共设施的卫生状态.
    add(AreaType::Roofs, "天台、设备层", rule(SampleScope::Buildings, 2),
        {cleaning("R1", "天台地面", "无垃圾、无杂物、排水口畅通", Count, 1),
         cleaning("R2", "设备层地面", "无垃圾、无积尘、无杂物", Count, 1),
         cleaning("R3", "公共设施", "干净、无积尘", Count, 1)});

    // 制度4 §二.3 8): 电梯轿厢每栋抽查一部电梯；每栋抽查8层电梯外厅门；地面警示牌、围栏抽查3-4处.
    add(AreaType::StainlessSteel, "不锈钢", rule(SampleScope::EachBuilding, 0, 8),
        {cleaning("S1", "电梯轿厢", "光亮、无手印、无污渍", Count, 1),
         cleaning("S2", "电梯外厅门", "光亮、无手印、无污渍", Count, 8),
         cleaning("S3", "地面警示牌、围栏", "干净、光亮、无积尘", Count, 3)});

    // 制度4 §二.3 9): 垃圾要日产日清，清理过程要有地面清洁工进行监督; 制度7 §2.2: 无异味, 保洁工作在08:00前完成.
    add(AreaType::RefusePoints, "垃圾收集点", rule(SampleScope::Site),
        {cleaning("W1", "垃圾清运", "日产日清，无遗留垃圾", Count, 1),
         cleaning("W2", "异味", "收集点及周围无异味", Count, 1),
         cleaning("W3", "清运监督", "清运过程有地面保洁员监督，清运后地面干净", Count, 1),
         cleaning("W4", "保洁时间", "保洁工作于08:00前完成", Count, 1)});
    return out;
}

std::vector<const InspectionTemplate*> templatesInForce(std::span<const InspectionTemplate> versions, Date day)
{
    std::map<AreaType, const InspectionTemplate*> latest;
    for (const auto& v : versions) {
        if (date::sys_days{v.effectiveFrom} > date::sys_days{day}) {
            continue;
        }
        auto& current = latest[v.area];
        if (!current || date::sys_days{v.effectiveFrom} > date::sys_days{current->effectiveFrom} ||
            (v.effectiveFrom == current->effectiveFrom && v.id.value >= current->id.value)) {
            current = &v;
        }
    }
    std::vector<const InspectionTemplate*> out;
    for (const auto area : kAreaTypes) {
        if (const auto it = latest.find(area); it != latest.end() && it->second->active) {
            out.push_back(it->second);
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------
// Site set-up

Result<void> InspectionSetup::validate() const
{
    if (auto ok = checkCodes(buildings, "buildings"); !ok) {
        return ok;
    }
    for (std::size_t i = 0; i < buildings.size(); ++i) {
        if (buildings[i].firstStandardFloor > buildings[i].lastStandardFloor) {
            return fail(ErrorCode::InvalidInput, "the first standard floor is above the last",
                        fmt::format("buildings[{}].firstStandardFloor", i), buildings[i].code);
        }
        if (buildings[i].lifts < 0) {
            return fail(ErrorCode::InvalidInput, "must not be negative", fmt::format("buildings[{}].lifts", i),
                        buildings[i].code);
        }
    }
    if (auto ok = checkCodes(groundZones, "groundZones"); !ok) {
        return ok;
    }
    for (std::size_t i = 0; i < groundZones.size(); ++i) {
        if (groundZones[i].area < 1) {
            return fail(ErrorCode::InvalidInput, "must be at least 1", fmt::format("groundZones[{}].area", i),
                        groundZones[i].code);
        }
    }
    if (clusterLimit < 1) {
        return fail(ErrorCode::InvalidInput, "must be at least 1", "clusterLimit");
    }
    if (clusterDays < 1) {
        return fail(ErrorCode::InvalidInput, "must be at least 1", "clusterDays");
    }
    if (monthlyRectifyDays < 0) {
        return fail(ErrorCode::InvalidInput, "must not be negative", "monthlyRectifyDays");
    }
    if (warningLimit < 1) {
        return fail(ErrorCode::InvalidInput, "must be at least 1", "warningLimit");
    }
    return {};
}

const Building* InspectionSetup::building(std::string_view code) const
{
    const auto it = std::find_if(buildings.begin(), buildings.end(), [&](const auto& b) { return b.code == code; });
    return it == buildings.end() ? nullptr : &*it;
}

const GroundZone* InspectionSetup::groundZone(std::string_view code) const
{
    const auto it = std::find_if(groundZones.begin(), groundZones.end(), [&](const auto& z) { return z.code == code; });
    return it == groundZones.end() ? nullptr : &*it;
}

InspectionSetup defaultInspectionSetup(SiteId site)
{
    InspectionSetup setup;
    setup.site = site;
    return setup;
}

// ---------------------------------------------------------------------------------------------------
// Monthly sampling plan

namespace {

// The floors of the formula in the header: spread evenly over the building, shifted by one each month.
std::vector<int> sampledFloors(const Building& b, int f, std::int64_t m)
{
    std::vector<int> floors;
    const int s = b.standardFloors();
    if (f <= 0 || s <= 0) {
        return floors;
    }
    if (f >= s) {
        for (int floor = b.firstStandardFloor; floor <= b.lastStandardFloor; ++floor) {
            floors.push_back(floor);
        }
        return floors;
    }
    for (int i = 0; i < f; ++i) {
        const auto offset = floorMod(static_cast<std::int64_t>(i) * s / f + m, s);
        floors.push_back(b.firstStandardFloor + static_cast<int>(offset));
    }
    std::sort(floors.begin(), floors.end());
    return floors;
}

std::string displayName(const std::string& name, const std::string& code)
{
    return blank(name) ? code : name;
}

// "1栋 3、5、7层", or "1栋" without floors.
std::string buildingLocation(const Building& b, const std::vector<int>& floors)
{
    auto out = displayName(b.name, b.code);
    if (floors.empty()) {
        return out;
    }
    out += ' ';
    for (std::size_t i = 0; i < floors.size(); ++i) {
        if (i > 0) {
            out += "、";
        }
        out += std::to_string(floors[i]);
    }
    out += "层";
    return out;
}

SampleTarget buildingTarget(const InspectionTemplate& t, const Building& b, std::int64_t m)
{
    SampleTarget target;
    target.area = t.area;
    target.building = b.code;
    target.floors = sampledFloors(b, t.sample.floors, m);
    target.location = buildingLocation(b, target.floors);
    return target;
}

} // namespace

SamplingPlan buildSamplingPlan(std::span<const InspectionTemplate> templates, const InspectionSetup& setup,
                               date::year_month month)
{
    SamplingPlan plan;
    plan.site = setup.site;
    plan.month = month;
    const std::int64_t m = static_cast<std::int64_t>(static_cast<int>(month.year())) * 12 +
                           static_cast<std::int64_t>(static_cast<unsigned>(month.month())) - 1;

    for (const auto* t : templatesInForce(templates, month / 1)) {
        switch (t->sample.scope) {
        case SampleScope::Site: {
            SampleTarget target;
            target.area = t->area;
            target.location = "全场";
            plan.targets.push_back(std::move(target));
            break;
        }
        case SampleScope::GroundZone: {
            if (setup.groundZones.empty()) {
                plan.notes.push_back(fmt::format("{}: the site has no ground zones", t->name));
                break;
            }
            const auto zones = static_cast<std::int64_t>(setup.groundZones.size());
            const auto& zone = setup.groundZones[static_cast<std::size_t>(floorMod(m, zones))];
            SampleTarget target;
            target.area = t->area;
            target.groundZone = zone.code;
            target.location = fmt::format("{} ({} m²)", displayName(zone.name, zone.code), zone.area);
            plan.targets.push_back(std::move(target));
            break;
        }
        case SampleScope::Buildings:
        case SampleScope::EachBuilding: {
            std::vector<const Building*> eligible;
            for (const auto& b : setup.buildings) {
                if ((t->sample.officesOnly && b.kind != BuildingKind::Office) ||
                    (t->sample.residentialOnly && b.kind != BuildingKind::Residential)) {
                    continue;
                }
                eligible.push_back(&b);
            }
            if (eligible.empty()) {
                if (setup.buildings.empty()) {
                    plan.notes.push_back(fmt::format("{}: the site has no buildings", t->name));
                } else if (t->sample.officesOnly) {
                    plan.notes.push_back(fmt::format("{}: the site has no office towers", t->name));
                } else {
                    plan.notes.push_back(fmt::format("{}: the site has no residential buildings", t->name));
                }
                break;
            }
            const auto k = static_cast<std::int64_t>(eligible.size());
            std::vector<bool> chosen(eligible.size(), false);
            const auto n = static_cast<std::int64_t>(t->sample.buildings);
            if (t->sample.scope == SampleScope::EachBuilding || n == 0 || n >= k) {
                std::fill(chosen.begin(), chosen.end(), true);
            } else {
                const auto start = floorMod(m * n, k);
                for (std::int64_t i = 0; i < n; ++i) {
                    chosen[static_cast<std::size_t>((start + i) % k)] = true;
                }
            }
            for (std::size_t i = 0; i < eligible.size(); ++i) {
                if (chosen[i]) {
                    plan.targets.push_back(buildingTarget(*t, *eligible[i], m));
                }
            }
            break;
        }
        }
    }
    return plan;
}

// ---------------------------------------------------------------------------------------------------
// Sheets

int InspectionSheet::pendingLines() const
{
    return static_cast<int>(
        std::count_if(lines.begin(), lines.end(), [](const auto& l) { return l.result == ItemResult::Pending; }));
}

int InspectionSheet::failedLines() const
{
    return static_cast<int>(
        std::count_if(lines.begin(), lines.end(), [](const auto& l) { return l.result == ItemResult::Fail; }));
}

InspectionSheet makeSheet(const InspectionTemplate& tmpl, SheetKind kind, Date day, std::string location)
{
    InspectionSheet sheet;
    sheet.site = tmpl.site;
    sheet.kind = kind;
    sheet.day = day;
    sheet.area = tmpl.area;
    sheet.location = std::move(location);
    if (tmpl.id.value != 0) {
        sheet.templateVersion = tmpl.id;
    }
    for (const auto& i : tmpl.items) {
        SheetLine line;
        line.item = i;
        sheet.lines.push_back(std::move(line));
    }
    sheet.status = SheetStatus::Draft;
    sheet.createdAt = Instant{};
    return sheet;
}

AreaScore scoreSheet(const InspectionSheet& sheet, InspectionService service)
{
    AreaScore score;
    for (const auto& line : sheet.lines) {
        if (line.item.service != service) {
            continue;
        }
        if (line.result == ItemResult::Pass) {
            score.met += line.item.weight;
            score.inspected += line.item.weight;
        } else if (line.result == ItemResult::Fail) {
            score.inspected += line.item.weight;
        }
    }
    return score;
}

// ---------------------------------------------------------------------------------------------------
// Nonconformances

NcState Nonconformance::stateAt(Instant t) const
{
    return replay(*this, t).state;
}

std::optional<Instant> Nonconformance::rectificationAt(Instant t) const
{
    const auto r = replay(*this, t);
    if (r.state == NcState::Rectified || r.state == NcState::Verified || r.state == NcState::Closed) {
        return r.rectification;
    }
    return std::nullopt;
}

bool Nonconformance::rectifiedOnTime(Instant t) const
{
    const auto r = rectificationAt(t);
    return r && *r <= deadline;
}

Result<void> rectify(Nonconformance& nc, Instant at, const std::string& by, const std::string& evidence,
                     std::vector<PhotoRef> photos)
{
    if (nc.state != NcState::Open) {
        return wrongState(nc, "only an open nonconformance can be rectified");
    }
    if (auto ok = checkStep(nc, at, by); !ok) {
        return ok;
    }
    if (blank(evidence)) {
        return fail(ErrorCode::InvalidInput, "describe what was done", "evidence", nc.code);
    }
    nc.state = NcState::Rectified;
    nc.rectifiedAt = at;
    nc.rectifiedBy = by;
    nc.evidence = evidence;
    nc.evidencePhotos = std::move(photos);
    append(nc, NcEventKind::Rectified, at, by, evidence);
    return {};
}

Result<void> verify(Nonconformance& nc, Instant at, const std::string& by, bool passed, const std::string& note)
{
    if (nc.state != NcState::Rectified) {
        return wrongState(nc, "only a rectified nonconformance can be verified");
    }
    if (auto ok = checkStep(nc, at, by); !ok) {
        return ok;
    }
    if (!passed && blank(note)) {
        return fail(ErrorCode::InvalidInput, "say why the rectification is not accepted", "note", nc.code);
    }
    if (passed) {
        nc.state = NcState::Verified;
        nc.verifiedAt = at;
        nc.verifiedBy = by;
        append(nc, NcEventKind::VerificationPassed, at, by, note);
    } else {
        nc.state = NcState::Open;
        append(nc, NcEventKind::VerificationFailed, at, by, note);
    }
    return {};
}

Result<void> close(Nonconformance& nc, Instant at, const std::string& by, const std::string& note)
{
    if (nc.state != NcState::Verified) {
        return wrongState(nc, "only a verified nonconformance can be closed");
    }
    if (auto ok = checkStep(nc, at, by); !ok) {
        return ok;
    }
    if (nc.reportRequired && !nc.report) {
        return fail(ErrorCode::Conflict, "record the corrective action report first", "report", nc.code);
    }
    nc.state = NcState::Closed;
    nc.closedAt = at;
    nc.closedBy = by;
    append(nc, NcEventKind::Closed, at, by, note);
    return {};
}

Result<void> recordReport(Nonconformance& nc, const CorrectiveActionReport& report)
{
    if (nc.state == NcState::Closed || nc.state == NcState::Withdrawn) {
        return wrongState(nc, "a closed or withdrawn nonconformance takes no corrective action report");
    }
    if (blank(report.causeAnalysis)) {
        return fail(ErrorCode::InvalidInput, "what caused it?", "causeAnalysis", nc.code);
    }
    if (blank(report.action)) {
        return fail(ErrorCode::InvalidInput, "what is to be corrected?", "action", nc.code);
    }
    if (blank(report.owner)) {
        return fail(ErrorCode::InvalidInput, "who is responsible?", "owner", nc.code);
    }
    if (report.recordedAt < lastStep(nc)) {
        return fail(ErrorCode::InvalidInput, "is before the nonconformance's previous step", "recordedAt", nc.code);
    }
    nc.report = report;
    append(nc, NcEventKind::CorrectiveAction, report.recordedAt, report.recordedBy, report.action);
    return {};
}

Result<void> withdraw(Nonconformance& nc, Instant at, const std::string& by, const std::string& reason)
{
    if (nc.state != NcState::Open) {
        return wrongState(nc, "only an open nonconformance can be withdrawn");
    }
    if (auto ok = checkStep(nc, at, by); !ok) {
        return ok;
    }
    if (blank(reason)) {
        return fail(ErrorCode::InvalidInput, "give the reason for the withdrawal", "reason", nc.code);
    }
    nc.state = NcState::Withdrawn;
    append(nc, NcEventKind::Withdrawn, at, by, reason);
    return {};
}

// The window is (at − days, at]: one raised exactly `days` days before `at` has left it.
bool makesCluster(std::span<const Nonconformance> existing, AreaType area, std::string_view location, Instant at,
                  int limit, int days)
{
    const auto from = at - days * kDay;
    int count = 1;
    for (const auto& nc : existing) {
        if (nc.severity != Severity::Minor || nc.state == NcState::Withdrawn || nc.area != area ||
            nc.location != location) {
            continue;
        }
        if (nc.raisedAt > from && nc.raisedAt <= at) {
            ++count;
        }
    }
    return count >= limit;
}

Result<void> PreventiveAction::validate() const
{
    if (blank(cause)) {
        return fail(ErrorCode::InvalidInput, "what could cause it?", "cause");
    }
    if (blank(action)) {
        return fail(ErrorCode::InvalidInput, "what is to be done?", "action");
    }
    if (blank(owner)) {
        return fail(ErrorCode::InvalidInput, "who is responsible?", "owner");
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------
// Subcontractors

Result<void> Contractor::validate() const
{
    if (blank(name)) {
        return fail(ErrorCode::InvalidInput, "the name is empty", "name");
    }
    if (monthlyFee < 0) {
        return fail(ErrorCode::InvalidInput, "must not be negative", "monthlyFee", name);
    }
    if (!contractStart.ok()) {
        return fail(ErrorCode::InvalidInput, "not a valid calendar date", "contractStart", name);
    }
    if (!contractEnd.ok()) {
        return fail(ErrorCode::InvalidInput, "not a valid calendar date", "contractEnd", name);
    }
    if (date::sys_days{contractEnd} < date::sys_days{contractStart}) {
        return fail(ErrorCode::InvalidInput, "the contract ends before it starts", "contractEnd", name);
    }
    return {};
}

int warningsInYear(std::span<const ContractorWarning> warnings, ContractorId contractor, Date day)
{
    auto yearBefore = day - date::years{1};
    if (!yearBefore.ok()) {
        yearBefore = yearBefore.year() / yearBefore.month() / date::last; // Feb 29 → Feb 28
    }
    const auto after = date::sys_days{yearBefore};
    const auto until = date::sys_days{day};
    return static_cast<int>(std::count_if(warnings.begin(), warnings.end(), [&](const ContractorWarning& w) {
        const auto issued = date::sys_days{w.issuedOn};
        return w.contractor == contractor && issued > after && issued <= until;
    }));
}

bool mayTerminate(std::span<const ContractorWarning> warnings, ContractorId contractor, Date day, int limit)
{
    return warningsInYear(warnings, contractor, day) >= limit;
}

Result<void> PestControlVisit::validate() const
{
    if (blank(operatorName)) {
        return fail(ErrorCode::InvalidInput, "name the operator", "operatorName");
    }
    if (blank(licence)) {
        return fail(ErrorCode::InvalidInput, "give the operator's licence number", "licence", operatorName);
    }
    if (signedOutAt && *signedOutAt < signedInAt) {
        return fail(ErrorCode::InvalidInput, "is before the sign-in", "signedOutAt", operatorName);
    }
    return {};
}

} // namespace propdesk::domain
