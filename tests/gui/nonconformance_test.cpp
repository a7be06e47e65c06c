// The nonconformance board through the widgets (issue #7): a daily sheet signed with two failures raises two
// nonconformances due by the end of the day; one is rectified and verified on the board, the other is
// overdue in red once the day is over. A nonconformance cannot be closed before its rectification is
// verified, and a failed verification sends it back to open.

#include "domain/inspection.h"
#include "gui/dailysheetview.h"
#include "gui/deadlinecolours.h"
#include "gui/eventtimeedit.h"
#include "gui/inspectionlabels.h"
#include "gui/nonconformanceboard.h"
#include "gui/nonconformanceboardmodel.h"
#include "gui/nonconformancedetail.h"
#include "gui/nonconformancedialogs.h"
#include "gui/preventiveactiondialogs.h"
#include "gui/preventiveactionview.h"
#include "gui/qtconvert.h"
#include "guifixture.h"
#include "services/workspace.h"

#include <QBrush>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace propdesk;
using domain::NcState;
using gui::NonconformanceBoard;
using gui::NonconformanceBoardModel;
using propdesk::tests::at;
using propdesk::tests::GuiFixture;

namespace {

using Model = NonconformanceBoardModel;

QString cell(const QAbstractItemModel* model, int row, int column, int role = Qt::DisplayRole)
{
    return model->data(model->index(row, column), role).toString();
}

QColor background(const QAbstractItemModel* model, int row, int column)
{
    return model->data(model->index(row, column), Qt::BackgroundRole).value<QBrush>().color();
}

// The row whose description contains `text`, or -1.
int rowWith(const QAbstractItemModel* model, const QString& text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (cell(model, row, Model::Description).contains(text)) {
            return row;
        }
    }
    return -1;
}

// The refusals a dialog shows (its red labels), in layout order.
QStringList refusals(QWidget* dialog)
{
    QStringList shown;
    for (auto* label : dialog->findChildren<QLabel*>()) {
        if (label->isVisibleTo(dialog) && label->styleSheet().contains(QLatin1String("#c62828")) &&
            !label->text().isEmpty()) {
            shown << label->text();
        }
    }
    return shown;
}

void rectify(NonconformanceBoard& board, const QString& by, const QString& evidence, const QString& photo = {})
{
    REQUIRE(tests::whileModal<gui::RectifyDialog>(
        [&](gui::RectifyDialog* dialog) {
            dialog->byEdit()->setText(by);
            dialog->evidenceEdit()->setPlainText(evidence);
            if (!photo.isEmpty()) {
                CHECK(dialog->addPhoto(photo));
                CHECK(dialog->photosList()->count() == 1);
            }
            dialog->accept();
            CHECK(refusals(dialog).isEmpty());
            if (dialog->isVisible()) {
                dialog->reject();
            }
        },
        [&] { board.rectifyCurrent(); }));
}

void verify(NonconformanceBoard& board, bool passed, const QString& note)
{
    REQUIRE(tests::whileModal<gui::VerifyDialog>(
        [&](gui::VerifyDialog* dialog) {
            (passed ? dialog->passedButton() : dialog->failedButton())->setChecked(true);
            dialog->noteEdit()->setPlainText(note);
            dialog->accept();
            CHECK(refusals(dialog).isEmpty());
            if (dialog->isVisible()) {
                dialog->reject();
            }
        },
        [&] { board.verifyCurrent(); }));
}

domain::Nonconformance stored(GuiFixture& f, domain::NonconformanceId id)
{
    auto nc = f.workspace().inspections().nonconformance(id);
    REQUIRE(nc);
    REQUIRE(*nc);
    return **nc;
}

} // namespace

TEST_CASE("a daily sheet with two failures puts two nonconformances on the board and the unrectified one turns "
          "overdue in red after the day",
          "[nonconformance]")
{
    GuiFixture f(GuiFixture::Contents::Site, at("2025-04-05 09:00"));

    // The supervisor walks the standard floors of building 1 and fails the first two items.
    gui::DailySheetView sheet(*f.session);
    sheet.setArea(domain::AreaType::StandardFloors);
    sheet.setLocation(QStringLiteral("1栋 3层"));
    sheet.setDate(QDate(2025, 4, 5));
    REQUIRE(sheet.start());
    REQUIRE(sheet.currentSheet());
    const int lines = sheet.linesModel()->rowCount();
    REQUIRE(lines >= 3);
    REQUIRE(sheet.setLine(0, domain::ItemResult::Fail, QStringLiteral("地面有明显污渍")));
    REQUIRE(sheet.setLine(1, domain::ItemResult::Fail, QStringLiteral("消防栓箱有积尘")));
    for (int row = 2; row < lines; ++row) {
        REQUIRE(sheet.setLine(row, domain::ItemResult::Pass));
    }
    REQUIRE(sheet.save());
    f.clock.set(at("2025-04-05 09:40"));
    REQUIRE(sheet.sign());

    NonconformanceBoard board(*f.session);
    tests::ModelCheck check(board.model());
    auto* model = board.model();
    REQUIRE(model->rowCount() == 2);
    const int floorRow = rowWith(model, QStringLiteral("地面有明显污渍"));
    const int doorRow = rowWith(model, QStringLiteral("消防栓箱有积尘"));
    REQUIRE(floorRow >= 0);
    REQUIRE(doorRow >= 0);
    CHECK(cell(model, floorRow, Model::Code) == "NC-2025-0001");
    CHECK(cell(model, doorRow, Model::Code) == "NC-2025-0002");
    for (const int row : {floorRow, doorRow}) {
        CHECK(cell(model, row, Model::Area) == "Standard floors");
        CHECK(cell(model, row, Model::Location) == "1栋 3层");
        CHECK(cell(model, row, Model::Severity) == "Minor");
        CHECK(cell(model, row, Model::State) == "Open");
        CHECK(cell(model, row, Model::Raised) == gui::formatInstant(at("2025-04-05 09:40"), tests::zone()));
        // Same day: the deadline is the end of the sheet's day.
        CHECK(cell(model, row, Model::Deadline) == gui::formatInstant(at("2025-04-05 23:59"), tests::zone()));
        CHECK(cell(model, row, Model::TimeLeft) == "14 h 19 min left");
        CHECK_FALSE(model->data(model->index(row, 0), Model::OverdueRole).toBool());
    }
    CHECK(board.summary()->text() == "Open nonconformances: 2 · overdue: 0");

    // 10:30 the cleaner mops the floor again; the supervisor checks it at 11:00.
    const auto floorId =
        domain::NonconformanceId{model->data(model->index(floorRow, 0), Model::NonconformanceIdRole).toLongLong()};
    const auto doorId =
        domain::NonconformanceId{model->data(model->index(doorRow, 0), Model::NonconformanceIdRole).toLongLong()};
    board.selectNonconformance(floorId);
    CHECK(board.rectifyButton()->isEnabled());
    CHECK_FALSE(board.verifyButton()->isEnabled());
    CHECK_FALSE(board.closeButton()->isEnabled());
    f.clock.set(at("2025-04-05 10:30"));
    QImage after(64, 48, QImage::Format_RGB32);
    after.fill(Qt::lightGray);
    const QString photo = gui::fromPath(f.dir.file("after-mopping.png"));
    REQUIRE(after.save(photo));
    rectify(board, QStringLiteral("保洁员王芳"), QStringLiteral("已重新拖洗，地面无污渍"), photo);
    CHECK(board.currentNonconformance()->id == floorId);
    CHECK(board.currentNonconformance()->state == NcState::Rectified);
    CHECK(board.verifyButton()->isEnabled());
    CHECK_FALSE(board.rectifyButton()->isEnabled());
    f.clock.set(at("2025-04-05 11:00"));
    verify(board, true, QString());
    CHECK(board.currentNonconformance()->state == NcState::Verified);
    CHECK(board.closeButton()->isEnabled());
    const auto floor = stored(f, floorId);
    CHECK(floor.state == NcState::Verified);
    CHECK(floor.rectifiedBy == "保洁员王芳");
    CHECK(floor.rectifiedAt == at("2025-04-05 10:30"));
    CHECK(floor.verifiedAt == at("2025-04-05 11:00"));
    CHECK(floor.verifiedBy == "测试员");
    // The detail pane lists the history: raised, rectified, verified.
    auto* events = board.detail()->eventsTable();
    REQUIRE(events->rowCount() == 3);
    CHECK(events->item(0, 1)->text() == gui::ncEventLabel(domain::NcEventKind::Raised));
    CHECK(events->item(1, 1)->text() == gui::ncEventLabel(domain::NcEventKind::Rectified));
    CHECK(events->item(1, 2)->text() == "保洁员王芳");
    CHECK(events->item(2, 1)->text() == gui::ncEventLabel(domain::NcEventKind::VerificationPassed));
    // With the photo of the result.
    REQUIRE(floor.evidencePhotos.size() == 1);
    CHECK(floor.evidencePhotos.front().fileName == "after-mopping.png");
    auto* photos = board.detail()->photosList();
    REQUIRE(photos->count() == 1);
    CHECK(photos->item(0)->text() == "after-mopping.png");
    CHECK_FALSE(photos->item(0)->icon().isNull());

    // Past midnight the dusty hydrant is still open: overdue, in red.
    f.clock.set(at("2025-04-06 00:30"));
    board.boardModel()->refreshClock();
    const int door = board.boardModel()->rowOf(doorId);
    const int floorNow = board.boardModel()->rowOf(floorId);
    REQUIRE(door >= 0);
    REQUIRE(floorNow >= 0);
    // The open one first, then the one waiting to be closed.
    CHECK(door == 0);
    CHECK(floorNow == 1);
    CHECK(model->data(model->index(door, 0), Model::OverdueRole).toBool());
    CHECK(cell(model, door, Model::State) == "Open");
    CHECK(cell(model, door, Model::TimeLeft) == "overdue by 30 min");
    const QColor red = gui::ncStateColour(NcState::Open, true);
    CHECK(red == QColor(0xf8, 0xb4, 0xb4));
    for (int column = 0; column < Model::ColumnCount; ++column) {
        CHECK(background(model, door, column) == red);
    }
    CHECK(model->data(model->index(door, Model::TimeLeft), Qt::ForegroundRole).value<QBrush>().color() ==
          gui::deadlineForeground(services::DeadlineState::Overdue).value<QBrush>().color());
    CHECK_FALSE(model->data(model->index(floorNow, 0), Model::OverdueRole).toBool());
    CHECK(cell(model, floorNow, Model::State) == "Verified");
    CHECK(cell(model, floorNow, Model::TimeLeft) == "rectified on time");
    CHECK(background(model, floorNow, Model::State) == gui::ncStateColour(NcState::Verified, false));
    CHECK(board.summary()->text() == "Open nonconformances: 2 · overdue: 1");
    CHECK(check.problems().isEmpty());
}

TEST_CASE("a nonconformance cannot be closed before its rectification is verified and a failed verification "
          "reopens it",
          "[nonconformance]")
{
    GuiFixture f(GuiFixture::Contents::Site, at("2025-04-05 09:00"));
    NonconformanceBoard board(*f.session);
    tests::ModelCheck check(board.model());
    CHECK(board.model()->rowCount() == 0);
    board.show();
    CHECK(board.raiseButton()->isVisible());

    // A severe one found on a walk: raised by hand with the default deadline (the end of today).
    REQUIRE(tests::whileModal<gui::RaiseNonconformanceDialog>(
        [&](gui::RaiseNonconformanceDialog* dialog) {
            dialog->areaCombo()->setCurrentIndex(
                dialog->areaCombo()->findData(static_cast<int>(domain::AreaType::RefusePoints)));
            dialog->locationEdit()->setText(QStringLiteral("3栋垃圾房"));
            dialog->descriptionEdit()->setPlainText(QStringLiteral("垃圾未清运，有异味"));
            dialog->severityCombo()->setCurrentIndex(
                dialog->severityCombo()->findData(static_cast<int>(domain::Severity::Severe)));
            dialog->accept();
            CHECK(refusals(dialog).isEmpty());
            if (dialog->isVisible()) {
                dialog->reject();
            }
        },
        [&] { board.raiseNonconformance(); }));
    auto* model = board.model();
    REQUIRE(model->rowCount() == 1);
    CHECK(cell(model, 0, Model::Area) == "Refuse points");
    CHECK(cell(model, 0, Model::Severity) == "Severe");
    CHECK(cell(model, 0, Model::State) == "Open");
    REQUIRE(board.currentNonconformance());
    const auto id = board.currentNonconformance()->id;
    CHECK(board.currentNonconformance()->reportRequired);

    // The cause is found; no contractor is on the books, so nobody is assigned.
    REQUIRE(tests::whileModal<gui::AssignNonconformanceDialog>(
        [&](gui::AssignNonconformanceDialog* dialog) {
            REQUIRE(dialog->contractorCombo()->count() == 1);
            dialog->causeEdit()->setText(QStringLiteral("周末清运车未到"));
            dialog->accept();
            CHECK(refusals(dialog).isEmpty());
            if (dialog->isVisible()) {
                dialog->reject();
            }
        },
        [&] { board.assignCurrent(); }));
    CHECK(stored(f, id).cause == "周末清运车未到");
    CHECK(stored(f, id).contractor == std::nullopt);
    CHECK(cell(model, 0, Model::Contractor) == "—");

    // Rectified at 10:00: closing is not offered, and asked for anyway the service refuses it.
    f.clock.set(at("2025-04-05 10:00"));
    rectify(board, QStringLiteral("保洁组长李强"), QStringLiteral("已清运并冲洗"));
    CHECK(stored(f, id).state == NcState::Rectified);
    CHECK_FALSE(board.closeButton()->isEnabled());
    QStringList shown;
    bool stillOpen = false;
    REQUIRE(tests::whileModal<gui::CloseNonconformanceDialog>(
        [&](gui::CloseNonconformanceDialog* dialog) {
            dialog->accept();
            stillOpen = dialog->isVisible();
            shown = refusals(dialog);
            dialog->reject();
        },
        [&] { board.closeCurrent(); }));
    CHECK(stillOpen);
    REQUIRE(shown.size() == 1);
    CHECK_FALSE(shown.front().isEmpty());
    CHECK(stored(f, id).state == NcState::Rectified);
    CHECK(cell(model, 0, Model::State) == "Rectified");

    // A failed verification needs its reason, beside the note.
    f.clock.set(at("2025-04-05 10:20"));
    shown.clear();
    REQUIRE(tests::whileModal<gui::VerifyDialog>(
        [&](gui::VerifyDialog* dialog) {
            dialog->failedButton()->setChecked(true);
            dialog->accept();
            stillOpen = dialog->isVisible();
            shown = refusals(dialog);
            dialog->reject();
        },
        [&] { board.verifyCurrent(); }));
    CHECK(stillOpen);
    CHECK(shown.size() == 1);
    CHECK(stored(f, id).state == NcState::Rectified);

    // The bins are still smelly: verification fails and the nonconformance is open again.
    verify(board, false, QStringLiteral("垃圾桶未清洗，仍有异味"));
    auto nc = stored(f, id);
    CHECK(nc.state == NcState::Open);
    CHECK(nc.events.back().kind == domain::NcEventKind::VerificationFailed);
    CHECK(nc.events.back().note == "垃圾桶未清洗，仍有异味");
    CHECK(cell(model, 0, Model::State) == "Open");
    CHECK(board.rectifyButton()->isEnabled());
    CHECK_FALSE(board.verifyButton()->isEnabled());
    CHECK(board.detail()->eventsTable()->rowCount() == 3);
    CHECK(board.detail()->eventsTable()->item(2, 1)->text() ==
          gui::ncEventLabel(domain::NcEventKind::VerificationFailed));

    // Rectified again and verified: a severe one still needs its corrective action report to close.
    f.clock.set(at("2025-04-05 11:00"));
    rectify(board, QStringLiteral("保洁组长李强"), QStringLiteral("垃圾桶已清洗消毒"));
    f.clock.set(at("2025-04-05 11:30"));
    verify(board, true, QString());
    CHECK(stored(f, id).state == NcState::Verified);
    REQUIRE(board.closeButton()->isEnabled());
    shown.clear();
    REQUIRE(tests::whileModal<gui::CloseNonconformanceDialog>(
        [&](gui::CloseNonconformanceDialog* dialog) {
            dialog->accept();
            stillOpen = dialog->isVisible();
            shown = refusals(dialog);
            dialog->reject();
        },
        [&] { board.closeCurrent(); }));
    CHECK(stillOpen);
    CHECK(shown.size() == 1);
    CHECK(stored(f, id).state == NcState::Verified);

    REQUIRE(tests::whileModal<gui::CorrectiveActionDialog>(
        [&](gui::CorrectiveActionDialog* dialog) {
            dialog->causeAnalysisEdit()->setPlainText(QStringLiteral("周末清运班次不足"));
            dialog->actionEdit()->setPlainText(QStringLiteral("周末增加一次清运"));
            dialog->ownerEdit()->setText(QStringLiteral("保洁主管"));
            dialog->accept();
            CHECK(refusals(dialog).isEmpty());
            if (dialog->isVisible()) {
                dialog->reject();
            }
        },
        [&] { board.reportCurrent(); }));
    REQUIRE(stored(f, id).report);
    CHECK(stored(f, id).report->owner == "保洁主管");

    f.clock.set(at("2025-04-05 12:00"));
    REQUIRE(tests::whileModal<gui::CloseNonconformanceDialog>(
        [&](gui::CloseNonconformanceDialog* dialog) {
            dialog->noteEdit()->setPlainText(QStringLiteral("已落实"));
            dialog->accept();
            CHECK(refusals(dialog).isEmpty());
            if (dialog->isVisible()) {
                dialog->reject();
            }
        },
        [&] { board.closeCurrent(); }));
    CHECK(stored(f, id).state == NcState::Closed);
    CHECK(stored(f, id).closedAt == at("2025-04-05 12:00"));
    // Closed, it leaves the open board; the board shows them all to keep it selected.
    CHECK(board.stateFilter()->currentIndex() == 1);
    REQUIRE(board.currentNonconformance());
    CHECK(board.currentNonconformance()->state == NcState::Closed);
    board.stateFilter()->setCurrentIndex(0);
    CHECK(model->rowCount() == 0);

    // The cause it revealed becomes a preventive action, and later it is done.
    board.stateFilter()->setCurrentIndex(1);
    board.selectNonconformance(id);
    REQUIRE(tests::whileModal<gui::PreventiveActionDialog>(
        [&](gui::PreventiveActionDialog* dialog) {
            CHECK(dialog->fromCombo()->currentData().toLongLong() == id.value);
            dialog->causeEdit()->setText(QStringLiteral("节假日垃圾量增加"));
            dialog->actionEdit()->setPlainText(QStringLiteral("节假日前与清运公司确认加班"));
            dialog->ownerEdit()->setText(QStringLiteral("保洁主管"));
            dialog->accept();
            CHECK(refusals(dialog).isEmpty());
            if (dialog->isVisible()) {
                dialog->reject();
            }
        },
        [&] { board.preventiveActions()->addAction(); }));
    auto* actions = board.preventiveActions()->table();
    REQUIRE(actions->rowCount() == 1);
    CHECK(actions->item(0, gui::PreventiveActionView::Cause)->text() == "节假日垃圾量增加");
    CHECK(actions->item(0, gui::PreventiveActionView::From)->text() == "NC-2025-0001");
    CHECK(actions->item(0, gui::PreventiveActionView::Status)->text() == "Open");
    actions->setCurrentCell(0, 0);
    REQUIRE(tests::whileModal<gui::CompletePreventiveActionDialog>(
        [&](gui::CompletePreventiveActionDialog* dialog) {
            dialog->noteEdit()->setPlainText(QStringLiteral("已与清运公司签订补充协议"));
            dialog->accept();
            CHECK(refusals(dialog).isEmpty());
            if (dialog->isVisible()) {
                dialog->reject();
            }
        },
        [&] { board.preventiveActions()->completeAction(); }));
    CHECK(actions->item(0, gui::PreventiveActionView::Status)->text() ==
          "Done " + gui::formatInstant(at("2025-04-05 12:00"), tests::zone()));
    CHECK(check.problems().isEmpty());
}

TEST_CASE("the nonconformance board offers no actions to the front desk", "[nonconformance]")
{
    GuiFixture f(GuiFixture::Contents::Site, at("2025-04-05 09:00"));
    f.addAccount("frontdesk", "前台小张", domain::Role::FrontDesk);
    f.signIn("frontdesk");
    NonconformanceBoard board(*f.session);
    board.show();
    for (auto* button : {board.raiseButton(), board.assignButton(), board.rectifyButton(), board.verifyButton(),
                         board.closeButton(), board.reportButton()}) {
        CHECK_FALSE(button->isVisible());
    }
}
