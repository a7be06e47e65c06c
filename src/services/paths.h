#pragma once

#include <filesystem>

namespace propdesk::services {

// The per-user data folder: $XDG_DATA_HOME/propdesk, else ~/.local/share/propdesk.
std::filesystem::path dataDirectory();
// $PROPDESK_DB, else propdesk.db in the data folder.
std::filesystem::path defaultDatabasePath();

} // namespace propdesk::services
