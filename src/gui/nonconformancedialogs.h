#pragma once

// The dialogs of the nonconformance board (不合格项, docs/inspections.md): raising one by hand, assigning
// its cause and contractor, the rectification with its evidence and photos, the supervisor's verification,
// closing, and the corrective action report. Each asks the service on OK; a refusal keeps the dialog open
// with the reason next to the field (a move the state does not allow, below the form).

#include "domain/inspection.h"
#include "formdialog.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace propdesk::gui {

class AppSession;
class EventTimeEdit;
class FieldErrors;

// What the dialogs share: the nonconformance stored after OK.
class NonconformanceDialog : public FormDialog
{
    Q_OBJECT

public:
    const std::optional<domain::Nonconformance>& result() const { return m_result; }

protected:
    using FormDialog::FormDialog;
    // Shows the refusal, or keeps the stored record, tells the session and closes.
    void finish(domain::Result<domain::Nonconformance> stored);

    std::optional<domain::Nonconformance> m_result;
};

// A nonconformance found outside a sheet (a walk, a weekly check, a complaint): area type, location, what
// is wrong, the service, severity, cause and the deadline (the end of today unless changed).
class RaiseNonconformanceDialog : public NonconformanceDialog
{
    Q_OBJECT

public:
    explicit RaiseNonconformanceDialog(AppSession& session, QWidget* parent = nullptr);

    QComboBox* areaCombo() const { return m_area; }
    QLineEdit* locationEdit() const { return m_location; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    QComboBox* serviceCombo() const { return m_service; }
    QComboBox* severityCombo() const { return m_severity; }
    QLineEdit* causeEdit() const { return m_cause; }
    EventTimeEdit* deadlineEdit() const { return m_deadline; }

public slots:
    void accept() override;

private:
    QComboBox* m_area = nullptr;
    QLineEdit* m_location = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QComboBox* m_service = nullptr;
    QComboBox* m_severity = nullptr;
    QLineEdit* m_cause = nullptr;
    EventTimeEdit* m_deadline = nullptr;
};

// The cause found and the subcontractor responsible (the site's contractors of the nonconformance's
// service first).
class AssignNonconformanceDialog : public NonconformanceDialog
{
    Q_OBJECT

public:
    AssignNonconformanceDialog(AppSession& session, const domain::Nonconformance& nc,
                               const std::vector<domain::Contractor>& contractors, QWidget* parent = nullptr);

    QLineEdit* causeEdit() const { return m_cause; }
    // "No contractor" first, then the contractors; the data is the contractor id (0: none).
    QComboBox* contractorCombo() const { return m_contractor; }

public slots:
    void accept() override;

private:
    domain::NonconformanceId m_id;
    QLineEdit* m_cause = nullptr;
    QComboBox* m_contractor = nullptr;
};

// The rectification: who did it, when, the evidence and photos of the result.
class RectifyDialog : public NonconformanceDialog
{
    Q_OBJECT

public:
    RectifyDialog(AppSession& session, const domain::Nonconformance& nc, QWidget* parent = nullptr);

    QLineEdit* byEdit() const { return m_by; }
    QPlainTextEdit* evidenceEdit() const { return m_evidence; }
    EventTimeEdit* timeEdit() const { return m_time; }
    QListWidget* photosList() const { return m_photos; }
    // Stores a photo file and lists it, as "Add photos…" does for each file chosen; false (the refusal shown
    // beside the list) when the service refuses it.
    bool addPhoto(const QString& fileName);

public slots:
    void accept() override;
    void choosePhotos();

private:
    domain::NonconformanceId m_id;
    QLineEdit* m_by = nullptr;
    QPlainTextEdit* m_evidence = nullptr;
    EventTimeEdit* m_time = nullptr;
    QListWidget* m_photos = nullptr;
    QLabel* m_photosError = nullptr;
    std::vector<domain::PhotoRef> m_photoRefs;
};

// The supervisor checks the rectification: passed (verified) or failed (back to open, the note says why).
class VerifyDialog : public NonconformanceDialog
{
    Q_OBJECT

public:
    VerifyDialog(AppSession& session, const domain::Nonconformance& nc, QWidget* parent = nullptr);

    QRadioButton* passedButton() const { return m_passed; }
    QRadioButton* failedButton() const { return m_failed; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    EventTimeEdit* timeEdit() const { return m_time; }

public slots:
    void accept() override;

private:
    domain::NonconformanceId m_id;
    QRadioButton* m_passed = nullptr;
    QRadioButton* m_failed = nullptr;
    QPlainTextEdit* m_note = nullptr;
    EventTimeEdit* m_time = nullptr;
};

// Closes a verified nonconformance with a note.
class CloseNonconformanceDialog : public NonconformanceDialog
{
    Q_OBJECT

public:
    CloseNonconformanceDialog(AppSession& session, const domain::Nonconformance& nc, QWidget* parent = nullptr);

    QPlainTextEdit* noteEdit() const { return m_note; }
    EventTimeEdit* timeEdit() const { return m_time; }

public slots:
    void accept() override;

private:
    domain::NonconformanceId m_id;
    QPlainTextEdit* m_note = nullptr;
    EventTimeEdit* m_time = nullptr;
};

// The corrective action report (纠正措施报告): cause analysis, the action, who owns it and by when; a
// report recorded before is shown to be replaced.
class CorrectiveActionDialog : public NonconformanceDialog
{
    Q_OBJECT

public:
    CorrectiveActionDialog(AppSession& session, const domain::Nonconformance& nc, QWidget* parent = nullptr);

    QPlainTextEdit* causeAnalysisEdit() const { return m_causeAnalysis; }
    QPlainTextEdit* actionEdit() const { return m_action; }
    QLineEdit* ownerEdit() const { return m_owner; }
    QDateEdit* dueEdit() const { return m_due; }

public slots:
    void accept() override;

private:
    domain::NonconformanceId m_id;
    QPlainTextEdit* m_causeAnalysis = nullptr;
    QPlainTextEdit* m_action = nullptr;
    QLineEdit* m_owner = nullptr;
    QDateEdit* m_due = nullptr;
};

} // namespace propdesk::gui
