// The names people read for categories, urgencies, statuses, outcomes and ratings, in both languages.

#include "domain/ruleset.h"
#include "domain/workorder.h"
#include "gui/labels.h"
#include "guifixture.h"
#include "rules/evaluation.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace propdesk;

TEST_CASE("every category and urgency has its own name in Chinese")
{
    tests::LanguageScope chinese(QStringLiteral("zh_CN"));
    QStringList categories;
    for (const auto category : domain::allCategories()) {
        categories << gui::categoryLabel(category);
    }
    CHECK(categories == QStringList{QStringLiteral("给排水"), QStringLiteral("电气"), QStringLiteral("燃气"),
                                    QStringLiteral("门窗"), QStringLiteral("照明"), QStringLiteral("土建"),
                                    QStringLiteral("电梯"), QStringLiteral("消防"), QStringLiteral("暖通空调"),
                                    QStringLiteral("其他")});
    CHECK(gui::urgencyLabel(domain::Urgency::Emergency) == QStringLiteral("急修"));
    CHECK(gui::urgencyLabel(domain::Urgency::Normal) == QStringLiteral("一般"));
    CHECK(gui::urgencyLabel(domain::Urgency::Difficult) == QStringLiteral("疑难"));
}

TEST_CASE("satisfaction ratings read 很满意 to 很不满意")
{
    {
        tests::LanguageScope chinese(QStringLiteral("zh_CN"));
        CHECK(gui::satisfactionLabel(5) == QStringLiteral("很满意"));
        CHECK(gui::satisfactionLabel(4) == QStringLiteral("满意"));
        CHECK(gui::satisfactionLabel(3) == QStringLiteral("一般"));
        CHECK(gui::satisfactionLabel(2) == QStringLiteral("不满意"));
        CHECK(gui::satisfactionLabel(1) == QStringLiteral("很不满意"));
    }
    CHECK(gui::satisfactionLabel(5) == QStringLiteral("Very satisfied"));
    CHECK(gui::satisfactionLabel(1) == QStringLiteral("Very dissatisfied"));
}

TEST_CASE("a status and the event that leads to it are told apart in Chinese")
{
    tests::LanguageScope chinese(QStringLiteral("zh_CN"));
    CHECK(gui::statusLabel(domain::WorkOrderStatus::Completed) == QStringLiteral("已完工"));
    CHECK(gui::eventLabel(domain::EventKind::Completed) == QStringLiteral("完工"));
    CHECK(gui::eventLabel(domain::EventKind::Noted) == QStringLiteral("跟进来电"));
    CHECK(gui::outcomeLabel(rules::Outcome::Missed) == QStringLiteral("超时"));
    CHECK(gui::milestoneLabel(domain::Milestone::Arrival) == QStringLiteral("到场"));
}

TEST_CASE("no two statuses, events or outcomes share a name")
{
    for (const char* language : {"en", "zh_CN"}) {
        INFO(language);
        tests::LanguageScope scope(QString::fromLatin1(language));
        QSet<QString> statuses;
        for (int s = 0; s <= static_cast<int>(domain::WorkOrderStatus::Cancelled); ++s) {
            statuses.insert(gui::statusLabel(static_cast<domain::WorkOrderStatus>(s)));
        }
        CHECK(statuses.size() == 7);
        QSet<QString> events;
        for (int e = 0; e <= static_cast<int>(domain::EventKind::Noted); ++e) {
            events.insert(gui::eventLabel(static_cast<domain::EventKind>(e)));
        }
        CHECK(events.size() == 9);
        QSet<QString> outcomes;
        for (int o = 0; o <= static_cast<int>(rules::Outcome::Pending); ++o) {
            outcomes.insert(gui::outcomeLabel(static_cast<rules::Outcome>(o)));
        }
        CHECK(outcomes.size() == 4);
    }
}
