#include "workspace.h"

#include "domain/settingsrepository.h"
#include "storage/sqlitestore.h"

namespace propdesk::services {

Workspace::Workspace(std::filesystem::path path, std::unique_ptr<domain::Store> store, const domain::Clock& clock,
                     domain::User user)
    : m_path(std::move(path)), m_store(std::move(store)), m_ctx{*m_store, clock, std::move(user)}, m_sites(m_ctx),
      m_calendars(m_ctx), m_rules(m_ctx, m_calendars), m_workOrders(m_ctx, m_sites, m_rules),
      m_workOrderLists(m_ctx, m_sites, m_rules), m_intake(m_ctx, m_sites, m_rules, m_workOrders),
      m_staff(m_ctx, m_sites), m_workOrderCsv(m_ctx, m_sites), m_complaints(m_ctx, m_sites, m_rules, m_workOrders),
      m_complaintLists(m_ctx, m_sites, m_rules), m_complaintCsv(m_ctx, m_sites), m_security(m_ctx, m_sites),
      m_patrolCsv(m_ctx, m_sites), m_inspections(m_ctx, m_sites), m_kpis(m_ctx, m_sites, m_rules),
      m_indicators(m_ctx, m_sites, m_kpis), m_users(m_ctx), m_audit(m_ctx), m_backups(m_ctx, m_path)
{}

bool Workspace::isDemo()
{
    auto value = m_ctx.store.settings().get("demo");
    return value && *value && **value == "1";
}

Workspace::~Workspace() = default;

domain::Result<std::unique_ptr<Workspace>> Workspace::open(const std::filesystem::path& path, OpenMode mode,
                                                           const domain::Clock& clock, domain::User user)
{
    auto store = storage::openStore(path, mode == OpenMode::CreateIfMissing ? storage::OpenMode::CreateIfMissing
                                                                            : storage::OpenMode::OpenExisting);
    if (!store) {
        return std::unexpected(store.error());
    }
    std::unique_ptr<Workspace> ws(new Workspace(path, std::move(*store), clock, std::move(user)));
    if (auto ok = ws->rules().ensureDefault(); !ok) {
        return std::unexpected(ok.error());
    }
    return ws;
}

} // namespace propdesk::services
