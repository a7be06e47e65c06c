#pragma once

#include "domain/error.h"
#include "domain/site.h"
#include "domain/timezone.h"
#include "domain/user.h"
#include "services/workspace.h"

#include <QObject>

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace propdesk::domain {
class Clock;
}

namespace propdesk::gui {

// What every page shares: the open database (a services::Workspace), the clock, the signed-in user and the
// site being worked on. Pages call the services through workspace() and tell each other about changes
// through the signals here, never directly.
//
// Each signal means "this may have changed, read it again". Opening another database changes everything,
// so it emits all of them, workspaceChanged() first: a page may listen only to the narrowest signals it
// needs (a list of orders: siteChanged and ordersChanged). Another user signing in (or signing out) changes
// what may be seen and done: userChanged() comes first, then the others as for another database.
class AppSession : public QObject
{
    Q_OBJECT

public:
    // Asked to sign somebody in to a workspace that open() has just opened, before it replaces the current
    // one: true when somebody did (the workspace's context user is theirs), false when the user gave up.
    using SignIn = std::function<bool(services::Workspace&)>;

    // `user` is who acts in a database that open() opens until somebody signs in: nobody (Role::None) in
    // the app, a fixed user in tests and tools.
    AppSession(const domain::Clock& clock, domain::User user, QObject* parent = nullptr);
    ~AppSession() override;

    // What open() asks after opening a database (the app's sign-in dialogs). Without one (tests, tools) the
    // database is used as the constructor's user.
    void setSignIn(SignIn signIn);

    // Opens or creates the database and, with a SignIn set, has somebody sign in to it; on success replaces
    // the current workspace, selects the remembered site (QSettings "session/site") or else the first one
    // the user works at, and emits the signals. On failure (or when nobody signed in: see
    // isSignInCancelled()) the current workspace stays open and nothing is emitted.
    domain::Result<void> open(const std::filesystem::path& path, services::OpenMode mode);
    // The same, for a workspace opened (and signed in to) elsewhere (tests, the start).
    void adopt(std::unique_ptr<services::Workspace> workspace);
    // Closes the database, so that its file can be replaced (a damaged one, by a backup): nothing is open
    // until open() or adopt(). Emits userChanged() and the rest, for pages to let go of it.
    void close();
    // Whether open() failed because nobody signed in, which needs no message.
    static bool isSignInCancelled(const domain::Error& error);

    bool isOpen() const;
    services::Workspace& workspace(); // precondition: isOpen()
    const domain::Clock& clock() const;
    // Who acts: the workspace's user (whoever signed in last), or the constructor's before any is open.
    const domain::User& user() const;

    // Signs the current user out (the workspace acts as nobody) and emits userChanged() and the rest.
    void signOut();
    // Call after somebody signed in through workspace().users() (the sign-in dialogs): reads the sites the
    // new user works at, keeps the current site when they work there, and emits userChanged() and the rest.
    void reloadUser();

    // The sites the user works at, by code; empty (and logged) when reading them fails.
    std::vector<domain::Site> sites();
    // The current site; none only while the database has no site.
    const std::optional<domain::Site>& site() const;
    // The current site's zone; Asia/Shanghai without a site.
    domain::TimeZone zone() const;

    // Makes the site with this code current and remembers it for the next start. Emits siteChanged()
    // when the site changes; an unknown code is logged and ignored.
    void selectSite(const std::string& code);
    // Reads the sites again after one was added or edited and emits sitesChanged(); keeps the current site
    // (with its new details) when it still exists, else falls back as open() does and emits siteChanged().
    void reloadSites();
    // After the database's content was replaced (a restore): keeps the user, chooses the site again and
    // emits every signal but userChanged(), as for another database.
    void reloadWorkspace();
    // Pages call this after any write to work orders; emits ordersChanged().
    void notifyOrdersChanged();
    // Settings calls this after the current site's staff list changed; emits staffChanged(), so that the
    // pages offering technicians read them again.
    void notifyStaffChanged();
    // Pages call this after any write to complaints; emits complaintsChanged().
    void notifyComplaintsChanged();
    // Pages call this after any write to the security records (set-up, roster, tours, handovers, duty log,
    // spot checks); emits securityChanged().
    void notifySecurityChanged();
    // Pages call this after any write to the inspection records (set-up, templates, sheets,
    // nonconformances, contractors, pest-control visits); emits inspectionsChanged().
    void notifyInspectionsChanged();
    // Pages call this after any write to the KPI commitments (target versions, entered figures, notes,
    // frozen reports); emits commitmentsChanged().
    void notifyCommitmentsChanged();

signals:
    void userChanged();
    void workspaceChanged();
    void sitesChanged();
    void siteChanged();
    void ordersChanged();
    void staffChanged();
    void complaintsChanged();
    void securityChanged();
    void inspectionsChanged();
    void commitmentsChanged();

private:
    // The site to show after the list of sites changed: the current one, the remembered one or the first.
    std::optional<domain::Site> chooseSite(const std::vector<domain::Site>& sites) const;
    void setSite(std::optional<domain::Site> site);
    // The site for the workspace's (new) user: the current one when they work there, else as chooseSite().
    void chooseSiteForUser();
    // Every signal but userChanged(), workspaceChanged() first.
    void emitEverything();

    const domain::Clock& m_clock;
    domain::User m_user; // who acts in a database just opened
    SignIn m_signIn;
    std::unique_ptr<services::Workspace> m_workspace;
    std::optional<domain::Site> m_site;
    domain::TimeZone m_zone;
};

} // namespace propdesk::gui
