#pragma once
// How long the rest of a run will take at the server's pace, and where that figure comes
// from, for the console's "about 4 min left". Pure arithmetic over what the run saw; no I/O.
//
// Before any answer the pace is Synapse's stock limits for the steps a recipient costs
// (synapse/config/ratelimiting.py): a notice room is one room creation (rc_room_creation:
// 10 at once, then 0.016/s, about one a minute) and one message (rc_message: 10, then
// 0.2/s); a redaction or an edit is one message; a server notice is not rate limited
// (Synapse sends it with ratelimit=False). Once the server has answered "slow down", the
// pace is what the run measures over its latest recipients; with no limit in the way (lifted,
// or no "slow down" after many answers), the measured pace alone.
#include <QList>
#include <QString>

namespace nb::campaign {

struct PaceEstimate {
    qint64 remainingMs = -1; // -1: not known
    QString source; // where the pace comes from, in words
    // "about 4 min left", "less than a minute left", "" when not known.
    QString leftText() const;
    // The same as a duration for before the start: "about 5 h 12 min".
    QString durationText() const;
};

// 90 s -> "about 2 min"; 7,500 s -> "about 2 h 5 min"; under a minute -> "less than a minute".
QString roughDuration(qint64 ms);

class PaceTracker {
public:
    enum class Cost { NoticeRoom, Message, ServerNotice };

    // `unlimited`: rate limits are lifted for the account (or it is exempt).
    void begin(Cost cost, bool unlimited);
    void recordDone(qint64 nowMs);
    void recordRateLimited(qint64 waitMs);
    PaceEstimate estimate(int remaining) const;

private:
    // The stock-limit prior: ms for `remaining` more recipients, the burst not used yet.
    qint64 priorMs(int remaining) const;

    Cost m_cost = Cost::Message;
    bool m_unlimited = false;
    int m_done = 0;
    int m_rateLimits = 0;
    qint64 m_lastWaitMs = 0;
    int m_doneAtLastLimit = 0; // m_done when the server last asked to slow down
    QList<qint64> m_recent; // completion times of the latest recipients
};

} // namespace nb::campaign
