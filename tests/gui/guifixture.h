#pragma once

// What the GUI tests share: a session over a fresh database, a model checker, waiting for the event loop,
// the message boxes pages open, and switching the interface language.

#include "gui/appsession.h"
#include "manualclock.h"
#include "tempdir.h"
#include "testtime.h"

#include <QApplication>
#include <QPoint>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

class QAbstractItemModel;
class QAbstractItemModelTester;
class QWidget;

namespace propdesk::tests {

// A temporary database opened through the services, an AppSession over it whose clock the test moves by
// hand, and empty QSettings. The session acts as a manager (测试员), who may do everything but run accounts
// and backups, until a test signs somebody in.
struct GuiFixture
{
    static constexpr const char* kPassword = "correct-horse";

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
    // Adds an account as PropDesk itself (the session's user stays), at the sites with these codes. On a
    // database without accounts an administrator "fixture-admin" comes first, as the services demand.
    domain::UserAccount addAccount(const std::string& name, const std::string& displayName, domain::Role role,
                                   const std::vector<std::string>& sites = {"HQ"},
                                   const std::string& password = kPassword);
    // Signs the account in through the services and tells the session, as the sign-in dialog does.
    void signIn(const std::string& name, const std::string& password = kPassword);
    // Runs `work` as PropDesk itself, whoever is signed in.
    void asSystem(const std::function<void()>& work);

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

// The visible top-level widget of type T (a dialog opened with exec() or open()), waiting for it a while;
// null when none appears.
template <typename T>
T* visibleDialog(int timeoutMs = 3000)
{
    T* found = nullptr;
    waitFor(
        [&] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                if (auto* dialog = qobject_cast<T*>(widget); dialog && dialog->isVisible()) {
                    found = dialog;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found;
}

// Runs `drive` once a dialog of type T is visible (from inside the event loop of the exec() that `open`
// starts), then returns; `drive` must close the dialog. False when no such dialog appeared.
template <typename T>
bool whileModal(const std::function<void(T*)>& drive, const std::function<void()>& open)
{
    bool driven = false;
    QTimer::singleShot(0, [&] {
        if (T* dialog = visibleDialog<T>()) {
            driven = true;
            drive(dialog);
        }
    });
    open();
    return driven;
}

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
