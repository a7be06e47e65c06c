#pragma once

#include <expected>
#include <string>
#include <utility>

namespace propdesk::domain {

enum class ErrorCode
{
    InvalidInput,     // the caller's data breaks a rule; nothing was written
    NotFound,         // a named record does not exist
    Conflict,         // a unique key or a state transition refuses the change
    PermissionDenied, // the acting user may not do this
    Storage,          // the database failed
    Io,               // a file could not be read or written
    Unsupported,      // e.g. a database from a newer release
};

// An error that crosses a layer boundary. `record` and `field` name where the problem is, so that the
// message a user reads points at the thing to fix ("WO-17: arrived_at: before reported_at").
struct Error
{
    ErrorCode code = ErrorCode::InvalidInput;
    std::string message;
    std::string field;
    std::string record;

    // "record: field: message", leaving out the parts that are empty.
    std::string describe() const;
};

template <typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(ErrorCode code, std::string message, std::string field = {}, std::string record = {})
{
    return std::unexpected(Error{code, std::move(message), std::move(field), std::move(record)});
}

} // namespace propdesk::domain
