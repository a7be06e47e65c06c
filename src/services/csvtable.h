#pragma once

#include <expected>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace propdesk::services {

struct CsvRow
{
    int line = 0; // 1-based line where the record starts
    std::vector<std::string> fields;
};

// An RFC 4180 file read whole: quoted fields may hold commas, quotes and line breaks.
struct CsvTable
{
    std::vector<std::string> header;
    std::vector<CsvRow> rows;
};

struct CsvError
{
    int line = 0; // 0: the file as a whole
    std::string message;
};

// Reads UTF-8 CSV (a byte-order mark is skipped). Refuses, naming the line: bytes that are not
// UTF-8, broken quoting, an empty file, and records with more or fewer fields than the header.
std::expected<CsvTable, CsvError> readCsv(std::string_view data);

// Writes one record, quoting only the fields that need it.
void writeCsvRow(std::ostream& out, const std::vector<std::string>& fields);

} // namespace propdesk::services
