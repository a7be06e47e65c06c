#pragma once

// The dialogs of the preventive actions (预防措施, docs/inspections.md): a potential cause and what is done
// about it, and the action marked done. Each asks the service on OK; a refusal keeps the dialog open with
// the reason next to the field.

#include "domain/inspection.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace propdesk::gui {

class AppSession;
class EventTimeEdit;
class FieldErrors;

// A new preventive action: the potential cause, the action, the owner, the due date and, when a
// nonconformance revealed the cause, which one.
class PreventiveActionDialog : public QDialog
{
    Q_OBJECT

public:
    // `nonconformances` are offered as the source; `from` is chosen to begin with.
    PreventiveActionDialog(AppSession& session, const std::vector<domain::Nonconformance>& nonconformances,
                           std::optional<domain::NonconformanceId> from, QWidget* parent = nullptr);
    ~PreventiveActionDialog() override;

    QLineEdit* causeEdit() const { return m_cause; }
    QPlainTextEdit* actionEdit() const { return m_action; }
    QLineEdit* ownerEdit() const { return m_owner; }
    QDateEdit* dueEdit() const { return m_due; }
    // "None" first, then the nonconformances; the data is the id (0: none).
    QComboBox* fromCombo() const { return m_from; }
    const std::optional<domain::PreventiveAction>& result() const { return m_result; }

public slots:
    void accept() override;

protected:
    bool event(QEvent* event) override;

private:
    AppSession& m_session;
    QLineEdit* m_cause = nullptr;
    QPlainTextEdit* m_action = nullptr;
    QLineEdit* m_owner = nullptr;
    QDateEdit* m_due = nullptr;
    QComboBox* m_from = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
    std::optional<domain::PreventiveAction> m_result;
};

// Marks a preventive action done, with a note and when.
class CompletePreventiveActionDialog : public QDialog
{
    Q_OBJECT

public:
    CompletePreventiveActionDialog(AppSession& session, const domain::PreventiveAction& action,
                                   QWidget* parent = nullptr);
    ~CompletePreventiveActionDialog() override;

    QPlainTextEdit* noteEdit() const { return m_note; }
    EventTimeEdit* timeEdit() const { return m_time; }
    const std::optional<domain::PreventiveAction>& result() const { return m_result; }

public slots:
    void accept() override;

protected:
    bool event(QEvent* event) override;

private:
    AppSession& m_session;
    domain::PreventiveActionId m_id;
    QPlainTextEdit* m_note = nullptr;
    EventTimeEdit* m_time = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
    std::optional<domain::PreventiveAction> m_result;
};

} // namespace propdesk::gui
