#include "milestonemodel.h"

#include "labels.h"
#include "qtconvert.h"

#include <QBrush>
#include <QColor>

namespace propdesk::gui {

namespace {

domain::TimeZone shanghai()
{
    // Replaced by the order's zone before any row exists; Asia/Shanghai is in every tz database.
    return *domain::TimeZone::find("Asia/Shanghai");
}

} // namespace

MilestoneModel::MilestoneModel(QObject* parent) : QAbstractTableModel(parent), m_zone(shanghai()) {}

MilestoneModel::~MilestoneModel() = default;

void MilestoneModel::setEvaluation(const rules::WorkOrderEvaluation& evaluation, const domain::TimeZone& zone)
{
    beginResetModel();
    m_results = {evaluation.arrival, evaluation.completion, evaluation.revisit};
    m_zone = zone;
    endResetModel();
}

void MilestoneModel::clear()
{
    beginResetModel();
    m_results.clear();
    endResetModel();
}

QString MilestoneModel::limitText(const rules::MilestoneResult& r)
{
    using domain::ClockKind;
    using domain::LimitUnit;
    QString amount;
    switch (r.unit) {
    case LimitUnit::Minutes:
        amount = tr("%1 min").arg(r.amount);
        break;
    case LimitUnit::Hours:
        amount = tr("%1 h").arg(r.amount);
        break;
    case LimitUnit::Days:
        amount = r.amount == 1 ? tr("1 day") : tr("%1 days").arg(r.amount);
        break;
    }
    switch (r.clock) {
    case ClockKind::Elapsed:
        return amount;
    case ClockKind::Working:
        return tr("%1 of working time").arg(amount);
    case ClockKind::CalendarDays:
        return r.amount == 0   ? tr("same day")
               : r.amount == 1 ? tr("1 calendar day")
                               : tr("%1 calendar days").arg(r.amount);
    case ClockKind::WorkingDays:
        return r.amount == 1 ? tr("1 working day") : tr("%1 working days").arg(r.amount);
    }
    return amount;
}

QString MilestoneModel::ruleText(const rules::MilestoneResult& r)
{
    if (r.byDueAt) {
        return tr("Agreed time");
    }
    if (r.ruleId.empty()) {
        return {};
    }
    return QStringLiteral("%1 · %2").arg(qs(r.ruleId), limitText(r));
}

QString MilestoneModel::outcomeText(const rules::MilestoneResult& r) const
{
    if (r.outcome == rules::Outcome::Missed && r.overBy.count() > 0) {
        return tr("%1, %2 over").arg(outcomeLabel(r.outcome), formatDuration(r.overBy));
    }
    return outcomeLabel(r.outcome);
}

int MilestoneModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_results.size());
}

int MilestoneModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MilestoneModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& r = m_results[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::ToolTipRole && column == Rule && !r.source.empty()) {
        return qs(r.source);
    }
    if (role == Qt::ForegroundRole && column == Outcome) {
        switch (r.outcome) {
        case rules::Outcome::Missed:
            return QBrush(QColor(0xc6, 0x28, 0x28));
        case rules::Outcome::Met:
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        case rules::Outcome::Pending:
        case rules::Outcome::NotMeasured:
            break;
        }
        return {};
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case Milestone:
        return milestoneLabel(r.milestone);
    case Rule:
        return ruleText(r);
    case Deadline:
        if (r.deadline) {
            return formatInstant(*r.deadline, m_zone);
        }
        // A duration clock stands still while the order is on hold: there is no deadline to show.
        return r.measured() && !r.end ? tr("paused (on hold)") : QString();
    case Actual:
        return r.end ? formatInstant(*r.end, m_zone) : QString();
    case Outcome:
        return outcomeText(r);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MilestoneModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Milestone:
        return tr("Milestone");
    case Rule:
        return tr("Rule");
    case Deadline:
        return tr("Deadline");
    case Actual:
        return tr("Reached");
    case Outcome:
        return tr("Outcome");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace propdesk::gui
