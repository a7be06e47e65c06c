#pragma once

#include "domain/audit.h"
#include "domain/complaint.h"
#include "domain/error.h"
#include "domain/site.h"
#include "domain/staff.h"
#include "domain/user.h"
#include "domain/workorder.h"
#include "servicecontext.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace propdesk::services {

// A record as the audit trail sees it: named fields as text, in a fixed order.
using AuditFields = std::vector<std::pair<std::string, std::string>>;

AuditFields auditFields(const domain::Site& site);
AuditFields auditFields(const domain::StaffMember& member);
// The header and the projection of the history; `reworkCode` is the code of the order it reworks.
AuditFields auditFields(const domain::WorkOrder& order, std::string_view reworkCode = {});
// The header and the projection of the history (the work order by its code).
AuditFields auditFields(const domain::Complaint& complaint);
// The password as "set", never the hash; the sites by their codes.
AuditFields auditFields(const domain::UserAccount& account, const std::vector<std::string>& siteCodes);

// The fields that differ, in `after`'s order; a field missing on one side counts as empty there.
std::vector<domain::AuditChange> auditDiff(const AuditFields& before, const AuditFields& after);

// Appends an entry stamped with the context's user and clock. Called inside the use case's transaction,
// so the change and its entry are committed together or not at all.
domain::Result<void> writeAudit(ServiceContext& ctx, domain::AuditEntry entry);

} // namespace propdesk::services
