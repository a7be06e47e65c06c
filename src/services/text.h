#pragma once

#include <string>
#include <string_view>

namespace propdesk::services {

// `text` without leading and trailing spaces, tabs and line breaks: what the use cases store of a name or a
// note a person typed.
inline std::string trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

} // namespace propdesk::services
