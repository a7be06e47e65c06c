#pragma once

#include "domain/security.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace propdesk::gui {

class AppSession;
class EventTimeEdit;
class FieldErrors;

// Records a spot check of the posts (查岗): who checked and when (whether that is during the night shift is
// shown as the time changes), the posts visited, for each a finding and its corrective note (both empty:
// the post was in order), and notes.
class SpotCheckDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        Post,
        Finding,
        Corrective,
    };

    SpotCheckDialog(AppSession& session, const domain::SecuritySetup& setup, QWidget* parent = nullptr);
    ~SpotCheckDialog() override;

    QLineEdit* checkerEdit() const { return m_checker; }
    EventTimeEdit* timeEdit() const { return m_time; }
    // One row per post of the setup: a checkbox (visited) with its name, the finding, the corrective note.
    QTableWidget* postsTable() const { return m_posts; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QLabel* nightLabel() const { return m_night; }
    // Ticks the post's row and fills its finding, as the user would.
    void setVisited(const std::string& post, bool visited, const QString& finding = {}, const QString& corrective = {});
    domain::SpotCheck check() const;
    const std::optional<domain::SpotCheck>& result() const { return m_result; }

public slots:
    void accept() override;

protected:
    bool event(QEvent* event) override;

private:
    void updateNight();

    AppSession& m_session;
    domain::SecuritySetup m_setup;
    QLineEdit* m_checker = nullptr;
    EventTimeEdit* m_time = nullptr;
    QLabel* m_night = nullptr;
    QTableWidget* m_posts = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
    std::optional<domain::SpotCheck> m_result;
};

} // namespace propdesk::gui
