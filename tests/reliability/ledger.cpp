#include "ledger.h"

#include "workload.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <charconv>
#include <optional>
#include <unordered_map>

namespace propdesk::reliability {

namespace {

std::vector<std::string_view> words(std::string_view line)
{
    std::vector<std::string_view> out;
    while (!line.empty()) {
        const auto start = line.find_first_not_of(' ');
        if (start == std::string_view::npos) {
            break;
        }
        line.remove_prefix(start);
        const auto end = line.find(' ');
        out.push_back(line.substr(0, end));
        line.remove_prefix(end == std::string_view::npos ? line.size() : end);
    }
    return out;
}

std::optional<std::size_t> number(std::string_view text)
{
    std::size_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

// "TAG-N" → "TAG".
std::string tagOf(std::string_view id)
{
    return std::string(id.substr(0, id.rfind('-')));
}

// The value of `key=` in a description of words "key=value".
std::optional<std::string_view> field(std::string_view description, std::string_view key)
{
    for (const auto w : words(description)) {
        if (w.size() > key.size() && w.starts_with(key) && w[key.size()] == '=') {
            return w.substr(key.size() + 1);
        }
    }
    return std::nullopt;
}

bool historyIs(const std::vector<std::string>& kinds, std::span<const domain::EventKind> expected)
{
    if (kinds.size() != expected.size()) {
        return false;
    }
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        if (kinds[i] != domain::eventKey(expected[i])) {
            return false;
        }
    }
    return true;
}

std::string joined(const std::vector<std::string>& kinds)
{
    return fmt::format("[{}]", fmt::join(kinds, ", "));
}

} // namespace

bool Ledger::record(std::string_view line, std::string& error)
{
    if (!line.starts_with(kCommitted)) {
        error = fmt::format("not a report: '{}'", line);
        return false;
    }
    const auto w = words(line.substr(kCommitted.size()));
    const auto count = w.size() == 3 ? number(w[2]) : std::nullopt;
    if (w.size() == 3 && w[0] == "order") {
        if (!m_orders.emplace(std::string(w[1]), 1).second) {
            error = fmt::format("order {} reported twice", w[1]);
            return false;
        }
    } else if (w.size() == 3 && w[0] == "event" && count) {
        const auto it = m_orders.find(std::string(w[1]));
        if (it == m_orders.end() || *count != it->second + 1) {
            error = fmt::format("event out of sequence: '{}'", line);
            return false;
        }
        it->second = *count;
        ++m_events;
    } else if (w.size() == 3 && w[0] == "batch" && count) {
        if (!m_batches.emplace(std::string(w[1]), *count).second) {
            error = fmt::format("batch {} reported twice", w[1]);
            return false;
        }
        m_batchRows += *count;
    } else {
        error = fmt::format("not a report: '{}'", line);
        return false;
    }
    ++m_transactions;
    return true;
}

CheckResult checkDatabase(const std::filesystem::path& db, const Ledger& ledger, Strictness strictness)
{
    CheckResult r;
    const auto problem = [&](std::string text) {
        r.problems.push_back(std::move(text));
    };
    try {
        SQLite::Database conn(db.string(), SQLite::OPEN_READWRITE);
        conn.setBusyTimeout(10000);
        {
            SQLite::Statement q(conn, "PRAGMA integrity_check");
            while (q.executeStep()) {
                if (const auto text = q.getColumn(0).getString(); text != "ok") {
                    problem("integrity_check: " + text);
                }
            }
        }
        {
            SQLite::Statement q(conn, "PRAGMA foreign_key_check");
            while (q.executeStep()) {
                problem(fmt::format("foreign_key_check: {} row {} refers to a missing {}", q.getColumn(0).getString(),
                                    q.getColumn(1).getInt64(), q.getColumn(2).getString()));
            }
        }
        // One snapshot for every read below.
        SQLite::Transaction snapshot(conn);
        std::unordered_map<std::int64_t, std::vector<std::string>> histories;
        {
            SQLite::Statement q(conn, "SELECT work_order_id, kind FROM work_order_events ORDER BY work_order_id, id");
            while (q.executeStep()) {
                histories[q.getColumn(0).getInt64()].push_back(q.getColumn(1).getString());
            }
        }
        // The audit trail (schema 4), where there is one: each use case writes one entry, in its transaction.
        std::optional<std::map<std::string, std::size_t, std::less<>>> audits;
        {
            SQLite::Statement has(conn, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'");
            if (has.executeStep()) {
                audits.emplace();
                SQLite::Statement q(conn, "SELECT a.record, count(*) FROM audit_log a JOIN sites s ON s.id = a.site_id "
                                          "WHERE a.entity = 'work_order' AND s.code = ? GROUP BY a.record");
                q.bind(1, std::string(kSiteCode));
                while (q.executeStep()) {
                    (*audits)[q.getColumn(0).getString()] = static_cast<std::size_t>(q.getColumn(1).getInt64());
                }
            }
        }
        const auto audited = [&](const std::string& code, std::size_t useCases) {
            if (!audits) {
                return;
            }
            const auto it = audits->find(code);
            const std::size_t n = it == audits->end() ? 0 : it->second;
            if (n != useCases) {
                problem(fmt::format("order {}: {} audit entries for {} use cases", code, n, useCases));
            }
        };
        struct Batch
        {
            std::size_t rows = 0;  // rows=R of its descriptions
            std::size_t found = 0; // rows in the database
        };
        std::map<std::string, Batch, std::less<>> batches;
        std::map<std::string, std::size_t> unreportedByTag;
        std::map<std::string, std::size_t, std::less<>> foundOrders; // code → events
        SQLite::Statement q(conn, "SELECT w.id, w.code, w.description, w.status FROM work_orders w "
                                  "JOIN sites s ON s.id = w.site_id WHERE s.code = ?");
        q.bind(1, std::string(kSiteCode));
        while (q.executeStep()) {
            ++r.orders;
            const auto id = q.getColumn(0).getInt64();
            const auto code = q.getColumn(1).getString();
            const auto description = q.getColumn(2).getString();
            const auto status = q.getColumn(3).getString();
            const auto& kinds = histories[id];
            if (const auto order = field(description, "order")) {
                const auto n = kinds.size();
                const auto sequence = std::span(kDeskSequence).first(std::min(n, kDeskSequence.size()));
                if (n == 0 || !historyIs(kinds, sequence)) {
                    problem(fmt::format("order {}: history {} is not a prefix of the desk's use cases", code,
                                        joined(kinds)));
                } else if (status != domain::statusKey(deskStatus(n))) {
                    problem(fmt::format("order {}: status {} does not follow from its {} events", code, status, n));
                }
                audited(code, n); // logged, then one event a use case
                foundOrders[code] = n;
                const auto reported = ledger.reportedOrders().find(code);
                if (reported == ledger.reportedOrders().end()) {
                    unreportedByTag[tagOf(*order)] += n;
                } else if (n < reported->second) {
                    problem(fmt::format("order {}: {} events reported committed, {} in the database", code,
                                        reported->second, n));
                } else {
                    unreportedByTag[tagOf(*order)] += n - reported->second;
                }
            } else if (const auto marker = field(description, "batch")) {
                const auto rows = number(field(description, "rows").value_or(""));
                const auto shape = number(field(description, "shape").value_or(""));
                if (!rows || !shape || *shape >= kRowShapes.size()) {
                    problem(fmt::format("order {}: unexpected description '{}'", code, description));
                    continue;
                }
                audited(code, 1); // the import
                auto& batch = batches[std::string(*marker)];
                batch.rows = *rows;
                ++batch.found;
                const auto& expected = kRowShapes[*shape];
                if (!historyIs(kinds, expected.history)) {
                    problem(
                        fmt::format("order {} of batch {}: history {} is incomplete", code, *marker, joined(kinds)));
                } else if (status != domain::statusKey(expected.status)) {
                    problem(fmt::format("order {} of batch {}: status {}, its history says {}", code, *marker, status,
                                        domain::statusKey(expected.status)));
                }
            } else {
                problem(fmt::format("order {}: unexpected description '{}'", code, description));
            }
        }
        snapshot.commit();

        for (const auto& [marker, batch] : batches) {
            if (batch.found != batch.rows) {
                problem(fmt::format("partial batch {}: {} of its {} rows in the database", marker, batch.found,
                                    batch.rows));
            }
            if (!ledger.reportedBatches().contains(marker)) {
                ++unreportedByTag[tagOf(marker)];
            }
        }
        for (const auto& [marker, rows] : ledger.reportedBatches()) {
            const auto it = batches.find(marker);
            if (it == batches.end()) {
                problem(fmt::format("batch {} was reported committed and is missing", marker));
            } else if (it->second.rows != rows) {
                problem(fmt::format("batch {}: {} rows reported, {} described", marker, rows, it->second.rows));
            }
        }
        for (const auto& [code, events] : ledger.reportedOrders()) {
            if (!foundOrders.contains(code)) {
                problem(fmt::format("order {} was reported committed and is missing", code));
            }
        }
        const std::size_t allowed = strictness == Strictness::AfterKill ? 1 : 0;
        for (const auto& [tag, n] : unreportedByTag) {
            r.unreported += n;
            if (n > allowed) {
                problem(fmt::format("run {}: {} transactions in the database that were never reported (at most {} "
                                    "may be)",
                                    tag, n, allowed));
            }
        }
    } catch (const std::exception& e) {
        problem(fmt::format("cannot read {}: {}", db.string(), e.what()));
    }
    return r;
}

} // namespace propdesk::reliability
