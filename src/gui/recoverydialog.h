#pragma once

#include "services/backupservice.h"

#include <QDialog>
#include <QStringList>

#include <filesystem>
#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class RecoveryDialog;
}

namespace propdesk::gui {

// What PropDesk shows when the database fails its check at start, or cannot be opened at all: the problems
// found, the newest backup that passes the full check, and the choice: restore this backup, or quit. Nobody
// can be trusted to sign in to a broken database, so the restore needs no sign-in (as `propdesk-cli restore`
// needs none for it); the same command is spelled out for whoever looks after the computer. Without a good
// backup, a file that opens may still be used as it is, to save what can be read.
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        Quit,
        Restore,
        Continue,
    };
    enum class Damage
    {
        FailsCheck, // the file opens, but its check found problems
        Unopenable, // the file cannot be opened at all
    };

    RecoveryDialog(const std::filesystem::path& database, const QStringList& problems,
                   const std::optional<services::BackupFile>& backup, Damage damage, QWidget* parent = nullptr);
    ~RecoveryDialog() override;

    Choice choice() const { return m_choice; }
    // Why the last attempt to restore failed, shown above the buttons.
    void showError(const QString& text);

    // Null when there is no such choice: no good backup to restore, or nothing to continue with.
    QPushButton* restoreButton() const { return m_restore; }
    QPushButton* continueButton() const { return m_continue; }
    QPushButton* quitButton() const { return m_quit; }

protected:
    bool event(QEvent* event) override;

private:
    std::unique_ptr<Ui::RecoveryDialog> m_ui;
    Choice m_choice = Choice::Quit;
    QPushButton* m_restore = nullptr;
    QPushButton* m_continue = nullptr;
    QPushButton* m_quit = nullptr;
};

} // namespace propdesk::gui
