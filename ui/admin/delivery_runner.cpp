#include "delivery_runner.h"

#include "admin/admin_service.h"
#include "campaign/account_check.h"
#include "campaign/campaign_table_model.h"
#include "campaign/campaign_text.h"
#include "campaign/recipients.h"
#include "matrix/user_id.h"
#include "service/notice_service.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QStandardItemModel>

namespace nb {

using namespace nb::campaign;

namespace {
QString failuresText(const QList<Failure>& failures)
{
    QStringList lines;
    for (const Failure& failure : failures)
        lines << QStringLiteral("%1: %2").arg(failure.user, shownCampaignText(failure.reason));
    return lines.join(QLatin1Char('\n'));
}

// "Sent", "Recalled", "Corrected": what one finished recipient means for this run.
QString doneWord(RunKind kind)
{
    switch (kind) {
    case RunKind::Recall:
        return QCoreApplication::translate("nb::DeliveryRunner", "Recalled");
    case RunKind::Correct:
        return QCoreApplication::translate("nb::DeliveryRunner", "Corrected");
    case RunKind::Deliver:
        break;
    }
    return QCoreApplication::translate("nb::DeliveryRunner", "Sent");
}
} // namespace

DeliveryRunner::DeliveryRunner(NoticeService& service, AdminService& admin, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_admin(admin)
    , m_campaignModel(new CampaignTableModel(this))
    , m_usageModel(new QStandardItemModel(0, 3, this))
{
    m_usageModel->setHorizontalHeaderLabels({tr("Recipient"), tr("Status"), tr("Detail")});
}

DeliveryRunner::~DeliveryRunner()
{
    // The model watches the campaign; detach before the driver (and its campaign) goes.
    m_campaignModel->setCampaign(nullptr);
}

QString DeliveryRunner::busyDescription() const
{
    if (!m_busy)
        return {};
    if (m_showUsage && !m_usageQueue.isEmpty())
        return tr("Usage-limit notices are still being sent (%1 of %2 done); the rest would not be sent.")
            .arg(m_usageSent + m_usageFailed + m_usageSkipped)
            .arg(m_usageQueue.size());
    const Campaign* campaign = m_driver ? m_driver->campaign() : nullptr;
    if (m_showUsage || !campaign || !campaign->isRunning())
        return tr("A %1 is starting; nothing has been sent yet.").arg(runKindName(m_request.kind));
    return tr("A %1 is still running: %2 of %3 done. The rest waits until you resume it from its "
              "journal %4 (nobody gets a notice twice).")
        .arg(runKindName(m_request.kind))
        .arg(campaign->doneCount())
        .arg(campaign->total())
        .arg(m_request.journalPath);
}

QAbstractItemModel* DeliveryRunner::model() const
{
    return m_showUsage ? static_cast<QAbstractItemModel*>(m_usageModel) : m_campaignModel;
}

const CampaignJournal* DeliveryRunner::heldJournal(const QString& path) const
{
    const CampaignJournal* journal = m_driver ? m_driver->journal() : nullptr;
    return journal && QFileInfo(journal->path()) == QFileInfo(path) ? journal : nullptr;
}

void DeliveryRunner::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
}

void DeliveryRunner::start(const DeliveryRequest& request)
{
    if (m_busy)
        return;
    if (request.usageLimit) {
        m_cancelled = false;
        m_usageQueue.clear(); // the last usage-limit run's; filled once its recipients are known
        setBusy(true);
        startUsageLimits(request);
        return;
    }
    RunRequest run;
    run.kind = RunKind::Deliver;
    run.journalPath = request.journalPath;
    run.spec = request.spec;
    run.users = request.users;
    run.liftRateLimit = request.liftRateLimit;
    emit statusLine(tr("Checking the recipients…"));
    this->run(std::move(run));
}

void DeliveryRunner::resume(const QString& journalPath)
{
    RunRequest run;
    run.kind = RunKind::Deliver;
    run.journalPath = journalPath;
    run.resumeOnly = true;
    emit statusLine(tr("Reading the journal %1…").arg(journalPath));
    this->run(std::move(run));
}

void DeliveryRunner::recall(const QString& journalPath, const QString& reason, bool liftRateLimit)
{
    RunRequest run;
    run.liftRateLimit = liftRateLimit;
    run.kind = RunKind::Recall;
    run.journalPath = journalPath;
    run.reason = reason;
    this->run(std::move(run));
}

void DeliveryRunner::correct(const QString& journalPath, const QString& text, bool markdown, bool liftRateLimit)
{
    RunRequest run;
    run.liftRateLimit = liftRateLimit;
    run.kind = RunKind::Correct;
    run.journalPath = journalPath;
    run.text = text;
    run.markdown = markdown;
    this->run(std::move(run));
}

void DeliveryRunner::run(RunRequest request)
{
    if (m_busy)
        return;
    m_cancelled = false;
    // The previous run's driver goes only now, never from inside its own signal; with it
    // goes its journal (and lock), so this run may reopen the same file.
    m_campaignModel->setCampaign(nullptr);
    m_driver.reset();
    DriverContext context;
    context.sender = m_service.userId();
    context.localServer = serverNameOf(context.sender);
    context.adminApi = m_admin.adminApiAvailable() && m_admin.isAdmin().value_or(false);
    context.server = m_service.serverVersions().value_or(ServerVersions {});
    context.roomVersion = m_admin.roomVersionForNewRooms();
    // Every journal used is listed under Campaigns once it opened as one (the driver does).
    context.profileDir = m_service.profileDir();
    m_driver = std::make_unique<CampaignDriver>(m_service.api(), context);
    m_request = request;
    connect(m_driver.get(), &CampaignDriver::refused, this, [this](const RunRefusal& refusal) {
        // The campaign's sentences are English (journal, --json); shown in the user's language.
        QString message = shownCampaignText(refusal.message);
        if (!refusal.rejected.isEmpty())
            message += QStringLiteral("\n") + failuresText(refusal.rejected);
        if (m_request.kind == RunKind::Deliver)
            message += tr("\nNothing was sent.");
        setBusy(false);
        emit refused(message);
        emit journalChanged(m_request.journalPath);
    });
    connect(m_driver.get(), &CampaignDriver::started, this, &DeliveryRunner::onStarted);
    connect(m_driver.get(), &CampaignDriver::progressChanged, this, &DeliveryRunner::progressChanged);
    connect(m_driver.get(), &CampaignDriver::estimateChanged, this,
        [this](const PaceEstimate& estimate) { emit estimateChanged(estimate.leftText()); });
    connect(m_driver.get(), &CampaignDriver::notice, this,
        [this](const QString& message) { emit statusLine(shownCampaignText(message)); });
    connect(m_driver.get(), &CampaignDriver::finished, this, &DeliveryRunner::onFinished);
    setBusy(true);
    m_driver->start(std::move(request));
}

void DeliveryRunner::onStarted(const RunInfo& info)
{
    // The table follows this run's engine: its recipients, or for a follow-up the
    // recipients it withdraws or edits.
    m_campaignModel->setCampaign(m_driver->campaign());
    m_showUsage = false;
    emit modelChanged();
    const CampaignJournal* journal = m_driver->journal();
    QStringList lines;
    const QString what = info.kind == RunKind::Recall ? tr("Recalling the notices of")
        : info.kind == RunKind::Correct               ? tr("Correcting the notices of")
        : info.resumed                                ? tr("Resuming")
                                                      : tr("Delivering");
    lines << tr("%1 the campaign in %2 (%3 recipients).").arg(what, m_request.journalPath, QString::number(info.total));
    if (info.kind == RunKind::Deliver && info.resumed && journal
        && journal->header().spec.audience == QLatin1String("all-local-users"))
        lines << tr("Found %1 new account(s) since its last run.").arg(info.newRecipients);
    if (!info.liftMessage.isEmpty())
        lines << shownCampaignText(info.liftMessage);
    const int left = info.total - info.alreadyDone;
    if (left > 0 && info.estimate.remainingMs >= 0)
        lines << tr("%1 to go: %2 at the server's pace — %3.")
                     .arg(left)
                     .arg(info.estimate.durationText(), info.estimate.source);
    emit statusLine(lines.join(QLatin1Char(' ')));
    emit progressChanged(info.alreadyDone, info.total);
    emit estimateChanged(info.estimate.leftText());
    emit started(info);
}

void DeliveryRunner::onFinished(const RunOutcome& outcome)
{
    const Summary& summary = outcome.summary;
    QString text = tr("%1 %2, failed %3, skipped %4 of %5.")
                       .arg(doneWord(m_request.kind))
                       .arg(summary.sent)
                       .arg(summary.failed)
                       .arg(summary.skipped)
                       .arg(summary.total);
    if (summary.pending > 0)
        text += m_request.kind == RunKind::Deliver
            ? tr(" %1 not sent yet: press Resume and choose %2 to finish.")
                  .arg(summary.pending)
                  .arg(m_request.journalPath)
            : tr(" %1 not done yet: run the %2 again to finish it (nobody gets it twice).")
                  .arg(summary.pending)
                  .arg(runKindName(m_request.kind));
    if (summary.halted)
        text += QLatin1Char(' ') + shownCampaignText(summary.haltReason);
    if (!outcome.restoreMessage.isEmpty())
        text += QLatin1Char(' ') + shownCampaignText(outcome.restoreMessage);
    setBusy(false);
    emit estimateChanged(QString());
    emit finished(text, summary.pending == 0 && summary.failed == 0 && !outcome.restoreFailed);
    emit journalChanged(m_request.journalPath);
}

void DeliveryRunner::cancel()
{
    m_cancelled = true;
    if (m_driver && m_driver->isBusy()) {
        emit statusLine(tr("Stopping: requests already sent finish and are recorded…"));
        m_driver->cancel();
    }
}

// --- usage-limit notices: one AdminService call per recipient, in order

void DeliveryRunner::startUsageLimits(const DeliveryRequest& request)
{
    m_usageRequest = request;
    m_usageModel->removeRows(0, m_usageModel->rowCount());
    m_showUsage = true;
    emit modelChanged();
    emit statusLine(tr("Checking the recipients…"));
    m_resolver = std::make_unique<RecipientResolver>(
        m_service.api(), serverNameOf(m_service.userId()), m_admin.adminApiAvailable());
    QPointer<DeliveryRunner> self(this);
    auto resolved = [self](ResolvedRecipients recipients) {
        if (self)
            self->onUsageRecipients(std::move(recipients));
    };
    if (request.spec.audience == QLatin1String("all-local-users"))
        m_resolver->listLocalUsers(resolved);
    else
        m_resolver->check(request.users, resolved);
}

void DeliveryRunner::onUsageRecipients(ResolvedRecipients resolved)
{
    if (resolved.failure || !resolved.rejected.isEmpty() || resolved.recipients.isEmpty()) {
        setBusy(false);
        emit refused(resolved.failure ? tr("The server could not be asked about the recipients: %1")
                                            .arg(resolved.failure->describe(TextLanguage::User))
                : resolved.recipients.isEmpty() ? tr("No recipients.")
                                                : tr("Some recipients cannot get a notice; nothing was sent.\n%1")
                                                      .arg(failuresText(resolved.rejected)));
        return;
    }
    m_usageQueue = resolved.recipients;
    m_usageNext = m_usageSent = m_usageFailed = m_usageSkipped = 0;
    for (const QString& user : std::as_const(m_usageQueue))
        m_usageModel->appendRow(
            {new QStandardItem(user), new QStandardItem(QStringLiteral("pending")), new QStandardItem()});
    m_usageStatus.fill(Status::Pending, m_usageQueue.size());
    for (const Failure& skip : std::as_const(resolved.skipped)) {
        setUsageRow(int(m_usageQueue.indexOf(skip.user)), Status::Skipped, shownCampaignText(skip.reason));
        ++m_usageSkipped;
    }
    sendNextUsageLimit();
}

void DeliveryRunner::setUsageRow(int row, Status status, const QString& detail)
{
    if (row < 0 || row >= m_usageModel->rowCount())
        return;
    // The run goes by m_usageStatus, never by the words shown (those may be translated).
    m_usageStatus[row] = status;
    // An unpinning done is "cleared": nothing new reached the recipient.
    const bool cleared = status == Status::Sent && m_usageRequest.clearUsageLimit;
    m_usageModel->item(row, 1)->setText(cleared ? QStringLiteral("cleared") : statusName(status));
    m_usageModel->item(row, 2)->setText(detail);
}

void DeliveryRunner::sendNextUsageLimit()
{
    const int total = int(m_usageQueue.size());
    while (m_usageNext < total && m_usageStatus.at(m_usageNext) == Status::Skipped)
        ++m_usageNext;
    emit progressChanged(m_usageSent + m_usageFailed + m_usageSkipped, total);
    if (m_usageNext >= total || m_cancelled) {
        setBusy(false);
        const int pending = total - m_usageSent - m_usageFailed - m_usageSkipped;
        const QString done = m_usageRequest.clearUsageLimit ? tr("Usage-limit notice unpinned for")
                                                            : tr("Usage-limit notice sent and pinned for");
        QString text = tr("%1 %2, failed %3, skipped %4 of %5.")
                           .arg(done)
                           .arg(m_usageSent)
                           .arg(m_usageFailed)
                           .arg(m_usageSkipped)
                           .arg(total);
        if (pending > 0)
            text += tr(" Cancelled before %1 recipient(s).").arg(pending);
        emit finished(text, pending == 0 && m_usageFailed == 0);
        return;
    }
    const int row = m_usageNext++;
    // "Every user" means people: like a campaign to all local users, each account is asked
    // about just before its notice, and a bridge's accounts are left out (account_check.h).
    // Unpinning is not checked: it reaches only accounts that already hold a usage-limit
    // pin (one named on purpose, or sent before this check), and takes it back.
    if (m_usageRequest.spec.audience == QLatin1String("all-local-users") && !m_usageRequest.clearUsageLimit)
        checkUsageRecipient(row);
    else
        sendUsageLimitTo(row);
}

void DeliveryRunner::checkUsageRecipient(int row)
{
    const QString user = m_usageQueue.at(row);
    emit statusLine(tr("Checking the account %1…").arg(user));
    QPointer<DeliveryRunner> self(this);
    checkAccountForEveryone(m_service.api(), user, [self, row](Result<QString> reason) {
        if (!self)
            return;
        if (!reason.ok()) {
            // Never sent unchecked: the row fails, and sending again asks again.
            ++self->m_usageFailed;
            self->setUsageRow(row, Status::Failed,
                tr("Not sent: the account could not be checked first (%1).")
                    .arg(reason.failure.describe(TextLanguage::User)));
        } else if (!reason.value->isEmpty()) {
            ++self->m_usageSkipped;
            self->setUsageRow(row, Status::Skipped, *reason.value);
        } else if (!self->m_cancelled) {
            self->sendUsageLimitTo(row);
            return;
        }
        self->sendNextUsageLimit(); // cancelled meanwhile: the row stays pending
    });
}

void DeliveryRunner::sendUsageLimitTo(int row)
{
    const QString user = m_usageQueue.at(row);
    const bool clear = m_usageRequest.clearUsageLimit;
    QPointer<DeliveryRunner> self(this);
    auto recorded = [self, row, clear](ActionResult result) {
        if (!self)
            return;
        if (result.ok()) {
            ++self->m_usageSent;
            // Clearing answers how many pins went; sending, the new event's ID.
            self->setUsageRow(
                row, Status::Sent, clear ? tr("%1 usage-limit notice(s) unpinned").arg(result.value) : result.value);
        } else {
            ++self->m_usageFailed;
            self->setUsageRow(row, Status::Failed, result.message);
        }
        self->sendNextUsageLimit();
    };
    if (clear) {
        emit statusLine(tr("Unpinning the usage-limit notice for %1…").arg(user));
        m_admin.clearUsageLimit(user, m_usageRequest.limitType, recorded);
    } else {
        emit statusLine(tr("Sending the usage-limit notice to %1…").arg(user));
        m_admin.sendUsageLimit(user, m_usageRequest.limitType, m_usageRequest.adminContact, recorded);
    }
}

} // namespace nb
