#pragma once
// Internals shared by the NoticeService translation units (session, sync, actions).
#include "service/account_context.h"
#include "service/notice_service.h"
#include "service/store_persistence.h"
#include "service/sync_backoff.h"
#include "service/timeline_backfill.h"

#include "client/http_transport.h"
#include "client/matrix_api.h"
#include "client/request_failure.h"
#include "client/session.h"
#include "client/session_store.h"
#include "client/token_vault.h"
#include "matrix/json_releaser.h"
#include "matrix/server_versions.h"
#include "notice/room_rules.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <set>

Q_DECLARE_LOGGING_CATEGORY(lcService)

namespace nb {

class NoticeService::Private {
public:
    Private(NoticeService* service, ServiceOptions options);

    // Turns a failed request into an ActionResult, and notes usage limits and ended sessions.
    // `ofThisSession` false: the refusal is not about the logged-in account (a login as someone).
    ActionResult resultFromFailure(
        const RequestFailure& failure, const QString& context = {}, bool ofThisSession = true);

    // The one place the store's TrustContext is built, from `account`.
    void applyTrustContext();
    void loadServerContext(std::function<void()> done);
    void saveSettings();
    void saveSnapshot();
    void loadSnapshot();
    QString profileFile(const char* name) const;
    // Logout: the vault's token, the token file, the session and the saved notices go.
    // `done` gets what could not be removed, in words (empty when all went).
    void forgetLocalAccount(const QString& userId, std::function<void(QString)> done);
    void setErrorLimit(std::optional<UsageLimit> limit);
    // What the server said about the account (from a refusal), saved in settings.json; and
    // what a successful request proves no longer holds (AccountState isLiftedBy).
    void setAccountState(std::optional<AccountState> state);
    void liftAccountState(ProofOfService proof);

    void runSync(int timeoutMs, std::function<void(std::optional<RequestFailure>)> done);
    void followUp(const SyncApplyReport& report, std::function<void()> done);
    // A suspension is only ever learned from a refusal, and Synapse tells a user nothing when
    // it is lifted: while one is on record, a harmless request asks again (at most every
    // suspensionRecheckMs in a running app; on every sync of a one-shot noticectl).
    bool suspensionRecheckDue() const;
    void recheckSuspension(std::function<void()> done);
    // Joins each official invite once a session, where the front end and the user want it.
    // Looks through every notice room the first time (and when the setting is turned on),
    // afterwards only at the invites a sync brought (`newInvites`).
    void openOfficialInvites(const QStringList* newInvites = nullptr);
    void scheduleLoop(int delayMs);
    void setConnectionState(ConnectionState state, const QString& detail);
    // After an action: bring the store up to date (the loop does it when running).
    void refreshThen(ActionResult result, Done done);
    void withRoom(
        const QString& roomId, RoomAction action, Done done, const std::function<void(const NoticeRoom&)>& proceed);

    NoticeService* q;
    ServiceOptions options;
    HttpTransport transport;
    MatrixApi api;
    SessionStore sessions;
    std::unique_ptr<TokenVault> vault;
    std::optional<Session> session;
    // The server facts and trust settings of the logged-in account (account_context.h).
    AccountContext account;
    // What was wrong with the profile's files at the last restore or login, for people.
    QStringList profileProblems;
    std::optional<UsageLimit> errorLimit;
    std::optional<UsageLimit> lastReportedLimit;
    std::set<QString> unfetchablePins;
    std::set<QString> invitesOpenedByThemselves; // tried once a session, not again on failure
    bool allInvitesLookedAt = false; // openOfficialInvites went through every room once
    QElapsedTimer sinceSuspensionRecheck; // invalid: not asked yet in this process
    static constexpr qint64 suspensionRecheckMs = 60 * 1000;
    TimelineBackfill backfill;
    // store.json and its change log (store_persistence.h).
    StorePersistence persistence;
    // Set while the service is being destroyed: requests are cancelled then, and their
    // callbacks must neither touch the half-destroyed service nor call back the caller.
    bool destroying = false;
    Done guarded(Done done) const
    {
        return [this, done = std::move(done)](ActionResult result) {
            if (!destroying)
                done(std::move(result));
        };
    }
    bool loopRunning = false;
    bool syncInFlight = false;
    QPointer<QNetworkReply> loopReply;
    QTimer loopTimer;
    SyncBackoff backoff;
    JsonReleaser releaser;
};

} // namespace nb
