#include "csvtable.h"

#include <fmt/format.h>

#include <csv.h>

namespace propdesk::services {

namespace {

// Position of the first byte that does not belong to a well-formed UTF-8 sequence, or npos.
std::size_t firstInvalidUtf8(std::string_view s)
{
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t len = 0;
        std::uint32_t cp = 0;
        if (c < 0x80) {
            if (c == 0) {
                return i;
            }
            ++i;
            continue;
        }
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > s.size()) {
            return i;
        }
        for (std::size_t k = 1; k < len; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80) {
                return i;
            }
            cp = (cp << 6) | (cc & 0x3F);
        }
        const bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return i;
        }
        i += len;
    }
    return std::string_view::npos;
}

int lineAt(std::string_view s, std::size_t pos)
{
    int line = 1;
    for (std::size_t i = 0; i < pos && i < s.size(); ++i) {
        line += s[i] == '\n' ? 1 : 0;
    }
    return line;
}

struct ParseState
{
    std::vector<std::string> fields;
    std::vector<CsvRow> records;
    int currentLine = 0;
    int recordStart = 0;
    bool recordOpen = false;
};

void onField(void* data, std::size_t len, void* state)
{
    auto* s = static_cast<ParseState*>(state);
    s->fields.emplace_back(static_cast<const char*>(data), len);
}

void onRecordEnd(int /*terminator*/, void* state)
{
    auto* s = static_cast<ParseState*>(state);
    s->records.push_back(CsvRow{s->recordOpen ? s->recordStart : s->currentLine, std::move(s->fields)});
    s->fields.clear();
    s->recordOpen = false;
}

} // namespace

std::expected<CsvTable, CsvError> readCsv(std::string_view data)
{
    const auto error = [](int line, std::string message) {
        return std::unexpected(CsvError{line, std::move(message)});
    };
    if (data.starts_with("\xEF\xBB\xBF")) {
        data.remove_prefix(3);
    }
    if (const auto bad = firstInvalidUtf8(data); bad != std::string_view::npos) {
        return error(lineAt(data, bad), data[bad] == '\0'
                                            ? "contains a NUL byte: not a text file"
                                            : "not valid UTF-8 (if Excel saved it as GBK/GB18030, save it again as "
                                              "\"CSV UTF-8\")");
    }
    if (data.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        return error(0, "the file is empty (expected a header row)");
    }

    csv_parser parser{};
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
        return error(0, "cannot initialise the CSV parser");
    }
    ParseState state;
    // Fed one physical line at a time so that every record knows the line it starts on.
    std::size_t pos = 0;
    while (pos < data.size()) {
        const auto nl = data.find('\n', pos);
        const auto end = nl == std::string_view::npos ? data.size() : nl + 1;
        ++state.currentLine;
        const auto before = state.records.size();
        if (!state.recordOpen) {
            state.recordStart = state.currentLine;
        }
        const auto chunk = data.substr(pos, end - pos);
        if (csv_parse(&parser, chunk.data(), chunk.size(), onField, onRecordEnd, &state) != chunk.size()) {
            const auto message =
                fmt::format("malformed CSV: {} (check the quotes on this line)", csv_strerror(csv_error(&parser)));
            csv_free(&parser);
            return error(state.currentLine, message);
        }
        // Still inside a record (a quoted field that spans lines) unless the line closed one.
        const bool blank = chunk.find_first_not_of(" \t\r\n") == std::string_view::npos;
        if (state.records.size() == before && !blank) {
            state.recordOpen = true;
        }
        pos = end;
    }
    if (csv_fini(&parser, onField, onRecordEnd, &state) != 0) {
        const int line = state.recordOpen ? state.recordStart : state.currentLine;
        csv_free(&parser);
        return error(line, "malformed CSV: a quoted field is never closed");
    }
    csv_free(&parser);

    CsvTable table;
    if (state.records.empty()) {
        return error(0, "the file is empty (expected a header row)");
    }
    table.header = std::move(state.records.front().fields);
    for (std::size_t i = 1; i < state.records.size(); ++i) {
        auto& row = state.records[i];
        if (row.fields.size() != table.header.size()) {
            return error(row.line,
                         fmt::format("has {} fields, the header has {}", row.fields.size(), table.header.size()));
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

void writeCsvRow(std::ostream& out, const std::vector<std::string>& fields)
{
    std::string buffer;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            out << ',';
        }
        const auto& f = fields[i];
        // The reader trims spaces and tabs around an unquoted field: keep those inside quotes.
        const bool padded =
            !f.empty() && (f.front() == ' ' || f.front() == '\t' || f.back() == ' ' || f.back() == '\t');
        if (f.find_first_of(",\"\r\n") == std::string::npos && !padded) {
            out << f;
            continue;
        }
        buffer.resize(f.size() * 2 + 2);
        const auto n = csv_write(buffer.data(), buffer.size(), f.data(), f.size());
        out.write(buffer.data(), static_cast<std::streamsize>(n));
    }
    out << "\r\n";
}

} // namespace propdesk::services
