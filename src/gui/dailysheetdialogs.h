#pragma once

// The amendment of a signed inspection sheet's line (更正): which line, the new result and note, and the
// reason, which is required and kept in the sheet's amendments and the audit log. The dialog asks the
// service on OK; a refusal keeps it open with the reason next to the field.

#include "domain/inspection.h"
#include "services/inspectionservice.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace propdesk::gui {

class AppSession;
class FieldErrors;

class AmendLineDialog : public QDialog
{
    Q_OBJECT

public:
    // `view` is the signed sheet; `row` the line chosen first.
    AmendLineDialog(AppSession& session, const services::SheetView& view, int row, QWidget* parent = nullptr);
    ~AmendLineDialog() override;

    QComboBox* lineCombo() const { return m_line; }
    QComboBox* resultCombo() const { return m_result; }
    QLineEdit* noteEdit() const { return m_note; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    // The sheet as the service stored it after OK.
    const std::optional<services::SheetView>& amended() const { return m_amended; }

public slots:
    void accept() override;

protected:
    bool event(QEvent* event) override;

private:
    void lineChosen();

    AppSession& m_session;
    services::SheetView m_view;
    QComboBox* m_line = nullptr;
    QComboBox* m_result = nullptr;
    QLineEdit* m_note = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
    std::optional<services::SheetView> m_amended;
};

} // namespace propdesk::gui
