#include "sqliterulesetrepository.h"

#include "domain/timezone.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace propdesk::storage {

using domain::ErrorCode;

domain::Result<domain::RuleSetId> SqliteRuleSetRepository::save(const domain::RuleSetDocument& document)
{
    try {
        SQLite::Statement q(m_db, "INSERT INTO rule_sets(name, effective_from, site_code, definition) "
                                  "VALUES(?, ?, ?, ?) "
                                  "ON CONFLICT(COALESCE(site_code, ''), effective_from) DO UPDATE SET "
                                  "name = excluded.name, definition = excluded.definition "
                                  "RETURNING id");
        q.bind(1, document.name);
        q.bind(2, domain::formatDate(document.effectiveFrom));
        if (document.siteCode) {
            q.bind(3, *document.siteCode);
        } else {
            q.bind(3);
        }
        q.bind(4, document.definition);
        q.executeStep();
        const auto id = domain::RuleSetId{q.getColumn(0).getInt64()};
        while (q.executeStep()) {
        }
        return id;
    } catch (const SQLite::Exception& e) {
        return domain::fail(ErrorCode::Storage, e.what());
    }
}

domain::Result<std::vector<domain::RuleSetDocument>> SqliteRuleSetRepository::all()
{
    try {
        SQLite::Statement q(m_db, "SELECT id, name, effective_from, site_code, definition FROM rule_sets "
                                  "ORDER BY effective_from, id");
        std::vector<domain::RuleSetDocument> out;
        while (q.executeStep()) {
            domain::RuleSetDocument d;
            d.id = domain::RuleSetId{q.getColumn(0).getInt64()};
            d.name = q.getColumn(1).getString();
            auto date = domain::parseDate(q.getColumn(2).getString());
            if (!date) {
                return domain::fail(ErrorCode::Storage, "corrupt effective_from in rule_sets: " + date.error().message);
            }
            d.effectiveFrom = *date;
            if (!q.getColumn(3).isNull()) {
                d.siteCode = q.getColumn(3).getString();
            }
            d.definition = q.getColumn(4).getString();
            out.push_back(std::move(d));
        }
        return out;
    } catch (const SQLite::Exception& e) {
        return domain::fail(ErrorCode::Storage, e.what());
    }
}

} // namespace propdesk::storage
