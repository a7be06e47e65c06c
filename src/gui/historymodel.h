#pragma once

#include "domain/site.h"
#include "domain/timezone.h"
#include "domain/workorderrepository.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace propdesk::gui {

class AppSession;

// The work-order history as a lazy table: the orders matching a filter, newest first, read a page at a time
// from the services (keyset paging on reported time and id) as the view scrolls, so that a million orders
// cost no more than the rows on screen. The number of matches is counted up to kCountCap once the event loop
// has shown the rows: a text search matching many orders takes longer to count than to list.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        Site,
        Reported,
        Status,
        Urgency,
        Category,
        Location,
        Reporter,
        Phone,
        Technician,
        Description,
        ColumnCount
    };

    enum Role
    {
        // The order's domain::WorkOrderId value (qint64).
        WorkOrderIdRole = Qt::UserRole + 1,
    };

    static constexpr int kPageSize = 200;
    // Counting a text search costs about 2 ms per thousand matches on a million orders; past ten thousand the
    // exact number tells a user nothing that "10,000+" does not.
    static constexpr std::int64_t kCountCap = 10'000;

    explicit HistoryModel(AppSession& session, QObject* parent = nullptr);
    ~HistoryModel() override;

    // Shows the orders matching `filter`: resets the model to its first page and counts the matches.
    void setFilter(domain::WorkOrderFilter filter);
    const domain::WorkOrderFilter& filter() const { return m_filter; }
    // Reads the same filter again after the orders changed, as many rows as were loaded (at least a page), so
    // that the row the user was on is still there.
    void reload();

    // How many orders match, or kCountCap + 1 for "more than kCountCap"; none while counting, before the first
    // filter or when counting failed.
    std::optional<std::int64_t> matchCount() const { return m_count; }
    bool counting() const { return m_countTimer.isActive(); }
    // Counts now rather than from the event loop (benchmarks, and callers that need the number at once).
    void countMatches();
    // "1,234 orders", "100,000+ orders", in the interface language; the error when reading failed.
    QString countText() const;
    // What went wrong at the last read, empty when it worked.
    QString errorText() const { return m_error; }

    domain::WorkOrderId orderId(int row) const;
    const domain::WorkOrderSnapshot& order(int row) const;
    // The row of a loaded order, or -1.
    int rowOf(domain::WorkOrderId id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    // The rows were read anew (filter or reload), or counted: the status line reads countText() again.
    void loaded();
    void counted();

private:
    struct SiteInfo
    {
        QString code;
        domain::TimeZone zone;
    };

    // Reads up to `limit` rows after the last loaded one; false on error.
    bool readPage(int limit, std::vector<domain::WorkOrderSnapshot>& rows);
    void load(int limit);
    void readSites();
    const SiteInfo* siteInfo(domain::SiteId id) const;

    AppSession& m_session;
    domain::WorkOrderFilter m_filter;
    std::vector<domain::WorkOrderSnapshot> m_rows;
    bool m_atEnd = true;
    bool m_resetting = false;
    std::optional<std::int64_t> m_count;
    QTimer m_countTimer;
    QString m_error;
    std::unordered_map<domain::SiteId, SiteInfo> m_sites;
};

} // namespace propdesk::gui
