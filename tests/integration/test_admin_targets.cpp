// Admin verbs look at what they act on (issue 7), against a real Synapse, which accepts
// each of these and would let noticectl report it as done: a pin of an event that is
// not in the room, a notice room for a user who does not exist, a notice into a room
// whose recipient declined or left. Each is refused (exit 2 or 3, with the reason) and
// the server is left as it was. Control rows show the same verbs still work.
#include "admin_cli_fixture.h"

using namespace nb;
using namespace nb::testing;
using json = nlohmann::json;

class TestAdminTargets : public QObject {
    Q_OBJECT
    AdminCliFixture fx;
    std::unique_ptr<ApiSession> admin;

    QString registerUser(const QString& name, std::unique_ptr<ApiSession>* session = nullptr)
    {
        const auto account = fx.synapse->registerUser(name, name + QStringLiteral("-pw"));
        if (session)
            *session = std::make_unique<ApiSession>(fx.synapse->baseUrl(), account.accessToken, fx.synapse->caFile());
        return account.userId;
    }

    // Set-up through the API (quicker than noticectl; the verbs under test are run with it).
    QString noticeRoomFor(const QString& user)
    {
        return admin->createRoom(noticeRoomBody(fx.synapse->adminUserId(), user, false, "deny"));
    }

    int joinedRooms()
    {
        auto answer = admin->wait<json>([&](auto cb) {
            admin->api().call(
                "GET", "/_matrix/client/v3/joined_rooms", {}, {}, true, [cb](Result<json> r, const QUrl&) { cb(r); });
        });
        return answer.ok() ? int((*answer.value)["joined_rooms"].size()) : -1;
    }

    json pins(const QString& room)
    {
        auto state = admin->wait<json>(
            [&](auto cb) { admin->api().stateEvent(room, QStringLiteral("m.room.pinned_events"), QString(), cb); });
        return state.ok() ? (*state.value).value("pinned", json::array()) : json::array();
    }

    int messagesIn(const QString& room, const QString& body)
    {
        auto page = admin->wait<json>([&](auto cb) {
            admin->api().call("GET", "/_matrix/client/v3/rooms/" + MatrixApi::pathSegment(room) + "/messages",
                {{"dir", QStringLiteral("b")}, {"limit", QStringLiteral("100")}}, {}, true,
                [cb](Result<json> r, const QUrl&) { cb(r); });
        });
        int count = 0;
        if (page.ok())
            for (const auto& event : (*page.value)["chunk"])
                count += event.value("content", json::object()).value("body", std::string()) == body.toStdString();
        return count;
    }

private slots:
    void initTestCase()
    {
        // A notice room per data row, made by the admin in quick succession: beyond stock
        // rc_room_creation (10, then 1 per 62 s) and rc_message (10, then 1 per 5 s).
        fx.relaxRateLimitsBecause = QStringLiteral("the admin creates a notice room per data row back to back: beyond "
                                                   "stock rc_room_creation (10, then 1 per 62 s) and rc_message");
        QString error;
        QVERIFY2(fx.start(&error), qPrintable(error));
        admin = std::make_unique<ApiSession>(fx.synapse->baseUrl(), fx.synapse->adminToken(), fx.synapse->caFile());
    }

    void pinChecksTheEvent_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("made-up event ID") << QStringLiteral("made-up") << 2;
        QTest::newRow("event of another room") << QStringLiteral("other-room") << 2;
        QTest::newRow("event of this room (control)") << QStringLiteral("this-room") << 0;
    }

    void pinChecksTheEvent()
    {
        QFETCH(QString, which);
        QFETCH(int, exitCode);
        static int n = 0;
        const QString user = registerUser(QStringLiteral("pin%1").arg(++n));
        const QString room = noticeRoomFor(user);
        const QString other = noticeRoomFor(user);
        QVERIFY(!room.isEmpty() && !other.isEmpty());
        QString event = QStringLiteral("$madeUpEventIdThatIsNowhere");
        if (which == QLatin1String("other-room"))
            event = admin->send(other, {{"msgtype", "m.text"}, {"body", "elsewhere"}});
        else if (which == QLatin1String("this-room"))
            event = admin->send(room, {{"msgtype", "m.text"}, {"body", "here"}});
        QVERIFY(!event.isEmpty());

        const CliRun run = fx.admin({QStringLiteral("pin"), room, event});
        QCOMPARE(run.exitCode, exitCode);
        if (exitCode == 0) {
            QCOMPARE(pins(room), json::array({event.toStdString()}));
            return;
        }
        QVERIFY2(run.text().contains(QStringLiteral("There is no event")), run.err.constData());
        QCOMPARE(pins(room), json::array()); // nothing pinned
    }

    void roomCreateChecksTheInvitee_data()
    {
        QTest::addColumn<QString>("invitee"); // USER: a registered user
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no such local user")
            << QStringLiteral("@nobody-here:SERVER") << 2 << QStringLiteral("There is no user");
        QTest::newRow("misspelt local user")
            << QStringLiteral("@alcie:SERVER") << 2 << QStringLiteral("There is no user");
        QTest::newRow("user of another server")
            << QStringLiteral("@alice:elsewhere.example") << 2 << QStringLiteral("another server");
        QTest::newRow("registered user (control)") << QStringLiteral("USER") << 0 << QString();
    }

    void roomCreateChecksTheInvitee()
    {
        QFETCH(QString, invitee);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        static int n = 0;
        const QString user = registerUser(QStringLiteral("invitee%1").arg(++n));
        invitee.replace(QStringLiteral("SERVER"), fx.synapse->serverName());
        if (invitee == QLatin1String("USER"))
            invitee = user;
        const int before = joinedRooms();
        const CliRun run = fx.admin({QStringLiteral("room"), QStringLiteral("create"), QStringLiteral("--preset"),
            QStringLiteral("notice"), QStringLiteral("--invite"), invitee});
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.text().contains(expected), run.err.constData());
        QCOMPARE(joinedRooms(), before + (exitCode == 0 ? 1 : 0)); // no room made for nobody
    }

    void sendChecksSomeoneReads_data()
    {
        QTest::addColumn<QString>("recipientDid");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("declined the invitation") << QStringLiteral("decline") << 3;
        QTest::newRow("joined, then left") << QStringLiteral("join-leave") << 3;
        QTest::newRow("still invited (control)") << QStringLiteral("nothing") << 0;
        QTest::newRow("joined (control)") << QStringLiteral("join") << 0;
    }

    void sendChecksSomeoneReads()
    {
        QFETCH(QString, recipientDid);
        QFETCH(int, exitCode);
        static int n = 0;
        std::unique_ptr<ApiSession> recipient;
        const QString user = registerUser(QStringLiteral("reader%1").arg(++n), &recipient);
        const QString room = noticeRoomFor(user);
        QVERIFY(!room.isEmpty());
        if (recipientDid.startsWith(QLatin1String("join")))
            QVERIFY(recipient->join(room));
        if (recipientDid == QLatin1String("decline") || recipientDid == QLatin1String("join-leave"))
            QVERIFY(recipient->wait<Empty>([&](auto cb) { recipient->api().leaveRoom(room, cb); }).ok());

        const QString body = QStringLiteral("Notice number %1").arg(n);
        const CliRun run = fx.admin({QStringLiteral("send"), room, body});
        QCOMPARE(run.exitCode, exitCode);
        QCOMPARE(messagesIn(room, body), exitCode == 0 ? 1 : 0);
        if (exitCode != 0)
            QVERIFY2(run.text().contains(QStringLiteral("left or declined the invitation")), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestAdminTargets)
#include "test_admin_targets.moc"
