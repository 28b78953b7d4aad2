// Campaign: scheduling, retries, cancel/halt and the totals. The per-route steps are in
// campaign_steps.cpp.
#include "campaign/campaign.h"

#include "admin/markdown.h"

#include <QDateTime>
#include <limits>
#include <utility>

namespace nb::campaign {

using json = nlohmann::json;

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
// Markers and histories are compared with the server's clock; allow for skew.
constexpr qint64 clockSkewMarginMs = 60 * 60 * 1000;
} // namespace

Campaign::Campaign(MatrixApi& api, CampaignJournal& journal, CampaignOptions options, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_journal(journal)
    , m_options(std::move(options))
{
    m_options.concurrency = qMax(1, m_options.concurrency);
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &Campaign::pump);
    // Zero interval: after the replies already queued in this turn, which may announce more.
    m_commitTimer.setSingleShot(true);
    connect(&m_commitTimer, &QTimer::timeout, this, &Campaign::commitAnnounced);
}

Campaign::~Campaign() = default;

json Campaign::messageContent(const CampaignSpec& spec)
{
    return noticeMessageContent(spec.text, spec.markdown);
}

void Campaign::start()
{
    if (m_running || !m_journal.hasHeader())
        return;
    const JournalHeader& header = m_journal.header();
    m_running = true;
    m_stopping = m_cancelled = false;
    m_haltReason.clear();
    m_journalFailed = false;
    m_unreachableStreak = 0;
    m_pausedUntil = 0;
    m_probe = std::make_unique<DeliveryProbe>(m_api, header.sender, header.createdMs - clockSkewMarginMs);
    // New accounts of a corrected standing campaign get the corrected text.
    m_baseContent = messageContent(m_journal.currentSpec());
    m_textOp.clear();
    for (const Operation& op : m_journal.operations())
        if (op.kind == Operation::Kind::Correct)
            m_textOp = op.id;
    m_queue.clear();
    m_status.clear();
    m_refused.clear();
    if (operationMode()) {
        const Operation* op = m_journal.operation(m_options.operation);
        m_order = op ? operationRecipients(*op) : QStringList();
        for (const QString& user : m_order) {
            const OperationProgress p = m_journal.operationProgress(m_options.operation, user);
            m_status.insert(user, {user, p.status, p.status == Status::Sent ? p.eventId : p.reason});
            if (p.status != Status::Sent && p.status != Status::Skipped)
                m_queue << user;
        }
    } else {
        m_order = header.recipients;
        QStringList known;
        for (const QString& user : m_order) {
            const RecipientProgress p = m_journal.progressOf(user);
            known << p.abandonedRooms;
            if (!p.room.isEmpty())
                known << p.room;
            m_status.insert(user, {user, p.status, p.status == Status::Sent ? p.eventId : p.reason});
            if (p.status != Status::Sent && p.status != Status::Skipped)
                m_queue << user;
        }
        m_probe->addKnownRooms(known);
    }
    m_doneCount = 0;
    for (const RecipientStatus& status : std::as_const(m_status))
        m_doneCount += status.status != Status::Pending ? 1 : 0;
    emit started(total());
    emit progressChanged(doneCount(), total());
    // Asynchronous, so whoever called start() has connected before anything happens.
    schedulePump(0);
}

void Campaign::cancel()
{
    if (!m_running || m_stopping)
        return;
    m_cancelled = true;
    m_stopping = true;
    const QStringList waiting = m_active.keys();
    for (const QString& user : waiting)
        if (m_active.value(user).timer)
            release(user); // waiting to retry: nothing in flight
    schedulePump(0);
}

void Campaign::halt(const QString& reason)
{
    if (!m_haltReason.isEmpty())
        return;
    m_haltReason = reason;
    m_stopping = true;
    emit notice(reason);
    const QStringList waiting = m_active.keys();
    for (const QString& user : waiting)
        if (m_active.value(user).timer)
            release(user);
    schedulePump(0);
}

void Campaign::schedulePump(qint64 delayMs)
{
    delayMs = qBound(qint64(0), delayMs, qint64(std::numeric_limits<int>::max()));
    if (!m_pumpTimer.isActive() || m_pumpTimer.remainingTime() > delayMs)
        m_pumpTimer.start(int(delayMs));
}

void Campaign::pump()
{
    if (!m_running)
        return;
    if (m_stopping) {
        maybeFinish();
        return;
    }
    const qint64 now = nowMs();
    if (now < m_pausedUntil) {
        schedulePump(m_pausedUntil - now);
        return;
    }
    const bool rooms = m_journal.header().spec.route == Route::Rooms && !operationMode();
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (qsizetype i = 0; i < m_queue.size() && m_active.size() < m_options.concurrency && !m_stopping;) {
        const QString user = m_queue[i];
        const RecipientProgress p = m_journal.progressOf(user);
        if (rooms && p.createUncertain && p.room.isEmpty()) {
            const qint64 readyAt = p.createMs + m_options.creationSettleMs;
            if (readyAt > now) {
                earliest = qMin(earliest, readyAt);
                ++i;
                continue;
            }
        }
        m_queue.removeAt(i);
        m_active.insert(user, Active {});
        if (m_status.value(user).status != Status::Pending)
            setStatus(user, Status::Pending, QStringLiteral("retrying"));
        advance(user);
    }
    if (earliest != std::numeric_limits<qint64>::max())
        schedulePump(earliest - now);
    maybeFinish();
}

bool Campaign::stillWanted(const QString& user)
{
    if (!m_active.contains(user))
        return false;
    if (m_stopping) {
        release(user);
        return false;
    }
    return true;
}

void Campaign::onFailure(const QString& user, const RequestFailure& failure, bool creating)
{
    if (!m_active.contains(user))
        return;
    const RetryDecision decision = m_options.retry.classify(failure);
    Active& active = m_active[user];
    const QString reason = failureReason(failure);
    switch (decision.kind) {
    case RetryDecision::Kind::RateLimited:
        if (++active.rateLimitRetries > m_options.retry.maxRateLimitRetries) {
            markFailed(user, reason + QStringLiteral(" It kept rate-limiting this recipient; giving up."), false, true);
            return;
        }
        m_pausedUntil = qMax(m_pausedUntil, nowMs() + decision.waitMs);
        emit rateLimited(decision.waitMs);
        emit notice(QStringLiteral("The server asks to slow down; waiting %1 s.")
                        .arg(double(decision.waitMs) / 1000.0, 0, 'f', 1));
        retryLater(user, decision.waitMs);
        return;
    case RetryDecision::Kind::Transient: {
        active.verified = false; // it may have acted: look before repeating
        if (++active.transientAttempts >= m_options.retry.maxTransientAttempts) {
            markFailed(user, reason, true, !decision.unreachable);
            if (decision.unreachable && ++m_unreachableStreak >= m_options.haltAfterUnreachable)
                halt(QStringLiteral("Stopped: %1 Run the same command again to resume.").arg(reason));
            return;
        }
        qint64 wait = m_options.retry.backoffMs(active.transientAttempts);
        if (creating)
            wait = qMax(wait, m_options.creationSettleMs);
        emit notice(QStringLiteral("%1: %2 Retrying in %3 s.")
                        .arg(user, reason, QString::number(double(wait) / 1000.0, 'f', 1)));
        retryLater(user, wait);
        return;
    }
    case RetryDecision::Kind::Permanent:
        markFailed(user, reason, false, failure.kind == RequestFailure::Kind::ServerRefused);
        if (decision.unreachable) // TLS or no such server: nothing will get through
            halt(QStringLiteral("Stopped: %1").arg(reason));
        return;
    }
}

void Campaign::retryLater(const QString& user, qint64 delayMs)
{
    if (!stillWanted(user))
        return;
    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    m_active[user].timer = timer;
    connect(timer, &QTimer::timeout, this, [this, user, timer] {
        timer->deleteLater();
        if (!m_active.contains(user) || m_active[user].timer != timer)
            return;
        m_active[user].timer = nullptr;
        if (stillWanted(user))
            advance(user);
    });
    timer->start(int(qBound(qint64(0), delayMs, qint64(std::numeric_limits<int>::max()))));
}

void Campaign::complete(const QString& user)
{
    if (QTimer* timer = m_active.value(user).timer)
        timer->deleteLater();
    m_active.remove(user);
    emit progressChanged(doneCount(), total());
    schedulePump(0);
}

void Campaign::release(const QString& user)
{
    // Stopped before finishing: stays pending; the journal says where it was.
    if (QTimer* timer = m_active.value(user).timer)
        timer->deleteLater();
    m_active.remove(user);
    if (m_status.value(user).status != Status::Pending)
        setStatus(user, Status::Pending, QString());
    schedulePump(0);
}

void Campaign::setStatus(const QString& user, Status status, const QString& detail)
{
    RecipientStatus& entry = m_status[user];
    m_doneCount += (status != Status::Pending ? 1 : 0) - (entry.status != Status::Pending ? 1 : 0);
    entry = {user, status, detail};
    emit recipientChanged(entry);
}

bool Campaign::record(const json& record)
{
    if (m_journal.append(record))
        return true;
    journalRefused();
    return false;
}

void Campaign::journalRefused()
{
    m_journalFailed = true;
    halt(QStringLiteral("Stopped: %1 Nothing more is sent without a journal.").arg(m_journal.lastError()));
}

void Campaign::announce(const QString& user, const json& record, std::function<void()> step)
{
    // An fsync per announcement was about a quarter of the engine thread's CPU in a
    // 100,000-recipient campaign (perf). Staged, the announcements of one turn share one;
    // each is still on disk before its request leaves (commitAnnounced).
    if (!m_journal.stage(record)) {
        journalRefused();
        release(user);
        return;
    }
    m_announced.append({user, std::move(step)});
    if (!m_commitTimer.isActive())
        m_commitTimer.start(0);
}

void Campaign::commitAnnounced()
{
    const QList<Announced> batch = std::exchange(m_announced, {});
    if (batch.isEmpty())
        return;
    if (!m_journal.commit()) {
        // Not on disk (perhaps in part): none of these requests may leave. Each stays
        // where the journal says; the next open() drops a partial last line.
        journalRefused();
        for (const Announced& announced : batch)
            release(announced.user);
        return;
    }
    // Announced and on disk: sent even when stopping meanwhile, like a request already in
    // flight (not sending would leave it uncertain, to be looked for on the server).
    for (const Announced& announced : batch)
        if (m_active.contains(announced.user))
            announced.step();
}

void Campaign::maybeFinish()
{
    if (!m_running || !m_active.isEmpty() || (!m_stopping && !m_queue.isEmpty()))
        return;
    m_running = false;
    m_pumpTimer.stop();
    emit finished(summary());
}

int Campaign::doneCount() const
{
    // Kept as statuses change: asked after every recipient, counting 100,000 each time
    // made a campaign quadratic.
    return m_doneCount;
}

QList<RecipientStatus> Campaign::statuses() const
{
    QList<RecipientStatus> list;
    for (const QString& user : m_order)
        list << m_status.value(user);
    return list;
}

Summary Campaign::summary() const
{
    Summary summary;
    summary.total = total();
    summary.cancelled = m_cancelled;
    summary.halted = !m_haltReason.isEmpty();
    summary.haltReason = m_haltReason;
    summary.journalFailed = m_journalFailed;
    for (const QString& user : m_order) {
        const RecipientStatus status = m_status.value(user);
        switch (status.status) {
        case Status::Sent:
            ++summary.sent;
            break;
        case Status::Pending:
            ++summary.pending;
            break;
        case Status::Skipped:
            ++summary.skipped;
            summary.skips.append({user, status.detail});
            break;
        case Status::Failed:
            ++summary.failed;
            summary.refusedFailures += m_refused.value(user, true) ? 1 : 0;
            summary.failures.append({user, status.detail});
            break;
        }
    }
    return summary;
}

} // namespace nb::campaign
