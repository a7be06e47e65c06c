#pragma once

// The dialogs of the handover log (交接班, docs/security-operations.md): a handover recorded with both
// leaders' signatures and the open matters it carries over or raises, a missing signature added later, and
// an open matter raised or closed between handovers. Each asks the service on OK; a refusal keeps the
// dialog open with the reason next to the field.

#include "domain/security.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <string>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace propdesk::gui {

class AppSession;
class EventTimeEdit;
class FieldErrors;

// The handover at the start of `shift` on `day`: the outgoing and the incoming leader (the squad leaders
// the roster puts there, to begin with), when each signed, what was handed over, the open items carried
// over and new ones to raise (one per line).
class HandoverDialog : public QDialog
{
    Q_OBJECT

public:
    HandoverDialog(AppSession& session, const domain::SecuritySetup& setup, domain::Date day, const std::string& shift,
                   QWidget* parent = nullptr);
    ~HandoverDialog() override;

    QComboBox* outgoingLeader() const { return m_outgoing; }
    QComboBox* incomingLeader() const { return m_incoming; }
    QCheckBox* outgoingSigned() const { return m_outgoingSigned; }
    QCheckBox* incomingSigned() const { return m_incomingSigned; }
    EventTimeEdit* outgoingTime() const { return m_outgoingTime; }
    EventTimeEdit* incomingTime() const { return m_incomingTime; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    // The open items carried over to this handover, one line each.
    QListWidget* carriedList() const { return m_carried; }
    QPlainTextEdit* newItemsEdit() const { return m_newItems; }
    // The handover as the service stored it after OK, with the items open at it.
    const std::optional<domain::Handover>& result() const { return m_result; }

public slots:
    void accept() override;

protected:
    bool event(QEvent* event) override;

private:
    AppSession& m_session;
    domain::Date m_day;
    std::string m_shift;
    QComboBox* m_outgoing = nullptr;
    QComboBox* m_incoming = nullptr;
    QCheckBox* m_outgoingSigned = nullptr;
    QCheckBox* m_incomingSigned = nullptr;
    EventTimeEdit* m_outgoingTime = nullptr;
    EventTimeEdit* m_incomingTime = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QListWidget* m_carried = nullptr;
    QPlainTextEdit* m_newItems = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
    std::optional<domain::Handover> m_result;
};

// Adds a signature a handover lacks: the side (only the missing ones are offered), the leader and when.
class SignHandoverDialog : public QDialog
{
    Q_OBJECT

public:
    SignHandoverDialog(AppSession& session, const domain::Handover& handover, QWidget* parent = nullptr);
    ~SignHandoverDialog() override;

    QComboBox* sideCombo() const { return m_side; }
    QComboBox* leaderCombo() const { return m_leader; }
    EventTimeEdit* timeEdit() const { return m_time; }
    const std::optional<domain::Handover>& result() const { return m_result; }

public slots:
    void accept() override;

protected:
    bool event(QEvent* event) override;

private:
    AppSession& m_session;
    domain::Handover m_handover;
    QComboBox* m_side = nullptr;
    QComboBox* m_leader = nullptr;
    EventTimeEdit* m_time = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
    std::optional<domain::Handover> m_result;
};

// Raises an open item between handovers (no item given), or closes `item` with a note saying how it was
// settled.
class HandoverItemDialog : public QDialog
{
    Q_OBJECT

public:
    HandoverItemDialog(AppSession& session, const std::optional<domain::HandoverItem>& item, QWidget* parent = nullptr);
    ~HandoverItemDialog() override;

    QPlainTextEdit* textEdit() const { return m_text; }
    EventTimeEdit* timeEdit() const { return m_time; }
    const std::optional<domain::HandoverItem>& result() const { return m_result; }

public slots:
    void accept() override;

protected:
    bool event(QEvent* event) override;

private:
    AppSession& m_session;
    std::optional<domain::HandoverItem> m_item;
    QPlainTextEdit* m_text = nullptr;
    EventTimeEdit* m_time = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
    std::optional<domain::HandoverItem> m_result;
};

} // namespace propdesk::gui
