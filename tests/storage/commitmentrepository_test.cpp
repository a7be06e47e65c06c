// The commitments in the database: target versions (with the indicators a contract promises nothing for),
// replacing a version of the same date, hand-entered figures, notes and frozen reports come back as they
// were stored, in the documented order, each list finds exactly its months and its site, and the database
// itself refuses to change an entry or to store an impossible figure.

#include "domain/commitmentrepository.h"
#include "domain/inspectionrepository.h"
#include "domain/siterepository.h"
#include "storage/schema.h"
#include "storage/sqlitestore.h"
#include "tempdir.h"
#include "testtime.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <string>
#include <vector>

using namespace propdesk;
using domain::Comparator;
using domain::IndicatorNoteId;
using domain::KpiTarget;
using domain::ManualFigureId;
using domain::ReportSnapshotId;
using domain::SiteId;
using domain::TargetSetId;
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

constexpr date::year_month month(int y, unsigned m)
{
    return date::year{y} / date::month{m};
}

std::int64_t count(const TempDir& dir, const std::string& sql)
{
    SQLite::Database db(dir.file("propdesk.db").string(), SQLite::OPEN_READONLY);
    return db.execAndGet(sql).getInt64();
}

KpiTarget target(Comparator comparator, std::int64_t valueE4)
{
    KpiTarget t;
    t.comparator = comparator;
    t.valueE4 = valueE4;
    return t;
}

// Builders: nothing left as a default, so that a field lost on the way shows.
domain::TargetSet targetSet(SiteId site, std::string_view from, std::string contract)
{
    domain::TargetSet s;
    s.site = site;
    s.effectiveFrom = day(from);
    s.contract = std::move(contract);
    s.targets.emplace("building_intact", target(Comparator::AtLeast, 9800));
    s.targets.emplace("security_incident_rate", target(Comparator::AtMost, 10));
    s.targets.emplace("fire_rate", target(Comparator::Below, 5));
    s.targets.emplace("repair_revisit", std::nullopt);
    s.targets.emplace("car_park_intact", std::nullopt);
    s.savedAt = at("2025-12-20 10:15:07");
    s.savedBy = "经理张";
    return s;
}

domain::ManualFigure figure(SiteId site, date::year_month m, std::string key, std::string_view enteredAt,
                            std::int64_t numerator = 950, std::int64_t denominator = 1000)
{
    domain::ManualFigure f;
    f.site = site;
    f.month = m;
    f.key = std::move(key);
    f.numerator = numerator;
    f.denominator = denominator;
    f.note = "收费台账 " + f.key;
    f.enteredAt = at(enteredAt);
    f.enteredBy = "经理张";
    return f;
}

domain::IndicatorNote note(SiteId site, date::year_month m, std::string key, std::string_view enteredAt,
                           std::string text)
{
    domain::IndicatorNote n;
    n.site = site;
    n.month = m;
    n.key = std::move(key);
    n.text = std::move(text);
    n.enteredAt = at(enteredAt);
    n.enteredBy = "主管李";
    return n;
}

domain::ReportSnapshot snapshot(SiteId site, date::year_month m, std::string_view frozenAt, std::string data)
{
    domain::ReportSnapshot s;
    s.site = site;
    s.month = m;
    s.asOf = at("2026-04-01 00:00");
    s.frozenAt = at(frozenAt);
    s.frozenBy = "经理张";
    s.data = std::move(data);
    return s;
}

void checkSameSet(const domain::TargetSet& got, const domain::TargetSet& want)
{
    CHECK(got.site == want.site);
    CHECK(got.effectiveFrom == want.effectiveFrom);
    CHECK(got.contract == want.contract);
    CHECK(got.targets == want.targets);
    CHECK(got.savedAt == want.savedAt);
    CHECK(got.savedBy == want.savedBy);
}

template <typename T>
auto ids(const std::vector<T>& rows)
{
    std::vector<decltype(T::id)> out;
    for (const auto& r : rows) {
        out.push_back(r.id);
    }
    return out;
}

} // namespace

// ---------------------------------------------------------------------------------------------------
// Target versions

TEST_CASE("a target version comes back with every target including those the contract leaves empty")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    auto& repo = store->commitments();

    const auto set = targetSet(site, "2026-01-01", "2026–2027 物业服务合同");
    auto id = repo.saveTargetSet(set);
    REQUIRE(id);

    auto sets = repo.targetSets(site);
    REQUIRE(sets);
    REQUIRE(sets->size() == 1);
    const auto& got = sets->front();
    CHECK(got.id == *id);
    checkSameSet(got, set);
    REQUIRE(got.targets.size() == 5);
    CHECK(got.targets.at("fire_rate") == target(Comparator::Below, 5));
    CHECK(got.targets.at("security_incident_rate") == target(Comparator::AtMost, 10));
    CHECK(got.targets.at("building_intact") == target(Comparator::AtLeast, 9800));
    CHECK_FALSE(got.targets.at("repair_revisit").has_value());
    CHECK_FALSE(got.targets.at("car_park_intact").has_value());

    // The empty targets are rows of their own, with neither comparator nor value.
    CHECK(count(dir, "SELECT COUNT(*) FROM target_entries WHERE comparator IS NULL AND value_e4 IS NULL") == 2);
    CHECK(count(dir, "SELECT value_e4 FROM target_entries WHERE key = 'fire_rate' AND comparator = '<'") == 5);

    // Another site has none of them.
    const auto other = addSite(*store, "B2");
    auto none = repo.targetSets(other);
    REQUIRE(none);
    CHECK(none->empty());
}

TEST_CASE("a version with no indicators at all is stored and read back empty")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    auto set = targetSet(site, "2026-01-01", "");
    set.targets.clear();
    REQUIRE(store->commitments().saveTargetSet(set));
    auto sets = store->commitments().targetSets(site);
    REQUIRE(sets);
    REQUIRE(sets->size() == 1);
    checkSameSet(sets->front(), set);
}

TEST_CASE("saving a version of the same site and date replaces it and keeps its id")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    const auto other = addSite(*store, "B2");
    auto& repo = store->commitments();

    auto first = repo.saveTargetSet(targetSet(site, "2026-01-01", "草稿"));
    REQUIRE(first);
    auto elsewhere = repo.saveTargetSet(targetSet(other, "2026-01-01", "B2 合同"));
    REQUIRE(elsewhere);
    CHECK(*elsewhere != *first);

    auto changed = targetSet(site, "2026-01-01", "2026 正式合同");
    changed.targets.erase("car_park_intact");
    changed.targets["repair_revisit"] = target(Comparator::AtLeast, 6000);
    changed.targets["fire_rate"] = std::nullopt;
    changed.targets.emplace("satisfaction", target(Comparator::AtLeast, 8500));
    changed.savedAt = at("2025-12-28 16:00");
    changed.savedBy = "经理王";
    auto second = repo.saveTargetSet(changed);
    REQUIRE(second);
    CHECK(*second == *first);

    auto sets = repo.targetSets(site);
    REQUIRE(sets);
    REQUIRE(sets->size() == 1);
    CHECK(sets->front().id == *first);
    checkSameSet(sets->front(), changed);
    CHECK(sets->front().targets.count("car_park_intact") == 0);

    CHECK(count(dir, "SELECT COUNT(*) FROM target_sets") == 2);
    CHECK(count(dir, fmt::format("SELECT COUNT(*) FROM target_entries WHERE target_set_id = {}", first->value)) == 5);
    // The other site's version of the same date is untouched.
    auto otherSets = repo.targetSets(other);
    REQUIRE(otherSets);
    REQUIRE(otherSets->size() == 1);
    checkSameSet(otherSets->front(), targetSet(other, "2026-01-01", "B2 合同"));
}

TEST_CASE("target versions are listed by effective date whatever the order they were saved in")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    auto& repo = store->commitments();

    auto y2027 = repo.saveTargetSet(targetSet(site, "2027-01-01", "2027"));
    auto y2025 = repo.saveTargetSet(targetSet(site, "2025-01-01", "2025"));
    auto mid2026 = repo.saveTargetSet(targetSet(site, "2026-07-01", "2026 补充"));
    auto y2026 = repo.saveTargetSet(targetSet(site, "2026-01-01", "2026"));
    REQUIRE(y2027);
    REQUIRE(y2025);
    REQUIRE(mid2026);
    REQUIRE(y2026);

    auto sets = repo.targetSets(site);
    REQUIRE(sets);
    CHECK(ids(*sets) == std::vector<TargetSetId>{*y2025, *y2026, *mid2026, *y2027});
    std::vector<std::string> contracts;
    for (const auto& s : *sets) {
        contracts.push_back(s.contract);
        CHECK(s.targets.size() == 5);
    }
    CHECK(contracts == std::vector<std::string>{"2025", "2026", "2026 补充", "2027"});
    const auto* march2026 = domain::targetSetInForce(*sets, month(2026, 3));
    REQUIRE(march2026 != nullptr);
    CHECK(march2026->id == *y2026);
}

TEST_CASE("a target version saved in a transaction that fails is not stored")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    REQUIRE(store->commitments().saveTargetSet(targetSet(site, "2026-01-01", "原合同")));

    auto result = store->transact([&]() -> domain::Result<void> {
        auto replaced = targetSet(site, "2026-01-01", "改过的");
        replaced.targets.clear();
        if (auto r = store->commitments().saveTargetSet(replaced); !r) {
            return std::unexpected(r.error());
        }
        REQUIRE(store->commitments().saveTargetSet(targetSet(site, "2027-01-01", "新一年")));
        return domain::fail(domain::ErrorCode::InvalidInput, "given up");
    });
    REQUIRE_FALSE(result);

    auto sets = store->commitments().targetSets(site);
    REQUIRE(sets);
    REQUIRE(sets->size() == 1);
    checkSameSet(sets->front(), targetSet(site, "2026-01-01", "原合同"));
    // The repository's savepoint left no transaction open behind it.
    CHECK(store->transact([] { return domain::Result<void>{}; }));
}

// ---------------------------------------------------------------------------------------------------
// Manual figures and notes

TEST_CASE("a manual figure comes back as it was entered")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    auto& repo = store->commitments();

    const auto f = figure(site, month(2026, 3), "fee_collection", "2026-04-02 09:30:15", 1873, 1920);
    auto id = repo.addManualFigure(f);
    REQUIRE(id);
    auto got = repo.manualFigures(site, month(2026, 3), month(2026, 3));
    REQUIRE(got);
    REQUIRE(got->size() == 1);
    const auto& g = got->front();
    CHECK(g.id == *id);
    CHECK(g.site == site);
    CHECK(g.month == month(2026, 3));
    CHECK(g.key == "fee_collection");
    CHECK(g.numerator == 1873);
    CHECK(g.denominator == 1920);
    CHECK(g.note == "收费台账 fee_collection");
    CHECK(g.enteredAt == at("2026-04-02 09:30:15"));
    CHECK(g.enteredBy == "经理张");
    SQLite::Database db(dir.file("propdesk.db").string(), SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("SELECT month FROM manual_figures").getString() == "2026-03");
}

TEST_CASE("manual figures are listed by month key entry time and id within the months asked for")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    const auto other = addSite(*store, "B2");
    auto& repo = store->commitments();

    const auto add = [&](const domain::ManualFigure& f) {
        auto id = repo.addManualFigure(f);
        REQUIRE(id);
        return *id;
    };
    const auto before = add(figure(site, month(2025, 11), "fee_collection", "2025-12-01 09:00"));
    const auto janFeeLate = add(figure(site, month(2026, 1), "fee_collection", "2026-02-05 09:00", 990));
    const auto janFires = add(figure(site, month(2026, 1), "fires", "2026-02-01 09:00", 0, 2000));
    const auto decFee = add(figure(site, month(2025, 12), "fee_collection", "2026-01-03 09:00"));
    const auto janFeeEarly = add(figure(site, month(2026, 1), "fee_collection", "2026-02-02 09:00", 900));
    const auto janFeeSameSecond = add(figure(site, month(2026, 1), "fee_collection", "2026-02-02 09:00", 910));
    const auto febBuilding = add(figure(site, month(2026, 2), "building_intact", "2026-03-01 09:00"));
    const auto after = add(figure(site, month(2026, 3), "fee_collection", "2026-04-01 09:00"));
    add(figure(other, month(2026, 1), "fee_collection", "2026-02-02 09:00"));

    auto got = repo.manualFigures(site, month(2025, 12), month(2026, 2));
    REQUIRE(got);
    CHECK(ids(*got) ==
          std::vector<ManualFigureId>{decFee, janFeeEarly, janFeeSameSecond, janFeeLate, janFires, febBuilding});

    auto one = repo.manualFigures(site, month(2026, 1), month(2026, 1));
    REQUIRE(one);
    CHECK(ids(*one) == std::vector<ManualFigureId>{janFeeEarly, janFeeSameSecond, janFeeLate, janFires});
    const auto* asOf = domain::figureAsOf(*one, month(2026, 1), "fee_collection", at("2026-02-04 00:00"));
    REQUIRE(asOf != nullptr);
    CHECK(asOf->id == janFeeSameSecond);
    CHECK(asOf->numerator == 910);

    auto all = repo.manualFigures(site, month(2025, 1), month(2026, 12));
    REQUIRE(all);
    CHECK(all->size() == 8);
    CHECK(all->front().id == before);
    CHECK(all->back().id == after);

    auto empty = repo.manualFigures(site, month(2026, 4), month(2026, 12));
    REQUIRE(empty);
    CHECK(empty->empty());
}

TEST_CASE("indicator notes are listed by month key entry time and id within the months asked for")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    const auto other = addSite(*store, "B2");
    auto& repo = store->commitments();

    const auto add = [&](const domain::IndicatorNote& n) {
        auto id = repo.addNote(n);
        REQUIRE(id);
        return *id;
    };
    const auto revised = add(note(site, month(2026, 3), "repair_timeliness", "2026-04-03 10:00", "加派夜班维修工"));
    const auto first = add(note(site, month(2026, 3), "repair_timeliness", "2026-04-02 10:00", "已约谈维修班长"));
    const auto fee = add(note(site, month(2026, 3), "fee_collection", "2026-04-05 10:00", "上门催缴 12 户"));
    add(note(site, month(2026, 2), "fee_collection", "2026-03-05 10:00", "二月"));
    add(note(site, month(2026, 4), "fee_collection", "2026-05-05 10:00", "四月"));
    add(note(other, month(2026, 3), "fee_collection", "2026-04-05 10:00", "别的项目"));

    auto got = repo.notes(site, month(2026, 3), month(2026, 3));
    REQUIRE(got);
    CHECK(ids(*got) == std::vector<IndicatorNoteId>{fee, first, revised});
    const auto& n = got->at(1);
    CHECK(n.site == site);
    CHECK(n.month == month(2026, 3));
    CHECK(n.key == "repair_timeliness");
    CHECK(n.text == "已约谈维修班长");
    CHECK(n.enteredAt == at("2026-04-02 10:00"));
    CHECK(n.enteredBy == "主管李");

    auto quarter = repo.notes(site, month(2026, 2), month(2026, 4));
    REQUIRE(quarter);
    CHECK(quarter->size() == 5);
    CHECK(quarter->front().text == "二月");
    CHECK(quarter->back().text == "四月");
}

TEST_CASE("an entry for a site that does not exist is refused as not found")
{
    TempDir dir;
    auto store = freshStore(dir);
    auto& repo = store->commitments();
    const SiteId missing{99};

    auto f = repo.addManualFigure(figure(missing, month(2026, 3), "fires", "2026-04-01 09:00"));
    REQUIRE_FALSE(f);
    CHECK(f.error().code == domain::ErrorCode::NotFound);
    CHECK(f.error().message == "no site with id 99");
    auto n = repo.addNote(note(missing, month(2026, 3), "fires", "2026-04-01 09:00", "无"));
    REQUIRE_FALSE(n);
    CHECK(n.error().code == domain::ErrorCode::NotFound);
    auto s = repo.addSnapshot(snapshot(missing, month(2026, 3), "2026-04-01 09:00", "{}"));
    REQUIRE_FALSE(s);
    CHECK(s.error().code == domain::ErrorCode::NotFound);
    auto t = repo.saveTargetSet(targetSet(missing, "2026-01-01", "无"));
    REQUIRE_FALSE(t);
    CHECK(t.error().code == domain::ErrorCode::NotFound);
    CHECK(t.error().message == "no site with id 99");
    CHECK(count(dir, "SELECT COUNT(*) FROM target_sets") == 0);
    CHECK(count(dir, "SELECT COUNT(*) FROM target_entries") == 0);
}

TEST_CASE("the database refuses a figure that is not a ratio")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    auto& repo = store->commitments();

    struct Bad
    {
        std::int64_t numerator;
        std::int64_t denominator;
    };
    for (const auto bad : {Bad{1001, 1000}, Bad{5, 0}, Bad{0, 0}, Bad{-1, 1000}, Bad{1, -5}}) {
        INFO(bad.numerator << "/" << bad.denominator);
        auto id = repo.addManualFigure(
            figure(site, month(2026, 3), "fee_collection", "2026-04-01 09:00", bad.numerator, bad.denominator));
        REQUIRE_FALSE(id);
        CHECK(id.error().code == domain::ErrorCode::Storage);
        CHECK_THAT(id.error().message, Catch::Contains("CHECK constraint failed"));
    }
    // The edges are figures: none of many, all of them.
    CHECK(repo.addManualFigure(figure(site, month(2026, 3), "fires", "2026-04-01 09:00", 0, 2000)));
    CHECK(repo.addManualFigure(figure(site, month(2026, 3), "staff_certified", "2026-04-01 09:00", 48, 48)));
    CHECK(count(dir, "SELECT COUNT(*) FROM manual_figures") == 2);
}

TEST_CASE("the database refuses a month or a target that is not of the documented shape")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    auto set = store->commitments().saveTargetSet(targetSet(site, "2026-01-01", "合同"));
    REQUIRE(set);

    SQLite::Database db(dir.file("propdesk.db").string(), SQLite::OPEN_READWRITE);
    const auto figureWithMonth = [&](std::string_view m) {
        return fmt::format("INSERT INTO manual_figures(site_id, month, key, numerator, denominator, entered_at) "
                           "VALUES({}, '{}', 'fires', 0, 10, 0)",
                           site.value, m);
    };
    for (const auto* bad : {"2026-3", "2026-13", "2026-00", "2026/03", "2026-03-01", "26-03", ""}) {
        INFO(bad);
        CHECK_THROWS_WITH(db.exec(figureWithMonth(bad)), Catch::Contains("CHECK constraint failed"));
        CHECK_THROWS_WITH(db.exec(fmt::format("INSERT INTO indicator_notes(site_id, month, key, text, entered_at) "
                                              "VALUES({}, '{}', 'fires', 'x', 0)",
                                              site.value, bad)),
                          Catch::Contains("CHECK constraint failed"));
        CHECK_THROWS_WITH(db.exec(fmt::format("INSERT INTO report_snapshots(site_id, month, as_of, frozen_at, data) "
                                              "VALUES({}, '{}', 0, 0, '{{}}')",
                                              site.value, bad)),
                          Catch::Contains("CHECK constraint failed"));
    }
    CHECK(db.exec(figureWithMonth("2026-12")) == 1);

    const auto entry = [&](std::string_view key, std::string_view comparator, std::string_view value) {
        return fmt::format(
            "INSERT INTO target_entries(target_set_id, key, comparator, value_e4) VALUES({}, '{}', {}, {})", set->value,
            key, comparator, value);
    };
    CHECK_THROWS_WITH(db.exec(entry("a", "'>'", "100")), Catch::Contains("CHECK constraint failed"));
    CHECK_THROWS_WITH(db.exec(entry("b", "'>='", "-1")), Catch::Contains("CHECK constraint failed"));
    CHECK_THROWS_WITH(db.exec(entry("c", "'>='", "NULL")), Catch::Contains("CHECK constraint failed"));
    CHECK_THROWS_WITH(db.exec(entry("d", "NULL", "9800")), Catch::Contains("CHECK constraint failed"));
    CHECK(db.exec(entry("e", "'<'", "0")) == 1);
    CHECK_THROWS_WITH(db.exec(fmt::format("INSERT INTO target_sets(site_id, effective_from, saved_at) "
                                          "VALUES({}, '2026-1-1', 0)",
                                          site.value)),
                      Catch::Contains("CHECK constraint failed"));
}

TEST_CASE("figures notes and snapshots are append-only: changing deleting or replacing one is refused")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    auto& repo = store->commitments();
    auto f = repo.addManualFigure(figure(site, month(2026, 3), "fee_collection", "2026-04-01 09:00", 950, 1000));
    auto n = repo.addNote(note(site, month(2026, 3), "fee_collection", "2026-04-01 09:00", "催缴"));
    auto s = repo.addSnapshot(snapshot(site, month(2026, 3), "2026-04-02 09:00", R"({"figures":[1]})"));
    REQUIRE(f);
    REQUIRE(n);
    REQUIRE(s);

    SQLite::Database db(dir.file("propdesk.db").string(), SQLite::OPEN_READWRITE);
    CHECK_THROWS_WITH(db.exec("UPDATE manual_figures SET numerator = 999"), Catch::Contains("append-only"));
    CHECK_THROWS_WITH(db.exec("DELETE FROM manual_figures"), Catch::Contains("append-only"));
    CHECK_THROWS_WITH(db.exec(fmt::format("INSERT OR REPLACE INTO manual_figures(id, site_id, month, key, numerator, "
                                          "denominator, entered_at) VALUES({}, {}, '2026-03', 'fee_collection', 999, "
                                          "1000, 0)",
                                          f->value, site.value)),
                      Catch::Contains("append-only"));
    CHECK_THROWS_WITH(db.exec("UPDATE indicator_notes SET text = '改'"), Catch::Contains("append-only"));
    CHECK_THROWS_WITH(db.exec("DELETE FROM indicator_notes"), Catch::Contains("append-only"));
    CHECK_THROWS_WITH(db.exec(fmt::format("INSERT OR REPLACE INTO indicator_notes(id, site_id, month, key, text, "
                                          "entered_at) VALUES({}, {}, '2026-03', 'fee_collection', '改', 0)",
                                          n->value, site.value)),
                      Catch::Contains("append-only"));
    CHECK_THROWS_WITH(db.exec("UPDATE report_snapshots SET data = '{}'"), Catch::Contains("append-only"));
    CHECK_THROWS_WITH(db.exec("DELETE FROM report_snapshots"), Catch::Contains("append-only"));
    CHECK_THROWS_WITH(db.exec(fmt::format("INSERT OR REPLACE INTO report_snapshots(id, site_id, month, as_of, "
                                          "frozen_at, data) VALUES({}, {}, '2026-03', 0, 0, '{{}}')",
                                          s->value, site.value)),
                      Catch::Contains("append-only"));

    CHECK(db.execAndGet("SELECT numerator FROM manual_figures").getInt() == 950);
    CHECK(db.execAndGet("SELECT text FROM indicator_notes").getString() == "催缴");
    CHECK(db.execAndGet("SELECT data FROM report_snapshots").getString() == R"({"figures":[1]})");
    CHECK(db.execAndGet("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN "
                        "('manual_figures', 'indicator_notes', 'report_snapshots')")
              .getInt() == 9);
}

// ---------------------------------------------------------------------------------------------------
// Report snapshots

TEST_CASE("frozen reports are listed newest month first then newest frozen first without their data")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    const auto other = addSite(*store, "B2");
    auto& repo = store->commitments();

    const auto add = [&](const domain::ReportSnapshot& s) {
        auto id = repo.addSnapshot(s);
        REQUIRE(id);
        return *id;
    };
    const auto feb = add(snapshot(site, month(2026, 2), "2026-03-03 09:00", R"({"month":"2026-02"})"));
    const auto marFirst = add(snapshot(site, month(2026, 3), "2026-04-02 09:00", R"({"month":"2026-03","v":1})"));
    const auto dec = add(snapshot(site, month(2025, 12), "2026-01-05 09:00", R"({"month":"2025-12"})"));
    const auto marSecond = add(snapshot(site, month(2026, 3), "2026-04-09 17:00", R"({"month":"2026-03","v":2})"));
    const auto marSameSecond = add(snapshot(site, month(2026, 3), "2026-04-09 17:00", R"({"month":"2026-03","v":3})"));
    add(snapshot(other, month(2026, 3), "2026-04-02 09:00", "{}"));

    auto list = repo.snapshots(site);
    REQUIRE(list);
    CHECK(ids(*list) == std::vector<ReportSnapshotId>{marSameSecond, marSecond, marFirst, feb, dec});
    for (const auto& s : *list) {
        CHECK(s.data.empty());
        CHECK(s.site == site);
        CHECK(s.frozenBy == "经理张");
        CHECK(s.asOf == at("2026-04-01 00:00"));
    }
    CHECK(list->at(1).month == month(2026, 3));
    CHECK(list->at(1).frozenAt == at("2026-04-09 17:00"));

    auto one = repo.snapshot(marFirst);
    REQUIRE(one);
    REQUIRE(one->has_value());
    const auto& s = **one;
    CHECK(s.id == marFirst);
    CHECK(s.site == site);
    CHECK(s.month == month(2026, 3));
    CHECK(s.asOf == at("2026-04-01 00:00"));
    CHECK(s.frozenAt == at("2026-04-02 09:00"));
    CHECK(s.frozenBy == "经理张");
    CHECK(s.data == R"({"month":"2026-03","v":1})");

    auto missing = repo.snapshot(ReportSnapshotId{999});
    REQUIRE(missing);
    CHECK_FALSE(missing->has_value());
}

TEST_CASE("a frozen report keeps its data byte for byte")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    std::string data = R"({"title":"2026年3月 管理服务承诺月报","rate":"98.25%","quote":"\"","nl":"a\nb"})";
    data += std::string(200000, 'x');
    auto id = store->commitments().addSnapshot(snapshot(site, month(2026, 3), "2026-04-02 09:00", data));
    REQUIRE(id);
    auto got = store->commitments().snapshot(*id);
    REQUIRE(got);
    REQUIRE(got->has_value());
    CHECK((*got)->data == data);
}

// ---------------------------------------------------------------------------------------------------
// Upgrade

TEST_CASE("a schema-7 database with inspection records upgrades to the commitment tables and keeps its data")
{
    TempDir dir;
    const auto path = dir.file("propdesk.db");
    {
        SQLite::Database db(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        storage::upgradeSchema(db, 7);
        REQUIRE(storage::schemaVersion(db) == 7);
        REQUIRE_FALSE(db.tableExists("target_sets"));
        REQUIRE_FALSE(db.tableExists("manual_figures"));
        db.exec("INSERT INTO sites(id, code, name, time_zone, calendar) "
                "VALUES(7, 'OLD', '老小区', 'Asia/Shanghai', 'CN')");
        db.exec(
            "INSERT INTO contractors(id, site_id, name, service, monthly_fee, contract_start, contract_end, active) "
            "VALUES(3, 7, '洁美保洁', 'cleaning', 1200000, '2026-01-01', '2026-12-31', 1)");
    }

    {
        auto opened = storage::openStore(path, storage::OpenMode::OpenExisting);
        REQUIRE(opened);
        auto& store = **opened;
        auto contractor = store.inspections().contractor(domain::ContractorId{3});
        REQUIRE(contractor);
        REQUIRE(contractor->has_value());
        CHECK((*contractor)->name == "洁美保洁");
        CHECK((*contractor)->monthlyFee == 1200000);

        auto& repo = store.commitments();
        const SiteId site{7};
        const auto set = targetSet(site, "2026-01-01", "2026 合同");
        REQUIRE(repo.saveTargetSet(set));
        auto sets = repo.targetSets(site);
        REQUIRE(sets);
        REQUIRE(sets->size() == 1);
        checkSameSet(sets->front(), set);
        REQUIRE(repo.addManualFigure(figure(site, month(2026, 3), "fee_collection", "2026-04-01 09:00")));
        REQUIRE(repo.addNote(note(site, month(2026, 3), "fee_collection", "2026-04-01 09:00", "催缴")));
        REQUIRE(repo.addSnapshot(snapshot(site, month(2026, 3), "2026-04-02 09:00", "{}")));
    }

    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    CHECK(storage::schemaVersion(db) == 8);
    CHECK(storage::kSchemaVersion == 8);
    CHECK(db.execAndGet("SELECT COUNT(*) FROM contractors").getInt() == 1);
    CHECK(db.execAndGet("SELECT COUNT(*) FROM sites").getInt() == 1);
    for (const char* table :
         {"target_sets", "target_entries", "manual_figures", "indicator_notes", "report_snapshots"}) {
        INFO(table);
        CHECK(db.tableExists(table));
        CHECK(db.execAndGet(fmt::format("SELECT COUNT(*) FROM {}", table)).getInt() >= 1);
    }
    CHECK(db.execAndGet("SELECT COUNT(*) FROM target_entries").getInt() == 5);
    for (const char* index :
         {"manual_figures_site_month", "indicator_notes_site_month", "report_snapshots_site_month"}) {
        INFO(index);
        CHECK(
            db.execAndGet(fmt::format("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = '{}'", index))
                .getInt() == 1);
    }
    auto inspection = storage::inspectDatabase(path, false);
    REQUIRE(inspection);
    CHECK(inspection->ok);
    CHECK(inspection->schemaVersion == 8);
}
