#include "kpitable.h"

#include "domain/timezone.h"
#include "rules/complaintkpi.h"
#include "rules/inspectionkpi.h"
#include "rules/securitykpi.h"
#include "services/kpiservice.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <span>
#include <vector>

namespace propdesk::reports {

namespace {

bool isWide(std::uint32_t cp)
{
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
           (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

std::string pad(std::string_view text, std::size_t width, bool right = false)
{
    const auto w = displayWidth(text);
    const std::string fill(w < width ? width - w : 0, ' ');
    return right ? fill + std::string(text) : std::string(text) + fill;
}

std::string percent(double rate)
{
    return fmt::format("{:.2f}%", rate * 100.0);
}

std::string duration(domain::Seconds s)
{
    const auto total = s.count();
    if (total >= 86400) {
        return fmt::format("{}d {}h", total / 86400, (total % 86400) / 3600);
    }
    if (total >= 3600) {
        return fmt::format("{}h {:02}m", total / 3600, (total % 3600) / 60);
    }
    return fmt::format("{}m {:02}s", total / 60, total % 60);
}

} // namespace

std::size_t displayWidth(std::string_view s)
{
    std::size_t width = 0;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::uint32_t cp = c;
        std::size_t len = 1;
        if (c >= 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else if (c >= 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xC0) {
            len = 2;
            cp = c & 0x1F;
        }
        for (std::size_t k = 1; k < len && i + k < s.size(); ++k) {
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        }
        width += isWide(cp) ? 2 : 1;
        i += len;
    }
    return width;
}

std::string kpiReportTable(const services::KpiReport& report, bool details)
{
    const auto zone = domain::TimeZone::find(report.site.timeZone);
    const auto when = [&](domain::Instant t) {
        return zone ? zone->formatLocal(t) : date::format("%F %T UTC", t);
    };
    std::string out;
    out += fmt::format("{} {} · {} 月度指标 / monthly KPIs\n", report.site.code, report.site.name,
                       date::format("%Y-%m", date::sys_days{report.period / date::day{1}}));
    out += fmt::format("截至 as of: {} ({})   规则 rule set: {}   工单数 orders: {}\n\n", when(report.asOf),
                       report.site.timeZone, report.ruleSet.value_or("-"), report.result.population);

    using Row = std::array<std::string, 7>;
    const auto rowsOf = [](std::span<const rules::KpiDefinition> definitions, const rules::KpiResult& result) {
        std::vector<Row> rows;
        for (const auto& def : definitions) {
            const auto* k = result.find(def.key);
            if (!k) {
                continue;
            }
            Row row;
            row[0] = fmt::format("{} {}", def.nameZh, def.nameEn);
            row[1] = std::to_string(k->numerator);
            row[2] = std::to_string(k->denominator);
            row[3] = std::to_string(k->pending);
            // Warnings per contractor is a count per contractor, not a share.
            const bool perContractor = def.key == "contractor_warnings";
            row[4] = !k->rate ? "-" : (perContractor ? fmt::format("{:.2f}", *k->rate) : percent(*k->rate));
            row[5] = k->target ? fmt::format("{} {}", rules::comparatorSymbol(k->target->comparator),
                                             percent(k->target->value()))
                               : "-";
            row[6] = !k->met ? "-" : (*k->met ? "达标 met" : "未达标 MISSED");
            rows.push_back(std::move(row));
        }
        return rows;
    };
    const std::array<std::string, 8> headings{"指标 KPI",  "达标 met",    "统计 counted", "待定 pending",
                                              "比率 rate", "目标 target", "结果 result",  ""};
    const auto rows = rowsOf(rules::workOrderKpis(), report.result);
    const auto complaintRows =
        report.complaints ? rowsOf(rules::complaintKpiDefinitions(), *report.complaints) : std::vector<Row>{};
    const auto securityRows =
        report.security ? rowsOf(rules::securityKpiDefinitions(), *report.security) : std::vector<Row>{};
    const auto inspectionRows =
        report.inspections ? rowsOf(rules::inspectionKpiDefinitions(), *report.inspections) : std::vector<Row>{};
    // One set of column widths, so that the other blocks line up under the work-order block.
    std::array<std::size_t, 7> widths{};
    for (std::size_t c = 0; c < widths.size(); ++c) {
        widths[c] = displayWidth(headings[c]);
        for (const auto* block : {&rows, &complaintRows, &securityRows, &inspectionRows}) {
            for (const auto& r : *block) {
                widths[c] = std::max(widths[c], displayWidth(r[c]));
            }
        }
    }
    const auto line = [&](const auto& cells) {
        std::string l;
        for (std::size_t c = 0; c < widths.size(); ++c) {
            l += pad(cells[c], widths[c], c >= 1 && c <= 4);
            l += c + 1 < widths.size() ? "  " : "";
        }
        while (!l.empty() && l.back() == ' ') {
            l.pop_back();
        }
        return l + "\n";
    };
    std::size_t total = 2 * (widths.size() - 1);
    for (const auto w : widths) {
        total += w;
    }
    const auto block = [&](const std::vector<Row>& blockRows) {
        out += line(headings);
        out += std::string(total, '-') + "\n";
        for (const auto& r : blockRows) {
            out += line(r);
        }
    };
    block(rows);
    if (report.complaints) {
        out += fmt::format("\n投诉 Complaints   投诉数 complaints: {}   住户人数 residents: {}\n\n",
                           report.complaints->population, report.site.residents);
        block(complaintRows);
    }
    if (report.security) {
        out += fmt::format("\n秩序维护 Security   巡更圈次 patrol rounds: {}\n\n", report.security->population);
        block(securityRows);
    }
    if (report.inspections) {
        out +=
            fmt::format("\n清洁绿化 Inspections   已签核检查表 signed sheets: {}\n\n", report.inspections->population);
        block(inspectionRows);
    }

    const auto recordsOf = [&](const rules::KpiResult& result) {
        for (const auto& k : result.kpis) {
            if (k.records.empty()) {
                continue;
            }
            out += fmt::format("\n{} ({} records)\n", k.key, k.records.size());
            for (const auto& r : k.records) {
                out += fmt::format("  {:<14} {:<12} {:<14} {:<32}", r.code, r.location, r.outcome, r.ruleId);
                if (r.deadline) {
                    out += fmt::format(" deadline {}", when(*r.deadline));
                }
                if (r.overBy.count() > 0) {
                    out += fmt::format(" late by {}", duration(r.overBy));
                }
                if (!r.detail.empty()) {
                    out += fmt::format(" ({})", r.detail);
                }
                while (out.back() == ' ') {
                    out.pop_back();
                }
                out += "\n";
            }
        }
    };
    if (details) {
        recordsOf(report.result);
        if (report.complaints) {
            recordsOf(*report.complaints);
        }
        if (report.security) {
            recordsOf(*report.security);
        }
        if (report.inspections) {
            recordsOf(*report.inspections);
        }
    }
    return out;
}

} // namespace propdesk::reports
