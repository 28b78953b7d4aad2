#include "delivery_runner.h"

#include "admin/admin_service.h"
#include "campaign/campaign.h"
#include "campaign/campaign_planner.h"
#include "campaign/campaign_table_model.h"
#include "campaign/recipients.h"
#include "matrix/user_id.h"
#include "service/notice_service.h"

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
        lines << QStringLiteral("%1: %2").arg(failure.user, failure.reason);
    return lines.join(QLatin1Char('\n'));
}
} // namespace

DeliveryRunner::DeliveryRunner(NoticeService& service, AdminService& admin, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_admin(admin)
    , m_campaignModel(new CampaignTableModel(this))
    , m_usageModel(new QStandardItemModel(0, 3, this))
{
    m_usageModel->setHorizontalHeaderLabels(
        {QStringLiteral("Recipient"), QStringLiteral("Status"), QStringLiteral("Detail")});
}

QString DeliveryRunner::busyDescription() const
{
    if (!m_busy)
        return {};
    if (m_showUsage && !m_usageQueue.isEmpty())
        return QStringLiteral("Usage-limit notices are still being sent (%1 of %2 done); the rest would not be sent.")
            .arg(m_usageSent + m_usageFailed + m_usageSkipped)
            .arg(m_usageQueue.size());
    if (m_showUsage || !m_campaign || !m_campaign->isRunning())
        return QStringLiteral("A delivery is starting; nothing has been sent yet.");
    return QStringLiteral("A delivery is still running: %1 of %2 done. The rest waits until you resume it from its "
                          "journal %3 (nobody gets a notice twice).")
        .arg(m_campaign->doneCount())
        .arg(m_campaign->total())
        .arg(m_journal->path());
}

DeliveryRunner::~DeliveryRunner()
{
    // The model watches the campaign; detach before the campaign goes.
    m_campaignModel->setCampaign(nullptr);
}

QAbstractItemModel* DeliveryRunner::model() const
{
    return m_showUsage ? static_cast<QAbstractItemModel*>(m_usageModel) : m_campaignModel;
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
    m_cancelled = false;
    m_usageQueue.clear(); // the last usage-limit run's; filled once its recipients are known
    setBusy(true);
    if (request.usageLimit) {
        startUsageLimits(request);
        return;
    }
    releaseJournal(request.journalPath);
    emit statusLine(QStringLiteral("Checking the recipients…"));
    PlanRequest plan;
    plan.spec = request.spec;
    plan.users = request.users;
    plan.journalPath = request.journalPath;
    plan.sender = m_service.userId();
    plan.localServer = serverNameOf(plan.sender);
    plan.adminApi = m_admin.adminApiAvailable() && m_admin.isAdmin().value_or(false);
    m_planner = std::make_unique<CampaignPlanner>(m_service.api());
    QPointer<DeliveryRunner> self(this);
    m_planner->plan(plan, [self](PlanResult result) {
        if (self)
            self->onPlanned(std::move(result));
    });
}

void DeliveryRunner::onPlanned(PlanResult plan)
{
    if (plan.problem != PlanResult::Problem::None || !plan.journal) {
        QString message = plan.message;
        if (!plan.rejected.isEmpty())
            message += QStringLiteral("\n") + failuresText(plan.rejected);
        setBusy(false);
        emit refused(message + QStringLiteral("\nNothing was sent."));
        return;
    }
    run(std::move(plan.journal), plan.resumed);
}

void DeliveryRunner::resume(const QString& journalPath)
{
    if (m_busy)
        return;
    releaseJournal(journalPath);
    QString error;
    auto journal = CampaignJournal::open(journalPath, &error);
    if (!journal || !journal->hasHeader()) {
        emit refused(journal ? QStringLiteral("%1 is not a campaign journal.").arg(journalPath)
                             : QStringLiteral("Cannot open the journal: %1").arg(error));
        return;
    }
    // Transaction IDs are only deduplicated for the account that sent them.
    if (journal->header().sender != m_service.userId()) {
        emit refused(QStringLiteral("This journal belongs to %1's campaign; sign in as %1 to resume it.")
                         .arg(journal->header().sender));
        return;
    }
    m_cancelled = false;
    setBusy(true);
    run(std::move(journal), true);
}

void DeliveryRunner::releaseJournal(const QString& path)
{
    // The last campaign keeps its journal open (and locked against other runs) so its table
    // stays on screen; reopening that same file from here must not find it "in use".
    if (!m_journal || QFileInfo(m_journal->path()) != QFileInfo(path))
        return;
    m_campaignModel->setCampaign(nullptr);
    m_campaign.reset();
    m_journal.reset();
}

void DeliveryRunner::run(std::unique_ptr<CampaignJournal> journal, bool resumed)
{
    // The previous campaign is replaced only now, never from inside its own signal.
    m_campaignModel->setCampaign(nullptr);
    m_campaign.reset();
    m_journal = std::move(journal);
    CampaignOptions options;
    options.server = m_service.serverVersions().value_or(ServerVersions {});
    options.roomVersion = m_admin.roomVersionForNewRooms();
    m_campaign = std::make_unique<Campaign>(m_service.api(), *m_journal, options);
    m_campaignModel->setCampaign(m_campaign.get());
    m_showUsage = false;
    emit modelChanged();
    connect(m_campaign.get(), &Campaign::progressChanged, this, &DeliveryRunner::progressChanged);
    connect(m_campaign.get(), &Campaign::notice, this, &DeliveryRunner::statusLine);
    connect(m_campaign.get(), &Campaign::finished, this, &DeliveryRunner::onCampaignFinished);
    emit statusLine(resumed ? QStringLiteral("Resuming the campaign in %1…").arg(m_journal->path())
                            : QStringLiteral("Delivering; journal %1").arg(m_journal->path()));
    m_campaign->start();
    emit progressChanged(m_campaign->doneCount(), m_campaign->total());
}

void DeliveryRunner::onCampaignFinished(const Summary& summary)
{
    QString text = QStringLiteral("Sent %1, failed %2, skipped %3 of %4.")
                       .arg(summary.sent)
                       .arg(summary.failed)
                       .arg(summary.skipped)
                       .arg(summary.total);
    if (summary.pending > 0)
        text += QStringLiteral(" %1 not sent yet: press Resume and choose %2 to finish.")
                    .arg(summary.pending)
                    .arg(m_journal ? m_journal->path() : QString());
    if (summary.halted)
        text += QLatin1Char(' ') + summary.haltReason;
    setBusy(false);
    emit finished(text, summary.pending == 0 && summary.failed == 0);
}

void DeliveryRunner::cancel()
{
    m_cancelled = true;
    if (m_campaign && m_campaign->isRunning()) {
        emit statusLine(QStringLiteral("Stopping: requests already sent finish and are recorded…"));
        m_campaign->cancel();
    }
}

// --- usage-limit notices: one AdminService call per recipient, in order

void DeliveryRunner::startUsageLimits(const DeliveryRequest& request)
{
    m_usageRequest = request;
    m_usageModel->removeRows(0, m_usageModel->rowCount());
    m_showUsage = true;
    emit modelChanged();
    emit statusLine(QStringLiteral("Checking the recipients…"));
    m_resolver = std::make_unique<RecipientResolver>(
        m_service.api(), serverNameOf(m_service.userId()), m_admin.adminApiAvailable());
    QPointer<DeliveryRunner> self(this);
    auto resolved = [self, request](ResolvedRecipients recipients) {
        if (self)
            self->onUsageRecipients(request, std::move(recipients));
    };
    if (request.spec.audience == QLatin1String("all-local-users"))
        m_resolver->listLocalUsers(resolved);
    else
        m_resolver->check(request.users, resolved);
}

void DeliveryRunner::onUsageRecipients(const DeliveryRequest& request, ResolvedRecipients resolved)
{
    if (resolved.failure || !resolved.rejected.isEmpty() || resolved.recipients.isEmpty()) {
        setBusy(false);
        emit refused(resolved.failure ? QStringLiteral("The server could not be asked about the recipients: %1")
                                            .arg(resolved.failure->describe())
                : resolved.recipients.isEmpty()
                ? QStringLiteral("No recipients.")
                : QStringLiteral("Some recipients cannot get a notice; nothing was sent.\n%1")
                      .arg(failuresText(resolved.rejected)));
        return;
    }
    m_usageQueue = resolved.recipients;
    m_usageNext = m_usageSent = m_usageFailed = m_usageSkipped = 0;
    for (const QString& user : std::as_const(m_usageQueue))
        m_usageModel->appendRow(
            {new QStandardItem(user), new QStandardItem(QStringLiteral("pending")), new QStandardItem()});
    for (const Failure& skip : std::as_const(resolved.skipped)) {
        setUsageRow(int(m_usageQueue.indexOf(skip.user)), QStringLiteral("skipped"), skip.reason);
        ++m_usageSkipped;
    }
    Q_UNUSED(request);
    sendNextUsageLimit();
}

void DeliveryRunner::setUsageRow(int row, const QString& status, const QString& detail)
{
    if (row < 0 || row >= m_usageModel->rowCount())
        return;
    m_usageModel->item(row, 1)->setText(status);
    m_usageModel->item(row, 2)->setText(detail);
}

void DeliveryRunner::sendNextUsageLimit()
{
    const int total = int(m_usageQueue.size());
    while (m_usageNext < total && m_usageModel->item(m_usageNext, 1)->text() == QLatin1String("skipped"))
        ++m_usageNext;
    emit progressChanged(m_usageSent + m_usageFailed + m_usageSkipped, total);
    if (m_usageNext >= total || m_cancelled) {
        setBusy(false);
        const int pending = total - m_usageSent - m_usageFailed - m_usageSkipped;
        const QString done = m_usageRequest.clearUsageLimit ? QStringLiteral("Usage-limit notice unpinned for")
                                                            : QStringLiteral("Usage-limit notice sent and pinned for");
        QString text = QStringLiteral("%1 %2, failed %3, skipped %4 of %5.")
                           .arg(done)
                           .arg(m_usageSent)
                           .arg(m_usageFailed)
                           .arg(m_usageSkipped)
                           .arg(total);
        if (pending > 0)
            text += QStringLiteral(" Cancelled before %1 recipient(s).").arg(pending);
        emit finished(text, pending == 0 && m_usageFailed == 0);
        return;
    }
    const int row = m_usageNext++;
    const QString user = m_usageQueue.at(row);
    const bool clear = m_usageRequest.clearUsageLimit;
    QPointer<DeliveryRunner> self(this);
    auto recorded = [self, row, clear](ActionResult result) {
        if (!self)
            return;
        if (result.ok()) {
            ++self->m_usageSent;
            // Clearing answers how many pins went; sending, the new event's ID.
            self->setUsageRow(row, clear ? QStringLiteral("cleared") : QStringLiteral("sent"),
                clear ? QStringLiteral("%1 usage-limit notice(s) unpinned").arg(result.value) : result.value);
        } else {
            ++self->m_usageFailed;
            self->setUsageRow(row, QStringLiteral("failed"), result.message);
        }
        self->sendNextUsageLimit();
    };
    if (clear) {
        emit statusLine(QStringLiteral("Unpinning the usage-limit notice for %1…").arg(user));
        m_admin.clearUsageLimit(user, m_usageRequest.limitType, recorded);
    } else {
        emit statusLine(QStringLiteral("Sending the usage-limit notice to %1…").arg(user));
        m_admin.sendUsageLimit(user, m_usageRequest.limitType, m_usageRequest.adminContact, recorded);
    }
}

} // namespace nb
