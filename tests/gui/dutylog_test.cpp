// The duty log and the spot checks through the widgets (issue #6): a visitor logged and signed out, an
// incident refused without its type, logged, then handled; the kind filter; a night spot check with a
// finding counted against the month's target, a day check not.

#include "domain/security.h"
#include "gui/dutylogdialogs.h"
#include "gui/dutylogmodel.h"
#include "gui/dutylogview.h"
#include "gui/eventtimeedit.h"
#include "gui/qtconvert.h"
#include "gui/securitylabels.h"
#include "gui/spotcheckdialog.h"
#include "gui/spotcheckview.h"
#include "guifixture.h"
#include "services/workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace propdesk;
using gui::DutyLogModel;
using propdesk::tests::at;
using propdesk::tests::GuiFixture;

namespace {

QString cell(const DutyLogModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

QString visibleError(QWidget* dialog)
{
    QStringList shown;
    for (auto* label : dialog->findChildren<QLabel*>()) {
        if (label->isVisibleTo(dialog) && label->styleSheet().contains("#c62828")) {
            shown << label->text();
        }
    }
    return shown.join("|");
}

} // namespace

TEST_CASE("a visitor is logged and signed out and an incident is logged and handled", "[dutylog]")
{
    GuiFixture f(GuiFixture::Contents::Site, at("2025-04-05 09:30"));
    gui::DutyLogView view(*f.session);
    auto* model = view.model();
    tests::ModelCheck check(model);
    CHECK(model->rowCount() == 0);

    REQUIRE(tests::whileModal<gui::DutyEntryDialog>(
        [&](gui::DutyEntryDialog* dialog) {
            dialog->subjectEdit()->setText(QStringLiteral("刘女士"));
            dialog->detailEdit()->setPlainText(QStringLiteral("3栋1201 探亲"));
            dialog->locationEdit()->setText(QStringLiteral("北门"));
            dialog->accept();
        },
        [&] { view.logEntry(domain::DutyEntryKind::Visitor); }));
    REQUIRE(model->rowCount() == 1);
    CHECK(cell(model, 0, DutyLogModel::Kind) == gui::dutyEntryKindLabel(domain::DutyEntryKind::Visitor));
    CHECK(cell(model, 0, DutyLogModel::Subject) == "刘女士");
    CHECK(cell(model, 0, DutyLogModel::Out) == "still inside");
    CHECK(model->stillInside() == 1);

    f.clock.set(at("2025-04-05 10:15"));
    REQUIRE(view.selectEntry(model->entry(0).id));
    REQUIRE(view.signOut());
    REQUIRE(model->entry(0).leftAt);
    CHECK(*model->entry(0).leftAt == at("2025-04-05 10:15"));
    CHECK(model->stillInside() == 0);

    // An incident needs its type: the refusal shows in the dialog, which stays open.
    f.clock.set(at("2025-04-05 11:00"));
    QString refusal;
    REQUIRE(tests::whileModal<gui::DutyEntryDialog>(
        [&](gui::DutyEntryDialog* dialog) {
            dialog->subjectEdit()->setText(QStringLiteral("车辆刮擦"));
            dialog->accept();
            REQUIRE(dialog->isVisible());
            refusal = visibleError(dialog);
            dialog->typeCombo()->setCurrentIndex(
                dialog->typeCombo()->findData(static_cast<int>(domain::IncidentType::Violation)));
            dialog->detailEdit()->setPlainText(QStringLiteral("地库 B2-031 车位两车刮擦"));
            dialog->accept();
            CHECK_FALSE(dialog->isVisible());
        },
        [&] { view.logEntry(domain::DutyEntryKind::Incident); }));
    CHECK(refusal == "give the type of incident");
    REQUIRE(model->rowCount() == 2);
    CHECK(cell(model, 1, DutyLogModel::Out) == "not handled");
    CHECK(model->unhandled() == 1);

    f.clock.set(at("2025-04-05 11:40"));
    REQUIRE(view.selectEntry(model->entry(1).id));
    REQUIRE(tests::whileModal<gui::HandleIncidentDialog>(
        [&](gui::HandleIncidentDialog* dialog) {
            dialog->handlingEdit()->setPlainText(QStringLiteral("联系双方车主到场，拍照留存"));
            dialog->outcomeEdit()->setPlainText(QStringLiteral("双方协商处理"));
            dialog->accept();
        },
        [&] { view.handleIncident(); }));
    CHECK(model->unhandled() == 0);
    const int incident = model->rowOf(model->entry(1).id);
    CHECK(cell(model, incident, DutyLogModel::Handling) == "联系双方车主到场，拍照留存");
    CHECK(cell(model, incident, DutyLogModel::Outcome) == "双方协商处理");
    CHECK(cell(model, incident, DutyLogModel::Out) == gui::formatInstant(at("2025-04-05 11:40"), tests::zone()));

    // Only the incidents.
    view.kindCombo()->setCurrentIndex(view.kindCombo()->findData(static_cast<int>(domain::DutyEntryKind::Incident)));
    REQUIRE(model->rowCount() == 1);
    CHECK(cell(model, 0, DutyLogModel::Subject) == "车辆刮擦");
    CHECK(check.problems().isEmpty());
}

TEST_CASE("a night spot check counts against the month's target and a day check does not", "[spotcheck]")
{
    GuiFixture f(GuiFixture::Contents::Site, at("2025-04-05 16:00"));
    gui::SpotCheckView view(*f.session);
    CHECK(view.targetLabel()->text() == "Night spot checks in 2025-04: 0 of 4 required · 0 checks in all");

    REQUIRE(tests::whileModal<gui::SpotCheckDialog>(
        [&](gui::SpotCheckDialog* dialog) {
            dialog->checkerEdit()->setText(QStringLiteral("王经理"));
            dialog->timeEdit()->setInstant(at("2025-04-05 02:10"));
            CHECK(dialog->nightLabel()->text().startsWith("During the night shift"));
            dialog->setVisited("lobby", true);
            dialog->setVisited("gate", true, QStringLiteral("岗亭无人"), QStringLiteral("已电话召回，记过一次"));
            dialog->accept();
            CHECK_FALSE(dialog->isVisible());
        },
        [&] { view.recordCheck(); }));
    REQUIRE(view.checks().size() == 1);
    CHECK(view.checks().front().night);
    CHECK(view.checks().front().posts == std::vector<std::string>{"lobby", "gate"});
    REQUIRE(view.checks().front().findings.size() == 1);
    CHECK(view.checks().front().findings.front().corrective == "已电话召回，记过一次");
    CHECK(view.table()->item(0, 2)->text() == "Night");
    CHECK(view.table()->item(0, 4)->text() == "Gate: 岗亭无人 → 已电话召回，记过一次");

    REQUIRE(tests::whileModal<gui::SpotCheckDialog>(
        [&](gui::SpotCheckDialog* dialog) {
            dialog->timeEdit()->setInstant(at("2025-04-05 10:00"));
            CHECK(dialog->nightLabel()->text().startsWith("Not during the night shift"));
            dialog->setVisited("car_park", true);
            dialog->accept();
        },
        [&] { view.recordCheck(); }));
    CHECK(view.checks().size() == 2);
    CHECK(view.nightChecks() == 1);
    CHECK(view.targetLabel()->text() == "Night spot checks in 2025-04: 1 of 4 required · 2 checks in all");
}
