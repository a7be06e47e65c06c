// Screenshots of the audit viewer and of an order's Changes tab over a few dozen real entries, in English and
// Chinese, for looking at the layout. Hidden: run it on purpose with
//
//   PROPDESK_AUDIT_SHOTS=DIR [PROPDESK_AUDIT_QM=extra.qm] test_gui "[audit-shots]"
//
// which writes DIR/audit-view-<language>.png and DIR/audit-detail-<language>.png. PROPDESK_AUDIT_QM names a
// catalogue installed over PropDesk's own (translations not merged into it yet).

#include "gui/auditmodel.h"
#include "gui/auditview.h"
#include "gui/historyview.h"
#include "gui/workorderdetail.h"
#include "guifixture.h"
#include "services/userservice.h"
#include "services/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QTabWidget>
#include <QTableView>
#include <QTranslator>

#include <catch2/catch.hpp>

#include <memory>
#include <string>

using namespace propdesk;
using propdesk::tests::at;
using propdesk::tests::GuiFixture;

namespace {

domain::User person(const std::string& name, domain::Role role)
{
    domain::User user;
    user.name = name;
    user.role = role;
    return user;
}

struct Scene
{
    explicit Scene(GuiFixture& f)
    {
        auto& ws = f.workspace();
        const auto as = [&](const domain::User& user, const char* when) {
            ws.context().user = user;
            f.clock.set(at(when));
        };
        const auto manager = person("王经理", domain::Role::Manager);
        const auto supervisor = person("李主管", domain::Role::Supervisor);
        const auto desk = person("张前台", domain::Role::FrontDesk);
        const auto desk2 = person("赵晓燕", domain::Role::FrontDesk);
        const auto admin = person("系统管理员", domain::Role::Admin);

        as(manager, "2025-04-01 08:00");
        site = f.addSite("SUN", "阳光花园");
        as(manager, "2025-04-01 08:10");
        REQUIRE(ws.staff().add("SUN", domain::StaffMember{{}, {}, "王师傅", "13900001111", "水电", true}));
        REQUIRE(ws.staff().add("SUN", domain::StaffMember{{}, {}, "李师傅", "13900002222", "土建", true}));
        auto chen = ws.staff().add("SUN", domain::StaffMember{{}, {}, "陈师傅", "13900003333", "电梯", true});
        REQUIRE(chen);
        as(manager, "2025-04-01 08:20");
        chen->active = false;
        chen->phone = "13900004444";
        REQUIRE(ws.staff().update(*chen));

        const auto log = [&](const char* location, domain::Category category, const char* what) {
            services::NewWorkOrder request;
            request.siteCode = "SUN";
            request.location = location;
            request.category = category;
            request.reporter = "业主";
            request.phone = "13800001111";
            request.description = what;
            auto order = ws.workOrders().log(request);
            INFO((order ? std::string() : order.error().describe()));
            REQUIRE(order);
            return order->header.id;
        };
        using C = domain::Category;
        auto& orders = ws.workOrders();
        as(desk, "2025-04-02 09:00");
        leak = log("3-2-1502", C::Plumbing, "厨房水管漏水，楼下天花板有水渍");
        as(supervisor, "2025-04-02 09:05");
        REQUIRE(orders.dispatch(leak, "王师傅"));
        as(desk2, "2025-04-02 09:40");
        const auto light = log("5-1-301", C::Lighting, "楼道灯不亮");
        as(desk, "2025-04-02 09:42");
        REQUIRE(orders.arrive(leak));
        as(desk, "2025-04-02 10:15");
        REQUIRE(orders.hold(leak, "等配件：角阀"));
        as(supervisor, "2025-04-02 10:30");
        REQUIRE(orders.dispatch(light, "李师傅"));
        as(desk2, "2025-04-02 14:00");
        const auto door = log("8-2-702", C::DoorsWindows, "阳台推拉门关不严");
        as(desk, "2025-04-03 08:30");
        REQUIRE(orders.resume(leak));
        as(desk, "2025-04-03 09:20");
        REQUIRE(orders.complete(leak, "更换角阀，试水正常"));
        as(desk2, "2025-04-03 10:00");
        const auto lift = log("8号楼电梯", C::Elevator, "电梯异响");
        as(supervisor, "2025-04-03 10:05");
        REQUIRE(orders.dispatch(lift, "王师傅"));
        as(supervisor, "2025-04-03 11:00");
        REQUIRE(orders.cancel(door, "业主自行修好"));
        as(desk, "2025-04-03 16:00");
        REQUIRE(orders.arrive(light));
        as(desk, "2025-04-03 16:40");
        REQUIRE(orders.complete(light, "更换灯泡"));
        as(desk2, "2025-04-04 09:00");
        REQUIRE(orders.revisit(leak, 5, "很满意"));
        as(desk2, "2025-04-04 09:30");
        const auto gas = log("6-3-602", C::Gas, "燃气味");
        as(supervisor, "2025-04-04 09:32");
        REQUIRE(orders.dispatch(gas, "王师傅"));
        as(desk, "2025-04-04 09:45");
        REQUIRE(orders.arrive(gas));
        as(desk, "2025-04-04 11:00");
        log("2-1-101", C::Civil, "外墙渗水");
        log("1-1-1101", C::Hvac, "空调不制冷");

        as(admin, "2025-04-04 17:00");
        services::NewUser account;
        account.name = "zhaoxy";
        account.displayName = "赵晓燕";
        account.role = domain::Role::FrontDesk;
        account.siteCodes = {"SUN"};
        account.password = "correct-horse";
        auto added = ws.users().add(account);
        INFO((added ? std::string() : added.error().describe()));
        REQUIRE(added);
        as(admin, "2025-04-05 08:01");
        CHECK_FALSE(ws.users().signIn("zhaoxy", "wrong-password"));
        as(admin, "2025-04-05 08:02");
        CHECK(ws.users().signIn("zhaoxy", "correct-horse"));

        ws.context().user = manager;
        f.clock.set(at("2025-04-05 16:00"));
        f.session->notifyOrdersChanged();
    }

    domain::Site site;
    domain::WorkOrderId leak;
};

void save(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("PROPDESK_AUDIT_SHOTS");
    QDir().mkpath(dir);
    const QString file = QDir(dir).filePath(name);
    INFO(file.toStdString());
    CHECK(widget.grab().save(file));
}

void shoot(const QString& language)
{
    tests::LanguageScope scope(language);
    std::unique_ptr<QTranslator> extra;
    if (language != QLatin1String("en") && qEnvironmentVariableIsSet("PROPDESK_AUDIT_QM")) {
        extra = std::make_unique<QTranslator>();
        REQUIRE(extra->load(qEnvironmentVariable("PROPDESK_AUDIT_QM")));
        QCoreApplication::installTranslator(extra.get());
    }
    GuiFixture fixture(GuiFixture::Contents::Empty, at("2025-04-01 07:00"));
    Scene scene(fixture);
    {
        gui::AuditView view(*fixture.session);
        view.resize(1280, 760);
        view.show();
        INFO(view.model()->statusText().toStdString());
        REQUIRE(tests::waitFor([&] { return view.model()->rowCount() > 25; }));
        // The supervisor's last dispatch, with what it changed.
        for (int row = 0; row < view.model()->rowCount(); ++row) {
            const auto& e = view.model()->entry(row);
            if (e.user == "李主管" && e.action == domain::AuditAction::Update) {
                REQUIRE(view.selectEntry(e.id));
                break;
            }
        }
        QCoreApplication::processEvents();
        save(view, QStringLiteral("audit-view-%1.png").arg(language));
    }
    {
        gui::HistoryView history(*fixture.session, nullptr);
        history.resize(1280, 760);
        history.show();
        REQUIRE(history.selectOrder(scene.leak));
        auto* tabs = history.detail()->findChild<QTabWidget*>(QStringLiteral("detailTabs"));
        REQUIRE(tabs);
        tabs->setCurrentIndex(1);
        QCoreApplication::processEvents();
        save(history, QStringLiteral("audit-detail-%1.png").arg(language));
        tabs->setCurrentIndex(0);
        QCoreApplication::processEvents();
        save(history, QStringLiteral("audit-detail-timeline-%1.png").arg(language));
        // Narrow, as when the list takes most of the window.
        gui::WorkOrderDetail detail(*fixture.session);
        detail.resize(460, 700);
        detail.showOrder(scene.leak);
        detail.findChild<QTabWidget*>(QStringLiteral("detailTabs"))->setCurrentIndex(1);
        detail.show();
        QCoreApplication::processEvents();
        save(detail, QStringLiteral("audit-detail-narrow-%1.png").arg(language));
    }
    if (extra) {
        QCoreApplication::removeTranslator(extra.get());
    }
}

} // namespace

TEST_CASE("screenshots of the audit trail", "[.][audit-shots]")
{
    REQUIRE(qEnvironmentVariableIsSet("PROPDESK_AUDIT_SHOTS"));
    shoot(QStringLiteral("en"));
    shoot(QStringLiteral("zh_CN"));
}
