#pragma once

#include "services/workordercsv.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <string>

class QPushButton;

namespace Ui {
class ImportDialog;
}

namespace propdesk::gui {

class AppSession;
class ImportIssueModel;

// File ▸ Import work orders: reads a CSV file, shows how many rows are ready and every problem found
// (line, column, reason), then imports the valid rows or nothing. The import runs behind a progress dialog
// that can be cancelled; a cancelled or failed import writes nothing, and the dialog says so.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(AppSession& session, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Reads and checks the file, as choosing it does; false when it cannot be read or checked.
    bool setFile(const QString& fileName);
    // The site of rows that name none (its code), or none to take each row's own.
    void setSiteOverride(const std::optional<std::string>& siteCode);
    std::optional<std::string> siteOverride() const;

    // The outcome of the last check; none before a file was checked.
    const std::optional<services::ImportPlan>& plan() const { return m_plan; }
    ImportIssueModel* issueModel() const { return m_issues; }
    // Writes the valid rows, as the import button does; false when nothing was written.
    bool importValid();
    // Writes the rejected rows with their reasons as CSV to correct and import again.
    bool saveRejects(const QString& fileName);

signals:
    // After the valid rows were written.
    void imported(int count);

private:
    void chooseFile();
    void chooseRejectsFile();
    void fillSites();
    void check();
    void showPlan();
    void showError(const QString& text);
    void finished(int count);

    AppSession& m_session;
    std::unique_ptr<Ui::ImportDialog> m_ui;
    ImportIssueModel* m_issues = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_rejectsButton = nullptr;
    QPushButton* m_nothingButton = nullptr;
    QString m_fileName;
    std::string m_data;
    std::optional<services::ImportPlan> m_plan;
    bool m_filling = false;
    bool m_done = false;
};

} // namespace propdesk::gui
