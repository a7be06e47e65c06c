#pragma once

// The dialogs of the guard tours (docs/security-operations.md): a checkpoint scan entered by hand, and a
// guard-tour device's export imported.

#include "domain/security.h"
#include "services/patrolcsv.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <string>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace propdesk::gui {

class AppSession;
class EventTimeEdit;
class FieldErrors;

// One scan entered by hand: the checkpoint (of the routes in force today), the guard and when. A refusal
// keeps the dialog open with the reason next to the field.
class RecordScanDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RecordScanDialog(AppSession& session, QWidget* parent = nullptr);
    ~RecordScanDialog() override;

    QComboBox* checkpointCombo() const { return m_checkpoint; }
    QLineEdit* guardEdit() const { return m_guard; }
    EventTimeEdit* timeEdit() const { return m_time; }
    const std::optional<domain::PatrolScan>& result() const { return m_result; }

public slots:
    void accept() override;

protected:
    bool event(QEvent* event) override;

private:
    AppSession& m_session;
    QComboBox* m_checkpoint = nullptr;
    QLineEdit* m_guard = nullptr;
    EventTimeEdit* m_time = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
    std::optional<domain::PatrolScan> m_result;
};

// Imports a guard-tour device's CSV export: the file, which of its columns hold the checkpoint, the guard
// and the time (found by their usual names unless chosen), how many rows are ready and every problem found,
// then the valid rows or nothing. Scans imported before are counted, not stored twice.
class PatrolImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PatrolImportDialog(AppSession& session, QWidget* parent = nullptr);
    ~PatrolImportDialog() override;

    // Reads and checks the file, as choosing it does; false when it cannot be read or checked.
    bool setFile(const QString& fileName);
    // Checks the file again with the columns chosen.
    void check();
    // Writes the valid rows, as the import button does; false when nothing could be written.
    bool importValid();

    QComboBox* checkpointColumn() const { return m_columns[0]; }
    QComboBox* guardColumn() const { return m_columns[1]; }
    QComboBox* timeColumn() const { return m_columns[2]; }
    QTableWidget* issuesTable() const { return m_issues; }
    QLabel* summaryLabel() const { return m_summary; }
    const std::optional<services::PatrolImportPlan>& plan() const { return m_plan; }
    const std::optional<services::PatrolImportResult>& result() const { return m_result; }

private:
    void chooseFile();
    void fillColumns(const std::vector<std::string>& header);
    void showPlan();

    AppSession& m_session;
    QLineEdit* m_file = nullptr;
    QComboBox* m_columns[3] = {nullptr, nullptr, nullptr};
    QLabel* m_summary = nullptr;
    QTableWidget* m_issues = nullptr;
    QPushButton* m_importButton = nullptr;
    std::string m_data;
    std::string m_fileName;
    bool m_filling = false;
    std::optional<services::PatrolImportPlan> m_plan;
    std::optional<services::PatrolImportResult> m_result;
};

} // namespace propdesk::gui
