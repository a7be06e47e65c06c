#pragma once

#include "domain/error.h"
#include "domain/store.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace propdesk::storage {

enum class OpenMode
{
    OpenExisting, // fail when the file does not exist
    CreateIfMissing,
};

// Opens (and, if needed, creates and upgrades) a PropDesk database: WAL, foreign keys, a busy timeout so
// that a second process waits instead of failing. A database written by a newer release is refused.
domain::Result<std::unique_ptr<domain::Store>> openStore(const std::filesystem::path& path,
                                                         OpenMode mode = OpenMode::OpenExisting);

struct DatabaseInspection
{
    bool ok = false;
    std::vector<std::string> problems; // what the check said, or why the file could not be read
    int schemaVersion = 0;
};

// Opens the file read-only on a connection of its own and runs PRAGMA quick_check (or the full
// integrity_check), then checks that it is a PropDesk database this release can read.
domain::Result<DatabaseInspection> inspectDatabase(const std::filesystem::path& path, bool quick);

} // namespace propdesk::storage
