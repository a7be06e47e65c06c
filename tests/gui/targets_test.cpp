// The Targets tab of the KPI page (issue #8): the contract of 2025 in force since January with satisfaction at
// ≥ 90 % instead of the default 85 %, read-only; a new version from next month pre-filled from it, with the
// satisfaction raised to 95 % and the building intact rate without a target, scheduled and still correctable;
// saving over the version in force refused by the service and shown in the dialog; a supervisor sees no
// buttons.

#include "gui/kpilabels.h"
#include "gui/targetsdialog.h"
#include "gui/targetsview.h"
#include "guifixture.h"
#include "rules/indicators.h"
#include "services/workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace propdesk;
using gui::TargetsDialog;
using gui::TargetsView;
using propdesk::tests::at;
using propdesk::tests::GuiFixture;

namespace {

QString text(QTableWidget* table, int row, int column)
{
    const auto* item = table->item(row, column);
    return item ? item->text() : QString();
}

int targetRow(QTableWidget* table, const char* key)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, TargetsView::Indicator)->data(Qt::UserRole).toString() == QLatin1String(key)) {
            return row;
        }
    }
    return -1;
}

domain::KpiTarget atLeast(std::int64_t e4)
{
    domain::KpiTarget target;
    target.comparator = domain::Comparator::AtLeast;
    target.valueE4 = e4;
    return target;
}

// The 2025 contract, in force from January: the defaults with satisfaction at 90 %.
void saveContract2025(GuiFixture& fx)
{
    auto targets = rules::defaultIndicatorTargets();
    targets["satisfaction_rate"] = atLeast(9000);
    REQUIRE(fx.workspace().indicators().saveTargets("HQ", domain::Date{date::year{2025}, date::January, date::day{1}},
                                                    "2025 物业服务合同", targets));
    fx.session->notifyCommitmentsChanged();
}

} // namespace

TEST_CASE("a new target version from next month leaves the version in force as it was")
{
    GuiFixture fx; // 2025-04-05 16:00, manager
    TargetsView view(*fx.session);
    tests::ModelCheck check(view.versionsModel());
    view.resize(1200, 700);

    // Without a version the defaults apply.
    CHECK(view.versionsModel()->rowCount() == 0);
    const int satisfaction = targetRow(view.targetsTable(), "satisfaction_rate");
    REQUIRE(satisfaction >= 0);
    CHECK(text(view.targetsTable(), satisfaction, TargetsView::Target) == QStringLiteral("≥ 85 %"));
    CHECK(view.newButton()->isVisible() == false); // not shown yet: the view is not shown
    CHECK_FALSE(view.newButton()->isHidden());

    saveContract2025(fx);
    REQUIRE(view.versionsModel()->rowCount() == 1);
    auto* versions = view.versionsTable();
    CHECK(text(versions, 0, TargetsView::EffectiveFrom) == QStringLiteral("2025-01"));
    CHECK(text(versions, 0, TargetsView::Contract) == QStringLiteral("2025 物业服务合同"));
    CHECK(text(versions, 0, TargetsView::State) == QStringLiteral("In force"));
    CHECK(text(versions, 0, TargetsView::SavedBy) == QStringLiteral("测试员"));
    CHECK(text(view.targetsTable(), satisfaction, TargetsView::Target) == QStringLiteral("≥ 90 %"));
    CHECK(text(view.targetsTable(), satisfaction, TargetsView::Default) == QStringLiteral("≥ 85 %"));
    CHECK(view.targetsTable()->item(satisfaction, TargetsView::Target)->font().bold());
    const int fire = targetRow(view.targetsTable(), "fire_rate");
    CHECK(text(view.targetsTable(), fire, TargetsView::Target) == QStringLiteral("< 0.5 ‰"));
    CHECK_FALSE(view.targetsTable()->item(fire, TargetsView::Target)->font().bold());
    // The version in force is read-only.
    CHECK_FALSE(view.editButton()->isEnabled());
    CHECK(view.stateLabel()->text().contains(QStringLiteral("read-only")));

    // A new version: from May, pre-filled from the version in force.
    REQUIRE(tests::whileModal<TargetsDialog>(
        [&](TargetsDialog* dialog) {
            CHECK(dialog->effectiveEdit()->date() == QDate(2025, 5, 1));
            CHECK(dialog->contractEdit()->text() == QStringLiteral("2025 物业服务合同"));
            const int s = dialog->rowOf("satisfaction_rate");
            REQUIRE(s >= 0);
            CHECK(dialog->comparatorCombo(s)->currentText() == QStringLiteral("≥"));
            CHECK(dialog->valueEdit(s)->value() == Approx(90.0));
            const int f = dialog->rowOf("fire_rate");
            CHECK(dialog->comparatorCombo(f)->currentText() == QStringLiteral("<"));
            CHECK(dialog->valueEdit(f)->value() == Approx(0.5));
            CHECK(dialog->valueEdit(f)->suffix() == QStringLiteral(" ‰"));
            dialog->contractEdit()->setText(QStringLiteral("2025–2026 物业服务合同"));
            dialog->valueEdit(s)->setValue(95.0);
            const int b = dialog->rowOf("building_intact_rate");
            auto* comparator = dialog->comparatorCombo(b);
            comparator->setCurrentIndex(comparator->findData(-1)); // no target
            CHECK_FALSE(dialog->valueEdit(b)->isEnabled());
            dialog->accept();
            CHECK(dialog->formError()->text().isEmpty());
            if (dialog->isVisible()) {
                dialog->reject();
            }
        },
        [&] { view.newVersion(); }));

    auto stored = fx.workspace().indicators().targetVersions("HQ");
    REQUIRE(stored);
    REQUIRE(stored->size() == 2);
    const auto* may = domain::targetSetInForce(*stored, date::year{2025} / date::May);
    REQUIRE(may);
    CHECK(may->effectiveFrom == domain::Date{date::year{2025}, date::May, date::day{1}});
    CHECK(may->contract == "2025–2026 物业服务合同");
    CHECK(may->targets.at("satisfaction_rate") == std::optional(atLeast(9500)));
    CHECK_FALSE(may->targets.at("building_intact_rate").has_value());
    domain::KpiTarget fireTarget;
    fireTarget.comparator = domain::Comparator::Below;
    fireTarget.valueE4 = 5;
    CHECK(may->targets.at("fire_rate") == std::optional(fireTarget));
    // April keeps the 2025 contract.
    const auto* april = domain::targetSetInForce(*stored, date::year{2025} / date::April);
    REQUIRE(april);
    CHECK(april->targets.at("satisfaction_rate") == std::optional(atLeast(9000)));

    // Listed newest first; the scheduled one may still be corrected.
    REQUIRE(view.versionsModel()->rowCount() == 2);
    CHECK(text(versions, 0, TargetsView::EffectiveFrom) == QStringLiteral("2025-05"));
    CHECK(text(versions, 0, TargetsView::State) == QStringLiteral("Scheduled"));
    CHECK(text(versions, 1, TargetsView::State) == QStringLiteral("In force"));
    versions->setCurrentCell(0, 0);
    CHECK(view.editButton()->isEnabled());
    CHECK(text(view.targetsTable(), satisfaction, TargetsView::Target) == QStringLiteral("≥ 95 %"));
    CHECK(text(view.targetsTable(), targetRow(view.targetsTable(), "building_intact_rate"), TargetsView::Target) ==
          QStringLiteral("None"));
    versions->setCurrentCell(1, 0);
    CHECK_FALSE(view.editButton()->isEnabled());
    CHECK(check.problems().isEmpty());
}

TEST_CASE("saving over the version in force is refused and the refusal is shown")
{
    GuiFixture fx;
    saveContract2025(fx);
    TargetsView view(*fx.session);
    REQUIRE(tests::whileModal<TargetsDialog>(
        [&](TargetsDialog* dialog) {
            dialog->effectiveEdit()->setDate(QDate(2025, 1, 1));
            dialog->valueEdit(dialog->rowOf("satisfaction_rate"))->setValue(80.0);
            dialog->accept();
            CHECK(dialog->isVisible());
            CHECK(dialog->formError()->isVisibleTo(dialog));
            CHECK(dialog->formError()->text() ==
                  QStringLiteral("the targets from 2025-01-01 have taken effect and are never rewritten: save a "
                                 "version from a later month"));
            dialog->reject();
        },
        [&] { view.newVersion(); }));
    auto stored = fx.workspace().indicators().targetVersions("HQ");
    REQUIRE(stored);
    REQUIRE(stored->size() == 1);
    CHECK(stored->front().targets.at("satisfaction_rate") == std::optional(atLeast(9000)));
}

TEST_CASE("the target dialog reads in Chinese")
{
    tests::LanguageScope chinese(QStringLiteral("zh_CN"));
    GuiFixture fx;
    TargetsView view(*fx.session);
    CHECK(view.newButton()->text() == QStringLiteral("新建版本(&N)…"));
    const int satisfaction = targetRow(view.targetsTable(), "satisfaction_rate");
    CHECK(text(view.targetsTable(), satisfaction, TargetsView::Indicator) == QStringLiteral("满意率"));
    TargetsDialog dialog(*fx.session, std::nullopt, date::year{2025} / date::May);
    CHECK(dialog.windowTitle() == QStringLiteral("新建目标版本"));
    CHECK(dialog.comparatorCombo(dialog.rowOf("satisfaction_rate"))->itemText(3) == QStringLiteral("无目标"));
}

TEST_CASE("a supervisor cannot change the targets")
{
    GuiFixture fx;
    saveContract2025(fx);
    fx.addAccount("zhuguan", "主管", domain::Role::Supervisor);
    fx.signIn("zhuguan");
    TargetsView view(*fx.session);
    CHECK(view.newButton()->isHidden());
    CHECK(view.editButton()->isHidden());
}
