#include "campaign/recipients.h"

#include "campaign/guarded.h"
#include "campaign/retry_policy.h"
#include "matrix/json_access.h"
#include "matrix/user_id.h"

#include <QSet>
#include <QTimer>

namespace nb::campaign {

using json = nlohmann::json;

namespace {

void addUser(RecipientList& list, QSet<QString>& seen, const QString& raw, const QString& where)
{
    const QString user = raw.trimmed();
    if (user.isEmpty())
        return;
    if (!isValidUserId(user)) {
        list.invalid.append({user,
            QStringLiteral("%1\u201c%2\u201d is not a Matrix user ID (like @alice:example.org)").arg(where, user)});
        return;
    }
    if (seen.contains(user)) {
        if (!list.duplicates.contains(user))
            list.duplicates << user;
        return;
    }
    seen.insert(user);
    list.users << user;
}

constexpr int maxCheckAttempts = 4;

} // namespace

RecipientList parseRecipientFile(const QByteArray& content)
{
    RecipientList list;
    QSet<QString> seen;
    const QList<QByteArray> lines = content.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        addUser(list, seen, line, QStringLiteral("line %1: ").arg(i + 1));
    }
    return list;
}

RecipientList normalizeRecipients(const QStringList& users)
{
    RecipientList list;
    QSet<QString> seen;
    for (const QString& user : users)
        addUser(list, seen, user, QString());
    return list;
}

QStringList ordinaryUsers(const AdminUserPage& page)
{
    QStringList users;
    for (const AdminUser& user : page.users)
        if (!user.deactivated && !user.isGuest && user.userType.isEmpty())
            users << user.name;
    return users;
}

RecipientResolver::RecipientResolver(
    MatrixApi& api, QString localServer, bool useAdminApi, int concurrency, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_localServer(std::move(localServer))
    , m_useAdminApi(useAdminApi)
    , m_concurrency(qMax(1, concurrency))
{
}

void RecipientResolver::check(const QStringList& users, Done done)
{
    m_result = {};
    m_done = std::move(done);
    m_queue.clear();
    for (const QString& user : users) {
        m_result.recipients << user;
        if (!isValidUserId(user))
            m_result.rejected.append({user, QStringLiteral("not a Matrix user ID")});
        else if (serverNameOf(user) != m_localServer)
            m_result.rejected.append({user,
                QStringLiteral("a user of %1, not of this server (%2); notices go to local users only")
                    .arg(serverNameOf(user), m_localServer)});
        else
            m_queue << user;
    }
    if (m_queue.isEmpty()) {
        QTimer::singleShot(0, this, [this] { m_done(m_result); });
        return;
    }
    if (m_useAdminApi && m_queue.size() >= bulkCheckMinimum) {
        startPaging();
        listForCheck(QString());
        return;
    }
    checkNext();
}

void RecipientResolver::listForCheck(const QString& from)
{
    m_api.listUsers(from, 500, guarded(this, [this, from](Result<AdminUserPage> page) {
        const bool tooMany = page.ok() && page.value->total && *page.value->total > bulkCheckRatio * m_queue.size();
        // A list that never ends is no use for the check; asking about each user still is.
        if (!page.ok() || tooMany || endlessList(from, *page.value)) {
            checkNext(); // one request per user after all
            return;
        }
        if (!page.value->nextToken.isEmpty()) {
            listForCheck(page.value->nextToken);
            return;
        }
        // Listed users exist and are active (the list leaves deactivated ones out); the
        // others are asked about one by one, to tell "deactivated" from "unknown".
        QStringList unlisted;
        for (const QString& user : std::as_const(m_queue))
            if (!m_listed.contains(user))
                unlisted << user;
        m_queue = unlisted;
        if (m_queue.isEmpty()) {
            m_done(m_result);
            return;
        }
        checkNext();
    }));
}

void RecipientResolver::checkNext()
{
    while (m_running < m_concurrency && !m_queue.isEmpty() && !m_result.failure) {
        ++m_running;
        checkOne(m_queue.takeFirst(), 1);
    }
}

void RecipientResolver::checkOne(const QString& user, int attempt)
{
    const QByteArray path = m_useAdminApi ? "/_synapse/admin/v2/users/" + MatrixApi::pathSegment(user)
                                          : "/_matrix/client/v3/profile/" + MatrixApi::pathSegment(user);
    m_api.call("GET", path, {}, {}, true, guarded(this, [this, user, attempt](Result<json> answer, const QUrl&) {
        if (answer.ok()) {
            if (m_useAdminApi && json_access::boolean(*answer.value, "deactivated").value_or(false))
                m_result.skipped.append({user, QStringLiteral("the account is deactivated")});
            finishOne();
            return;
        }
        const RequestFailure& failure = answer.failure;
        if (failure.kind == RequestFailure::Kind::ServerRefused && failure.matrix.httpStatus == 404) {
            m_result.rejected.append({user, QStringLiteral("no such user on this server")});
            finishOne();
            return;
        }
        if (!m_useAdminApi && failure.kind == RequestFailure::Kind::ServerRefused && failure.matrix.httpStatus == 403) {
            finishOne(); // the server hides profiles; the send itself will tell
            return;
        }
        const RetryDecision decision = RetryPolicy {}.classify(failure);
        if (decision.kind != RetryDecision::Kind::Permanent && attempt < maxCheckAttempts) {
            const qint64 wait =
                decision.kind == RetryDecision::Kind::RateLimited ? decision.waitMs : RetryPolicy {}.backoffMs(attempt);
            QTimer::singleShot(wait, this, [this, user, attempt] { checkOne(user, attempt + 1); });
            return;
        }
        if (!m_result.failure)
            m_result.failure = failure;
        finishOne();
    }));
}

void RecipientResolver::finishOne()
{
    --m_running;
    checkNext();
    if (m_running == 0 && (m_queue.isEmpty() || m_result.failure))
        m_done(m_result);
}

void RecipientResolver::listLocalUsers(Done done)
{
    m_result = {};
    m_done = std::move(done);
    startPaging();
    nextPage(QString());
}

void RecipientResolver::nextPage(const QString& from)
{
    m_api.listUsers(from, 500, guarded(this, [this, from](Result<AdminUserPage> page) {
        if (!page.ok()) {
            m_result.failure = page.failure;
            m_done(m_result);
            return;
        }
        m_result.recipients << ordinaryUsers(*page.value);
        if (auto endless = endlessList(from, *page.value)) {
            m_result.failure = endless;
            m_done(m_result);
            return;
        }
        if (page.value->nextToken.isEmpty()) {
            m_result.recipients.removeDuplicates();
            m_done(m_result);
            return;
        }
        nextPage(page.value->nextToken);
    }));
}

void RecipientResolver::startPaging()
{
    m_listed.clear();
    m_pageTokens.clear();
    m_barrenPages = 0;
}

// Synapse pages its user list by offset and gives no next_token on the last page, so the
// reading ends however many accounts there are. A server that keeps giving tokens would
// keep it going for ever; these are the signs that it does.
std::optional<RequestFailure> RecipientResolver::endlessList(const QString& from, const AdminUserPage& page)
{
    const qsizetype before = m_listed.size();
    for (const AdminUser& user : page.users)
        m_listed.insert(user.name);
    const QString& next = page.nextToken;
    if (next.isEmpty())
        return std::nullopt;
    m_barrenPages = m_listed.size() > before ? 0 : m_barrenPages + 1;
    QString why;
    if (next == from || m_pageTokens.contains(next))
        why = QStringLiteral("its list of users does not end: it gave the page token \u201c%1\u201d again")
                  .arg(next.left(40));
    else if (m_barrenPages >= maxBarrenPages)
        why = QStringLiteral("its list of users does not end: %1 pages in a row listed nobody new").arg(m_barrenPages);
    else if (m_listed.size() > maxListedUsers)
        why = QStringLiteral("its list of users does not end: more than %L1 accounts").arg(maxListedUsers);
    m_pageTokens.insert(next);
    if (why.isEmpty())
        return std::nullopt;
    return RequestFailure::make(RequestFailure::Kind::BadResponse, why, m_api.homeserver());
}

} // namespace nb::campaign
