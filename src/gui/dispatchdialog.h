#pragma once

#include "domain/workorder.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class DispatchDialog;
}

namespace propdesk::gui {

class AppSession;
class FieldErrors;

// Assigns an order to one of the site's active technicians (again, to reassign it). Without any, the
// dialog says where to add them instead of offering an empty list.
class DispatchDialog : public QDialog
{
    Q_OBJECT

public:
    DispatchDialog(AppSession& session, const domain::WorkOrder& order, QWidget* parent = nullptr);
    ~DispatchDialog() override;

    const std::optional<domain::WorkOrder>& result() const { return m_result; }

public slots:
    void accept() override;

protected:
    bool event(QEvent* event) override;

private:
    AppSession& m_session;
    domain::WorkOrderId m_id;
    std::unique_ptr<Ui::DispatchDialog> m_ui;
    std::unique_ptr<FieldErrors> m_errors;
    std::optional<domain::WorkOrder> m_result;
};

} // namespace propdesk::gui
