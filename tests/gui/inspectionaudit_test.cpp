// The audit viewer's names for the inspection records: entities, the fields named by codes (building, zone,
// template item, sheet line), stored keys shown by their labels, and the services' summaries in Chinese.

#include "gui/auditlabels.h"
#include "gui/inspectionlabels.h"
#include "gui/qtconvert.h"
#include "guifixture.h"

#include <QCoreApplication>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <string_view>

using namespace propdesk;

namespace {

const std::string_view kEntities[] = {"inspection_setup",   "inspection_template", "inspection_sheet",
                                      "nonconformance",     "preventive_action",   "contractor",
                                      "contractor_warning", "deduction",           "pest_visit"};

} // namespace

TEST_CASE("the audit trail names the inspection records and their fields")
{
    const auto zone = tests::zone();
    for (const auto entity : kEntities) {
        INFO(std::string(entity));
        CHECK(std::find(gui::auditEntities().begin(), gui::auditEntities().end(), entity) !=
              gui::auditEntities().end());
        CHECK(gui::auditEntityLabel(entity) != gui::qs(entity));
    }
    CHECK(gui::auditEntityLabel("contractor_warning") == QStringLiteral("Written warning"));
    CHECK(gui::auditFieldLabel("building 3") == QStringLiteral("Building 3"));
    CHECK(gui::auditFieldLabel("zone N") == QStringLiteral("Ground zone N"));
    CHECK(gui::auditFieldLabel("item G1") == QStringLiteral("Item G1"));
    CHECK(gui::auditFieldLabel("line G1") == QStringLiteral("Line G1"));
    CHECK(gui::auditFieldLabel("line G1 note") == QStringLiteral("Line G1 note"));
    CHECK(gui::auditFieldLabel("line G1 photos") == QStringLiteral("Line G1 photos"));
    CHECK(gui::auditFieldLabel("warning_limit") == QStringLiteral("Warnings allowing termination"));
    CHECK(gui::auditFieldLabel("buildings") == QStringLiteral("buildings")); // not a code
    CHECK(gui::auditValueText("area", "standard_floors", zone) == gui::areaTypeLabel(domain::AreaType::StandardFloors));
    CHECK(gui::auditValueText("state", "rectified", zone) == gui::ncStateLabel(domain::NcState::Rectified));
    CHECK(gui::auditValueText("status", "signed", zone) == gui::sheetStatusLabel(domain::SheetStatus::Signed));
    CHECK(gui::auditValueText("severity", "severe", zone) == gui::severityLabel(domain::Severity::Severe));
    CHECK(gui::auditValueText("service", "pest_control", zone) ==
          gui::contractorServiceLabel(domain::ContractorService::PestControl));
    CHECK(gui::auditValueText("line G2", "fail severe corrected on the spot", zone) ==
          gui::itemResultLabel(domain::ItemResult::Fail) + QStringLiteral(", ") +
              gui::severityLabel(domain::Severity::Severe) + QStringLiteral(", corrected on the spot"));
    CHECK(gui::auditValueText("line G2", "pass", zone) == gui::itemResultLabel(domain::ItemResult::Pass));
    CHECK(gui::auditValueText("line G2 note", "pass", zone) == QStringLiteral("pass")); // a note as written
    CHECK(gui::auditSummaryText("daily sheet started: car_park B2") ==
          QStringLiteral("daily sheet started: %1 B2").arg(gui::areaTypeLabel(domain::AreaType::CarPark)));
    CHECK(gui::auditSummaryText("amended line 2 (G2): fail → pass: 看错了") ==
          QStringLiteral("amended line 2 (G2): %1 → %2: 看错了")
              .arg(gui::itemResultLabel(domain::ItemResult::Fail), gui::itemResultLabel(domain::ItemResult::Pass)));
}

TEST_CASE("the inspection audit summaries read in Chinese")
{
    tests::LanguageScope chinese(QStringLiteral("zh_CN"));
    CHECK(gui::auditEntityLabel("inspection_sheet") == QStringLiteral("检查表"));
    CHECK(gui::auditFieldLabel("building 3") == QStringLiteral("楼栋 3"));
    CHECK(gui::auditSummaryText("signed off: 2 failed") == QStringLiteral("已签核：2 项不合格"));
    CHECK(gui::auditSummaryText("amended line 2 (G2): fail → pass: 看错了") ==
          QStringLiteral("更正第 2 项（G2）：不合格 → 合格，更正原因：看错了"));
    CHECK(gui::auditSummaryText("written warning 3 in a year: the subcontract may be terminated") ==
          QStringLiteral("一年内第 3 次书面警告：可终止分包合同"));
    // Every summary keeps its placeholders.
    for (const QString& english : gui::auditSummaryTemplates()) {
        const QString translated = QCoreApplication::translate("AuditSummary", english.toUtf8().constData());
        INFO(english.toStdString());
        CHECK(translated != english);
        for (const auto* placeholder : {"%1", "%2", "%3", "%4", "%5"}) {
            CHECK(translated.contains(QLatin1String(placeholder)) == english.contains(QLatin1String(placeholder)));
        }
    }
}
