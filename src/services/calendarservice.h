#pragma once

#include "domain/error.h"
#include "domain/workingcalendar.h"
#include "servicecontext.h"

#include <string>
#include <vector>

namespace propdesk::services {

// A holiday file to import: its name (for messages) and its contents.
struct HolidayFile
{
    std::string name;
    std::string contents;
};

class CalendarService
{
public:
    explicit CalendarService(ServiceContext& ctx) : m_ctx(ctx) {}

    // The bundled holiday years with the imported ones laid over them (an imported year replaces the
    // bundled year of the same number).
    domain::Result<domain::WorkingCalendar> calendar(domain::CalendarKind kind);
    // Validates every file first; one bad file refuses them all and nothing is written.
    domain::Result<std::vector<int>> importYears(const std::vector<HolidayFile>& files);

private:
    ServiceContext& m_ctx;
};

} // namespace propdesk::services
