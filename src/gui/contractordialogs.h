#pragma once

// The dialogs of the contractor page (分包方, docs/inspections.md): a contractor added or edited, a
// written warning issued, a deduction from a month's fee. Each asks the service on OK; a refusal keeps the
// dialog open with the reason next to the field.

#include "domain/inspection.h"
#include "formdialog.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace propdesk::gui {

class AppSession;
class FieldErrors;

// What the contractor dialogs share: the choice of a nonconformance.
class ContractorFormDialog : public FormDialog
{
    Q_OBJECT

protected:
    using FormDialog::FormDialog;
    // "None", then the nonconformances (the data is the id, 0 for none), `preferred` chosen.
    QComboBox* makeNonconformanceCombo(const std::vector<domain::Nonconformance>& nonconformances);
};

// A contractor of the site: name, service, monthly fee in yuan, contract dates, contact, phone, licence
// (pest control), active. Adds one when `contractor` is none.
class ContractorDialog : public ContractorFormDialog
{
    Q_OBJECT

public:
    ContractorDialog(AppSession& session, const std::optional<domain::Contractor>& contractor,
                     QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* serviceCombo() const { return m_service; }
    QDoubleSpinBox* feeEdit() const { return m_fee; } // yuan
    QDateEdit* startEdit() const { return m_start; }
    QDateEdit* endEdit() const { return m_end; }
    QLineEdit* contactEdit() const { return m_contact; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QLineEdit* licenceEdit() const { return m_licence; }
    QCheckBox* activeCheck() const { return m_active; }
    const std::optional<domain::Contractor>& result() const { return m_result; }

public slots:
    void accept() override;

private:
    domain::Contractor m_contractor;
    QLineEdit* m_name = nullptr;
    QComboBox* m_service = nullptr;
    QDoubleSpinBox* m_fee = nullptr;
    QDateEdit* m_start = nullptr;
    QDateEdit* m_end = nullptr;
    QLineEdit* m_contact = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_licence = nullptr;
    QCheckBox* m_active = nullptr;
    std::optional<domain::Contractor> m_result;
};

// A written warning (书面警告) to a contractor: the date, the reason, the nonconformance behind it. Says
// how many the contractor has in the rolling year and that reaching the limit gives the right to terminate.
class WarningDialog : public ContractorFormDialog
{
    Q_OBJECT

public:
    WarningDialog(AppSession& session, const domain::Contractor& contractor, int warningsInYear, int limit,
                  const std::vector<domain::Nonconformance>& nonconformances, QWidget* parent = nullptr);

    QDateEdit* dateEdit() const { return m_date; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QComboBox* nonconformanceCombo() const { return m_nc; }
    const std::optional<domain::ContractorWarning>& result() const { return m_result; }

public slots:
    void accept() override;

private:
    domain::ContractorId m_contractor;
    QDateEdit* m_date = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QComboBox* m_nc = nullptr;
    std::optional<domain::ContractorWarning> m_result;
};

// A deduction (扣款) from a month's fee: the month, the amount in yuan, the reason, the nonconformance.
class DeductionDialog : public ContractorFormDialog
{
    Q_OBJECT

public:
    DeductionDialog(AppSession& session, const domain::Contractor& contractor,
                    const std::vector<domain::Nonconformance>& nonconformances, QWidget* parent = nullptr);

    QDateEdit* monthEdit() const { return m_month; }        // its year and month count
    QDoubleSpinBox* amountEdit() const { return m_amount; } // yuan
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QComboBox* nonconformanceCombo() const { return m_nc; }
    const std::optional<domain::Deduction>& result() const { return m_result; }

public slots:
    void accept() override;

private:
    domain::ContractorId m_contractor;
    QDateEdit* m_month = nullptr;
    QDoubleSpinBox* m_amount = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QComboBox* m_nc = nullptr;
    std::optional<domain::Deduction> m_result;
};

} // namespace propdesk::gui
