// Hostile or broken server replies reach the service through a MOCK homeserver (a
// real Synapse cannot be made to misbehave on demand). Nothing crashes, the user gets
// a clear message, and what was already in the inbox stays.
#include "fake_homeserver.h"
#include "service/notice_service.h"
#include "service/wait_for_action.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;
using namespace nb::testing;

namespace {
const QByteArray versions = R"({"versions":["v1.12"],"unstable_features":{}})";
const QByteArray loginOk = R"({"user_id":"@alice:fake","access_token":"tok","device_id":"D"})";
const QByteArray goodSync =
    R"({"next_batch":"s1","rooms":{"join":{"!n:fake":{"account_data":{"events":[{"type":"m.tag","content":{"tags":{"m.server_notice":{}}}}]},"timeline":{"events":[{"type":"m.room.message","event_id":"$1","sender":"@notices:fake","origin_server_ts":1,"content":{"msgtype":"m.text","body":"kept"}}]}}}}})";
} // namespace

class TestHostileServer : public QObject {
    Q_OBJECT

    static ActionResult await(const std::function<void(NoticeService::Done)>& start) { return waitForAction(start); }

    // Logs in against a fake server whose /sync answers good data once, then `hostile`.
    struct Setup {
        std::unique_ptr<FakeHomeserver> server;
        QTemporaryDir profile;
        std::unique_ptr<NoticeService> service;
        int syncs = 0;
    };
    std::unique_ptr<Setup> setUp(std::function<bool(QTcpSocket*)> hostile)
    {
        auto setup = std::make_unique<Setup>();
        Setup* raw = setup.get();
        setup->server = std::make_unique<FakeHomeserver>([raw, hostile](const QByteArray& path, QTcpSocket* socket) {
            if (path.endsWith("/versions"))
                FakeHomeserver::reply(socket, 200, versions);
            else if (path.endsWith("/login"))
                FakeHomeserver::reply(socket, 200, loginOk);
            else if (path.endsWith("/sync"))
                return raw->syncs++ == 0 ? (FakeHomeserver::reply(socket, 200, goodSync), true) : hostile(socket);
            else
                FakeHomeserver::reply(socket, 404, R"({"errcode":"M_NOT_FOUND","error":"no"})");
            return true;
        });
        ServiceOptions options;
        options.profileDir = setup->profile.path();
        setup->service = std::make_unique<NoticeService>(options);
        const auto login = await([&](auto done) {
            setup->service->login(QStringLiteral("alice"), setup->server->url().toString(), QStringLiteral("pw"), done);
        });
        if (!login.ok())
            qWarning("login failed: %s", qPrintable(login.message));
        const auto first = await([&](auto done) { setup->service->syncOnce(done); });
        if (!first.ok())
            qWarning("first sync failed: %s", qPrintable(first.message));
        return setup;
    }

    static int notices(const NoticeService& service)
    {
        int count = 0;
        for (const auto& room : service.store().noticeRooms())
            count += int(room.notices.size());
        return count;
    }

private slots:
    void initTestCase() { qputenv("NOTICEBOARD_TOKEN_STORE", "file"); }

    void oversizedSyncIsRefused()
    {
        auto setup = setUp([](QTcpSocket* socket) {
            // Claims 64 MiB; the client must stop reading at its limit.
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 67108864\r\n\r\n");
            socket->write(QByteArray(1 << 20, ' '));
            return true;
        });
        QCOMPARE(notices(*setup->service), 1);
        const auto result = await([&](auto done) { setup->service->syncOnce(done); });
        QVERIFY(!result.ok());
        QVERIFY2(result.message.contains(QStringLiteral("too large"), Qt::CaseInsensitive), qPrintable(result.message));
        QCOMPARE(notices(*setup->service), 1);
    }

    void deeplyNestedSyncIsRefused()
    {
        auto setup = setUp([](QTcpSocket* socket) {
            FakeHomeserver::reply(socket, 200, "{\"rooms\":" + QByteArray(200000, '[') + QByteArray(200000, ']') + "}");
            return true;
        });
        const auto result = await([&](auto done) { setup->service->syncOnce(done); });
        QVERIFY(!result.ok());
        QVERIFY2(!result.message.isEmpty(), "a failure must say what happened");
        QCOMPARE(notices(*setup->service), 1);
    }

    void wronglyTypedSyncIsSkippedNotFatal()
    {
        auto setup = setUp([](QTcpSocket* socket) {
            FakeHomeserver::reply(socket, 200,
                R"({"next_batch":"s2","rooms":{"join":{"!n:fake":{"timeline":{"events":[7,{"type":[]},{"type":"m.room.message","event_id":"$2","sender":"@notices:fake","origin_server_ts":2,"content":{"msgtype":"m.text","body":"second"}}]},"state":"x"}}}})");
            return true;
        });
        const auto result = await([&](auto done) { setup->service->syncOnce(done); });
        QVERIFY(result.ok());
        QCOMPARE(notices(*setup->service), 2);
        QCOMPARE(setup->service->store().nextBatch(), QStringLiteral("s2"));
    }

    void notJsonAtAll()
    {
        auto setup = setUp([](QTcpSocket* socket) {
            FakeHomeserver::reply(socket, 200, "<html>502 Bad Gateway</html>");
            return true;
        });
        const auto result = await([&](auto done) { setup->service->syncOnce(done); });
        QVERIFY(!result.ok());
        QCOMPARE(result.exitCode(), 4);
        QCOMPARE(notices(*setup->service), 1);
    }

    void connectionDroppedMidReplyMeansReconnecting()
    {
        auto setup = setUp([](QTcpSocket* socket) {
            socket->write(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"next_batch\":\"s");
            socket->flush();
            socket->abort();
            return false;
        });
        QSignalSpy states(setup->service.get(), &NoticeService::connectionStateChanged);
        setup->service->startSync();
        QTRY_COMPARE_WITH_TIMEOUT(setup->service->connectionState(), ConnectionState::Reconnecting, 20000);
        QVERIFY(states.last().at(1).toString().contains(QStringLiteral("Retrying")));
        setup->service->stopSync();
        QCOMPARE(notices(*setup->service), 1);
        QCOMPARE(setup->service->store().nextBatch(), QStringLiteral("s1"));
    }
};

QTEST_GUILESS_MAIN(TestHostileServer)
#include "test_hostile_server.moc"
