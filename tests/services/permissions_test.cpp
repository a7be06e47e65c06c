// Who may do what (docs/security.md): every service call that reads or changes records, for every role,
// against a matrix written out here by hand (not derived from domain::allows, so that a wrong allows()
// or a missing require() shows up); the sites a user works at; and that a refused call writes nothing.

#include "domain/calendarrepository.h"
#include "domain/inspectionrepository.h"
#include "domain/rulesetrepository.h"
#include "domain/securityrepository.h"
#include "domain/settingsrepository.h"
#include "domain/siterepository.h"
#include "domain/staffrepository.h"
#include "domain/userrepository.h"
#include "servicetestsupport.h"

#include <fmt/format.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>

using namespace propdesk;
using namespace std::chrono_literals;
using domain::ErrorCode;
using domain::Permission;
using domain::Role;
using propdesk::tests::at;
using propdesk::tests::Desk;

namespace {

constexpr std::array kRoles{Role::None, Role::FrontDesk, Role::Supervisor, Role::Manager, Role::Admin};

// One row of the matrix: allowed (Y) or refused (N) for None, FrontDesk, Supervisor, Manager, Admin.
constexpr bool Y = true;
constexpr bool N = false;
using Expect = std::array<bool, kRoles.size()>;

std::size_t column(Role role)
{
    for (std::size_t i = 0; i < kRoles.size(); ++i) {
        if (kRoles[i] == role) {
            return i;
        }
    }
    FAIL("no column for role " << domain::roleKey(role));
    return 0;
}

// What a call came back with: nothing when it did its work, else its error.
using Outcome = std::optional<domain::Error>;

template <typename T>
Outcome outcome(const domain::Result<T>& result)
{
    if (result) {
        return std::nullopt;
    }
    return result.error();
}

const char* k2027 = R"({"year":2027,"days":[{"name":"元旦","date":"2027-01-01","isOffDay":true}]})";

std::string ruleSetFor(std::string_view site, std::string_view effectiveFrom)
{
    return fmt::format(R"({{"name": "contract {0}", "effective_from": "{1}", "site": "{0}",
        "rules": [{{ "id": "arrival", "applies_to": "work_order", "milestone": "arrival",
                     "limit": {{ "amount": 20, "unit": "minutes", "clock": "elapsed" }} }}]}})",
                       site, effectiveFrom);
}

services::NewWorkOrder call(std::string site, std::string location)
{
    services::NewWorkOrder r;
    r.siteCode = std::move(site);
    r.location = std::move(location);
    r.category = domain::Category::Plumbing;
    r.reporter = "王芳";
    r.phone = "13800138000";
    r.description = "厨房水龙头滴水";
    return r;
}

constexpr const char* kComplaintCsv = "id,channel,category,received_at,description,first_responder\n"
                                      "TS-IMP-1,phone,noise,2025-04-02 09:00,夜间噪音,王芳\n";

services::NewComplaint complaintCall(std::string site, std::optional<domain::Department> department = std::nullopt)
{
    services::NewComplaint r;
    r.siteCode = std::move(site);
    r.category = domain::ComplaintCategory::Noise;
    r.resident = "李女士";
    r.phone = "13911112222";
    r.location = "5-1-802";
    r.description = "楼上装修噪音";
    r.department = department;
    return r;
}

constexpr date::year_month kSwapMonth{date::year{2025}, date::month{5}};
constexpr date::year_month kLeaveMonth{date::year{2025}, date::month{6}};
constexpr date::year_month kSubstituteMonth{date::year{2025}, date::month{7}};
constexpr date::year_month kPublishMonth{date::year{2025}, date::month{8}};
constexpr date::year_month kGenerateMonth{date::year{2025}, date::month{9}};

domain::Date day(unsigned month, unsigned d)
{
    return domain::Date{date::year{2025} / date::month{month} / date::day{d}};
}

domain::SlotKey slot(date::year_month month, const char* shift, const char* post)
{
    domain::SlotKey key;
    key.day = month / date::day{5};
    key.shift = shift;
    key.post = post;
    return key;
}

domain::PatrolRoute patrolRoute(domain::Date from)
{
    domain::PatrolRoute r;
    r.code = "R1";
    r.name = "楼宇巡更";
    r.effectiveFrom = from;
    for (const char* code : {"CP01", "CP02"}) {
        domain::Checkpoint c;
        c.code = code;
        c.name = code;
        r.checkpoints.push_back(c);
    }
    r.roundsPerShift = {{"early", 1}};
    return r;
}

constexpr const char* kPatrolCsv = "巡检点编号,巡检人员,巡检时间\nCP02,护卫甲,2025-04-05 07:10\n";

services::NewHandover handoverCall(domain::Date d, const char* shift, std::optional<domain::Instant> in)
{
    services::NewHandover h;
    h.day = d;
    h.shift = shift;
    h.outgoingLeader = "护卫甲";
    h.outgoingSignedAt =
        at(fmt::format("{} {}", domain::formatDate(d), std::string_view(shift) == "early" ? "06:58" : "22:58"));
    h.incomingLeader = "护卫乙";
    h.incomingSignedAt = in;
    return h;
}

domain::DutyEntry dutyCall(domain::DutyEntryKind kind, const char* t, const char* subject)
{
    domain::DutyEntry e;
    e.kind = kind;
    e.at = at(t);
    e.subject = subject;
    if (kind == domain::DutyEntryKind::Incident) {
        e.incident = domain::IncidentType::Violation;
    }
    return e;
}

constexpr date::year_month kInspectionMonth{date::year{2025}, date::month{4}};

std::vector<services::LineEntry> passed(const domain::InspectionSheet& sheet)
{
    services::LineEntry pass;
    pass.result = domain::ItemResult::Pass;
    return std::vector<services::LineEntry>(sheet.lines.size(), pass);
}

services::NewNonconformance ncCall(const char* location, domain::Severity severity = domain::Severity::Minor)
{
    services::NewNonconformance nc;
    nc.area = domain::AreaType::Lobby;
    nc.location = location;
    nc.description = "大理石地面有污渍";
    nc.severity = severity;
    return nc;
}

domain::Contractor contractorCall(const char* name, domain::ContractorService service)
{
    domain::Contractor c;
    c.name = name;
    c.service = service;
    c.monthlyFee = 1'000'000;
    c.contractStart = domain::Date{date::year{2025} / 1 / 1};
    c.contractEnd = domain::Date{date::year{2025} / 12 / 31};
    return c;
}

domain::PestControlVisit pestCall(domain::ContractorId contractor, domain::Instant in)
{
    domain::PestControlVisit v;
    v.contractor = contractor;
    v.operatorName = "陈师傅";
    v.licence = "粤消杀证 0931";
    v.signedInAt = in;
    v.areas = "垃圾房";
    return v;
}

domain::PreventiveAction preventiveCall()
{
    domain::PreventiveAction a;
    a.cause = "节假日垃圾量增加";
    a.action = "节前增加清运班次";
    a.owner = "保洁主管";
    a.due = domain::Date{date::year{2025} / 4 / 30};
    return a;
}

domain::CorrectiveActionReport reportCall()
{
    domain::CorrectiveActionReport r;
    r.causeAnalysis = "清洁剂使用不当";
    r.action = "更换清洁剂并培训";
    r.owner = "保洁主管";
    r.due = domain::Date{date::year{2025} / 4 / 30};
    return r;
}

// Two sites (A and B) set up by PropDesk itself: staff, orders at A in each state (one per call that
// changes an order, so that the calls do not depend on each other), orders at B, a checked import plan,
// a good backup, and one stored account per role working at A (no password hashing: the matrix builds
// its users from the accounts directly).
struct World
{
    World()
    {
        a = desk.addSite("A");
        b = desk.addSite("B");
        auto& staff = desk.ws->staff();
        auto member = staff.add("A", domain::StaffMember{{}, {}, "张师傅", "13812340001", "水电", true});
        REQUIRE(member);
        staffA = *member;
        REQUIRE(staff.add("B", domain::StaffMember{{}, {}, "李师傅", "13812340002", "土建", true}));

        auto& wo = desk.ws->workOrders();
        const auto log = [&](const std::string& purpose, const std::string& site) {
            auto order = wo.log(call(site, fmt::format("{}-{}", site, orders.size() + 1)));
            REQUIRE(order);
            desk.clock.advance(1min);
            orders[purpose] = order->header.id;
            return order->header.id;
        };
        const auto step = [&](const auto& result) {
            REQUIRE(result);
            desk.clock.advance(1min);
        };
        log("dispatch", "A");
        step(wo.dispatch(log("arrive", "A"), "张师傅"));
        const auto hold = log("hold", "A");
        step(wo.dispatch(hold, "张师傅"));
        step(wo.arrive(hold));
        const auto resume = log("resume", "A");
        step(wo.arrive(resume));
        step(wo.hold(resume, "等待配件到货"));
        step(wo.arrive(log("complete", "A")));
        log("cancel", "A");
        step(wo.complete(log("revisit", "A"), "已修复"));
        log("note", "A");
        log("link", "A");
        const auto read = log("read", "A");
        readOrder = *wo.get(read);
        log("b", "B");
        step(wo.complete(log("b completed", "B"), "已修复"));
        bOrder = *wo.get(orders.at("b"));

        auto& complaints = desk.ws->complaints();
        const auto receive = [&](const std::string& purpose, const std::string& site,
                                 std::optional<domain::Department> department = std::nullopt) {
            auto c = complaints.receive(complaintCall(site, department));
            REQUIRE(c);
            desk.clock.advance(1min);
            complaintIds[purpose] = c->header.id;
            return c->header.id;
        };
        receive("c.route", "A");
        receive("c.respond", "A");
        step(complaints.resolve(receive("c.reply", "A", domain::Department::Security), "已劝导", ""));
        step(complaints.resolve(receive("c.revisit", "A", domain::Department::Security), "已劝导", ""));
        step(complaints.reply(complaintIds.at("c.revisit"), "已回复业主", "陈建国"));
        receive("c.resolve", "A", domain::Department::Security);
        receive("c.judge", "A");
        receive("c.withdraw", "A");
        receive("c.note", "A");
        receive("c.link", "A");
        receive("c.spawn", "A");
        readComplaint = *complaints.get(receive("c.read", "A"));
        bComplaint = *complaints.get(receive("c.b", "B"));

        plan = desk.prepare("id,location,category,urgency,reported_at\n"
                            "IMP-1,9-9-901,plumbing,normal,2025-04-02 09:00\n",
                            "A", "a.csv");
        REQUIRE(plan.valid.size() == 1);
        planB = desk.prepare("id,location,category,urgency,reported_at\n"
                             "IMP-B,9-9-901,plumbing,normal,2025-04-02 09:00\n",
                             "B", "b.csv");
        REQUIRE(planB.valid.size() == 1);

        auto prepared = desk.ws->complaintCsv().prepare(kComplaintCsv, "c.csv", std::string("A"));
        REQUIRE(prepared);
        REQUIRE(prepared->valid.size() == 1);
        complaintPlan = std::move(*prepared);

        // The security team of A: three squads of one guard each, a route, a draft roster for each call that
        // edits one (and a month not generated yet), a handover waiting for the incoming leader, an open
        // item, a visitor still inside, an incident not handled yet and a checked device file.
        auto& security = desk.ws->security();
        auto squads = domain::defaultSecuritySetup(a.id);
        for (const char* name : {"护卫甲", "护卫乙", "护卫丙"}) {
            auto guard = staff.add("A", domain::StaffMember{{}, {}, name, "13812340009", "护卫", true});
            REQUIRE(guard);
            domain::Squad squad;
            squad.code = std::to_string(squads.squads.size() + 1);
            squad.name = name;
            squad.guards = {guard->id};
            squads.squads.push_back(std::move(squad));
        }
        auto saved = security.saveSetup("A", squads);
        REQUIRE(saved);
        securitySetup = *saved;
        REQUIRE(security.saveRoute("A", patrolRoute(day(4, 1))));
        for (const auto month : {kSwapMonth, kLeaveMonth, kSubstituteMonth, kPublishMonth}) {
            REQUIRE(security.generateRoster("A", month));
        }
        auto recorded = security.recordHandover("A", handoverCall(day(4, 5), "early", std::nullopt));
        REQUIRE(recorded);
        handoverA = recorded->handover.id;
        auto item = security.openItem("A", "南门道闸抬杆故障");
        REQUIRE(item);
        itemA = item->id;
        auto visitor = security.logEntry("A", dutyCall(domain::DutyEntryKind::Visitor, "2025-04-05 09:00", "李先生"));
        REQUIRE(visitor);
        visitorA = visitor->id;
        auto incident =
            security.logEntry("A", dutyCall(domain::DutyEntryKind::Incident, "2025-04-05 08:00", "高空抛物"));
        REQUIRE(incident);
        incidentA = incident->id;
        auto patrol = desk.ws->patrolCsv().prepare("巡检点编号,巡检人员,巡检时间\nCP02,护卫甲,2025-04-05 07:12\n",
                                                   "patrol.csv", "A");
        REQUIRE(patrol);
        REQUIRE(patrol->valid.size() == 1);
        patrolPlan = std::move(*patrol);
        desk.clock.advance(1min);
        // And B's, to be asked for by id by a user of A.
        auto recordedB = security.recordHandover("B", handoverCall(day(4, 5), "early", at("2025-04-05 07:03")));
        REQUIRE(recordedB);
        handoverB = recordedB->handover.id;
        auto itemAtB = security.openItem("B", "地库外来车辆过夜");
        REQUIRE(itemAtB);
        itemB = itemAtB->id;
        auto visitorAtB =
            security.logEntry("B", dutyCall(domain::DutyEntryKind::Visitor, "2025-04-05 09:00", "王女士"));
        REQUIRE(visitorAtB);
        visitorB = visitorAtB->id;
        auto incidentAtB =
            security.logEntry("B", dutyCall(domain::DutyEntryKind::Incident, "2025-04-05 08:00", "违章停车"));
        REQUIRE(incidentAtB);
        incidentB = incidentAtB->id;

        // The inspections of A: a draft sheet to save, a filled one to sign, a signed one to amend, a
        // nonconformance for each call that moves one on, a preventive action, contractors with a pest-control
        // visit not signed out yet, a stored photo and a photo file; and a signed sheet of B with its
        // nonconformance.
        auto& insp = desk.ws->inspections();
        auto draft = insp.startDailySheet("A", day(4, 5), domain::AreaType::Ground, "北区", "李主管");
        REQUIRE(draft);
        sheetDraft = draft->sheet.id;
        draftLines = passed(draft->sheet);
        auto toSign = insp.startDailySheet("A", day(4, 5), domain::AreaType::RefusePoints, "全场", "李主管");
        REQUIRE(toSign);
        sheetToSign = toSign->sheet.id;
        step(insp.saveDraft(sheetToSign, passed(toSign->sheet), "李主管"));
        auto toAmend = insp.startDailySheet("A", day(4, 4), domain::AreaType::Lobby, "1栋", "李主管");
        REQUIRE(toAmend);
        sheetSigned = toAmend->sheet.id;
        step(insp.saveDraft(sheetSigned, passed(toAmend->sheet), "李主管"));
        step(insp.signSheet(sheetSigned));
        auto cleaner = insp.saveContractor("A", contractorCall("洁美保洁", domain::ContractorService::Cleaning));
        REQUIRE(cleaner);
        contractorA = cleaner->id;
        auto pco = insp.saveContractor("A", contractorCall("灭害灵", domain::ContractorService::PestControl));
        REQUIRE(pco);
        pestContractorA = pco->id;
        const auto raise = [&](const std::string& purpose, const char* where,
                               domain::Severity severity = domain::Severity::Minor) {
            auto nc = insp.raise("A", ncCall(where, severity));
            REQUIRE(nc);
            desk.clock.advance(1min);
            ncs[purpose] = nc->id;
            return nc->id;
        };
        raise("nc.assign", "1栋大堂");
        raise("nc.rectify", "2栋大堂");
        step(insp.rectify(raise("nc.verify", "3栋大堂"), "保洁员小张", "已清洗"));
        const auto toClose = raise("nc.close", "4栋大堂");
        step(insp.rectify(toClose, "保洁员小张", "已清洗"));
        step(insp.verify(toClose, true, ""));
        raise("nc.report", "5栋大堂", domain::Severity::Severe);
        raise("nc.read", "6栋大堂");
        auto action = insp.addPreventiveAction("A", preventiveCall());
        REQUIRE(action);
        preventiveA = action->id;
        auto visit = insp.signInPestVisit("A", pestCall(pestContractorA, desk.clock.now()));
        REQUIRE(visit);
        visitA = visit->id;
        desk.clock.advance(1min);
        photoFile = desk.dir.file("photo.png");
        {
            std::ofstream png(photoFile, std::ios::binary);
            png << "\x89PNG\r\n\x1a\n-not-really-an-image";
        }
        auto photo = insp.addPhoto("A", photoFile);
        REQUIRE(photo);
        photoA = photo->id;
        auto atB = insp.startDailySheet("B", day(4, 5), domain::AreaType::Ground, "北区", "王主管");
        REQUIRE(atB);
        sheetB = atB->sheet.id;
        auto failedAtB = passed(atB->sheet);
        failedAtB[0].result = domain::ItemResult::Fail;
        step(insp.saveDraft(sheetB, failedAtB, "王主管"));
        auto signedAtB = insp.signSheet(sheetB);
        REQUIRE(signedAtB);
        REQUIRE(signedAtB->nonconformances.size() == 1);
        ncB = signedAtB->nonconformances[0].id;
        desk.clock.advance(1min);

        goodBackup = desk.dir.file("good.db");
        REQUIRE(desk.ws->backups().backupNow(goodBackup));

        auto& users = desk.ws->context().store.users();
        for (const Role role : domain::signInRoles()) {
            domain::UserAccount account;
            account.name = fmt::format("matrix-{}", domain::roleKey(role));
            account.displayName = fmt::format("矩阵 {}", domain::roleKey(role));
            account.role = role;
            account.sites = {a.id};
            account.passwordHash = "not a hash: nobody signs in as this account";
            account.createdAt = desk.clock.now();
            auto id = users.add(account);
            REQUIRE(id);
            account.id = *id;
            accounts[role] = account;
        }
        domain::UserAccount other;
        other.name = "target";
        other.role = Role::FrontDesk;
        other.sites = {a.id};
        other.passwordHash = "not a hash";
        other.createdAt = desk.clock.now();
        auto id = users.add(other);
        REQUIRE(id);
        target = *id;
        desk.clock.advance(1h);
    }

    // The user a signed-in account acts as (UserService::userFor: an admin sees every site), or nobody.
    domain::User user(Role role) const
    {
        if (role == Role::None) {
            return domain::User{"", Role::None};
        }
        return services::UserService::userFor(accounts.at(role));
    }

    void actAs(Role role) { desk.ws->context().user = user(role); }

    domain::WorkOrderId order(const std::string& purpose) const { return orders.at(purpose); }
    domain::ComplaintId complaint(const std::string& purpose) const { return complaintIds.at(purpose); }

    Desk desk{at("2025-04-05 10:00")};
    domain::Site a;
    domain::Site b;
    domain::StaffMember staffA;
    std::map<std::string, domain::WorkOrderId> orders;
    domain::WorkOrder readOrder;
    domain::WorkOrder bOrder;
    std::map<std::string, domain::ComplaintId> complaintIds;
    domain::Complaint readComplaint;
    domain::Complaint bComplaint;
    services::ImportPlan plan;
    services::ImportPlan planB;
    services::ComplaintImportPlan complaintPlan;
    std::filesystem::path goodBackup;
    std::map<Role, domain::UserAccount> accounts;
    domain::UserId target;
    domain::SecuritySetup securitySetup;
    domain::HandoverId handoverA;
    domain::HandoverItemId itemA;
    domain::DutyEntryId visitorA;
    domain::DutyEntryId incidentA;
    services::PatrolImportPlan patrolPlan;
    domain::HandoverId handoverB;
    domain::HandoverItemId itemB;
    domain::DutyEntryId visitorB;
    domain::DutyEntryId incidentB;
    domain::SheetId sheetDraft;
    std::vector<services::LineEntry> draftLines;
    domain::SheetId sheetToSign;
    domain::SheetId sheetSigned;
    domain::ContractorId contractorA;
    domain::ContractorId pestContractorA;
    std::map<std::string, domain::NonconformanceId> ncs;
    domain::PreventiveActionId preventiveA;
    domain::PestVisitId visitA;
    std::filesystem::path photoFile;
    domain::PhotoId photoA;
    domain::SheetId sheetB;
    domain::NonconformanceId ncB;
};

// Everything a call could have written, read straight from the store and the folder.
struct Fingerprint
{
    std::size_t auditEntries = 0;
    std::int64_t orders = 0;
    std::vector<std::string> history; // each fixture order's events
    std::int64_t complaints = 0;
    std::vector<std::string> complaintHistory; // each fixture complaint's events
    std::size_t sites = 0;
    std::size_t ruleSets = 0;
    std::size_t staff = 0;
    std::vector<std::string> staffText;
    std::vector<std::string> accounts;
    std::size_t holidayYears = 0;
    std::string settings;
    std::vector<std::string> files;
    std::vector<std::string> security;    // every security record, with what can change on it
    std::vector<std::string> inspections; // every inspection record, with what can change on it

    bool operator==(const Fingerprint&) const = default;
};

Fingerprint fingerprint(World& w)
{
    auto& store = w.desk.ws->context().store;
    Fingerprint f;
    f.auditEntries = w.desk.auditTrail().size();
    auto sites = store.sites().list();
    REQUIRE(sites);
    f.sites = sites->size();
    for (const auto& s : *sites) {
        auto n = store.workOrders().countReportedBetween(s.id, domain::Instant::min(), domain::Instant::max());
        REQUIRE(n);
        f.orders += *n;
        auto c = store.complaints().countReceivedBetween(s.id, domain::Instant::min(), domain::Instant::max());
        REQUIRE(c);
        f.complaints += *c;
        auto members = store.staff().list(s.id);
        REQUIRE(members);
        f.staff += members->size();
        for (const auto& m : *members) {
            f.staffText.push_back(fmt::format("{} {} {} {}", m.name, m.phone, m.trade, m.active));
        }
    }
    for (const auto& [purpose, id] : w.orders) {
        auto order = store.workOrders().get(id);
        REQUIRE(order);
        REQUIRE(*order);
        for (const auto& e : (*order)->history) {
            f.history.push_back(fmt::format("{} {} {}", purpose, domain::eventKey(e.kind), e.note));
        }
    }
    for (const auto& [purpose, id] : w.complaintIds) {
        auto complaint = store.complaints().get(id);
        REQUIRE(complaint);
        REQUIRE(*complaint);
        for (const auto& e : (*complaint)->history) {
            f.complaintHistory.push_back(
                fmt::format("{} {} {} {}", purpose, domain::complaintEventKey(e.kind), e.note, e.reference));
        }
    }
    const auto stamp = [](const std::optional<domain::Instant>& t) {
        return t ? std::to_string(t->time_since_epoch().count()) : std::string("-");
    };
    const domain::Instant from = at("2000-01-01 00:00");
    const domain::Instant to = at("2100-01-01 00:00");
    auto& security = store.security();
    for (const auto& s : *sites) {
        auto setup = security.setup(s.id);
        REQUIRE(setup);
        if (*setup) {
            f.security.push_back(fmt::format("setup {} {} squads {} checks", s.code, (*setup)->squads.size(),
                                             (*setup)->nightSpotChecksPerMonth));
        }
        for (unsigned m = 1; m <= 12; ++m) {
            auto roster = security.roster(s.id, date::year{2025} / date::month{m});
            REQUIRE(roster);
            if (!*roster) {
                continue;
            }
            std::string slots;
            for (const auto& slot : (*roster)->assignments) {
                slots += fmt::format("{}:{}:{};", slot.guard ? slot.guard->value : 0,
                                     domain::rosterChangeKey(slot.change), slot.note);
            }
            f.security.push_back(
                fmt::format("roster {} {} {} {}", s.code, m, domain::rosterStatusKey((*roster)->status), slots));
        }
        auto routes = security.routes(s.id);
        REQUIRE(routes);
        for (const auto& r : *routes) {
            f.security.push_back(fmt::format("route {} {}", r.id.value, r.code));
        }
        auto scans = security.scansBetween(s.id, from, to);
        REQUIRE(scans);
        for (const auto& scan : *scans) {
            f.security.push_back(fmt::format("scan {} {} {}", scan.id.value, scan.checkpoint, stamp(scan.at)));
        }
        auto handovers = security.handoversBetween(s.id, domain::Date{date::year{2000} / 1 / 1},
                                                   domain::Date{date::year{2100} / 1 / 1});
        REQUIRE(handovers);
        for (const auto& h : *handovers) {
            f.security.push_back(fmt::format("handover {} {} {} {}", h.id.value, h.incomingLeader,
                                             stamp(h.outgoingSignedAt), stamp(h.incomingSignedAt)));
        }
        auto items = security.itemsOpenedBetween(s.id, from, to);
        REQUIRE(items);
        for (const auto& i : *items) {
            f.security.push_back(fmt::format("item {} {} {}", i.id.value, stamp(i.closedAt), i.closingNote));
        }
        auto entries = security.dutyEntriesBetween(s.id, from, to);
        REQUIRE(entries);
        for (const auto& e : *entries) {
            f.security.push_back(
                fmt::format("duty {} {} {} {}", e.id.value, stamp(e.leftAt), stamp(e.handledAt), e.handling));
        }
        auto checks = security.spotChecksBetween(s.id, from, to);
        REQUIRE(checks);
        for (const auto& c : *checks) {
            f.security.push_back(fmt::format("spot check {}", c.id.value));
        }
    }
    auto& inspections = store.inspections();
    const domain::Date firstDay{date::year{2000} / 1 / 1};
    const domain::Date lastDay{date::year{2100} / 1 / 1};
    for (const auto& s : *sites) {
        auto setup = inspections.setup(s.id);
        REQUIRE(setup);
        if (*setup) {
            f.inspections.push_back(
                fmt::format("setup {} {} {}", s.code, (*setup)->buildings.size(), (*setup)->warningLimit));
        }
        auto templates = inspections.templates(s.id);
        REQUIRE(templates);
        for (const auto& t : *templates) {
            f.inspections.push_back(fmt::format("template {} {}", t.id.value, domain::formatDate(t.effectiveFrom)));
        }
        auto sheets = inspections.sheetsBetween(s.id, firstDay, lastDay);
        REQUIRE(sheets);
        for (const auto& sheet : *sheets) {
            std::string results;
            for (const auto& line : sheet.lines) {
                results += fmt::format("{}:{};", domain::itemResultKey(line.result), line.note);
            }
            f.inspections.push_back(fmt::format("sheet {} {} {} {} {} {}", sheet.id.value,
                                                domain::sheetStatusKey(sheet.status), sheet.inspector, sheet.amendments,
                                                stamp(sheet.signedAt), results));
        }
        auto ncList = inspections.nonconformances(s.id);
        REQUIRE(ncList);
        for (const auto& nc : *ncList) {
            f.inspections.push_back(fmt::format("nc {} {} {} {} {} {}", nc.id.value, nc.code,
                                                domain::ncStateKey(nc.state), nc.events.size(), nc.cause,
                                                nc.report ? nc.report->owner : "-"));
        }
        auto actions = inspections.preventiveActions(s.id);
        REQUIRE(actions);
        for (const auto& a : *actions) {
            f.inspections.push_back(fmt::format("preventive {} {} {}", a.id.value, stamp(a.doneAt), a.doneNote));
        }
        auto contractors = inspections.contractors(s.id);
        REQUIRE(contractors);
        for (const auto& c : *contractors) {
            f.inspections.push_back(fmt::format("contractor {} {} {}", c.id.value, c.name, c.phone));
        }
        auto warnings = inspections.warnings(s.id, firstDay, lastDay);
        REQUIRE(warnings);
        for (const auto& w : *warnings) {
            f.inspections.push_back(fmt::format("warning {}", w.id.value));
        }
        auto deductions = inspections.deductions(s.id, date::year{2000} / 1, date::year{2100} / 1);
        REQUIRE(deductions);
        for (const auto& d : *deductions) {
            f.inspections.push_back(fmt::format("deduction {} {}", d.id.value, d.amount));
        }
        auto visits = inspections.pestVisitsBetween(s.id, from, to);
        REQUIRE(visits);
        for (const auto& v : *visits) {
            f.inspections.push_back(fmt::format("pest visit {} {}", v.id.value, stamp(v.signedOutAt)));
        }
    }
    for (std::int64_t id = 1; id <= 20; ++id) {
        auto photo = inspections.photo(domain::PhotoId{id});
        REQUIRE(photo);
        if (*photo) {
            f.inspections.push_back(fmt::format("photo {} {}", id, (*photo)->fileName));
        }
    }
    auto sets = store.ruleSets().all();
    REQUIRE(sets);
    f.ruleSets = sets->size();
    auto accounts = store.users().list();
    REQUIRE(accounts);
    for (const auto& u : *accounts) {
        f.accounts.push_back(fmt::format("{} {} {} {} {} {}", u.name, u.displayName, domain::roleKey(u.role),
                                         u.sites.size(), u.active, u.passwordHash));
    }
    auto years = store.calendars().importedYears();
    REQUIRE(years);
    f.holidayYears = years->size();
    for (const char* key : {"backup.folder", "backup.keep"}) {
        auto value = store.settings().get(key);
        REQUIRE(value);
        f.settings += fmt::format("{}={};", key, value->value_or("(none)"));
    }
    for (const auto& entry : std::filesystem::recursive_directory_iterator(w.desk.dir.path())) {
        const auto name = entry.path().filename().string();
        if (entry.is_regular_file() && !name.ends_with("-wal") && !name.ends_with("-shm")) {
            f.files.push_back(std::filesystem::relative(entry.path(), w.desk.dir.path()).string());
        }
    }
    std::ranges::sort(f.files);
    return f;
}

struct Call
{
    const char* name;
    // The one permission that decides the call; none where it checks something else (a site only, or
    // either of two permissions).
    std::optional<Permission> permission;
    Expect expected; // None, FrontDesk, Supervisor, Manager, Admin
    std::function<Outcome(World&)> run;
};

// Every public service call that reads or changes records. Restoring a backup replaces the data, so it
// comes last.
const std::vector<Call>& calls()
{
    static const std::vector<Call> table{
        // clang-format off
        //  call                                 permission                        None FD Sup Mgr Admin
        {"sites.add", Permission::ManageSites,               {N, N, N, Y, N}, [](World& w) {
            domain::Site c;
            c.code = "C";
            c.name = "新项目";
            return outcome(w.desk.ws->sites().add(c));
        }},
        // The list filters instead of refusing: seeing no site at all is its refusal.
        {"sites.list", std::nullopt,                         {N, Y, Y, Y, Y}, [](World& w) -> Outcome {
            auto sites = w.desk.ws->sites().list();
            if (!sites) {
                return sites.error();
            }
            if (sites->empty()) {
                return domain::Error{ErrorCode::PermissionDenied, "sees no site", "", ""};
            }
            CHECK(std::ranges::any_of(*sites, [&](const domain::Site& s) { return s.code == "A"; }));
            return std::nullopt;
        }},
        {"sites.get", std::nullopt,                          {N, Y, Y, Y, Y}, [](World& w) {
            return outcome(w.desk.ws->sites().get("A"));
        }},
        {"staff.list", Permission::ReadRecords,              {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->staff().list("A"));
        }},
        {"staff.technicians", Permission::ReadRecords,       {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->staff().technicians("A"));
        }},
        {"staff.add", Permission::ManageStaff,               {N, N, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->staff().add("A", domain::StaffMember{{}, {}, "新师傅", "13900000000", "电梯", true}));
        }},
        {"staff.update", Permission::ManageStaff,            {N, N, Y, Y, N}, [](World& w) {
            auto changed = w.staffA;
            changed.phone = "13999999999";
            return outcome(w.desk.ws->staff().update(changed));
        }},
        {"rules.all", Permission::ReadRecords,               {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->rules().all());
        }},
        {"rules.inForce", Permission::ReadRecords,           {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->rules().inForce(domain::Date{date::year{2025} / 4 / 5}, std::string("A")));
        }},
        {"rules.importRuleSet", Permission::ManageRules,     {N, N, N, Y, N}, [](World& w) {
            return outcome(w.desk.ws->rules().importRuleSet(ruleSetFor("A", "2025-06-01"), "a-rules.json"));
        }},
        {"calendars.importYears", Permission::ManageCalendars, {N, N, N, Y, N}, [](World& w) {
            return outcome(w.desk.ws->calendars().importYears({{"2027.json", k2027}}));
        }},
        {"workOrders.log", Permission::LogWorkOrder,          {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->workOrders().log(call("A", "7-7-707")));
        }},
        {"workOrders.dispatch", Permission::DispatchWorkOrder, {N, N, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->workOrders().dispatch(w.order("dispatch"), "张师傅"));
        }},
        {"workOrders.arrive", Permission::UpdateWorkOrder,   {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->workOrders().arrive(w.order("arrive")));
        }},
        {"workOrders.hold", Permission::UpdateWorkOrder,     {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->workOrders().hold(w.order("hold"), "业主不在家"));
        }},
        {"workOrders.resume", Permission::UpdateWorkOrder,   {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->workOrders().resume(w.order("resume")));
        }},
        {"workOrders.complete", Permission::UpdateWorkOrder, {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->workOrders().complete(w.order("complete"), "已修复"));
        }},
        {"workOrders.cancel", Permission::CancelWorkOrder,   {N, N, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->workOrders().cancel(w.order("cancel"), "业主取消"));
        }},
        {"workOrders.revisit", Permission::RecordRevisit,    {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->workOrders().revisit(w.order("revisit"), 5, "满意"));
        }},
        {"workOrders.note", Permission::LogWorkOrder,        {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->workOrders().note(w.order("note"), "业主再次来电"));
        }},
        {"workOrders.get(id)", Permission::ReadRecords,      {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->workOrders().get(w.order("read")));
        }},
        {"workOrders.get(site, code)", Permission::ReadRecords, {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->workOrders().get("A", w.readOrder.header.code));
        }},
        {"workOrders.evaluate", Permission::ReadRecords,     {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->workOrders().evaluate(w.readOrder));
        }},
        {"workOrderLists.board", Permission::ReadRecords,    {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->workOrderLists().board("A"));
        }},
        {"workOrderLists.awaitingRevisit", Permission::ReadRecords, {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->workOrderLists().awaitingRevisit("A"));
        }},
        {"workOrderLists.find", Permission::ReadRecords,     {N, Y, Y, Y, N}, [](World& w) {
            domain::WorkOrderFilter filter;
            filter.site = w.a.id;
            return outcome(w.desk.ws->workOrderLists().find(filter, std::nullopt, 50));
        }},
        {"workOrderLists.count", Permission::ReadRecords,    {N, Y, Y, Y, N}, [](World& w) {
            domain::WorkOrderFilter filter;
            filter.site = w.a.id;
            return outcome(w.desk.ws->workOrderLists().count(filter, 100));
        }},
        {"intake.preview", Permission::ReadRecords,          {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->intake().preview(call("A", "7-7-707")));
        }},
        {"intake.possibleDuplicates", Permission::ReadRecords, {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->intake().possibleDuplicates(call("A", w.readOrder.header.location)));
        }},
        {"intake.knownLocations", Permission::ReadRecords,   {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->intake().knownLocations("A"));
        }},
        {"intake.linkCall", Permission::LogWorkOrder,        {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->intake().linkCall(w.order("link"), call("A", "A-link")));
        }},
        {"complaints.receive", Permission::LogComplaint,      {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->complaints().receive(complaintCall("A")));
        }},
        {"complaints.route", Permission::HandleComplaint,     {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->complaints().route(w.complaint("c.route"), domain::Department::Security));
        }},
        {"complaints.respond", Permission::HandleComplaint,   {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->complaints().respond(w.complaint("c.respond"), "已回电"));
        }},
        {"complaints.resolve", Permission::HandleComplaint,   {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->complaints().resolve(w.complaint("c.resolve"), "已劝导", ""));
        }},
        {"complaints.reply", Permission::HandleComplaint,     {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->complaints().reply(w.complaint("c.reply"), "已回复", "陈建国"));
        }},
        {"complaints.revisit", Permission::RecordRevisit,     {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->complaints().revisit(w.complaint("c.revisit"), 5, ""));
        }},
        {"complaints.judge", Permission::JudgeComplaint,      {N, N, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->complaints().judge(w.complaint("c.judge"), true, "属实"));
        }},
        {"complaints.withdraw", Permission::WithdrawComplaint, {N, N, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->complaints().withdraw(w.complaint("c.withdraw"), "业主撤回"));
        }},
        {"complaints.note", Permission::LogComplaint,         {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->complaints().note(w.complaint("c.note"), "业主再次来电"));
        }},
        {"complaints.linkWorkOrder", Permission::HandleComplaint, {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->complaints().linkWorkOrder(w.complaint("c.link"), w.readOrder.header.code));
        }},
        {"complaints.spawnWorkOrder", Permission::HandleComplaint, {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->complaints().spawnWorkOrder(w.complaint("c.spawn"), services::SpawnedOrder{}));
        }},
        {"complaints.get(id)", Permission::ReadRecords,       {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->complaints().get(w.complaint("c.read")));
        }},
        {"complaints.get(site, code)", Permission::ReadRecords, {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->complaints().get("A", w.readComplaint.header.code));
        }},
        {"complaints.linkedTo", Permission::ReadRecords,      {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->complaints().linkedTo(w.order("read")));
        }},
        {"complaints.evaluate", Permission::ReadRecords,      {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->complaints().evaluate(w.readComplaint));
        }},
        {"complaintLists.board", Permission::ReadRecords,     {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->complaintLists().board("A"));
        }},
        {"complaintLists.escalations", Permission::ReadRecords, {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->complaintLists().escalations("A"));
        }},
        {"complaintLists.awaitingRevisit", Permission::ReadRecords, {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->complaintLists().awaitingRevisit("A"));
        }},
        {"complaintLists.find", Permission::ReadRecords,      {N, Y, Y, Y, N}, [](World& w) {
            domain::ComplaintFilter filter;
            filter.site = w.a.id;
            return outcome(w.desk.ws->complaintLists().find(filter, std::nullopt, 50));
        }},
        {"complaintLists.count", Permission::ReadRecords,     {N, Y, Y, Y, N}, [](World& w) {
            domain::ComplaintFilter filter;
            filter.site = w.a.id;
            return outcome(w.desk.ws->complaintLists().count(filter, 100));
        }},
        {"workOrderCsv.prepare", Permission::ImportWorkOrders, {N, N, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->workOrderCsv().prepare(
                "id,location,category,urgency,reported_at\nP-1,1-1-101,plumbing,normal,2025-04-02 09:00\n",
                "p.csv", std::string("A")));
        }},
        {"workOrderCsv.commit", Permission::ImportWorkOrders, {N, N, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->workOrderCsv().commit(w.plan));
        }},
        {"workOrderCsv.exportTo", Permission::ExportWorkOrders, {N, N, Y, Y, N}, [](World& w) {
            std::ostringstream out;
            return outcome(w.desk.ws->workOrderCsv().exportTo(out, services::ExportFilter{std::string("A"), {}, {}}));
        }},
        {"complaintCsv.prepare", Permission::ImportComplaints, {N, N, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->complaintCsv().prepare(kComplaintCsv, "p.csv", std::string("A")));
        }},
        {"complaintCsv.commit", Permission::ImportComplaints, {N, N, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->complaintCsv().commit(w.complaintPlan));
        }},
        {"complaintCsv.exportTo", Permission::ExportComplaints, {N, N, Y, Y, N}, [](World& w) {
            std::ostringstream out;
            return outcome(w.desk.ws->complaintCsv().exportTo(out, services::ExportFilter{std::string("A"), {}, {}}));
        }},
        {"kpis.workOrderKpis", Permission::ViewReports,      {N, N, N, Y, N}, [](World& w) {
            return outcome(w.desk.ws->kpis().workOrderKpis("A", date::year{2025} / 4));
        }},
        {"kpis.complaintKpis", Permission::ViewReports,      {N, N, N, Y, N}, [](World& w) {
            return outcome(w.desk.ws->kpis().complaintKpis("A", date::year{2025} / 4));
        }},
        {"kpis.siteKpis", Permission::ViewReports,           {N, N, N, Y, N}, [](World& w) {
            return outcome(w.desk.ws->kpis().siteKpis("A", date::year{2025} / 4));
        }},
        {"security.setup", Permission::ReadRecords,          {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->security().setup("A"));
        }},
        {"security.saveSetup", Permission::ManageSecurity,   {N, N, Y, Y, N}, [](World& w) {
            auto setup = w.securitySetup;
            setup.nightSpotChecksPerMonth = 5;
            return outcome(w.desk.ws->security().saveSetup("A", setup));
        }},
        {"security.roster", Permission::ReadRecords,         {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->security().roster("A", kSwapMonth));
        }},
        {"security.generateRoster", Permission::EditRoster,  {N, N, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->security().generateRoster("A", kGenerateMonth));
        }},
        {"security.swapSlots", Permission::EditRoster,       {N, N, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->security().swapSlots("A", kSwapMonth, slot(kSwapMonth, "early", "lobby"),
                                                           slot(kSwapMonth, "middle", "lobby"), "调班"));
        }},
        {"security.markLeave", Permission::EditRoster,       {N, N, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->security().markLeave("A", kLeaveMonth, slot(kLeaveMonth, "early", "lobby"),
                                                           w.staffA.id, "病假"));
        }},
        {"security.substituteGuard", Permission::EditRoster, {N, N, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->security().substituteGuard(
                "A", kSubstituteMonth, slot(kSubstituteMonth, "early", "lobby"), w.staffA.id, "替班"));
        }},
        {"security.publish", Permission::EditRoster,         {N, N, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->security().publish("A", kPublishMonth, true));
        }},
        {"security.routes", Permission::ReadRecords,         {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->security().routes("A"));
        }},
        {"security.saveRoute", Permission::ManageSecurity,   {N, N, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->security().saveRoute("A", patrolRoute(day(4, 10))));
        }},
        {"security.recordScan", Permission::RecordPatrol,    {N, N, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->security().recordScan("A", "CP01", "护卫甲", at("2025-04-05 07:05")));
        }},
        {"security.rounds", Permission::ReadRecords,         {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->security().rounds("A", day(4, 5), day(4, 5)));
        }},
        {"security.day", Permission::ReadRecords,            {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->security().day("A", day(4, 5)));
        }},
        {"security.recordHandover", Permission::RecordDuty,  {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->security().recordHandover(
                "A", handoverCall(day(4, 4), "night", at("2025-04-04 23:02"))));
        }},
        {"security.signHandover", Permission::RecordDuty,    {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->security().signHandover(w.handoverA, false, "护卫乙"));
        }},
        {"security.handover", Permission::ReadRecords,       {N, Y, Y, Y, N}, [](World& w) -> Outcome {
            auto view = w.desk.ws->security().handover(w.handoverA);
            if (view) {
                CHECK(view->has_value());
            }
            return outcome(view);
        }},
        {"security.handovers", Permission::ReadRecords,      {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->security().handovers("A", day(4, 1), day(4, 30)));
        }},
        {"security.openItem", Permission::RecordDuty,        {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->security().openItem("A", "北门监控画面模糊"));
        }},
        {"security.closeItem", Permission::RecordDuty,       {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->security().closeItem(w.itemA, "工程部已修复"));
        }},
        {"security.openItems", Permission::ReadRecords,      {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->security().openItems("A"));
        }},
        {"security.logEntry", Permission::RecordDuty,        {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->security().logEntry(
                "A", dutyCall(domain::DutyEntryKind::Vehicle, "2025-04-05 09:30", "粤B·12345")));
        }},
        {"security.signOut", Permission::RecordDuty,         {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->security().signOut(w.visitorA));
        }},
        {"security.handleIncident", Permission::RecordDuty,  {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->security().handleIncident(w.incidentA, "上门劝导", "业主承诺不再发生"));
        }},
        {"security.dutyLog", Permission::ReadRecords,        {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->security().dutyLog("A", day(4, 1), day(4, 30)));
        }},
        {"security.stillInside", Permission::ReadRecords,    {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->security().stillInside("A"));
        }},
        {"security.recordSpotCheck", Permission::RecordSpotCheck, {N, N, Y, Y, N}, [](World& w) {
            domain::SpotCheck check;
            check.at = at("2025-04-05 02:00");
            check.posts = {"lobby"};
            return outcome(w.desk.ws->security().recordSpotCheck("A", check));
        }},
        {"security.spotChecks", Permission::ReadRecords,     {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->security().spotChecks("A", day(4, 1), day(4, 30)));
        }},
        {"patrolCsv.prepare", Permission::ImportPatrol,      {N, N, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->patrolCsv().prepare(kPatrolCsv, "p.csv", "A"));
        }},
        {"patrolCsv.commit", Permission::ImportPatrol,       {N, N, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->patrolCsv().commit(w.patrolPlan));
        }},
        {"kpis.securityKpis", Permission::ViewReports,       {N, N, N, Y, N}, [](World& w) {
            return outcome(w.desk.ws->kpis().securityKpis("A", date::year{2025} / 4));
        }},
        {"inspections.setup", Permission::ReadRecords,       {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->inspections().setup("A"));
        }},
        {"inspections.saveSetup", Permission::ManageInspections, {N, N, Y, Y, N}, [](World& w) {
            auto setup = domain::defaultInspectionSetup(w.a.id);
            setup.warningLimit = 4;
            return outcome(w.desk.ws->inspections().saveSetup("A", setup));
        }},
        {"inspections.templates", Permission::ReadRecords,   {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->inspections().templates("A"));
        }},
        {"inspections.templatesInForce", Permission::ReadRecords, {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->inspections().templatesInForce("A", day(4, 5)));
        }},
        {"inspections.saveTemplate", Permission::ManageInspections, {N, N, Y, Y, N}, [](World& w) {
            auto tmpl = domain::defaultInspectionTemplates(w.a.id).front();
            tmpl.effectiveFrom = day(5, 1);
            return outcome(w.desk.ws->inspections().saveTemplate("A", tmpl));
        }},
        {"inspections.startDailySheet", Permission::RecordInspection, {N, N, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->inspections().startDailySheet("A", day(4, 5), domain::AreaType::Ground, "南区",
                                                                    "李主管"));
        }},
        {"inspections.samplingPlan", Permission::ReadRecords, {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->inspections().samplingPlan("A", kInspectionMonth));
        }},
        {"inspections.startSampleSheet", Permission::RecordInspection, {N, N, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->inspections().startSampleSheet("A", kInspectionMonth, 0, day(4, 5), "质检部王工"));
        }},
        {"inspections.saveDraft", Permission::RecordInspection, {N, N, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->inspections().saveDraft(w.sheetDraft, w.draftLines, "李主管"));
        }},
        {"inspections.signSheet", Permission::RecordInspection, {N, N, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->inspections().signSheet(w.sheetToSign));
        }},
        {"inspections.amendLine", Permission::RecordInspection, {N, N, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->inspections().amendLine(w.sheetSigned, 1, domain::ItemResult::NotApplicable, "",
                                                              "大堂封闭装修"));
        }},
        {"inspections.sheet", Permission::ReadRecords,       {N, Y, Y, Y, N}, [](World& w) -> Outcome {
            auto view = w.desk.ws->inspections().sheet(w.sheetSigned);
            if (view) {
                CHECK(view->has_value());
            }
            return outcome(view);
        }},
        {"inspections.sheets", Permission::ReadRecords,      {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->inspections().sheets("A", day(4, 1), day(4, 30)));
        }},
        // Photos are added by whoever records sheets or handles nonconformances.
        {"inspections.addPhoto", std::nullopt,               {N, N, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->inspections().addPhoto("A", w.photoFile));
        }},
        {"inspections.photo", Permission::ReadRecords,       {N, Y, Y, Y, N}, [](World& w) -> Outcome {
            auto photo = w.desk.ws->inspections().photo(w.photoA);
            if (photo) {
                CHECK(photo->has_value());
            }
            return outcome(photo);
        }},
        {"inspections.nonconformances", Permission::ReadRecords, {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->inspections().nonconformances("A"));
        }},
        {"inspections.nonconformance", Permission::ReadRecords, {N, Y, Y, Y, N}, [](World& w) -> Outcome {
            auto nc = w.desk.ws->inspections().nonconformance(w.ncs.at("nc.read"));
            if (nc) {
                CHECK(nc->has_value());
            }
            return outcome(nc);
        }},
        {"inspections.raise", Permission::HandleNonconformance, {N, N, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->inspections().raise("A", ncCall("7栋大堂")));
        }},
        {"inspections.assign", Permission::HandleNonconformance, {N, N, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->inspections().assign(w.ncs.at("nc.assign"), "清洁剂不足", std::nullopt));
        }},
        {"inspections.rectify", Permission::HandleNonconformance, {N, N, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->inspections().rectify(w.ncs.at("nc.rectify"), "保洁员小张", "已清洗"));
        }},
        {"inspections.verify", Permission::HandleNonconformance, {N, N, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->inspections().verify(w.ncs.at("nc.verify"), true, ""));
        }},
        {"inspections.close", Permission::HandleNonconformance, {N, N, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->inspections().close(w.ncs.at("nc.close"), ""));
        }},
        {"inspections.recordReport", Permission::HandleNonconformance, {N, N, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->inspections().recordReport(w.ncs.at("nc.report"), reportCall()));
        }},
        {"inspections.addPreventiveAction", Permission::HandleNonconformance, {N, N, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->inspections().addPreventiveAction("A", preventiveCall()));
        }},
        {"inspections.completePreventiveAction", Permission::HandleNonconformance, {N, N, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->inspections().completePreventiveAction(w.preventiveA, "已增加清运班次"));
        }},
        {"inspections.preventiveActions", Permission::ReadRecords, {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->inspections().preventiveActions("A"));
        }},
        {"inspections.saveContractor", Permission::ManageContractors, {N, N, N, Y, N}, [](World& w) {
            return outcome(w.desk.ws->inspections().saveContractor(
                "A", contractorCall("绿源园林", domain::ContractorService::Greening)));
        }},
        {"inspections.contractors", Permission::ReadRecords, {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->inspections().contractors("A"));
        }},
        {"inspections.standings", Permission::ReadRecords,   {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->inspections().standings("A", day(4, 5)));
        }},
        {"inspections.issueWarning", Permission::ManageContractors, {N, N, N, Y, N}, [](World& w) {
            return outcome(w.desk.ws->inspections().issueWarning(w.contractorA, day(4, 5), "地面保洁不达标"));
        }},
        {"inspections.warnings", Permission::ReadRecords,    {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->inspections().warnings("A", day(1, 1), day(12, 31)));
        }},
        {"inspections.addDeduction", Permission::ManageContractors, {N, N, N, Y, N}, [](World& w) {
            return outcome(w.desk.ws->inspections().addDeduction(w.contractorA, kInspectionMonth, 10'000, "地面不洁"));
        }},
        {"inspections.deductions", Permission::ReadRecords,  {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->inspections().deductions("A", kInspectionMonth, kInspectionMonth));
        }},
        {"inspections.signInPestVisit", Permission::RecordPestVisit, {N, Y, Y, Y, N}, [](World& w) {
            return outcome(
                w.desk.ws->inspections().signInPestVisit("A", pestCall(w.pestContractorA, at("2025-04-05 11:00"))));
        }},
        {"inspections.signOutPestVisit", Permission::RecordPestVisit, {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->inspections().signOutPestVisit(w.visitA));
        }},
        {"inspections.pestVisits", Permission::ReadRecords,  {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->inspections().pestVisits("A", day(4, 1), day(4, 30)));
        }},
        {"kpis.inspectionKpis", Permission::ViewReports,     {N, N, N, Y, N}, [](World& w) {
            return outcome(w.desk.ws->kpis().inspectionKpis("A", kInspectionMonth));
        }},
        {"indicators.targetVersions", Permission::ViewReports, {N, N, N, Y, N}, [](World& w) {
            return outcome(w.desk.ws->indicators().targetVersions("A"));
        }},
        {"indicators.saveTargets", Permission::ManageTargets, {N, N, N, Y, N}, [](World& w) {
            return outcome(w.desk.ws->indicators().saveTargets("A", day(6, 1), "2025年度合同", {}));
        }},
        {"indicators.enterFigure", Permission::EnterFigures, {N, N, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->indicators().enterFigure("A", kInspectionMonth, "fee_collection_rate", 1500,
                                                                1600, "收费系统"));
        }},
        {"indicators.figures", Permission::ReadRecords,      {N, Y, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->indicators().figures("A", kInspectionMonth));
        }},
        {"indicators.setNote", Permission::EnterFigures,     {N, N, Y, Y, N}, [](World& w) {
            return outcome(w.desk.ws->indicators().setNote("A", kInspectionMonth, "fee_collection_rate", "催缴"));
        }},
        {"indicators.monthlyIndicators", Permission::ViewReports, {N, N, N, Y, N}, [](World& w) {
            return outcome(w.desk.ws->indicators().monthlyIndicators("A", kInspectionMonth, std::nullopt, false));
        }},
        {"indicators.companyIndicators", Permission::ViewReports, {N, N, N, Y, N}, [](World& w) {
            return outcome(w.desk.ws->indicators().companyIndicators(kInspectionMonth));
        }},
        {"indicators.freeze", Permission::ManageTargets,     {N, N, N, Y, N}, [](World& w) {
            return outcome(w.desk.ws->indicators().freeze("A", kInspectionMonth, w.desk.clock.now(), "{}"));
        }},
        {"indicators.snapshots", Permission::ViewReports,    {N, N, N, Y, N}, [](World& w) {
            return outcome(w.desk.ws->indicators().snapshots("A"));
        }},
        {"users.list", Permission::ManageUsers,              {N, N, N, N, Y}, [](World& w) {
            return outcome(w.desk.ws->users().list());
        }},
        {"users.add", Permission::ManageUsers,               {N, N, N, N, Y}, [](World& w) {
            return outcome(w.desk.ws->users().add(
                services::NewUser{"newcomer", "新人", Role::FrontDesk, {"A"}, "newcomer-password"}));
        }},
        {"users.update", Permission::ManageUsers,            {N, N, N, N, Y}, [](World& w) {
            return outcome(w.desk.ws->users().update(w.target, "改名", Role::Supervisor, {"A"}, true));
        }},
        {"users.resetPassword", Permission::ManageUsers,     {N, N, N, N, Y}, [](World& w) {
            return outcome(w.desk.ws->users().resetPassword(w.target, "a-new-password"));
        }},
        {"audit.find", Permission::ViewAudit,                {N, N, N, Y, Y}, [](World& w) {
            return outcome(w.desk.ws->audit().find(domain::AuditFilter{}));
        }},
        {"audit.users", Permission::ViewAudit,               {N, N, N, Y, Y}, [](World& w) {
            return outcome(w.desk.ws->audit().users());
        }},
        // A record's own entries: anyone who may read the site's records, and the audit's readers.
        {"audit.forRecord", std::nullopt,                    {N, Y, Y, Y, Y}, [](World& w) {
            return outcome(w.desk.ws->audit().forRecord(w.a.id, "work_order", w.readOrder.header.code));
        }},
        {"backups.backupNow", Permission::Backup,            {N, N, N, N, Y}, [](World& w) {
            return outcome(w.desk.ws->backups().backupNow(w.desk.dir.file("manual.db")));
        }},
        {"backups.setKeep", Permission::Backup,              {N, N, N, N, Y}, [](World& w) {
            return outcome(w.desk.ws->backups().setKeep(5));
        }},
        {"backups.setFolder", Permission::Backup,            {N, N, N, N, Y}, [](World& w) {
            return outcome(w.desk.ws->backups().setFolder(w.desk.dir.file("elsewhere")));
        }},
        // The check: any signed-in user.
        {"backups.check", std::nullopt,                      {N, Y, Y, Y, Y}, [](World& w) {
            return outcome(w.desk.ws->backups().check(true));
        }},
        {"backups.restore", Permission::Backup,              {N, N, N, N, Y}, [](World& w) {
            return outcome(w.desk.ws->backups().restore(w.goodBackup));
        }},
        // clang-format on
    };
    return table;
}

} // namespace

TEST_CASE("every service call is allowed or refused for every role exactly as the matrix says")
{
    for (const Role role : kRoles) {
        World w; // a fresh database for each role: the allowed calls change it
        w.actAs(role);
        for (const auto& c : calls()) {
            INFO("role " << domain::roleKey(role) << ", call " << c.name);
            const bool expected = c.expected[column(role)];
            const auto before = fingerprint(w);
            const auto result = c.run(w);
            if (expected) {
                CHECK_FALSE(result.has_value());
                if (result) {
                    FAIL_CHECK("refused: " << result->describe());
                }
            } else if (!result) {
                FAIL_CHECK("allowed, though the matrix says refused");
            } else {
                CHECK(result->code == ErrorCode::PermissionDenied);
                INFO("message: " << result->message);
                if (role == Role::None) {
                    if (std::string_view(c.name) != "sites.list") {
                        CHECK(result->message == "sign in first");
                    }
                } else {
                    // "矩阵 front_desk (front_desk) may not dispatch work orders"
                    CHECK_THAT(result->message, Catch::Contains(fmt::format("({}) may not", domain::roleKey(role))));
                    if (c.permission) {
                        CHECK_THAT(result->message,
                                   Catch::EndsWith(std::string(domain::permissionText(*c.permission))));
                    }
                }
                // A refused call writes nothing: no record, no history, no audit entry, no file.
                CHECK(fingerprint(w) == before);
            }
            // The user is never changed by a call (signing in is not in the matrix).
            CHECK(w.desk.ws->context().user.role == role);
        }
    }
}

TEST_CASE("domain::allows agrees with the matrix for every call that one permission decides")
{
    for (const Role role : kRoles) {
        for (const auto& c : calls()) {
            if (c.permission) {
                INFO("role " << domain::roleKey(role) << ", call " << c.name << ", permission "
                             << domain::permissionKey(*c.permission));
                CHECK(domain::allows(role, *c.permission) == c.expected[column(role)]);
            }
        }
    }
}

TEST_CASE("domain::allows grants each permission to exactly the roles of docs/security.md")
{
    // None, FrontDesk, Supervisor, Manager, Admin, System
    const std::vector<std::pair<Permission, std::array<bool, 6>>> table{
        {Permission::ReadRecords, {N, Y, Y, Y, N, Y}},          {Permission::LogWorkOrder, {N, Y, Y, Y, N, Y}},
        {Permission::UpdateWorkOrder, {N, Y, Y, Y, N, Y}},      {Permission::RecordRevisit, {N, Y, Y, Y, N, Y}},
        {Permission::DispatchWorkOrder, {N, N, Y, Y, N, Y}},    {Permission::CancelWorkOrder, {N, N, Y, Y, N, Y}},
        {Permission::ImportWorkOrders, {N, N, Y, Y, N, Y}},     {Permission::ExportWorkOrders, {N, N, Y, Y, N, Y}},
        {Permission::ManageStaff, {N, N, Y, Y, N, Y}},          {Permission::ManageRules, {N, N, N, Y, N, Y}},
        {Permission::ManageCalendars, {N, N, N, Y, N, Y}},      {Permission::ManageSites, {N, N, N, Y, N, Y}},
        {Permission::ViewReports, {N, N, N, Y, N, Y}},          {Permission::ViewAudit, {N, N, N, Y, Y, Y}},
        {Permission::ManageUsers, {N, N, N, N, Y, Y}},          {Permission::Backup, {N, N, N, N, Y, Y}},
        {Permission::LogComplaint, {N, Y, Y, Y, N, Y}},         {Permission::HandleComplaint, {N, Y, Y, Y, N, Y}},
        {Permission::JudgeComplaint, {N, N, Y, Y, N, Y}},       {Permission::WithdrawComplaint, {N, N, Y, Y, N, Y}},
        {Permission::ImportComplaints, {N, N, Y, Y, N, Y}},     {Permission::ExportComplaints, {N, N, Y, Y, N, Y}},
        {Permission::ManageSecurity, {N, N, Y, Y, N, Y}},       {Permission::EditRoster, {N, N, Y, Y, N, Y}},
        {Permission::RecordPatrol, {N, N, Y, Y, N, Y}},         {Permission::ImportPatrol, {N, N, Y, Y, N, Y}},
        {Permission::RecordDuty, {N, Y, Y, Y, N, Y}},           {Permission::RecordSpotCheck, {N, N, Y, Y, N, Y}},
        {Permission::ManageInspections, {N, N, Y, Y, N, Y}},    {Permission::RecordInspection, {N, N, Y, Y, N, Y}},
        {Permission::HandleNonconformance, {N, N, Y, Y, N, Y}}, {Permission::ManageContractors, {N, N, N, Y, N, Y}},
        {Permission::RecordPestVisit, {N, Y, Y, Y, N, Y}},      {Permission::EnterFigures, {N, N, Y, Y, N, Y}},
        {Permission::ManageTargets, {N, N, N, Y, N, Y}},
    };
    constexpr std::array roles{Role::None, Role::FrontDesk, Role::Supervisor, Role::Manager, Role::Admin, Role::System};
    // A new permission needs its row here (and in docs/security.md) before it can pass.
    REQUIRE(domain::allPermissions().size() == table.size());
    for (std::size_t i = 0; i < table.size(); ++i) {
        CHECK(domain::allPermissions()[i] == table[i].first);
    }
    for (const auto& [permission, expected] : table) {
        for (std::size_t r = 0; r < roles.size(); ++r) {
            INFO("permission " << domain::permissionKey(permission) << ", role " << domain::roleKey(roles[r]));
            CHECK(domain::allows(roles[r], permission) == expected[r]);
            CHECK(domain::User("someone", roles[r]).can(permission) == expected[r]);
        }
    }
    CHECK(std::vector<Role>(domain::signInRoles().begin(), domain::signInRoles().end()) ==
          std::vector<Role>{Role::FrontDesk, Role::Supervisor, Role::Manager, Role::Admin});
}

TEST_CASE("a user of site A is refused site B's records as if they did not exist, and nothing is written")
{
    World w;
    w.actAs(Role::Manager); // every right to records, at site A only
    const auto before = fingerprint(w);
    auto& ws = *w.desk.ws;
    const auto refusedAtB = [](const auto& result) {
        REQUIRE_FALSE(result);
        CHECK(result.error().code == ErrorCode::PermissionDenied);
        CHECK(result.error().message == "you do not work at site 'B'");
    };

    SECTION("logging an order at B")
    {
        refusedAtB(ws.workOrders().log(call("B", "1-1-101")));
    }
    SECTION("an order of B asked for by its id is not found, and cannot be changed")
    {
        const auto id = w.order("b");
        auto got = ws.workOrders().get(id);
        REQUIRE_FALSE(got);
        CHECK(got.error().code == ErrorCode::NotFound);
        // Exactly what a missing id gets: the id reveals nothing.
        auto missing = ws.workOrders().get(domain::WorkOrderId{id.value + 1000});
        REQUIRE_FALSE(missing);
        CHECK(got.error().message == fmt::format("no work order with id {}", id.value));
        CHECK(missing.error().code == ErrorCode::NotFound);
        for (const auto& changed :
             {ws.workOrders().dispatch(id, "李师傅"), ws.workOrders().arrive(id), ws.workOrders().cancel(id, "重复"),
              ws.workOrders().note(id, "再次来电"), ws.intake().linkCall(id, call("B", "1-1-101"))}) {
            REQUIRE_FALSE(changed);
            CHECK(changed.error().code == ErrorCode::NotFound);
        }
        auto completedAtB = ws.workOrders().revisit(w.order("b completed"), 5, "满意");
        REQUIRE_FALSE(completedAtB);
        CHECK(completedAtB.error().code == ErrorCode::NotFound);
        refusedAtB(ws.workOrders().get("B", w.bOrder.header.code));
        refusedAtB(ws.workOrders().evaluate(w.bOrder));
    }
    SECTION("a complaint of B is not found by id, cannot be changed, and B's complaint lists are refused")
    {
        const auto id = w.bComplaint.header.id;
        auto got = ws.complaints().get(id);
        REQUIRE_FALSE(got);
        CHECK(got.error().code == ErrorCode::NotFound);
        CHECK(got.error().message == fmt::format("no complaint with id {}", id.value));
        for (const auto& changed :
             {ws.complaints().route(id, domain::Department::Security), ws.complaints().respond(id, "已回电"),
              ws.complaints().judge(id, true, "属实"), ws.complaints().note(id, "再次来电"),
              ws.complaints().linkWorkOrder(id, w.bOrder.header.code)}) {
            REQUIRE_FALSE(changed);
            CHECK(changed.error().code == ErrorCode::NotFound);
        }
        refusedAtB(ws.complaints().receive(complaintCall("B")));
        refusedAtB(ws.complaints().get("B", w.bComplaint.header.code));
        refusedAtB(ws.complaints().evaluate(w.bComplaint));
        refusedAtB(ws.complaintLists().board("B"));
        refusedAtB(ws.complaintLists().escalations("B"));
        refusedAtB(ws.complaintLists().awaitingRevisit("B"));
        auto linked = ws.complaints().linkedTo(w.order("b"));
        REQUIRE_FALSE(linked);
        CHECK(linked.error().code == ErrorCode::NotFound);
    }
    SECTION("the board, the revisit queue and the intake helpers of B")
    {
        refusedAtB(ws.workOrderLists().board("B"));
        refusedAtB(ws.workOrderLists().awaitingRevisit("B"));
        refusedAtB(ws.intake().preview(call("B", "1-1-101")));
        refusedAtB(ws.intake().possibleDuplicates(call("B", w.bOrder.header.location)));
        refusedAtB(ws.intake().knownLocations("B"));
    }
    SECTION("the history filtered to B, and the history of every site at once")
    {
        domain::WorkOrderFilter filter;
        filter.site = w.b.id;
        refusedAtB(ws.workOrderLists().find(filter, std::nullopt, 50));
        refusedAtB(ws.workOrderLists().count(filter, 100));
        filter.site.reset();
        auto all = ws.workOrderLists().find(filter, std::nullopt, 50);
        REQUIRE_FALSE(all);
        CHECK(all.error().code == ErrorCode::InvalidInput);
        CHECK(all.error().field == "site");
        auto count = ws.workOrderLists().count(filter, 100);
        REQUIRE_FALSE(count);
        CHECK(count.error().code == ErrorCode::InvalidInput);
    }
    SECTION("import rows for B are rejected, and a plan holding B's rows is refused")
    {
        auto plan = ws.workOrderCsv().prepare("id,site,location,category,urgency,reported_at\n"
                                              "X-1,A,1-1-101,plumbing,normal,2025-04-02 09:00\n"
                                              "X-2,B,1-1-101,plumbing,normal,2025-04-02 09:00\n",
                                              "mixed.csv", std::nullopt);
        REQUIRE(plan);
        REQUIRE(plan->valid.size() == 1);
        CHECK(plan->valid[0].order.header.code == "X-1");
        REQUIRE(plan->rejected.size() == 1);
        CHECK(plan->rejected[0].line == 3);
        REQUIRE(plan->rejected[0].issues.size() == 1);
        CHECK(plan->rejected[0].issues[0].column == "site");
        CHECK(plan->rejected[0].issues[0].reason == "unknown site 'B'");

        auto forB = ws.workOrderCsv().prepare("id,location,category,urgency,reported_at\n"
                                              "X-3,1-1-101,plumbing,normal,2025-04-02 09:00\n",
                                              "b.csv", std::string("B"));
        REQUIRE_FALSE(forB);
        CHECK(forB.error().message == "unknown site 'B'");

        // A plan made by someone who works at B cannot be committed by a user of A.
        refusedAtB(ws.workOrderCsv().commit(w.planB));
    }
    SECTION("exporting B, and exporting every site gives only A's orders")
    {
        std::ostringstream out;
        refusedAtB(ws.workOrderCsv().exportTo(out, services::ExportFilter{std::string("B"), {}, {}}));
        std::ostringstream all;
        auto n = ws.workOrderCsv().exportTo(all, services::ExportFilter{});
        REQUIRE(n);
        CHECK(all.str().find(w.bOrder.header.location) == std::string::npos);
        CHECK(all.str().find(",B,") == std::string::npos);
        CHECK(all.str().find(w.readOrder.header.location) != std::string::npos);
    }
    SECTION("B's staff, rules, KPIs and audit entries")
    {
        refusedAtB(ws.staff().list("B"));
        refusedAtB(ws.staff().technicians("B"));
        refusedAtB(ws.staff().add("B", domain::StaffMember{{}, {}, "新师傅", "", "", true}));
        refusedAtB(ws.rules().inForce(domain::Date{date::year{2025} / 4 / 5}, std::string("B")));
        refusedAtB(ws.rules().importRuleSet(ruleSetFor("B", "2025-06-01"), "b-rules.json"));
        refusedAtB(ws.kpis().workOrderKpis("B", date::year{2025} / 4));
        auto own = ws.audit().forRecord(w.b.id, "work_order", w.bOrder.header.code);
        REQUIRE_FALSE(own);
        CHECK(own.error().code == ErrorCode::PermissionDenied);
        domain::AuditFilter filter;
        filter.sites = std::vector<domain::SiteId>{w.b.id};
        auto entries = ws.audit().find(filter);
        REQUIRE(entries);
        for (const auto& e : *entries) {
            CHECK(e.site != std::optional<domain::SiteId>(w.b.id));
        }
        auto everything = ws.audit().find(domain::AuditFilter{});
        REQUIRE(everything);
        CHECK_FALSE(everything->empty());
        for (const auto& e : *everything) {
            CHECK(e.site != std::optional<domain::SiteId>(w.b.id));
        }
    }
    SECTION("B's security records asked for by id are not found and B's security lists are refused")
    {
        auto& security = ws.security();
        auto handover = security.handover(w.handoverB);
        REQUIRE(handover);
        CHECK_FALSE(handover->has_value());
        const auto notFound = [](const auto& result, std::string message) {
            REQUIRE_FALSE(result);
            CHECK(result.error().code == ErrorCode::NotFound);
            CHECK(result.error().message == message);
        };
        notFound(security.signHandover(w.handoverB, false, "护卫乙"),
                 fmt::format("no handover with id {}", w.handoverB.value));
        notFound(security.closeItem(w.itemB, "已处理"), fmt::format("no open item with id {}", w.itemB.value));
        notFound(security.signOut(w.visitorB), fmt::format("no duty log entry with id {}", w.visitorB.value));
        notFound(security.handleIncident(w.incidentB, "劝离", "已离开"),
                 fmt::format("no duty log entry with id {}", w.incidentB.value));
        const domain::Date today{date::year{2025} / 4 / 5};
        refusedAtB(security.setup("B"));
        refusedAtB(security.saveSetup("B", domain::defaultSecuritySetup(w.b.id)));
        refusedAtB(security.roster("B", kSwapMonth));
        refusedAtB(security.generateRoster("B", kSwapMonth));
        refusedAtB(security.routes("B"));
        refusedAtB(security.saveRoute("B", patrolRoute(today)));
        refusedAtB(security.recordScan("B", "CP01", "护卫甲", at("2025-04-05 07:05")));
        refusedAtB(security.rounds("B", today, today));
        refusedAtB(security.day("B", today));
        refusedAtB(security.recordHandover("B", handoverCall(day(4, 4), "night", std::nullopt)));
        refusedAtB(security.handovers("B", today, today));
        refusedAtB(security.openItem("B", "北门监控画面模糊"));
        refusedAtB(security.openItems("B"));
        refusedAtB(security.logEntry("B", dutyCall(domain::DutyEntryKind::Visitor, "2025-04-05 09:30", "李先生")));
        refusedAtB(security.dutyLog("B", today, today));
        refusedAtB(security.stillInside("B"));
        domain::SpotCheck check;
        check.at = at("2025-04-05 02:00");
        check.posts = {"lobby"};
        refusedAtB(security.recordSpotCheck("B", check));
        refusedAtB(security.spotChecks("B", today, today));
        refusedAtB(ws.patrolCsv().prepare(kPatrolCsv, "b.csv", "B"));
        refusedAtB(ws.kpis().securityKpis("B", date::year{2025} / 4));
    }
    SECTION("B's inspection records asked for by id are not found and B's inspection lists are refused")
    {
        auto& insp = ws.inspections();
        const auto notFound = [](const auto& result, std::string message) {
            REQUIRE_FALSE(result);
            CHECK(result.error().code == ErrorCode::NotFound);
            CHECK(result.error().message == message);
        };
        auto sheet = insp.sheet(w.sheetB);
        REQUIRE(sheet);
        CHECK_FALSE(sheet->has_value());
        const auto noSheet = fmt::format("no sheet with id {}", w.sheetB.value);
        notFound(insp.amendLine(w.sheetB, 0, domain::ItemResult::Pass, "", "看错了"), noSheet);
        notFound(insp.signSheet(w.sheetB), noSheet);
        auto nc = insp.nonconformance(w.ncB);
        REQUIRE(nc);
        CHECK_FALSE(nc->has_value());
        const auto noNc = fmt::format("no nonconformance with id {}", w.ncB.value);
        notFound(insp.rectify(w.ncB, "保洁员", "已清扫"), noNc);
        notFound(insp.assign(w.ncB, "原因", std::nullopt), noNc);
        notFound(insp.recordReport(w.ncB, reportCall()), noNc);
        const domain::Date today{date::year{2025} / 4 / 5};
        refusedAtB(insp.setup("B"));
        refusedAtB(insp.saveSetup("B", domain::defaultInspectionSetup(w.b.id)));
        refusedAtB(insp.templates("B"));
        refusedAtB(insp.samplingPlan("B", kInspectionMonth));
        refusedAtB(insp.startDailySheet("B", today, domain::AreaType::Lobby, "1栋", "李主管"));
        refusedAtB(insp.sheets("B", today, today));
        refusedAtB(insp.addPhoto("B", w.photoFile));
        refusedAtB(insp.nonconformances("B"));
        refusedAtB(insp.raise("B", ncCall("1栋大堂")));
        refusedAtB(insp.preventiveActions("B"));
        refusedAtB(insp.saveContractor("B", contractorCall("绿源园林", domain::ContractorService::Greening)));
        refusedAtB(insp.contractors("B"));
        refusedAtB(insp.standings("B", today));
        refusedAtB(insp.pestVisits("B", today, today));
        refusedAtB(ws.kpis().inspectionKpis("B", kInspectionMonth));
    }
    SECTION("the site list and a site asked for by its code")
    {
        auto sites = ws.sites().list();
        REQUIRE(sites);
        REQUIRE(sites->size() == 1);
        CHECK(sites->front().code == "A");
        refusedAtB(ws.sites().get("B"));
        refusedAtB(ws.sites().get(w.b.id));
    }
    CHECK(fingerprint(w) == before);
}
