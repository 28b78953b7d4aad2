// The campaign's pure parts: journal replay (what counts as done, what is uncertain and
// must be checked on the server), torn last lines, campaign identity, the retry policy
// and recipient lists.
#include "campaign/campaign_journal.h"
#include "campaign/recipients.h"
#include "campaign/retry_policy.h"

#include <QTemporaryDir>
#include <QTest>

using namespace nb;
using namespace nb::campaign;
using json = nlohmann::json;

namespace {

JournalHeader header(QStringList recipients)
{
    JournalHeader h;
    h.id = QStringLiteral("c0123");
    h.createdMs = 1000;
    h.sender = QStringLiteral("@admin:hs");
    h.spec.route = Route::Rooms;
    h.spec.text = QStringLiteral("Maintenance on Sunday");
    h.recipients = std::move(recipients);
    return h;
}

RequestFailure refused(int status, const char* errcode, std::optional<qint64> retryAfter = std::nullopt)
{
    RequestFailure failure = RequestFailure::make(RequestFailure::Kind::ServerRefused);
    failure.matrix.httpStatus = status;
    failure.matrix.errcode = QString::fromLatin1(errcode);
    failure.matrix.retryAfterMs = retryAfter;
    return failure;
}

} // namespace

class TestCampaignJournal : public QObject {
    Q_OBJECT

private slots:
    void replayTracksEachStep()
    {
        QHash<QString, RecipientProgress> progress;
        const QString a = QStringLiteral("@a:hs");
        progress.insert(a, {});
        CampaignJournal::apply(progress, {{"t", "creating"}, {"user", "@a:hs"}, {"txn", "T1"}, {"ms", 5}});
        QVERIFY(progress[a].createUncertain);
        QCOMPARE(progress[a].txn, QStringLiteral("T1"));
        QCOMPARE(progress[a].createMs, 5);
        CampaignJournal::apply(progress, {{"t", "room"}, {"user", "@a:hs"}, {"room", "!r:hs"}});
        QVERIFY(!progress[a].createUncertain);
        QCOMPARE(progress[a].room, QStringLiteral("!r:hs"));
        CampaignJournal::apply(progress, {{"t", "sending"}, {"user", "@a:hs"}, {"txn", "T1"}});
        QVERIFY(progress[a].sendUncertain);
        QCOMPARE(progress[a].status, Status::Pending);
        CampaignJournal::apply(progress, {{"t", "sent"}, {"user", "@a:hs"}, {"event", "$e"}});
        QCOMPARE(progress[a].status, Status::Sent);
        QCOMPARE(progress[a].eventId, QStringLiteral("$e"));
        QVERIFY(!progress[a].sendUncertain);
        // Records about users outside the header are ignored.
        CampaignJournal::apply(progress, {{"t", "sent"}, {"user", "@z:hs"}, {"event", "$x"}});
        QVERIFY(!progress.contains(QStringLiteral("@z:hs")));
    }

    void failuresKeepUncertaintyUnlessRefused()
    {
        QHash<QString, RecipientProgress> progress;
        const QString a = QStringLiteral("@a:hs");
        progress.insert(a, {});
        CampaignJournal::apply(progress, {{"t", "sending"}, {"user", "@a:hs"}, {"txn", "T"}});
        CampaignJournal::apply(
            progress, {{"t", "failed"}, {"user", "@a:hs"}, {"reason", "timeout"}, {"uncertain", true}});
        QCOMPARE(progress[a].status, Status::Failed);
        QVERIFY2(progress[a].sendUncertain, "a timed-out send may have happened: check before repeating");
        CampaignJournal::apply(progress, {{"t", "sending"}, {"user", "@a:hs"}, {"txn", "T"}});
        CampaignJournal::apply(progress, {{"t", "failed"}, {"user", "@a:hs"}, {"reason", "403"}, {"uncertain", false}});
        QVERIFY(!progress[a].sendUncertain);
        QCOMPARE(progress[a].txn, QStringLiteral("T")); // the same txn for the next attempt
    }

    void abandonedRoomIsForgotten()
    {
        QHash<QString, RecipientProgress> progress;
        const QString a = QStringLiteral("@a:hs");
        progress.insert(a, {});
        CampaignJournal::apply(progress, {{"t", "creating"}, {"user", "@a:hs"}, {"txn", "T"}, {"ms", 1}});
        CampaignJournal::apply(progress, {{"t", "abandoned"}, {"user", "@a:hs"}, {"room", "!half:hs"}});
        QVERIFY(progress[a].room.isEmpty());
        QVERIFY(progress[a].createUncertain); // another attempt may still have made one
        QCOMPARE(progress[a].abandonedRooms, QStringList {QStringLiteral("!half:hs")});
    }

    void fileRoundTripDropsTornLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.jsonl"));
        const QStringList users = {QStringLiteral("@a:hs"), QStringLiteral("@b:hs")};
        {
            QString error;
            auto journal = CampaignJournal::open(path, &error);
            QVERIFY2(journal, qPrintable(error));
            QVERIFY(!journal->hasHeader());
            QVERIFY(journal->writeHeader(header(users), &error));
            QVERIFY(journal->append({{"t", "sending"}, {"user", "@a:hs"}, {"txn", "T"}}));
            QVERIFY(journal->append({{"t", "sent"}, {"user", "@a:hs"}, {"event", "$1"}}));
        }
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write("{\"t\":\"sending\",\"user\":\"@b:h"); // a write cut short
        }
        QString error;
        auto journal = CampaignJournal::open(path, &error);
        QVERIFY2(journal, qPrintable(error));
        QCOMPARE(journal->header().id, QStringLiteral("c0123"));
        QCOMPARE(journal->header().recipients, users);
        QCOMPARE(journal->header().spec.text, QStringLiteral("Maintenance on Sunday"));
        QCOMPARE(journal->progressOf(QStringLiteral("@a:hs")).status, Status::Sent);
        QVERIFY(!journal->progressOf(QStringLiteral("@b:hs")).sendUncertain);
        QVERIFY(journal->append({{"t", "skipped"}, {"user", "@b:hs"}, {"reason", "x"}}));
        journal.reset(); // one open journal at a time (it is locked)
        auto again = CampaignJournal::open(path, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->progressOf(QStringLiteral("@b:hs")).status, Status::Skipped);
    }

    void refusesAnotherCampaign()
    {
        QTemporaryDir dir;
        QString error;
        auto journal = CampaignJournal::open(dir.filePath(QStringLiteral("j")), &error);
        const QStringList users = {QStringLiteral("@a:hs"), QStringLiteral("@b:hs")};
        QVERIFY(journal->writeHeader(header(users), &error));
        CampaignSpec same = journal->header().spec;
        QVERIFY(journal->mismatch(same, QStringLiteral("@admin:hs"), {users[1], users[0]}).isEmpty());
        CampaignSpec other = same;
        other.text = QStringLiteral("Something else");
        QVERIFY(journal->mismatch(other, QStringLiteral("@admin:hs"), users).contains(QStringLiteral("the text")));
        other = same;
        other.route = Route::ServerNotices;
        QVERIFY(journal->mismatch(other, QStringLiteral("@admin:hs"), users).contains(QStringLiteral("route")));
        QVERIFY(
            journal->mismatch(same, QStringLiteral("@admin:hs"), {users[0]}).contains(QStringLiteral("recipients")));
        QVERIFY(journal->mismatch(same, QStringLiteral("@other:hs"), users).contains(QStringLiteral("sender")));
    }

    void notAJournal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("shopping list\n");
        file.close();
        QString error;
        QVERIFY(!CampaignJournal::open(path, &error));
        QVERIFY(error.contains(QStringLiteral("not a Noticeboard campaign journal")));
    }

    void retryPolicy()
    {
        const RetryPolicy policy;
        RetryDecision limited = policy.classify(refused(429, "M_LIMIT_EXCEEDED", 1500));
        QCOMPARE(limited.kind, RetryDecision::Kind::RateLimited);
        QCOMPARE(limited.waitMs, 1500);
        QCOMPARE(policy.classify(refused(429, "M_LIMIT_EXCEEDED")).waitMs, policy.defaultRateLimitMs);
        QCOMPARE(policy.classify(refused(429, "M_LIMIT_EXCEEDED", 10'000'000)).waitMs, policy.maxRateLimitMs);
        const RetryDecision gateway = policy.classify(refused(502, ""));
        QCOMPARE(gateway.kind, RetryDecision::Kind::Transient);
        QVERIFY(gateway.unreachable);
        QCOMPARE(policy.classify(refused(500, "M_UNKNOWN")).kind, RetryDecision::Kind::Transient);
        QCOMPARE(
            policy.classify(RequestFailure::make(RequestFailure::Kind::Timeout)).kind, RetryDecision::Kind::Transient);
        QCOMPARE(policy.classify(RequestFailure::make(RequestFailure::Kind::Unreachable)).kind,
            RetryDecision::Kind::Transient);
        QCOMPARE(policy.classify(refused(403, "M_FORBIDDEN")).kind, RetryDecision::Kind::Permanent);
        QCOMPARE(policy.classify(refused(404, "M_NOT_FOUND")).kind, RetryDecision::Kind::Permanent);
        QCOMPARE(policy.classify(RequestFailure::make(RequestFailure::Kind::Tls)).kind, RetryDecision::Kind::Permanent);
        QCOMPARE(policy.backoffMs(1), 500);
        QCOMPARE(policy.backoffMs(2), 1000);
        QCOMPARE(policy.backoffMs(30), policy.maxBackoffMs);
    }

    void recipientFiles()
    {
        const RecipientList list = parseRecipientFile("# staff\n@a:hs\n\n  @b:hs  \r\n@a:hs\nbob\n# end\n");
        QCOMPARE(list.users, (QStringList {QStringLiteral("@a:hs"), QStringLiteral("@b:hs")}));
        QCOMPARE(list.duplicates, QStringList {QStringLiteral("@a:hs")});
        QCOMPARE(list.invalid.size(), 1);
        QVERIFY2(list.invalid[0].reason.startsWith(QStringLiteral("line 6:")), qPrintable(list.invalid[0].reason));
    }

    void everyoneMeansOrdinaryUsers()
    {
        AdminUserPage page;
        auto user = [](const char* name, bool deactivated, bool guest, const char* type) {
            AdminUser u;
            u.name = QString::fromLatin1(name);
            u.deactivated = deactivated;
            u.isGuest = guest;
            u.userType = QString::fromLatin1(type);
            return u;
        };
        page.users = {user("@a:hs", false, false, ""), user("@gone:hs", true, false, ""),
            user("@guest:hs", false, true, ""), user("@bot:hs", false, false, "bot"),
            user("@support:hs", false, false, "support")};
        QCOMPARE(ordinaryUsers(page), QStringList {QStringLiteral("@a:hs")});
    }
};

QTEST_GUILESS_MAIN(TestCampaignJournal)
#include "test_campaign_journal.moc"
