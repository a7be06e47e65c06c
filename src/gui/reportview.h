#pragma once

#include "domain/commitment.h"
#include "domain/error.h"
#include "reports/monthlyreport.h"

#include <QWidget>

#include <optional>
#include <vector>

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace propdesk::gui {

class AppSession;

// The Report tab of KPI & reports (docs/kpi-report.md): the month's report of the current site in Chinese
// or English, as of now or a chosen time, previewed, printed, written as PDF or xlsx; frozen by a manager
// (the document stored as it stands); and the site's frozen reports, reprinted from the stored document,
// never recomputed.
class ReportView : public QWidget
{
    Q_OBJECT

public:
    explicit ReportView(AppSession& session, QWidget* parent = nullptr);
    ~ReportView() override;

    void setMonth(date::year_month month);
    date::year_month month() const;
    void setLanguage(reports::Language language);
    reports::Language language() const;
    // None: as of now.
    void setAsOf(std::optional<domain::Instant> asOf);

    // The month's document as of the chosen time, as Preview, Print, PDF and Excel make it.
    domain::Result<reports::MonthlyReport> currentDocument() const;
    // Freezes the month's report without asking (Freeze… asks first); false with the refusal shown.
    bool freezeReport();
    // The site's frozen reports, newest first: month, as of, frozen by, frozen at.
    QAbstractItemModel* snapshotsModel() const;
    // The stored document of the frozen report in `row`, with who froze it and when.
    domain::Result<reports::MonthlyReport> frozenDocument(int row) const;
    // The refusal or failure shown, empty when none.
    QString errorMessage() const;

public slots:
    void refresh();

private:
    void preview();
    void printReport();
    void exportPdf();
    void exportExcel();
    void freeze();
    void reprint();
    void exportFrozenPdf();
    void showError(const QString& text);
    void updateActions();
    std::optional<domain::Instant> chosenAsOf() const;
    QString savePath(const QString& caption, const QString& suggested, const QString& filter);
    // The print preview of a document (the current one or a frozen one), or its refusal.
    void previewDocument(domain::Result<reports::MonthlyReport> document);
    // Asks where and writes the document's PDF; `suffix` ends the suggested file name ("", "-frozen").
    void saveDocumentPdf(domain::Result<reports::MonthlyReport> document, const QString& caption,
                         const QString& suffix);

    AppSession& m_session;
    QDateEdit* m_month = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_asOfChosen = nullptr;
    QDateTimeEdit* m_asOf = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_excel = nullptr;
    QPushButton* m_freeze = nullptr;
    QLabel* m_error = nullptr;
    QTableWidget* m_snapshotTable = nullptr;
    QPushButton* m_reprint = nullptr;
    QPushButton* m_frozenPdf = nullptr;
    std::vector<domain::ReportSnapshot> m_snapshots;
};

} // namespace propdesk::gui
