#pragma once

#include "domain/complaint.h"
#include "domain/timezone.h"

#include <QAbstractTableModel>

#include <vector>

namespace propdesk::gui {

// Every event in a complaint's history, oldest first: when it happened, what, who recorded it, the details
// (department, the texts, the rating, the verdict, the work order) and when it was recorded if that was
// later (an event entered after the fact).
class ComplaintTimelineModel : public QAbstractTableModel
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

    explicit ComplaintTimelineModel(QObject* parent = nullptr);
    ~ComplaintTimelineModel() override;

    // Shows the history of `complaint`, its times in `zone` (the complaint's site).
    void setComplaint(const domain::Complaint& complaint, const domain::TimeZone& zone);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString details(const domain::ComplaintEvent& event) const;

    std::vector<domain::ComplaintEvent> m_events;
    domain::TimeZone m_zone;
};

} // namespace propdesk::gui
