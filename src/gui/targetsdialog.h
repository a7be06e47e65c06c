#pragma once

// A new version of a site's KPI targets (docs/kpi-report.md): the month it takes effect (its first day), the
// contract it comes from, and for every indicator of the catalogue a comparator (≥ ≤ <) and a value in the
// indicator's unit, or no target. Pre-filled from the version it starts from; the service refuses to rewrite a
// version that has taken effect (Conflict), shown below the form.

#include "domain/commitment.h"
#include "formdialog.h"

#include <optional>
#include <string_view>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace propdesk::gui {

class TargetsDialog : public FormDialog
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Indicator,
        Comparator,
        Value,
        Default,
        ColumnCount
    };

    // `from` fills the contract and the targets (none: the catalogue's defaults); `effectiveFrom` the month.
    TargetsDialog(AppSession& session, const std::optional<domain::TargetSet>& from, date::year_month effectiveFrom,
                  QWidget* parent = nullptr);

    QDateEdit* effectiveEdit() const { return m_effective; }
    QLineEdit* contractEdit() const { return m_contract; }
    QTableWidget* targetsTable() const { return m_table; }
    // Refusals naming an indicator's target.
    QLabel* targetsError() const { return m_targetsError; }
    // The row of a catalogue key, -1 when unknown.
    int rowOf(std::string_view key) const;
    QComboBox* comparatorCombo(int row) const;
    QDoubleSpinBox* valueEdit(int row) const;
    // What a row says: none for no target.
    std::optional<domain::KpiTarget> target(int row) const;
    void setTarget(int row, const std::optional<domain::KpiTarget>& target);
    const std::optional<domain::TargetSetId>& result() const { return m_result; }

public slots:
    void accept() override;

private:
    QDateEdit* m_effective = nullptr;
    QLineEdit* m_contract = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_targetsError = nullptr;
    std::optional<domain::TargetSetId> m_result;
};

} // namespace propdesk::gui
