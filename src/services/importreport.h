#pragma once

#include <array>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace propdesk::services {

struct ImportIssue;
struct RejectedRow;

// What the CSV importers (work orders, complaints) share, so that their messages and rejects files read
// the same.

// Written into a rejects file; ignored when that file is imported again.
inline constexpr std::array<std::string_view, 2> kRejectColumns{"reject_line", "reject_reasons"};

bool isRejectColumn(std::string_view name);

// Maps a file's header onto the known columns: for each known column, its position in the file, or -1.
// A column named twice, or one not known (the rejects file's own columns aside), is an issue of line 1.
std::vector<int> mapColumns(const std::vector<std::string>& header, const std::vector<std::string>& known,
                            std::vector<ImportIssue>& issues);

// Every issue, "FILE:LINE: column: reason" ("FILE: reason" for the file as a whole), in line order.
std::vector<std::string> issueMessages(std::string_view fileName, const std::vector<ImportIssue>& fileIssues,
                                       const std::vector<RejectedRow>& rejected);

// The rejected rows with their reasons, as CSV that can be corrected and imported again: the file's
// columns, then reject_line and reject_reasons (one reason a line).
void writeRejectedRows(std::ostream& out, const std::vector<std::string>& header,
                       const std::vector<RejectedRow>& rejected);

} // namespace propdesk::services
