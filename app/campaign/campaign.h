#pragma once
// The delivery engine: takes a campaign journal (header written) and delivers one notice
// to every recipient it does not record as done (or, with CampaignOptions::operation,
// withdraws or edits every notice delivered), a bounded number at a time, retrying
// rate limits and transient failures, checking on the server before repeating anything
// that may have acted (campaign_journal.cpp explains why that is exactly-once).
// The GUI connects to the signals for a progress bar and a per-recipient table; noticectl
// prints them. cancel() stops starting work, lets requests in flight finish and record
// their outcome, then emits finished(); start() again on the same journal resumes.
#include "campaign/campaign_journal.h"
#include "campaign/delivery_probe.h"
#include "campaign/retry_policy.h"
#include "client/matrix_api.h"
#include "matrix/server_versions.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>

namespace nb::campaign {

struct CampaignOptions {
    int concurrency = 8;
    RetryPolicy retry;
    // An interrupted createRoom may still be running on the server; its room is looked for
    // only this long after it was announced, so a running creation is not missed.
    qint64 creationSettleMs = 10000;
    // This many recipients in a row giving up because the server could not be reached
    // stop the run (the rest stay pending for a resume) instead of failing one by one.
    int haltAfterUnreachable = 2;
    ServerVersions server; // for the MSC4279 preset request (preset name or expansion)
    QString roomVersion; // of the rooms created (AdminService::roomVersionForNewRooms)
    // Empty: deliver the notice. Otherwise the ID of a follow-up in the journal (recall or
    // a correction) to carry out on every notice delivered so far (campaign_followup.cpp).
    QString operation;
};

class Campaign : public QObject {
    Q_OBJECT
public:
    // `api` must be the sender's session (the journal's header.sender). Not owned.
    Campaign(MatrixApi& api, CampaignJournal& journal, CampaignOptions options, QObject* parent = nullptr);
    ~Campaign() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    int total() const { return int(m_order.size()); }
    int doneCount() const; // sent + failed + skipped
    QList<RecipientStatus> statuses() const;
    Summary summary() const;

    // The m.room.message content every recipient gets (marker added per recipient).
    static nlohmann::json messageContent(const CampaignSpec& spec);

signals:
    void started(int total);
    void progressChanged(int done, int total);
    void recipientChanged(const nb::campaign::RecipientStatus& status);
    // Why work paused (rate limit, retrying after a failure); for a status line.
    void notice(const QString& message);
    // The server answered "slow down" (429) and asked for this wait (for PaceTracker).
    void rateLimited(qint64 waitMs);
    void finished(const nb::campaign::Summary& summary);

private:
    struct Active {
        int transientAttempts = 0;
        int rateLimitRetries = 0;
        // The journal says "uncertain" but we have since seen that nothing acted.
        bool verified = false;
        // Rooms route: the recipient is still invited to or in their room (looked at in
        // this run, or the room was made in this run). A room from an earlier run is
        // looked at first: they may have declined or left since.
        bool stillInRoom = false;
        // "All local users": the account was asked about in this run and is someone the
        // notice is for (account_check.h).
        bool accountChecked = false;
        QTimer* timer = nullptr; // waiting to retry
    };

    // scheduling (campaign.cpp)
    void pump();
    void schedulePump(qint64 delayMs);
    void onFailure(const QString& user, const RequestFailure& failure, bool creating);
    void retryLater(const QString& user, qint64 delayMs);
    void complete(const QString& user);
    void release(const QString& user);
    void setStatus(const QString& user, Status status, const QString& detail);
    bool record(const nlohmann::json& record);
    // Records a request that may make something appear (rule 1 of campaign_journal.cpp)
    // and takes `step` (sends it) once the record is on disk. Announcements made in one
    // event-loop turn are committed together (CampaignJournal::stage, commit: one write,
    // one fsync), at the end of the turn; none of their steps is taken before that.
    void announce(const QString& user, const nlohmann::json& record, std::function<void()> step);
    void commitAnnounced();
    void journalRefused();
    void halt(const QString& reason);
    void maybeFinish();
    bool stillWanted(const QString& user);

    // steps (campaign_steps.cpp)
    void advance(const QString& user);
    // "All local users" only: before the first request that would reach `user`, asks the
    // admin API about the account and skips application services' accounts (bridges).
    bool needsAccountCheck(const QString& user) const;
    void checkAccount(const QString& user);
    void sendServerNotice(const QString& user);
    void resolveRoom(const QString& user);
    void checkStillInRoom(const QString& user);
    void skip(const QString& user, const QString& reason);
    void createRoom(const QString& user);
    void sendRoomMessage(const QString& user);
    void markSent(const QString& user, const QString& eventId, bool found);
    void markFailed(const QString& user, const QString& reason, bool uncertain, bool refused);
    QString txnFor(const QString& user) const;

    // follow-ups (campaign_followup.cpp)
    bool operationMode() const { return !m_options.operation.isEmpty(); }
    // Who the follow-up is for: delivered notices it has not reached through their text.
    QStringList operationRecipients(const Operation& op) const;
    void advanceOperation(const QString& user);
    // The delivered event as the server has it: already withdrawn, not this campaign's
    // notice (a changed journal), or the one to act on.
    void checkOperationTarget(const QString& user, const nlohmann::json& event);
    void sendOperation(const QString& user);
    void markOperationDone(const QString& user, const QString& eventId, bool found);
    nlohmann::json editContent(const QString& user) const;
    nlohmann::json contentFor(const QString& user) const;

    MatrixApi& m_api;
    CampaignJournal& m_journal;
    CampaignOptions m_options;
    std::unique_ptr<DeliveryProbe> m_probe;
    nlohmann::json m_baseContent;
    QString m_textOp; // the correction whose text this delivery sends (empty: the header's)
    QStringList m_order;
    QHash<QString, RecipientStatus> m_status;
    int m_doneCount = 0; // entries of m_status that are not Pending
    QHash<QString, bool> m_refused; // failed users: did the server answer (true) or not
    QStringList m_queue;
    QHash<QString, Active> m_active;
    struct Announced {
        QString user;
        std::function<void()> step;
    };
    QList<Announced> m_announced; // staged, not yet committed
    QTimer m_commitTimer;
    QTimer m_pumpTimer;
    qint64 m_pausedUntil = 0;
    int m_unreachableStreak = 0;
    bool m_running = false;
    bool m_stopping = false;
    bool m_cancelled = false;
    QString m_haltReason;
    bool m_journalFailed = false;
};

} // namespace nb::campaign
