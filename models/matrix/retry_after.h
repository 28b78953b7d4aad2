#pragma once
// The HTTP Retry-After header (RFC 9110 section 10.2.3), which Matrix 1.10 prefers over the
// deprecated retry_after_ms body field of M_LIMIT_EXCEEDED: a number of seconds or an
// HTTP date.
#include <QByteArray>
#include <QDateTime>
#include <optional>

namespace nb {

// The wait in milliseconds, never negative (a date in the past means now); nullopt for
// an empty or unparseable value. `now` is the client's clock, for the date form.
std::optional<qint64> parseRetryAfter(const QByteArray& value, const QDateTime& now);

} // namespace nb
