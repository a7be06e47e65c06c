#pragma once

#include "domain/ids.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class ReworkDialog;
}

namespace propdesk::domain {
struct WorkOrder;
}

namespace propdesk::gui {

class AppSession;
class IntakeForm;

// Logs a rework (返修): the intake form, filled from the order whose repair failed and linked to it. The
// new order is measured afresh from the moment of the call.
class ReworkDialog : public QDialog
{
    Q_OBJECT

public:
    ReworkDialog(AppSession& session, const domain::WorkOrder& original, QWidget* parent = nullptr);
    ~ReworkDialog() override;

    IntakeForm* form() const { return m_form; }
    // The new order, once logged.
    std::optional<domain::WorkOrderId> logged() const { return m_logged; }

private:
    std::unique_ptr<Ui::ReworkDialog> m_ui;
    IntakeForm* m_form = nullptr;
    std::optional<domain::WorkOrderId> m_logged;
};

} // namespace propdesk::gui
