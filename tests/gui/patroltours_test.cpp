// Today's guard tours through the widgets (issue #6): the rounds of a route with their live status, a scan
// entered by hand, the status moving on as the clock passes the window, a device file imported (twice), and
// the route editor saving a new route and refusing one without checkpoints.

#include "domain/security.h"
#include "gui/eventtimeedit.h"
#include "gui/patrolroutedialog.h"
#include "gui/patrolroutesview.h"
#include "gui/patroltoursdialogs.h"
#include "gui/patroltoursmodel.h"
#include "gui/patroltoursview.h"
#include "gui/qtconvert.h"
#include "gui/securitylabels.h"
#include "guifixture.h"
#include "services/workspace.h"

#include <QBrush>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace propdesk;
using gui::PatrolToursModel;
using propdesk::tests::at;
using propdesk::tests::GuiFixture;
using O = rules::RoundOutcome;

namespace {

// Route A: three checkpoints, two rounds in the middle shift (planned 15:00 and 19:00), 45 minutes each,
// ± 10 minutes.
void addRoute(GuiFixture& f)
{
    domain::PatrolRoute route;
    route.code = "A";
    route.name = "东区巡更";
    route.effectiveFrom = domain::Date{date::year{2025} / 4 / 1};
    for (const char* code : {"A1", "A2", "A3"}) {
        domain::Checkpoint c;
        c.code = code;
        c.name = std::string("东区") + code;
        route.checkpoints.push_back(c);
    }
    route.roundsPerShift = {{"middle", 2}};
    auto saved = f.workspace().security().saveRoute("HQ", route);
    INFO((saved ? std::string() : saved.error().describe()));
    REQUIRE(saved);
}

QString cell(const PatrolToursModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

TEST_CASE("the tours show each round's live status and a scan recorded by hand", "[patrol]")
{
    GuiFixture f(GuiFixture::Contents::Site, at("2025-04-05 15:20"));
    addRoute(f);
    gui::PatrolToursView view(*f.session);
    auto* model = view.model();
    tests::ModelCheck check(model);
    REQUIRE(model->rowCount() == 2);
    CHECK(cell(model, 0, PatrolToursModel::Shift) == "Middle");
    CHECK(cell(model, 0, PatrolToursModel::Route) == "东区巡更");
    CHECK(cell(model, 0, PatrolToursModel::Round) == "1 of 2");
    CHECK(cell(model, 0, PatrolToursModel::Planned) == "15:00");
    CHECK(cell(model, 1, PatrolToursModel::Planned) == "19:00");
    CHECK(model->round(0).outcome == O::InProgress);
    CHECK(model->round(1).outcome == O::Upcoming);
    CHECK(cell(model, 1, PatrolToursModel::Outcome) == gui::roundOutcomeLabel(O::Upcoming));

    // 15:05 at A1, entered by hand at 15:20.
    REQUIRE(tests::whileModal<gui::RecordScanDialog>(
        [&](gui::RecordScanDialog* dialog) {
            REQUIRE(dialog->checkpointCombo()->count() == 3);
            dialog->checkpointCombo()->setCurrentIndex(dialog->checkpointCombo()->findData("A1"));
            dialog->guardEdit()->setText(QStringLiteral("王保安"));
            dialog->timeEdit()->setInstant(at("2025-04-05 15:05"));
            dialog->accept();
            CHECK_FALSE(dialog->isVisible());
        },
        [&] { view.recordScan(); }));
    CHECK(cell(model, 0, PatrolToursModel::Visited) == "1 / 3");
    CHECK(cell(model, 0, PatrolToursModel::Started) == "15:05");
    CHECK(cell(model, 0, PatrolToursModel::Guard) == "王保安");
    CHECK(cell(model, 0, PatrolToursModel::Missed) == "A2, A3");

    // The window closes at 15:55; the next tick after it shows the round incomplete, in red.
    f.clock.set(at("2025-04-05 15:56"));
    view.refresh();
    CHECK(model->round(0).outcome == O::Incomplete);
    CHECK(cell(model, 0, PatrolToursModel::Outcome) == gui::roundOutcomeLabel(O::Incomplete));
    CHECK(model->index(0, PatrolToursModel::Outcome).data(Qt::BackgroundRole).value<QBrush>().color() ==
          gui::roundOutcomeColour(O::Incomplete));
    CHECK(check.problems().isEmpty());
}

TEST_CASE("a scan of a checkpoint on no route is refused beside the checkpoint", "[patrol]")
{
    GuiFixture f(GuiFixture::Contents::Site, at("2025-04-05 15:20"));
    addRoute(f);
    gui::PatrolToursView view(*f.session);
    bool stillOpen = false;
    REQUIRE(tests::whileModal<gui::RecordScanDialog>(
        [&](gui::RecordScanDialog* dialog) {
            dialog->checkpointCombo()->setCurrentIndex(0);
            dialog->guardEdit()->clear();
            dialog->accept();
            stillOpen = dialog->isVisible();
            dialog->reject();
        },
        [&] { view.recordScan(); }));
    CHECK(stillOpen);
    CHECK(view.model()->round(0).visited == 0);
}

TEST_CASE("a device file is imported once: its rows complete a round and a second import stores nothing", "[patrol]")
{
    GuiFixture f(GuiFixture::Contents::Site, at("2025-04-05 20:00"));
    addRoute(f);
    const auto file = f.dir.file("tour.csv");
    {
        QFile out(gui::fromPath(file));
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("巡更点编号,巡更人员,巡更时间\n"
                  "A1,王保安,2025-04-05 19:02\n"
                  "A2,王保安,2025-04-05 19:15\n"
                  "A3,王保安,2025-04-05 19:31\n"
                  "X9,王保安,2025-04-05 19:40\n");
    }
    gui::PatrolToursView view(*f.session);
    {
        gui::PatrolImportDialog dialog(*f.session);
        REQUIRE(dialog.setFile(gui::fromPath(file)));
        REQUIRE(dialog.plan());
        CHECK(dialog.plan()->valid.size() == 3);
        CHECK(dialog.plan()->rejected.size() == 1);
        REQUIRE(dialog.issuesTable()->rowCount() == 1);
        CHECK(dialog.issuesTable()->item(0, 0)->text() == "5");
        // The header's columns are offered by name.
        CHECK(dialog.checkpointColumn()->findData(QStringLiteral("巡更点编号")) > 0);
        CHECK(dialog.summaryLabel()->text() == "4 rows read: 3 ready to import, 1 rejected.");
        REQUIRE(dialog.importValid());
        REQUIRE(dialog.result());
        CHECK(dialog.result()->stored == 3);
        CHECK(dialog.result()->alreadyStored == 0);
    }
    REQUIRE(view.model()->rowCount() == 2);
    CHECK(view.model()->round(1).outcome == O::Complete);
    CHECK(cell(view.model(), 1, PatrolToursModel::Visited) == "3 / 3");
    CHECK(view.model()->round(0).outcome == O::NotStarted);
    {
        gui::PatrolImportDialog dialog(*f.session);
        REQUIRE(dialog.setFile(gui::fromPath(file)));
        REQUIRE(dialog.importValid());
        CHECK(dialog.result()->stored == 0);
        CHECK(dialog.result()->alreadyStored == 3);
    }
}

TEST_CASE("the route editor saves a new route and refuses one without checkpoints", "[patrol]")
{
    GuiFixture f(GuiFixture::Contents::Site, at("2025-04-05 10:00"));
    gui::PatrolRoutesView routes(*f.session);
    CHECK(routes.table()->rowCount() == 0);

    bool refused = false;
    REQUIRE(tests::whileModal<gui::PatrolRouteDialog>(
        [&](gui::PatrolRouteDialog* dialog) {
            dialog->codeEdit()->setText("B");
            dialog->nameEdit()->setText(QStringLiteral("地库巡更"));
            REQUIRE(dialog->roundsSpin("night"));
            dialog->roundsSpin("night")->setValue(4);
            dialog->accept();
            refused = dialog->isVisible();
            dialog->addCheckpoint("B1", QStringLiteral("地库入口"), QStringLiteral("B1 层"));
            dialog->addCheckpoint("B2", QStringLiteral("配电房"), QStringLiteral("B2 层"));
            dialog->accept();
        },
        [&] { routes.newRoute(); }));
    CHECK(refused);
    REQUIRE(routes.table()->rowCount() == 1);
    CHECK(routes.table()->item(0, 0)->text() == "B");
    CHECK(routes.table()->item(0, 3)->text() == "2 checkpoints");
    CHECK(routes.table()->item(0, 4)->text() == "Night 4");
    auto stored = f.workspace().security().routes("HQ");
    REQUIRE(stored);
    REQUIRE(stored->size() == 1);
    CHECK(stored->front().checkpoints.at(1).name == "配电房");
    CHECK(stored->front().roundsPerShift == std::vector<std::pair<std::string, int>>{{"night", 4}});
}

TEST_CASE("the front desk sees the tours and routes but may not record or change them", "[patrol]")
{
    GuiFixture f(GuiFixture::Contents::Site, at("2025-04-05 15:20"));
    addRoute(f);
    f.addAccount("desk", "前台", domain::Role::FrontDesk);
    f.signIn("desk");
    gui::PatrolToursView tours(*f.session);
    gui::PatrolRoutesView routes(*f.session);
    CHECK(tours.model()->rowCount() == 2);
    CHECK(routes.table()->rowCount() == 1);
    CHECK_FALSE(tours.findChild<QPushButton*>("recordScanButton")->isVisibleTo(&tours));
    CHECK_FALSE(tours.findChild<QPushButton*>("importButton")->isVisibleTo(&tours));
    CHECK_FALSE(routes.findChild<QPushButton*>("newRouteButton")->isVisibleTo(&routes));
}
