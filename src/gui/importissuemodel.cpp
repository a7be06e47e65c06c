#include "importissuemodel.h"

#include "errortext.h"
#include "qtconvert.h"

#include <algorithm>

namespace propdesk::gui {

ImportIssueModel::ImportIssueModel(QObject* parent) : QAbstractTableModel(parent) {}

ImportIssueModel::~ImportIssueModel() = default;

void ImportIssueModel::setPlan(const services::ImportPlan& plan)
{
    beginResetModel();
    m_issues = plan.fileIssues;
    for (const auto& row : plan.rejected) {
        m_issues.insert(m_issues.end(), row.issues.begin(), row.issues.end());
    }
    std::stable_sort(m_issues.begin(), m_issues.end(), [](const auto& a, const auto& b) { return a.line < b.line; });
    endResetModel();
}

void ImportIssueModel::clear()
{
    beginResetModel();
    m_issues.clear();
    endResetModel();
}

const services::ImportIssue& ImportIssueModel::issue(int row) const
{
    return m_issues.at(static_cast<std::size_t>(row));
}

int ImportIssueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_issues.size());
}

int ImportIssueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportIssueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& issue = m_issues[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() == Line) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    }
    if (role == Qt::ToolTipRole && index.column() == Reason) {
        return messageText(issue.reason);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(index.column())) {
    case Line:
        return issue.line > 0 ? QVariant(issue.line) : QVariant(tr("file"));
    case Field: {
        // The file's header names the column in English: keep that name next to the translated one.
        const QString name = qs(issue.column);
        const QString label = fieldText(issue.column);
        return label == name ? name : tr("%1 (%2)", "column label (column name in the file)").arg(label, name);
    }
    case Reason:
        return messageText(issue.reason);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ImportIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Line:
        return tr("Line");
    case Field:
        return tr("Column");
    case Reason:
        return tr("Problem");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace propdesk::gui
