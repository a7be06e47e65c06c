#include "kpirecordsmodel.h"

#include "kpilabels.h"
#include "qtconvert.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace propdesk::gui {

namespace {

const QColor kLateText(0x9b, 0x00, 0x00);

} // namespace

KpiRecordsModel::KpiRecordsModel(QObject* parent) : QAbstractTableModel(parent) {}

KpiRecordsModel::~KpiRecordsModel() = default;

void KpiRecordsModel::setRecords(std::vector<rules::KpiRecord> records, domain::TimeZone zone)
{
    beginResetModel();
    m_records = std::move(records);
    m_zone = zone;
    // The most overdue first: what the manager has to explain.
    std::stable_sort(m_records.begin(), m_records.end(),
                     [](const auto& a, const auto& b) { return a.overBy > b.overBy; });
    endResetModel();
}

void KpiRecordsModel::clear()
{
    beginResetModel();
    m_records.clear();
    endResetModel();
}

const rules::KpiRecord& KpiRecordsModel::record(int row) const
{
    return m_records.at(static_cast<std::size_t>(row));
}

int KpiRecordsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int KpiRecordsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiRecordsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& r = record(index.row());
    const auto column = static_cast<Column>(index.column());
    const bool over = r.overBy.count() > 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Subject:
            return subjectText(r.subject);
        case Code:
            return qs(r.code);
        case Location:
            return qs(r.location);
        case Outcome:
            return outcomeText(r.outcome);
        case Rule:
            return r.ruleId == "due_at" ? tr("Agreed time") : qs(r.ruleId);
        case Deadline:
            return r.deadline && m_zone ? formatInstant(*r.deadline, *m_zone) : QString();
        case OverBy:
            return over ? formatDuration(r.overBy) : QString();
        case Detail:
            return qs(reports::detailText(interfaceReportLanguage(), r.detail));
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Detail || column == Location) {
            return r.detail.empty() && column == Detail ? QVariant() : data(index, Qt::DisplayRole);
        }
        return {};
    case Qt::ForegroundRole:
        if (over && (column == OverBy || column == Outcome)) {
            return QBrush(kLateText);
        }
        return {};
    case Qt::FontRole:
        if (over && column == OverBy) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == OverBy) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case OverBySecondsRole:
        if (column == OverBy) {
            return static_cast<qint64>(r.overBy.count());
        }
        return {};
    default:
        return {};
    }
}

QVariant KpiRecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case Subject:
        return tr("Record");
    case Code:
        return tr("Code");
    case Location:
        return tr("Location");
    case Outcome:
        return tr("Outcome");
    case Rule:
        return tr("Rule");
    case Deadline:
        return tr("Deadline");
    case OverBy:
        return tr("Over by");
    case Detail:
        return tr("Detail");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace propdesk::gui
