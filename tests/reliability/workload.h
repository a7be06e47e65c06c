#pragma once

// What the crash and concurrency children write and how they report it: the shared vocabulary of
// crashchild.cpp (which writes) and ledger.cpp (which checks what reached the database).

#include "domain/workorder.h"

#include <array>
#include <span>
#include <string_view>

namespace propdesk::reliability {

// The site every child writes to; the drivers create it before the first child starts.
inline constexpr std::string_view kSiteCode = "REL";

// An order logged at the desk carries "order=TAG-N" as its description and is then moved on one use case
// (one transaction) at a time through this sequence.
inline constexpr std::array kDeskSequence{domain::EventKind::Logged, domain::EventKind::Dispatched,
                                          domain::EventKind::Arrived, domain::EventKind::Completed};

// A row of an imported batch carries "batch=TAG-N rows=R shape=S"; its whole history is written with the
// batch, in one transaction.
struct RowShape
{
    std::span<const domain::EventKind> history;
    domain::WorkOrderStatus status;
};

inline constexpr std::array kLoggedOnly{domain::EventKind::Logged};
inline constexpr std::array kArrived{domain::EventKind::Logged, domain::EventKind::Arrived};
inline constexpr std::array kCompleted{domain::EventKind::Logged, domain::EventKind::Arrived,
                                       domain::EventKind::Completed};
inline constexpr std::array kRevisitedAfterHold{domain::EventKind::Logged,    domain::EventKind::HoldStarted,
                                                domain::EventKind::Resumed,   domain::EventKind::Arrived,
                                                domain::EventKind::Completed, domain::EventKind::Revisited};

inline constexpr std::array<RowShape, 4> kRowShapes{{
    {kLoggedOnly, domain::WorkOrderStatus::Logged},
    {kArrived, domain::WorkOrderStatus::InProgress},
    {kCompleted, domain::WorkOrderStatus::Completed},
    {kRevisitedAfterHold, domain::WorkOrderStatus::Revisited},
}};

// The status an order of the desk sequence has after its first `events` events.
inline domain::WorkOrderStatus deskStatus(std::size_t events)
{
    switch (events) {
    case 1:
        return domain::WorkOrderStatus::Logged;
    case 2:
        return domain::WorkOrderStatus::Dispatched;
    case 3:
        return domain::WorkOrderStatus::InProgress;
    default:
        return domain::WorkOrderStatus::Completed;
    }
}

// The lines a child prints (and flushes) on stdout after the services reported a commit:
//   committed order CODE ID      an order was logged (ID is the "TAG-N" of its description)
//   committed event CODE N       an order of the desk sequence now has N events
//   committed batch MARKER ROWS  a CSV batch "TAG-N" of ROWS rows was imported
inline constexpr std::string_view kCommitted = "committed ";

} // namespace propdesk::reliability
