#pragma once

#include "domain/inspection.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace propdesk::gui {

class AppSession;
class FieldErrors;

// Edits a new version of an area type's template: its name, the date it takes effect, the check items in
// sheet order (code, what is checked, the standard, the service, the unit and the weight: the quantity the
// item covers, which the rates add up), how the monthly sample takes the area type, and whether it stays in
// use. Saving stores the version; a refusal keeps the dialog open with the reason next to the field, and an
// item's refusal selects its row.
class InspectionTemplateDialog : public QDialog
{
    Q_OBJECT

public:
    enum ItemColumn
    {
        ItemCode,
        ItemText,
        ItemStandard,
        ItemService,
        ItemUnit,
        ItemWeight,
    };

    // `from`: the version the new one starts from (its area type is kept).
    InspectionTemplateDialog(AppSession& session, const domain::InspectionTemplate& from, QWidget* parent = nullptr);
    ~InspectionTemplateDialog() override;

    QLineEdit* nameEdit() const { return m_name; }
    QDateEdit* effectiveEdit() const { return m_effective; }
    QTableWidget* itemTable() const { return m_items; }
    QComboBox* scopeBox() const { return m_scope; }
    QSpinBox* buildingsSpin() const { return m_buildings; }
    QSpinBox* floorsSpin() const { return m_floors; }
    QCheckBox* officesOnlyCheck() const { return m_officesOnly; }
    QCheckBox* residentialOnlyCheck() const { return m_residentialOnly; }
    QCheckBox* activeCheck() const { return m_active; }
    QLabel* nameError() const { return m_nameError; }
    QLabel* effectiveError() const { return m_effectiveError; }
    QLabel* itemsError() const { return m_itemsError; }
    QLabel* sampleError() const { return m_sampleError; }
    QLabel* formError() const { return m_formError; }

    // Item editing, as the buttons do: append a row, remove or move the current one.
    void addItem(const domain::CheckItem& item);
    void removeItem();
    void moveItem(int by);
    // The service and unit of a row (combo boxes in the table).
    QComboBox* serviceBox(int row) const;
    QComboBox* unitBox(int row) const;

    // The template as the form describes it.
    domain::InspectionTemplate edited() const;
    const std::optional<domain::InspectionTemplate>& result() const { return m_result; }

public slots:
    void accept() override;

protected:
    bool event(QEvent* event) override;

private:
    void setRow(int row, const domain::CheckItem& item);
    domain::CheckItem rowItem(int row) const;
    void updateSampleFields();
    void showError(const domain::Error& error);

    AppSession& m_session;
    domain::InspectionTemplate m_from;
    QLineEdit* m_name = nullptr;
    QDateEdit* m_effective = nullptr;
    QTableWidget* m_items = nullptr;
    QComboBox* m_scope = nullptr;
    QSpinBox* m_buildings = nullptr;
    QSpinBox* m_floors = nullptr;
    QCheckBox* m_officesOnly = nullptr;
    QCheckBox* m_residentialOnly = nullptr;
    QCheckBox* m_active = nullptr;
    QLabel* m_nameError = nullptr;
    QLabel* m_effectiveError = nullptr;
    QLabel* m_itemsError = nullptr;
    QLabel* m_sampleError = nullptr;
    QLabel* m_formError = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
    // The table row of each item of edited() (rows left empty are skipped), to point at a refused item.
    mutable std::vector<int> m_itemRows;
    std::optional<domain::InspectionTemplate> m_result;
};

} // namespace propdesk::gui
