#pragma once

#include "domain/audit.h"
#include "domain/site.h"
#include "domain/timezone.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace propdesk::gui {

class AppSession;

// Entries of the audit trail as a table. Either the trail (setFilter): the entries matching a filter, newest first,
// read a page at a time as the view scrolls (keyset paging below the last entry's id); or one record's own entries
// (showRecord), oldest first, all at once, as its detail pane shows them. Times are in the zone of the entry's site,
// the session's for entries without one.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        User,
        Site,
        Entity,
        Record,
        Action,
        Summary,
        ColumnCount
    };

    enum Role
    {
        // The entry's id (qint64).
        EntryIdRole = Qt::UserRole + 1,
    };

    static constexpr int kPageSize = 200;

    explicit AuditModel(AppSession& session, QObject* parent = nullptr);
    ~AuditModel() override;

    // Shows the trail entries matching `filter` (its beforeId and limit are the model's own), first page.
    void setFilter(domain::AuditFilter filter);
    // Shows the entries of one record, oldest first.
    void showRecord(domain::SiteId site, std::string entity, std::string record);
    // No rows, no error.
    void clear();
    // Reads the same filter or record again, as many rows as were loaded (at least a page).
    void reload();
    // The page size of the trail; tests page through few entries with a small one.
    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }

    const domain::AuditFilter& filter() const { return m_filter; }
    bool atEnd() const { return m_atEnd; }
    // What went wrong at the last read, empty when it worked.
    QString errorText() const { return m_error; }
    // "3 entries", "200 entries so far: scroll for more", or the error.
    QString statusText() const;

    const domain::AuditEntry& entry(int row) const;
    // The row of a loaded entry, or -1.
    int rowOf(std::int64_t id) const;
    // The zone the entry's times are shown in.
    domain::TimeZone zoneOf(const domain::AuditEntry& entry) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    // The rows were read anew (filter, record or reload), more were fetched, or a read failed: status lines read
    // statusText() again.
    void loaded();

private:
    struct SiteInfo
    {
        QString code;
        domain::TimeZone zone;
    };
    struct RecordKey
    {
        domain::SiteId site;
        std::string entity;
        std::string record;
    };

    void load(int limit);
    // Reads up to `limit` trail entries below the last loaded one; false on error.
    bool readPage(int limit, std::vector<domain::AuditEntry>& rows);
    bool readRecord(std::vector<domain::AuditEntry>& rows);
    void readSites();
    const SiteInfo* siteInfo(const std::optional<domain::SiteId>& id) const;

    AppSession& m_session;
    domain::AuditFilter m_filter;
    // Set while showing one record rather than the trail.
    std::optional<RecordKey> m_record;
    bool m_active = false;
    std::vector<domain::AuditEntry> m_rows;
    int m_pageSize = kPageSize;
    bool m_atEnd = true;
    bool m_resetting = false;
    bool m_fetching = false;
    QString m_error;
    std::unordered_map<domain::SiteId, SiteInfo> m_sites;
};

} // namespace propdesk::gui
