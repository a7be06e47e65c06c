#include "paths.h"

#include <cstdlib>

namespace propdesk::services {

std::filesystem::path dataDirectory()
{
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
        return std::filesystem::path(xdg) / "propdesk";
    }
    if (const char* home = std::getenv("HOME"); home && *home) {
        return std::filesystem::path(home) / ".local" / "share" / "propdesk";
    }
    return std::filesystem::current_path() / "propdesk-data";
}

std::filesystem::path defaultDatabasePath()
{
    if (const char* db = std::getenv("PROPDESK_DB"); db && *db) {
        return db;
    }
    return dataDirectory() / "propdesk.db";
}

} // namespace propdesk::services
