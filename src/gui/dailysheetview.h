#pragma once

#include "domain/inspection.h"

#include <QDate>
#include <QWidget>

#include <memory>
#include <optional>

class QAbstractItemModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTableWidget;

namespace propdesk::gui {

class AppSession;
class FieldErrors;
class SheetModel;

// The inspection sheet (日检, and the monthly sample's sheets): the supervisor picks the area type, the place
// and the day, starts the sheet (or opens the one of that day, area and place) and works down the check
// items in a grid made for the keyboard — P pass, F fail, N not applicable, Space cycles, Enter moves down,
// typing in the note column writes the note; S marks a failure severe, C corrected on the spot. Photos are
// attached from files. Save keeps the draft; Sign off (after a confirmation listing the failures that become
// nonconformances) makes the sheet read-only, and a signed sheet changes only through "Amend…" with a
// reason, its amendments listed below the grid. Print gives the filled sheet, "Blank sheet" the empty
// form of the chosen area for walking with a clipboard.
class DailySheetView : public QWidget
{
    Q_OBJECT

public:
    explicit DailySheetView(AppSession& session, QWidget* parent = nullptr);
    ~DailySheetView() override;

    // Test and page hooks; the buttons call these (the button adds confirmations, these do not).
    void setArea(domain::AreaType area);
    void setLocation(const QString& location);
    void setDate(const QDate& day);
    bool start();                       // start or open the sheet of the chosen area, location and date
    void openSheet(domain::SheetId id); // show a stored sheet (daily or monthly)
    std::optional<domain::SheetId> currentSheet() const;
    QAbstractItemModel* linesModel() const;
    bool setLine(int row, domain::ItemResult result, const QString& note = {},
                 domain::Severity severity = domain::Severity::Minor, bool correctedOnSpot = false);
    bool save(); // save the draft
    bool sign(); // save, then sign off; false with the refusal shown

    // Amends line `row` of the signed sheet; false with the refusal shown beside the amendment's fields
    // (the dialog) or above the grid.
    bool amend(int row, domain::ItemResult result, const QString& note, const QString& reason);
    // Attaches the photo file to line `row` of the draft (then unsaved).
    bool attachPhoto(int row, const QString& fileName);

    SheetModel* sheetModel() const { return m_model; }
    QTableView* grid() const { return m_grid; }
    QComboBox* areaCombo() const { return m_area; }
    QComboBox* locationCombo() const { return m_location; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* inspectorEdit() const { return m_inspector; }
    QLabel* titleLabel() const { return m_title; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* errorLabel() const { return m_error; }
    QTableWidget* amendmentsTable() const { return m_amendments; }
    QListWidget* photoList() const { return m_photos; }
    QPushButton* signButton() const { return m_sign; }
    QPushButton* amendButton() const { return m_amendButton; }

    // The button actions, with their confirmations and file dialogs.
    void signWithConfirmation();
    void amendCurrent();
    void attachPhotoToCurrent();
    void printSheet();
    void printBlank();
    void exportPdf();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reloadSetup();
    void reloadSheet();
    void showSheet();
    void updateSummary();
    void updateActions();
    void showPhotos();
    bool handleGridKey(int key, const QString& text);

    AppSession& m_session;
    SheetModel* m_model = nullptr;
    QComboBox* m_area = nullptr;
    QComboBox* m_location = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_inspector = nullptr;
    QPushButton* m_start = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_locationError = nullptr;
    QLabel* m_inspectorError = nullptr;
    QLabel* m_dateError = nullptr;
    QTableView* m_grid = nullptr;
    QPushButton* m_pass = nullptr;
    QPushButton* m_fail = nullptr;
    QPushButton* m_notApplicable = nullptr;
    QPushButton* m_photo = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_sign = nullptr;
    QPushButton* m_amendButton = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_blank = nullptr;
    QPushButton* m_pdf = nullptr;
    QListWidget* m_photos = nullptr;
    QLabel* m_amendmentsTitle = nullptr;
    QTableWidget* m_amendments = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
    std::optional<domain::SheetId> m_sheet;
};

} // namespace propdesk::gui
