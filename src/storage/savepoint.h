#pragma once

#include <SQLiteCpp/Database.h>

#include <string>

namespace propdesk::storage {

// Runs a group of statements atomically inside the caller's transaction, or on its own without one: rolled
// back and released when it goes out of scope unreleased. (SQLiteCpp 3.2's Savepoint rolls back without
// releasing, which would leave a transaction open.) `name` names the savepoint in SQL: a plain identifier.
class Savepoint
{
public:
    Savepoint(SQLite::Database& db, std::string name);
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;
    ~Savepoint();
    void release();

private:
    SQLite::Database& m_db;
    std::string m_name;
    bool m_released = false;
};

} // namespace propdesk::storage
