#include "errortext.h"

#include "complaintlabels.h"
#include "domain/complaint.h"
#include "domain/ruleset.h"
#include "domain/user.h"
#include "domain/workorder.h"
#include "guilog.h"
#include "labels.h"
#include "qtconvert.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <optional>
#include <vector>

namespace propdesk::gui {

namespace {

// What a template's %1, %2, … stand for, and so how each captured piece is shown.
enum class Arg
{
    Text,            // a value from the user's data or the system, shown as it is
    Message,         // another service message, translated in turn
    Field,           // a column or field name ("reported_at"), or another key of fieldText()
    Event,           // an event key ("hold")
    Status,          // a status key ("on_hold")
    Milestone,       // a rule milestone key ("arrival")
    Role,            // a role key ("front_desk")
    Permission,      // what a permission lets one do, domain::permissionText ("change rule sets")
    ComplaintStatus, // a complaint status key ("resolved")
    Department,      // a department key ("customer_service")
};

struct Template
{
    const char* english; // the service's wording with %1, %2, … in place of its {}
    std::array<Arg, 3> args{Arg::Text, Arg::Text, Arg::Text};
};

// Every message the backbone (and the GUI's own checks) can put into a domain::Error or an import issue,
// in the order of the sources. The English must stay identical to the source's wording: a message that no
// longer matches is shown in English.
const Template kTemplates[] = {
    // src/domain/timezone.cpp
    {QT_TRANSLATE_NOOP("ServiceMessage", "unknown time zone '%1'")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "%1 does not exist in %2 (the clocks skip it at a daylight-saving change); "
                                         "give an explicit offset")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "%1 is ambiguous in %2 (it happens twice at a daylight-saving change); "
                                         "give an explicit offset")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "'%1' is not a date (YYYY-MM-DD)")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "'%1' is not a valid calendar date")},
    {QT_TRANSLATE_NOOP("ServiceMessage",
                       "'%1' is not a time (YYYY-MM-DD HH:MM[:SS], or ISO 8601 with T and an optional offset)")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "'%1' has no such time of day")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "'%1' is not a time of day (HH:MM)")},
    // src/domain/workingcalendar.cpp
    {QT_TRANSLATE_NOOP("ServiceMessage", "not valid JSON: %1")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "expected a JSON object with \"year\" and \"days\"")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "missing, or not a year between 1970 and 2200")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "missing, or not a list")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "not an object")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "missing or not text")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "%1 is not in or next to %2")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "missing or not true/false")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "unknown calendar '%1' (CN or none)")},
    // src/domain/workorder.cpp
    {QT_TRANSLATE_NOOP("ServiceMessage", "the order is already logged")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the logged event must carry the reported time")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the order has not been logged")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "a %1 order cannot be dispatched"), {Arg::Status}},
    {QT_TRANSLATE_NOOP("ServiceMessage", "name the technician")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "arrival is already recorded")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the order is on hold: resume it first")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "a %1 order cannot record an arrival"), {Arg::Status}},
    {QT_TRANSLATE_NOOP("ServiceMessage", "a %1 order cannot be put on hold"), {Arg::Status}},
    {QT_TRANSLATE_NOOP("ServiceMessage", "give the reason for the hold")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the order is not on hold")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "a %1 order cannot be completed"), {Arg::Status}},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the order has already been revisited")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "only a completed order can be revisited")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "satisfaction must be 1 to 5")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "a %1 order cannot be cancelled"), {Arg::Status}},
    {QT_TRANSLATE_NOOP("ServiceMessage", "give the reason for cancelling")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "a %1 order takes no follow-up calls: log a new order"), {Arg::Status}},
    {QT_TRANSLATE_NOOP("ServiceMessage", "say what the caller reported")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "a follow-up call cannot precede the order")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "%1 is before the previous event of this order"), {Arg::Event}},
    // src/domain/complaint.cpp
    {QT_TRANSLATE_NOOP("ServiceMessage", "the complaint is already received")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the received event must carry the received time")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "name who took the complaint (first responder)")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the complaint has not been received")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "is before the complaint was received")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "is before the complaint's previous step")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "a %1 complaint cannot be routed"), {Arg::ComplaintStatus}},
    {QT_TRANSLATE_NOOP("ServiceMessage", "name the department")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the complaint is already with %1"), {Arg::Department}},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the response is already recorded")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "a %1 complaint cannot record a response"), {Arg::ComplaintStatus}},
    {QT_TRANSLATE_NOOP("ServiceMessage", "what was the resident told?")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "a %1 complaint cannot be resolved"), {Arg::ComplaintStatus}},
    {QT_TRANSLATE_NOOP("ServiceMessage", "route the complaint first: which department resolved it?")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "describe the resolution")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the reply is already recorded")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "only a resolved complaint can be replied to")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "name the office head the result was reported to")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the complaint has already been revisited")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "reply to the resident before the revisit")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "a withdrawn complaint is not judged")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "say whether the complaint is valid")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "give the reason for the verdict")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the complaint is already linked to work order %1")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "name the work order")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the note is empty")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "a %1 complaint cannot be withdrawn"), {Arg::ComplaintStatus}},
    {QT_TRANSLATE_NOOP("ServiceMessage", "give the reason for the withdrawal")},
    // src/rules/rulesetjson.cpp
    {QT_TRANSLATE_NOOP("ServiceMessage", "unknown field (expected one of: %1)")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "must be a non-empty list of text values")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "must be a list of text values")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "a rule must be an object")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "missing or empty")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "must be work_order or complaint")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "a work_order rule's milestone is arrival, completion or revisit")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "a complaint rule's milestone is response or resolution")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "must be an object (use {} for no condition)")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "unknown work-order category '%1'")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "unknown complaint category '%1' (one of: %2)")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "complaints have no urgency")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "unknown urgency '%1' (emergency, normal or difficult)")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "must be true or false")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "must be [\"HH:MM\", \"HH:MM\"]")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the interval is empty (from equals to)")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "missing (give amount, unit and clock)")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "must be a whole number from 0 to 100000")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "must be minutes, hours or days")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "must be elapsed, working, calendar_days or working_days")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the %1 clock counts days")},
    {QT_TRANSLATE_NOOP("ServiceMessage",
                       "the working clock counts minutes or hours; for whole working days use working_days")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "a duration of 0 can never be met")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "must be text")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "a rule set is a JSON object with name, effective_from and rules")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "missing (YYYY-MM-DD)")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "must be a site code or null")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "missing or empty: a rule set needs at least one rule")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "another rule has the same id")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "can never apply: rule %1 before it matches every %2 %3"),
     {Arg::Text, Arg::Field, Arg::Milestone}},
    // src/services/csvtable.cpp
    {QT_TRANSLATE_NOOP("ServiceMessage", "contains a NUL byte: not a text file")},
    {QT_TRANSLATE_NOOP("ServiceMessage",
                       "not valid UTF-8 (if Excel saved it as GBK/GB18030, save it again as \"CSV UTF-8\")")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the file is empty (expected a header row)")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "cannot initialise the CSV parser")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "malformed CSV: %1 (check the quotes on this line)")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "malformed CSV: a quoted field is never closed")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "has %1 fields, the header has %2")},
    // src/services/workordercsv.cpp
    {QT_TRANSLATE_NOOP("ServiceMessage", "unknown site '%1'")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the column appears twice")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "unknown column (the columns are: %1)")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "required column is missing")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "required column is missing (or give --site)")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "no work orders after the header")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "required")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "site %1 differs from --site %2")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "unknown category '%1'")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "an order cannot rework itself")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "'%1' is not a rating from 1 to 5")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "hold %1 '%2' is not start/end")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "hold %1 start: %2"), {Arg::Text, Arg::Message}},
    {QT_TRANSLATE_NOOP("ServiceMessage", "hold %1 end: %2"), {Arg::Text, Arg::Message}},
    {QT_TRANSLATE_NOOP("ServiceMessage", "hold %1 ends before it starts")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "%1 is before %2 (%3)"), {Arg::Text, Arg::Field, Arg::Text}},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the order is not completed")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "an order is either completed or cancelled, not both")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "a rating needs revisited_at")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "hold from %1 lies outside reported_at…%2"), {Arg::Text, Arg::Field}},
    {QT_TRANSLATE_NOOP("ServiceMessage", "hold from %1 is still open on a %2 order"), {Arg::Text, Arg::Status}},
    {QT_TRANSLATE_NOOP("ServiceMessage", "hold from %1 is open but another hold follows it")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "hold from %1 overlaps the hold before it")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "duplicate: line %1 has the same id")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "already stored at site %1")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "names order %1, which is rejected (line %2)")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "names no order %1 at site %2")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "order %1 was reported after this one")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the file cannot be imported")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "order %1 named by rework_of no longer exists")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the import was cancelled; nothing was written")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the export was cancelled")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "could not write the export")},
    // src/services/complaintcsv.cpp
    {QT_TRANSLATE_NOOP("ServiceMessage", "no complaints after the header")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "unknown channel '%1' (one of: %2)")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "unknown department '%1' (one of: %2)")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "'%1' is not yes or no")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "required with %1"), {Arg::Field}},
    {QT_TRANSLATE_NOOP("ServiceMessage", "needs %1"), {Arg::Field}},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the complaint is not resolved")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the complaint has not been replied to")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "a complaint is either resolved or withdrawn, not both")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "work order %1 no longer exists")},
    // src/services/siteservice.cpp
    {QT_TRANSLATE_NOOP("ServiceMessage", "use 1 to 16 letters, digits, '-' or '_'")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "a site needs a name")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the working day must start before it ends, within one day")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "cannot be negative")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "no site with id %1")},
    // src/services/staffservice.cpp
    {QT_TRANSLATE_NOOP("ServiceMessage", "a staff member needs a name")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "a name has at most %1 characters")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "not a phone number: use 5 to 20 digits")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "no staff member with id %1")},
    // src/services/workorderservice.cpp
    {QT_TRANSLATE_NOOP("ServiceMessage", "lies in the future")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "where is the problem? (building-unit-room)")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "a phone number has 5 to 20 digits")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the agreed time is before the order was reported")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "no order %1 at site %2")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "a rework cannot be reported before the order it reworks")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "a dissatisfied resident's reason must be recorded")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "no work order with id %1")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "no work order %1 at site %2")},
    // src/services/complaintservice.cpp, complaintlists.cpp
    {QT_TRANSLATE_NOOP("ServiceMessage", "what is the complaint about?")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "complaint %1 already exists at %2")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "no work order %1 at the complaint's site")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "no complaint with id %1")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "no complaint %1 at site %2")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "choose one of your sites")},
    // src/services/ruleservice.cpp, calendarservice.cpp, kpiservice.cpp
    {QT_TRANSLATE_NOOP("ServiceMessage", "no rule set is in force on %1")},
    {QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "a rule set effective %1 is already in force ('%2'); give the new version a later effective_from")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "year %1 is also given by %2")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "'%1' is not a month (YYYY-MM)")},
    // src/services/access.cpp
    {QT_TRANSLATE_NOOP("ServiceMessage", "sign in first")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "%1 (%2) may not %3"), {Arg::Text, Arg::Role, Arg::Permission}},
    {QT_TRANSLATE_NOOP("ServiceMessage", "you do not work at site '%1'")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "you do not work at this site")},
    // src/services/userservice.cpp
    {QT_TRANSLATE_NOOP("ServiceMessage", "a password has at least %1 characters")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "a password has at most 1024 bytes")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "a sign-in name has 1 to %1 characters")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "a sign-in name cannot contain control characters")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "a display name has at most %1 characters")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "choose front desk, supervisor, manager or admin")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "give the user at least one site")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the database already has user accounts")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the first account of a database is an admin")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "too many failed sign-ins: try again in %1 s")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "wrong name or password")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the account is inactive")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "no user with id %1")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the last active admin can be neither demoted nor deactivated")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "your account no longer exists")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the current password is wrong")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "libsodium could not be initialised")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "not enough memory to hash the password")},
    // src/services/backupservice.cpp
    {QT_TRANSLATE_NOOP("ServiceMessage", "cannot create the folder")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "keep 1 to 365 backups")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the backup failed its check: %1")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "cannot write the backup: %1")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the file fails its check: %1")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the backup fails its check: %1")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the database passes its check: sign in as an admin to restore a backup")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "cannot move the broken file aside: %1")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "cannot copy the backup into place")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "nothing restored: the current data could not be backed up first (%1)"),
     {Arg::Message}},
    // src/services/securityservice.cpp, patrolcsv.cpp
    {QT_TRANSLATE_NOOP("ServiceMessage", "the security set-up has no squads yet")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "staff #%1 does not work at %2")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the roster of %1 is published and cannot be generated again")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the roster of %1 already exists")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "there is no roster for %1")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "staff #%1 does not work at this site")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the roster of %1 is already published")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "%1 guard(s) are on two posts at once; correct the roster first")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the roster has %1 warning(s); confirm them to publish")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "who walked the round?")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "no route of %1 has checkpoint '%2' on that day")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "this scan is already recorded")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "unknown shift '%1'")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "who hands over?")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "who takes over?")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "this change of shift is more than an hour away")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "is not near this change of shift")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "an open item needs a text")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the handover of %1 %2 is already recorded")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "no handover with id %1")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "who signs?")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "is already signed")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "no open item with id %1")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "this item is already closed")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "is before the item was opened")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "how was it settled?")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "no duty log entry with id %1")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "an incident has no time out")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "is already recorded")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "only incidents are handled")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "what was done?")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "how did it end?")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "which posts were checked?")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "unknown post '%1'")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "what was found?")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "what is to be corrected?")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "no such column (chosen for the %1)")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "no column for the %1; expected one of: %2")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "no scans after the header")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "unknown checkpoint '%1': no route of %2 has it on %3")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "%1 cannot be imported")},
    // src/domain/security.cpp
    {QT_TRANSLATE_NOOP("ServiceMessage", "define at least one shift")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the code is empty")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the code '%1' is used twice")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "must be from 00:00 to before 24:00")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "must be 1 to 24 hours")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "a guard can be in only one squad, once")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "give at least one rotation day")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "rotation days must be 1 to 28, in ascending order")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "not a valid calendar date")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "must be 0 to 24 hours")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "must not be negative")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the roster has no such slot")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "give the reason for the change")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "changes nothing")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the name is empty")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "add at least one checkpoint")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "must be longer than zero")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the shift '%1' is listed twice")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "rounds per shift must be 1 to 48")},
    {QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "round length plus twice the tolerance must fit in the %1 minutes between two rounds of shift '%2'")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "give the type of incident")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "give the incident a title")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "give the visitor's name")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "give the plate number")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "only incidents have a type")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "only incidents record handling")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "is before the time in")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "is before the incident happened")},
    // src/storage/sqlitesecurityrepository.cpp
    {QT_TRANSLATE_NOOP("ServiceMessage", "corrupt %1 in %2: %3")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the roster has two slots for the same post, shift and day")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "route %1 already has a version from %2")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the handover of shift %1 on %2 is already recorded")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "no handover item with id %1")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "no duty entry with id %1")},
    // src/services/inspectionservice.cpp
    {QT_TRANSLATE_NOOP("ServiceMessage", "no sheet with id %1")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "no nonconformance with id %1")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "no preventive action with id %1")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "no contractor with id %1")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "no pest-control visit with id %1")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "this area type already has a version from that date")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "no template of area type %1 is in force on %2")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "which place was inspected?")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "who inspected?")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the plan of %1 has no target %2")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "this target has a sheet already")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "is not in %1")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the sheet is signed: amend it instead")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the sheet has %1 lines, not %2")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the sheet is signed already")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "is before the day inspected")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "%1 lines are not checked yet")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "only a signed sheet is amended: edit the draft")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the sheet has no line %1")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "an amended line needs a result")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "an amendment needs a reason")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the amendment changes nothing")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "its nonconformance %1 is %2 already")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "cannot be read: %1")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "is larger than 10 MiB (%1 bytes)")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "cannot be read")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "is not a JPEG or PNG image")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "where is it?")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "what is wrong?")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "is not after now")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the nonconformance was withdrawn")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the change changes nothing")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the preventive action is done already")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "is before the action was recorded")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the site has a contractor of that name already")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "a warning needs a reason")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "a deduction is more than 0")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "a deduction needs a reason")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "is not a pest-control contractor")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the operator signed out already")},
    // src/domain/inspection.cpp, src/storage/sqliteinspectionrepository.cpp
    {QT_TRANSLATE_NOOP("ServiceMessage", "%1: the site has no buildings")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "%1: the site has no ground zones")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "%1: the site has no office towers")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "%1: the site has no residential buildings")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "a closed or withdrawn nonconformance takes no corrective action report")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "add at least one check item")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "choose office towers only or residential buildings only, not both")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "describe what was done")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "give the operator's licence number")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "is before the nonconformance's previous step")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "is before the sign-in")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "must be at least 1")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "name the operator")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "nonconformance %1 already exists at the site")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "nonconformance %1 was changed by someone else; reload it")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "only a rectified nonconformance can be verified")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "only a verified nonconformance can be closed")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "only an open nonconformance can be rectified")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "only an open nonconformance can be withdrawn")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "record the corrective action report first")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "say what is checked")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "say why the rectification is not accepted")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the contract ends before it starts")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the first standard floor is above the last")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "what caused it?")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "what could cause it?")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "what is to be done?")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "who does it?")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "who is responsible?")},
    // src/services/indicatorservice.cpp, src/rules/indicators.cpp
    {QT_TRANSLATE_NOOP("ServiceMessage", "must be the first day of a month")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "no such indicator")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "must not exceed 100 %")},
    {QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "the targets from %1 have taken effect and are never rewritten: save a version from a later month")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "has not begun")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "computed from the records, not entered by hand")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "must be greater than 0")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "must not exceed the denominator")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "is empty")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "no such frozen report")},
    // src/reports/monthlyreport.cpp
    {QT_TRANSLATE_NOOP("ServiceMessage", "missing, or not a whole number")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "missing, or not a number")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "unknown comparator '%1' (>=, <= or <)")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "unsupported report format %1 (expected 1)")},
    // src/storage/sqlitecommitmentrepository.cpp
    {QT_TRANSLATE_NOOP("ServiceMessage", "the site has a target version from that date already")},
    // src/gui/reportview.cpp
    {QT_TRANSLATE_NOOP("ServiceMessage", "no site is selected")},
    // src/storage (reaches the GUI through the services)
    {QT_TRANSLATE_NOOP("ServiceMessage", "a site with code %1 already exists")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "an order with this id already exists at the site")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "a complaint with this code already exists at the site")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "no event to append")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "corrupt effective_from in rule_sets: %1"), {Arg::Message}},
    {QT_TRANSLATE_NOOP("ServiceMessage", "could not start a transaction: %1")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "could not commit: %1")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "no database at %1 (create one with `propdesk-cli init`)")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "%1 was written by a newer PropDesk (schema version %2; this release reads up "
                                         "to %3). Install the newer release to open it.")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "cannot open %1: %2")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "there is already a user named %1")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "backup failed: %1")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "restore failed: %1")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "cannot restore inside a transaction")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "not a PropDesk database")},
    {QT_TRANSLATE_NOOP("ServiceMessage",
                       "written by a newer PropDesk (schema version %1; this release reads up to %2)")},
    // src/gui (the GUI's own checks, reported the way the services report theirs)
    {QT_TRANSLATE_NOOP("ServiceMessage", "not a valid date and time")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "no database is open")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "the page size is not supported")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "could not write the PDF file")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "choose a site first")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "could not write the file")},
    {QT_TRANSLATE_NOOP("ServiceMessage", "nobody signed in")},
};

// What each permission lets one do, as domain::permissionText() words it at the end of "… may not …".
const char* const kPermissionTexts[] = {
    QT_TRANSLATE_NOOP("ServicePermission", "see this site's records"),
    QT_TRANSLATE_NOOP("ServicePermission", "log work orders"),
    QT_TRANSLATE_NOOP("ServicePermission", "update work orders"),
    QT_TRANSLATE_NOOP("ServicePermission", "record revisits"),
    QT_TRANSLATE_NOOP("ServicePermission", "dispatch work orders"),
    QT_TRANSLATE_NOOP("ServicePermission", "cancel work orders"),
    QT_TRANSLATE_NOOP("ServicePermission", "import work orders"),
    QT_TRANSLATE_NOOP("ServicePermission", "export work orders"),
    QT_TRANSLATE_NOOP("ServicePermission", "change the staff list"),
    QT_TRANSLATE_NOOP("ServicePermission", "change rule sets"),
    QT_TRANSLATE_NOOP("ServicePermission", "change holiday calendars"),
    QT_TRANSLATE_NOOP("ServicePermission", "add or change sites"),
    QT_TRANSLATE_NOOP("ServicePermission", "see KPI reports"),
    QT_TRANSLATE_NOOP("ServicePermission", "see the audit trail"),
    QT_TRANSLATE_NOOP("ServicePermission", "manage user accounts"),
    QT_TRANSLATE_NOOP("ServicePermission", "make or restore backups"),
    QT_TRANSLATE_NOOP("ServicePermission", "take complaints"),
    QT_TRANSLATE_NOOP("ServicePermission", "handle complaints"),
    QT_TRANSLATE_NOOP("ServicePermission", "judge whether a complaint is valid"),
    QT_TRANSLATE_NOOP("ServicePermission", "withdraw complaints"),
    QT_TRANSLATE_NOOP("ServicePermission", "import complaints"),
    QT_TRANSLATE_NOOP("ServicePermission", "export complaints"),
    QT_TRANSLATE_NOOP("ServicePermission", "change the security set-up and patrol routes"),
    QT_TRANSLATE_NOOP("ServicePermission", "edit security rosters"),
    QT_TRANSLATE_NOOP("ServicePermission", "record patrol scans"),
    QT_TRANSLATE_NOOP("ServicePermission", "import patrol records"),
    QT_TRANSLATE_NOOP("ServicePermission", "record handovers and the duty log"),
    QT_TRANSLATE_NOOP("ServicePermission", "record spot checks"),
    QT_TRANSLATE_NOOP("ServicePermission", "change inspection templates and the inspection set-up"),
    QT_TRANSLATE_NOOP("ServicePermission", "record inspection sheets"),
    QT_TRANSLATE_NOOP("ServicePermission", "handle nonconformances"),
    QT_TRANSLATE_NOOP("ServicePermission", "manage subcontractors, warnings and deductions"),
    QT_TRANSLATE_NOOP("ServicePermission", "record pest-control visits"),
    QT_TRANSLATE_NOOP("ServicePermission", "enter the monthly figures and notes"),
    QT_TRANSLATE_NOOP("ServicePermission", "change KPI targets or freeze reports"),
};

// Column and field names the services put into Error::field, ImportIssue::column or a message, and the other
// keys messages embed. Names not listed here (e.g. "when.category" of a rule-set file) are shown as they are.
const char* const kFields[] = {
    // the columns of the work-order CSV, in their order
    QT_TRANSLATE_NOOP("ServiceField", "id"),
    QT_TRANSLATE_NOOP("ServiceField", "site"),
    QT_TRANSLATE_NOOP("ServiceField", "location"),
    QT_TRANSLATE_NOOP("ServiceField", "category"),
    QT_TRANSLATE_NOOP("ServiceField", "urgency"),
    QT_TRANSLATE_NOOP("ServiceField", "reported_at"),
    QT_TRANSLATE_NOOP("ServiceField", "arrived_at"),
    QT_TRANSLATE_NOOP("ServiceField", "completed_at"),
    QT_TRANSLATE_NOOP("ServiceField", "revisited_at"),
    QT_TRANSLATE_NOOP("ServiceField", "cancelled_at"),
    QT_TRANSLATE_NOOP("ServiceField", "due_at"),
    QT_TRANSLATE_NOOP("ServiceField", "holds"),
    QT_TRANSLATE_NOOP("ServiceField", "rework_of"),
    QT_TRANSLATE_NOOP("ServiceField", "satisfaction"),
    QT_TRANSLATE_NOOP("ServiceField", "reporter"),
    QT_TRANSLATE_NOOP("ServiceField", "phone"),
    QT_TRANSLATE_NOOP("ServiceField", "technician"),
    QT_TRANSLATE_NOOP("ServiceField", "description"),
    QT_TRANSLATE_NOOP("ServiceField", "(empty)"),
    // accounts, signing in, backups
    QT_TRANSLATE_NOOP("ServiceField", "display_name"),
    QT_TRANSLATE_NOOP("ServiceField", "role"),
    QT_TRANSLATE_NOOP("ServiceField", "sites"),
    QT_TRANSLATE_NOOP("ServiceField", "password"),
    QT_TRANSLATE_NOOP("ServiceField", "current_password"),
    QT_TRANSLATE_NOOP("ServiceField", "retry_after"),
    QT_TRANSLATE_NOOP("ServiceField", "folder"),
    QT_TRANSLATE_NOOP("ServiceField", "keep"),
    // fields of the desk's use cases
    QT_TRANSLATE_NOOP("ServiceField", "dispatched_at"),
    QT_TRANSLATE_NOOP("ServiceField", "at"),
    QT_TRANSLATE_NOOP("ServiceField", "note"),
    QT_TRANSLATE_NOOP("ServiceField", "reason"),
    QT_TRANSLATE_NOOP("ServiceField", "comment"),
    // sites, staff, calendars and rule sets
    QT_TRANSLATE_NOOP("ServiceField", "code"),
    QT_TRANSLATE_NOOP("ServiceField", "name"),
    QT_TRANSLATE_NOOP("ServiceField", "timezone"),
    QT_TRANSLATE_NOOP("ServiceField", "working_hours"),
    QT_TRANSLATE_NOOP("ServiceField", "households"),
    QT_TRANSLATE_NOOP("ServiceField", "residents"),
    QT_TRANSLATE_NOOP("ServiceField", "calendar"),
    QT_TRANSLATE_NOOP("ServiceField", "year"),
    QT_TRANSLATE_NOOP("ServiceField", "effective_from"),
    // the end of a hold's window on an open order ("reported_at…now")
    QT_TRANSLATE_NOOP("ServiceField", "now"),
    // what a rule applies to ("matches every work_order arrival")
    QT_TRANSLATE_NOOP("ServiceField", "work_order"),
    QT_TRANSLATE_NOOP("ServiceField", "complaint"),
    // the columns of the complaint CSV not named above, and the fields of the complaint use cases
    QT_TRANSLATE_NOOP("ServiceField", "channel"),
    QT_TRANSLATE_NOOP("ServiceField", "received_at"),
    QT_TRANSLATE_NOOP("ServiceField", "resident"),
    QT_TRANSLATE_NOOP("ServiceField", "first_responder"),
    QT_TRANSLATE_NOOP("ServiceField", "department"),
    QT_TRANSLATE_NOOP("ServiceField", "routed_at"),
    QT_TRANSLATE_NOOP("ServiceField", "responded_at"),
    QT_TRANSLATE_NOOP("ServiceField", "response"),
    QT_TRANSLATE_NOOP("ServiceField", "resolved_at"),
    QT_TRANSLATE_NOOP("ServiceField", "resolution"),
    QT_TRANSLATE_NOOP("ServiceField", "measures"),
    QT_TRANSLATE_NOOP("ServiceField", "replied_at"),
    QT_TRANSLATE_NOOP("ServiceField", "reply"),
    QT_TRANSLATE_NOOP("ServiceField", "informed_head"),
    QT_TRANSLATE_NOOP("ServiceField", "revisit_comment"),
    QT_TRANSLATE_NOOP("ServiceField", "valid"),
    QT_TRANSLATE_NOOP("ServiceField", "verdict_reason"),
    QT_TRANSLATE_NOOP("ServiceField", "judged_at"),
    QT_TRANSLATE_NOOP("ServiceField", "withdrawn_at"),
    QT_TRANSLATE_NOOP("ServiceField", "withdraw_reason"),
    // the KPI commitments
    QT_TRANSLATE_NOOP("ServiceField", "month"),
    QT_TRANSLATE_NOOP("ServiceField", "key"),
    QT_TRANSLATE_NOOP("ServiceField", "numerator"),
    QT_TRANSLATE_NOOP("ServiceField", "denominator"),
    QT_TRANSLATE_NOOP("ServiceField", "target"),
    QT_TRANSLATE_NOOP("ServiceField", "data"),
    QT_TRANSLATE_NOOP("ServiceField", "report"),
};

struct Pattern
{
    const Template* entry;
    QRegularExpression regex;
};

// "a %1 order cannot be dispatched" → ^a (.*?) order cannot be dispatched$, capture n standing for %n.
const std::vector<Pattern>& patterns()
{
    static const std::vector<Pattern> compiled = [] {
        static const QRegularExpression marker(QStringLiteral("%([1-9])"));
        std::vector<Pattern> out;
        for (const auto& entry : kTemplates) {
            const QString english = QString::fromUtf8(entry.english);
            QString pattern;
            qsizetype from = 0;
            for (auto it = marker.globalMatch(english); it.hasNext();) {
                const auto match = it.next();
                pattern += QRegularExpression::escape(english.mid(from, match.capturedStart() - from));
                pattern += QStringLiteral("(.*?)");
                from = match.capturedEnd();
            }
            pattern += QRegularExpression::escape(english.mid(from));
            out.push_back({&entry, QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                                                      QRegularExpression::DotMatchesEverythingOption)});
        }
        return out;
    }();
    return compiled;
}

std::optional<domain::WorkOrderStatus> parseStatus(std::string_view key)
{
    using domain::WorkOrderStatus;
    for (const auto status :
         {WorkOrderStatus::Logged, WorkOrderStatus::Dispatched, WorkOrderStatus::InProgress, WorkOrderStatus::OnHold,
          WorkOrderStatus::Completed, WorkOrderStatus::Revisited, WorkOrderStatus::Cancelled}) {
        if (domain::statusKey(status) == key) {
            return status;
        }
    }
    return std::nullopt;
}

std::optional<domain::Milestone> parseMilestone(std::string_view key)
{
    using domain::Milestone;
    for (const auto milestone :
         {Milestone::Arrival, Milestone::Completion, Milestone::Revisit, Milestone::Response, Milestone::Resolution}) {
        if (domain::milestoneKey(milestone) == key) {
            return milestone;
        }
    }
    return std::nullopt;
}

QString argText(Arg kind, const QString& captured)
{
    const std::string key = utf8(captured);
    switch (kind) {
    case Arg::Text:
        return captured;
    case Arg::Message:
        return messageText(key);
    case Arg::Field:
        return fieldText(key);
    case Arg::Event:
        if (const auto event = domain::parseEventKind(key)) {
            return eventLabel(*event);
        }
        return captured;
    case Arg::Status:
        if (const auto status = parseStatus(key)) {
            return statusLabel(*status);
        }
        return captured;
    case Arg::Milestone:
        if (const auto milestone = parseMilestone(key)) {
            return milestoneLabel(*milestone);
        }
        return captured;
    case Arg::Role:
        for (const auto role : {domain::Role::None, domain::Role::FrontDesk, domain::Role::Supervisor,
                                domain::Role::Manager, domain::Role::Admin, domain::Role::System}) {
            if (domain::roleKey(role) == key) {
                return roleLabel(role);
            }
        }
        return captured;
    case Arg::Permission:
        for (const char* text : kPermissionTexts) {
            if (key == text) {
                return QCoreApplication::translate("ServicePermission", text);
            }
        }
        return captured;
    case Arg::ComplaintStatus:
        if (const auto status = domain::parseComplaintStatus(key)) {
            return complaintStatusLabel(*status);
        }
        return captured;
    case Arg::Department:
        for (const auto department : domain::allDepartments()) {
            if (domain::departmentKey(department) == key) {
                return departmentLabel(department);
            }
        }
        return captured;
    }
    return captured;
}

} // namespace

QString messageText(std::string_view englishMessage)
{
    const QString message = qs(englishMessage);
    for (const auto& pattern : patterns()) {
        const auto match = pattern.regex.match(message);
        if (!match.hasMatch()) {
            continue;
        }
        const char* english = pattern.entry->english;
        const QString translated = QCoreApplication::translate("ServiceMessage", english);
        if (translated == QString::fromUtf8(english)) {
            return message; // no translation in force: the service's own words
        }
        QStringList args;
        for (int i = 1; i <= match.lastCapturedIndex(); ++i) {
            args << argText(pattern.entry->args.at(static_cast<std::size_t>(i - 1)), match.captured(i));
        }
        // One pass over the template: a captured value that contains "%1" is not substituted again.
        switch (args.size()) {
        case 0:
            return translated;
        case 1:
            return translated.arg(args[0]);
        case 2:
            return translated.arg(args[0], args[1]);
        default:
            return translated.arg(args[0], args[1], args[2]);
        }
    }
    logger()->debug("no translation template matches the service message \"{}\"", englishMessage);
    return message;
}

QString errorText(const domain::Error& error)
{
    QString text = messageText(error.message);
    if (!error.field.empty()) {
        text = QCoreApplication::translate("ServiceMessage", "%1: %2", "field or record: message")
                   .arg(fieldText(error.field), text);
    }
    if (!error.record.empty()) {
        text = QCoreApplication::translate("ServiceMessage", "%1: %2", "field or record: message")
                   .arg(qs(error.record), text);
    }
    return text;
}

QString fieldText(std::string_view name)
{
    for (const char* field : kFields) {
        if (name == field) {
            return QCoreApplication::translate("ServiceField", field);
        }
    }
    return qs(name);
}

QStringList messageTemplates()
{
    QStringList out;
    for (const auto& entry : kTemplates) {
        out << QString::fromUtf8(entry.english);
    }
    return out;
}

} // namespace propdesk::gui
