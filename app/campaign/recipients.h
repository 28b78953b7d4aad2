#pragma once
// Who a campaign goes to: a list or a file of Matrix IDs, or every local user (Synapse
// admin API). Before anything is sent each named user is checked: remote users and
// users the server does not know are rejected (the caller reports them all and sends
// nothing), deactivated ones are skipped.
#include "campaign/campaign_types.h"
#include "client/matrix_api.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <functional>
#include <optional>

namespace nb::campaign {

struct RecipientList {
    QStringList users; // trimmed, first occurrence kept, in the given order
    QStringList duplicates; // named more than once (they still get one notice)
    QList<Failure> invalid; // not a Matrix ID ("line 3: ..." for files)
};

// One Matrix ID a line; blank lines and lines starting with '#' are ignored.
RecipientList parseRecipientFile(const QByteArray& content);
RecipientList normalizeRecipients(const QStringList& users);

// From a page of GET /_synapse/admin/v2/users: the users a notice to "everyone" is for
// (not deactivated, not guests, no user_type: bots and support/system accounts are not).
QStringList ordinaryUsers(const AdminUserPage& page);

struct ResolvedRecipients {
    QStringList recipients; // the campaign's list: accepted and skipped users
    QList<Failure> rejected; // remote, unknown, not a user ID: nothing may be sent
    QList<Failure> skipped; // in the list but not to be sent to (deactivated)
    std::optional<RequestFailure> failure; // the server could not be asked
};

class RecipientResolver : public QObject {
    Q_OBJECT
public:
    // `useAdminApi`: ask GET /_synapse/admin/v2/users/{id}; otherwise GET /profile/{id}
    // (servers without the Synapse admin API; a 404 there also means "no such user").
    RecipientResolver(
        MatrixApi& api, QString localServer, bool useAdminApi, int concurrency = 8, QObject* parent = nullptr);

    using Done = std::function<void(ResolvedRecipients)>;
    // Long lists on the admin API are checked against the server's user list (a request
    // per 500 users) when that list is not much longer; the rest one request each.
    void check(const QStringList& users, Done done);
    // Every ordinary local user, page by page (needs the admin API).
    void listLocalUsers(Done done);

private:
    void checkNext();
    void checkOne(const QString& user, int attempt);
    void finishOne();
    void nextPage(const QString& from);
    void listForCheck(const QString& from);
    // Starts reading the user list afresh / says why `page` (asked with `from`) shows a
    // list that never ends: a token given again, or page after page bringing nobody new.
    void startPaging();
    std::optional<RequestFailure> endlessList(const QString& from, const AdminUserPage& page);

    // Bulk check: the list is read only when the server has at most this many users per
    // named recipient; otherwise individual requests are cheaper.
    static constexpr int bulkCheckMinimum = 50;
    static constexpr qint64 bulkCheckRatio = 10;
    // Pages in a row that bring no user not listed before, while the server still gives a
    // next_token (Synapse never does: its pages end with the list).
    static constexpr int maxBarrenPages = 3;
    // More accounts than any server a campaign is for; a list this long is a server
    // inventing names (this many already take about a gigabyte here).
    static constexpr qsizetype maxListedUsers = 5'000'000;

    MatrixApi& m_api;
    QString m_localServer;
    bool m_useAdminApi;
    int m_concurrency;
    QStringList m_queue;
    QSet<QString> m_listed; // every user the server listed in this reading of the list
    QSet<QString> m_pageTokens; // next_tokens given so far in this reading
    int m_barrenPages = 0;
    int m_running = 0;
    ResolvedRecipients m_result;
    Done m_done;
};

} // namespace nb::campaign
