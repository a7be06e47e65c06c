// The services' English messages in the interface language: refusals of the desk's use cases next to their
// field, import problems in the import dialog, and messages no template knows.

#include "gui/errortext.h"
#include "gui/fielderrors.h"
#include "gui/importdialog.h"
#include "gui/importissuemodel.h"
#include "gui/qtconvert.h"
#include "guifixture.h"
#include "services/workspace.h"

#include <QCoreApplication>
#include <QLabel>
#include <QRegularExpression>

#include <catch2/catch.hpp>

#include <fstream>
#include <set>

using namespace propdesk;
using propdesk::tests::at;
using propdesk::tests::GuiFixture;
using propdesk::tests::LanguageScope;

namespace {

domain::WorkOrder logOrder(GuiFixture& fixture)
{
    services::NewWorkOrder request;
    request.siteCode = "HQ";
    request.location = "3-1-201";
    request.category = domain::Category::Plumbing;
    request.urgency = domain::Urgency::Normal;
    request.reporter = "王女士";
    request.description = "厨房水龙头滴水";
    auto logged = fixture.workspace().workOrders().log(request);
    INFO((logged ? std::string() : logged.error().describe()));
    REQUIRE(logged);
    return *logged;
}

// True when the text holds a CJK ideograph.
bool hasChinese(const QString& text)
{
    static const QRegularExpression han(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    return text.contains(han);
}

std::set<QString> placeholders(const QString& text)
{
    static const QRegularExpression marker(QStringLiteral("%[1-9]"));
    std::set<QString> out;
    for (auto it = marker.globalMatch(text); it.hasNext();) {
        out.insert(it.next().captured());
    }
    return out;
}

} // namespace

TEST_CASE("an arrival recorded before the dispatch is refused in Chinese, naming the event in Chinese")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at("2025-03-03 09:00"));
    const auto order = logOrder(fixture);
    fixture.clock.set(at("2025-03-03 09:10"));
    REQUIRE(fixture.workspace().workOrders().dispatch(order.header.id, "李师傅"));
    fixture.clock.set(at("2025-03-03 09:20"));
    const auto arrived = fixture.workspace().workOrders().arrive(order.header.id, at("2025-03-03 09:05"));
    REQUIRE_FALSE(arrived);
    const domain::Error& error = arrived.error();
    REQUIRE(error.message == "arrived is before the previous event of this order");

    SECTION("in Chinese: the message, its field and the order it concerns")
    {
        LanguageScope chinese(QStringLiteral("zh_CN"));
        CHECK(gui::messageText(error.message) == QStringLiteral("到场时间早于本工单的上一条记录"));
        CHECK(gui::errorText(error) ==
              gui::qs(order.header.code) + QStringLiteral("：到场时间：到场时间早于本工单的上一条记录"));

        // The dialogs show it next to the time field.
        QLabel general;
        QLabel time;
        gui::FieldErrors errors(&general);
        errors.add({"arrived_at", "at"}, &time);
        errors.show(error);
        CHECK(time.text() == QStringLiteral("到场时间早于本工单的上一条记录"));
        CHECK(general.text().isEmpty());
    }
    SECTION("in English: the service's own words")
    {
        CHECK(gui::messageText(error.message) == QStringLiteral("arrived is before the previous event of this order"));
        CHECK(gui::errorText(error) == gui::qs(error.describe()));
    }
}

TEST_CASE("a dissatisfied revisit without a reason is refused in Chinese")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at("2025-03-03 09:00"));
    const auto order = logOrder(fixture);
    const auto revisited = fixture.workspace().workOrders().revisit(order.header.id, 1, "");
    REQUIRE_FALSE(revisited);
    LanguageScope chinese(QStringLiteral("zh_CN"));
    const QString text = gui::messageText(revisited.error().message);
    CHECK(text == QStringLiteral("住户不满意时必须记录原因"));
    CHECK(gui::errorText(revisited.error()) == QStringLiteral("评价意见：住户不满意时必须记录原因"));
}

TEST_CASE("an import with an unknown category gives the reason in Chinese with the bad value")
{
    GuiFixture fixture;
    LanguageScope chinese(QStringLiteral("zh_CN"));
    const auto path = fixture.dir.file("orders.csv");
    std::ofstream(path, std::ios::binary) << "id,location,category,urgency,reported_at,arrived_at\n"
                                             "A-1,1-1-101,plumbing,emergency,2025-03-03 09:00,2025-03-03 09:10\n"
                                             "A-2,1-1-102,水管,normal,2025-03-04 10:00,\n"
                                             "A-3,1-1-103,electrical,normal,2025-03-05 10:00,2025-03-05 09:00\n";
    gui::ImportDialog dialog(*fixture.session);
    REQUIRE(dialog.setFile(gui::fromPath(path)));
    const auto* issues = dialog.issueModel();
    REQUIRE(issues->rowCount() == 2);
    const auto cell = [&](int row, int column) {
        return issues->index(row, column).data().toString();
    };

    CHECK(cell(0, gui::ImportIssueModel::Field) == QStringLiteral("类别（category）"));
    CHECK(cell(0, gui::ImportIssueModel::Reason) == QStringLiteral("未知的类别“水管”"));
    CHECK(issues->index(0, gui::ImportIssueModel::Reason).data(Qt::ToolTipRole).toString() ==
          QStringLiteral("未知的类别“水管”"));
    // A message with a column name inside it names the column in Chinese too.
    CHECK(cell(1, gui::ImportIssueModel::Field) == QStringLiteral("到场时间（arrived_at）"));
    CHECK(cell(1, gui::ImportIssueModel::Reason) ==
          QStringLiteral("2025-03-05 09:00 早于报修时间（2025-03-05 10:00）"));
}

TEST_CASE("a message that no template knows is shown unchanged")
{
    LanguageScope chinese(QStringLiteral("zh_CN"));
    CHECK(gui::messageText("database disk image is malformed") == QStringLiteral("database disk image is malformed"));
    // Only the whole message matches a template: text around a known one leaves it unknown.
    CHECK(gui::messageText("required, says the manual") == QStringLiteral("required, says the manual"));
    const domain::Error error{domain::ErrorCode::Storage, "disk I/O error", "", "WO-17"};
    CHECK(gui::errorText(error) == QStringLiteral("WO-17：disk I/O error"));
}

TEST_CASE("every service message template has a Chinese translation with the same placeholders")
{
    LanguageScope chinese(QStringLiteral("zh_CN"));
    const QStringList templates = gui::messageTemplates();
    CHECK(templates.size() > 100);
    QStringList missing;
    for (const QString& english : templates) {
        const QByteArray source = english.toUtf8();
        const QString chinese = QCoreApplication::translate("ServiceMessage", source.constData());
        if (chinese == english || !hasChinese(chinese) || placeholders(chinese) != placeholders(english)) {
            missing << english + QStringLiteral(" → ") + chinese;
        }
    }
    INFO(missing.join(QLatin1Char('\n')).toStdString());
    CHECK(missing.isEmpty());
}
