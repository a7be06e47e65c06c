#pragma once

#include <QWidget>

class QTabWidget;

namespace propdesk::gui {

class AppSession;
class DutyLogView;
class HandoverLogView;
class PatrolToursView;
class RosterView;
class SecuritySetupView;
class SpotCheckView;

// The "Security" module (秩序维护, docs/security-operations.md): the month's roster, today's guard tours, the
// handover log, the duty log, the spot checks and the set-up with the patrol routes, one tab each. The tab
// last shown is kept in QSettings ("security/tab").
class SecurityPage : public QWidget
{
    Q_OBJECT

public:
    explicit SecurityPage(AppSession& session, QWidget* parent = nullptr);
    ~SecurityPage() override;

    QTabWidget* tabs() const { return m_tabs; }
    RosterView* roster() const { return m_roster; }
    PatrolToursView* tours() const { return m_tours; }
    HandoverLogView* handovers() const { return m_handovers; }
    DutyLogView* dutyLog() const { return m_dutyLog; }
    SpotCheckView* spotChecks() const { return m_spotChecks; }
    SecuritySetupView* setup() const { return m_setup; }

private:
    QTabWidget* m_tabs = nullptr;
    RosterView* m_roster = nullptr;
    PatrolToursView* m_tours = nullptr;
    HandoverLogView* m_handovers = nullptr;
    DutyLogView* m_dutyLog = nullptr;
    SpotCheckView* m_spotChecks = nullptr;
    SecuritySetupView* m_setup = nullptr;
};

} // namespace propdesk::gui
