#include "importreport.h"

#include "csvtable.h"
#include "workordercsv.h"

#include <fmt/format.h>

#include <algorithm>

namespace propdesk::services {

bool isRejectColumn(std::string_view name)
{
    return std::find(kRejectColumns.begin(), kRejectColumns.end(), name) != kRejectColumns.end();
}

std::vector<int> mapColumns(const std::vector<std::string>& header, const std::vector<std::string>& known,
                            std::vector<ImportIssue>& issues)
{
    std::vector<int> index(known.size(), -1);
    for (std::size_t i = 0; i < header.size(); ++i) {
        const auto& name = header[i];
        const auto found = std::find(known.begin(), known.end(), name);
        if (found != known.end()) {
            auto& slot = index[static_cast<std::size_t>(found - known.begin())];
            if (slot >= 0) {
                issues.push_back({1, name, "the column appears twice"});
            }
            slot = static_cast<int>(i);
        } else if (!isRejectColumn(name)) {
            issues.push_back({1, name.empty() ? "(empty)" : name,
                              fmt::format("unknown column (the columns are: {})", fmt::join(known, ", "))});
        }
    }
    return index;
}

std::vector<std::string> issueMessages(std::string_view fileName, const std::vector<ImportIssue>& fileIssues,
                                       const std::vector<RejectedRow>& rejected)
{
    std::vector<ImportIssue> all = fileIssues;
    for (const auto& r : rejected) {
        all.insert(all.end(), r.issues.begin(), r.issues.end());
    }
    std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.line < b.line; });
    std::vector<std::string> out;
    for (const auto& i : all) {
        const auto where = i.line > 0 ? fmt::format("{}:{}", fileName, i.line) : std::string(fileName);
        out.push_back(i.column.empty() ? fmt::format("{}: {}", where, i.reason)
                                       : fmt::format("{}: {}: {}", where, i.column, i.reason));
    }
    return out;
}

void writeRejectedRows(std::ostream& out, const std::vector<std::string>& fileHeader,
                       const std::vector<RejectedRow>& rejected)
{
    std::vector<std::string> header;
    for (const auto& name : fileHeader) {
        if (!isRejectColumn(name)) {
            header.push_back(name);
        }
    }
    const auto kept = header.size();
    header.insert(header.end(), kRejectColumns.begin(), kRejectColumns.end());
    out << "\xEF\xBB\xBF";
    writeCsvRow(out, header);
    for (const auto& r : rejected) {
        std::vector<std::string> fields;
        for (std::size_t i = 0; i < fileHeader.size() && fields.size() < kept; ++i) {
            if (!isRejectColumn(fileHeader[i])) {
                fields.push_back(r.fields[i]);
            }
        }
        std::string reasons;
        for (const auto& i : r.issues) {
            if (!reasons.empty()) {
                reasons += '\n'; // one reason a line: the reasons themselves may contain "; "
            }
            reasons += i.column.empty() ? i.reason : fmt::format("{}: {}", i.column, i.reason);
        }
        fields.push_back(std::to_string(r.line));
        fields.push_back(std::move(reasons));
        writeCsvRow(out, fields);
    }
}

} // namespace propdesk::services
