#pragma once

#include "domain/error.h"
#include "domain/ids.h"

#include <QTimer>
#include <QWidget>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class QCompleter;
class QShortcut;
class QStringListModel;

namespace Ui {
class IntakeForm;
}

namespace propdesk::domain {
struct KnownLocation;
struct WorkOrderSnapshot;
} // namespace propdesk::domain

namespace propdesk::services {
struct NewWorkOrder;
}

namespace propdesk::gui {

class AppSession;
class FieldErrors;

// The front desk's form for a resident's call, built to be filled while the resident talks: the place
// completes from the site's known locations (and brings back its last caller), the deadlines the order
// will get show as it is typed, a likely emergency or duplicate is pointed out. Ctrl+Enter logs, Esc
// clears; after logging the form is empty again with the cursor in the location.
class IntakeForm : public QWidget
{
    Q_OBJECT

public:
    explicit IntakeForm(AppSession& session, QWidget* parent = nullptr);
    ~IntakeForm() override;

    // Starts a call pre-filled from `order` (a rework: its reworkOf is kept, shown, and sent with the
    // order; Esc is then left to the dialog around the form).
    void prefill(const services::NewWorkOrder& order);

public slots:
    // Logs the order; false (with the reason next to its field) when the service refuses.
    bool logOrder();
    // Records this call in the history of `existing` instead of logging a new order.
    bool linkCall(propdesk::domain::WorkOrderId existing);
    // Empties the form for the next call.
    void clear();
    // Re-reads the preview, the suggestion and the duplicates now (the form does it ~150 ms after a change).
    void updatePreview();

signals:
    void orderLogged(propdesk::domain::WorkOrderId id, const QString& code);
    void callLinked(propdesk::domain::WorkOrderId id, const QString& code);

private:
    // The order as the form stands, at the session's site; an error names a time that cannot be read.
    domain::Result<services::NewWorkOrder> readForm() const;
    void schedulePreview();
    void reloadLocations();
    void locationChosen(const QString& location);
    void validatePhone();
    void updateLogButton();
    void showDuplicates(const std::vector<domain::WorkOrderSnapshot>& duplicates);
    void showConfirmation(const QString& text);
    void dueToggled(bool on);
    void reportedToggled(bool on);
    void useEmergency();

    AppSession& m_session;
    std::unique_ptr<Ui::IntakeForm> m_ui;
    std::unique_ptr<FieldErrors> m_errors;
    QStringListModel* m_locationModel = nullptr;
    QCompleter* m_completer = nullptr;
    QShortcut* m_clearShortcut = nullptr;
    QTimer m_previewTimer;
    QTimer m_refreshTimer;
    QTimer m_confirmationTimer;
    std::map<QString, std::pair<QString, QString>> m_lastCaller; // location → reporter, phone
    std::vector<domain::WorkOrderId> m_duplicateIds;
    std::optional<std::string> m_reworkOf;
};

} // namespace propdesk::gui
