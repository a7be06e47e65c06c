#include "savepoint.h"

#include <exception>

namespace propdesk::storage {

Savepoint::Savepoint(SQLite::Database& db, std::string name) : m_db(db), m_name(std::move(name))
{
    m_db.exec("SAVEPOINT " + m_name);
}

Savepoint::~Savepoint()
{
    if (m_released) {
        return;
    }
    try {
        m_db.exec("ROLLBACK TO " + m_name);
        m_db.exec("RELEASE " + m_name);
    } catch (const std::exception&) {
        // The failure that brought us here is reported; a failed rollback leaves the outer transaction to be
        // rolled back by its owner.
    }
}

void Savepoint::release()
{
    m_db.exec("RELEASE " + m_name);
    m_released = true;
}

} // namespace propdesk::storage
