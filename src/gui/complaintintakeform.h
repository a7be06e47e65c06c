#pragma once

#include "domain/error.h"
#include "domain/ids.h"

#include <QTimer>
#include <QWidget>

#include <map>
#include <memory>
#include <utility>

class QCompleter;
class QStringListModel;

namespace Ui {
class ComplaintIntakeForm;
}

namespace propdesk::services {
struct NewComplaint;
}

namespace propdesk::gui {

class AppSession;
class FieldErrors;

// The desk's form for a complaint (投诉受理), as quick as the repair intake: the place completes from the
// site's known locations (and brings back its last caller), the response and resolution deadlines show
// as it is typed, the department can be chosen at once (routing it) and the work order it is about named.
// Whoever is signed in takes it and stays its first responder (首问责任人). Ctrl+Enter saves, Esc clears;
// after saving the form is empty again with the cursor in the location.
class ComplaintIntakeForm : public QWidget
{
    Q_OBJECT

public:
    explicit ComplaintIntakeForm(AppSession& session, QWidget* parent = nullptr);
    ~ComplaintIntakeForm() override;

public slots:
    // Takes the complaint; false (with the reason next to its field) when the service refuses.
    bool takeComplaint();
    // Empties the form for the next complaint.
    void clear();
    // Re-reads the deadline preview now (the form does it ~150 ms after a change).
    void updatePreview();

signals:
    void complaintTaken(propdesk::domain::ComplaintId id, const QString& code);

private:
    // The complaint as the form stands, at the session's site; an error names a time that cannot be read.
    domain::Result<services::NewComplaint> readForm() const;
    void schedulePreview();
    void reloadLocations();
    void reloadWorkOrders();
    void locationChosen(const QString& location);
    void validatePhone();
    void updateUser();
    void showConfirmation(const QString& text);

    AppSession& m_session;
    std::unique_ptr<Ui::ComplaintIntakeForm> m_ui;
    std::unique_ptr<FieldErrors> m_errors;
    QStringListModel* m_locationModel = nullptr;
    QStringListModel* m_workOrderModel = nullptr;
    QTimer m_previewTimer;
    QTimer m_refreshTimer;
    QTimer m_confirmationTimer;
    std::map<QString, std::pair<QString, QString>> m_lastCaller; // location → resident, phone
};

} // namespace propdesk::gui
