// Screenshots of the security team's day (tours, handovers, duty log, spot checks) over a realistic day of
// records, in English and Chinese, for looking at the layout and for docs/images. Hidden: run it on purpose
// with
//
//   PROPDESK_SECURITY_SHOTS=DIR test_gui "[security-day-shots]"
//
// which writes DIR/security-<view>-<language>.png.

#include "domain/security.h"
#include "gui/dutylogview.h"
#include "gui/handoverlogview.h"
#include "gui/patroltoursview.h"
#include "gui/spotcheckview.h"
#include "guifixture.h"
#include "services/workspace.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QTableWidget>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

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

void scene(GuiFixture& f)
{
    auto& ws = f.workspace();
    auto& security = ws.security();
    ws.context().user = person("李主管", domain::Role::Supervisor);
    const char* guards[] = {"张建国", "刘伟", "陈刚", "赵磊", "李明", "孙浩",
                            "周勇",   "吴涛", "王强", "郑斌", "冯军", "何亮"};
    std::vector<domain::StaffId> ids;
    for (const char* name : guards) {
        auto added = ws.staff().add("HQ", domain::StaffMember{{}, {}, name, "13900000000", "秩序维护", true});
        REQUIRE(added);
        ids.push_back(added->id);
    }
    auto setup = security.setup("HQ");
    REQUIRE(setup);
    const char* squadNames[] = {"护卫一班", "护卫二班", "护卫三班"};
    for (std::size_t s = 0; s < 3; ++s) {
        domain::Squad squad;
        squad.code = std::to_string(s + 1);
        squad.name = squadNames[s];
        for (std::size_t g = 0; g < 4; ++g) {
            squad.guards.push_back(ids[s * 4 + g]);
        }
        setup->squads.push_back(squad);
    }
    setup->rotation.anchor = domain::Date{date::year{2025} / 4 / 1};
    auto saved = security.saveSetup("HQ", *setup);
    INFO((saved ? std::string() : saved.error().describe()));
    REQUIRE(saved);

    const auto route = [&](const char* code, const char* name, std::vector<std::pair<std::string, int>> rounds,
                           std::vector<std::pair<const char*, const char*>> points) {
        domain::PatrolRoute r;
        r.code = code;
        r.name = name;
        r.effectiveFrom = domain::Date{date::year{2025} / 3 / 1};
        for (const auto& [c, n] : points) {
            domain::Checkpoint checkpoint;
            checkpoint.code = c;
            checkpoint.name = n;
            r.checkpoints.push_back(checkpoint);
        }
        r.roundsPerShift = std::move(rounds);
        auto done = security.saveRoute("HQ", r);
        INFO((done ? std::string() : done.error().describe()));
        REQUIRE(done);
    };
    route("A", "东区巡更", {{"early", 2}, {"middle", 2}, {"night", 3}},
          {{"A01", "1号楼大堂"}, {"A02", "2号楼东门"}, {"A03", "东区消防通道"}, {"A04", "东门岗亭"}});
    route("B", "地库巡更", {{"middle", 1}, {"night", 2}}, {{"B01", "地库入口"}, {"B02", "配电房"}, {"B03", "水泵房"}});

    const auto handover = [&](const char* shift, const char* out, const char* in, const char* when, bool inSigned,
                              const char* notes, std::vector<std::string> items) {
        services::NewHandover h;
        h.day = domain::Date{date::year{2025} / 4 / 5};
        h.shift = shift;
        h.outgoingLeader = out;
        h.incomingLeader = in;
        h.outgoingSignedAt = at(when);
        if (inSigned) {
            h.incomingSignedAt = at(when);
        }
        h.notes = notes;
        h.newItems = std::move(items);
        auto done = security.recordHandover("HQ", h);
        INFO((done ? std::string() : done.error().describe()));
        REQUIRE(done);
    };
    f.clock.set(at("2025-04-05 07:05"));
    handover("early", "王强", "张建国", "2025-04-05 06:58", true, "对讲机 6 部，钥匙 3 串，岗位正常",
             {"3号楼单元门闭门器损坏"});
    f.clock.set(at("2025-04-05 15:05"));
    handover("middle", "张建国", "李明", "2025-04-05 14:57", false, "对讲机 6 部，访客登记本 1 本",
             {"地库 B2-031 车位停放不明车辆（粤B·7K2Q1）"});

    f.clock.set(at("2025-04-05 20:30"));
    const auto scan = [&](const char* code, const char* guard, const char* when) {
        auto done = security.recordScan("HQ", code, guard, at(when));
        INFO(code << " " << when << " " << (done ? std::string() : done.error().describe()));
        REQUIRE(done);
    };
    // Early: round 1 complete, round 2 one checkpoint missed.
    scan("A01", "张建国", "2025-04-05 07:02");
    scan("A02", "张建国", "2025-04-05 07:12");
    scan("A03", "张建国", "2025-04-05 07:25");
    scan("A04", "张建国", "2025-04-05 07:36");
    scan("A01", "刘伟", "2025-04-05 11:01");
    scan("A02", "刘伟", "2025-04-05 11:14");
    scan("A04", "刘伟", "2025-04-05 11:40");
    // Middle: A round 1 started late, B complete, A round 2 under way.
    scan("A01", "李明", "2025-04-05 15:14");
    scan("A02", "李明", "2025-04-05 15:24");
    scan("A03", "李明", "2025-04-05 15:35");
    scan("A04", "李明", "2025-04-05 15:49");
    scan("B01", "孙浩", "2025-04-05 15:03");
    scan("B02", "孙浩", "2025-04-05 15:15");
    scan("B03", "孙浩", "2025-04-05 15:27");
    scan("A01", "李明", "2025-04-05 19:03");
    scan("A02", "李明", "2025-04-05 19:15");

    const auto entry = [&](domain::DutyEntryKind kind, const char* when, const char* subject, const char* detail,
                           const char* location, std::optional<domain::IncidentType> type = {}) {
        domain::DutyEntry e;
        e.kind = kind;
        e.at = at(when);
        e.subject = subject;
        e.detail = detail;
        e.location = location;
        e.incident = type;
        auto done = security.logEntry("HQ", e);
        INFO((done ? std::string() : done.error().describe()));
        REQUIRE(done);
        return done->id;
    };
    using K = domain::DutyEntryKind;
    const auto v1 = entry(K::Visitor, "2025-04-05 09:12", "刘女士", "3栋1201 探亲", "北门");
    entry(K::Visitor, "2025-04-05 14:40", "顺丰快递 陈师傅", "送件至物业前台", "北门");
    const auto c1 = entry(K::Vehicle, "2025-04-05 10:05", "粤B·3M8X2", "白色面包车，装修材料进场，8栋702", "东门");
    entry(K::Vehicle, "2025-04-05 19:20", "粤B·7K2Q1", "黑色轿车，未登记，停地库 B2-031", "地库入口");
    const auto i1 = entry(K::Incident, "2025-04-05 11:30", "车辆刮擦", "地库两车刮擦，无人受伤", "地库 B2",
                          domain::IncidentType::Violation);
    entry(K::Incident, "2025-04-05 19:50", "高空抛物", "5栋楼下发现碎花盆", "5栋南侧",
          domain::IncidentType::SecurityCase);
    REQUIRE(security.signOut(v1, at("2025-04-05 11:02")));
    REQUIRE(security.signOut(c1, at("2025-04-05 12:30")));
    REQUIRE(security.handleIncident(i1, "联系双方车主到场，拍照留存", "双方协商处理", at("2025-04-05 12:10")));

    const auto check = [&](const char* when, const char* checker, std::vector<std::string> posts,
                           std::vector<domain::SpotCheckFinding> findings, const char* notes) {
        domain::SpotCheck c;
        c.at = at(when);
        c.checker = checker;
        c.posts = std::move(posts);
        c.findings = std::move(findings);
        c.notes = notes;
        auto done = security.recordSpotCheck("HQ", c);
        INFO((done ? std::string() : done.error().describe()));
        REQUIRE(done);
    };
    domain::SpotCheckFinding asleep;
    asleep.post = "gate";
    asleep.finding = "岗亭值班员打瞌睡";
    asleep.corrective = "当场提醒，班长跟进";
    check("2025-04-01 02:15", "王经理", {"lobby", "patrol", "car_park", "gate"}, {asleep}, "");
    check("2025-04-03 01:40", "王经理", {"lobby", "gate"}, {}, "各岗在岗");
    check("2025-04-04 10:20", "李主管", {"lobby", "car_park"}, {}, "日间巡查");
    ws.context().user = person("李主管", domain::Role::Supervisor);
}

void save(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("PROPDESK_SECURITY_SHOTS");
    QDir().mkpath(dir);
    const QString file = QDir(dir).filePath(name);
    INFO(file.toStdString());
    widget.resize(1100, 560);
    widget.show();
    QCoreApplication::processEvents();
    // No selected text in the date field that happens to have the focus.
    if (auto* focus = QApplication::focusWidget()) {
        focus->clearFocus();
    }
    QCoreApplication::processEvents();
    CHECK(widget.grab().save(file));
}

void shoot(const QString& language)
{
    tests::LanguageScope scope(language);
    GuiFixture f(GuiFixture::Contents::Site, at("2025-04-05 06:50"));
    scene(f);
    f.session->notifySecurityChanged();
    {
        gui::PatrolToursView view(*f.session);
        save(view, QStringLiteral("security-tours-%1.png").arg(language));
    }
    {
        gui::HandoverLogView view(*f.session);
        view.changesTable()->setCurrentCell(1, 0);
        save(view, QStringLiteral("security-handover-%1.png").arg(language));
    }
    {
        gui::DutyLogView view(*f.session);
        save(view, QStringLiteral("security-dutylog-%1.png").arg(language));
    }
    {
        gui::SpotCheckView view(*f.session);
        save(view, QStringLiteral("security-spotchecks-%1.png").arg(language));
    }
}

} // namespace

TEST_CASE("screenshots of the security team's day", "[.][security-day-shots]")
{
    REQUIRE(qEnvironmentVariableIsSet("PROPDESK_SECURITY_SHOTS"));
    shoot(QStringLiteral("en"));
    shoot(QStringLiteral("zh_CN"));
}
