#include "campaign/campaign_planner.h"

#include <QDateTime>
#include <QSet>
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
    if (m_journal && (m_journal->hasHeader() || request.resumeOnly)) {
        resume(request, done);
        return;
    }
    if (!m_journal) {
        QTimer::singleShot(0, this, [done, error] { done(problem(Problem::Usage, error)); });
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

void CampaignPlanner::resume(const PlanRequest& request, const Done& done)
{
    auto later = [this, done](PlanResult result) {
        QTimer::singleShot(
            0, this, [done, r = std::make_shared<PlanResult>(std::move(result))] { done(std::move(*r)); });
    };
    if (!m_journal->hasHeader()) {
        m_journal.reset();
        later(problem(Problem::Usage, QStringLiteral("%1 is not a campaign journal.").arg(request.journalPath)));
        return;
    }
    const JournalHeader& header = m_journal->header();
    QString why = request.resumeOnly ? QString() : m_journal->mismatch(request.spec, request.sender, request.users);
    // Transaction IDs are deduplicated only for the account that sent them.
    if (why.isEmpty() && header.sender != request.sender)
        why = QStringLiteral("This journal belongs to %1's campaign; log in as %1 to resume it.").arg(header.sender);
    if (why.isEmpty() && m_journal->operation(QStringLiteral("recall")))
        why = QStringLiteral("This campaign was recalled: its notices are withdrawn, and nothing more is delivered.");
    if (!why.isEmpty()) {
        m_journal.reset();
        later(problem(Problem::Usage, why));
        return;
    }
    if (header.spec.audience != QLatin1String("all-local-users") || !request.adminApi) {
        PlanResult result;
        result.journal = std::move(m_journal);
        result.resumed = true;
        later(std::move(result));
        return;
    }
    m_resolver = std::make_unique<RecipientResolver>(m_api, request.localServer, request.adminApi);
    m_resolver->listLocalUsers([this, done](ResolvedRecipients listed) { addNewAccounts(std::move(listed), done); });
}

void CampaignPlanner::addNewAccounts(ResolvedRecipients listed, const Done& done)
{
    if (listed.failure) {
        PlanResult result = problem(Problem::Server,
            QStringLiteral("Could not list the accounts made since the last run: %1").arg(listed.failure->describe()));
        result.failure = listed.failure;
        m_journal.reset();
        done(std::move(result));
        return;
    }
    const QHash<QString, RecipientProgress>& known = m_journal->progress();
    QSet<QString> skipped;
    for (const Failure& skip : listed.skipped)
        skipped.insert(skip.user);
    nlohmann::json added = nlohmann::json::array();
    for (const QString& user : listed.recipients)
        if (!known.contains(user) && !skipped.contains(user))
            added.push_back(user.toStdString());
    // The other way round: a recipient still waiting whose account is no longer listed was
    // deactivated since (red team, issue 8: a resume after a kill still sent to one).
    const QSet<QString> listedNow(listed.recipients.cbegin(), listed.recipients.cend());
    QStringList gone; // collected first: appending changes the progress table
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        const RecipientProgress& p = it.value();
        const bool waiting = p.status == Status::Pending || p.status == Status::Failed;
        if (waiting && !p.createUncertain && !p.sendUncertain && !listedNow.contains(it.key())
            && !skipped.contains(it.key()))
            gone << it.key();
    }
    for (const QString& user : gone) {
        if (!m_journal->append({{"t", "skipped"}, {"user", user.toStdString()},
                {"reason", "the account was deactivated after the campaign started"}})) {
            const QString error = m_journal->lastError();
            m_journal.reset();
            done(problem(Problem::Journal, error));
            return;
        }
    }
    PlanResult result;
    result.resumed = true;
    result.newRecipients = int(added.size());
    // Written before any of them is sent to: a kill now leaves them as pending recipients.
    if (!added.empty()
        && !m_journal->append({{"t", "added"}, {"users", added}, {"ms", QDateTime::currentMSecsSinceEpoch()}})) {
        const QString error = m_journal->lastError();
        m_journal.reset();
        done(problem(Problem::Journal, error));
        return;
    }
    result.journal = std::move(m_journal);
    done(std::move(result));
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
        done(problem(Problem::Journal, error));
        return;
    }
    for (const Failure& skip : resolved.skipped) {
        if (!journal->append(
                {{"t", "skipped"}, {"user", skip.user.toStdString()}, {"reason", skip.reason.toStdString()}})) {
            done(problem(Problem::Journal, journal->lastError()));
            return;
        }
    }
    PlanResult result;
    result.journal = std::move(journal);
    done(std::move(result));
}

} // namespace nb::campaign
