// boston2propdesk: converts a City of Boston 311 export (CSV on stdin, the columns of
// tests/data/boston311_2015.csv.xz) into PropDesk's work-order interchange CSV (DESIGN.md §5) on stdout.
//
//   xz -dc tests/data/boston311_2015.csv.xz | boston2propdesk > bos.csv
//   propdesk-cli workorders import bos.csv --skip-invalid --rejects rejects.csv
//
// The converter only reshapes; it validates nothing. Times are rewritten from "MM/DD/YYYY hh:mm:ss AM/PM"
// to "YYYY-MM-DD HH:MM:SS" without an offset, so that they are read in the site's zone
// (America/New_York) and a local time that does not exist or is ambiguous at a daylight-saving change
// stays so; a time it cannot reshape is passed through unchanged. Rows closed before they were opened are
// kept. Finding the bad rows is the importer's job.
//
// Columns written:
//   id           CASE_ENQUIRY_ID
//   site         BOS (or the first argument)
//   location     Location, else LOCATION_STREET_NAME, else "LATITUDE,LONGITUDE", else "unknown"
//   category     from TYPE, else from REASON (tables below), else other
//   urgency      emergency for the few TYPEs that are plainly emergencies (table below), else normal
//   reported_at  OPEN_DT
//   completed_at CLOSED_DT (empty while the case is open)
//   due_at       TARGET_DT (empty when the City set none)
//   technician   QUEUE (the City's work queue that handled the case)
//   description  TYPE
//
// Category mapping. PropDesk's categories are those of a residential estate, so 311's street and
// city-service cases map roughly:
//   lighting   REASON "Street Lights" (outages, knock-downs, new or upgraded lighting).
//   plumbing   REASON "Water Issues" (water-main breaks), "Catchbasin"; TYPE "BWSC General Request",
//              "BWSC Pothole" (Boston Water and Sewer Commission), Building "Plumbing", no-water cases.
//   electrical TYPE Building "Electrical", "No Utilities … Electricity", "Unsatisfactory Utilities -
//              Electrical  Plumbing", "Downed Wire", "Traffic Signal Repair", "Traffic Signal Inspection".
//   gas        TYPE "No Utilities Residential - Gas", "Carbon Monoxide" (NOT "Short Measure - Gas", which is
//              a petrol-pump weights-and-measures complaint → other).
//   hvac       TYPE "Heat - Excessive  Insufficient", "Poor Ventilation", Building "Mechanical",
//              "Rooftop & Mechanical Disturbances".
//   fire       REASON "Fire Department", "Fire Hydrant"; TYPE "Fire in Food Establishment".
//   civil      REASON "Building", "Housing" (the rest of them), "Highway Maintenance" (potholes,
//              sidewalks, roadway), "Bridge Maintenance", "Pothole"; TYPE "Poor Conditions of Property",
//              "Abandoned Building", "Equipment Repair" and "Ground Maintenance" (parks).
//   other      everything else: trees, sanitation, street cleaning, recycling, animals, graffiti, signs,
//              noise, health inspections, comments, enquiries, …
//   (doors_windows and elevator have no 311 counterpart.)
// Emergency urgency: "Tree Emergencies", "Watermain Break", "Downed Wire", "Carbon Monoxide",
//   "No Utilities Residential - Gas", "Request for Snow Plowing (Emergency Responder)",
//   "Fire in Food Establishment". Everything else is normal.

#include <csv.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct TypeRule
{
    std::string_view category;
    bool emergency = false;
};

// TYPE → category (and urgency): takes precedence over REASON.
const std::map<std::string_view, TypeRule>& typeRules()
{
    static const std::map<std::string_view, TypeRule> rules{
        // plumbing
        {"BWSC General Request", {"plumbing"}},
        {"BWSC Pothole", {"plumbing"}},
        {"Plumbing", {"plumbing"}},
        {"No Utilities Residential - Water", {"plumbing"}},
        {"No Utilities - Food Establishment - Water", {"plumbing"}},
        {"Watermain Break", {"plumbing", true}},
        // electrical
        {"Electrical", {"electrical"}},
        {"No Utilities Residential - Electricity", {"electrical"}},
        {"No Utilities - Food Establishment - Electricity", {"electrical"}},
        {"Unsatisfactory Utilities - Electrical  Plumbing", {"electrical"}},
        {"Downed Wire", {"electrical", true}},
        {"Traffic Signal Repair", {"electrical"}},
        {"Traffic Signal Inspection", {"electrical"}},
        // gas
        {"No Utilities Residential - Gas", {"gas", true}},
        {"Carbon Monoxide", {"gas", true}},
        {"Short Measure - Gas", {"other"}},
        // hvac
        {"Heat - Excessive  Insufficient", {"hvac"}},
        {"Poor Ventilation", {"hvac"}},
        {"Mechanical", {"hvac"}},
        {"Rooftop & Mechanical Disturbances", {"hvac"}},
        // fire
        {"Fire in Food Establishment", {"fire", true}},
        // civil
        {"Poor Conditions of Property", {"civil"}},
        {"Abandoned Building", {"civil"}},
        {"Equipment Repair", {"civil"}},
        {"Ground Maintenance", {"civil"}},
        // other, but urgent
        {"Tree Emergencies", {"other", true}},
        {"Request for Snow Plowing (Emergency Responder)", {"other", true}},
    };
    return rules;
}

// REASON → category, for TYPEs without a rule of their own.
const std::map<std::string_view, std::string_view>& reasonRules()
{
    static const std::map<std::string_view, std::string_view> rules{
        {"Street Lights", "lighting"}, {"Water Issues", "plumbing"},     {"Catchbasin", "plumbing"},
        {"Fire Department", "fire"},   {"Fire Hydrant", "fire"},         {"Building", "civil"},
        {"Housing", "civil"},          {"Highway Maintenance", "civil"}, {"Bridge Maintenance", "civil"},
        {"Pothole", "civil"},
    };
    return rules;
}

// The columns of the 311 export that are used.
enum Source : std::size_t
{
    CaseId,
    OpenDt,
    TargetDt,
    ClosedDt,
    Type,
    Reason,
    Queue,
    LocationCol,
    StreetName,
    Latitude,
    Longitude,
    SourceCount,
};
constexpr std::array<std::string_view, SourceCount> kSourceNames{
    "CASE_ENQUIRY_ID",      "OPEN_DT",  "TARGET_DT", "CLOSED_DT", "TYPE", "REASON", "QUEUE", "Location",
    "LOCATION_STREET_NAME", "LATITUDE", "LONGITUDE"};

struct State
{
    std::string site = "BOS";
    std::vector<std::string> fields; // the record being read
    bool header = true;
    std::array<int, SourceCount> index{};
    long rows = 0;
    bool failed = false;
};

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) {
        s.remove_suffix(1);
    }
    return s;
}

bool digits(std::string_view s)
{
    for (const char c : s) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return !s.empty();
}

// "MM/DD/YYYY hh:mm:ss AM" → "YYYY-MM-DD HH:MM:SS"; anything else is returned unchanged.
std::string convertTime(std::string_view text)
{
    const auto t = trim(text);
    if (t.size() != 22 || t[2] != '/' || t[5] != '/' || t[10] != ' ' || t[13] != ':' || t[16] != ':' || t[19] != ' ' ||
        !digits(t.substr(0, 2)) || !digits(t.substr(3, 2)) || !digits(t.substr(6, 4)) || !digits(t.substr(11, 2)) ||
        !digits(t.substr(14, 2)) || !digits(t.substr(17, 2))) {
        return std::string(text);
    }
    const auto ampm = t.substr(20, 2);
    int hour = std::atoi(std::string(t.substr(11, 2)).c_str());
    if (ampm == "AM" && hour == 12) {
        hour = 0;
    } else if (ampm == "PM" && hour != 12) {
        hour += 12;
    } else if (ampm != "AM" && ampm != "PM") {
        return std::string(text);
    }
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*s-%.*s-%.*s %02d:%.*s:%.*s", 4, t.data() + 6, 2, t.data(), 2, t.data() + 3,
                  hour, 2, t.data() + 14, 2, t.data() + 17);
    return buffer;
}

void writeField(std::string_view s, bool last)
{
    if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
        std::fwrite(s.data(), 1, s.size(), stdout);
    } else {
        std::fputc('"', stdout);
        for (const char c : s) {
            if (c == '"') {
                std::fputc('"', stdout);
            }
            std::fputc(c, stdout);
        }
        std::fputc('"', stdout);
    }
    std::fputc(last ? '\n' : ',', stdout);
}

void writeRow(const std::vector<std::string>& out)
{
    for (std::size_t i = 0; i < out.size(); ++i) {
        writeField(out[i], i + 1 == out.size());
    }
}

const std::vector<std::string> kOutColumns{"id",          "site",         "location", "category",   "urgency",
                                           "reported_at", "completed_at", "due_at",   "technician", "description"};

void onField(void* data, std::size_t size, void* context)
{
    auto& s = *static_cast<State*>(context);
    s.fields.emplace_back(data ? static_cast<const char*>(data) : "", data ? size : 0);
}

void onRow(int /*terminator*/, void* context)
{
    auto& s = *static_cast<State*>(context);
    if (s.failed) {
        s.fields.clear();
        return;
    }
    if (s.header) {
        s.header = false;
        if (!s.fields.empty() && s.fields[0].starts_with("\xEF\xBB\xBF")) {
            s.fields[0].erase(0, 3);
        }
        for (std::size_t c = 0; c < SourceCount; ++c) {
            s.index[c] = -1;
            for (std::size_t i = 0; i < s.fields.size(); ++i) {
                if (s.fields[i] == kSourceNames[c]) {
                    s.index[c] = static_cast<int>(i);
                }
            }
            if (s.index[c] < 0) {
                std::fprintf(stderr, "boston2propdesk: the input has no column %.*s\n",
                             static_cast<int>(kSourceNames[c].size()), kSourceNames[c].data());
                s.failed = true;
            }
        }
        if (!s.failed) {
            writeRow(kOutColumns);
        }
        s.fields.clear();
        return;
    }
    const auto get = [&](Source c) -> std::string_view {
        const auto i = static_cast<std::size_t>(s.index[c]);
        return i < s.fields.size() ? std::string_view(s.fields[i]) : std::string_view{};
    };
    std::string location(trim(get(LocationCol)));
    if (location.empty()) {
        location = trim(get(StreetName));
    }
    if (location.empty() && !trim(get(Latitude)).empty() && !trim(get(Longitude)).empty()) {
        location = std::string(trim(get(Latitude))) + "," + std::string(trim(get(Longitude)));
    }
    if (location.empty()) {
        location = "unknown";
    }
    std::string_view category = "other";
    bool emergency = false;
    if (const auto it = typeRules().find(get(Type)); it != typeRules().end()) {
        category = it->second.category;
        emergency = it->second.emergency;
    } else if (const auto r = reasonRules().find(get(Reason)); r != reasonRules().end()) {
        category = r->second;
    }
    writeRow({std::string(get(CaseId)), s.site, location, std::string(category), emergency ? "emergency" : "normal",
              convertTime(get(OpenDt)), convertTime(get(ClosedDt)), convertTime(get(TargetDt)), std::string(get(Queue)),
              std::string(get(Type))});
    ++s.rows;
    s.fields.clear();
}

} // namespace

int main(int argc, char** argv)
{
    State state;
    if (argc > 2 || (argc == 2 && (std::string_view(argv[1]) == "-h" || std::string_view(argv[1]) == "--help"))) {
        std::fprintf(stderr, "usage: boston2propdesk [SITE] < boston311.csv > propdesk.csv\n");
        return 1;
    }
    if (argc == 2) {
        state.site = argv[1];
    }
    csv_parser parser;
    if (csv_init(&parser, CSV_APPEND_NULL) != 0) {
        std::fprintf(stderr, "boston2propdesk: cannot initialise libcsv\n");
        return 3;
    }
    std::vector<char> buffer(1 << 16);
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), stdin)) > 0) {
        if (csv_parse(&parser, buffer.data(), n, onField, onRow, &state) != n) {
            std::fprintf(stderr, "boston2propdesk: %s\n", csv_strerror(csv_error(&parser)));
            csv_free(&parser);
            return 2;
        }
    }
    csv_fini(&parser, onField, onRow, &state);
    csv_free(&parser);
    if (std::ferror(stdin)) {
        std::fprintf(stderr, "boston2propdesk: cannot read stdin\n");
        return 3;
    }
    if (state.failed || state.header) {
        if (state.header) {
            std::fprintf(stderr, "boston2propdesk: the input is empty\n");
        }
        return 2;
    }
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        std::fprintf(stderr, "boston2propdesk: cannot write stdout\n");
        return 3;
    }
    std::fprintf(stderr, "boston2propdesk: converted %ld rows\n", state.rows);
    return 0;
}
