#pragma once

// What the children reported as committed, and the check of a database against it.

#include <cstddef>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace propdesk::reliability {

// Every transaction a child reported as committed (the lines of workload.h), over all its runs.
class Ledger
{
public:
    // Takes one line a child printed; false, with `error` set, for a line that is not a report.
    bool record(std::string_view line, std::string& error);

    std::size_t transactions() const { return m_transactions; }
    std::size_t orders() const { return m_orders.size(); }
    std::size_t events() const { return m_events; }
    std::size_t batches() const { return m_batches.size(); }
    std::size_t batchRows() const { return m_batchRows; }
    // Order code → the number of events its last report named.
    const std::map<std::string, std::size_t>& reportedOrders() const { return m_orders; }
    // Batch marker → its rows.
    const std::map<std::string, std::size_t>& reportedBatches() const { return m_batches; }

private:
    std::map<std::string, std::size_t> m_orders;  // code → events reported
    std::map<std::string, std::size_t> m_batches; // marker → rows
    std::size_t m_transactions = 0;
    std::size_t m_events = 0;
    std::size_t m_batchRows = 0;
};

enum class Strictness
{
    // After a kill: the one transaction a child had committed but not yet reported may be there too.
    AfterKill,
    // After every child ended by itself: the database holds exactly what was reported.
    Exact,
};

struct CheckResult
{
    std::vector<std::string> problems; // empty: the database passed
    std::size_t orders = 0;            // orders found in the database
    std::size_t unreported = 0;        // transactions found that no child had reported (the last of a run)
};

// Opens the database and checks that it is intact (PRAGMA integrity_check, foreign keys), that every
// reported transaction is there, and that no transaction is there in part: each imported batch has all
// its rows, each row and each desk order exactly the history of the use cases that wrote it, with the
// status it implies and (where the schema has an audit trail) one audit entry per use case. Orders are told apart by
// the run tag of their description ("order=TAG-N", "batch=TAG-N …"); with AfterKill, at most one unreported transaction
// per tag is allowed.
CheckResult checkDatabase(const std::filesystem::path& db, const Ledger& ledger, Strictness strictness);

} // namespace propdesk::reliability
