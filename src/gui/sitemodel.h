#pragma once

#include "domain/site.h"

#include <QAbstractTableModel>

#include <vector>

namespace propdesk::gui {

class AppSession;

// The sites of the open database, read-only, one row each; follows AppSession's sitesChanged().
class SiteModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        Name,
        TimeZone,
        Calendar,
        WorkingHours,
        ColumnCount
    };

    explicit SiteModel(AppSession& session, QObject* parent = nullptr);
    ~SiteModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const domain::Site& site(int row) const;

private:
    void reload();

    AppSession& m_session;
    std::vector<domain::Site> m_sites;
};

} // namespace propdesk::gui
