#pragma once

#include "domain/commitment.h"

#include <QWidget>

#include <map>
#include <string>

class QAbstractItemModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace propdesk::gui {

class AppSession;
class FiguresModel;

// The Figures tab of the KPI page (docs/kpi-report.md), for supervisors and managers: the month's figures
// of the indicators no module computes, one row per indicator (numerator, denominator, the rate computed
// as they are typed, a source note, who entered the figure in force and when, or "no figure yet"). Typed
// over in place; Save stores each changed row as a new entry, a refusal shown on the row beside the field it
// names. Below: every entry of the selected indicator (a correction never overwrites), and the corrective
// action taken about any indicator of the month, the missed ones listed first.
class FiguresView : public QWidget
{
    Q_OBJECT

public:
    enum NoteColumn
    {
        NoteNumber,
        NoteIndicator,
        NoteValue,
        NoteTarget,
        NoteVerdict,
        NoteText,
        NoteColumnCount
    };

    explicit FiguresView(AppSession& session, QWidget* parent = nullptr);
    ~FiguresView() override;

    void setMonth(date::year_month month);
    date::year_month month() const;
    QAbstractItemModel* model() const;
    FiguresModel* figures() const { return m_model; }
    // Stores every changed row; true when all were stored (or nothing had changed).
    bool save();
    // Drops what was typed and not saved.
    void revert();
    // Selects the row of a manual indicator; false for any other key.
    bool selectIndicator(const std::string& key);

    QDateEdit* monthEdit() const { return m_month; }
    QTableView* figuresTable() const { return m_table; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* revertButton() const { return m_revert; }
    QLabel* summaryLabel() const { return m_summary; }
    // Refusals that name no row (the month has not begun, no permission).
    QLabel* errorLabel() const { return m_error; }
    // Every entry of the selected indicator, newest first.
    QTableWidget* historyTable() const { return m_history; }
    // The indicators missed this month and those with a note.
    QTableWidget* notesTable() const { return m_notes; }
    QComboBox* noteIndicatorCombo() const { return m_noteIndicator; }
    QPlainTextEdit* noteEdit() const { return m_noteText; }
    QPushButton* saveNoteButton() const { return m_saveNote; }
    QLabel* noteError() const { return m_noteError; }
    // Stores the note typed for the indicator chosen in the combo (empty clears it).
    bool saveNote();

    void reload();

private:
    void load(bool keepEdits);
    void loadNotes();
    void showHistory();
    void showNoteOf(const QString& key);
    void updateActions();

    AppSession& m_session;
    FiguresModel* m_model = nullptr;
    QDateEdit* m_month = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    QTableView* m_table = nullptr;
    QTableWidget* m_history = nullptr;
    QTableWidget* m_notes = nullptr;
    QComboBox* m_noteIndicator = nullptr;
    QPlainTextEdit* m_noteText = nullptr;
    QPushButton* m_saveNote = nullptr;
    QLabel* m_noteError = nullptr;
    QLabel* m_notesHint = nullptr;
    // The note in force of each indicator this month, by key (known when the user may view reports).
    std::map<std::string, std::string, std::less<>> m_noteTexts;
    std::string m_loadedFor; // site code and month the rows were loaded for: edits survive only a reload of them
};

} // namespace propdesk::gui
