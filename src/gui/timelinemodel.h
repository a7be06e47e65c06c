#pragma once

#include "domain/timezone.h"
#include "domain/workorder.h"

#include <QAbstractTableModel>

#include <vector>

namespace propdesk::gui {

// Every event in an order's history, oldest first: when it happened, what, who recorded it, why, and when it
// was recorded if that was later (an event entered after the fact).
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        Event,
        Actor,
        Details,
        Recorded,
        ColumnCount
    };

    explicit TimelineModel(QObject* parent = nullptr);
    ~TimelineModel() override;

    // Shows the history of `order`, its times in `zone` (the order's site).
    void setOrder(const domain::WorkOrder& order, const domain::TimeZone& zone);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString details(const domain::WorkOrderEvent& event) const;

    std::vector<domain::WorkOrderEvent> m_events;
    domain::TimeZone m_zone;
};

} // namespace propdesk::gui
