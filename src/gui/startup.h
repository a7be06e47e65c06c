#pragma once

// What the app does between opening the database and showing the window, in the GUI layer so that it can be
// tested: the daily backup, and the offer to restore a backup when the database is damaged (see
// docs/user-guide.md, "When the database is damaged").

#include "domain/error.h"
#include "domain/user.h"

#include <QString>

#include <filesystem>

class QWidget;

namespace propdesk::domain {
class Clock;
}

namespace propdesk::services {
class Workspace;
}

namespace propdesk::gui {

class AppSession;
class DatabaseCheckJob;

// Who acts in a database that has just been opened, until somebody signs in.
domain::User nobody();

// The automatic daily backup (BackupService::dailyBackup), made by PropDesk whoever signs in: a line for the
// status bar, empty when the folder has today's backup already. Never fatal: a failure is logged and said in
// the line.
QString makeDailyBackup(services::Workspace& workspace);

// Whether a file that could not be opened is damaged (its quick check fails or cannot read it as a database),
// rather than missing or written by a newer release.
bool looksDamaged(const std::filesystem::path& file);

// The open database failed its check at start (`check` has finished and failed()): shows RecoveryDialog over
// `parent`. Restore closes the session's database, has services::recoverFromBackup put the newest good backup
// in place of the damaged file (kept as "<name>.broken-<time>"; no sign-in needed, as for
// `propdesk-cli restore`), opens it again and has somebody sign in (the backup has its own accounts). Without
// a good backup the user may go on with the damaged database. False when the user chose to quit (or gave up
// signing in afterwards).
bool offerRecovery(AppSession& session, const DatabaseCheckJob& check, QWidget* parent);

// The database cannot be opened at all (`openError`), so nobody can sign in to it either: offers the newest
// good backup in the default backup folder and, when chosen, has services::recoverFromBackup move the broken
// file (with its -wal and -shm) aside as "<name>.broken-<time>" and copy the backup in its place, as
// `propdesk-cli restore` does. True when it did; the caller then opens the database as at any start.
bool recoverUnopenable(const std::filesystem::path& database, const domain::Error& openError,
                       const domain::Clock& clock, QWidget* parent);

} // namespace propdesk::gui
