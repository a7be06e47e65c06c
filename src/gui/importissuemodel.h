#pragma once

#include "services/workordercsv.h"

#include <QAbstractTableModel>

#include <vector>

namespace propdesk::gui {

// Every problem an import found, in line order: the line of the file, the column and the reason. Problems
// with the file as a whole (line 0) come first.
class ImportIssueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Line,
        Field,
        Reason,
        ColumnCount
    };

    explicit ImportIssueModel(QObject* parent = nullptr);
    ~ImportIssueModel() override;

    void setPlan(const services::ImportPlan& plan);
    void clear();
    const services::ImportIssue& issue(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<services::ImportIssue> m_issues;
};

} // namespace propdesk::gui
