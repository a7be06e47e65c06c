#pragma once

#include "domain/workorder.h"

#include <QDialog>

#include <memory>
#include <optional>

class QButtonGroup;

namespace Ui {
class RevisitDialog;
}

namespace propdesk::gui {

class AppSession;
class FieldErrors;

// The revisit call (回访) after a completed repair: the resident's satisfaction, 很满意 (5) to 很不满意 (1),
// and a comment, which a rating of 2 or less must have.
class RevisitDialog : public QDialog
{
    Q_OBJECT

public:
    RevisitDialog(AppSession& session, const domain::WorkOrder& order, QWidget* parent = nullptr);
    ~RevisitDialog() override;

    const std::optional<domain::WorkOrder>& result() const { return m_result; }

public slots:
    void accept() override;

protected:
    bool event(QEvent* event) override;

private:
    AppSession& m_session;
    domain::WorkOrderId m_id;
    std::unique_ptr<Ui::RevisitDialog> m_ui;
    std::unique_ptr<FieldErrors> m_errors;
    QButtonGroup* m_ratings = nullptr;
    std::optional<domain::WorkOrder> m_result;
};

} // namespace propdesk::gui
