#pragma once

// Signing a pest-control operator in at the office (消杀签到, 003 制度4 §二.3 10): the contractor, the
// operator and the licence number (required), where and what was treated. A refusal keeps the dialog open
// with the reason next to the field.

#include "domain/inspection.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace propdesk::gui {

class AppSession;
class EventTimeEdit;
class FieldErrors;

class PestVisitDialog : public QDialog
{
    Q_OBJECT

public:
    // `contractors`: the site's pest-control contractors.
    PestVisitDialog(AppSession& session, const std::vector<domain::Contractor>& contractors, QWidget* parent = nullptr);
    ~PestVisitDialog() override;

    QComboBox* contractorCombo() const { return m_contractor; } // the data is the contractor id
    QLineEdit* operatorEdit() const { return m_operator; }
    QLineEdit* licenceEdit() const { return m_licence; }
    QLineEdit* areasEdit() const { return m_areas; }
    QPlainTextEdit* treatmentEdit() const { return m_treatment; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    EventTimeEdit* timeEdit() const { return m_time; }
    // The refusal shown beside the licence number.
    QLabel* licenceError() const { return m_licenceError; }
    QLabel* formError() const { return m_formError; }
    const std::optional<domain::PestControlVisit>& result() const { return m_result; }

public slots:
    void accept() override;

protected:
    bool event(QEvent* event) override;

private:
    AppSession& m_session;
    QComboBox* m_contractor = nullptr;
    QLineEdit* m_operator = nullptr;
    QLineEdit* m_licence = nullptr;
    QLineEdit* m_areas = nullptr;
    QPlainTextEdit* m_treatment = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    EventTimeEdit* m_time = nullptr;
    QLabel* m_licenceError = nullptr;
    QLabel* m_formError = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
    std::optional<domain::PestControlVisit> m_result;
};

} // namespace propdesk::gui
