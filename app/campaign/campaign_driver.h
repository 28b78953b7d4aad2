#pragma once
// The one driver both front ends call (noticectl notify / campaign, the GUI's compose and
// Campaigns panels): delivery, "deliver to new accounts", recall and correct are four
// runs of the same journaled machine (Campaign), each prepared here - the journal
// planned or opened and checked, the follow-up recorded, the rate limits lifted when
// asked and put back at the end - so a front end only renders progress and outcomes.
#include "campaign/campaign.h"
#include "campaign/campaign_planner.h"
#include "campaign/pace_estimate.h"

#include <QObject>
#include <memory>

namespace nb::campaign {

class RateLimitLift;

enum class RunKind { Deliver, Recall, Correct };

// What the front end knows about the session it runs in.
struct DriverContext {
    QString sender; // the logged-in account
    QString localServer; // its server name
    bool adminApi = false; // the Synapse admin API is there and we are a server admin
    ServerVersions server;
    QString roomVersion; // for notice rooms created (AdminService::roomVersionForNewRooms)
    // The profile whose Campaigns history (CampaignLibrary) lists every journal a run
    // opened as a journal; empty: nothing is listed.
    QString profileDir;
};

struct RunRequest {
    RunKind kind = RunKind::Deliver;
    QString journalPath;
    // Deliver: a new campaign, or the same command again (resume; a standing campaign
    // also reaches the accounts made since). resumeOnly: the journal as it is.
    CampaignSpec spec;
    QStringList users;
    bool resumeOnly = false;
    QString reason; // Recall: shown to recipients; empty on resume keeps the journal's
    QString text; // Correct: the new text
    bool markdown = false;
    bool liftRateLimit = false; // exempt the sender while the run lasts (admin API)
    int concurrency = 8;
};

struct RunInfo {
    RunKind kind = RunKind::Deliver;
    bool resumed = false;
    int newRecipients = 0; // standing campaign: accounts added by this run
    QString operation; // recall/correct: the journal's operation ID
    QString liftMessage; // what happened to the rate limits, in words (empty: not asked)
    int total = 0;
    int alreadyDone = 0;
    PaceEstimate estimate; // for the rest, before the start
};

struct RunRefusal {
    PlanResult::Problem problem = PlanResult::Problem::Usage;
    QString message;
    QList<Failure> rejected;
    std::optional<RequestFailure> failure;
};

struct RunOutcome {
    Summary summary;
    QString restoreMessage; // rate limits put back (or why not); empty if nothing was lifted
    bool restoreFailed = false;
};

class CampaignDriver : public QObject {
    Q_OBJECT
public:
    CampaignDriver(MatrixApi& api, DriverContext context, QObject* parent = nullptr);
    ~CampaignDriver() override;

    void start(RunRequest request);
    void cancel();
    bool isBusy() const { return m_busy; }

    // The current (or last) run's journal and engine, for tables and "resume" hints.
    CampaignJournal* journal() const { return m_journal.get(); }
    Campaign* campaign() const { return m_campaign.get(); }
    // Closes the last run's journal if it is the file at `path` (before it is reopened).
    void releaseJournal(const QString& path);
    PaceEstimate estimate() const;

    // Puts back rate limits that runs killed while lifted left behind, in the journals at
    // `paths` that belong to `context.sender` and are not in use. done(messages).
    static void restoreInterruptedLifts(MatrixApi& api, const QString& sender, const QStringList& paths,
        std::function<void(QStringList messages)> done, QObject* context);

signals:
    void refused(const nb::campaign::RunRefusal& refusal);
    void started(const nb::campaign::RunInfo& info);
    void progressChanged(int done, int total);
    void recipientChanged(const nb::campaign::RecipientStatus& status);
    void notice(const QString& message);
    void estimateChanged(const nb::campaign::PaceEstimate& estimate);
    void finished(const nb::campaign::RunOutcome& outcome);

private:
    void refuse(RunRefusal refusal);
    void onPlanned(PlanResult plan);
    void openForFollowUp();
    QString recordOperation();
    void handleRateLimits();
    void run();
    void onCampaignFinished(const Summary& summary);
    void endWith(const RunOutcome& outcome);

    MatrixApi& m_api;
    DriverContext m_context;
    RunRequest m_request;
    RunInfo m_info;
    std::unique_ptr<CampaignPlanner> m_planner;
    std::unique_ptr<CampaignJournal> m_journal;
    std::unique_ptr<Campaign> m_campaign;
    std::unique_ptr<RateLimitLift> m_lift;
    PaceTracker m_pace;
    int m_lastDone = 0;
    bool m_busy = false;
    bool m_cancelled = false;
    bool m_unlimited = false;
    // Rate limits a killed run left lifted, put back before this run started: reported
    // with the outcome, like limits this run lifted and put back itself.
    QString m_restoredAtStart;
    bool m_restoreAtStartFailed = false;
};

// "recall", "correct", "delivery", for messages.
QString runKindName(RunKind kind);

} // namespace nb::campaign

Q_DECLARE_METATYPE(nb::campaign::RunInfo)
Q_DECLARE_METATYPE(nb::campaign::RunOutcome)
Q_DECLARE_METATYPE(nb::campaign::RunRefusal)
Q_DECLARE_METATYPE(nb::campaign::PaceEstimate)
