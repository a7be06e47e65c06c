#include "guifixture.h"

#include "gui/translations.h"
#include "services/demodata.h"
#include "services/userservice.h"
#include "services/workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QSettings>

#include <catch2/catch.hpp>

namespace propdesk::tests {

namespace {

// The tester reports through the "qt.modeltest" logging category; one ModelCheck at a time collects it.
QStringList* s_modelProblems = nullptr;
QtMessageHandler s_previousHandler = nullptr;

void collectModelProblems(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (s_modelProblems && context.category &&
        QLatin1String(context.category).startsWith(QLatin1String("qt.modeltest"))) {
        s_modelProblems->append(message);
        return;
    }
    if (s_previousHandler) {
        s_previousHandler(type, context, message);
    }
}

QStringList s_problems;

} // namespace

GuiFixture::GuiFixture(Contents contents, domain::Instant now) : clock(now)
{
    QSettings().clear();
    auto opened = services::Workspace::open(databasePath(), services::OpenMode::CreateIfMissing, clock,
                                            domain::User{"测试员", domain::Role::Manager});
    REQUIRE(opened);
    if (contents == Contents::Site) {
        domain::Site site;
        site.code = "HQ";
        site.name = "测试小区";
        auto added = (*opened)->sites().add(site);
        REQUIRE(added);
    } else if (contents == Contents::Demo) {
        auto demo = services::createDemoSite(**opened);
        INFO((demo ? std::string() : demo.error().describe()));
        REQUIRE(demo);
    }
    session = std::make_unique<gui::AppSession>(clock, domain::User{"测试员", domain::Role::Manager});
    session->adopt(std::move(*opened));
}

GuiFixture::~GuiFixture()
{
    // The widgets of a test are gone by now; the session (and its database) goes before the folder.
    session.reset();
    QSettings().clear();
}

domain::Site GuiFixture::addSite(const std::string& code, const std::string& name, const std::string& timeZone)
{
    domain::Site site;
    site.code = code;
    site.name = name;
    site.timeZone = timeZone;
    auto added = session->workspace().sites().add(site);
    INFO((added ? std::string() : added.error().describe()));
    REQUIRE(added);
    session->reloadSites();
    return *added;
}

void GuiFixture::asSystem(const std::function<void()>& work)
{
    auto& user = session->workspace().context().user;
    const domain::User before = user;
    user = domain::User{"PropDesk", domain::Role::System};
    work();
    user = before;
}

domain::UserAccount GuiFixture::addAccount(const std::string& name, const std::string& displayName, domain::Role role,
                                           const std::vector<std::string>& sites, const std::string& password)
{
    domain::UserAccount account;
    asSystem([&] {
        // The first account of a database is an administrator's.
        auto any = session->workspace().users().hasAccounts();
        REQUIRE(any);
        if (!*any && role != domain::Role::Admin) {
            services::NewUser admin{"fixture-admin", "管理员", domain::Role::Admin, {}, kPassword};
            auto added = session->workspace().users().add(admin);
            INFO((added ? std::string() : added.error().describe()));
            REQUIRE(added);
        }
        services::NewUser user{name, displayName, role, sites, password};
        auto added = session->workspace().users().add(user);
        INFO((added ? std::string() : added.error().describe()));
        REQUIRE(added);
        account = *added;
    });
    return account;
}

void GuiFixture::signIn(const std::string& name, const std::string& password)
{
    auto signedIn = session->workspace().users().signIn(name, password);
    INFO((signedIn ? std::string() : signedIn.error().describe()));
    REQUIRE(signedIn);
    session->reloadUser();
}

ModelCheck::ModelCheck(QAbstractItemModel* model)
{
    REQUIRE(s_modelProblems == nullptr);
    s_problems.clear();
    s_modelProblems = &s_problems;
    s_previousHandler = qInstallMessageHandler(collectModelProblems);
    m_tester =
        std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Warning);
}

ModelCheck::~ModelCheck()
{
    m_tester.reset();
    qInstallMessageHandler(s_previousHandler);
    s_previousHandler = nullptr;
    s_modelProblems = nullptr;
}

QStringList ModelCheck::problems() const
{
    // Attached to the next assertion, so that CHECK(check.problems().isEmpty()) says what was found.
    if (!s_problems.isEmpty()) {
        UNSCOPED_INFO("QAbstractItemModelTester found:\n" << s_problems.join(QLatin1Char('\n')).toStdString());
    }
    return s_problems;
}

bool waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs) {
            return condition();
        }
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

QString takeMessageBox(QWidget* parent)
{
    auto* box = parent->findChild<QMessageBox*>();
    if (!box) {
        return {};
    }
    const QString text = box->text() + QLatin1Char('\n') + box->informativeText();
    box->close();
    // WA_DeleteOnClose defers the deletion; flush it so that the next call does not find this box.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return text;
}

LanguageScope::LanguageScope(const QString& language)
{
    REQUIRE(gui::installTranslators(QLocale(language)));
}

LanguageScope::~LanguageScope()
{
    gui::installTranslators(QLocale(QLocale::English, QLocale::UnitedStates));
}

} // namespace propdesk::tests
