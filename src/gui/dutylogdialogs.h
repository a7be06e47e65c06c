#pragma once

// The dialogs of the duty log (值班记录, docs/security-operations.md): a visitor, a vehicle or an incident
// logged, and an incident's handling and outcome. Each asks the service on OK; a refusal keeps the dialog
// open with the reason next to the field.

#include "domain/security.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace propdesk::gui {

class AppSession;
class EventTimeEdit;
class FieldErrors;

// Logs a visitor (name, whom visited and why, where), a vehicle (plate, the vehicle and why, where) or an
// incident (type, title, what happened, where) at a time, now to begin with.
class DutyEntryDialog : public QDialog
{
    Q_OBJECT

public:
    DutyEntryDialog(AppSession& session, domain::DutyEntryKind kind, QWidget* parent = nullptr);
    ~DutyEntryDialog() override;

    QLineEdit* subjectEdit() const { return m_subject; }
    QPlainTextEdit* detailEdit() const { return m_detail; }
    QLineEdit* locationEdit() const { return m_location; }
    QComboBox* typeCombo() const { return m_type; }
    EventTimeEdit* timeEdit() const { return m_time; }
    const std::optional<domain::DutyEntry>& result() const { return m_result; }

public slots:
    void accept() override;

protected:
    bool event(QEvent* event) override;

private:
    AppSession& m_session;
    domain::DutyEntryKind m_kind;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_detail = nullptr;
    QLineEdit* m_location = nullptr;
    QComboBox* m_type = nullptr;
    EventTimeEdit* m_time = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
    std::optional<domain::DutyEntry> m_result;
};

// Records what was done about an incident and how it ended, and when the handling finished.
class HandleIncidentDialog : public QDialog
{
    Q_OBJECT

public:
    HandleIncidentDialog(AppSession& session, const domain::DutyEntry& incident, QWidget* parent = nullptr);
    ~HandleIncidentDialog() override;

    QPlainTextEdit* handlingEdit() const { return m_handling; }
    QPlainTextEdit* outcomeEdit() const { return m_outcome; }
    EventTimeEdit* timeEdit() const { return m_time; }
    const std::optional<domain::DutyEntry>& result() const { return m_result; }

public slots:
    void accept() override;

protected:
    bool event(QEvent* event) override;

private:
    AppSession& m_session;
    domain::DutyEntryId m_id;
    QPlainTextEdit* m_handling = nullptr;
    QPlainTextEdit* m_outcome = nullptr;
    EventTimeEdit* m_time = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
    std::optional<domain::DutyEntry> m_result;
};

} // namespace propdesk::gui
