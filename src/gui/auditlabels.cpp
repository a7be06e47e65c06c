#include "auditlabels.h"

#include "complaintlabels.h"
#include "domain/audit.h"
#include "domain/complaint.h"
#include "domain/inspection.h"
#include "domain/timezone.h"
#include "domain/user.h"
#include "domain/workingcalendar.h"
#include "domain/workorder.h"
#include "inspectionlabels.h"
#include "kpilabels.h"
#include "labels.h"
#include "qtconvert.h"
#include "rules/indicators.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <array>
#include <optional>
#include <span>
#include <utility>

namespace propdesk::gui {

namespace {

struct Key
{
    std::string_view key;
    const char* english;
};

// The fields of the audited records (services/audittrail.cpp), grouped by record. A key several records use
// ("name", "phone") has one label.
constexpr Key kFields[] = {
    // work orders
    {"code", QT_TRANSLATE_NOOP("AuditLabels", "Code")},
    {"location", QT_TRANSLATE_NOOP("AuditLabels", "Location")},
    {"category", QT_TRANSLATE_NOOP("AuditLabels", "Category")},
    {"urgency", QT_TRANSLATE_NOOP("AuditLabels", "Urgency")},
    {"reporter", QT_TRANSLATE_NOOP("AuditLabels", "Reporter")},
    {"phone", QT_TRANSLATE_NOOP("AuditLabels", "Phone")},
    {"description", QT_TRANSLATE_NOOP("AuditLabels", "Description")},
    {"reported_at", QT_TRANSLATE_NOOP("AuditLabels", "Reported")},
    {"due_at", QT_TRANSLATE_NOOP("AuditLabels", "Agreed time")},
    {"rework_of", QT_TRANSLATE_NOOP("AuditLabels", "Rework of")},
    {"status", QT_TRANSLATE_NOOP("AuditLabels", "Status")},
    {"technician", QT_TRANSLATE_NOOP("AuditLabels", "Technician")},
    {"dispatched_at", QT_TRANSLATE_NOOP("AuditLabels", "Dispatched")},
    {"arrived_at", QT_TRANSLATE_NOOP("AuditLabels", "Arrived")},
    {"holds", QT_TRANSLATE_NOOP("AuditLabels", "Holds")},
    {"completed_at", QT_TRANSLATE_NOOP("AuditLabels", "Completed")},
    {"revisited_at", QT_TRANSLATE_NOOP("AuditLabels", "Revisited")},
    {"satisfaction", QT_TRANSLATE_NOOP("AuditLabels", "Rating")},
    {"revisit_comment", QT_TRANSLATE_NOOP("AuditLabels", "Revisit comment")},
    {"cancelled_at", QT_TRANSLATE_NOOP("AuditLabels", "Cancelled")},
    // sites
    {"name", QT_TRANSLATE_NOOP("AuditLabels", "Name")},
    {"timezone", QT_TRANSLATE_NOOP("AuditLabels", "Time zone")},
    {"calendar", QT_TRANSLATE_NOOP("AuditLabels", "Calendar")},
    {"work_start", QT_TRANSLATE_NOOP("AuditLabels", "Working hours from")},
    {"work_end", QT_TRANSLATE_NOOP("AuditLabels", "Working hours to")},
    {"households", QT_TRANSLATE_NOOP("AuditLabels", "Households")},
    {"residents", QT_TRANSLATE_NOOP("AuditLabels", "Residents")},
    // staff
    {"trade", QT_TRANSLATE_NOOP("AuditLabels", "Trade")},
    {"active", QT_TRANSLATE_NOOP("AuditLabels", "Active")},
    // user accounts
    {"display_name", QT_TRANSLATE_NOOP("AuditLabels", "Display name")},
    {"role", QT_TRANSLATE_NOOP("AuditLabels", "Role")},
    {"sites", QT_TRANSLATE_NOOP("AuditLabels", "Sites")},
    {"password", QT_TRANSLATE_NOOP("AuditLabels", "Password")},
    // settings
    {"value", QT_TRANSLATE_NOOP("AuditLabels", "Value")},
    // complaints (code, category, phone, location, description, status, revisits: as above)
    {"channel", QT_TRANSLATE_NOOP("AuditLabels", "Channel")},
    {"resident", QT_TRANSLATE_NOOP("AuditLabels", "Resident")},
    {"received_at", QT_TRANSLATE_NOOP("AuditLabels", "Received")},
    {"first_responder", QT_TRANSLATE_NOOP("AuditLabels", "First responder")},
    {"work_order", QT_TRANSLATE_NOOP("AuditLabels", "Work order")},
    {"department", QT_TRANSLATE_NOOP("AuditLabels", "Department")},
    {"routed_at", QT_TRANSLATE_NOOP("AuditLabels", "Routed")},
    {"responded_at", QT_TRANSLATE_NOOP("AuditLabels", "Responded")},
    {"resolved_at", QT_TRANSLATE_NOOP("AuditLabels", "Resolved")},
    {"resolution", QT_TRANSLATE_NOOP("AuditLabels", "Resolution")},
    {"measures", QT_TRANSLATE_NOOP("AuditLabels", "Measures")},
    {"replied_at", QT_TRANSLATE_NOOP("AuditLabels", "Replied")},
    {"reply", QT_TRANSLATE_NOOP("AuditLabels", "Reply")},
    {"informed_head", QT_TRANSLATE_NOOP("AuditLabels", "Office head informed")},
    {"valid", QT_TRANSLATE_NOOP("AuditLabels", "Valid complaint")},
    {"verdict_reason", QT_TRANSLATE_NOOP("AuditLabels", "Reason for the verdict")},
    {"withdrawn_at", QT_TRANSLATE_NOOP("AuditLabels", "Withdrawn")},
    {"note", QT_TRANSLATE_NOOP("AuditLabels", "Note")},
    // security (securityservice.cpp, patrolcsv.cpp; shifts, posts and squads are named by their codes)
    {"rotation_days", QT_TRANSLATE_NOOP("AuditLabels", "Rotation days")},
    {"rotation_direction", QT_TRANSLATE_NOOP("AuditLabels", "Rotation direction")},
    {"rotation_anchor", QT_TRANSLATE_NOOP("AuditLabels", "Rotation anchor")},
    {"minimum_rest", QT_TRANSLATE_NOOP("AuditLabels", "Minimum rest")},
    {"night_spot_checks", QT_TRANSLATE_NOOP("AuditLabels", "Night spot checks a month")},
    {"slots", QT_TRANSLATE_NOOP("AuditLabels", "Slots")},
    {"effective_from", QT_TRANSLATE_NOOP("AuditLabels", "Effective from")},
    {"round_length", QT_TRANSLATE_NOOP("AuditLabels", "Round length")},
    {"tolerance", QT_TRANSLATE_NOOP("AuditLabels", "Tolerance")},
    {"rounds", QT_TRANSLATE_NOOP("AuditLabels", "Rounds per shift")},
    {"checkpoints", QT_TRANSLATE_NOOP("AuditLabels", "Checkpoints")},
    {"at", QT_TRANSLATE_NOOP("AuditLabels", "Time")},
    {"guard", QT_TRANSLATE_NOOP("AuditLabels", "Guard")},
    {"scans", QT_TRANSLATE_NOOP("AuditLabels", "Scans stored")},
    {"already_stored", QT_TRANSLATE_NOOP("AuditLabels", "Already stored")},
    {"rejected", QT_TRANSLATE_NOOP("AuditLabels", "Rejected")},
    {"day", QT_TRANSLATE_NOOP("AuditLabels", "Day")},
    {"shift", QT_TRANSLATE_NOOP("AuditLabels", "Shift")},
    {"outgoing_leader", QT_TRANSLATE_NOOP("AuditLabels", "Handed over by")},
    {"outgoing_signed_at", QT_TRANSLATE_NOOP("AuditLabels", "Handed over at")},
    {"incoming_leader", QT_TRANSLATE_NOOP("AuditLabels", "Taken over by")},
    {"incoming_signed_at", QT_TRANSLATE_NOOP("AuditLabels", "Taken over at")},
    {"notes", QT_TRANSLATE_NOOP("AuditLabels", "Notes")},
    {"text", QT_TRANSLATE_NOOP("AuditLabels", "Text")},
    {"opened_at", QT_TRANSLATE_NOOP("AuditLabels", "Opened")},
    {"closed_at", QT_TRANSLATE_NOOP("AuditLabels", "Closed")},
    {"kind", QT_TRANSLATE_NOOP("AuditLabels", "Kind")},
    {"subject", QT_TRANSLATE_NOOP("AuditLabels", "Visitor, plate or title")},
    {"detail", QT_TRANSLATE_NOOP("AuditLabels", "Detail")},
    {"left_at", QT_TRANSLATE_NOOP("AuditLabels", "Time out")},
    {"incident", QT_TRANSLATE_NOOP("AuditLabels", "Incident type")},
    {"handling", QT_TRANSLATE_NOOP("AuditLabels", "Handling")},
    {"outcome", QT_TRANSLATE_NOOP("AuditLabels", "Outcome")},
    {"handled_at", QT_TRANSLATE_NOOP("AuditLabels", "Handled")},
    {"checker", QT_TRANSLATE_NOOP("AuditLabels", "Checked by")},
    {"posts", QT_TRANSLATE_NOOP("AuditLabels", "Posts")},
    // inspections (inspectionservice.cpp; buildings, zones, template items and sheet lines are named by their
    // codes: see auditFieldLabel())
    {"cluster_limit", QT_TRANSLATE_NOOP("AuditLabels", "Cluster limit")},
    {"cluster_days", QT_TRANSLATE_NOOP("AuditLabels", "Cluster days")},
    {"monthly_rectify_days", QT_TRANSLATE_NOOP("AuditLabels", "Days to rectify a monthly finding")},
    {"warning_limit", QT_TRANSLATE_NOOP("AuditLabels", "Warnings allowing termination")},
    {"area", QT_TRANSLATE_NOOP("AuditLabels", "Area type")},
    {"sample", QT_TRANSLATE_NOOP("AuditLabels", "Sample rule")},
    {"inspector", QT_TRANSLATE_NOOP("AuditLabels", "Inspector")},
    {"signed_at", QT_TRANSLATE_NOOP("AuditLabels", "Signed off at")},
    {"reason", QT_TRANSLATE_NOOP("AuditLabels", "Reason")},
    {"state", QT_TRANSLATE_NOOP("AuditLabels", "State")},
    {"severity", QT_TRANSLATE_NOOP("AuditLabels", "Severity")},
    {"cause", QT_TRANSLATE_NOOP("AuditLabels", "Cause")},
    {"contractor", QT_TRANSLATE_NOOP("AuditLabels", "Contractor")},
    {"deadline", QT_TRANSLATE_NOOP("AuditLabels", "Rectification deadline")},
    {"report_required", QT_TRANSLATE_NOOP("AuditLabels", "Report required")},
    {"rectified_at", QT_TRANSLATE_NOOP("AuditLabels", "Rectified")},
    {"rectified_by", QT_TRANSLATE_NOOP("AuditLabels", "Rectified by")},
    {"evidence", QT_TRANSLATE_NOOP("AuditLabels", "Evidence")},
    {"verified_at", QT_TRANSLATE_NOOP("AuditLabels", "Verified")},
    {"verified_by", QT_TRANSLATE_NOOP("AuditLabels", "Verified by")},
    {"closed_by", QT_TRANSLATE_NOOP("AuditLabels", "Closed by")},
    {"report_cause", QT_TRANSLATE_NOOP("AuditLabels", "Report: cause analysis")},
    {"report_action", QT_TRANSLATE_NOOP("AuditLabels", "Report: corrective action")},
    {"report_owner", QT_TRANSLATE_NOOP("AuditLabels", "Report: owner")},
    {"report_due", QT_TRANSLATE_NOOP("AuditLabels", "Report: due")},
    {"action", QT_TRANSLATE_NOOP("AuditLabels", "Action")},
    {"owner", QT_TRANSLATE_NOOP("AuditLabels", "Owner")},
    {"due", QT_TRANSLATE_NOOP("AuditLabels", "Due")},
    {"from", QT_TRANSLATE_NOOP("AuditLabels", "From nonconformance")},
    {"done_at", QT_TRANSLATE_NOOP("AuditLabels", "Done")},
    {"done_note", QT_TRANSLATE_NOOP("AuditLabels", "What was done")},
    {"service", QT_TRANSLATE_NOOP("AuditLabels", "Service")},
    {"monthly_fee", QT_TRANSLATE_NOOP("AuditLabels", "Monthly fee (yuan)")},
    {"contract_start", QT_TRANSLATE_NOOP("AuditLabels", "Contract start")},
    {"contract_end", QT_TRANSLATE_NOOP("AuditLabels", "Contract end")},
    {"contact", QT_TRANSLATE_NOOP("AuditLabels", "Contact")},
    {"licence", QT_TRANSLATE_NOOP("AuditLabels", "Licence number")},
    {"issued_on", QT_TRANSLATE_NOOP("AuditLabels", "Issued on")},
    {"nonconformance", QT_TRANSLATE_NOOP("AuditLabels", "Nonconformance")},
    {"month", QT_TRANSLATE_NOOP("AuditLabels", "Month")},
    {"amount", QT_TRANSLATE_NOOP("AuditLabels", "Amount (yuan)")},
    {"operator", QT_TRANSLATE_NOOP("AuditLabels", "Operator")},
    {"signed_in_at", QT_TRANSLATE_NOOP("AuditLabels", "Signed in at")},
    {"signed_out_at", QT_TRANSLATE_NOOP("AuditLabels", "Signed out at")},
    {"areas", QT_TRANSLATE_NOOP("AuditLabels", "Areas treated")},
    {"treatment", QT_TRANSLATE_NOOP("AuditLabels", "Treatment")},
    // KPI commitments (indicatorservice.cpp; note and text as above, a target version's targets are named by
    // their indicator keys: see auditFieldLabel())
    {"numerator", QT_TRANSLATE_NOOP("AuditLabels", "Numerator")},
    {"denominator", QT_TRANSLATE_NOOP("AuditLabels", "Denominator")},
    {"contract", QT_TRANSLATE_NOOP("AuditLabels", "Contract")},
};

const char* englishOf(std::span<const Key> keys, std::string_view key)
{
    for (const auto& k : keys) {
        if (k.key == key) {
            return k.english;
        }
    }
    return nullptr;
}

std::optional<domain::WorkOrderStatus> statusOf(std::string_view key)
{
    using S = domain::WorkOrderStatus;
    for (const auto status :
         {S::Logged, S::Dispatched, S::InProgress, S::OnHold, S::Completed, S::Revisited, S::Cancelled}) {
        if (domain::statusKey(status) == key) {
            return status;
        }
    }
    return std::nullopt;
}

// The trail stores times as ISO 8601 in UTC ("2025-04-05T08:00:00Z"), alone or inside a text (an order's holds):
// each is shown as the site's wall clock.
QString withLocalTimes(std::string_view value, const domain::TimeZone& zone)
{
    static const QRegularExpression iso(
        QStringLiteral(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:?\d{2}))"));
    const QString text = qs(value);
    QString shown;
    qsizetype done = 0;
    auto it = iso.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        auto instant = domain::parseTime(utf8(match.captured()), zone);
        if (!instant) {
            continue;
        }
        shown += text.mid(done, match.capturedStart() - done) + formatAuditTime(*instant, zone);
        done = match.capturedEnd();
    }
    return shown + text.mid(done);
}

// An order's holds as the trail stores them, "start/end reason" joined by "; " (no end while on hold), as
// "start – end reason", one a line.
QString holdsText(std::string_view value, const domain::TimeZone& zone)
{
    static const QRegularExpression hold(QStringLiteral(R"(^(\S+)/(\S*)(?: (.*))?$)"),
                                         QRegularExpression::DotMatchesEverythingOption);
    QStringList lines;
    for (const QString& part : qs(value).split(QStringLiteral("; "))) {
        const auto match = hold.match(part);
        if (!match.hasMatch()) {
            lines << withLocalTimes(utf8(part), zone);
            continue;
        }
        QString line = withLocalTimes(utf8(match.captured(1)), zone) + QStringLiteral(" – ") +
                       withLocalTimes(utf8(match.captured(2)), zone);
        if (!match.captured(3).isEmpty()) {
            line += QLatin1Char(' ') + match.captured(3);
        }
        lines << line.trimmed();
    }
    return lines.join(QLatin1Char('\n'));
}

// A sheet line's result as the trail stores it, "fail severe corrected on the spot", as "Fail, severe, corrected
// on the spot"; none when it does not read so.
std::optional<QString> lineResultText(std::string_view value)
{
    const QStringList words = qs(value).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty()) {
        return std::nullopt;
    }
    const auto result = domain::parseItemResult(utf8(words[0]));
    if (!result) {
        return std::nullopt;
    }
    QStringList parts{itemResultLabel(*result)};
    if (words.size() > 1) {
        const auto severity = domain::parseSeverity(utf8(words[1]));
        if (!severity) {
            return std::nullopt;
        }
        parts << severityLabel(*severity);
        if (words.size() > 2) {
            parts << QCoreApplication::translate("AuditLabels", "corrected on the spot");
        }
    }
    return parts.join(QCoreApplication::translate("AuditLabels", ", ", "between the parts of a sheet line's result"));
}

// What an argument slot (%1, %2) of a summary stands for: text shown as it is, or a key shown by its label. A captured
// key that does not parse makes the template not match.
enum class Arg
{
    Text,
    Role,
    Status,
    Event,
    ComplaintEvent,
    Department,
    AreaType,
    ItemResult,
};

struct Summary
{
    const char* english; // the services' wording with %1, %2 in place of their {}
    std::array<Arg, 5> args{Arg::Text, Arg::Text, Arg::Text, Arg::Text, Arg::Text};
};

// The summary lines the services write (src/services/*.cpp), in the order of the sources. The English must stay
// identical to theirs: a line that no longer matches is shown as it was stored.
const Summary kSummaries[] = {
    // workorderservice.cpp: the event's key, then its technician or note ("dispatched: 王师傅"); a key alone is
    // handled in auditSummaryText()
    {QT_TRANSLATE_NOOP("AuditSummary", "%1: %2"), {Arg::Event, Arg::Text}},
    // complaintservice.cpp: the same for a complaint's steps, the routing by its department, the verdict
    {QT_TRANSLATE_NOOP("AuditSummary", "routed: %1"), {Arg::Department}},
    {QT_TRANSLATE_NOOP("AuditSummary", "judged: valid")},
    {QT_TRANSLATE_NOOP("AuditSummary", "judged: not valid")},
    {QT_TRANSLATE_NOOP("AuditSummary", "%1: %2"), {Arg::ComplaintEvent, Arg::Text}},
    // workordercsv.cpp
    {QT_TRANSLATE_NOOP("AuditSummary", "imported from %1:%2")},
    // ruleservice.cpp
    {QT_TRANSLATE_NOOP("AuditSummary", "%1 (%2 rules) from %3")},
    // calendarservice.cpp
    {QT_TRANSLATE_NOOP("AuditSummary", "holiday year imported from %1")},
    // userservice.cpp
    {QT_TRANSLATE_NOOP("AuditSummary", "%1 account"), {Arg::Role}},
    {QT_TRANSLATE_NOOP("AuditSummary", "wrong name or password (%1 in a row)")},
    {QT_TRANSLATE_NOOP("AuditSummary", "the account is inactive")},
    {QT_TRANSLATE_NOOP("AuditSummary", "password reset")},
    {QT_TRANSLATE_NOOP("AuditSummary", "password changed")},
    // backupservice.cpp
    {QT_TRANSLATE_NOOP("AuditSummary", "restored %1; the data before is in %2")},
    // securityservice.cpp, patrolcsv.cpp
    {QT_TRANSLATE_NOOP("AuditSummary", "security set-up saved")},
    {QT_TRANSLATE_NOOP("AuditSummary", "generated")},
    {QT_TRANSLATE_NOOP("AuditSummary", "generated again")},
    {QT_TRANSLATE_NOOP("AuditSummary", "swap")},
    {QT_TRANSLATE_NOOP("AuditSummary", "leave")},
    {QT_TRANSLATE_NOOP("AuditSummary", "substitute")},
    {QT_TRANSLATE_NOOP("AuditSummary", "published")},
    {QT_TRANSLATE_NOOP("AuditSummary", "published with %1 warning(s)")},
    {QT_TRANSLATE_NOOP("AuditSummary", "version from %1")},
    {QT_TRANSLATE_NOOP("AuditSummary", "scan entered by hand")},
    {QT_TRANSLATE_NOOP("AuditSummary", "%1 scans imported, %2 already stored")},
    {QT_TRANSLATE_NOOP("AuditSummary", "handover recorded")},
    {QT_TRANSLATE_NOOP("AuditSummary", "signed by the outgoing leader")},
    {QT_TRANSLATE_NOOP("AuditSummary", "signed by the incoming leader")},
    {QT_TRANSLATE_NOOP("AuditSummary", "opened")},
    {QT_TRANSLATE_NOOP("AuditSummary", "closed")},
    {QT_TRANSLATE_NOOP("AuditSummary", "signed out")},
    {QT_TRANSLATE_NOOP("AuditSummary", "handled")},
    {QT_TRANSLATE_NOOP("AuditSummary", "visitor: %1")},
    {QT_TRANSLATE_NOOP("AuditSummary", "vehicle: %1")},
    {QT_TRANSLATE_NOOP("AuditSummary", "incident: %1")},
    {QT_TRANSLATE_NOOP("AuditSummary", "night check by %1: %2 finding(s)")},
    {QT_TRANSLATE_NOOP("AuditSummary", "check by %1: %2 finding(s)")},
    // inspectionservice.cpp ("closed" is above)
    {QT_TRANSLATE_NOOP("AuditSummary", "raised: %1")},
    {QT_TRANSLATE_NOOP("AuditSummary", "raised and corrected on the spot: %1")},
    {QT_TRANSLATE_NOOP("AuditSummary", "inspection set-up saved")},
    {QT_TRANSLATE_NOOP("AuditSummary", "new version from %1")},
    {QT_TRANSLATE_NOOP("AuditSummary", "daily sheet started: %1 %2"), {Arg::AreaType, Arg::Text}},
    {QT_TRANSLATE_NOOP("AuditSummary", "monthly sample of %1 started: %2 %3"), {Arg::Text, Arg::AreaType, Arg::Text}},
    {QT_TRANSLATE_NOOP("AuditSummary", "draft saved")},
    {QT_TRANSLATE_NOOP("AuditSummary", "signed off: %1 failed")},
    {QT_TRANSLATE_NOOP("AuditSummary", "amended line %1 (%2): %3 → %4: %5"),
     {Arg::Text, Arg::Text, Arg::ItemResult, Arg::ItemResult, Arg::Text}},
    {QT_TRANSLATE_NOOP("AuditSummary", "nonconformance withdrawn: %1")},
    {QT_TRANSLATE_NOOP("AuditSummary", "cause and contractor set")},
    {QT_TRANSLATE_NOOP("AuditSummary", "rectified after the deadline")},
    {QT_TRANSLATE_NOOP("AuditSummary", "rectified")},
    {QT_TRANSLATE_NOOP("AuditSummary", "verified")},
    {QT_TRANSLATE_NOOP("AuditSummary", "verification failed: %1")},
    {QT_TRANSLATE_NOOP("AuditSummary", "corrective action report recorded")},
    {QT_TRANSLATE_NOOP("AuditSummary", "preventive action: %1")},
    {QT_TRANSLATE_NOOP("AuditSummary", "done")},
    {QT_TRANSLATE_NOOP("AuditSummary", "contractor changed")},
    {QT_TRANSLATE_NOOP("AuditSummary", "contractor added")},
    {QT_TRANSLATE_NOOP("AuditSummary", "written warning %1 in a year: the subcontract may be terminated")},
    {QT_TRANSLATE_NOOP("AuditSummary", "written warning %1 in a year")},
    {QT_TRANSLATE_NOOP("AuditSummary", "%1 deducted from the fee of %2")},
    {QT_TRANSLATE_NOOP("AuditSummary", "%1 of %2 signed in")},
    {QT_TRANSLATE_NOOP("AuditSummary", "%1 signed out")},
    // indicatorservice.cpp (an entered figure's summary, "490/500", is its numbers and reads as it is)
    {QT_TRANSLATE_NOOP("AuditSummary", "targets from %1")},
    {QT_TRANSLATE_NOOP("AuditSummary", "note cleared")},
    {QT_TRANSLATE_NOOP("AuditSummary", "corrective action noted")},
    {QT_TRANSLATE_NOOP("AuditSummary", "report frozen as of %1")},
};

struct SummaryPattern
{
    QRegularExpression regex;
    const Summary* summary;
};

const std::vector<SummaryPattern>& summaryPatterns()
{
    static const std::vector<SummaryPattern> patterns = [] {
        std::vector<SummaryPattern> built;
        static const QRegularExpression argumentSlot(QStringLiteral(R"(\\?%\d)"));
        for (const auto& s : kSummaries) {
            // escape() turns "%1" into "\%1"; each %N slot matches any text, as little as it can, so that a note
            // with ": " in it stays whole in the last slot.
            QString pattern = QRegularExpression::escape(QString::fromUtf8(s.english));
            pattern.replace(argumentSlot, QStringLiteral("(.*?)"));
            built.push_back({QRegularExpression(QStringLiteral("^") + pattern + QStringLiteral("$"),
                                                QRegularExpression::DotMatchesEverythingOption),
                             &s});
        }
        return built;
    }();
    return patterns;
}

// The label of a captured key, or none when it is not a key of that kind.
std::optional<QString> argText(Arg arg, const QString& captured)
{
    const std::string key = utf8(captured);
    switch (arg) {
    case Arg::Text:
        return captured;
    case Arg::Role:
        if (const auto role = domain::parseRole(key)) {
            return roleLabel(*role);
        }
        return std::nullopt;
    case Arg::Status:
        if (const auto status = statusOf(key)) {
            return statusLabel(*status);
        }
        return std::nullopt;
    case Arg::Event:
        if (const auto event = domain::parseEventKind(key)) {
            return eventLabel(*event);
        }
        return std::nullopt;
    case Arg::ComplaintEvent:
        if (const auto event = domain::parseComplaintEventKind(key)) {
            return complaintEventLabel(*event);
        }
        return std::nullopt;
    case Arg::Department:
        if (const auto department = domain::parseDepartment(key)) {
            return departmentLabel(*department);
        }
        return std::nullopt;
    case Arg::AreaType:
        if (const auto area = domain::parseAreaType(key)) {
            return areaTypeLabel(*area);
        }
        return std::nullopt;
    case Arg::ItemResult:
        if (const auto result = domain::parseItemResult(key)) {
            return itemResultLabel(*result);
        }
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

const std::vector<std::string_view>& auditEntities()
{
    static const std::vector<std::string_view> entities{"work_order",
                                                        "complaint",
                                                        "site",
                                                        "staff",
                                                        "rule_set",
                                                        "calendar",
                                                        "user",
                                                        "session",
                                                        "backup",
                                                        "setting",
                                                        "security_setup",
                                                        "roster",
                                                        "patrol_route",
                                                        "patrol_scan",
                                                        "patrol_import",
                                                        "handover",
                                                        "handover_item",
                                                        "duty_entry",
                                                        "spot_check",
                                                        "inspection_setup",
                                                        "inspection_template",
                                                        "inspection_sheet",
                                                        "nonconformance",
                                                        "preventive_action",
                                                        "contractor",
                                                        "contractor_warning",
                                                        "deduction",
                                                        "pest_visit",
                                                        "kpi_targets",
                                                        "kpi_figure",
                                                        "kpi_note",
                                                        "kpi_report"};
    return entities;
}

QString auditEntityLabel(std::string_view entity)
{
    constexpr Key kEntities[] = {
        {"work_order", QT_TRANSLATE_NOOP("AuditLabels", "Work order")},
        {"complaint", QT_TRANSLATE_NOOP("AuditLabels", "Complaint")},
        {"site", QT_TRANSLATE_NOOP("AuditLabels", "Site")},
        {"staff", QT_TRANSLATE_NOOP("AuditLabels", "Staff")},
        {"rule_set", QT_TRANSLATE_NOOP("AuditLabels", "Rule set")},
        {"calendar", QT_TRANSLATE_NOOP("AuditLabels", "Calendar")},
        {"user", QT_TRANSLATE_NOOP("AuditLabels", "User account")},
        {"session", QT_TRANSLATE_NOOP("AuditLabels", "Sign-in")},
        {"backup", QT_TRANSLATE_NOOP("AuditLabels", "Backup")},
        {"setting", QT_TRANSLATE_NOOP("AuditLabels", "Setting")},
        {"security_setup", QT_TRANSLATE_NOOP("AuditLabels", "Security set-up")},
        {"roster", QT_TRANSLATE_NOOP("AuditLabels", "Roster")},
        {"patrol_route", QT_TRANSLATE_NOOP("AuditLabels", "Patrol route")},
        {"patrol_scan", QT_TRANSLATE_NOOP("AuditLabels", "Patrol scan")},
        {"patrol_import", QT_TRANSLATE_NOOP("AuditLabels", "Patrol import")},
        {"handover", QT_TRANSLATE_NOOP("AuditLabels", "Handover")},
        {"handover_item", QT_TRANSLATE_NOOP("AuditLabels", "Open item")},
        {"duty_entry", QT_TRANSLATE_NOOP("AuditLabels", "Duty log")},
        {"spot_check", QT_TRANSLATE_NOOP("AuditLabels", "Spot check")},
        {"inspection_setup", QT_TRANSLATE_NOOP("AuditLabels", "Inspection set-up")},
        {"inspection_template", QT_TRANSLATE_NOOP("AuditLabels", "Inspection template")},
        {"inspection_sheet", QT_TRANSLATE_NOOP("AuditLabels", "Inspection sheet")},
        {"nonconformance", QT_TRANSLATE_NOOP("AuditLabels", "Nonconformance")},
        {"preventive_action", QT_TRANSLATE_NOOP("AuditLabels", "Preventive action")},
        {"contractor", QT_TRANSLATE_NOOP("AuditLabels", "Contractor")},
        {"contractor_warning", QT_TRANSLATE_NOOP("AuditLabels", "Written warning")},
        {"deduction", QT_TRANSLATE_NOOP("AuditLabels", "Deduction")},
        {"pest_visit", QT_TRANSLATE_NOOP("AuditLabels", "Pest-control visit")},
        {"kpi_targets", QT_TRANSLATE_NOOP("AuditLabels", "KPI targets")},
        {"kpi_figure", QT_TRANSLATE_NOOP("AuditLabels", "KPI figure")},
        {"kpi_note", QT_TRANSLATE_NOOP("AuditLabels", "Corrective action")},
        {"kpi_report", QT_TRANSLATE_NOOP("AuditLabels", "Frozen KPI report")},
    };
    if (const char* english = englishOf(kEntities, entity)) {
        return QCoreApplication::translate("AuditLabels", english);
    }
    return qs(entity);
}

QString auditActionLabel(domain::AuditAction action)
{
    using domain::AuditAction;
    switch (action) {
    case AuditAction::Create:
        return QCoreApplication::translate("AuditLabels", "Created");
    case AuditAction::Update:
        return QCoreApplication::translate("AuditLabels", "Changed");
    case AuditAction::Delete:
        return QCoreApplication::translate("AuditLabels", "Deleted");
    case AuditAction::SignIn:
        return QCoreApplication::translate("AuditLabels", "Signed in");
    case AuditAction::SignInFailed:
        return QCoreApplication::translate("AuditLabels", "Sign-in failed");
    case AuditAction::SignOut:
        return QCoreApplication::translate("AuditLabels", "Signed out");
    case AuditAction::Backup:
        return QCoreApplication::translate("AuditLabels", "Backed up");
    case AuditAction::Restore:
        return QCoreApplication::translate("AuditLabels", "Restored");
    }
    return QString::number(static_cast<int>(action));
}

QString auditFieldLabel(std::string_view field)
{
    if (const char* english = englishOf(kFields, field)) {
        return QCoreApplication::translate("AuditLabels", english);
    }
    // A target version names each target by its indicator.
    if (const auto* indicator = rules::findIndicator(field)) {
        return indicatorName(*indicator);
    }
    // The inspections name the parts of a set-up, a template or a sheet by their codes: "building 3",
    // "zone N", "item G1", "line G1", "line G1 note", "line G1 photos".
    const QString text = qs(field);
    static const QRegularExpression part(QStringLiteral(R"(^(building|zone|item|line) (.+?)( note| photos)?$)"),
                                         QRegularExpression::DotMatchesEverythingOption);
    if (const auto match = part.match(text); match.hasMatch()) {
        const QString kind = match.captured(1);
        const QString code = match.captured(2);
        const QString tail = match.captured(3);
        if (kind == QLatin1String("line")) {
            if (tail == QLatin1String(" note")) {
                return QCoreApplication::translate("AuditLabels", "Line %1 note").arg(code);
            }
            if (tail == QLatin1String(" photos")) {
                return QCoreApplication::translate("AuditLabels", "Line %1 photos").arg(code);
            }
            return QCoreApplication::translate("AuditLabels", "Line %1").arg(code);
        }
        if (tail.isEmpty()) {
            if (kind == QLatin1String("building")) {
                return QCoreApplication::translate("AuditLabels", "Building %1").arg(code);
            }
            if (kind == QLatin1String("zone")) {
                return QCoreApplication::translate("AuditLabels", "Ground zone %1").arg(code);
            }
            return QCoreApplication::translate("AuditLabels", "Item %1").arg(code);
        }
    }
    return text;
}

QString auditValueText(std::string_view field, std::string_view value, const domain::TimeZone& zone)
{
    if (value.empty()) {
        return {};
    }
    // A target of a version as the trail stores it: "none", or the comparator and the ratio in ten-thousandths
    // (">= 9800"), shown in the indicator's unit ("≥ 98 %").
    if (const auto* indicator = rules::findIndicator(field)) {
        if (value == "none") {
            return QCoreApplication::translate("AuditLabels", "No target");
        }
        static const QRegularExpression stored(QStringLiteral(R"(^(>=|<=|<) (\d+)$)"));
        if (const auto match = stored.match(qs(value)); match.hasMatch()) {
            if (const auto comparator = domain::parseComparator(utf8(match.captured(1)))) {
                domain::KpiTarget target;
                target.comparator = *comparator;
                target.valueE4 = match.captured(2).toLongLong();
                return targetText(target, indicator->unit);
            }
        }
    }
    if (field == "status") {
        if (const auto status = statusOf(value)) {
            return statusLabel(*status);
        }
        if (const auto status = domain::parseComplaintStatus(value)) {
            return complaintStatusLabel(*status);
        }
        if (const auto status = domain::parseSheetStatus(value)) {
            return sheetStatusLabel(*status);
        }
    } else if (field == "area") {
        if (const auto area = domain::parseAreaType(value)) {
            return areaTypeLabel(*area);
        }
    } else if (field == "kind") {
        if (const auto kind = domain::parseSheetKind(value)) {
            return sheetKindLabel(*kind);
        }
    } else if (field == "state") {
        if (const auto state = domain::parseNcState(value)) {
            return ncStateLabel(*state);
        }
    } else if (field == "severity") {
        if (const auto severity = domain::parseSeverity(value)) {
            return severityLabel(*severity);
        }
    } else if (field == "service") {
        if (const auto service = domain::parseContractorService(value)) {
            return contractorServiceLabel(*service);
        }
    } else if (field.starts_with("line ") && !field.ends_with(" note") && !field.ends_with(" photos")) {
        if (auto text = lineResultText(value)) {
            return *text;
        }
    } else if (field == "category") {
        if (const auto category = domain::parseCategory(value)) {
            return categoryLabel(*category);
        }
        if (const auto category = domain::parseComplaintCategory(value)) {
            return complaintCategoryLabel(*category);
        }
    } else if (field == "channel") {
        if (const auto channel = domain::parseChannel(value)) {
            return channelLabel(*channel);
        }
    } else if (field == "department") {
        if (const auto department = domain::parseDepartment(value)) {
            return departmentLabel(*department);
        }
    } else if (field == "urgency") {
        if (const auto urgency = domain::parseUrgency(value)) {
            return urgencyLabel(*urgency);
        }
    } else if (field == "role") {
        if (const auto role = domain::parseRole(value)) {
            return roleLabel(*role);
        }
    } else if (field == "calendar") {
        if (const auto calendar = domain::parseCalendarKind(value)) {
            return calendarLabel(*calendar);
        }
    } else if (field == "work_start" || field == "work_end") {
        // Seconds since local midnight.
        bool ok = false;
        const long long seconds = qs(value).toLongLong(&ok);
        if (ok && seconds >= 0 && seconds <= 24 * 3600) {
            return qs(domain::formatClockTime(domain::Seconds{seconds}));
        }
    } else if (field == "satisfaction") {
        bool ok = false;
        const int rating = qs(value).toInt(&ok);
        if (ok && rating >= 1 && rating <= 5) {
            return QStringLiteral("%1 %2").arg(rating).arg(satisfactionLabel(rating));
        }
    } else if (field == "holds") {
        return holdsText(value, zone);
    } else if (field == "password" && value == "set") {
        return QCoreApplication::translate("AuditLabels", "set");
    }
    if (value == "yes" || value == "true") {
        return QCoreApplication::translate("AuditLabels", "Yes");
    }
    if (value == "no" || value == "false") {
        return QCoreApplication::translate("AuditLabels", "No");
    }
    return withLocalTimes(value, zone);
}

QString auditSummaryText(std::string_view summary)
{
    // A sign-in's summary is the role it signed in with; a status change's without details its event.
    if (const auto role = domain::parseRole(summary)) {
        return roleLabel(*role);
    }
    if (const auto event = domain::parseEventKind(summary)) {
        return eventLabel(*event);
    }
    if (const auto event = domain::parseComplaintEventKind(summary)) {
        return complaintEventLabel(*event);
    }
    const QString text = qs(summary);
    for (const auto& pattern : summaryPatterns()) {
        const auto match = pattern.regex.match(text);
        if (!match.hasMatch()) {
            continue;
        }
        QStringList args;
        bool keys = true;
        for (int i = 1; i <= match.lastCapturedIndex() && keys; ++i) {
            const auto arg = argText(pattern.summary->args.at(static_cast<std::size_t>(i - 1)), match.captured(i));
            keys = arg.has_value();
            args << arg.value_or(QString());
        }
        if (!keys) {
            continue;
        }
        const QString english = QString::fromUtf8(pattern.summary->english);
        const QString translated = QCoreApplication::translate("AuditSummary", pattern.summary->english);
        if (translated == english && args == QStringList(match.capturedTexts().mid(1))) {
            return text; // no translation in force and no key to name: the stored words
        }
        // One pass, so that a value containing "%2" is not substituted again.
        switch (args.size()) {
        case 0:
            return translated;
        case 1:
            return translated.arg(args[0]);
        case 2:
            return translated.arg(args[0], args[1]);
        case 3:
            return translated.arg(args[0], args[1], args[2]);
        case 4:
            return translated.arg(args[0], args[1], args[2], args[3]);
        default:
            return translated.arg(args[0], args[1], args[2], args[3], args[4]);
        }
    }
    return text;
}

QString formatAuditTime(domain::Instant instant, const domain::TimeZone& zone)
{
    const QDateTime wall = toDateTime(instant, zone);
    return QLocale().toString(wall.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           wall.time().toString(QStringLiteral("HH:mm:ss"));
}

QStringList auditSummaryTemplates()
{
    QStringList templates;
    for (const auto& s : kSummaries) {
        templates << QString::fromUtf8(s.english);
    }
    return templates;
}

} // namespace propdesk::gui
