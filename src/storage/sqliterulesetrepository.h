#pragma once

#include "domain/rulesetrepository.h"

namespace SQLite {
class Database;
}

namespace propdesk::storage {

class SqliteRuleSetRepository final : public domain::RuleSetRepository
{
public:
    explicit SqliteRuleSetRepository(SQLite::Database& db) : m_db(db) {}

    domain::Result<domain::RuleSetId> save(const domain::RuleSetDocument& document) override;
    domain::Result<std::vector<domain::RuleSetDocument>> all() override;

private:
    SQLite::Database& m_db;
};

} // namespace propdesk::storage
