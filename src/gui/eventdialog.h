#pragma once

#include "domain/workorder.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class EventDialog;
}

namespace propdesk::gui {

class AppSession;
class FieldErrors;

// Records one status change of an order: when it happened (now unless corrected) and, where the event
// carries one, a reason or result. OK asks the service; a refusal keeps the dialog open with the reason
// next to the field it concerns.
class EventDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        Arrival,
        Hold,
        Resume,
        Completion,
        Cancellation,
    };

    EventDialog(AppSession& session, const domain::WorkOrder& order, Kind kind, QWidget* parent = nullptr);
    ~EventDialog() override;

    Kind kind() const { return m_kind; }
    // The order as the service returned it after OK.
    const std::optional<domain::WorkOrder>& result() const { return m_result; }

public slots:
    void accept() override;

protected:
    bool event(QEvent* event) override;

private:
    AppSession& m_session;
    domain::WorkOrderId m_id;
    Kind m_kind;
    std::unique_ptr<Ui::EventDialog> m_ui;
    std::unique_ptr<FieldErrors> m_errors;
    std::optional<domain::WorkOrder> m_result;
};

} // namespace propdesk::gui
