#pragma once
// How the delivery engine treats a failed request: wait and repeat (rate limit), look and
// repeat (transient: the server may or may not have acted), or give up (refused). Pure
// functions, unit-tested.
#include "client/request_failure.h"

#include <QString>

namespace nb::campaign {

struct RetryDecision {
    enum class Kind {
        RateLimited, // 429: the request was refused before it acted; repeat after waitMs
        Transient, // 5xx, network, timeout: it may have acted; check, then repeat
        Permanent, // any other refusal: it did not act; record the failure
    };
    Kind kind = Kind::Permanent;
    qint64 waitMs = 0;
    // Transient failures of the connection itself (not a 5xx answer): many in a row mean
    // the server is gone, and the campaign stops instead of failing everyone slowly.
    bool unreachable = false;
};

struct RetryPolicy {
    int maxTransientAttempts = 6; // per recipient, including the first
    qint64 firstBackoffMs = 500; // doubles each time: 0.5, 1, 2, 4, 8 s (~15 s in all)
    qint64 maxBackoffMs = 8000;
    qint64 defaultRateLimitMs = 2000; // 429 without retry_after_ms
    qint64 maxRateLimitMs = 120000; // a longer wait asked for is capped (and repeated)
    // A 429 asking for 0 ms or less (red team: 145 createRoom requests in 8 s) still waits
    // this long: a server that refuses for being too fast is not answered faster.
    qint64 minRateLimitMs = 500;
    int maxRateLimitRetries = 200; // per recipient: a server that never lets us through

    RetryDecision classify(const RequestFailure& failure) const;
    // The wait before transient attempt `attempt` (1 = the first repeat).
    qint64 backoffMs(int attempt) const;
};

// The failure in a sentence for the per-recipient table ("the server refused: ...").
QString failureReason(const RequestFailure& failure);

} // namespace nb::campaign
