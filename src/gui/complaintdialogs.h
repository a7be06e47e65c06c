#pragma once

// The dialogs of the complaint actions (docs/complaints.md). Each asks the service on OK; a refusal keeps
// the dialog open with the reason next to the field it concerns. Times default to now and may be corrected
// to when it happened.

#include "domain/complaint.h"
#include "domain/workorder.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <vector>

class QButtonGroup;

namespace Ui {
class ComplaintEventDialog;
class ComplaintRevisitDialog;
class ComplaintLinkDialog;
class ComplaintWorkOrderDialog;
} // namespace Ui

namespace propdesk::domain {
class TimeZone;
}

namespace propdesk::gui {

class AppSession;
class FieldErrors;

// The heading of a dialog about one complaint: "<b>code</b> · category · location · resident" and the
// description, as rich text.
QString complaintSummary(const domain::ComplaintHeader& complaint, const domain::TimeZone& zone);

// One step of a complaint that carries texts: routing (department and a note), the response, the
// resolution (with its measures), the reply (with the office head informed), the verdict, a note, the
// withdrawal.
class ComplaintEventDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        Route,
        Respond,
        Resolve,
        Reply,
        Judge,
        Note,
        Withdraw,
    };

    ComplaintEventDialog(AppSession& session, const domain::Complaint& complaint, Kind kind, QWidget* parent = nullptr);
    ~ComplaintEventDialog() override;

    Kind kind() const { return m_kind; }
    // The complaint as the service returned it after OK.
    const std::optional<domain::Complaint>& result() const { return m_result; }

public slots:
    void accept() override;

protected:
    bool event(QEvent* event) override;

private:
    void showError(const domain::Error& error);

    AppSession& m_session;
    domain::ComplaintId m_id;
    Kind m_kind;
    std::unique_ptr<Ui::ComplaintEventDialog> m_ui;
    std::unique_ptr<FieldErrors> m_errors;
    std::optional<domain::Complaint> m_result;
};

// The revisit call (回访) after the reply: the resident's satisfaction, 很满意 (5) to 很不满意 (1) or none
// given, and a comment, which a rating of 2 or less must have.
class ComplaintRevisitDialog : public QDialog
{
    Q_OBJECT

public:
    ComplaintRevisitDialog(AppSession& session, const domain::Complaint& complaint, QWidget* parent = nullptr);
    ~ComplaintRevisitDialog() override;

    const std::optional<domain::Complaint>& result() const { return m_result; }

public slots:
    void accept() override;

protected:
    bool event(QEvent* event) override;

private:
    AppSession& m_session;
    domain::ComplaintId m_id;
    std::unique_ptr<Ui::ComplaintRevisitDialog> m_ui;
    std::unique_ptr<FieldErrors> m_errors;
    QButtonGroup* m_ratings = nullptr;
    std::optional<domain::Complaint> m_result;
};

// Links the complaint to an existing work order of its site, by code; the site's recent orders complete
// what is typed.
class ComplaintLinkDialog : public QDialog
{
    Q_OBJECT

public:
    ComplaintLinkDialog(AppSession& session, const domain::Complaint& complaint, QWidget* parent = nullptr);
    ~ComplaintLinkDialog() override;

    const std::optional<domain::Complaint>& result() const { return m_result; }
    // How many orders the completer offers.
    int offeredOrders() const;

public slots:
    void accept() override;

protected:
    bool event(QEvent* event) override;

private:
    void describeTyped();

    AppSession& m_session;
    domain::ComplaintId m_id;
    std::unique_ptr<Ui::ComplaintLinkDialog> m_ui;
    std::unique_ptr<FieldErrors> m_errors;
    std::vector<domain::WorkOrderSnapshot> m_orders;
    std::optional<domain::Complaint> m_result;
};

// Raises a work order from the complaint (the repair it asks for): category, urgency and the description,
// the complaint's to begin with. The order is logged at the complaint's place for its resident and linked.
class ComplaintWorkOrderDialog : public QDialog
{
    Q_OBJECT

public:
    ComplaintWorkOrderDialog(AppSession& session, const domain::Complaint& complaint, QWidget* parent = nullptr);
    ~ComplaintWorkOrderDialog() override;

    const std::optional<domain::Complaint>& result() const { return m_result; }
    const std::optional<domain::WorkOrder>& order() const { return m_order; }

public slots:
    void accept() override;

protected:
    bool event(QEvent* event) override;

private:
    AppSession& m_session;
    domain::ComplaintId m_id;
    std::unique_ptr<Ui::ComplaintWorkOrderDialog> m_ui;
    std::unique_ptr<FieldErrors> m_errors;
    std::optional<domain::Complaint> m_result;
    std::optional<domain::WorkOrder> m_order;
};

} // namespace propdesk::gui
