#pragma once

// What the GUI tests share: a session over a fresh database, a model checker, waiting for the event loop,
// the message boxes pages open, and switching the interface language.

#include "gui/appsession.h"
#include "manualclock.h"
#include "tempdir.h"
#include "testtime.h"

#include <QPoint>
#include <QSize>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>
#include <memory>
#include <string>

class QAbstractItemModel;
class QAbstractItemModelTester;
class QWidget;

namespace propdesk::tests {

// A temporary database opened through the services, an AppSession over it whose clock the test moves by
// hand, and empty QSettings.
struct GuiFixture
{
    enum class Contents
    {
        Empty, // no site
        Site,  // the site HQ (测试小区, Asia/Shanghai)
        Demo,  // the demo site DEMO with two months of orders up to `now`
    };

    explicit GuiFixture(Contents contents = Contents::Site, domain::Instant now = at("2025-04-05 16:00"));
    ~GuiFixture();

    // Adds a site through the services and tells the session.
    domain::Site addSite(const std::string& code, const std::string& name,
                         const std::string& timeZone = "Asia/Shanghai");
    std::filesystem::path databasePath() const { return dir.file("propdesk.db"); }
    services::Workspace& workspace() { return session->workspace(); }

    TempDir dir;
    ManualClock clock;
    std::unique_ptr<gui::AppSession> session;
};

// Runs QAbstractItemModelTester over a model while it lives, collecting what the tester finds instead of
// aborting: CHECK(check.problems().isEmpty()) after driving the model reports the findings when it fails.
class ModelCheck
{
public:
    explicit ModelCheck(QAbstractItemModel* model);
    ~ModelCheck();
    ModelCheck(const ModelCheck&) = delete;
    ModelCheck& operator=(const ModelCheck&) = delete;

    QStringList problems() const;

private:
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

// Runs the event loop until `condition` holds or `timeoutMs` has passed; returns the condition's value.
bool waitFor(const std::function<bool()>& condition, int timeoutMs = 3000);

// The text and informative text of the message box that `parent` (or a child) has open, which is then
// closed; empty when there is none.
QString takeMessageBox(QWidget* parent);

// Switches the interface language for the life of the object ("en", "zh_CN"), then back to English.
class LanguageScope
{
public:
    explicit LanguageScope(const QString& language);
    ~LanguageScope();
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;
};

} // namespace propdesk::tests

// Readable values in Catch's failure messages.
template <>
struct Catch::StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};

template <>
struct Catch::StringMaker<QStringList>
{
    static std::string convert(const QStringList& value)
    {
        return "{ \"" + value.join(QStringLiteral("\", \"")).toStdString() + "\" }";
    }
};

template <>
struct Catch::StringMaker<QPoint>
{
    static std::string convert(const QPoint& value)
    {
        return "(" + std::to_string(value.x()) + ", " + std::to_string(value.y()) + ")";
    }
};

template <>
struct Catch::StringMaker<QSize>
{
    static std::string convert(const QSize& value)
    {
        return std::to_string(value.width()) + "x" + std::to_string(value.height());
    }
};
