#pragma once

// The monthly KPI report as a document (docs/kpi-report.md): everything the printed report shows, in
// plain values, so that it can be frozen as JSON, read back and printed again identically, and written as
// an xlsx workbook. The PDF is drawn from the same document by the desktop (gui/reportprint).

#include "domain/error.h"
#include "domain/time.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace propdesk::services {
struct IndicatorReport;
}

namespace propdesk::reports {

enum class Language
{
    Chinese, // "zh_CN"
    English, // "en"
};
std::string_view languageKey(Language language);
std::optional<Language> parseLanguage(std::string_view key); // "zh_CN", "zh", "en"

// One record behind a missed (or pending) figure.
struct ReportException
{
    std::string subject; // rules::kpiSubjectKey: work_order, complaint, …
    std::string code;    // the order's code, the item code, the date, …
    std::string location;
    std::string outcome;  // missed, pending, late, fail, no_sheet, …
    std::string deadline; // local "YYYY-MM-DD HH:MM", empty when none
    std::int64_t overBySeconds = 0;
    std::string detail;
};

struct ReportIndicator
{
    std::string key;
    std::string nameZh;
    std::string nameEn;
    std::string origin; // rules::originKey
    std::string unit;   // rules::unitKey
    std::string period; // rules::periodKey
    int commitment = 0;
    std::string source;
    std::string numeratorZh, numeratorEn, denominatorZh, denominatorEn;
    std::int64_t numerator = 0;
    std::int64_t denominator = 0;
    std::int64_t pending = 0;
    std::optional<double> rate;
    std::optional<std::string> comparator; // ">=", "<=", "<"; none: no target
    std::optional<std::int64_t> targetE4;
    std::optional<bool> met;
    std::vector<std::optional<double>> trend; // rates of the report's trend months
    std::vector<ReportException> exceptions;  // the records of a missed figure (at most kMaxExceptions)
    std::int64_t exceptionCount = 0;          // all of them, when more than are kept
    std::string note;                         // the corrective action noted for it
};

// A corrective action taken in the month, from the inspections module or a note.
struct ReportAction
{
    std::string date; // "YYYY-MM-DD"
    std::string what;
    std::string who;
    std::string source;    // "preventive_action", "corrective_report", "note"
    std::string reference; // the nonconformance code or the indicator key
};

struct MonthlyReport
{
    int format = 1;
    std::string siteCode;
    std::string siteName;
    std::string month;       // "YYYY-MM"
    std::string asOf;        // local ISO time with offset, "2026-04-05T00:00:00+08:00"
    std::string ruleSet;     // empty: none
    std::string targetsFrom; // "YYYY-MM-DD" of the target version, empty: the catalogue's defaults
    std::string targetsContract;
    std::string generatedAt; // when the document was made, local ISO
    std::string frozenAt;    // set when frozen, local ISO
    std::string frozenBy;
    std::vector<std::string> trendMonths; // "YYYY-MM", oldest first
    std::vector<ReportIndicator> indicators;
    std::vector<ReportAction> actions;

    std::size_t missedCount() const;
};

inline constexpr std::size_t kMaxExceptions = 200;

// The document of an IndicatorReport; `generatedAt` is the moment it is made (the clock's now).
MonthlyReport buildMonthlyReport(const services::IndicatorReport& report, domain::Instant generatedAt);

// The document as JSON (stable key order) and back. Reading checks the format and every field and names
// the one that is wrong.
std::string toJson(const MonthlyReport& report);
domain::Result<MonthlyReport> fromJson(std::string_view json);

// The report's fixed texts in either language (headings, column titles, verdicts, outcome words, the
// signature blocks), shared by the xlsx and the PDF so both read the same.
std::string_view reportText(Language language, std::string_view key);
// A record's detail with the words the rules put in it (milestones, the missing signature of a handover,
// incident types) in the language; anything else as it is. "arrival" → "到场", "incoming, outgoing" →
// "接班方未签字、交班方未签字".
std::string detailText(Language language, std::string_view detail);
// "2 d 3 h", "1 h 45 min", "12 min" (Chinese "2天3小时"); whole minutes, the largest two units.
std::string formatDuration(Language language, std::int64_t seconds);
// "98.50 %", "0.40 ‰", "1.50", "—" for none.
std::string formatRate(std::optional<double> rate, std::string_view unit);
// "≥ 98 %", "< 0.5 ‰", "—".
std::string formatTarget(const ReportIndicator& indicator);

// The workbook: a sheet of figures (every indicator with value, target, verdict and the trend) and one
// sheet per missed indicator listing its exceptions. Written with libxlsxwriter.
domain::Result<void> writeXlsx(const MonthlyReport& report, Language language, const std::filesystem::path& file);

} // namespace propdesk::reports
