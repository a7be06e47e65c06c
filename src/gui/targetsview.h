#pragma once

#include "domain/commitment.h"

#include <QWidget>

#include <optional>
#include <vector>

class QAbstractItemModel;
class QLabel;
class QPushButton;
class QTableWidget;

namespace propdesk::gui {

class AppSession;

// The Targets tab of the KPI page (docs/kpi-report.md): the site's target versions (effective from, contract,
// in force / scheduled / superseded, saved by and at) and the targets of the selected one beside the
// catalogue's defaults. Managers save a new version (pre-filled from the version in force) or correct one that
// has not taken effect; a version that has taken effect is read-only.
class TargetsView : public QWidget
{
    Q_OBJECT

public:
    enum VersionColumn
    {
        EffectiveFrom,
        Contract,
        State,
        SavedBy,
        SavedAt,
        VersionColumnCount
    };
    enum TargetColumn
    {
        Number,
        Indicator,
        Target,
        Default,
        Origin,
        TargetColumnCount
    };

    explicit TargetsView(AppSession& session, QWidget* parent = nullptr);
    ~TargetsView() override;

    // One row per version, newest first.
    QAbstractItemModel* versionsModel() const;
    QTableWidget* versionsTable() const { return m_versions; }
    // Every indicator with the selected version's target (the defaults when there is no version).
    QTableWidget* targetsTable() const { return m_targets; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* editButton() const { return m_edit; }
    // What the selected version is: in force since, read-only, or scheduled.
    QLabel* stateLabel() const { return m_state; }
    QLabel* errorLabel() const { return m_error; }
    // The version of a row of the versions table.
    std::optional<domain::TargetSet> version(int row) const;

    // A new version, pre-filled from the one in force, from next month.
    void newVersion();
    // Corrects the selected version when it has not taken effect.
    void editVersion();
    void reload();

private:
    void showSelected();
    void updateActions();
    bool hasTakenEffect(const domain::TargetSet& set) const;

    AppSession& m_session;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_state = nullptr;
    QTableWidget* m_versions = nullptr;
    QTableWidget* m_targets = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    std::vector<domain::TargetSet> m_rows; // newest first
};

} // namespace propdesk::gui
