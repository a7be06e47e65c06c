#pragma once

#include "domain/ids.h"
#include "services/complaintlists.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <optional>
#include <vector>

namespace propdesk::gui {

class AppSession;

// The complaint revisit queue (回访): the current site's replied complaints not revisited yet, the longest
// waiting first. The waiting time follows the session's clock (refreshClock()).
class ComplaintRevisitQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        RepliedAt,
        Waiting,
        Category,
        Resident,
        Phone,
        Location,
        Department,
        Description,
        ColumnCount
    };
    enum Role
    {
        ComplaintIdRole = Qt::UserRole + 1, // qlonglong, the complaint's id
    };

    explicit ComplaintRevisitQueueModel(AppSession& session, QObject* parent = nullptr);
    ~ComplaintRevisitQueueModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const services::ComplaintRevisitEntry& entry(int row) const { return m_entries.at(static_cast<std::size_t>(row)); }
    std::optional<domain::ComplaintId> complaintId(const QModelIndex& index) const;
    int rowOf(domain::ComplaintId id) const;
    // What went wrong at the last read, empty when it worked.
    QString errorText() const { return m_error; }

public slots:
    void reload();
    // Moves the waiting column to the clock's now.
    void refreshClock();

private:
    AppSession& m_session;
    std::vector<services::ComplaintRevisitEntry> m_entries;
    QString m_error;
    QTimer m_ticker;
};

} // namespace propdesk::gui
