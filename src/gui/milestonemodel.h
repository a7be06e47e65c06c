#pragma once

#include "domain/timezone.h"
#include "rules/evaluation.h"

#include <QAbstractTableModel>

#include <vector>

namespace propdesk::gui {

// How an order fares against its deadlines: one row per milestone (arrival, completion, revisit) with the
// rule that measures it (or the agreed time), the deadline, when it was reached and the outcome.
class MilestoneModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Milestone,
        Deadline,
        Actual,
        Outcome,
        Rule, // last: the longest, and what matters least at a glance
        ColumnCount
    };

    explicit MilestoneModel(QObject* parent = nullptr);
    ~MilestoneModel() override;

    // Shows the milestones of `evaluation`, times in `zone` (the order's site).
    void setEvaluation(const rules::WorkOrderEvaluation& evaluation, const domain::TimeZone& zone);
    void clear();

    // "15 min", "2 working days", "same day": the limit of a milestone's rule.
    static QString limitText(const rules::MilestoneResult& result);
    // The rule's id and limit, "Agreed time" for one measured against due_at, empty when none applies.
    static QString ruleText(const rules::MilestoneResult& result);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString outcomeText(const rules::MilestoneResult& result) const;

    std::vector<rules::MilestoneResult> m_results;
    domain::TimeZone m_zone;
};

} // namespace propdesk::gui
