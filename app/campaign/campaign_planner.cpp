#include "campaign/campaign_planner.h"

#include <QDateTime>
#include <QFileInfo>
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
    const QFileInfo file(request.journalPath);
    if (file.exists() && file.size() > 0) {
        QString error;
        auto journal = CampaignJournal::open(request.journalPath, &error);
        PlanResult result;
        if (!journal) {
            result = problem(Problem::Usage, error);
        } else if (!journal->hasHeader()) {
            result = problem(Problem::Usage,
                QStringLiteral("%1 is not a campaign journal; give a new file name.").arg(request.journalPath));
        } else if (const QString why = journal->mismatch(request.spec, request.sender, request.users); !why.isEmpty()) {
            result = problem(Problem::Usage, why);
        } else {
            result.journal = std::move(journal);
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
    QString error;
    auto journal = CampaignJournal::open(request.journalPath, &error);
    if (!journal) {
        done(problem(Problem::Usage, error));
        return;
    }
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
