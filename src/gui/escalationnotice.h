#pragma once

#include "domain/ids.h"
#include "services/complaintlists.h"

#include <QTimer>
#include <QToolButton>

#include <optional>
#include <vector>

namespace propdesk::domain {
enum class Role;
}

namespace propdesk::gui {

class AppSession;

// Whether the role is alerted to complaints past their response deadline: the site's supervisors and
// managers (the desk sees the countdowns on the board).
bool receivesEscalations(domain::Role role);

// The main window's notification of escalated complaints (a status-bar button): "⚠ 2 complaints need a
// response", shown to supervisors and managers while the current site has open complaints past their
// response deadline without a response. Clicking it asks for the longest overdue one. The complaints are
// read when the session says they, the site or the user changed, and every few seconds (another desk may
// have taken one); the session's clock decides each second which of them are past their deadline, so a
// test moves its clock and calls refresh().
class EscalationNotice : public QToolButton
{
    Q_OBJECT

public:
    static constexpr int kTickMs = 1000;
    static constexpr int kReloadMs = 15'000;

    explicit EscalationNotice(AppSession& session, QWidget* parent = nullptr);
    ~EscalationNotice() override;

    // The escalated complaints now, the longest overdue first.
    const std::vector<domain::ComplaintId>& escalated() const { return m_escalated; }
    std::optional<domain::ComplaintId> mostOverdue() const;

public slots:
    // Reads the site's open complaints again, then refresh().
    void reload();
    // Decides with the clock's now which complaints are escalated; shows or hides the button.
    void refresh();

signals:
    void complaintRequested(propdesk::domain::ComplaintId id);

private:
    AppSession& m_session;
    std::vector<services::ComplaintBoardEntry> m_entries;
    std::vector<domain::ComplaintId> m_escalated;
    QTimer m_ticker;
    QTimer m_reloader;
};

} // namespace propdesk::gui
