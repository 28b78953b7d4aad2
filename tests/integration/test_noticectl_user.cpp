// noticectl (user side) against a real Synapse: login and its failures, the legacy
// notices room, MSC4279 rooms built by the test, leave rules, forget, replies under
// power levels, pinned usage limits, and the spoofing cases.
#include "admin_session.h"
#include "cli_runner.h"
#include "synapse_instance.h"

#include <QFileInfo>
#include <QTest>

using namespace nb;
using namespace nb::testing;
using json = nlohmann::json;

class TestNoticectlUser : public QObject {
    Q_OBJECT

    std::unique_ptr<testsupport::SynapseInstance> synapse;
    std::unique_ptr<ApiSession> admin;
    testsupport::SynapseInstance::User alice, mallory;
    std::unique_ptr<CliProfile> aliceCli;

    std::string s(const QString& text) { return text.toStdString(); }

    json inbox()
    {
        const CliRun run = aliceCli->run({QStringLiteral("inbox"), QStringLiteral("--json")});
        if (run.exitCode != 0)
            qWarning("inbox failed: %s", run.err.constData());
        return run.json();
    }

    CliRun alicePerforms(const char* command, const QString& roomId)
    {
        return aliceCli->run({QLatin1String(command), roomId});
    }

    ApiSession as(const testsupport::SynapseInstance::User& user)
    {
        return ApiSession(synapse->baseUrl(), user.accessToken, synapse->caFile());
    }

private slots:
    void initTestCase()
    {
        testsupport::SynapseOptions options;
        options.supportAdmins = {QStringLiteral("@admin:SERVER")};
        synapse = std::make_unique<testsupport::SynapseInstance>(options);
        QString error;
        QVERIFY2(synapse->start(&error), qPrintable(error));
        alice = synapse->registerUser(QStringLiteral("alice"), QStringLiteral("alice-password"));
        mallory = synapse->registerUser(QStringLiteral("mallory"), QStringLiteral("mallory-password"));
        QVERIFY(!alice.accessToken.isEmpty());
        QVERIFY(!mallory.accessToken.isEmpty());
        admin = std::make_unique<ApiSession>(synapse->baseUrl(), synapse->adminToken(), synapse->caFile());
        aliceCli = std::make_unique<CliProfile>(synapse->caFile());
    }

    void loginFailuresSayWhy()
    {
        CliProfile cli(synapse->caFile());
        const QString user = alice.userId;
        auto wrong = cli.run(
            {QStringLiteral("login"), QStringLiteral("--user"), user, QStringLiteral("--password-stdin")}, "nope\n");
        QCOMPARE(wrong.exitCode, 4);
        QVERIFY2(wrong.text().contains(QStringLiteral("password is wrong")), wrong.err.constData());

        auto unreachable =
            cli.run({QStringLiteral("login"), QStringLiteral("--homeserver"), QStringLiteral("https://127.0.0.1:9"),
                        QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--password-stdin")},
                "x\n");
        QCOMPARE(unreachable.exitCode, 5);

        auto badTls =
            cli.run({QStringLiteral("login"), QStringLiteral("--homeserver"), synapse->badTlsUrl().toString(),
                        QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--password-stdin")},
                "alice-password\n");
        QCOMPARE(badTls.exitCode, 5);
        QVERIFY2(badTls.text().contains(QStringLiteral("certificate"), Qt::CaseInsensitive), badTls.err.constData());

        auto unknown = cli.run({QStringLiteral("login"), QStringLiteral("--user"),
                                   QStringLiteral("@alice:no-such-host.invalid"), QStringLiteral("--password-stdin")},
            "x\n");
        QCOMPARE(unknown.exitCode, 5);
        QVERIFY2(unknown.text().contains(QStringLiteral("no-such-host.invalid")), unknown.err.constData());
        QVERIFY2(unreachable.text().contains(QStringLiteral("reach")), unreachable.err.constData());

        auto noSession = cli.run({QStringLiteral("inbox")});
        QCOMPARE(noSession.exitCode, 2);
        QVERIFY(noSession.text().contains(QStringLiteral("Not logged in")));
    }

    void loginWithMatrixIdFindsTheServer()
    {
        auto login = aliceCli->run(
            {QStringLiteral("login"), QStringLiteral("--user"), alice.userId, QStringLiteral("--password-stdin")},
            "alice-password\n");
        QCOMPARE(login.exitCode, 0);
        QVERIFY2(login.text().contains(QStringLiteral("readable only by you")), login.out.constData());
        const json box = inbox();
        QCOMPARE(box.value("user_id", std::string()), s(alice.userId));
        QCOMPARE(
            QUrl(QString::fromStdString(box.value("homeserver", std::string()))).port(), synapse->baseUrl().port());
        QCOMPARE(box.value("server_supports_msc4279", true), false);
        QVERIFY(box["notice_rooms"].empty());
    }

    void legacyNoticeIsOfficialAndCannotBeRejected()
    {
        const QString eventId =
            admin->serverNotice(alice.userId, {{"msgtype", "m.text"}, {"body", "Maintenance on Sunday 02:00 UTC."}});
        QVERIFY(!eventId.isEmpty());
        json box = inbox();
        QCOMPARE(box["notice_rooms"].size(), 1u);
        const json room = box["notice_rooms"][0];
        const QString roomId = QString::fromStdString(room["room_id"].get<std::string>());
        QCOMPARE(room["kind"], "legacy");
        QCOMPARE(room["trust"], "official");
        QCOMPARE(room["membership"], "invite");

        // The app refuses to decline; the server would refuse too.
        const CliRun decline = alicePerforms("archive", roomId);
        QCOMPARE(decline.exitCode, 3);
        auto aliceApi = as(alice);
        auto leave = aliceApi.wait<Empty>([&](auto cb) { aliceApi.api().leaveRoom(roomId, cb); });
        QVERIFY(!leave.ok());
        QCOMPARE(leave.failure.matrix.errcode, QStringLiteral("M_CANNOT_LEAVE_SERVER_NOTICE_ROOM"));

        QCOMPARE(alicePerforms("accept", roomId).exitCode, 0);
        const json joined = roomIn(inbox(), roomId);
        QCOMPARE(joined["membership"], "join");
        QCOMPARE(joined["notices"].size(), 1u);
        QCOMPARE(joined["notices"][0]["body"], "Maintenance on Sunday 02:00 UTC.");
        QCOMPARE(joined["notices"][0]["event_id"], s(eventId));
        QCOMPARE(joined["can_reply"], false);
        QCOMPARE(aliceCli->run({QStringLiteral("reply"), roomId, QStringLiteral("hello?")}).exitCode, 3);

        // Reading sends the user's own receipt; the server's unread count follows.
        QCOMPARE(alicePerforms("read", roomId).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(roomIn(inbox(), roomId).value("unread", -1), 0, 20000);
    }

    void pinnedUsageLimitInTheNoticesRoom()
    {
        const QString limitId = admin->serverNotice(alice.userId,
            {{"msgtype", "m.server_notice"}, {"body", "This server has exceeded its monthly active user limit."},
                {"server_notice_type", "m.server_notice.usage_limit_reached"}, {"limit_type", "monthly_active_user"},
                {"admin_contact", "mailto:admin@localhost"}});
        QVERIFY(!limitId.isEmpty());
        QVERIFY(!admin
                     ->serverNotice(
                         alice.userId, {{"pinned", {s(limitId)}}}, QStringLiteral("m.room.pinned_events"), QString())
                     .isEmpty());
        CliRun status = aliceCli->run({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        json limit = status.json()["usage_limit"];
        QVERIFY2(limit.is_object(), status.out.constData());
        QCOMPARE(limit["limit_type"], "monthly_active_user");
        QCOMPARE(limit["admin_contact"], "mailto:admin@localhost");
        QCOMPARE(limit["source"], "pinned_notice");
        QCOMPARE(limit["event_id"], s(limitId));

        QVERIFY(!admin
                     ->serverNotice(
                         alice.userId, {{"pinned", json::array()}}, QStringLiteral("m.room.pinned_events"), QString())
                     .isEmpty());
        status = aliceCli->run({QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY(status.json()["usage_limit"].is_null());
    }

    void msc4279RoomFollowsItsLeaveRule()
    {
        const QString roomId = admin->createRoom(
            noticeRoomBody(synapse->adminUserId(), alice.userId, true, "deny", "Account review", "About your report"));
        QVERIFY(!roomId.isEmpty());
        json room = roomIn(inbox(), roomId);
        QCOMPARE(room["kind"], "msc4279");
        QCOMPARE(room["trust"], "official");
        QCOMPARE(room["membership"], "invite");
        // The invite's stripped state has no leave rules: not known until joined.
        QCOMPARE(room["leave_rule"], "unknown");
        QCOMPARE(room["name"], "Account review");
        QCOMPARE(room["topic"], "About your report");
        QCOMPARE(alicePerforms("reject", roomId).exitCode, 3); // official: no rejecting
        QCOMPARE(alicePerforms("accept", roomId).exitCode, 0);
        QCOMPARE(roomIn(inbox(), roomId)["leave_rule"], "deny");
        QVERIFY(!admin->send(roomId, {{"msgtype", "m.text"}, {"body", "Your report was reviewed."}}).isEmpty());

        const CliRun refused = alicePerforms("archive", roomId);
        QCOMPARE(refused.exitCode, 3);
        QVERIFY(refused.text().contains(QStringLiteral("not allowed")));
        QCOMPARE(alicePerforms("forget", roomId).exitCode, 3);

        QVERIFY(!admin->sendState(roomId, QStringLiteral("org.matrix.msc4279.leave_rules"), {{"leave_rule", "allow"}})
                     .isEmpty());
        room = roomIn(inbox(), roomId);
        QCOMPARE(room["leave_rule"], "allow");
        QCOMPARE(room["notices"].back()["body"], "Your report was reviewed.");
        QCOMPARE(alicePerforms("archive", roomId).exitCode, 0);
        QCOMPARE(roomIn(inbox(), roomId)["membership"], "leave");
        QCOMPARE(alicePerforms("forget", roomId).exitCode, 0);
        QVERIFY(roomIn(inbox(), roomId).is_null());
    }

    void replyOnlyWherePowerLevelsAllow()
    {
        const QString twoWay =
            admin->createRoom(noticeRoomBody(synapse->adminUserId(), alice.userId, false, "deny", "Appeal"));
        const QString readOnly =
            admin->createRoom(noticeRoomBody(synapse->adminUserId(), alice.userId, true, "deny", "Decision"));
        QCOMPARE(alicePerforms("accept", twoWay).exitCode, 0);
        QCOMPARE(alicePerforms("accept", readOnly).exitCode, 0);
        const json box = inbox();
        QCOMPARE(roomIn(box, twoWay)["can_reply"], true);
        QCOMPARE(roomIn(box, readOnly)["can_reply"], false);

        const CliRun reply =
            aliceCli->run({QStringLiteral("reply"), twoWay, QStringLiteral("I would like to appeal.")});
        QCOMPARE(reply.exitCode, 0);
        const QString eventId = QString::fromUtf8(reply.out).trimmed();
        auto seen = admin->wait<json>([&](auto cb) { admin->api().roomEvent(twoWay, eventId, cb); });
        QVERIFY(seen.ok());
        QCOMPARE((*seen.value)["content"]["body"], "I would like to appeal.");
        QCOMPARE((*seen.value)["sender"], s(alice.userId));

        const CliRun refused = aliceCli->run({QStringLiteral("reply"), readOnly, QStringLiteral("Hello")});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY(refused.text().contains(QStringLiteral("does not accept replies")));
    }

    void spoofedNoticesAreNeverOfficial()
    {
        auto mal = as(mallory);
        // 1. A notice-typed room created by a local non-admin.
        const QString fake =
            mal.createRoom(noticeRoomBody(mallory.userId, alice.userId, true, "deny", "Security notice"));
        QVERIFY(!fake.isEmpty());
        // 2. An ordinary room with an m.server_notice message and a pinned usage limit.
        const QString plain =
            mal.createRoom({{"preset", "private_chat"}, {"invite", {s(alice.userId)}}, {"name", "Server Notices"}});
        QVERIFY(as(alice).join(plain));
        for (const QString& room : {fake, plain}) {
            const QString limitId = mal.send(room,
                {{"msgtype", "m.server_notice"}, {"body", "Limit reached, log in at evil.example"},
                    {"server_notice_type", "m.server_notice.usage_limit_reached"},
                    {"limit_type", "monthly_active_user"}, {"admin_contact", "https://evil.example"}});
            QVERIFY(!limitId.isEmpty());
            QVERIFY(!mal.sendState(room, QStringLiteral("m.room.pinned_events"), {{"pinned", {s(limitId)}}}).isEmpty());
        }
        QVERIFY(as(alice).join(fake));

        const json box = inbox();
        const json spoof = roomIn(box, fake);
        QVERIFY(spoof.is_object());
        QCOMPARE(spoof["trust"], "unverified");
        for (const auto& notice : spoof["notices"])
            QVERIFY(notice["msgtype"] != "m.server_notice");
        QVERIFY(roomIn(box, plain).is_null()); // an ordinary room is no notice room at all
        const CliRun status = aliceCli->run({QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY(status.json()["usage_limit"].is_null());

        // Unverified rooms can be left like any room, even under a "deny" rule.
        QCOMPARE(alicePerforms("archive", fake).exitCode, 0);
    }

    void unverifiedInviteCanBeRejected()
    {
        auto mal = as(mallory);
        const QString fake =
            mal.createRoom(noticeRoomBody(mallory.userId, alice.userId, true, "deny", "Verify your account"));
        QCOMPARE(roomIn(inbox(), fake)["trust"], "unverified");
        QCOMPARE(alicePerforms("reject", fake).exitCode, 0);
        QCOMPARE(roomIn(inbox(), fake)["membership"], "leave");
    }

    void logoutInvalidatesTheToken()
    {
        CliProfile cli(synapse->caFile());
        QCOMPARE(cli.run({QStringLiteral("login"), QStringLiteral("--homeserver"), synapse->baseUrl().toString(),
                             QStringLiteral("--user"), QStringLiteral("mallory"), QStringLiteral("--password-stdin")},
                        "mallory-password\n")
                     .exitCode,
            0);
        QCOMPARE(cli.run({QStringLiteral("inbox")}).exitCode, 0);
        // Session, token, settings and the stored notices are readable by the user only.
        for (const char* name : {"session.json", "token.json", "settings.json", "store.json"}) {
            const QFileInfo info(cli.path() + QLatin1Char('/') + QLatin1String(name));
            QVERIFY2(info.exists(), name);
            QVERIFY2(!(info.permissions()
                         & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                             | QFileDevice::WriteOther)),
                name);
        }
        QFile tokenFile(cli.path() + QStringLiteral("/token.json"));
        QVERIFY(tokenFile.open(QIODevice::ReadOnly));
        const QByteArray stored = tokenFile.readAll();
        tokenFile.close();
        QCOMPARE(
            tokenFile.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        const auto file = json::parse(stored.cbegin(), stored.cend(), nullptr, false);
        QVERIFY(file.is_object() && file.contains("tokens") && file["tokens"].is_object());
        const json token = file["tokens"];
        QCOMPARE(token.size(), 1u);
        // With every logging category switched on, the token still never shows.
        const QByteArray secret = QByteArray::fromStdString(token.begin().value().get<std::string>());
        qputenv("QT_LOGGING_RULES", "*=true");
        const CliRun chatty = cli.run({QStringLiteral("inbox"), QStringLiteral("--json")});
        qunsetenv("QT_LOGGING_RULES");
        QCOMPARE(chatty.exitCode, 0);
        QVERIFY(chatty.err.contains("GET")); // the debug log really was on
        QVERIFY(!chatty.err.contains(secret));
        QVERIFY(!chatty.out.contains(secret));
        QCOMPARE(cli.run({QStringLiteral("logout")}).exitCode, 0);
        QCOMPARE(cli.run({QStringLiteral("inbox")}).exitCode, 2);
        // Whatever token was stored no longer works.
        for (auto it = token.begin(); it != token.end(); ++it) {
            if (!it.value().is_string())
                continue;
            ApiSession old(
                synapse->baseUrl(), QString::fromStdString(it.value().get<std::string>()), synapse->caFile());
            auto who = old.wait<QString>([&](auto cb) { old.api().whoami(cb); });
            QVERIFY(!who.ok());
        }
    }
};

QTEST_GUILESS_MAIN(TestNoticectlUser)
#include "test_noticectl_user.moc"
