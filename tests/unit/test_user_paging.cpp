// GET /_synapse/admin/v2/users is read to its last page however many accounts there are,
// and a server whose pages never end stops the listing with a clear error instead of
// hanging. Against a scripted server (tests/bench/scripted_homeserver.h, a MOCK): a real
// Synapse in the harness cannot hold 100,000 accounts on demand, nor page wrongly.
#include "campaign/recipients.h"
#include "client/http_transport.h"
#include "scripted_homeserver.h"

#include <QSet>
#include <QTest>

using namespace nb;
using namespace nb::campaign;
using Paging = nb::bench::ScriptedHomeserver::Paging;

Q_DECLARE_METATYPE(Paging)

class TestUserPaging : public QObject {
    Q_OBJECT

    static std::optional<ResolvedRecipients> resolve(
        bench::ScriptedHomeserver& server, const std::function<void(RecipientResolver&, RecipientResolver::Done)>& call)
    {
        HttpTransport transport;
        MatrixApi api(transport);
        api.setHomeserver(server.url());
        api.setAccessToken(QStringLiteral("token"));
        RecipientResolver resolver(api, server.serverName(), true);
        std::optional<ResolvedRecipients> result;
        call(resolver, [&](ResolvedRecipients resolved) { result = std::move(resolved); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000))
            return std::nullopt; // still reading pages: the listing would never end
        return result;
    }

private slots:
    void everyLocalUserIsListed_data()
    {
        QTest::addColumn<int>("accounts");
        QTest::addColumn<Paging>("paging");
        QTest::addColumn<int>("listed"); // -1: the listing must fail
        QTest::addColumn<int>("maxRequests");
        QTest::newRow("100,000 accounts across 200 pages") << 100000 << Paging::Offsets << 100000 << 200;
        QTest::newRow("one account") << 1 << Paging::Offsets << 1 << 1;
        QTest::newRow("exactly one full page") << 500 << Paging::Offsets << 500 << 1;
        QTest::newRow("one more than a page") << 501 << Paging::Offsets << 501 << 2;
        QTest::newRow("the same next_token again") << 100000 << Paging::RepeatToken << -1 << 3;
        QTest::newRow("empty pages that never end") << 1000 << Paging::EndlessEmpty << -1 << 10;
    }

    void everyLocalUserIsListed()
    {
        QFETCH(int, accounts);
        QFETCH(Paging, paging);
        QFETCH(int, listed);
        QFETCH(int, maxRequests);
        bench::ScriptedHomeserver server(accounts, paging);
        const auto result = resolve(server, [](RecipientResolver& r, auto done) { r.listLocalUsers(done); });
        QVERIFY2(result.has_value(), "the listing did not end");
        QVERIFY(server.userListRequests() <= maxRequests);
        if (listed < 0) {
            QVERIFY(result->failure.has_value());
            const QString why = result->failure->describe();
            QVERIFY2(why.contains(QStringLiteral("list of users does not end")), qPrintable(why));
            return;
        }
        QVERIFY2(!result->failure, qPrintable(result->failure ? result->failure->describe() : QString()));
        QCOMPARE(result->recipients.size(), listed);
        QCOMPARE(QSet<QString>(result->recipients.cbegin(), result->recipients.cend()).size(), listed);
        QCOMPARE(result->recipients.first(), bench::ScriptedHomeserver::userName(1));
        QCOMPARE(result->recipients.last(), bench::ScriptedHomeserver::userName(accounts));
    }

    // Named recipients are checked against the same list; when it never ends the check
    // asks about each user instead (still correct), and does not hang.
    void namedUsersAreChecked_data()
    {
        QTest::addColumn<int>("accounts");
        QTest::addColumn<int>("named");
        QTest::addColumn<Paging>("paging");
        QTest::newRow("100,000 named, list read to its end") << 100000 << 100000 << Paging::Offsets;
        QTest::newRow("the same next_token again") << 1000 << 200 << Paging::RepeatToken;
        QTest::newRow("empty pages that never end") << 1000 << 200 << Paging::EndlessEmpty;
    }

    void namedUsersAreChecked()
    {
        QFETCH(int, accounts);
        QFETCH(int, named);
        QFETCH(Paging, paging);
        bench::ScriptedHomeserver server(accounts, paging);
        QStringList users;
        for (int i = 1; i <= named; ++i)
            users << bench::ScriptedHomeserver::userName(i);
        users << QStringLiteral("@nobody:bench");
        const auto result = resolve(server, [&](RecipientResolver& r, auto done) { r.check(users, done); });
        QVERIFY2(result.has_value(), "the check did not end");
        QVERIFY(!result->failure);
        QCOMPARE(result->recipients.size(), named + 1);
        QCOMPARE(result->rejected.size(), 1);
        QCOMPARE(result->rejected.first().user, QStringLiteral("@nobody:bench"));
        QVERIFY(server.userListRequests() <= accounts / 500 + 3);
    }
};

QTEST_GUILESS_MAIN(TestUserPaging)
#include "test_user_paging.moc"
