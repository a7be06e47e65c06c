#pragma once

#include "domain/error.h"
#include "domain/store.h"

#include <filesystem>
#include <memory>

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

} // namespace propdesk::storage
