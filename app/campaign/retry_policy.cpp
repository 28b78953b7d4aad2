#include "campaign/retry_policy.h"

namespace nb::campaign {

using Kind = RequestFailure::Kind;

RetryDecision RetryPolicy::classify(const RequestFailure& failure) const
{
    RetryDecision decision;
    switch (failure.kind) {
    case Kind::ServerRefused: {
        const MatrixError& error = failure.matrix;
        if (error.httpStatus == 429 || error.errcode == QStringLiteral("M_LIMIT_EXCEEDED")) {
            decision.kind = RetryDecision::Kind::RateLimited;
            decision.waitMs =
                qBound<qint64>(minRateLimitMs, error.retryAfterMs.value_or(defaultRateLimitMs), maxRateLimitMs);
        } else if (error.httpStatus >= 500) {
            // 502/504 from a proxy while Synapse restarts, 500 from Synapse itself: the
            // request may have been carried out before the answer was lost.
            decision.kind = RetryDecision::Kind::Transient;
            decision.unreachable = error.httpStatus == 502 || error.httpStatus == 503 || error.httpStatus == 504;
        }
        return decision;
    }
    case Kind::Unreachable:
    case Kind::Timeout:
        decision.kind = RetryDecision::Kind::Transient;
        decision.unreachable = true;
        return decision;
    case Kind::BadResponse:
    case Kind::TooLarge:
        // A 2xx whose body did not arrive intact: the server did act, maybe.
        decision.kind = RetryDecision::Kind::Transient;
        return decision;
    case Kind::Tls:
    case Kind::UnknownServer:
        decision.unreachable = true; // nothing reached the server; repeating will not help
        return decision;
    case Kind::Cancelled:
    case Kind::None:
        return decision;
    }
    return decision;
}

qint64 RetryPolicy::backoffMs(int attempt) const
{
    qint64 wait = firstBackoffMs;
    for (int i = 1; i < attempt && wait < maxBackoffMs; ++i)
        wait *= 2;
    return qMin(wait, maxBackoffMs);
}

QString failureReason(const RequestFailure& failure)
{
    QString reason = failure.describe();
    if (failure.kind == Kind::ServerRefused && !failure.matrix.errcode.isEmpty()) {
        reason += QStringLiteral(" [%1").arg(failure.matrix.errcode);
        if (!failure.matrix.message.isEmpty())
            reason += QStringLiteral(": ") + failure.matrix.message;
        reason += QLatin1Char(']');
    }
    return reason;
}

} // namespace nb::campaign
