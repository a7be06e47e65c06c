#pragma once

#include "services/workordercsv.h"

#include <QDate>
#include <QDialog>

#include <memory>
#include <optional>
#include <string>

class QPushButton;

namespace Ui {
class ExportDialog;
}

namespace propdesk::gui {

class AppSession;

// File ▸ Export work orders: the orders of a site (or all sites) reported in a date range, as CSV that
// PropDesk and spreadsheets read. Runs behind a progress dialog that can be cancelled; the file is written
// through FILE.part and renamed, so that a cancelled or failed export leaves no half file (and an existing
// file as it was).
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(AppSession& session, QWidget* parent = nullptr);
    ~ExportDialog() override;

    // What the form describes: the site (none: all), the reported range of local dates, both inclusive.
    services::ExportFilter exportFilter() const;
    void setSite(const std::optional<std::string>& siteCode);
    // Sets the range to a whole month (the month quick-pick does the same).
    void setMonth(int year, int month);
    void setFile(const QString& fileName);

    // Writes the file, as the export button does; the number of rows written, none when cancelled or failed.
    std::optional<std::size_t> exportNow();

signals:
    void exported(int count);

private:
    void fillSites();
    void fillMonths();
    void monthChosen();
    void rangeEdited();
    void chooseFile();
    QString suggestedName() const;
    void updateButtons();

    AppSession& m_session;
    std::unique_ptr<Ui::ExportDialog> m_ui;
    QPushButton* m_exportButton = nullptr;
    bool m_filling = false;
};

} // namespace propdesk::gui
