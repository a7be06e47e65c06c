// The audit trail in the GUI: the viewer lists what the services recorded, newest first, filters it by user,
// record type, record and day, pages through it lazily and shows the fields an entry changed; an order's detail
// pane has a Changes tab with the order's own entries.

#include "gui/auditchangesmodel.h"
#include "gui/auditlabels.h"
#include "gui/auditmodel.h"
#include "gui/auditrecordview.h"
#include "gui/auditview.h"
#include "gui/historyview.h"
#include "gui/labels.h"
#include "gui/qtconvert.h"
#include "gui/workorderdetail.h"
#include "guifixture.h"
#include "services/workspace.h"

#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

using namespace propdesk;
using domain::AuditAction;
using domain::Category;
using domain::Role;
using propdesk::tests::at;
using propdesk::tests::GuiFixture;

namespace {

domain::User person(const std::string& name, Role role)
{
    domain::User user;
    user.name = name;
    user.role = role;
    return user;
}

const domain::User kManager = person("王经理", Role::Manager);
const domain::User kSupervisor = person("李主管", Role::Supervisor);
const domain::User kDesk = person("张前台", Role::FrontDesk);

// From now on the services act as `user`.
void actAs(GuiFixture& f, const domain::User& user)
{
    f.workspace().context().user = user;
}

domain::WorkOrder logOrder(GuiFixture& f, const std::string& location, Category category,
                           const std::string& description)
{
    services::NewWorkOrder request;
    request.siteCode = "HQ";
    request.location = location;
    request.category = category;
    request.reporter = "业主";
    request.phone = "13800001111";
    request.description = description;
    auto order = f.workspace().workOrders().log(request);
    INFO((order ? std::string() : order.error().describe()));
    REQUIRE(order);
    return *order;
}

template <typename T>
T* child(QWidget& parent, const char* name)
{
    auto* widget = parent.findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(widget);
    return widget;
}

void choose(QComboBox* combo, const QString& text)
{
    const int index = combo->findText(text);
    INFO(text.toStdString());
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

// "user entity record action" of each row, in the model's order.
std::vector<std::string> rowsOf(const gui::AuditModel& model)
{
    std::vector<std::string> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto& e = model.entry(row);
        rows.push_back(e.user + ' ' + e.entity + ' ' + e.record + ' ' + std::string(domain::auditActionKey(e.action)));
    }
    return rows;
}

// Three people at the site HQ over four days (Shanghai time): the manager sets up the site and its staff, the
// front desk logs three orders, the supervisor dispatches two, the front desk records an arrival just after
// midnight. Each step comes with its own entry in the trail.
struct AuditData
{
    explicit AuditData(GuiFixture& f)
    {
        auto& ws = f.workspace();
        actAs(f, kManager);
        f.clock.set(at("2025-04-01 08:00"));
        site = f.addSite("HQ", "测试小区");
        f.clock.set(at("2025-04-01 08:30"));
        REQUIRE(ws.staff().add("HQ", domain::StaffMember{{}, {}, "王师傅", "", "水电", true}));
        f.clock.set(at("2025-04-01 08:31"));
        REQUIRE(ws.staff().add("HQ", domain::StaffMember{{}, {}, "李师傅", "", "土建", true}));

        actAs(f, kDesk);
        f.clock.set(at("2025-04-02 09:00"));
        leak = logOrder(f, "3-2-1502", Category::Plumbing, "厨房水管漏水");
        actAs(f, kSupervisor);
        f.clock.set(at("2025-04-02 09:05"));
        REQUIRE(ws.workOrders().dispatch(leak.header.id, "王师傅"));

        // 07:30 in Shanghai is still the day before in UTC: the day filter must count it to 3 April.
        actAs(f, kDesk);
        f.clock.set(at("2025-04-03 07:30"));
        light = logOrder(f, "5-1-301", Category::Lighting, "楼道灯不亮");
        actAs(f, kSupervisor);
        f.clock.set(at("2025-04-03 10:20"));
        REQUIRE(ws.workOrders().dispatch(light.header.id, "李师傅"));

        actAs(f, kDesk);
        f.clock.set(at("2025-04-04 23:30"));
        door = logOrder(f, "3-2-1502", Category::DoorsWindows, "阳台门关不上");
        // 00:30 on 5 April in Shanghai is 4 April in UTC: not part of a range that ends on 4 April.
        f.clock.set(at("2025-04-05 00:30"));
        REQUIRE(ws.workOrders().arrive(leak.header.id));

        f.clock.set(at("2025-04-05 16:00"));
        actAs(f, kManager);
        f.session->notifyOrdersChanged();
    }

    std::string entry(const domain::User& user, const std::string& entity, const std::string& record,
                      AuditAction action) const
    {
        return user.name + ' ' + entity + ' ' + record + ' ' + std::string(domain::auditActionKey(action));
    }

    domain::Site site;
    domain::WorkOrder leak, light, door;
};

domain::AuditFilter byEntity(const std::string& entity)
{
    domain::AuditFilter filter;
    filter.entity = entity;
    return filter;
}

domain::AuditFilter byUser(const std::string& user)
{
    domain::AuditFilter filter;
    filter.user = user;
    return filter;
}

// Every entry of the trail made in [from, to), newest first, as rowsOf() describes them.
std::vector<std::string> madeBetween(GuiFixture& f, domain::Instant from, domain::Instant to)
{
    domain::AuditFilter filter;
    filter.limit = 5000;
    auto all = f.workspace().audit().find(filter);
    REQUIRE(all);
    std::vector<std::string> rows;
    for (const auto& e : *all) {
        if (e.at >= from && e.at < to) {
            rows.push_back(e.user + ' ' + e.entity + ' ' + e.record + ' ' +
                           std::string(domain::auditActionKey(e.action)));
        }
    }
    return rows;
}

} // namespace

TEST_CASE("the audit trail lists what everybody did, newest first, with user, site, record and action")
{
    GuiFixture fixture(GuiFixture::Contents::Empty, at("2025-04-01 07:00"));
    AuditData data(fixture);
    gui::AuditView view(*fixture.session);
    view.show();
    const auto* model = view.model();
    const auto& d = data;

    // What the service says, in the same order: the view neither drops nor reorders entries.
    auto all = fixture.workspace().audit().find({});
    REQUIRE(all);
    REQUIRE(model->rowCount() == static_cast<int>(all->size()));
    for (int row = 0; row < model->rowCount(); ++row) {
        CHECK(model->entry(row).id == (*all)[static_cast<std::size_t>(row)].id);
    }
    for (int row = 1; row < model->rowCount(); ++row) {
        CHECK(model->entry(row).id < model->entry(row - 1).id);
    }
    // The newest entries are the steps of AuditData, last first.
    const std::vector<std::string> expected{
        d.entry(kDesk, "work_order", d.leak.header.code, AuditAction::Update),
        d.entry(kDesk, "work_order", d.door.header.code, AuditAction::Create),
        d.entry(kSupervisor, "work_order", d.light.header.code, AuditAction::Update),
        d.entry(kDesk, "work_order", d.light.header.code, AuditAction::Create),
        d.entry(kSupervisor, "work_order", d.leak.header.code, AuditAction::Update),
        d.entry(kDesk, "work_order", d.leak.header.code, AuditAction::Create),
        d.entry(kManager, "staff", "李师傅", AuditAction::Create),
        d.entry(kManager, "staff", "王师傅", AuditAction::Create),
        d.entry(kManager, "site", "HQ", AuditAction::Create),
    };
    const auto rows = rowsOf(*model);
    REQUIRE(rows.size() >= expected.size());
    CHECK(std::vector<std::string>(rows.begin(), rows.begin() + static_cast<long>(expected.size())) == expected);

    // The first row as the table shows it.
    CHECK(model->index(0, gui::AuditModel::Time).data().toString() ==
          gui::formatAuditTime(at("2025-04-05 00:30"), tests::zone()));
    CHECK(model->index(0, gui::AuditModel::User).data().toString() == QStringLiteral("张前台"));
    CHECK(model->index(0, gui::AuditModel::Site).data().toString() == QStringLiteral("HQ"));
    CHECK(model->index(0, gui::AuditModel::Entity).data().toString() == gui::auditEntityLabel("work_order"));
    CHECK(model->index(0, gui::AuditModel::Record).data().toString() == gui::qs(d.leak.header.code));
    CHECK(model->index(0, gui::AuditModel::Action).data().toString() == gui::auditActionLabel(AuditAction::Update));
    CHECK_FALSE(model->index(0, gui::AuditModel::Summary).data().toString().isEmpty());
    CHECK(model->index(0, 0).data(gui::AuditModel::EntryIdRole).toLongLong() == model->entry(0).id);
    CHECK(child<QLabel>(view, "statusLabel")->text() == QStringLiteral("%1 entries").arg(model->rowCount()));

    // The user filter offers everybody who appears in the trail.
    auto* users = child<QComboBox>(view, "userFilter");
    for (const auto* name : {"王经理", "李主管", "张前台"}) {
        CHECK(users->findText(QString::fromUtf8(name)) > 0);
    }
    CHECK(users->itemText(0) == QStringLiteral("All users"));
}

TEST_CASE("the audit filters narrow the trail by user, record type, record and day")
{
    GuiFixture fixture(GuiFixture::Contents::Empty, at("2025-04-01 07:00"));
    AuditData data(fixture);
    const auto& d = data;
    gui::AuditView view(*fixture.session);
    view.show();
    const auto* model = view.model();

    SECTION("by user")
    {
        choose(child<QComboBox>(view, "userFilter"), QStringLiteral("李主管"));
        CHECK(rowsOf(*model) == std::vector<std::string>{
                                    d.entry(kSupervisor, "work_order", d.light.header.code, AuditAction::Update),
                                    d.entry(kSupervisor, "work_order", d.leak.header.code, AuditAction::Update),
                                });
        CHECK(view.filter().user == std::optional<std::string>("李主管"));
    }
    SECTION("by record type")
    {
        choose(child<QComboBox>(view, "entityFilter"), gui::auditEntityLabel("staff"));
        CHECK(rowsOf(*model) == std::vector<std::string>{
                                    d.entry(kManager, "staff", "李师傅", AuditAction::Create),
                                    d.entry(kManager, "staff", "王师傅", AuditAction::Create),
                                });
        choose(child<QComboBox>(view, "entityFilter"), gui::auditEntityLabel("site"));
        CHECK(rowsOf(*model) == std::vector<std::string>{d.entry(kManager, "site", "HQ", AuditAction::Create)});
        choose(child<QComboBox>(view, "entityFilter"), gui::auditEntityLabel("work_order"));
        CHECK(model->rowCount() == 6);
    }
    SECTION("by the start of the record's key, after a pause in typing or at Enter")
    {
        auto* record = child<QLineEdit>(view, "recordEdit");
        QTest::keyClicks(record, gui::qs(d.leak.header.code));
        REQUIRE(tests::waitFor([&] { return model->rowCount() == 3; }));
        CHECK(rowsOf(*model) == std::vector<std::string>{
                                    d.entry(kDesk, "work_order", d.leak.header.code, AuditAction::Update),
                                    d.entry(kSupervisor, "work_order", d.leak.header.code, AuditAction::Update),
                                    d.entry(kDesk, "work_order", d.leak.header.code, AuditAction::Create),
                                });
        // A prefix: every order of 3 April.
        record->setText(QStringLiteral("20250403"));
        QTest::keyClick(record, Qt::Key_Return);
        CHECK(rowsOf(*model) == std::vector<std::string>{
                                    d.entry(kSupervisor, "work_order", d.light.header.code, AuditAction::Update),
                                    d.entry(kDesk, "work_order", d.light.header.code, AuditAction::Create),
                                });
        record->setText(QStringLiteral("王"));
        QTest::keyClick(record, Qt::Key_Return);
        CHECK(rowsOf(*model) == std::vector<std::string>{d.entry(kManager, "staff", "王师傅", AuditAction::Create)});
    }
    SECTION("by days of the site, both ends included")
    {
        child<QDateEdit>(view, "fromDate")->setDate(QDate(2025, 4, 3));
        child<QDateEdit>(view, "toDate")->setDate(QDate(2025, 4, 4));
        child<QCheckBox>(view, "fromCheck")->setChecked(true);
        child<QCheckBox>(view, "toCheck")->setChecked(true);
        CHECK(rowsOf(*model) == std::vector<std::string>{
                                    d.entry(kDesk, "work_order", d.door.header.code, AuditAction::Create),
                                    d.entry(kSupervisor, "work_order", d.light.header.code, AuditAction::Update),
                                    d.entry(kDesk, "work_order", d.light.header.code, AuditAction::Create),
                                });
        CHECK(rowsOf(*model) == madeBetween(fixture, at("2025-04-03 00:00"), at("2025-04-05 00:00")));
        // Only an end: everything up to the end of 1 April (the site and its staff, and whatever opening the
        // database wrote).
        child<QCheckBox>(view, "fromCheck")->setChecked(false);
        child<QDateEdit>(view, "toDate")->setDate(QDate(2025, 4, 1));
        const auto firstDay = rowsOf(*model);
        CHECK(firstDay == madeBetween(fixture, at("2025-01-01 00:00"), at("2025-04-02 00:00")));
        REQUIRE(firstDay.size() >= 3);
        CHECK(std::vector<std::string>(firstDay.begin(), firstDay.begin() + 3) ==
              std::vector<std::string>{
                  d.entry(kManager, "staff", "李师傅", AuditAction::Create),
                  d.entry(kManager, "staff", "王师傅", AuditAction::Create),
                  d.entry(kManager, "site", "HQ", AuditAction::Create),
              });
    }
    SECTION("filters combine, and Reset clears them all")
    {
        choose(child<QComboBox>(view, "userFilter"), QStringLiteral("张前台"));
        child<QLineEdit>(view, "recordEdit")->setText(gui::qs(d.leak.header.code));
        view.applyFilter();
        CHECK(rowsOf(*model) == std::vector<std::string>{
                                    d.entry(kDesk, "work_order", d.leak.header.code, AuditAction::Update),
                                    d.entry(kDesk, "work_order", d.leak.header.code, AuditAction::Create),
                                });
        choose(child<QComboBox>(view, "entityFilter"), gui::auditEntityLabel("site"));
        CHECK(model->rowCount() == 0);
        CHECK(child<QLabel>(view, "statusLabel")->text() == QStringLiteral("0 entries"));
        child<QToolButton>(view, "resetButton")->click();
        CHECK(model->rowCount() >= 9);
        CHECK(child<QLineEdit>(view, "recordEdit")->text().isEmpty());
    }
}

TEST_CASE("the audit trail is read a page at a time as the table scrolls")
{
    GuiFixture fixture(GuiFixture::Contents::Empty, at("2025-04-01 07:00"));
    actAs(fixture, kManager);
    fixture.addSite("HQ", "测试小区");
    actAs(fixture, kDesk);
    constexpr int kOrders = 230;
    for (int i = 0; i < kOrders; ++i) {
        fixture.clock.advance(domain::Seconds{60});
        logOrder(fixture, "1-1-" + std::to_string(100 + i), Category::Plumbing, "漏水");
    }
    actAs(fixture, kManager);
    domain::AuditFilter everything;
    everything.limit = 1000;
    auto all = fixture.workspace().audit().find(everything);
    REQUIRE(all);
    const int total = static_cast<int>(all->size());
    REQUIRE(total >= kOrders + 1);
    REQUIRE(total > gui::AuditModel::kPageSize);

    gui::AuditView view(*fixture.session);
    auto* model = view.model();
    CHECK(model->rowCount() == gui::AuditModel::kPageSize);
    CHECK(model->canFetchMore({}));
    CHECK(child<QLabel>(view, "statusLabel")->text().contains(QStringLiteral("scroll")));
    // From here on (the tester asks for more rows itself).
    tests::ModelCheck check(model);

    view.resize(1000, 600);
    view.show();
    auto* table = child<QTableView>(view, "table");
    REQUIRE(tests::waitFor([&] {
        table->scrollToBottom();
        return model->rowCount() == total;
    }));
    CHECK_FALSE(model->canFetchMore({}));
    CHECK(check.problems().isEmpty());
    // No entry twice, none left out, the order kept across the page boundary.
    for (int row = 0; row < total; ++row) {
        CHECK(model->entry(row).id == (*all)[static_cast<std::size_t>(row)].id);
    }
    CHECK(child<QLabel>(view, "statusLabel")->text() == QStringLiteral("%1 entries").arg(total));

    SECTION("a small page size pages the same way, also under a filter")
    {
        model->setPageSize(7);
        model->setFilter(byEntity("work_order"));
        CHECK(model->rowCount() == 7);
        while (model->canFetchMore({})) {
            model->fetchMore({});
        }
        CHECK(model->rowCount() == kOrders);
        std::set<std::int64_t> ids;
        for (int row = 0; row < model->rowCount(); ++row) {
            ids.insert(model->entry(row).id);
            CHECK(model->entry(row).entity == "work_order");
        }
        CHECK(ids.size() == static_cast<std::size_t>(kOrders));
        CHECK(check.problems().isEmpty());
    }
    SECTION("reading again keeps as many rows as were shown")
    {
        fixture.workspace().context().user = kDesk;
        logOrder(fixture, "9-9-999", Category::Gas, "燃气味");
        fixture.workspace().context().user = kManager;
        fixture.session->notifyOrdersChanged();
        REQUIRE(tests::waitFor([&] { return model->rowCount() == total + 1; }));
        CHECK(model->entry(0).record != model->entry(1).record);
        CHECK(check.problems().isEmpty());
    }
}

TEST_CASE("selecting a dispatch shows what it changed, the old values apart from the new")
{
    GuiFixture fixture(GuiFixture::Contents::Empty, at("2025-04-01 07:00"));
    AuditData data(fixture);
    gui::AuditView view(*fixture.session);
    view.show();
    auto* model = view.model();
    const auto* changes = view.changesModel();
    tests::ModelCheck check(view.changesModel());

    CHECK(changes->rowCount() == 0);
    choose(child<QComboBox>(view, "userFilter"), QStringLiteral("李主管"));
    REQUIRE(model->rowCount() == 2);
    // The older of the supervisor's entries: the leak's dispatch.
    const auto dispatch = model->entry(1);
    REQUIRE(dispatch.record == data.leak.header.code);
    REQUIRE(view.selectEntry(dispatch.id));
    CHECK(view.currentEntry() == dispatch.id);
    CHECK(check.problems().isEmpty());

    const auto rowOf = [&](const char* field) {
        for (int row = 0; row < changes->rowCount(); ++row) {
            if (changes->index(row, 0).data(gui::AuditChangesModel::StoredValueRole).toString() ==
                QLatin1String(field)) {
                return row;
            }
        }
        FAIL("no change of " << field);
        return -1;
    };
    const auto text = [&](int row, int column) {
        return changes->index(row, column).data().toString();
    };
    using C = gui::AuditChangesModel;

    const int status = rowOf("status");
    CHECK(text(status, C::Field) == gui::auditFieldLabel("status"));
    CHECK(text(status, C::Before) == gui::statusLabel(domain::WorkOrderStatus::Logged));
    CHECK(text(status, C::After) == gui::statusLabel(domain::WorkOrderStatus::Dispatched));
    CHECK(changes->index(status, C::Before).data(C::StoredValueRole).toString() == QStringLiteral("logged"));
    CHECK(changes->index(status, C::After).data(C::StoredValueRole).toString() == QStringLiteral("dispatched"));

    const int technician = rowOf("technician");
    CHECK(text(technician, C::Before) == QStringLiteral("(none)"));
    CHECK(text(technician, C::After) == QStringLiteral("王师傅"));

    const int dispatched = rowOf("dispatched_at");
    CHECK(text(dispatched, C::Field) == gui::auditFieldLabel("dispatched_at"));
    CHECK(text(dispatched, C::Before) == QStringLiteral("(none)"));
    CHECK(text(dispatched, C::After) == gui::formatAuditTime(at("2025-04-02 09:05"), tests::zone()));

    // Nothing that stayed the same.
    for (int row = 0; row < changes->rowCount(); ++row) {
        CHECK(changes->index(row, C::Before).data(C::StoredValueRole) !=
              changes->index(row, C::After).data(C::StoredValueRole));
    }

    // The old value struck through on one colour, the new one on another; a missing value in neither.
    const QModelIndex before = changes->index(status, C::Before);
    const QModelIndex after = changes->index(status, C::After);
    CHECK(before.data(Qt::FontRole).value<QFont>().strikeOut());
    CHECK_FALSE(after.data(Qt::FontRole).value<QFont>().strikeOut());
    const QColor removed = before.data(Qt::BackgroundRole).value<QBrush>().color();
    const QColor added = after.data(Qt::BackgroundRole).value<QBrush>().color();
    CHECK(removed.isValid());
    CHECK(added.isValid());
    CHECK(removed != added);
    CHECK(before.data(Qt::ForegroundRole).value<QBrush>().color() !=
          after.data(Qt::ForegroundRole).value<QBrush>().color());
    CHECK_FALSE(changes->index(technician, C::Before).data(Qt::BackgroundRole).isValid());
    CHECK(changes->index(technician, C::Before).data(Qt::FontRole).value<QFont>().italic());

    const QString label = child<QLabel>(view, "changesLabel")->text();
    CHECK(label.contains(QStringLiteral("李主管")));
    CHECK(label.contains(gui::qs(data.leak.header.code)));

    // Another entry replaces the changes; none selected, none shown.
    REQUIRE(view.selectEntry(model->entry(0).id));
    CHECK(text(rowOf("technician"), C::After) == QStringLiteral("李师傅"));
    child<QTableView>(view, "table")->clearSelection();
    CHECK(changes->rowCount() == 0);
    CHECK(check.problems().isEmpty());
}

TEST_CASE("the audit models pass QAbstractItemModelTester while filtered, reloaded and cleared")
{
    GuiFixture fixture(GuiFixture::Contents::Empty, at("2025-04-01 07:00"));
    AuditData data(fixture);
    gui::AuditModel model(*fixture.session);
    {
        tests::ModelCheck check(&model);
        model.setPageSize(3);
        model.setFilter({});
        CHECK(model.rowCount() == 3);
        // The tester fetches a page after each one inserted; without it each call adds one.
        const int before = model.rowCount();
        model.fetchMore({});
        CHECK(model.rowCount() > before);
        CHECK(model.rowCount() % 3 == 0);
        const int shown = model.rowCount();
        model.reload();
        CHECK(model.rowCount() == shown);
        model.setFilter(byUser("李主管"));
        CHECK(model.rowCount() == 2);
        model.showRecord(data.site.id, "work_order", data.leak.header.code);
        CHECK(model.rowCount() == 3);
        CHECK_FALSE(model.canFetchMore({}));
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                CHECK_FALSE(model.index(row, column).data().toString().isEmpty());
            }
        }
        model.clear();
        CHECK(model.rowCount() == 0);
        CHECK(check.problems().isEmpty());
    }
    gui::AuditChangesModel changes;
    {
        tests::ModelCheck check(&changes);
        model.showRecord(data.site.id, "work_order", data.leak.header.code);
        REQUIRE(model.rowCount() == 3);
        changes.setEntry(model.entry(1), tests::zone());
        CHECK(changes.rowCount() >= 3);
        changes.setEntry(model.entry(0), tests::zone()); // logged: every field that has a value
        CHECK(changes.rowCount() >= 5);
        changes.clear();
        CHECK(check.problems().isEmpty());
    }
}

TEST_CASE("the detail pane's Changes tab lists the order's own entries and follows the order")
{
    GuiFixture fixture(GuiFixture::Contents::Empty, at("2025-04-01 07:00"));
    AuditData data(fixture);
    const auto& d = data;

    SECTION("the tab, its entries oldest first and the newest one's changes")
    {
        gui::WorkOrderDetail detail(*fixture.session);
        auto* tabs = child<QTabWidget>(detail, "detailTabs");
        REQUIRE(tabs->count() == 2);
        CHECK(tabs->tabText(1) == QStringLiteral("Changes"));
        detail.showOrder(d.leak.header.id);
        auto* tab = detail.changesView();
        REQUIRE(tab);
        tests::ModelCheck check(tab->model());
        CHECK(rowsOf(*tab->model()) == std::vector<std::string>{
                                           d.entry(kDesk, "work_order", d.leak.header.code, AuditAction::Create),
                                           d.entry(kSupervisor, "work_order", d.leak.header.code, AuditAction::Update),
                                           d.entry(kDesk, "work_order", d.leak.header.code, AuditAction::Update),
                                       });
        // Time, user, action and summary; the record's type, key and site go without saying.
        auto* table = tab->entryView();
        CHECK_FALSE(table->isColumnHidden(gui::AuditModel::Time));
        CHECK_FALSE(table->isColumnHidden(gui::AuditModel::User));
        CHECK_FALSE(table->isColumnHidden(gui::AuditModel::Action));
        CHECK_FALSE(table->isColumnHidden(gui::AuditModel::Summary));
        CHECK(table->isColumnHidden(gui::AuditModel::Record));
        CHECK(table->isColumnHidden(gui::AuditModel::Site));
        CHECK(table->isColumnHidden(gui::AuditModel::Entity));
        // The arrival is selected, with what it changed.
        const auto* changes = tab->changesModel();
        std::set<QString> fields;
        for (int row = 0; row < changes->rowCount(); ++row) {
            fields.insert(changes->index(row, 0).data(gui::AuditChangesModel::StoredValueRole).toString());
        }
        CHECK(fields.count(QStringLiteral("arrived_at")) == 1);
        CHECK(fields.count(QStringLiteral("status")) == 1);

        // An older entry the user picked stays picked when the order is read again.
        tab->entryView()->selectRow(0);
        CHECK(changes->rowCount() >= 5); // the order logged: every field that has a value
        detail.showOrder(d.leak.header.id);
        REQUIRE(tab->entryView()->selectionModel()->selectedRows().size() == 1);
        CHECK(tab->entryView()->selectionModel()->selectedRows().front().row() == 0);

        detail.showOrder(d.door.header.id);
        CHECK(rowsOf(*tab->model()) ==
              std::vector<std::string>{d.entry(kDesk, "work_order", d.door.header.code, AuditAction::Create)});
        detail.showOrder(std::nullopt);
        CHECK(tab->model()->rowCount() == 0);
        CHECK(check.problems().isEmpty());
    }
    SECTION("the front desk sees an order's changes too, though not the whole trail")
    {
        actAs(fixture, kDesk);
        gui::WorkOrderDetail detail(*fixture.session);
        detail.showOrder(d.light.header.id);
        CHECK(detail.changesView()->model()->rowCount() == 2);
        CHECK(detail.changesView()->model()->errorText().isEmpty());

        gui::AuditView view(*fixture.session);
        CHECK(view.model()->rowCount() == 0);
        CHECK_FALSE(view.model()->errorText().isEmpty());
        CHECK(child<QLabel>(view, "statusLabel")->text() == view.model()->errorText());
    }
    SECTION("in the history, a change to the selected order shows up in its tab")
    {
        gui::HistoryView history(*fixture.session, nullptr);
        history.show();
        REQUIRE(history.selectOrder(d.leak.header.id));
        const auto* model = history.detail()->changesView()->model();
        CHECK(model->rowCount() == 3);
        actAs(fixture, kDesk);
        fixture.clock.set(at("2025-04-05 16:30"));
        REQUIRE(fixture.workspace().workOrders().complete(d.leak.header.id, "换了阀门"));
        fixture.session->notifyOrdersChanged();
        REQUIRE(tests::waitFor([&] { return model->rowCount() == 4; }));
        CHECK(model->entry(3).user == "张前台");
        CHECK((model->entry(3).at == at("2025-04-05 16:30")));
        // The newest entry (the completion) is the one whose changes are shown.
        const auto* changes = history.detail()->changesView()->changesModel();
        bool completed = false;
        for (int row = 0; row < changes->rowCount(); ++row) {
            completed = completed || changes->index(row, 0).data(gui::AuditChangesModel::StoredValueRole) ==
                                         QStringLiteral("completed_at");
        }
        CHECK(completed);
    }
}

TEST_CASE("the audit view reads the trail again when the orders change while it is hidden, once shown")
{
    GuiFixture fixture(GuiFixture::Contents::Empty, at("2025-04-01 07:00"));
    AuditData data(fixture);
    gui::AuditView view(*fixture.session);
    const int before = view.model()->rowCount();
    actAs(fixture, kDesk);
    logOrder(fixture, "7-7-707", Category::Electrical, "跳闸");
    actAs(fixture, kManager);
    fixture.session->notifyOrdersChanged();
    QTest::qWait(10);
    CHECK(view.model()->rowCount() == before); // hidden: not read yet
    view.show();
    REQUIRE(tests::waitFor([&] { return view.model()->rowCount() == before + 1; }));
    CHECK(view.model()->entry(0).user == "张前台");
}

TEST_CASE("audit keys and stored values read as the rest of the interface")
{
    const auto shanghai = tests::zone();
    CHECK(gui::auditValueText("dispatched_at", "2025-04-02T01:05:00Z", shanghai) ==
          gui::formatAuditTime(at("2025-04-02 09:05"), shanghai));
    CHECK(gui::auditValueText("status", "on_hold", shanghai) == gui::statusLabel(domain::WorkOrderStatus::OnHold));
    CHECK(gui::auditValueText("category", "plumbing", shanghai) == gui::categoryLabel(Category::Plumbing));
    CHECK(gui::auditValueText("work_start", "30600", shanghai) == QStringLiteral("08:30"));
    CHECK(gui::auditValueText("active", "no", shanghai) == QStringLiteral("No"));
    CHECK(gui::auditValueText("location", "3-2-1502", shanghai) == QStringLiteral("3-2-1502"));
    CHECK(gui::auditValueText("location", "", shanghai).isEmpty());
    CHECK(gui::auditValueText("holds", "2025-04-02T01:00:00Z/2025-04-02T02:00:00Z 等配件; 2025-04-03T01:00:00Z/",
                              shanghai) ==
          gui::formatAuditTime(at("2025-04-02 09:00"), shanghai) + QStringLiteral(" – ") +
              gui::formatAuditTime(at("2025-04-02 10:00"), shanghai) + QStringLiteral(" 等配件\n") +
              gui::formatAuditTime(at("2025-04-03 09:00"), shanghai) + QStringLiteral(" –"));
    CHECK(gui::auditValueText("satisfaction", "5", shanghai) == QStringLiteral("5 ") + gui::satisfactionLabel(5));
    // Summaries name events and roles by their labels; the stored details stay as they are.
    using domain::EventKind;
    CHECK(gui::auditSummaryText("logged") == gui::eventLabel(EventKind::Logged));
    CHECK(gui::auditSummaryText("dispatched: 王师傅") ==
          gui::eventLabel(EventKind::Dispatched) + QStringLiteral(": 王师傅"));
    CHECK(gui::auditSummaryText("hold: parts: a valve") ==
          gui::eventLabel(EventKind::HoldStarted) + QStringLiteral(": parts: a valve"));
    CHECK(gui::auditSummaryText("manager") == gui::roleLabel(Role::Manager));
    CHECK(gui::auditSummaryText("阳光花园") == QStringLiteral("阳光花园"));
    CHECK(gui::auditSummaryText("note: 王师傅") == QStringLiteral("note: 王师傅")); // not an event key
    // Keys of a newer release are shown as they are.
    CHECK(gui::auditFieldLabel("frobnication") == QStringLiteral("frobnication"));
    CHECK(gui::auditEntityLabel("invoice") == QStringLiteral("invoice"));
    CHECK(gui::auditFieldLabel("technician") == QStringLiteral("Technician"));
}

TEST_CASE("the audit trail's names are in Chinese")
{
    tests::LanguageScope chinese(QStringLiteral("zh_CN"));
    CHECK(gui::auditEntityLabel("work_order") == QStringLiteral("工单"));
    CHECK(gui::auditEntityLabel("session") == QStringLiteral("登录"));
    CHECK(gui::auditActionLabel(AuditAction::Update) == QStringLiteral("修改"));
    CHECK(gui::auditActionLabel(AuditAction::SignInFailed) == QStringLiteral("登录失败"));
    CHECK(gui::auditFieldLabel("technician") == QStringLiteral("维修人员"));
    CHECK(gui::auditFieldLabel("dispatched_at") == QStringLiteral("派工时间"));
    CHECK(gui::auditFieldLabel("frobnication") == QStringLiteral("frobnication"));
    CHECK(gui::auditSummaryText("dispatched: 王师傅") == QStringLiteral("派工：王师傅"));
    CHECK(gui::auditSummaryText("wrong name or password (3 in a row)") ==
          QStringLiteral("登录名或密码错误（连续第 3 次）"));
    CHECK(gui::auditSummaryText("front_desk account") == gui::roleLabel(Role::FrontDesk) + QStringLiteral("账号"));
    // Every summary template keeps its placeholders in Chinese.
    for (const QString& english : gui::auditSummaryTemplates()) {
        const QString chinese = QCoreApplication::translate("AuditSummary", english.toUtf8().constData());
        INFO(english.toStdString());
        CHECK(chinese != english);
        for (const auto* placeholder : {"%1", "%2", "%3"}) {
            CHECK(chinese.contains(QLatin1String(placeholder)) == english.contains(QLatin1String(placeholder)));
        }
    }
    // No two entities, actions or fields share a name.
    std::set<QString> entities;
    for (const auto entity : gui::auditEntities()) {
        CHECK(gui::auditEntityLabel(entity) != gui::qs(entity));
        entities.insert(gui::auditEntityLabel(entity));
    }
    CHECK(entities.size() == gui::auditEntities().size());
    std::set<QString> actions;
    using A = AuditAction;
    for (const auto action :
         {A::Create, A::Update, A::Delete, A::SignIn, A::SignInFailed, A::SignOut, A::Backup, A::Restore}) {
        actions.insert(gui::auditActionLabel(action));
    }
    CHECK(actions.size() == 8);

    GuiFixture fixture(GuiFixture::Contents::Empty, at("2025-04-01 07:00"));
    AuditData data(fixture);
    gui::WorkOrderDetail detail(*fixture.session);
    CHECK(child<QTabWidget>(detail, "detailTabs")->tabText(1) == QStringLiteral("变更记录"));
    gui::AuditView view(*fixture.session);
    CHECK(view.model()->headerData(gui::AuditModel::Entity, Qt::Horizontal).toString() == QStringLiteral("记录类型"));
    CHECK(child<QComboBox>(view, "userFilter")->itemText(0) == QStringLiteral("全部用户"));
}
