#pragma once

// Synthetic but realistic work orders, as interchange CSV (DESIGN.md §5), for the benchmarks.

#include <date/date.h>

#include <cstdint>
#include <string>

namespace propdesk::bench {

struct SyntheticSpec
{
    std::string site = "BENCH"; // written into the site column
    date::year_month first{};   // first month of reported times (site local time)
    int months = 1;
    long orders = 0;      // spread evenly over the months
    long firstNumber = 1; // ids are "WO" + seven digits, counting from here
    std::uint64_t seed = 1;
};

struct SyntheticStats
{
    long orders = 0;
    long completed = 0;
    long cancelled = 0;
    long withHolds = 0; // at least one hold
    long openHolds = 0; // a hold still running on an open order
    long revisited = 0;
    long rated = 0;
    long reworks = 0;
    long withDueAt = 0;
    long quotedFields = 0; // fields with a comma or a quote
};

// Reported times are local readings without an offset: use a zone without daylight saving
// (the benchmarks use Asia/Shanghai). Every row is valid. Deterministic for a given spec.
std::string syntheticWorkOrderCsv(const SyntheticSpec& spec, SyntheticStats* stats = nullptr);

} // namespace propdesk::bench
