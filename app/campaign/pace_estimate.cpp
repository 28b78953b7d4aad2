#include "campaign/pace_estimate.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace nb::campaign {

// The estimate's words are only ever shown (noticectl's progress, the admin console), never
// recorded: they are in the user's language.
namespace {
// Synapse's stock limits (synapse/config/ratelimiting.py, 1.160).
constexpr double roomCreationPerSecond = 0.016;
constexpr int roomCreationBurst = 10;
constexpr double messagesPerSecond = 0.2;
constexpr int messageBurst = 10;
// The pace when nothing limits it: a few requests per recipient, 8 at once. Creating a
// room is Synapse's slow part: 300 rooms with limits lifted took 88 s on a 2-core machine
// (tests/bench/bench_rate_limits.sh), about 0.3 s a room; a message is far cheaper.
constexpr qint64 unlimitedMsPerRoom = 300;
constexpr qint64 unlimitedMsPerMessage = 50;
constexpr int window = 20; // recipients the measured pace is taken over
constexpr int measuredAfter = 5; // completions before the measured pace replaces the prior
} // namespace

QString roughDuration(qint64 ms)
{
    const qint64 minutes = (ms + 30000) / 60000;
    if (minutes < 1)
        return QCoreApplication::translate("nb::Campaign", "less than a minute");
    if (minutes < 60)
        return QCoreApplication::translate("nb::Campaign", "about %1 min").arg(minutes);
    return minutes % 60 == 0
        ? QCoreApplication::translate("nb::Campaign", "about %1 h").arg(minutes / 60)
        : QCoreApplication::translate("nb::Campaign", "about %1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString PaceEstimate::leftText() const
{
    if (remainingMs < 0)
        return {};
    return QCoreApplication::translate("nb::Campaign", "%1 left").arg(roughDuration(remainingMs));
}

QString PaceEstimate::durationText() const
{
    return remainingMs < 0 ? QString() : roughDuration(remainingMs);
}

void PaceTracker::begin(Cost cost, bool unlimited)
{
    m_cost = cost;
    m_unlimited = unlimited;
    m_done = 0;
    m_rateLimits = 0;
    m_lastWaitMs = 0;
    m_doneAtLastLimit = 0;
    m_recent.clear();
}

void PaceTracker::recordDone(qint64 nowMs)
{
    ++m_done;
    m_recent << nowMs;
    if (m_recent.size() > window + 1)
        m_recent.removeFirst();
}

void PaceTracker::recordRateLimited(qint64 waitMs)
{
    // The burst before the first "slow down" went at the client's pace, not the server's:
    // measure only from here.
    if (m_rateLimits++ == 0)
        m_recent.clear();
    m_lastWaitMs = waitMs;
    m_doneAtLastLimit = m_done;
}

qint64 PaceTracker::priorMs(int remaining) const
{
    const qint64 unlimitedMsPerRecipient = m_cost == Cost::NoticeRoom ? unlimitedMsPerRoom : unlimitedMsPerMessage;
    if (m_unlimited || m_cost == Cost::ServerNotice)
        return qint64(remaining) * unlimitedMsPerRecipient;
    const double perSecond = m_cost == Cost::NoticeRoom ? roomCreationPerSecond : messagesPerSecond;
    const int burst = m_cost == Cost::NoticeRoom ? roomCreationBurst : messageBurst;
    const int free = qMax(0, burst - m_done);
    const int paced = qMax(0, remaining - free);
    return qint64(qMin(remaining, free)) * unlimitedMsPerRecipient + qint64(double(paced) * 1000.0 / perSecond);
}

PaceEstimate PaceTracker::estimate(int remaining) const
{
    PaceEstimate estimate;
    if (remaining <= 0) {
        estimate.remainingMs = 0;
        estimate.source = QStringLiteral("done");
        return estimate;
    }
    const bool measured = m_recent.size() > measuredAfter
        && (m_rateLimits > 0 || m_unlimited || m_cost == Cost::ServerNotice || m_done > window);
    if (measured) {
        const qint64 span = m_recent.last() - m_recent.first();
        double perRecipient = double(span) / double(m_recent.size() - 1);
        // Synapse's limits are token buckets per account: "wait N s" means no action of
        // this kind for N s, so while the server keeps saying it, that is the pace at best
        // (red team: completions that arrived together after a wait made the average
        // "about 17 min" with 31 rooms at a minute each to go).
        if (m_rateLimits > 0 && m_done - m_doneAtLastLimit < window)
            perRecipient = qMax(perRecipient, double(m_lastWaitMs));
        estimate.remainingMs = qint64(perRecipient * remaining);
        estimate.source = m_rateLimits > 0 ? QCoreApplication::translate("nb::Campaign",
                              "the server's pace over the last %1 recipients (it asked to slow down %2 time(s))")
                                                 .arg(m_recent.size() - 1)
                                                 .arg(m_rateLimits)
                                           : QCoreApplication::translate("nb::Campaign",
                                               "the pace over the last %1 recipients, with no rate limit in the way")
                                                 .arg(m_recent.size() - 1);
        return estimate;
    }
    estimate.remainingMs = priorMs(remaining);
    if (m_rateLimits > 0 && m_lastWaitMs > 0) {
        // Asked to slow down before there is enough to measure: the wait asked for is the pace.
        estimate.remainingMs = qMax(estimate.remainingMs, qint64(remaining) * m_lastWaitMs);
        estimate.source = QCoreApplication::translate("nb::Campaign", "the server's answer \"slow down, wait %1 s\"")
                              .arg(m_lastWaitMs / 1000);
    } else if (m_unlimited) {
        estimate.source = QCoreApplication::translate("nb::Campaign", "rate limits lifted for your account");
    } else if (m_cost == Cost::ServerNotice) {
        estimate.source = QCoreApplication::translate("nb::Campaign", "server notices are not rate limited by Synapse");
    } else {
        estimate.source = m_cost == Cost::NoticeRoom
            ? QCoreApplication::translate("nb::Campaign",
                "Synapse's default limit on new rooms (10 at once, then about one a minute), until the "
                "server's own answers show its pace")
            : QCoreApplication::translate("nb::Campaign",
                "Synapse's default limit on messages (10 at once, then one every 5 s), until the "
                "server's own answers show its pace");
    }
    return estimate;
}

} // namespace nb::campaign
