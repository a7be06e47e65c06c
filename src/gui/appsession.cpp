#include "appsession.h"

#include "guilog.h"
#include "qtconvert.h"

#include <QSettings>

#include <algorithm>
#include <cassert>

namespace propdesk::gui {

namespace {

const QString kSiteKey = QStringLiteral("session/site");

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

domain::Result<void> AppSession::open(const std::filesystem::path& path, services::OpenMode mode)
{
    auto workspace = services::Workspace::open(path, mode, m_clock, m_user);
    if (!workspace) {
        logger()->warn("cannot open {}: {}", path.string(), workspace.error().describe());
        return std::unexpected(workspace.error());
    }
    adopt(std::move(*workspace));
    return {};
}

void AppSession::adopt(std::unique_ptr<services::Workspace> workspace)
{
    assert(workspace);
    m_workspace = std::move(workspace);
    logger()->info("opened {}", m_workspace->path().string());
    m_site.reset();
    const auto all = sites();
    m_site = chooseSite(all);
    m_zone = zoneOf(m_site);
    emit workspaceChanged();
    emit sitesChanged();
    emit siteChanged();
    emit ordersChanged();
    emit staffChanged();
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
    return m_user;
}

std::vector<domain::Site> AppSession::sites()
{
    if (!m_workspace) {
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

void AppSession::notifyOrdersChanged()
{
    emit ordersChanged();
}

void AppSession::notifyStaffChanged()
{
    emit staffChanged();
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
