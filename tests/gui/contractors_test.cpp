// The contractor page through the widgets (issue #7): a cleaning contractor added with its fee in yuan; the
// third written warning within twelve months raises the red "may terminate" flag, which goes when the first
// warning leaves the rolling year; a deduction from this month's fee; a pest-control operator signing in
// without a licence number is refused beside the field.

#include "domain/inspection.h"
#include "gui/contractordialogs.h"
#include "gui/contractorsview.h"
#include "gui/pestvisitdialogs.h"
#include "gui/pestvisitview.h"
#include "gui/qtconvert.h"
#include "guifixture.h"
#include "services/workspace.h"

#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace propdesk;
using gui::ContractorsView;
using propdesk::tests::at;
using propdesk::tests::GuiFixture;

namespace {

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

QString text(QTableWidget* table, int row, int column)
{
    const auto* item = table->item(row, column);
    return item ? item->text() : QString();
}

void addContractor(ContractorsView& view, const QString& name, domain::ContractorService service, double fee)
{
    REQUIRE(tests::whileModal<gui::ContractorDialog>(
        [&](gui::ContractorDialog* dialog) {
            dialog->nameEdit()->setText(name);
            dialog->serviceCombo()->setCurrentIndex(dialog->serviceCombo()->findData(static_cast<int>(service)));
            dialog->feeEdit()->setValue(fee);
            dialog->startEdit()->setDate(QDate(2024, 1, 1));
            dialog->endEdit()->setDate(QDate(2026, 12, 31));
            dialog->contactEdit()->setText(QStringLiteral("陈经理"));
            dialog->phoneEdit()->setText(QStringLiteral("13800138000"));
            dialog->accept();
            CHECK(refusals(dialog).isEmpty());
            if (dialog->isVisible()) {
                dialog->reject();
            }
        },
        [&] { view.addContractor(); }));
}

void warn(ContractorsView& view, const QDate& on, const QString& reason)
{
    REQUIRE(tests::whileModal<gui::WarningDialog>(
        [&](gui::WarningDialog* dialog) {
            dialog->dateEdit()->setDate(on);
            dialog->reasonEdit()->setPlainText(reason);
            dialog->accept();
            CHECK(refusals(dialog).isEmpty());
            if (dialog->isVisible()) {
                dialog->reject();
            }
        },
        [&] { view.issueWarning(); }));
}

} // namespace

TEST_CASE("the third written warning within twelve months flags the contractor as one that may be terminated",
          "[contractors]")
{
    GuiFixture f(GuiFixture::Contents::Site, at("2025-04-05 10:00"));
    ContractorsView view(*f.session);
    view.show();
    auto* standings = view.standingsTable();
    CHECK(standings->rowCount() == 0);

    // A nameless contractor is refused beside the name.
    QStringList shown;
    bool stillOpen = false;
    REQUIRE(tests::whileModal<gui::ContractorDialog>(
        [&](gui::ContractorDialog* dialog) {
            dialog->accept();
            stillOpen = dialog->isVisible();
            shown = refusals(dialog);
            dialog->reject();
        },
        [&] { view.addContractor(); }));
    CHECK(stillOpen);
    CHECK(shown.size() == 1);
    CHECK(standings->rowCount() == 0);

    addContractor(view, QStringLiteral("洁美保洁服务公司"), domain::ContractorService::Cleaning, 36000.0);
    REQUIRE(standings->rowCount() == 1);
    CHECK(text(standings, 0, ContractorsView::Name) == "洁美保洁服务公司");
    CHECK(text(standings, 0, ContractorsView::Service) == "Cleaning");
    CHECK(text(standings, 0, ContractorsView::Fee) == "36,000.00");
    CHECK(text(standings, 0, ContractorsView::Warnings) == "0 of 3");
    CHECK(text(standings, 0, ContractorsView::Deducted) == "—");
    auto contractors = f.workspace().inspections().contractors("HQ");
    REQUIRE(contractors);
    REQUIRE(contractors->size() == 1);
    CHECK(contractors->front().monthlyFee == 3'600'000);

    standings->setCurrentCell(0, 0);
    warn(view, QDate(2024, 6, 1), QStringLiteral("大堂连续三天未按时清洁"));
    warn(view, QDate(2025, 1, 10), QStringLiteral("垃圾房未日产日清"));
    CHECK(text(standings, 0, ContractorsView::Warnings) == "2 of 3");
    CHECK_FALSE(view.terminationBanner()->isVisibleTo(&view));
    CHECK(standings->item(0, ContractorsView::Warnings)->background().style() == Qt::NoBrush);

    warn(view, QDate(2025, 4, 5), QStringLiteral("月检保洁率低于 98%"));
    CHECK(text(standings, 0, ContractorsView::Warnings) == "3 · may terminate");
    CHECK(standings->item(0, ContractorsView::Warnings)->background().color() == QColor(0xf8, 0xb4, 0xb4));
    CHECK(standings->item(0, ContractorsView::Warnings)->foreground().color() == QColor(0x9b, 0x00, 0x00));
    REQUIRE(view.terminationBanner()->isVisibleTo(&view));
    CHECK(view.terminationBanner()->text().contains("洁美保洁服务公司"));
    auto* warnings = view.warningsTable();
    REQUIRE(warnings->rowCount() == 3);
    CHECK(text(warnings, 0, 0) == QLocale().toString(QDate(2025, 4, 5), QLocale::ShortFormat)); // newest first
    CHECK(text(warnings, 0, 3) == "月检保洁率低于 98%");
    CHECK(text(warnings, 2, 0) == QLocale().toString(QDate(2024, 6, 1), QLocale::ShortFormat));

    // 2 June 2025: the June 2024 warning has left the rolling year; the flag goes.
    f.clock.set(at("2025-06-02 09:00"));
    view.reload();
    CHECK(text(standings, 0, ContractorsView::Warnings) == "2 of 3");
    CHECK_FALSE(view.terminationBanner()->isVisibleTo(&view));
    REQUIRE(warnings->rowCount() == 3);
    CHECK(warnings->item(2, 0)->foreground().color() == QColor(0x75, 0x75, 0x75));
    CHECK(warnings->item(0, 0)->foreground().style() == Qt::NoBrush);
}

TEST_CASE("a deduction in yuan comes off this month's fee", "[contractors]")
{
    GuiFixture f(GuiFixture::Contents::Site, at("2025-04-05 10:00"));
    ContractorsView view(*f.session);
    addContractor(view, QStringLiteral("绿源园林公司"), domain::ContractorService::Greening, 12000.0);
    auto* standings = view.standingsTable();
    REQUIRE(standings->rowCount() == 1);
    standings->setCurrentCell(0, 0);

    REQUIRE(tests::whileModal<gui::DeductionDialog>(
        [&](gui::DeductionDialog* dialog) {
            CHECK(dialog->monthEdit()->date().month() == 4);
            dialog->amountEdit()->setValue(1500.5);
            dialog->reasonEdit()->setPlainText(QStringLiteral("草坪枯黄未及时补种"));
            dialog->accept();
            CHECK(refusals(dialog).isEmpty());
            if (dialog->isVisible()) {
                dialog->reject();
            }
        },
        [&] { view.addDeduction(); }));
    CHECK(text(standings, 0, ContractorsView::Deducted) == "1,500.50");
    REQUIRE(view.deductionsTable()->rowCount() == 1);
    CHECK(text(view.deductionsTable(), 0, 0) == "2025-04");
    CHECK(text(view.deductionsTable(), 0, 1) == "1,500.50");
    CHECK(text(view.deductionsTable(), 0, 3) == "草坪枯黄未及时补种");
    auto deductions = f.workspace().inspections().deductions("HQ", date::year{2025} / 4, date::year{2025} / 4);
    REQUIRE(deductions);
    REQUIRE(deductions->size() == 1);
    CHECK(deductions->front().amount == 150'050);

    // Nothing to deduct is refused.
    QStringList shown;
    REQUIRE(tests::whileModal<gui::DeductionDialog>(
        [&](gui::DeductionDialog* dialog) {
            dialog->reasonEdit()->setPlainText(QStringLiteral("测试"));
            dialog->accept();
            shown = refusals(dialog);
            dialog->reject();
        },
        [&] { view.addDeduction(); }));
    CHECK(shown.size() == 1);
    CHECK(text(standings, 0, ContractorsView::Deducted) == "1,500.50");
}

TEST_CASE("a pest-control operator signs in only with a licence number and signs out", "[contractors]")
{
    GuiFixture f(GuiFixture::Contents::Site, at("2025-04-05 14:00"));
    ContractorsView view(*f.session);
    addContractor(view, QStringLiteral("安洁消杀公司"), domain::ContractorService::PestControl, 2000.0);
    auto* visits = view.pestVisits();
    view.tabs()->setCurrentWidget(visits);
    CHECK(visits->table()->rowCount() == 0);

    QStringList shown;
    QString besideLicence;
    bool stillOpen = false;
    REQUIRE(tests::whileModal<gui::PestVisitDialog>(
        [&](gui::PestVisitDialog* dialog) {
            CHECK(dialog->contractorCombo()->currentText() == "安洁消杀公司");
            dialog->operatorEdit()->setText(QStringLiteral("赵师傅"));
            dialog->areasEdit()->setText(QStringLiteral("地下室、垃圾房"));
            dialog->accept();
            stillOpen = dialog->isVisible();
            shown = refusals(dialog);
            besideLicence = dialog->licenceError()->isVisibleTo(dialog) ? dialog->licenceError()->text() : QString();
            // Given, the sign-in goes through.
            dialog->licenceEdit()->setText(QStringLiteral("粤消杀证 2024-0178"));
            dialog->treatmentEdit()->setPlainText(QStringLiteral("投放灭鼠毒饵"));
            dialog->accept();
            CHECK_FALSE(dialog->isVisible());
        },
        [&] { visits->signIn(); }));
    CHECK(stillOpen);
    REQUIRE(shown.size() == 1);
    CHECK_FALSE(besideLicence.isEmpty());
    CHECK(besideLicence == shown.front());

    auto* table = visits->table();
    REQUIRE(table->rowCount() == 1);
    CHECK(text(table, 0, gui::PestVisitView::SignedIn) == gui::formatInstant(at("2025-04-05 14:00"), tests::zone()));
    CHECK(text(table, 0, gui::PestVisitView::SignedOut) == "on site");
    CHECK(text(table, 0, gui::PestVisitView::Contractor) == "安洁消杀公司");
    CHECK(text(table, 0, gui::PestVisitView::Operator) == "赵师傅");
    CHECK(text(table, 0, gui::PestVisitView::Licence) == "粤消杀证 2024-0178");
    CHECK(text(table, 0, gui::PestVisitView::Areas) == "地下室、垃圾房");

    f.clock.set(at("2025-04-05 15:30"));
    table->setCurrentCell(0, 0);
    REQUIRE(visits->signOutButton()->isEnabled());
    visits->signOut();
    CHECK(text(table, 0, gui::PestVisitView::SignedOut) == gui::formatInstant(at("2025-04-05 15:30"), tests::zone()));
    CHECK_FALSE(visits->signOutButton()->isEnabled());
    auto stored = f.workspace().inspections().pestVisits("HQ", date::year{2025} / 4 / 1, date::year{2025} / 4 / 30);
    REQUIRE(stored);
    REQUIRE(stored->size() == 1);
    CHECK(stored->front().signedOutAt == at("2025-04-05 15:30"));
    CHECK(stored->front().licence == "粤消杀证 2024-0178");
}

TEST_CASE("the front desk signs pest-control operators in but does not manage contractors", "[contractors]")
{
    GuiFixture f(GuiFixture::Contents::Site, at("2025-04-05 14:00"));
    f.addAccount("frontdesk", "前台小张", domain::Role::FrontDesk);
    f.signIn("frontdesk");
    ContractorsView view(*f.session);
    view.show();
    for (const char* name : {"addContractorButton", "editContractorButton", "warningButton", "deductionButton"}) {
        auto* button = view.findChild<QPushButton*>(QLatin1String(name));
        REQUIRE(button);
        CHECK_FALSE(button->isVisibleTo(&view));
    }
    view.tabs()->setCurrentWidget(view.pestVisits());
    CHECK(view.pestVisits()->signInButton()->isVisibleTo(&view));
}
