#include "campaign/campaign_driver.h"
#include "campaign/campaign_library.h"

#include "campaign/rate_limit_lift.h"

#include <QDateTime>
#include <QFileInfo>
#include <QPointer>
#include <QTimer>

namespace nb::campaign {

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

PaceTracker::Cost costOf(RunKind kind, Route route)
{
    if (kind != RunKind::Deliver)
        return PaceTracker::Cost::Message; // a redaction or an edit
    return route == Route::Rooms ? PaceTracker::Cost::NoticeRoom : PaceTracker::Cost::ServerNotice;
}
} // namespace

QString runKindName(RunKind kind)
{
    switch (kind) {
    case RunKind::Deliver:
        return QStringLiteral("delivery");
    case RunKind::Recall:
        return QStringLiteral("recall");
    case RunKind::Correct:
        return QStringLiteral("correction");
    }
    return {};
}

CampaignDriver::CampaignDriver(MatrixApi& api, DriverContext context, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_context(std::move(context))
{
}

CampaignDriver::~CampaignDriver() = default;

PaceEstimate CampaignDriver::estimate() const
{
    if (!m_campaign)
        return {};
    return m_pace.estimate(m_campaign->total() - m_campaign->doneCount());
}

void CampaignDriver::releaseJournal(const QString& path)
{
    // The last run keeps its journal open (and locked against other runs) so its table
    // stays on screen; reopening that same file from here must not find it "in use".
    if (!m_journal || m_busy || QFileInfo(m_journal->path()) != QFileInfo(path))
        return;
    m_campaign.reset();
    m_lift.reset();
    m_journal.reset();
}

void CampaignDriver::start(RunRequest request)
{
    if (m_busy)
        return;
    releaseJournal(request.journalPath);
    m_busy = true;
    m_cancelled = false;
    m_unlimited = false;
    m_restoredAtStart.clear();
    m_restoreAtStartFailed = false;
    m_lastDone = 0;
    m_request = std::move(request);
    m_info = RunInfo {};
    m_info.kind = m_request.kind;
    if (m_request.kind != RunKind::Deliver) {
        // Asynchronous like planning, so the caller has connected before anything happens.
        QTimer::singleShot(0, this, &CampaignDriver::openForFollowUp);
        return;
    }
    PlanRequest plan;
    plan.spec = m_request.spec;
    plan.users = m_request.users;
    plan.journalPath = m_request.journalPath;
    plan.sender = m_context.sender;
    plan.localServer = m_context.localServer;
    plan.adminApi = m_context.adminApi;
    plan.resumeOnly = m_request.resumeOnly;
    m_planner = std::make_unique<CampaignPlanner>(m_api);
    QPointer<CampaignDriver> self(this);
    m_planner->plan(plan, [self](PlanResult result) {
        if (self)
            self->onPlanned(std::move(result));
    });
}

void CampaignDriver::cancel()
{
    if (!m_busy)
        return;
    m_cancelled = true;
    if (m_campaign && m_campaign->isRunning())
        m_campaign->cancel();
}

void CampaignDriver::refuse(RunRefusal refusal)
{
    m_busy = false;
    emit refused(refusal);
}

void CampaignDriver::onPlanned(PlanResult plan)
{
    if (plan.problem != PlanResult::Problem::None || !plan.journal) {
        refuse({plan.problem, plan.message, plan.rejected, plan.failure});
        return;
    }
    m_journal = std::move(plan.journal);
    m_info.resumed = plan.resumed;
    m_info.newRecipients = plan.newRecipients;
    handleRateLimits();
}

void CampaignDriver::openForFollowUp()
{
    QString error;
    m_journal = CampaignJournal::open(m_request.journalPath, &error);
    RunRefusal refusal;
    if (!m_journal)
        refusal.message = error;
    else if (!m_journal->hasHeader())
        refusal.message = QStringLiteral("%1 is not a campaign journal.").arg(m_request.journalPath);
    else if (m_journal->header().sender != m_context.sender)
        refusal.message =
            QStringLiteral("This campaign was sent by %1; log in as %1 to %2 it.")
                .arg(m_journal->header().sender,
                    m_request.kind == RunKind::Recall ? QStringLiteral("recall") : QStringLiteral("correct"));
    else if (m_journal->header().spec.route != Route::Rooms)
        refusal.message = QStringLiteral(
            "This campaign went through the server notices room. Its notices were sent by the server's own notices "
            "account, whose messages an administrator cannot withdraw or edit. Send a follow-up notice to the same "
            "recipients instead.");
    else
        refusal.message = recordOperation();
    if (!refusal.message.isEmpty() && m_journal && m_journal->header().sender == m_context.sender
        && m_journal->rateLimitLift().lifted) {
        // Killed while lifted and now abandoned (nothing to recall or correct): the exemption
        // must not outlive it (red team, issue 8).
        m_lift = std::make_unique<RateLimitLift>(m_api, *m_journal, m_context.sender);
        QPointer<CampaignDriver> self(this);
        m_lift->restore([self, refusal](bool, const QString& message) mutable {
            if (!self)
                return;
            refusal.message += QLatin1Char(' ') + message;
            self->m_journal.reset();
            self->refuse(refusal);
        });
        return;
    }
    if (!refusal.message.isEmpty()) {
        m_journal.reset();
        refuse(refusal);
        return;
    }
    handleRateLimits();
}

QString CampaignDriver::recordOperation()
{
    int delivered = 0;
    for (const RecipientProgress& p : m_journal->progress())
        delivered += p.status == Status::Sent && !p.room.isEmpty() ? 1 : 0;
    const Operation* recall = m_journal->operation(QStringLiteral("recall"));
    if (m_request.kind == RunKind::Recall) {
        m_info.operation = QStringLiteral("recall");
        if (recall) {
            if (!m_request.reason.isEmpty() && m_request.reason != recall->reason)
                return QStringLiteral("This campaign's recall was started with the reason \"%1\"; run it again with "
                                      "that reason (or none) to finish it.")
                    .arg(recall->reason);
            m_info.resumed = true;
            return {};
        }
        if (delivered == 0)
            return QStringLiteral("Nothing of this campaign has been delivered; there is nothing to recall.");
        nlohmann::json record = {{"t", "operation"}, {"op", "recall"}, {"kind", "recall"},
            {"reason", m_request.reason.toStdString()}, {"ms", nowMs()}};
        return m_journal->append(record) ? QString() : m_journal->lastError();
    }
    if (recall)
        return QStringLiteral("This campaign was recalled; its notices are withdrawn and cannot be corrected.");
    if (m_request.text.trimmed().isEmpty())
        return QStringLiteral("The corrected text is empty.");
    if (delivered == 0)
        return QStringLiteral("Nothing of this campaign has been delivered; there is nothing to correct.");
    int corrections = 0;
    const Operation* last = nullptr;
    for (const Operation& op : m_journal->operations())
        if (op.kind == Operation::Kind::Correct) {
            ++corrections;
            last = &op;
        }
    if (last && last->text == m_request.text && last->markdown == m_request.markdown) {
        m_info.operation = last->id; // the same correction again: resume it
        m_info.resumed = true;
        return {};
    }
    m_info.operation = QStringLiteral("k%1").arg(corrections + 1);
    nlohmann::json record = {{"t", "operation"}, {"op", m_info.operation.toStdString()}, {"kind", "correct"},
        {"text", m_request.text.toStdString()}, {"markdown", m_request.markdown}, {"ms", nowMs()}};
    return m_journal->append(record) ? QString() : m_journal->lastError();
}

void CampaignDriver::handleRateLimits()
{
    m_lift = std::make_unique<RateLimitLift>(m_api, *m_journal, m_context.sender);
    QPointer<CampaignDriver> self(this);
    if (m_request.liftRateLimit) {
        if (!m_context.adminApi) {
            refuse({PlanResult::Problem::Usage,
                QStringLiteral("Lifting rate limits needs the Synapse admin API and a server admin's account; "
                               "nothing was sent."),
                {}, std::nullopt});
            return;
        }
        m_lift->lift([self](bool ok, const QString& message) {
            if (!self)
                return;
            self->m_info.liftMessage = message;
            if (!ok) {
                self->refuse(
                    {PlanResult::Problem::Server, message + QStringLiteral(" Nothing was sent."), {}, std::nullopt});
                return;
            }
            self->m_unlimited = true;
            self->run();
        });
        return;
    }
    if (m_journal->rateLimitLift().lifted) {
        // Killed while lifted, and this run was not asked to lift: put them back first.
        m_lift->restore([self](bool ok, const QString& message) {
            if (!self)
                return;
            // A put-back, not a lift: --json reported it under rate_limits.lift for a
            // resumed run, and under .restore for a run that lifted them itself (red team).
            self->m_restoredAtStart = message;
            self->m_restoreAtStartFailed = !ok;
            self->run();
        });
        return;
    }
    if (!m_context.adminApi) {
        run();
        return;
    }
    // Already exempt? Then the estimate is the unlimited one.
    m_api.rateLimitOverride(m_context.sender, [self](Result<nlohmann::json> current) {
        if (!self)
            return;
        self->m_unlimited = current.ok() && RateLimitLift::isExemption(*current.value);
        self->run();
    });
}

void CampaignDriver::run()
{
    // Listed only now that the file opened as this campaign's journal: a refused run (a
    // file that is not a journal, another campaign's, recipients rejected before anything
    // was written) used to leave its path in the history for good (red team, issue 8).
    if (!m_context.profileDir.isEmpty())
        CampaignLibrary(m_context.profileDir).remember(m_journal->path());
    CampaignOptions options;
    options.concurrency = m_request.concurrency;
    options.server = m_context.server;
    options.roomVersion = m_context.roomVersion;
    options.operation = m_info.operation;
    m_campaign = std::make_unique<Campaign>(m_api, *m_journal, options);
    m_pace.begin(costOf(m_request.kind, m_journal->header().spec.route), m_unlimited);
    connect(m_campaign.get(), &Campaign::started, this, [this](int total) {
        m_info.total = total;
        m_info.alreadyDone = m_lastDone = m_campaign->doneCount();
        m_info.estimate = m_pace.estimate(total - m_lastDone);
        emit started(m_info);
    });
    connect(m_campaign.get(), &Campaign::progressChanged, this, [this](int done, int total) {
        for (; m_lastDone < done; ++m_lastDone)
            m_pace.recordDone(nowMs());
        emit progressChanged(done, total);
        emit estimateChanged(m_pace.estimate(total - done));
    });
    connect(m_campaign.get(), &Campaign::rateLimited, this, [this](qint64 waitMs) {
        m_pace.recordRateLimited(waitMs);
        emit estimateChanged(m_pace.estimate(m_campaign->total() - m_campaign->doneCount()));
    });
    connect(m_campaign.get(), &Campaign::recipientChanged, this, &CampaignDriver::recipientChanged);
    connect(m_campaign.get(), &Campaign::notice, this, &CampaignDriver::notice);
    connect(m_campaign.get(), &Campaign::finished, this, &CampaignDriver::onCampaignFinished);
    m_campaign->start();
    if (m_cancelled && m_campaign->isRunning())
        m_campaign->cancel(); // cancelled while planning or lifting
}

void CampaignDriver::onCampaignFinished(const Summary& summary)
{
    RunOutcome outcome;
    outcome.summary = summary;
    if (!m_journal->rateLimitLift().lifted) {
        outcome.restoreMessage = m_restoredAtStart;
        outcome.restoreFailed = m_restoreAtStartFailed;
        endWith(outcome);
        return;
    }
    QPointer<CampaignDriver> self(this);
    m_lift->restore([self, outcome](bool ok, const QString& message) mutable {
        if (!self)
            return;
        outcome.restoreMessage = message;
        outcome.restoreFailed = !ok;
        self->endWith(outcome);
    });
}

void CampaignDriver::endWith(const RunOutcome& outcome)
{
    m_busy = false;
    emit finished(outcome);
}

void CampaignDriver::restoreInterruptedLifts(MatrixApi& api, const QString& sender, const QStringList& paths,
    std::function<void(QStringList messages)> done, QObject* context)
{
    struct State {
        QStringList paths;
        QStringList messages;
        std::unique_ptr<CampaignJournal> journal;
        std::unique_ptr<RateLimitLift> lift;
        std::function<void()> next;
    };
    auto state = std::make_shared<State>();
    state->paths = paths;
    QPointer<QObject> guard(context);
    state->next = [&api, sender, done, state, guard] {
        while (!state->paths.isEmpty()) {
            const QString path = state->paths.takeFirst();
            QString error;
            auto journal = CampaignJournal::open(path, &error); // a running campaign's is locked: skipped
            if (!journal || !journal->hasHeader() || journal->header().sender != sender
                || !journal->rateLimitLift().lifted)
                continue;
            state->journal = std::move(journal);
            state->lift = std::make_unique<RateLimitLift>(api, *state->journal, sender);
            state->lift->restore([state, guard, path](bool, const QString& message) {
                state->messages << QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), message);
                // Not from inside the lift's own callback: the journal and lift go next.
                QTimer::singleShot(0, guard, [state] {
                    state->lift.reset();
                    state->journal.reset();
                    state->next();
                });
            });
            return;
        }
        if (guard)
            done(state->messages);
        // Break the state -> next -> state cycle, but not from inside next itself.
        QTimer::singleShot(0, [state] { state->next = nullptr; });
    };
    QTimer::singleShot(0, context, [state] { state->next(); });
}

} // namespace nb::campaign
