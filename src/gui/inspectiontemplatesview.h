#pragma once

#include "domain/inspection.h"

#include <QString>
#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace propdesk::gui {

class AppSession;

// The Templates tab of the Inspections module: the site's check-item templates, one row per area type with
// the version in force today (name, effective date, items, how the monthly sample takes it, a change to
// come); below, every version of the selected area type and the items of the selected version. "New
// version…" opens the editor on the selected version: saving stores a new version effective from a date,
// and the sheets of earlier days keep the items they were made from. Editing needs ManageInspections.
class InspectionTemplatesView : public QWidget
{
    Q_OBJECT

public:
    enum AreaColumn
    {
        AreaLabel,
        AreaName,
        AreaEffective,
        AreaItems,
        AreaSample,
        AreaNext,
    };
    enum VersionColumn
    {
        VersionEffective,
        VersionName,
        VersionItems,
        VersionSample,
        VersionActive,
        VersionSaved,
    };
    enum ItemColumn
    {
        ItemCode,
        ItemText,
        ItemStandard,
        ItemService,
        ItemWeight,
    };

    explicit InspectionTemplatesView(AppSession& session, QWidget* parent = nullptr);
    ~InspectionTemplatesView() override;

    QTableWidget* areaTable() const { return m_areas; }
    QTableWidget* versionTable() const { return m_versions; }
    QTableWidget* itemTable() const { return m_items; }
    QPushButton* newVersionButton() const { return m_new; }
    QLabel* summaryLabel() const { return m_summary; }

    // The area type on a row of the area table; the version on a row of the version table.
    std::optional<domain::AreaType> area(int row) const;
    const domain::InspectionTemplate* version(int row) const;
    void selectArea(domain::AreaType area);

    // Opens the editor on the selected version (else the one in force), as the button does.
    void newVersion();
    void reload();

private:
    void showVersions();
    void showItems();
    void updateActions();

    AppSession& m_session;
    std::vector<domain::InspectionTemplate> m_all;   // every version of the site
    std::vector<domain::InspectionTemplate> m_shown; // the selected area type's versions, one per row
    QLabel* m_summary = nullptr;
    QPushButton* m_new = nullptr;
    QTableWidget* m_areas = nullptr;
    QTableWidget* m_versions = nullptr;
    QTableWidget* m_items = nullptr;
};

// How the monthly sample takes an area type: "Whole site", "2 buildings in turn", "8 standard floors of each
// building (office towers only)".
QString sampleRuleText(const domain::SampleRule& rule);

} // namespace propdesk::gui
