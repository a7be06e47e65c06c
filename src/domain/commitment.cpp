#include "commitment.h"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

namespace propdesk::domain {

std::string_view comparatorSymbol(Comparator comparator)
{
    switch (comparator) {
    case Comparator::AtLeast:
        return ">=";
    case Comparator::AtMost:
        return "<=";
    case Comparator::Below:
        return "<";
    }
    return ">=";
}

std::optional<Comparator> parseComparator(std::string_view symbol)
{
    for (const auto c : {Comparator::AtLeast, Comparator::AtMost, Comparator::Below}) {
        if (comparatorSymbol(c) == symbol) {
            return c;
        }
    }
    return std::nullopt;
}

bool KpiTarget::metBy(std::int64_t numerator, std::int64_t denominator) const
{
    // Both sides fit in 64 bits for any realistic count (denominators below 10^11).
    const auto lhs = numerator * 10000;
    const auto rhs = valueE4 * denominator;
    switch (comparator) {
    case Comparator::AtLeast:
        return lhs >= rhs;
    case Comparator::AtMost:
        return lhs <= rhs;
    case Comparator::Below:
        return lhs < rhs;
    }
    return false;
}

const TargetSet* targetSetInForce(const std::vector<TargetSet>& versions, date::year_month month)
{
    const Date first = month / date::day{1};
    const TargetSet* best = nullptr;
    for (const auto& v : versions) {
        if (v.effectiveFrom <= first && (!best || v.effectiveFrom > best->effectiveFrom)) {
            best = &v;
        }
    }
    return best;
}

const ManualFigure* figureAsOf(const std::vector<ManualFigure>& entries, date::year_month month, std::string_view key,
                               Instant asOf)
{
    const ManualFigure* best = nullptr;
    for (const auto& f : entries) {
        if (f.month != month || f.key != key || f.enteredAt > asOf) {
            continue;
        }
        if (!best || std::tie(f.enteredAt, f.id.value) > std::tie(best->enteredAt, best->id.value)) {
            best = &f;
        }
    }
    return best;
}

std::string monthKey(date::year_month month)
{
    return fmt::format("{:04}-{:02}", static_cast<int>(month.year()), static_cast<unsigned>(month.month()));
}

} // namespace propdesk::domain
