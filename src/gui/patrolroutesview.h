#pragma once

#include "domain/security.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace propdesk::gui {

class AppSession;

// The site's guard-tour routes (巡更路线): the version of each in force today, or every version, with its
// checkpoints, rounds per shift, round length and tolerance. A new route, or a change to one, is saved as a
// new version effective from a date; the rounds of earlier days keep the version then in force.
class PatrolRoutesView : public QWidget
{
    Q_OBJECT

public:
    explicit PatrolRoutesView(AppSession& session, QWidget* parent = nullptr);
    ~PatrolRoutesView() override;

    QTableWidget* table() const { return m_table; }
    // The route version on a row of the table.
    const domain::PatrolRoute* route(int row) const;

    // Opens the editor, as the buttons do: empty for a new route, else the version on the current row.
    void newRoute();
    void editRoute();
    void reload();

private:
    void updateActions();

    AppSession& m_session;
    QCheckBox* m_all = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QTableWidget* m_table = nullptr;
    std::vector<domain::PatrolRoute> m_routes; // one per row
    domain::SecuritySetup m_setup;
};

} // namespace propdesk::gui
