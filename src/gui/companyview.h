#pragma once

#include "domain/time.h"

#include <QWidget>

class QAbstractItemModel;
class QDateEdit;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace propdesk::gui {

class AppSession;

// The company view (公司总览, docs/kpi-report.md): one month for every site the user works at, side by side.
// Rows are the indicators in catalogue order under a row counting each site's missed indicators; columns
// are the sites; a cell is the site's value, green when met, red when missed, grey without data. Reads
// again when the records or the commitments change; while hidden it only notes that it must.
class CompanyView : public QWidget
{
    Q_OBJECT

public:
    // The columns before the sites.
    enum Column
    {
        Number,
        Name,
        FirstSite
    };
    // The row before the indicators.
    static constexpr int kMissedRow = 0;
    // Data roles of the cells: the indicator's key (any column), and 1 met / 0 missed / none for a site.
    static constexpr int KeyRole = Qt::UserRole;
    static constexpr int MetRole = Qt::UserRole + 1;

    explicit CompanyView(AppSession& session, QWidget* parent = nullptr);
    ~CompanyView() override;

    // Shows `month` (read at once). The view starts on the month before the current one.
    void setMonth(date::year_month month);
    date::year_month month() const { return m_month; }
    // Computes the month again as of now.
    void refresh();
    QAbstractItemModel* model() const;

    QTableView* table() const { return m_table; }
    QLabel* summaryLabel() const { return m_summary; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refreshLater();

    AppSession& m_session;
    date::year_month m_month;
    bool m_stale = true;
    QStandardItemModel* m_model = nullptr;
    QDateEdit* m_monthEdit = nullptr;
    QPushButton* m_refresh = nullptr;
    QLabel* m_asOf = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace propdesk::gui
