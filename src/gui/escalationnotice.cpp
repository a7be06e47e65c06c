#include "escalationnotice.h"

#include "appsession.h"
#include "guilog.h"
#include "qtconvert.h"

#include <QApplication>
#include <QStyle>

#include <algorithm>

namespace propdesk::gui {

namespace {

// The codes listed in the tooltip; beyond them "and N more".
constexpr std::size_t kListedCodes = 8;

} // namespace

bool receivesEscalations(domain::Role role)
{
    return role == domain::Role::Supervisor || role == domain::Role::Manager;
}

EscalationNotice::EscalationNotice(AppSession& session, QWidget* parent) : QToolButton(parent), m_session(session)
{
    setObjectName(QStringLiteral("escalationNotice"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setCursor(Qt::PointingHandCursor);
    setStyleSheet(QStringLiteral("QToolButton#escalationNotice { color: #9b0000; font-weight: bold; "
                                 "background: #fdecea; border: 1px solid #e57373; border-radius: 3px; "
                                 "padding: 1px 8px; }"));
    setAccessibleName(tr("Escalated complaints"));
    hide();

    connect(this, &QToolButton::clicked, this, [this] {
        if (const auto id = mostOverdue()) {
            emit complaintRequested(*id);
        }
    });
    connect(&m_session, &AppSession::complaintsChanged, this, &EscalationNotice::reload);
    connect(&m_session, &AppSession::siteChanged, this, &EscalationNotice::reload);
    connect(&m_session, &AppSession::userChanged, this, &EscalationNotice::reload);
    connect(&m_ticker, &QTimer::timeout, this, &EscalationNotice::refresh);
    connect(&m_reloader, &QTimer::timeout, this, &EscalationNotice::reload);
    m_ticker.start(kTickMs);
    m_reloader.start(kReloadMs);
    reload();
}

EscalationNotice::~EscalationNotice() = default;

std::optional<domain::ComplaintId> EscalationNotice::mostOverdue() const
{
    if (m_escalated.empty()) {
        return std::nullopt;
    }
    return m_escalated.front();
}

void EscalationNotice::reload()
{
    m_entries.clear();
    if (m_session.isOpen() && m_session.site() && receivesEscalations(m_session.user().role)) {
        // The board, not escalations(): the clock moves complaints onto the list between two reads.
        if (auto board = m_session.workspace().complaintLists().board(m_session.site()->code)) {
            m_entries = std::move(*board); // refresh() picks the escalated ones as the clock moves
        } else {
            logger()->warn("cannot read the complaints of {} for escalations: {}", m_session.site()->code,
                           board.error().describe());
        }
    }
    refresh();
}

void EscalationNotice::refresh()
{
    const auto now = m_session.clock().now();
    std::vector<const services::ComplaintBoardEntry*> escalated;
    for (const auto& e : m_entries) {
        if (services::escalated(e, now)) {
            escalated.push_back(&e);
        }
    }
    std::stable_sort(escalated.begin(), escalated.end(),
                     [](const auto* a, const auto* b) { return *a->responseDeadline < *b->responseDeadline; });
    m_escalated.clear();
    QStringList lines;
    for (const auto* e : escalated) {
        m_escalated.push_back(e->complaint.header.id);
        if (static_cast<std::size_t>(lines.size()) < kListedCodes) {
            lines << tr("%1: no response for %2")
                         .arg(qs(e->complaint.header.code), formatDuration(now - e->complaint.header.receivedAt));
        }
    }
    const int count = static_cast<int>(m_escalated.size());
    if (count == 0) {
        hide();
        setText({});
        setToolTip({});
        return;
    }
    if (static_cast<std::size_t>(count) > kListedCodes) {
        lines << tr("and %1 more").arg(count - static_cast<int>(kListedCodes));
    }
    setText(count == 1 ? tr("⚠ 1 complaint needs a response") : tr("⚠ %1 complaints need a response").arg(count));
    setToolTip(tr("Past their response deadline without a response:") + QStringLiteral("\n") +
               lines.join(QLatin1Char('\n')) + QStringLiteral("\n") +
               tr("Click to open the longest overdue one in Complaints."));
    show();
}

} // namespace propdesk::gui
