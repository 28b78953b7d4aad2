#include "campaign/campaign_planner.h"

#include <QDateTime>
#include <QTimer>

namespace nb::campaign {

namespace {

using Problem = PlanResult::Problem;

PlanResult problem(Problem kind, QString message)
{
    PlanResult result;
    result.problem = kind;
    result.message = std::move(message);
    return result;
}

} // namespace

CampaignPlanner::CampaignPlanner(MatrixApi& api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{
}

void CampaignPlanner::plan(PlanRequest request, Done done)
{
    const bool everyone = request.spec.audience == QLatin1String("all-local-users");
    // The journal is opened first: a name that is not a journal is refused before the
    // server is asked anything, and is left as it was (CampaignJournal::open).
    QString error;
    m_journal = CampaignJournal::open(request.journalPath, &error);
    if (!m_journal || m_journal->hasHeader()) {
        PlanResult result;
        if (!m_journal) {
            result = problem(Problem::Usage, error);
        } else if (const QString why = m_journal->mismatch(request.spec, request.sender, request.users);
                   !why.isEmpty()) {
            result = problem(Problem::Usage, why);
            m_journal.reset();
        } else {
            result.journal = std::move(m_journal);
            result.resumed = true;
        }
        QTimer::singleShot(
            0, this, [done, r = std::make_shared<PlanResult>(std::move(result))] { done(std::move(*r)); });
        return;
    }
    if (everyone && !request.adminApi) {
        QTimer::singleShot(0, this, [done] {
            done(problem(Problem::Usage,
                QStringLiteral(
                    "Listing all local users needs the Synapse admin API, which this server does not offer.")));
        });
        return;
    }
    if (!everyone && request.users.isEmpty()) {
        QTimer::singleShot(
            0, this, [done] { done(problem(Problem::Usage, QStringLiteral("No recipients were given."))); });
        return;
    }
    m_resolver = std::make_unique<RecipientResolver>(m_api, request.localServer, request.adminApi);
    auto resolved = [this, request, done](
                        ResolvedRecipients recipients) { startJournal(request, std::move(recipients), done); };
    if (everyone)
        m_resolver->listLocalUsers(resolved);
    else
        m_resolver->check(request.users, resolved);
}

void CampaignPlanner::startJournal(const PlanRequest& request, ResolvedRecipients resolved, const Done& done)
{
    if (resolved.failure) {
        PlanResult result = problem(
            Problem::Server, QStringLiteral("Could not check the recipients: %1").arg(resolved.failure->describe()));
        result.failure = resolved.failure;
        done(std::move(result));
        return;
    }
    if (!resolved.rejected.isEmpty()) {
        PlanResult result = problem(Problem::Usage,
            QStringLiteral("%1 of the recipients cannot get a notice from this server; nothing was sent.")
                .arg(resolved.rejected.size()));
        result.rejected = resolved.rejected;
        done(std::move(result));
        return;
    }
    if (resolved.recipients.isEmpty()) {
        done(problem(
            Problem::Usage, QStringLiteral("There is nobody to send to: the server lists no ordinary local users.")));
        return;
    }
    std::unique_ptr<CampaignJournal> journal = std::move(m_journal);
    QString error;
    JournalHeader header;
    header.id = newCampaignId();
    header.createdMs = QDateTime::currentMSecsSinceEpoch();
    header.sender = request.sender;
    header.spec = request.spec;
    header.recipients = resolved.recipients;
    if (!journal->writeHeader(header, &error)) {
        done(problem(Problem::Usage, error));
        return;
    }
    for (const Failure& skip : resolved.skipped) {
        if (!journal->append(
                {{"t", "skipped"}, {"user", skip.user.toStdString()}, {"reason", skip.reason.toStdString()}})) {
            done(problem(Problem::Usage, journal->lastError()));
            return;
        }
    }
    PlanResult result;
    result.journal = std::move(journal);
    done(std::move(result));
}

} // namespace nb::campaign
