// The month's security roster through the widgets, as the security supervisor works it: generated from the
// squads' rotation, a swap and a leave entered on selected cells, the conflicts listed beside the grid (a
// click selects the cell), a double booking refusing to publish until a substitute clears it, publishing
// with the warnings confirmed, and the printed sheet on A4 landscape.

#include "frontdeskdriver.h"
#include "gui/desktop.h"
#include "gui/mainwindow.h"
#include "gui/rosterconflictmodel.h"
#include "gui/rosterdialogs.h"
#include "gui/rostermodel.h"
#include "gui/rostersheet.h"
#include "gui/rosterview.h"
#include "gui/securitypage.h"
#include "gui/securitysetupview.h"
#include "guifixture.h"
#include "services/workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextDocument>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace propdesk;
using propdesk::tests::at;
using propdesk::tests::GuiFixture;
using Module = gui::MainWindow::Module;

namespace {

constexpr auto kApril = date::year{2025} / date::April;

// Three squads of four guards, who rotate forward on the 1st, 11st and 21st from April 2025, and a spare
// guard in no squad.
struct Team
{
    std::vector<std::vector<domain::StaffId>> squads;
    domain::StaffId spare;
    std::vector<std::string> names;
};

Team addTeam(GuiFixture& fixture, const std::string& site = "HQ")
{
    auto& ws = fixture.workspace();
    const std::vector<std::vector<std::string>> names{
        {"张伟", "王强", "李军", "赵磊"}, {"刘洋", "陈刚", "杨勇", "黄涛"}, {"周斌", "吴昊", "徐亮", "孙鹏"}};
    Team team;
    auto setup = ws.security().setup(site);
    REQUIRE(setup);
    const std::vector<std::string> squadNames{"护卫一班", "护卫二班", "护卫三班"};
    for (std::size_t s = 0; s < names.size(); ++s) {
        domain::Squad squad;
        squad.code = std::to_string(s + 1);
        squad.name = squadNames[s];
        for (const auto& name : names[s]) {
            domain::StaffMember member;
            member.name = name;
            member.trade = "秩序维护";
            auto added = ws.staff().add(site, member);
            REQUIRE(added);
            squad.guards.push_back(added->id);
            team.names.push_back(name);
        }
        team.squads.push_back(squad.guards);
        setup->squads.push_back(squad);
    }
    domain::StaffMember spare;
    spare.name = "马超";
    spare.trade = "秩序维护";
    auto added = ws.staff().add(site, spare);
    REQUIRE(added);
    team.spare = added->id;
    setup->rotation.anchor = date::year{2025} / date::April / 1;
    auto saved = ws.security().saveSetup(site, *setup);
    INFO((saved ? std::string() : saved.error().describe()));
    REQUIRE(saved);
    fixture.session->notifyStaffChanged();
    fixture.session->notifySecurityChanged();
    return team;
}

domain::SlotKey slot(unsigned day, const char* shift, const char* post)
{
    domain::SlotKey key;
    key.day = kApril / date::day{day};
    key.shift = shift;
    key.post = post;
    return key;
}

QString text(const gui::RosterModel& model, const domain::SlotKey& key)
{
    const QModelIndex index = model.indexOf(key);
    REQUIRE(index.isValid());
    return index.data().toString();
}

void select(gui::RosterView& view, const std::vector<domain::SlotKey>& keys)
{
    auto* selection = view.grid()->selectionModel();
    selection->clearSelection();
    for (const auto& key : keys) {
        const QModelIndex index = view.model()->indexOf(key);
        REQUIRE(index.isValid());
        selection->select(index, QItemSelectionModel::Select);
    }
}

// Opens the edit dialog with `open`, writes the note, picks the guard (by name; empty: leave the choice)
// and presses OK; returns what the dialog shows as refusal, empty when it closed.
QString editSlot(const std::function<void()>& open, const QString& note, const QString& guard = {})
{
    QString refusal;
    const bool driven = tests::whileModal<gui::RosterEditDialog>(
        [&](gui::RosterEditDialog* dialog) {
            dialog->noteEdit()->setPlainText(note);
            if (!guard.isEmpty()) {
                REQUIRE(dialog->guardBox());
                const int index = dialog->guardBox()->findText(guard);
                REQUIRE(index >= 0);
                dialog->guardBox()->setCurrentIndex(index);
            }
            dialog->accept();
            if (dialog->isVisible()) {
                for (auto* label : dialog->findChildren<QLabel*>()) {
                    if (label->isVisible() && label->styleSheet().contains(QStringLiteral("c62828"))) {
                        refusal += label->text();
                    }
                }
                dialog->reject();
            }
        },
        open);
    REQUIRE(driven);
    return refusal;
}

// Clicks the button of the given role on the message box the view has open; returns the box's text.
QString answer(QWidget* view, QMessageBox::ButtonRole role)
{
    auto* box = view->findChild<QMessageBox*>();
    REQUIRE(box);
    const QString shown = box->text() + QLatin1Char('\n') + box->informativeText();
    QAbstractButton* chosen = nullptr;
    for (auto* button : box->buttons()) {
        if (box->buttonRole(button) == role) {
            chosen = button;
        }
    }
    REQUIRE(chosen);
    chosen->click();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return shown;
}

int pdfPages(const QString& file)
{
    QFile pdf(file);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    return static_cast<int>(QString::fromLatin1(bytes).count(page));
}

} // namespace

TEST_CASE("a roster is generated edited checked and published from the grid")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at("2025-03-25 10:00"));
    const Team team = addTeam(fixture);
    gui::RosterView view(*fixture.session);
    view.resize(1400, 800);
    tests::ModelCheck gridCheck(view.model());
    view.setMonth(kApril);
    auto& model = *view.model();

    // Before generation: the month's days, the posts of each shift, nothing in them.
    REQUIRE(model.rowCount() == 30);
    REQUIRE(model.columnCount() == 12);
    CHECK(model.headerData(0, Qt::Horizontal).toString() == QStringLiteral("Early\nLobby"));
    CHECK(model.headerData(11, Qt::Horizontal).toString() == QStringLiteral("Night\nGate"));
    CHECK(view.statusLabel()->text().contains(QStringLiteral("No roster")));
    auto* generate = view.findChild<QPushButton*>(QStringLiteral("rosterGenerate"));
    auto* publish = view.findChild<QPushButton*>(QStringLiteral("rosterPublish"));
    REQUIRE(generate);
    REQUIRE(publish);
    CHECK(generate->isEnabled());
    CHECK_FALSE(publish->isEnabled());

    // Generated: squad 1 early, squad 2 middle, squad 3 night from the 1st, moving forward on the 11th.
    view.generate();
    REQUIRE(model.roster());
    CHECK(model.roster()->roster.status == domain::RosterStatus::Draft);
    CHECK(view.statusLabel()->text().contains(QStringLiteral("Draft")));
    CHECK(text(model, slot(1, "early", "lobby")) == QStringLiteral("张伟"));
    CHECK(text(model, slot(1, "early", "gate")) == QStringLiteral("赵磊"));
    CHECK(text(model, slot(1, "middle", "patrol")) == QStringLiteral("陈刚"));
    CHECK(text(model, slot(10, "night", "lobby")) == QStringLiteral("周斌"));
    CHECK(text(model, slot(11, "early", "lobby")) == QStringLiteral("周斌"));
    CHECK(text(model, slot(11, "middle", "lobby")) == QStringLiteral("张伟"));
    CHECK(text(model, slot(21, "night", "car_park")) == QStringLiteral("李军"));
    CHECK(model.index(0, 0).data(Qt::BackgroundRole) != model.index(0, 4).data(Qt::BackgroundRole));
    CHECK(model.index(0, 0).data(gui::RosterModel::EditedRole).toBool() == false);

    // Night into early on a rotation day leaves the squad no rest: warnings, listed beside the grid.
    const auto& generated = model.roster()->conflicts;
    REQUIRE(generated.size() == 8);
    CHECK(view.conflictModel()->rowCount() == 8);
    CHECK(view.conflictModel()->blockingCount() == 0);
    CHECK(view.conflictModel()->index(0, gui::RosterConflictModel::Kind).data().toString() ==
          QStringLiteral("Short rest"));
    CHECK(view.conflictModel()->index(0, gui::RosterConflictModel::Guard).data().toString() == QStringLiteral("周斌"));

    // Generating again asks before replacing the draft; cancelling keeps it.
    view.generate();
    CHECK(answer(&view, QMessageBox::RejectRole).contains(QStringLiteral("Replace the draft")));
    CHECK(model.roster()->roster.status == domain::RosterStatus::Draft);

    // A swap of two posts of the same shift.
    select(view, {slot(5, "early", "lobby"), slot(5, "early", "gate")});
    auto* swapButton = view.findChild<QPushButton*>(QStringLiteral("rosterSwap"));
    REQUIRE(swapButton->isEnabled());
    CHECK(editSlot([&] { view.swap(); }, QStringLiteral("张伟腿伤，换到道口岗")).isEmpty());
    CHECK(text(model, slot(5, "early", "lobby")) == QStringLiteral("赵磊 ") + gui::RosterModel::editMark());
    CHECK(text(model, slot(5, "early", "gate")) == QStringLiteral("张伟 ") + gui::RosterModel::editMark());
    const QString tip = model.indexOf(slot(5, "early", "lobby")).data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(QStringLiteral("Swap")));
    CHECK(tip.contains(QStringLiteral("张伟腿伤，换到道口岗")));

    // A leave without a note is refused in the dialog; with one, the post stays empty: a warning.
    select(view, {slot(6, "early", "patrol")});
    CHECK_FALSE(editSlot([&] { view.leave(); }, QString()).isEmpty());
    CHECK(text(model, slot(6, "early", "patrol")) == QStringLiteral("王强"));
    CHECK(editSlot([&] { view.leave(); }, QStringLiteral("王强事假一天")).isEmpty());
    CHECK(text(model, slot(6, "early", "patrol")) == QStringLiteral("— ") + gui::RosterModel::editMark());
    REQUIRE(view.conflictModel()->rowCount() == 9);

    // Clicking the empty post's conflict selects its cell.
    int emptyRow = -1;
    for (int row = 0; row < view.conflictModel()->rowCount(); ++row) {
        if (view.conflictModel()->conflict(view.conflictModel()->index(row, 0))->kind ==
            domain::RosterConflictKind::EmptyPost) {
            emptyRow = row;
        }
    }
    REQUIRE(emptyRow >= 0);
    CHECK(view.conflictModel()->index(emptyRow, gui::RosterConflictModel::Kind).data().toString() ==
          QStringLiteral("Empty post"));
    view.conflictsView()->clicked(view.conflictModel()->index(emptyRow, 0));
    CHECK(view.grid()->currentIndex() == model.indexOf(slot(6, "early", "patrol")));

    // 李军 also on the gate that morning: a double booking, which refuses publishing.
    select(view, {slot(7, "early", "gate")});
    CHECK(editSlot([&] { view.substitute(); }, QStringLiteral("赵磊调休"), QStringLiteral("李军")).isEmpty());
    REQUIRE(view.conflictModel()->blockingCount() == 1);
    REQUIRE(publish->isEnabled());
    view.publish();
    CHECK(answer(&view, QMessageBox::AcceptRole).contains(QStringLiteral("cannot be published")));
    CHECK(model.roster()->roster.status == domain::RosterStatus::Draft);

    // The spare guard clears it.
    select(view, {slot(7, "early", "gate")});
    CHECK(editSlot([&] { view.substitute(); }, QStringLiteral("赵磊调休，马超替班"), QStringLiteral("马超")).isEmpty());
    CHECK(view.conflictModel()->blockingCount() == 0);
    CHECK(text(model, slot(7, "early", "gate")) == QStringLiteral("马超 ") + gui::RosterModel::editMark());

    // Publishing lists the warnings and asks; cancelling keeps the draft, confirming publishes.
    view.publish();
    const QString question = answer(&view, QMessageBox::RejectRole);
    CHECK(question.contains(QStringLiteral("Warnings (9):")));
    CHECK(question.contains(QStringLiteral("Empty post")));
    CHECK(question.contains(QStringLiteral("Short rest")));
    CHECK(model.roster()->roster.status == domain::RosterStatus::Draft);
    fixture.clock.set(at("2025-03-26 09:30"));
    view.publish();
    answer(&view, QMessageBox::AcceptRole);
    REQUIRE(model.roster()->roster.status == domain::RosterStatus::Published);
    CHECK(view.statusLabel()->text().contains(QStringLiteral("Published")));
    CHECK(view.statusLabel()->text().contains(QStringLiteral("测试员")));
    CHECK_FALSE(publish->isEnabled());
    CHECK_FALSE(generate->isEnabled());
    auto stored = fixture.workspace().security().roster("HQ", kApril);
    REQUIRE(stored);
    REQUIRE(*stored);
    CHECK((*stored)->roster.status == domain::RosterStatus::Published);
    CHECK((*stored)->roster.publishedBy == "测试员");

    // The sheet: one A4 landscape page, the edits marked and listed with their notes.
    auto sheet = view.sheet();
    REQUIRE(sheet);
    const QString html = sheet->html();
    CHECK(html.contains(QStringLiteral("张伟腿伤，换到道口岗")));
    CHECK(html.contains(QStringLiteral("王强事假一天")));
    CHECK(html.contains(QStringLiteral("Security supervisor (signature):")));
    CHECK(html.contains(QStringLiteral("07:00–15:00")));
    CHECK(html.contains(QStringLiteral("23:00–07:00")));
    CHECK(html.count(QStringLiteral("<sup>") + gui::RosterModel::editMark()) == 2 * 4);
    const QString pdf = QString::fromStdString(fixture.dir.file("roster.pdf").string());
    REQUIRE(sheet->writePdf(pdf));
    CHECK(pdfPages(pdf) == 1);
    CHECK(sheet->document(gui::RosterSheet::pageLayout())->pageCount() == 1);
    CHECK(gridCheck.problems().isEmpty());
}

TEST_CASE("a sheet with many edits runs its notes on to a second page")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at("2025-03-25 10:00"));
    addTeam(fixture);
    auto& security = fixture.workspace().security();
    REQUIRE(security.generateRoster("HQ", kApril));
    for (unsigned day = 1; day <= 30; ++day) {
        for (const char* shift : {"early", "middle"}) {
            REQUIRE(security.markLeave("HQ", kApril, slot(day, shift, "car_park"), std::nullopt,
                                       "车场岗本月试行无人值守，由道口岗兼顾，详见项目部通知第十二号"));
        }
    }
    gui::RosterView view(*fixture.session);
    tests::ModelCheck conflictCheck(view.conflictModel());
    view.setMonth(kApril);
    CHECK(view.conflictModel()->rowCount() == static_cast<int>(view.model()->roster()->conflicts.size()));
    CHECK(conflictCheck.problems().isEmpty());
    auto sheet = view.sheet();
    REQUIRE(sheet);
    const QString pdf = QString::fromStdString(fixture.dir.file("roster.pdf").string());
    REQUIRE(sheet->writePdf(pdf));
    CHECK(pdfPages(pdf) == 2);
}

TEST_CASE("the security module opens with ctrl 4 and its tabs")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at("2025-03-25 10:00"));
    const auto window = gui::createMainWindow(*fixture.session);
    auto* page = qobject_cast<gui::SecurityPage*>(window->page(Module::Patrol));
    REQUIRE(page);
    CHECK(gui::MainWindow::moduleTitle(Module::Patrol) == QStringLiteral("Security"));
    QStringList titles;
    for (int i = 0; i < page->tabs()->count(); ++i) {
        titles << page->tabs()->tabText(i);
    }
    CHECK(titles == QStringList{QStringLiteral("Roster"), QStringLiteral("Tours"), QStringLiteral("Handovers"),
                                QStringLiteral("Duty log"), QStringLiteral("Spot checks"), QStringLiteral("Set-up")});
    QAction* show = nullptr;
    for (auto* action : window->findChildren<QAction*>()) {
        if (action->text() == QStringLiteral("Security")) {
            show = action;
        }
    }
    REQUIRE(show);
    CHECK(show->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_4));
}

TEST_CASE("a front desk clerk sees the roster without its edits")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at("2025-03-25 10:00"));
    addTeam(fixture);
    REQUIRE(fixture.workspace().security().generateRoster("HQ", kApril));
    fixture.addAccount("desk", "前台小王", domain::Role::FrontDesk);
    fixture.signIn("desk");
    gui::RosterView view(*fixture.session);
    view.setMonth(kApril);
    REQUIRE(view.model()->roster());
    CHECK(view.findChild<QPushButton*>(QStringLiteral("rosterGenerate"))->isHidden());
    CHECK(view.findChild<QPushButton*>(QStringLiteral("rosterPublish"))->isHidden());
    CHECK(view.findChild<QPushButton*>(QStringLiteral("rosterPrint"))->isEnabled());
}

// Screenshots of the roster, its conflicts and the set-up over a demo-like month, and the printed sheet, in
// English and Chinese. Hidden: run it on purpose with
//
//   PROPDESK_SECURITY_SHOTS=DIR test_gui "[security-shots]"
//
// which writes DIR/security-roster-<language>.png, security-conflicts-<language>.png,
// security-setup-<language>.png and security-roster-sheet-<language>.pdf.
TEST_CASE("screenshots of the roster and its sheet", "[.][security-shots]")
{
    REQUIRE(qEnvironmentVariableIsSet("PROPDESK_SECURITY_SHOTS"));
    const QString dir = qEnvironmentVariable("PROPDESK_SECURITY_SHOTS");
    QDir().mkpath(dir);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        tests::LanguageScope scope(language);
        GuiFixture fixture(GuiFixture::Contents::Empty, at("2025-03-24 09:00"));
        fixture.addSite("SUN", "阳光花园");
        const Team team = addTeam(fixture, "SUN");
        auto& security = fixture.workspace().security();
        REQUIRE(security.generateRoster("SUN", kApril));
        REQUIRE(security.swapSlots("SUN", kApril, slot(5, "early", "lobby"), slot(5, "early", "gate"),
                                   "张伟腿伤，换到道口岗"));
        REQUIRE(security.markLeave("SUN", kApril, slot(14, "night", "patrol"), team.spare, "徐亮婚假"));
        REQUIRE(security.substituteGuard("SUN", kApril, slot(22, "middle", "car_park"), team.spare,
                                         "周斌陪护家人，马超替班"));
        REQUIRE(
            security.markLeave("SUN", kApril, slot(27, "early", "patrol"), std::nullopt, "王强病假，岗位由班长兼顾"));

        gui::RosterView view(*fixture.session);
        view.resize(1500, 860);
        view.setMonth(kApril);
        view.show();
        QCoreApplication::processEvents();
        CHECK(view.grab().save(dir + QStringLiteral("/security-conflicts-%1.png").arg(language)));

        fixture.clock.set(at("2025-03-25 17:40"));
        REQUIRE(security.publish("SUN", kApril, true));
        fixture.session->notifySecurityChanged();
        view.selectSlot(slot(5, "early", "lobby"));
        QCoreApplication::processEvents();
        CHECK(view.grab().save(dir + QStringLiteral("/security-roster-%1.png").arg(language)));
        auto sheet = view.sheet();
        REQUIRE(sheet);
        REQUIRE(sheet->writePdf(dir + QStringLiteral("/security-roster-sheet-%1.pdf").arg(language)));

        gui::SecuritySetupView setup(*fixture.session);
        setup.resize(1500, 860);
        setup.show();
        setup.squadsTable()->setCurrentCell(1, 0);
        QCoreApplication::processEvents();
        CHECK(setup.grab().save(dir + QStringLiteral("/security-setup-%1.png").arg(language)));
    }
}
