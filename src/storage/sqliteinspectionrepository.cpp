#include "sqliteinspectionrepository.h"

#include "domain/timezone.h"
#include "savepoint.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <sqlite3.h>
#include <stdexcept>

namespace propdesk::storage {

using domain::ErrorCode;
using domain::Instant;
using domain::SiteId;
using Json = nlohmann::ordered_json;

namespace {

std::int64_t epoch(Instant t)
{
    return domain::epochSeconds(t);
}

std::int64_t key(auto id)
{
    return static_cast<std::int64_t>(id.value);
}

void bindOptional(SQLite::Statement& q, int index, const std::optional<Instant>& t)
{
    if (t) {
        q.bind(index, epoch(*t));
    } else {
        q.bind(index);
    }
}

template <typename Tag>
void bindOptional(SQLite::Statement& q, int index, const std::optional<domain::Id<Tag>>& id)
{
    if (id) {
        q.bind(index, key(*id));
    } else {
        q.bind(index);
    }
}

void bindKey(SQLite::Statement& q, int index, std::string_view text)
{
    q.bind(index, std::string(text)); // as TEXT: the (ptr, size) overload binds a BLOB
}

std::optional<Instant> optionalInstant(const SQLite::Column& c)
{
    return c.isNull() ? std::nullopt : std::optional(domain::instantFromEpoch(c.getInt64()));
}

Instant instant(const SQLite::Column& c)
{
    return domain::instantFromEpoch(c.getInt64());
}

template <typename IdType>
std::optional<IdType> optionalId(const SQLite::Column& c)
{
    return c.isNull() ? std::nullopt : std::optional(IdType{c.getInt64()});
}

// A stored value this release cannot read: reported as a storage error by the catch of the caller.
[[noreturn]] void corrupt(std::string_view what, std::string_view table, std::string_view detail)
{
    throw std::runtime_error(fmt::format("corrupt {} in {}: {}", what, table, detail));
}

domain::Date readDate(const SQLite::Column& c, std::string_view what, std::string_view table)
{
    auto day = domain::parseDate(c.getString());
    if (!day) {
        corrupt(what, table, day.error().message);
    }
    return *day;
}

std::string formatMonth(date::year_month month)
{
    return fmt::format("{:04}-{:02}", static_cast<int>(month.year()), static_cast<unsigned>(month.month()));
}

date::year_month readMonth(const SQLite::Column& c, std::string_view table)
{
    const auto text = c.getString();
    auto day = domain::parseDate(text + "-01");
    if (text.size() != 7 || !day) {
        corrupt("month", table, text);
    }
    return day->year() / day->month();
}

// Reads an enum stored by its key with the domain's parser; an unknown key is corrupt.
template <typename Parse>
auto readEnum(const std::string& text, Parse parse, std::string_view what, std::string_view table)
{
    auto value = parse(text);
    if (!value) {
        corrupt(what, table, text);
    }
    return *value;
}

std::optional<domain::NcEventKind> parseNcEventKind(std::string_view text)
{
    using enum domain::NcEventKind;
    for (const auto kind :
         {Raised, Rectified, VerificationPassed, VerificationFailed, CorrectiveAction, Closed, Withdrawn}) {
        if (domain::ncEventKindKey(kind) == text) {
            return kind;
        }
    }
    return std::nullopt;
}

std::string dump(const Json& doc)
{
    // Text typed into the desktop is UTF-8; anything else is replaced rather than failing the save.
    return doc.dump(-1, ' ', false, Json::error_handler_t::replace);
}

bool isUniqueViolation(const SQLite::Exception& e)
{
    return e.getExtendedErrorCode() == SQLITE_CONSTRAINT_UNIQUE;
}

bool isForeignKeyViolation(const SQLite::Exception& e)
{
    return e.getExtendedErrorCode() == SQLITE_CONSTRAINT_FOREIGNKEY;
}

domain::Error storageError(const std::exception& e, std::string record = {})
{
    return domain::Error{ErrorCode::Storage, e.what(), "", std::move(record)};
}

// ---------------------------------------------------------------------------------------------------
// Documents

std::string setupDocument(const domain::InspectionSetup& setup)
{
    Json doc;
    auto& buildings = doc["buildings"] = Json::array();
    for (const auto& b : setup.buildings) {
        buildings.push_back({{"code", b.code},
                             {"name", b.name},
                             {"kind", std::string(domain::buildingKindKey(b.kind))},
                             {"firstStandardFloor", b.firstStandardFloor},
                             {"lastStandardFloor", b.lastStandardFloor},
                             {"lifts", b.lifts}});
    }
    auto& zones = doc["groundZones"] = Json::array();
    for (const auto& z : setup.groundZones) {
        zones.push_back({{"code", z.code}, {"name", z.name}, {"area", z.area}});
    }
    doc["clusterLimit"] = setup.clusterLimit;
    doc["clusterDays"] = setup.clusterDays;
    doc["monthlyRectifyDays"] = setup.monthlyRectifyDays;
    doc["warningLimit"] = setup.warningLimit;
    return dump(doc);
}

// Throws on a document this release cannot read (nlohmann's exceptions, or corrupt()).
domain::InspectionSetup parseSetup(SiteId site, const std::string& text)
{
    const auto doc = Json::parse(text);
    domain::InspectionSetup setup;
    setup.site = site;
    for (const auto& b : doc.at("buildings")) {
        domain::Building building;
        building.code = b.at("code").get<std::string>();
        building.name = b.value("name", std::string());
        building.kind =
            readEnum(b.at("kind").get<std::string>(), domain::parseBuildingKind, "building kind", "inspection_setups");
        building.firstStandardFloor = b.at("firstStandardFloor").get<int>();
        building.lastStandardFloor = b.at("lastStandardFloor").get<int>();
        building.lifts = b.at("lifts").get<int>();
        setup.buildings.push_back(std::move(building));
    }
    for (const auto& z : doc.at("groundZones")) {
        domain::GroundZone zone;
        zone.code = z.at("code").get<std::string>();
        zone.name = z.value("name", std::string());
        zone.area = z.at("area").get<std::int64_t>();
        setup.groundZones.push_back(std::move(zone));
    }
    setup.clusterLimit = doc.at("clusterLimit").get<int>();
    setup.clusterDays = doc.at("clusterDays").get<int>();
    setup.monthlyRectifyDays = doc.at("monthlyRectifyDays").get<int>();
    setup.warningLimit = doc.at("warningLimit").get<int>();
    return setup;
}

Json itemDocument(const domain::CheckItem& item)
{
    return {{"code", item.code},
            {"text", item.text},
            {"standard", item.standard},
            {"service", std::string(domain::inspectionServiceKey(item.service))},
            {"unit", std::string(domain::weightUnitKey(item.unit))},
            {"weight", item.weight}};
}

domain::CheckItem parseItem(const Json& i, std::string_view table)
{
    domain::CheckItem item;
    item.code = i.at("code").get<std::string>();
    item.text = i.value("text", std::string());
    item.standard = i.value("standard", std::string());
    item.service = readEnum(i.at("service").get<std::string>(), domain::parseInspectionService, "service", table);
    item.unit = readEnum(i.at("unit").get<std::string>(), domain::parseWeightUnit, "weight unit", table);
    item.weight = i.at("weight").get<std::int64_t>();
    return item;
}

std::string templateDocument(const domain::InspectionTemplate& t)
{
    Json doc;
    auto& items = doc["items"] = Json::array();
    for (const auto& item : t.items) {
        items.push_back(itemDocument(item));
    }
    doc["sample"] = {{"scope", std::string(domain::sampleScopeKey(t.sample.scope))},
                     {"buildings", t.sample.buildings},
                     {"floors", t.sample.floors},
                     {"officesOnly", t.sample.officesOnly},
                     {"residentialOnly", t.sample.residentialOnly}};
    return dump(doc);
}

void parseTemplateDocument(domain::InspectionTemplate& t, const std::string& text)
{
    constexpr std::string_view table = "inspection_templates";
    const auto doc = Json::parse(text);
    for (const auto& i : doc.at("items")) {
        t.items.push_back(parseItem(i, table));
    }
    const auto& sample = doc.at("sample");
    t.sample.scope = readEnum(sample.at("scope").get<std::string>(), domain::parseSampleScope, "sample scope", table);
    t.sample.buildings = sample.at("buildings").get<int>();
    t.sample.floors = sample.at("floors").get<int>();
    t.sample.officesOnly = sample.at("officesOnly").get<bool>();
    t.sample.residentialOnly = sample.at("residentialOnly").get<bool>();
}

Json photosDocument(const std::vector<domain::PhotoRef>& photos)
{
    auto doc = Json::array();
    for (const auto& p : photos) {
        doc.push_back({{"id", key(p.id)}, {"fileName", p.fileName}});
    }
    return doc;
}

std::vector<domain::PhotoRef> parsePhotos(const Json& doc)
{
    std::vector<domain::PhotoRef> out;
    for (const auto& p : doc) {
        domain::PhotoRef ref;
        ref.id = domain::PhotoId{p.at("id").get<std::int64_t>()};
        ref.fileName = p.value("fileName", std::string());
        out.push_back(std::move(ref));
    }
    return out;
}

std::string linesDocument(const std::vector<domain::SheetLine>& lines)
{
    auto doc = Json::array();
    for (const auto& l : lines) {
        doc.push_back({{"item", itemDocument(l.item)},
                       {"result", std::string(domain::itemResultKey(l.result))},
                       {"note", l.note},
                       {"photos", photosDocument(l.photos)},
                       {"severity", std::string(domain::severityKey(l.severity))},
                       {"correctedOnSpot", l.correctedOnSpot}});
    }
    return dump(doc);
}

std::vector<domain::SheetLine> parseLines(const std::string& text)
{
    constexpr std::string_view table = "inspection_sheets";
    std::vector<domain::SheetLine> out;
    for (const auto& l : Json::parse(text)) {
        domain::SheetLine line;
        line.item = parseItem(l.at("item"), table);
        line.result = readEnum(l.at("result").get<std::string>(), domain::parseItemResult, "result", table);
        line.note = l.value("note", std::string());
        line.photos = parsePhotos(l.at("photos"));
        line.severity = readEnum(l.at("severity").get<std::string>(), domain::parseSeverity, "severity", table);
        line.correctedOnSpot = l.at("correctedOnSpot").get<bool>();
        out.push_back(std::move(line));
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------
// Rows

constexpr const char* kTemplateColumns =
    "id, site_id, area, name, effective_from, document, active, saved_at, saved_by";

domain::InspectionTemplate readTemplate(SQLite::Statement& q)
{
    constexpr std::string_view table = "inspection_templates";
    domain::InspectionTemplate t;
    t.id = domain::TemplateId{q.getColumn(0).getInt64()};
    t.site = SiteId{q.getColumn(1).getInt64()};
    t.area = readEnum(q.getColumn(2).getString(), domain::parseAreaType, "area", table);
    t.name = q.getColumn(3).getString();
    t.effectiveFrom = readDate(q.getColumn(4), "effective_from", table);
    parseTemplateDocument(t, q.getColumn(5).getString());
    t.active = q.getColumn(6).getInt() != 0;
    t.savedAt = instant(q.getColumn(7));
    t.savedBy = q.getColumn(8).getString();
    return t;
}

constexpr const char* kSheetColumns = "id, site_id, kind, day, area, location, template_id, inspector, status, "
                                      "created_at, created_by, signed_at, signed_by, amendments, lines";

domain::InspectionSheet readSheet(SQLite::Statement& q)
{
    constexpr std::string_view table = "inspection_sheets";
    domain::InspectionSheet s;
    s.id = domain::SheetId{q.getColumn(0).getInt64()};
    s.site = SiteId{q.getColumn(1).getInt64()};
    s.kind = readEnum(q.getColumn(2).getString(), domain::parseSheetKind, "kind", table);
    s.day = readDate(q.getColumn(3), "day", table);
    s.area = readEnum(q.getColumn(4).getString(), domain::parseAreaType, "area", table);
    s.location = q.getColumn(5).getString();
    s.templateVersion = optionalId<domain::TemplateId>(q.getColumn(6));
    s.inspector = q.getColumn(7).getString();
    s.status = readEnum(q.getColumn(8).getString(), domain::parseSheetStatus, "status", table);
    s.createdAt = instant(q.getColumn(9));
    s.createdBy = q.getColumn(10).getString();
    s.signedAt = optionalInstant(q.getColumn(11));
    s.signedBy = q.getColumn(12).getString();
    s.amendments = q.getColumn(13).getInt();
    s.lines = parseLines(q.getColumn(14).getString());
    return s;
}

constexpr const char* kNcColumns =
    "id, site_id, code, sheet_id, line, source, area, location, item_code, description, service, contractor_id, "
    "severity, cause, raised_at, raised_by, deadline, report_required, state, rectified_at, rectified_by, evidence, "
    "evidence_photos, verified_at, verified_by, closed_at, closed_by, report_cause, report_action, report_owner, "
    "report_due, report_recorded_at, report_recorded_by";

// The row without its events.
domain::Nonconformance readNonconformance(SQLite::Statement& q)
{
    constexpr std::string_view table = "nonconformances";
    domain::Nonconformance nc;
    nc.id = domain::NonconformanceId{q.getColumn(0).getInt64()};
    nc.site = SiteId{q.getColumn(1).getInt64()};
    nc.code = q.getColumn(2).getString();
    nc.sheet = optionalId<domain::SheetId>(q.getColumn(3));
    nc.line = q.getColumn(4).getInt();
    nc.source = readEnum(q.getColumn(5).getString(), domain::parseSheetKind, "source", table);
    nc.area = readEnum(q.getColumn(6).getString(), domain::parseAreaType, "area", table);
    nc.location = q.getColumn(7).getString();
    nc.itemCode = q.getColumn(8).getString();
    nc.description = q.getColumn(9).getString();
    nc.service = readEnum(q.getColumn(10).getString(), domain::parseInspectionService, "service", table);
    nc.contractor = optionalId<domain::ContractorId>(q.getColumn(11));
    nc.severity = readEnum(q.getColumn(12).getString(), domain::parseSeverity, "severity", table);
    nc.cause = q.getColumn(13).getString();
    nc.raisedAt = instant(q.getColumn(14));
    nc.raisedBy = q.getColumn(15).getString();
    nc.deadline = instant(q.getColumn(16));
    nc.reportRequired = q.getColumn(17).getInt() != 0;
    nc.state = readEnum(q.getColumn(18).getString(), domain::parseNcState, "state", table);
    nc.rectifiedAt = optionalInstant(q.getColumn(19));
    nc.rectifiedBy = q.getColumn(20).getString();
    nc.evidence = q.getColumn(21).getString();
    nc.evidencePhotos = parsePhotos(Json::parse(q.getColumn(22).getString()));
    nc.verifiedAt = optionalInstant(q.getColumn(23));
    nc.verifiedBy = q.getColumn(24).getString();
    nc.closedAt = optionalInstant(q.getColumn(25));
    nc.closedBy = q.getColumn(26).getString();
    if (!q.getColumn(30).isNull()) {
        domain::CorrectiveActionReport report;
        report.causeAnalysis = q.getColumn(27).getString();
        report.action = q.getColumn(28).getString();
        report.owner = q.getColumn(29).getString();
        report.due = readDate(q.getColumn(30), "report_due", table);
        report.recordedAt = instant(q.getColumn(31));
        report.recordedBy = q.getColumn(32).getString();
        nc.report = std::move(report);
    }
    return nc;
}

// Binds every column of kNcColumns but the id, from index 1 (site_id) to 32 (report_recorded_by).
void bindNonconformance(SQLite::Statement& q, const domain::Nonconformance& nc)
{
    q.bind(1, key(nc.site));
    q.bindNoCopy(2, nc.code);
    bindOptional(q, 3, nc.sheet);
    q.bind(4, nc.line);
    bindKey(q, 5, domain::sheetKindKey(nc.source));
    bindKey(q, 6, domain::areaTypeKey(nc.area));
    q.bindNoCopy(7, nc.location);
    q.bindNoCopy(8, nc.itemCode);
    q.bindNoCopy(9, nc.description);
    bindKey(q, 10, domain::inspectionServiceKey(nc.service));
    bindOptional(q, 11, nc.contractor);
    bindKey(q, 12, domain::severityKey(nc.severity));
    q.bindNoCopy(13, nc.cause);
    q.bind(14, epoch(nc.raisedAt));
    q.bindNoCopy(15, nc.raisedBy);
    q.bind(16, epoch(nc.deadline));
    q.bind(17, nc.reportRequired ? 1 : 0);
    bindKey(q, 18, domain::ncStateKey(nc.state));
    bindOptional(q, 19, nc.rectifiedAt);
    q.bindNoCopy(20, nc.rectifiedBy);
    q.bindNoCopy(21, nc.evidence);
    q.bind(22, dump(photosDocument(nc.evidencePhotos)));
    bindOptional(q, 23, nc.verifiedAt);
    q.bindNoCopy(24, nc.verifiedBy);
    bindOptional(q, 25, nc.closedAt);
    q.bindNoCopy(26, nc.closedBy);
    if (nc.report) {
        q.bindNoCopy(27, nc.report->causeAnalysis);
        q.bindNoCopy(28, nc.report->action);
        q.bindNoCopy(29, nc.report->owner);
        q.bind(30, domain::formatDate(nc.report->due));
        q.bind(31, epoch(nc.report->recordedAt));
        q.bindNoCopy(32, nc.report->recordedBy);
    } else {
        q.bind(27, "");
        q.bind(28, "");
        q.bind(29, "");
        q.bind(30);
        q.bind(31);
        q.bind(32, "");
    }
}

// Appends `events` from position `from` to the history of nonconformance `id`.
void insertEvents(SQLite::Database& db, domain::NonconformanceId id, const std::vector<domain::NcEvent>& events,
                  std::size_t from)
{
    if (from >= events.size()) {
        return;
    }
    SQLite::Statement q(db, "INSERT INTO nonconformance_events(nonconformance_id, kind, at, actor, note) "
                            "VALUES(?, ?, ?, ?, ?)");
    for (std::size_t i = from; i < events.size(); ++i) {
        const auto& e = events[i];
        q.reset();
        q.bind(1, key(id));
        bindKey(q, 2, domain::ncEventKindKey(e.kind));
        q.bind(3, epoch(e.at));
        q.bindNoCopy(4, e.by);
        q.bindNoCopy(5, e.note);
        q.exec();
    }
}

// Reads the history of nonconformances one after the other with one prepared statement.
class EventReader
{
public:
    explicit EventReader(SQLite::Database& db)
        : m_query(db, "SELECT kind, at, actor, note FROM nonconformance_events WHERE nonconformance_id = ? "
                      "ORDER BY id")
    {}

    std::vector<domain::NcEvent> read(domain::NonconformanceId id)
    {
        m_query.reset();
        m_query.bind(1, key(id));
        std::vector<domain::NcEvent> out;
        while (m_query.executeStep()) {
            const auto kind = m_query.getColumn(0).getString();
            const auto parsed = parseNcEventKind(kind);
            if (!parsed) {
                corrupt("kind", "nonconformance_events", kind);
            }
            domain::NcEvent e;
            e.kind = *parsed;
            e.at = instant(m_query.getColumn(1));
            e.by = m_query.getColumn(2).getString();
            e.note = m_query.getColumn(3).getString();
            out.push_back(std::move(e));
        }
        return out;
    }

private:
    SQLite::Statement m_query;
};

constexpr const char* kPreventiveColumns = "id, site_id, cause, action, owner, due, nonconformance_id, recorded_at, "
                                           "recorded_by, done_at, done_by, done_note";

domain::PreventiveAction readPreventiveAction(SQLite::Statement& q)
{
    domain::PreventiveAction a;
    a.id = domain::PreventiveActionId{q.getColumn(0).getInt64()};
    a.site = SiteId{q.getColumn(1).getInt64()};
    a.cause = q.getColumn(2).getString();
    a.action = q.getColumn(3).getString();
    a.owner = q.getColumn(4).getString();
    a.due = readDate(q.getColumn(5), "due", "preventive_actions");
    a.from = optionalId<domain::NonconformanceId>(q.getColumn(6));
    a.recordedAt = instant(q.getColumn(7));
    a.recordedBy = q.getColumn(8).getString();
    a.doneAt = optionalInstant(q.getColumn(9));
    a.doneBy = q.getColumn(10).getString();
    a.doneNote = q.getColumn(11).getString();
    return a;
}

constexpr const char* kContractorColumns = "id, site_id, name, service, monthly_fee, contract_start, contract_end, "
                                           "contact, phone, licence, active";

domain::Contractor readContractor(SQLite::Statement& q)
{
    constexpr std::string_view table = "contractors";
    domain::Contractor c;
    c.id = domain::ContractorId{q.getColumn(0).getInt64()};
    c.site = SiteId{q.getColumn(1).getInt64()};
    c.name = q.getColumn(2).getString();
    c.service = readEnum(q.getColumn(3).getString(), domain::parseContractorService, "service", table);
    c.monthlyFee = q.getColumn(4).getInt64();
    c.contractStart = readDate(q.getColumn(5), "contract_start", table);
    c.contractEnd = readDate(q.getColumn(6), "contract_end", table);
    c.contact = q.getColumn(7).getString();
    c.phone = q.getColumn(8).getString();
    c.licence = q.getColumn(9).getString();
    c.active = q.getColumn(10).getInt() != 0;
    return c;
}

// Binds name … active at 1 … 9.
void bindContractorFields(SQLite::Statement& q, const domain::Contractor& c)
{
    q.bindNoCopy(1, c.name);
    bindKey(q, 2, domain::contractorServiceKey(c.service));
    q.bind(3, c.monthlyFee);
    q.bind(4, domain::formatDate(c.contractStart));
    q.bind(5, domain::formatDate(c.contractEnd));
    q.bindNoCopy(6, c.contact);
    q.bindNoCopy(7, c.phone);
    q.bindNoCopy(8, c.licence);
    q.bind(9, c.active ? 1 : 0);
}

constexpr const char* kPestColumns = "id, site_id, contractor_id, operator_name, licence, signed_in_at, signed_out_at, "
                                     "areas, treatment, notes, recorded_at, recorded_by";

domain::PestControlVisit readPestVisit(SQLite::Statement& q)
{
    domain::PestControlVisit v;
    v.id = domain::PestVisitId{q.getColumn(0).getInt64()};
    v.site = SiteId{q.getColumn(1).getInt64()};
    v.contractor = domain::ContractorId{q.getColumn(2).getInt64()};
    v.operatorName = q.getColumn(3).getString();
    v.licence = q.getColumn(4).getString();
    v.signedInAt = instant(q.getColumn(5));
    v.signedOutAt = optionalInstant(q.getColumn(6));
    v.areas = q.getColumn(7).getString();
    v.treatment = q.getColumn(8).getString();
    v.notes = q.getColumn(9).getString();
    v.recordedAt = instant(q.getColumn(10));
    v.recordedBy = q.getColumn(11).getString();
    return v;
}

} // namespace

// ---------------------------------------------------------------------------------------------------
// Setup

domain::Result<std::optional<domain::InspectionSetup>> SqliteInspectionRepository::setup(SiteId site)
{
    try {
        SQLite::Statement q(m_db, "SELECT document FROM inspection_setups WHERE site_id = ?");
        q.bind(1, key(site));
        if (!q.executeStep()) {
            return std::optional<domain::InspectionSetup>{};
        }
        const auto document = q.getColumn(0).getString();
        try {
            return std::optional(parseSetup(site, document));
        } catch (const nlohmann::json::exception& e) {
            return domain::fail(ErrorCode::Storage, fmt::format("corrupt document in inspection_setups: {}", e.what()));
        }
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<void> SqliteInspectionRepository::saveSetup(const domain::InspectionSetup& setup)
{
    try {
        SQLite::Statement q(m_db, "INSERT INTO inspection_setups(site_id, document) VALUES(?, ?) "
                                  "ON CONFLICT(site_id) DO UPDATE SET document = excluded.document");
        q.bind(1, key(setup.site));
        q.bind(2, setupDocument(setup));
        q.exec();
        return {};
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

// ---------------------------------------------------------------------------------------------------
// Templates

domain::Result<std::vector<domain::InspectionTemplate>> SqliteInspectionRepository::templates(SiteId site)
{
    try {
        SQLite::Statement q(m_db, fmt::format("SELECT {} FROM inspection_templates WHERE site_id = ? "
                                              "ORDER BY area, effective_from, id",
                                              kTemplateColumns));
        q.bind(1, key(site));
        std::vector<domain::InspectionTemplate> out;
        while (q.executeStep()) {
            out.push_back(readTemplate(q));
        }
        return out;
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<std::optional<domain::InspectionTemplate>>
SqliteInspectionRepository::templateVersion(domain::TemplateId id)
{
    try {
        SQLite::Statement q(m_db, fmt::format("SELECT {} FROM inspection_templates WHERE id = ?", kTemplateColumns));
        q.bind(1, key(id));
        if (!q.executeStep()) {
            return std::optional<domain::InspectionTemplate>{};
        }
        return std::optional(readTemplate(q));
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<domain::TemplateId>
SqliteInspectionRepository::addTemplateVersion(const domain::InspectionTemplate& version)
{
    const auto from = domain::formatDate(version.effectiveFrom);
    try {
        SQLite::Statement q(m_db, "INSERT INTO inspection_templates(site_id, area, name, effective_from, document, "
                                  "active, saved_at, saved_by) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, key(version.site));
        bindKey(q, 2, domain::areaTypeKey(version.area));
        q.bindNoCopy(3, version.name);
        q.bind(4, from);
        q.bind(5, templateDocument(version));
        q.bind(6, version.active ? 1 : 0);
        q.bind(7, epoch(version.savedAt));
        q.bindNoCopy(8, version.savedBy);
        q.exec();
        return domain::TemplateId{m_db.getLastInsertRowid()};
    } catch (const SQLite::Exception& e) {
        if (isUniqueViolation(e)) {
            return domain::fail(ErrorCode::Conflict, "this area type already has a version from that date",
                                "effectiveFrom", fmt::format("{} {}", version.name, from));
        }
        return std::unexpected(storageError(e, version.name));
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e, version.name));
    }
}

// ---------------------------------------------------------------------------------------------------
// Sheets

domain::Result<domain::SheetId> SqliteInspectionRepository::addSheet(const domain::InspectionSheet& s)
{
    try {
        SQLite::Statement q(m_db, "INSERT INTO inspection_sheets(site_id, kind, day, area, location, template_id, "
                                  "inspector, status, created_at, created_by, signed_at, signed_by, amendments, lines) "
                                  "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, key(s.site));
        bindKey(q, 2, domain::sheetKindKey(s.kind));
        q.bind(3, domain::formatDate(s.day));
        bindKey(q, 4, domain::areaTypeKey(s.area));
        q.bindNoCopy(5, s.location);
        bindOptional(q, 6, s.templateVersion);
        q.bindNoCopy(7, s.inspector);
        bindKey(q, 8, domain::sheetStatusKey(s.status));
        q.bind(9, epoch(s.createdAt));
        q.bindNoCopy(10, s.createdBy);
        bindOptional(q, 11, s.signedAt);
        q.bindNoCopy(12, s.signedBy);
        q.bind(13, s.amendments);
        q.bind(14, linesDocument(s.lines));
        q.exec();
        return domain::SheetId{m_db.getLastInsertRowid()};
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<void> SqliteInspectionRepository::updateSheet(const domain::InspectionSheet& s)
{
    try {
        SQLite::Statement q(m_db, "UPDATE inspection_sheets SET location = ?, inspector = ?, status = ?, "
                                  "signed_at = ?, signed_by = ?, amendments = ?, lines = ? WHERE id = ?");
        q.bindNoCopy(1, s.location);
        q.bindNoCopy(2, s.inspector);
        bindKey(q, 3, domain::sheetStatusKey(s.status));
        bindOptional(q, 4, s.signedAt);
        q.bindNoCopy(5, s.signedBy);
        q.bind(6, s.amendments);
        q.bind(7, linesDocument(s.lines));
        q.bind(8, key(s.id));
        if (q.exec() == 0) {
            return domain::fail(ErrorCode::NotFound, fmt::format("no sheet with id {}", s.id.value));
        }
        return {};
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<std::optional<domain::InspectionSheet>> SqliteInspectionRepository::sheet(domain::SheetId id)
{
    try {
        SQLite::Statement q(m_db, fmt::format("SELECT {} FROM inspection_sheets WHERE id = ?", kSheetColumns));
        q.bind(1, key(id));
        if (!q.executeStep()) {
            return std::optional<domain::InspectionSheet>{};
        }
        return std::optional(readSheet(q));
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<std::vector<domain::InspectionSheet>>
SqliteInspectionRepository::sheetsBetween(SiteId site, domain::Date first, domain::Date last,
                                          std::optional<domain::SheetKind> kind)
{
    try {
        SQLite::Statement q(m_db, fmt::format("SELECT {} FROM inspection_sheets WHERE site_id = ? AND day >= ? "
                                              "AND day <= ? AND (?4 IS NULL OR kind = ?4) "
                                              "ORDER BY day, kind, area, location, id",
                                              kSheetColumns));
        q.bind(1, key(site));
        q.bind(2, domain::formatDate(first));
        q.bind(3, domain::formatDate(last));
        if (kind) {
            bindKey(q, 4, domain::sheetKindKey(*kind));
        } else {
            q.bind(4);
        }
        std::vector<domain::InspectionSheet> out;
        while (q.executeStep()) {
            out.push_back(readSheet(q));
        }
        return out;
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<void> SqliteInspectionRepository::addAmendment(const domain::SheetAmendment& a)
{
    try {
        SQLite::Statement q(m_db, "INSERT INTO sheet_amendments(sheet_id, line, result_before, result_after, "
                                  "note_before, note_after, reason, at, actor) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, key(a.sheet));
        q.bind(2, a.line);
        bindKey(q, 3, domain::itemResultKey(a.before));
        bindKey(q, 4, domain::itemResultKey(a.after));
        q.bindNoCopy(5, a.noteBefore);
        q.bindNoCopy(6, a.noteAfter);
        q.bindNoCopy(7, a.reason);
        q.bind(8, epoch(a.at));
        q.bindNoCopy(9, a.by);
        q.exec();
        return {};
    } catch (const SQLite::Exception& e) {
        if (isForeignKeyViolation(e)) {
            return domain::fail(ErrorCode::NotFound, fmt::format("no sheet with id {}", a.sheet.value));
        }
        return std::unexpected(storageError(e));
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<std::vector<domain::SheetAmendment>> SqliteInspectionRepository::amendments(domain::SheetId sheet)
{
    constexpr std::string_view table = "sheet_amendments";
    try {
        SQLite::Statement q(m_db, "SELECT sheet_id, line, result_before, result_after, note_before, note_after, "
                                  "reason, at, actor FROM sheet_amendments WHERE sheet_id = ? ORDER BY id");
        q.bind(1, key(sheet));
        std::vector<domain::SheetAmendment> out;
        while (q.executeStep()) {
            domain::SheetAmendment a;
            a.sheet = domain::SheetId{q.getColumn(0).getInt64()};
            a.line = q.getColumn(1).getInt();
            a.before = readEnum(q.getColumn(2).getString(), domain::parseItemResult, "result_before", table);
            a.after = readEnum(q.getColumn(3).getString(), domain::parseItemResult, "result_after", table);
            a.noteBefore = q.getColumn(4).getString();
            a.noteAfter = q.getColumn(5).getString();
            a.reason = q.getColumn(6).getString();
            a.at = instant(q.getColumn(7));
            a.by = q.getColumn(8).getString();
            out.push_back(std::move(a));
        }
        return out;
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

// ---------------------------------------------------------------------------------------------------
// Photos

domain::Result<domain::PhotoId> SqliteInspectionRepository::addPhoto(const domain::Photo& photo)
{
    try {
        SQLite::Statement q(m_db, "INSERT INTO inspection_photos(site_id, file_name, bytes, added_at, added_by) "
                                  "VALUES(?, ?, ?, ?, ?)");
        q.bind(1, key(photo.site));
        q.bindNoCopy(2, photo.fileName);
        // An empty vector has no data pointer: bind a zero-length BLOB, never NULL.
        static constexpr unsigned char kEmpty = 0;
        q.bindNoCopy(3, photo.bytes.empty() ? static_cast<const void*>(&kEmpty) : photo.bytes.data(),
                     static_cast<int>(photo.bytes.size()));
        q.bind(4, epoch(photo.addedAt));
        q.bindNoCopy(5, photo.addedBy);
        q.exec();
        return domain::PhotoId{m_db.getLastInsertRowid()};
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e, photo.fileName));
    }
}

domain::Result<std::optional<domain::Photo>> SqliteInspectionRepository::photo(domain::PhotoId id)
{
    try {
        SQLite::Statement q(m_db, "SELECT id, site_id, file_name, bytes, added_at, added_by FROM inspection_photos "
                                  "WHERE id = ?");
        q.bind(1, key(id));
        if (!q.executeStep()) {
            return std::optional<domain::Photo>{};
        }
        domain::Photo p;
        p.id = domain::PhotoId{q.getColumn(0).getInt64()};
        p.site = SiteId{q.getColumn(1).getInt64()};
        p.fileName = q.getColumn(2).getString();
        const auto bytes = q.getColumn(3);
        const auto* data = static_cast<const unsigned char*>(bytes.getBlob());
        const auto size = static_cast<std::size_t>(bytes.getBytes());
        if (size > 0) {
            p.bytes.assign(data, data + size);
        }
        p.addedAt = instant(q.getColumn(4));
        p.addedBy = q.getColumn(5).getString();
        return std::optional(std::move(p));
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

// ---------------------------------------------------------------------------------------------------
// Nonconformances

domain::Result<domain::NonconformanceId> SqliteInspectionRepository::addNonconformance(const domain::Nonconformance& nc)
{
    try {
        Savepoint savepoint(m_db, "inspection_repository");
        SQLite::Statement q(
            m_db,
            "INSERT INTO nonconformances(site_id, code, sheet_id, line, source, area, location, item_code, "
            "description, service, contractor_id, severity, cause, raised_at, raised_by, deadline, "
            "report_required, state, rectified_at, rectified_by, evidence, evidence_photos, verified_at, "
            "verified_by, closed_at, closed_by, report_cause, report_action, report_owner, report_due, "
            "report_recorded_at, report_recorded_by) "
            "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        bindNonconformance(q, nc);
        q.exec();
        const domain::NonconformanceId id{m_db.getLastInsertRowid()};
        insertEvents(m_db, id, nc.events, 0);
        savepoint.release();
        return id;
    } catch (const SQLite::Exception& e) {
        if (isUniqueViolation(e)) {
            return domain::fail(ErrorCode::Conflict,
                                fmt::format("nonconformance {} already exists at the site", nc.code), "code", nc.code);
        }
        return std::unexpected(storageError(e, nc.code));
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e, nc.code));
    }
}

domain::Result<void> SqliteInspectionRepository::updateNonconformance(const domain::Nonconformance& nc)
{
    try {
        Savepoint savepoint(m_db, "inspection_repository");
        SQLite::Statement count(m_db, "SELECT COUNT(*) FROM nonconformance_events WHERE nonconformance_id = ?");
        count.bind(1, key(nc.id));
        count.executeStep();
        const auto stored = static_cast<std::size_t>(count.getColumn(0).getInt64());
        count.reset();

        SQLite::Statement q(m_db, "UPDATE nonconformances SET contractor_id = ?, severity = ?, cause = ?, "
                                  "deadline = ?, report_required = ?, state = ?, rectified_at = ?, rectified_by = ?, "
                                  "evidence = ?, evidence_photos = ?, verified_at = ?, verified_by = ?, closed_at = ?, "
                                  "closed_by = ?, report_cause = ?, report_action = ?, report_owner = ?, "
                                  "report_due = ?, report_recorded_at = ?, report_recorded_by = ? WHERE id = ?");
        bindOptional(q, 1, nc.contractor);
        bindKey(q, 2, domain::severityKey(nc.severity));
        q.bindNoCopy(3, nc.cause);
        q.bind(4, epoch(nc.deadline));
        q.bind(5, nc.reportRequired ? 1 : 0);
        bindKey(q, 6, domain::ncStateKey(nc.state));
        bindOptional(q, 7, nc.rectifiedAt);
        q.bindNoCopy(8, nc.rectifiedBy);
        q.bindNoCopy(9, nc.evidence);
        q.bind(10, dump(photosDocument(nc.evidencePhotos)));
        bindOptional(q, 11, nc.verifiedAt);
        q.bindNoCopy(12, nc.verifiedBy);
        bindOptional(q, 13, nc.closedAt);
        q.bindNoCopy(14, nc.closedBy);
        if (nc.report) {
            q.bindNoCopy(15, nc.report->causeAnalysis);
            q.bindNoCopy(16, nc.report->action);
            q.bindNoCopy(17, nc.report->owner);
            q.bind(18, domain::formatDate(nc.report->due));
            q.bind(19, epoch(nc.report->recordedAt));
            q.bindNoCopy(20, nc.report->recordedBy);
        } else {
            q.bind(15, "");
            q.bind(16, "");
            q.bind(17, "");
            q.bind(18);
            q.bind(19);
            q.bind(20, "");
        }
        q.bind(21, key(nc.id));
        if (q.exec() == 0) {
            return domain::fail(ErrorCode::NotFound, fmt::format("no nonconformance with id {}", nc.id.value));
        }
        // A copy with fewer events than stored was read before someone else moved the nonconformance on:
        // writing it would put back an older state.
        if (nc.events.size() < stored) {
            return domain::fail(ErrorCode::Conflict,
                                fmt::format("nonconformance {} was changed by someone else; reload it", nc.code),
                                "events", nc.code);
        }
        insertEvents(m_db, nc.id, nc.events, stored);
        savepoint.release();
        return {};
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e, nc.code));
    }
}

domain::Result<std::optional<domain::Nonconformance>>
SqliteInspectionRepository::nonconformance(domain::NonconformanceId id)
{
    try {
        SQLite::Statement q(m_db, fmt::format("SELECT {} FROM nonconformances WHERE id = ?", kNcColumns));
        q.bind(1, key(id));
        if (!q.executeStep()) {
            return std::optional<domain::Nonconformance>{};
        }
        auto nc = readNonconformance(q);
        EventReader events(m_db);
        nc.events = events.read(nc.id);
        return std::optional(std::move(nc));
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<std::vector<domain::Nonconformance>>
SqliteInspectionRepository::nonconformances(SiteId site, const domain::NcFilter& filter)
{
    if (filter.states && filter.states->empty()) {
        return std::vector<domain::Nonconformance>{};
    }
    try {
        std::string sql = fmt::format("SELECT {} FROM nonconformances WHERE site_id = ?1 AND (?2 IS NULL OR "
                                      "sheet_id = ?2) AND (?3 IS NULL OR raised_at >= ?3) AND (?4 IS NULL OR "
                                      "raised_at < ?4)",
                                      kNcColumns);
        if (filter.states) {
            sql += " AND state IN (";
            for (std::size_t i = 0; i < filter.states->size(); ++i) {
                sql += fmt::format("{}?{}", i == 0 ? "" : ", ", i + 5);
            }
            sql += ")";
        }
        sql += " ORDER BY deadline, id";
        SQLite::Statement q(m_db, sql);
        q.bind(1, key(site));
        bindOptional(q, 2, filter.sheet);
        bindOptional(q, 3, filter.raisedFrom);
        bindOptional(q, 4, filter.raisedTo);
        if (filter.states) {
            int index = 5;
            for (const auto state : *filter.states) {
                bindKey(q, index++, domain::ncStateKey(state));
            }
        }
        std::vector<domain::Nonconformance> out;
        while (q.executeStep()) {
            out.push_back(readNonconformance(q));
        }
        EventReader events(m_db);
        for (auto& nc : out) {
            nc.events = events.read(nc.id);
        }
        return out;
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<std::int64_t> SqliteInspectionRepository::countNonconformanceCodes(SiteId site, std::string_view prefix)
{
    try {
        // instr() compares exactly (case, '%' and '_' taken literally); an empty prefix counts every code.
        SQLite::Statement q(m_db, "SELECT COUNT(*) FROM nonconformances WHERE site_id = ? AND instr(code, ?) = 1");
        q.bind(1, key(site));
        q.bind(2, std::string(prefix));
        q.executeStep();
        return q.getColumn(0).getInt64();
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

// ---------------------------------------------------------------------------------------------------
// Preventive actions

domain::Result<domain::PreventiveActionId>
SqliteInspectionRepository::addPreventiveAction(const domain::PreventiveAction& a)
{
    try {
        SQLite::Statement q(m_db, "INSERT INTO preventive_actions(site_id, cause, action, owner, due, "
                                  "nonconformance_id, recorded_at, recorded_by, done_at, done_by, done_note) "
                                  "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, key(a.site));
        q.bindNoCopy(2, a.cause);
        q.bindNoCopy(3, a.action);
        q.bindNoCopy(4, a.owner);
        q.bind(5, domain::formatDate(a.due));
        bindOptional(q, 6, a.from);
        q.bind(7, epoch(a.recordedAt));
        q.bindNoCopy(8, a.recordedBy);
        bindOptional(q, 9, a.doneAt);
        q.bindNoCopy(10, a.doneBy);
        q.bindNoCopy(11, a.doneNote);
        q.exec();
        return domain::PreventiveActionId{m_db.getLastInsertRowid()};
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<void> SqliteInspectionRepository::updatePreventiveAction(const domain::PreventiveAction& a)
{
    try {
        SQLite::Statement q(m_db, "UPDATE preventive_actions SET done_at = ?, done_by = ?, done_note = ? WHERE id = ?");
        bindOptional(q, 1, a.doneAt);
        q.bindNoCopy(2, a.doneBy);
        q.bindNoCopy(3, a.doneNote);
        q.bind(4, key(a.id));
        if (q.exec() == 0) {
            return domain::fail(ErrorCode::NotFound, fmt::format("no preventive action with id {}", a.id.value));
        }
        return {};
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<std::optional<domain::PreventiveAction>>
SqliteInspectionRepository::preventiveAction(domain::PreventiveActionId id)
{
    try {
        SQLite::Statement q(m_db, fmt::format("SELECT {} FROM preventive_actions WHERE id = ?", kPreventiveColumns));
        q.bind(1, key(id));
        if (!q.executeStep()) {
            return std::optional<domain::PreventiveAction>{};
        }
        return std::optional(readPreventiveAction(q));
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<std::vector<domain::PreventiveAction>> SqliteInspectionRepository::preventiveActions(SiteId site)
{
    try {
        SQLite::Statement q(m_db, fmt::format("SELECT {} FROM preventive_actions WHERE site_id = ? "
                                              "ORDER BY done_at IS NOT NULL, due, id",
                                              kPreventiveColumns));
        q.bind(1, key(site));
        std::vector<domain::PreventiveAction> out;
        while (q.executeStep()) {
            out.push_back(readPreventiveAction(q));
        }
        return out;
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

// ---------------------------------------------------------------------------------------------------
// Contractors

domain::Result<domain::ContractorId> SqliteInspectionRepository::addContractor(const domain::Contractor& c)
{
    try {
        SQLite::Statement q(m_db, "INSERT INTO contractors(name, service, monthly_fee, contract_start, contract_end, "
                                  "contact, phone, licence, active, site_id) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        bindContractorFields(q, c);
        q.bind(10, key(c.site));
        q.exec();
        return domain::ContractorId{m_db.getLastInsertRowid()};
    } catch (const SQLite::Exception& e) {
        if (isUniqueViolation(e)) {
            return domain::fail(ErrorCode::Conflict, "the site has a contractor of that name already", "name", c.name);
        }
        return std::unexpected(storageError(e, c.name));
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e, c.name));
    }
}

domain::Result<void> SqliteInspectionRepository::updateContractor(const domain::Contractor& c)
{
    try {
        SQLite::Statement q(m_db, "UPDATE contractors SET name = ?, service = ?, monthly_fee = ?, contract_start = ?, "
                                  "contract_end = ?, contact = ?, phone = ?, licence = ?, active = ? WHERE id = ?");
        bindContractorFields(q, c);
        q.bind(10, key(c.id));
        if (q.exec() == 0) {
            return domain::fail(ErrorCode::NotFound, fmt::format("no contractor with id {}", c.id.value));
        }
        return {};
    } catch (const SQLite::Exception& e) {
        if (isUniqueViolation(e)) {
            return domain::fail(ErrorCode::Conflict, "the site has a contractor of that name already", "name", c.name);
        }
        return std::unexpected(storageError(e, c.name));
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e, c.name));
    }
}

domain::Result<std::optional<domain::Contractor>> SqliteInspectionRepository::contractor(domain::ContractorId id)
{
    try {
        SQLite::Statement q(m_db, fmt::format("SELECT {} FROM contractors WHERE id = ?", kContractorColumns));
        q.bind(1, key(id));
        if (!q.executeStep()) {
            return std::optional<domain::Contractor>{};
        }
        return std::optional(readContractor(q));
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<std::vector<domain::Contractor>> SqliteInspectionRepository::contractors(SiteId site)
{
    try {
        SQLite::Statement q(m_db, fmt::format("SELECT {} FROM contractors WHERE site_id = ? ORDER BY service, name, id",
                                              kContractorColumns));
        q.bind(1, key(site));
        std::vector<domain::Contractor> out;
        while (q.executeStep()) {
            out.push_back(readContractor(q));
        }
        return out;
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

// ---------------------------------------------------------------------------------------------------
// Warnings and deductions

domain::Result<domain::WarningId> SqliteInspectionRepository::addWarning(const domain::ContractorWarning& w)
{
    try {
        SQLite::Statement q(m_db, "INSERT INTO contractor_warnings(contractor_id, issued_on, reason, "
                                  "nonconformance_id, recorded_at, recorded_by) VALUES(?, ?, ?, ?, ?, ?)");
        q.bind(1, key(w.contractor));
        q.bind(2, domain::formatDate(w.issuedOn));
        q.bindNoCopy(3, w.reason);
        bindOptional(q, 4, w.nonconformance);
        q.bind(5, epoch(w.recordedAt));
        q.bindNoCopy(6, w.recordedBy);
        q.exec();
        return domain::WarningId{m_db.getLastInsertRowid()};
    } catch (const SQLite::Exception& e) {
        if (isForeignKeyViolation(e)) {
            return domain::fail(ErrorCode::NotFound, fmt::format("no contractor with id {}", w.contractor.value));
        }
        return std::unexpected(storageError(e));
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<std::vector<domain::ContractorWarning>>
SqliteInspectionRepository::warnings(SiteId site, domain::Date first, domain::Date last)
{
    try {
        SQLite::Statement q(m_db, "SELECT w.id, w.contractor_id, w.issued_on, w.reason, w.nonconformance_id, "
                                  "w.recorded_at, w.recorded_by FROM contractor_warnings w "
                                  "JOIN contractors c ON c.id = w.contractor_id "
                                  "WHERE c.site_id = ? AND w.issued_on >= ? AND w.issued_on <= ? "
                                  "ORDER BY w.issued_on, w.id");
        q.bind(1, key(site));
        q.bind(2, domain::formatDate(first));
        q.bind(3, domain::formatDate(last));
        std::vector<domain::ContractorWarning> out;
        while (q.executeStep()) {
            domain::ContractorWarning w;
            w.id = domain::WarningId{q.getColumn(0).getInt64()};
            w.contractor = domain::ContractorId{q.getColumn(1).getInt64()};
            w.issuedOn = readDate(q.getColumn(2), "issued_on", "contractor_warnings");
            w.reason = q.getColumn(3).getString();
            w.nonconformance = optionalId<domain::NonconformanceId>(q.getColumn(4));
            w.recordedAt = instant(q.getColumn(5));
            w.recordedBy = q.getColumn(6).getString();
            out.push_back(std::move(w));
        }
        return out;
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<domain::DeductionId> SqliteInspectionRepository::addDeduction(const domain::Deduction& d)
{
    try {
        SQLite::Statement q(m_db, "INSERT INTO contractor_deductions(contractor_id, month, amount, reason, "
                                  "nonconformance_id, recorded_at, recorded_by) VALUES(?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, key(d.contractor));
        q.bind(2, formatMonth(d.month));
        q.bind(3, d.amount);
        q.bindNoCopy(4, d.reason);
        bindOptional(q, 5, d.nonconformance);
        q.bind(6, epoch(d.recordedAt));
        q.bindNoCopy(7, d.recordedBy);
        q.exec();
        return domain::DeductionId{m_db.getLastInsertRowid()};
    } catch (const SQLite::Exception& e) {
        if (isForeignKeyViolation(e)) {
            return domain::fail(ErrorCode::NotFound, fmt::format("no contractor with id {}", d.contractor.value));
        }
        return std::unexpected(storageError(e));
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<std::vector<domain::Deduction>>
SqliteInspectionRepository::deductions(SiteId site, date::year_month first, date::year_month last)
{
    try {
        SQLite::Statement q(m_db, "SELECT d.id, d.contractor_id, d.month, d.amount, d.reason, d.nonconformance_id, "
                                  "d.recorded_at, d.recorded_by FROM contractor_deductions d "
                                  "JOIN contractors c ON c.id = d.contractor_id "
                                  "WHERE c.site_id = ? AND d.month >= ? AND d.month <= ? ORDER BY d.month, d.id");
        q.bind(1, key(site));
        q.bind(2, formatMonth(first));
        q.bind(3, formatMonth(last));
        std::vector<domain::Deduction> out;
        while (q.executeStep()) {
            domain::Deduction d;
            d.id = domain::DeductionId{q.getColumn(0).getInt64()};
            d.contractor = domain::ContractorId{q.getColumn(1).getInt64()};
            d.month = readMonth(q.getColumn(2), "contractor_deductions");
            d.amount = q.getColumn(3).getInt64();
            d.reason = q.getColumn(4).getString();
            d.nonconformance = optionalId<domain::NonconformanceId>(q.getColumn(5));
            d.recordedAt = instant(q.getColumn(6));
            d.recordedBy = q.getColumn(7).getString();
            out.push_back(std::move(d));
        }
        return out;
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

// ---------------------------------------------------------------------------------------------------
// Pest-control visits

domain::Result<domain::PestVisitId> SqliteInspectionRepository::addPestVisit(const domain::PestControlVisit& v)
{
    try {
        SQLite::Statement q(m_db, "INSERT INTO pest_visits(site_id, contractor_id, operator_name, licence, "
                                  "signed_in_at, signed_out_at, areas, treatment, notes, recorded_at, recorded_by) "
                                  "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, key(v.site));
        q.bind(2, key(v.contractor));
        q.bindNoCopy(3, v.operatorName);
        q.bindNoCopy(4, v.licence);
        q.bind(5, epoch(v.signedInAt));
        bindOptional(q, 6, v.signedOutAt);
        q.bindNoCopy(7, v.areas);
        q.bindNoCopy(8, v.treatment);
        q.bindNoCopy(9, v.notes);
        q.bind(10, epoch(v.recordedAt));
        q.bindNoCopy(11, v.recordedBy);
        q.exec();
        return domain::PestVisitId{m_db.getLastInsertRowid()};
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<void> SqliteInspectionRepository::updatePestVisit(const domain::PestControlVisit& v)
{
    try {
        SQLite::Statement q(m_db, "UPDATE pest_visits SET signed_out_at = ?, notes = ? WHERE id = ?");
        bindOptional(q, 1, v.signedOutAt);
        q.bindNoCopy(2, v.notes);
        q.bind(3, key(v.id));
        if (q.exec() == 0) {
            return domain::fail(ErrorCode::NotFound, fmt::format("no pest-control visit with id {}", v.id.value));
        }
        return {};
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<std::optional<domain::PestControlVisit>> SqliteInspectionRepository::pestVisit(domain::PestVisitId id)
{
    try {
        SQLite::Statement q(m_db, fmt::format("SELECT {} FROM pest_visits WHERE id = ?", kPestColumns));
        q.bind(1, key(id));
        if (!q.executeStep()) {
            return std::optional<domain::PestControlVisit>{};
        }
        return std::optional(readPestVisit(q));
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<std::vector<domain::PestControlVisit>>
SqliteInspectionRepository::pestVisitsBetween(SiteId site, Instant from, Instant to)
{
    try {
        SQLite::Statement q(m_db, fmt::format("SELECT {} FROM pest_visits WHERE site_id = ? AND signed_in_at >= ? "
                                              "AND signed_in_at < ? ORDER BY signed_in_at, id",
                                              kPestColumns));
        q.bind(1, key(site));
        q.bind(2, epoch(from));
        q.bind(3, epoch(to));
        std::vector<domain::PestControlVisit> out;
        while (q.executeStep()) {
            out.push_back(readPestVisit(q));
        }
        return out;
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

} // namespace propdesk::storage
