#pragma once

#include "domain/security.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace propdesk::gui {

class AppSession;

// The duty log (值班记录) of a range of days, oldest first: visitors and vehicles with their time in and out
// (those still inside marked), incidents with their type, handling and outcome (unhandled ones marked).
class DutyLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Kind,
        At,
        Out,
        Subject,
        Detail,
        Location,
        Handling,
        Outcome,
        RecordedBy,
        ColumnCount
    };

    explicit DutyLogModel(AppSession& session, QObject* parent = nullptr);
    ~DutyLogModel() override;

    // Reads the entries of first … last (local dates), of one kind or all.
    void setFilter(domain::Date first, domain::Date last, std::optional<domain::DutyEntryKind> kind);
    void reload();

    const domain::DutyEntry& entry(int row) const;
    int rowOf(domain::DutyEntryId id) const;
    // Visitors and vehicles shown without a time out; incidents shown without handling.
    int stillInside() const;
    int unhandled() const;
    const QString& error() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void reloaded();

private:
    AppSession& m_session;
    domain::Date m_first{date::year{2000} / 1 / 1};
    domain::Date m_last{date::year{2000} / 1 / 1};
    std::optional<domain::DutyEntryKind> m_kind;
    std::vector<domain::DutyEntry> m_entries;
    QString m_error;
};

} // namespace propdesk::gui
