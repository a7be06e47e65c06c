#pragma once

#include "domain/inspection.h"

#include <QList>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace propdesk::gui {

class AppSession;
class FieldErrors;

// The Set-up tab of the Inspections module: the site as the inspections see it. The buildings (code, name,
// residential or office tower, the first and last standard floor, lifts) and the ground zones (code, name,
// area) that the monthly sample takes in turn; how many minor nonconformances in one area make a cluster
// within how many days, the days a monthly-sample nonconformance has for rectification and the written
// warnings that give the right to terminate a subcontract. Save stores it all at once, with a refusal shown
// beside the part it names; Revert reads it again. Read-only for those who may not manage inspections.
class InspectionSetupView : public QWidget
{
    Q_OBJECT

public:
    enum BuildingColumn
    {
        BuildingCode,
        BuildingName,
        BuildingType,
        BuildingFirstFloor,
        BuildingLastFloor,
        BuildingLifts,
    };
    enum ZoneColumn
    {
        ZoneCode,
        ZoneName,
        ZoneArea,
    };

    explicit InspectionSetupView(AppSession& session, QWidget* parent = nullptr);
    ~InspectionSetupView() override;

    QTableWidget* buildingsTable() const { return m_buildings; }
    QTableWidget* zonesTable() const { return m_zones; }
    // The kind of a building row (a combo box in the table).
    QComboBox* kindBox(int row) const;
    QSpinBox* clusterLimitSpin() const { return m_clusterLimit; }
    QSpinBox* clusterDaysSpin() const { return m_clusterDays; }
    QSpinBox* rectifyDaysSpin() const { return m_rectifyDays; }
    QSpinBox* warningLimitSpin() const { return m_warningLimit; }
    QLabel* buildingsError() const { return m_buildingsError; }
    QLabel* zonesError() const { return m_zonesError; }
    QLabel* limitsError() const { return m_limitsError; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* saveButton() const { return m_save; }

    // Row editing, as the buttons do: append a row (with the next number as its code), remove the current.
    void addBuilding();
    void removeBuilding();
    void addZone();
    void removeZone();

    // The set-up as the fields show it.
    domain::InspectionSetup edited() const;
    // Stores the edited set-up; true when the service took it.
    bool save();
    void revert();

private:
    void load(const domain::InspectionSetup& setup);
    void setBuilding(int row, const domain::Building& building);
    void setZone(int row, const domain::GroundZone& zone);
    void showError(const domain::Error& error);
    void updateActions();

    AppSession& m_session;
    domain::InspectionSetup m_loaded;
    bool m_loading = false;

    QTableWidget* m_buildings = nullptr;
    QTableWidget* m_zones = nullptr;
    QSpinBox* m_clusterLimit = nullptr;
    QSpinBox* m_clusterDays = nullptr;
    QSpinBox* m_rectifyDays = nullptr;
    QSpinBox* m_warningLimit = nullptr;
    QLabel* m_buildingsError = nullptr;
    QLabel* m_zonesError = nullptr;
    QLabel* m_limitsError = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_summary = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
    QList<QPushButton*> m_editButtons;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
};

} // namespace propdesk::gui
