#pragma once

#include "domain/complaintrepository.h"
#include "domain/timezone.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <cstdint>
#include <optional>
#include <vector>

namespace propdesk::gui {

class AppSession;

// The complaint history as a lazy table: the complaints matching a filter, newest first, read a page at a
// time from the services (keyset paging on received time and id) as the view scrolls. The matches are
// counted up to kCountCap once the event loop has shown the rows.
class ComplaintHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        Received,
        Status,
        Channel,
        Category,
        Resident,
        Phone,
        Location,
        Department,
        Verdict,
        FirstResponder,
        Description,
        ColumnCount
    };

    enum Role
    {
        ComplaintIdRole = Qt::UserRole + 1, // qlonglong, the complaint's id
    };

    static constexpr int kPageSize = 200;
    static constexpr std::int64_t kCountCap = 10'000;

    explicit ComplaintHistoryModel(AppSession& session, QObject* parent = nullptr);
    ~ComplaintHistoryModel() override;

    // Shows the complaints matching `filter`: resets the model to its first page and counts the matches.
    void setFilter(domain::ComplaintFilter filter);
    const domain::ComplaintFilter& filter() const { return m_filter; }
    // Reads the same filter again after the complaints changed, as many rows as were loaded (at least a
    // page), so that the row the user was on is still there.
    void reload();

    // How many complaints match, or kCountCap + 1 for "more than kCountCap"; none while counting, before the
    // first filter or when counting failed.
    std::optional<std::int64_t> matchCount() const { return m_count; }
    bool counting() const { return m_countTimer.isActive(); }
    // Counts now rather than from the event loop.
    void countMatches();
    // "1,234 complaints", "10,000+ complaints"; the error when reading failed.
    QString countText() const;
    QString errorText() const { return m_error; }

    domain::ComplaintId complaintId(int row) const;
    const domain::ComplaintSnapshot& complaint(int row) const;
    // The row of a loaded complaint, or -1.
    int rowOf(domain::ComplaintId id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void loaded();
    void counted();

private:
    bool readPage(int limit, std::vector<domain::ComplaintSnapshot>& rows);
    void load(int limit);

    AppSession& m_session;
    domain::ComplaintFilter m_filter;
    std::vector<domain::ComplaintSnapshot> m_rows;
    bool m_atEnd = true;
    bool m_resetting = false;
    std::optional<std::int64_t> m_count;
    QTimer m_countTimer;
    QString m_error;
};

} // namespace propdesk::gui
