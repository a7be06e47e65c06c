#pragma once

#include "domain/error.h"
#include "domain/site.h"
#include "domain/timezone.h"
#include "domain/user.h"
#include "services/workspace.h"

#include <QObject>

#include <filesystem>
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
// needs (a list of orders: siteChanged and ordersChanged).
class AppSession : public QObject
{
    Q_OBJECT

public:
    AppSession(const domain::Clock& clock, domain::User user, QObject* parent = nullptr);
    ~AppSession() override;

    // Opens or creates the database; on success replaces the current workspace, selects the remembered
    // site (QSettings "session/site") or else the first one, and emits the signals. On failure the current
    // workspace stays open and nothing is emitted.
    domain::Result<void> open(const std::filesystem::path& path, services::OpenMode mode);
    // The same, for a workspace opened elsewhere (tests, the first start).
    void adopt(std::unique_ptr<services::Workspace> workspace);

    bool isOpen() const;
    services::Workspace& workspace(); // precondition: isOpen()
    const domain::Clock& clock() const;
    const domain::User& user() const;

    // Every site of the database, by code; empty (and logged) when reading them fails.
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
    // Pages call this after any write to work orders; emits ordersChanged().
    void notifyOrdersChanged();
    // Settings calls this after the current site's staff list changed; emits staffChanged(), so that the
    // pages offering technicians read them again.
    void notifyStaffChanged();

signals:
    void workspaceChanged();
    void sitesChanged();
    void siteChanged();
    void ordersChanged();
    void staffChanged();

private:
    // The site to show after the list of sites changed: the current one, the remembered one or the first.
    std::optional<domain::Site> chooseSite(const std::vector<domain::Site>& sites) const;
    void setSite(std::optional<domain::Site> site);

    const domain::Clock& m_clock;
    domain::User m_user;
    std::unique_ptr<services::Workspace> m_workspace;
    std::optional<domain::Site> m_site;
    domain::TimeZone m_zone;
};

} // namespace propdesk::gui
