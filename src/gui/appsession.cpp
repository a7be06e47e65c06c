#include "appsession.h"

#include "guilog.h"
#include "qtconvert.h"

#include <QSettings>

#include <algorithm>
#include <cassert>

namespace propdesk::gui {

namespace {

const QString kSiteKey = QStringLiteral("session/site");
// The refusal open() returns when nobody signed in to the database it opened.
constexpr const char* kSignInCancelled = "nobody signed in";

domain::TimeZone defaultZone()
{
    // Asia/Shanghai is in every tz database; without it nothing in PropDesk could work anyway.
    auto zone = domain::TimeZone::find("Asia/Shanghai");
    assert(zone);
    return *zone;
}

domain::TimeZone zoneOf(const std::optional<domain::Site>& site)
{
    if (site) {
        if (auto zone = domain::TimeZone::find(site->timeZone)) {
            return *zone;
        }
        // The services validate zones when a site is stored; a tz database without it is a broken system.
        logger()->error("site {}: unknown time zone {}; showing times in Asia/Shanghai", site->code, site->timeZone);
    }
    return defaultZone();
}

} // namespace

AppSession::AppSession(const domain::Clock& clock, domain::User user, QObject* parent)
    : QObject(parent), m_clock(clock), m_user(std::move(user)), m_zone(defaultZone())
{}

AppSession::~AppSession() = default;

void AppSession::setSignIn(SignIn signIn)
{
    m_signIn = std::move(signIn);
}

domain::Result<void> AppSession::open(const std::filesystem::path& path, services::OpenMode mode)
{
    auto workspace = services::Workspace::open(path, mode, m_clock, m_user);
    if (!workspace) {
        logger()->warn("cannot open {}: {}", path.string(), workspace.error().describe());
        return std::unexpected(workspace.error());
    }
    if (m_signIn && !m_signIn(**workspace)) {
        logger()->info("nobody signed in to {}; it is closed again", path.string());
        return domain::fail(domain::ErrorCode::PermissionDenied, kSignInCancelled);
    }
    adopt(std::move(*workspace));
    return {};
}

void AppSession::adopt(std::unique_ptr<services::Workspace> workspace)
{
    assert(workspace);
    const bool otherUser = !m_workspace || m_workspace->context().user.name != workspace->context().user.name ||
                           m_workspace->context().user.role != workspace->context().user.role;
    m_workspace = std::move(workspace);
    logger()->info("opened {}", m_workspace->path().string());
    m_site.reset();
    chooseSiteForUser();
    if (otherUser) {
        emit userChanged();
    }
    emitEverything();
}

void AppSession::close()
{
    if (!m_workspace) {
        return;
    }
    logger()->info("closing {}", m_workspace->path().string());
    m_workspace.reset();
    m_site.reset();
    m_zone = zoneOf(m_site);
    emit userChanged();
    emitEverything();
}

bool AppSession::isSignInCancelled(const domain::Error& error)
{
    return error.code == domain::ErrorCode::PermissionDenied && error.message == kSignInCancelled;
}

bool AppSession::isOpen() const
{
    return m_workspace != nullptr;
}

services::Workspace& AppSession::workspace()
{
    assert(m_workspace);
    return *m_workspace;
}

const domain::Clock& AppSession::clock() const
{
    return m_clock;
}

const domain::User& AppSession::user() const
{
    return m_workspace ? m_workspace->context().user : m_user;
}

void AppSession::signOut()
{
    if (!m_workspace) {
        return;
    }
    m_workspace->users().signOut();
    reloadUser();
}

void AppSession::reloadUser()
{
    if (!m_workspace) {
        return;
    }
    const domain::User& user = m_workspace->context().user;
    logger()->info("acting as {} ({})", user.name, domain::roleKey(user.role));
    chooseSiteForUser();
    emit userChanged();
    emitEverything();
}

void AppSession::chooseSiteForUser()
{
    // The current site stays when the user works there; sites() holds only the user's sites.
    m_site = chooseSite(sites());
    m_zone = zoneOf(m_site);
}

void AppSession::emitEverything()
{
    emit workspaceChanged();
    emit sitesChanged();
    emit siteChanged();
    emit ordersChanged();
    emit staffChanged();
    emit complaintsChanged();
    emit securityChanged();
    emit inspectionsChanged();
    emit commitmentsChanged();
}

std::vector<domain::Site> AppSession::sites()
{
    // Nobody (signed out) sees no site; the service would refuse anyway.
    if (!m_workspace || user().role == domain::Role::None) {
        return {};
    }
    auto list = m_workspace->sites().list();
    if (!list) {
        logger()->error("cannot read the sites: {}", list.error().describe());
        return {};
    }
    return std::move(*list);
}

const std::optional<domain::Site>& AppSession::site() const
{
    return m_site;
}

domain::TimeZone AppSession::zone() const
{
    return m_zone;
}

void AppSession::selectSite(const std::string& code)
{
    if (!m_workspace || (m_site && m_site->code == code)) {
        return;
    }
    auto site = m_workspace->sites().get(code);
    if (!site) {
        logger()->warn("cannot select site {}: {}", code, site.error().describe());
        return;
    }
    QSettings().setValue(kSiteKey, qs(code));
    setSite(std::move(*site));
}

void AppSession::reloadSites()
{
    const auto all = sites();
    const auto chosen = chooseSite(all);
    const bool sameSite = chosen && m_site && chosen->id == m_site->id;
    if (sameSite) {
        // Same site, perhaps with new details (name, zone, hours): pages read them on demand.
        m_site = chosen;
        m_zone = zoneOf(m_site);
    }
    emit sitesChanged();
    if (!sameSite) {
        setSite(chosen);
    }
}

void AppSession::reloadWorkspace()
{
    if (!m_workspace) {
        return;
    }
    chooseSiteForUser();
    emitEverything();
}

void AppSession::notifyOrdersChanged()
{
    emit ordersChanged();
}

void AppSession::notifyStaffChanged()
{
    emit staffChanged();
}

void AppSession::notifySecurityChanged()
{
    emit securityChanged();
}

void AppSession::notifyInspectionsChanged()
{
    emit inspectionsChanged();
}

void AppSession::notifyCommitmentsChanged()
{
    emit commitmentsChanged();
}

void AppSession::notifyComplaintsChanged()
{
    emit complaintsChanged();
}

std::optional<domain::Site> AppSession::chooseSite(const std::vector<domain::Site>& sites) const
{
    if (sites.empty()) {
        return std::nullopt;
    }
    const auto withCode = [&](const std::string& code) {
        return std::find_if(sites.begin(), sites.end(), [&](const domain::Site& s) { return s.code == code; });
    };
    if (m_site) {
        if (auto it = withCode(m_site->code); it != sites.end()) {
            return *it;
        }
    }
    if (auto it = withCode(utf8(QSettings().value(kSiteKey).toString())); it != sites.end()) {
        return *it;
    }
    return sites.front();
}

void AppSession::setSite(std::optional<domain::Site> site)
{
    const bool changed = site.has_value() != m_site.has_value() || (site && site->id != m_site->id);
    m_site = std::move(site);
    m_zone = zoneOf(m_site);
    if (changed) {
        emit siteChanged();
    }
}

} // namespace propdesk::gui
