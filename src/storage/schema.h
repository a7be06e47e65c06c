#pragma once

namespace SQLite {
class Database;
}

namespace propdesk::storage {

// The schema version this release writes. Each version's upgrade step is kept forever, so a database
// from any older release opens and upgrades.
constexpr int kSchemaVersion = 8;

int schemaVersion(SQLite::Database& db);
// Runs the upgrade steps from the database's version up to `target`, all in one transaction.
// Throws SQLite::Exception on failure (the transaction is rolled back).
void upgradeSchema(SQLite::Database& db, int target = kSchemaVersion);

} // namespace propdesk::storage
