#pragma once

#include "domain/security.h"

#include <QWidget>

#include <vector>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace propdesk::gui {

class AppSession;

// The spot checks (查岗) of a month: when, who, whether at night, the posts visited, the findings with their
// corrective notes; above them the night checks made against the month's target (003 制度4: at least 4).
class SpotCheckView : public QWidget
{
    Q_OBJECT

public:
    explicit SpotCheckView(AppSession& session, QWidget* parent = nullptr);
    ~SpotCheckView() override;

    QDateEdit* monthEdit() const { return m_month; }
    QTableWidget* table() const { return m_table; }
    QLabel* targetLabel() const { return m_target; }
    const std::vector<domain::SpotCheck>& checks() const { return m_checks; }
    int nightChecks() const;

    void recordCheck();
    void reload();

private:
    void updateActions();

    AppSession& m_session;
    QDateEdit* m_month = nullptr;
    QLabel* m_target = nullptr;
    QPushButton* m_record = nullptr;
    QTableWidget* m_table = nullptr;
    domain::SecuritySetup m_setup;
    std::vector<domain::SpotCheck> m_checks;
};

} // namespace propdesk::gui
