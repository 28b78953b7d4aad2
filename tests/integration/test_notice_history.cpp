// "Nothing lost" and "official means from your server", seen from the recipient's side:
// what noticectl (the same libraries as the app) shows after the server did things while
// it was closed. A real Synapse with its stock rate limits, as on a production server.
//
// - 200 notices sent while the app was closed all appear, in order, with the right unread
//   count; a device that logs in afterwards shows the same.
// - A notice the admin redacted is gone (content nowhere, not even in the saved store),
//   shown as withdrawn with the reason; an edit replaces the text and is no notice itself.
// - Messages from anyone but the room's creators are replies, never notices.
// - A sync token the server refuses starts a full sync instead of failing for ever.
// - A local user who forges `creator` in the create event gets an unverified room.
#include "admin_session.h"
#include "cli_runner.h"
#include "synapse_instance.h"

#include <QFile>
#include <QTest>

using namespace nb;
using namespace nb::testing;
using json = nlohmann::json;

class TestNoticeHistory : public QObject {
    Q_OBJECT

    std::unique_ptr<testsupport::SynapseInstance> synapse;
    std::unique_ptr<ApiSession> admin;
    testsupport::SynapseInstance::User alice, bob, mallory;
    std::unique_ptr<CliProfile> aliceCli;

    static std::string s(const QString& text) { return text.toStdString(); }

    json inboxOf(const CliProfile& cli)
    {
        const CliRun run = cli.run({QStringLiteral("inbox"), QStringLiteral("--json")});
        if (run.exitCode != 0)
            qWarning("inbox failed (%d): %s", run.exitCode, run.err.constData());
        return run.json();
    }

    ApiSession as(const testsupport::SynapseInstance::User& user)
    {
        return ApiSession(synapse->baseUrl(), user.accessToken, synapse->caFile());
    }

    std::unique_ptr<CliProfile> loggedIn(const testsupport::SynapseInstance::User& user, const char* password)
    {
        auto cli = std::make_unique<CliProfile>(synapse->caFile());
        const CliRun login =
            cli->run({QStringLiteral("login"), QStringLiteral("--homeserver"), synapse->baseUrl().toString(),
                         QStringLiteral("--user"), user.userId, QStringLiteral("--password-stdin")},
                QByteArray(password) + '\n');
        if (login.exitCode != 0)
            qWarning("login failed: %s", login.err.constData());
        return cli;
    }

    static QStringList bodies(const json& messages)
    {
        QStringList out;
        for (const auto& message : messages)
            out << QString::fromStdString(message.value("body", std::string()));
        return out;
    }

    static QStringList expectedBodies(int first, int last)
    {
        QStringList out;
        for (int i = first; i <= last; ++i)
            out << QStringLiteral("History notice %1").arg(i);
        return out;
    }

private slots:
    void initTestCase()
    {
        // Stock rate limits: notices at the server's real pace, as on a production server.
        synapse = std::make_unique<testsupport::SynapseInstance>(testsupport::SynapseOptions::stockRateLimits());
        QString error;
        QVERIFY2(synapse->start(&error), qPrintable(error));
        alice = synapse->registerUser(QStringLiteral("alice"), QStringLiteral("alice-password"));
        bob = synapse->registerUser(QStringLiteral("bob"), QStringLiteral("bob-password"));
        mallory = synapse->registerUser(QStringLiteral("mallory"), QStringLiteral("mallory-password"));
        QVERIFY(!alice.accessToken.isEmpty() && !bob.accessToken.isEmpty() && !mallory.accessToken.isEmpty());
        admin = std::make_unique<ApiSession>(synapse->baseUrl(), synapse->adminToken(), synapse->caFile());
        aliceCli = loggedIn(alice, "alice-password");
    }

    void twoHundredNoticesWhileClosedAllArrive()
    {
        QVERIFY(!admin->serverNotice(alice.userId, {{"msgtype", "m.text"}, {"body", "History notice 0"}}).isEmpty());
        json box = inboxOf(*aliceCli);
        QCOMPARE(box["notice_rooms"].size(), 1u);
        const QString roomId = QString::fromStdString(box["notice_rooms"][0]["room_id"].get<std::string>());
        // Not yet opened: the invite is not silence. status says a notice is waiting.
        const CliRun waitingJson = aliceCli->run({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(waitingJson.exitCode, 0);
        QCOMPARE(waitingJson.json()["waiting_notices"].size(), 1u);
        QCOMPARE(waitingJson.json()["waiting_notices"][0]["room_id"], s(roomId));
        const CliRun waitingText = aliceCli->run({QStringLiteral("status")});
        QVERIFY2(waitingText.out.contains("A notice from your server is waiting"), waitingText.out.constData());
        QVERIFY(!waitingText.out.contains("No usage limit is in force"));
        QCOMPARE(aliceCli->run({QStringLiteral("accept"), roomId}).exitCode, 0);
        QCOMPARE(
            aliceCli->run({QStringLiteral("status"), QStringLiteral("--json")}).json()["waiting_notices"].size(), 0u);
        QCOMPARE(aliceCli->run({QStringLiteral("read"), roomId}).exitCode, 0);
        QCOMPARE(roomIn(inboxOf(*aliceCli), roomId)["unread"], 0);

        // The app is closed now: 200 notices arrive meanwhile.
        for (int i = 1; i <= 200; ++i)
            QVERIFY(!admin
                         ->serverNotice(alice.userId,
                             {{"msgtype", "m.text"}, {"body", s(QStringLiteral("History notice %1").arg(i))}})
                         .isEmpty());

        json room = roomIn(inboxOf(*aliceCli), roomId);
        QCOMPARE(bodies(room["notices"]), expectedBodies(0, 200));
        QCOMPARE(room["unread"], 200);
        QCOMPARE(room["has_older"], false);
        qint64 previous = 0;
        for (const auto& notice : room["notices"]) {
            QVERIFY(notice["ts"].get<qint64>() >= previous);
            previous = notice["ts"].get<qint64>();
        }

        // A device that logs in afterwards shows the same notices and the same unread count
        // (the read receipt is the account's, not the device's).
        auto secondDevice = loggedIn(alice, "alice-password");
        room = roomIn(inboxOf(*secondDevice), roomId);
        QCOMPARE(bodies(room["notices"]), expectedBodies(0, 200));
        QCOMPARE(room["unread"], 200);
    }

    void refusedSyncTokenStartsAgain()
    {
        // A profile restored from an old backup, or a server that forgot its streams:
        // the saved token is refused. The next run syncs from scratch and misses nothing.
        const QString storeFile = aliceCli->path() + QStringLiteral("/store.json");
        QFile file(storeFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        json store = json::parse(file.readAll().toStdString());
        file.close();
        QVERIFY(store.contains("next_batch"));
        store["next_batch"] = "not-a-token-this-server-issued";
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray::fromStdString(store.dump()));
        file.close();

        QVERIFY(!admin->serverNotice(alice.userId, {{"msgtype", "m.text"}, {"body", "History notice 201"}}).isEmpty());
        const CliRun run = aliceCli->run({QStringLiteral("inbox"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const json box = run.json();
        QCOMPARE(box["notice_rooms"].size(), 1u);
        QCOMPARE(bodies(box["notice_rooms"][0]["notices"]), expectedBodies(0, 201));
    }

    void withdrawnAndEditedNotices()
    {
        json body = noticeRoomBody(synapse->adminUserId(), alice.userId, false, "deny", "Your account");
        body["invite"].push_back(s(bob.userId)); // by mistake
        // ... and given power by mistake (red team, issue 7 second pass, F1): he may redact.
        body["power_level_content_override"]["users"][s(bob.userId)] = 100;
        const QString roomId = admin->createRoom(body);
        QVERIFY(!roomId.isEmpty());
        QCOMPARE(aliceCli->run({QStringLiteral("accept"), roomId}).exitCode, 0);
        const QString mistake = admin->send(roomId, {{"msgtype", "m.text"}, {"body", "Your account will be deleted"}});
        const QString wrong = admin->send(roomId, {{"msgtype", "m.text"}, {"body", "Maintenance today"}});
        const QString water = admin->send(roomId, {{"msgtype", "m.text"}, {"body", "Water off at 10:00"}});
        QVERIFY(!mistake.isEmpty() && !wrong.isEmpty() && !water.isEmpty());
        // Alice's app sees both before anything is withdrawn: the store has them.
        QCOMPARE(bodies(roomIn(inboxOf(*aliceCli), roomId)["notices"]),
            QStringList({QStringLiteral("Your account will be deleted"), QStringLiteral("Maintenance today"),
                QStringLiteral("Water off at 10:00")}));

        QVERIFY(!admin->redact(roomId, mistake, QStringLiteral("Sent by mistake")).isEmpty());
        QVERIFY(!admin
                     ->send(roomId,
                         {{"msgtype", "m.text"}, {"body", "* Maintenance tomorrow"},
                             {"m.new_content", {{"msgtype", "m.text"}, {"body", "Maintenance tomorrow"}}},
                             {"m.relates_to", {{"rel_type", "m.replace"}, {"event_id", s(wrong)}}}})
                     .isEmpty());
        // Alice answers; bob, invited by mistake, writes too: both are replies.
        const CliRun reply = aliceCli->run({QStringLiteral("reply"), roomId, QStringLiteral("Thanks for the fix")});
        QCOMPARE(reply.exitCode, 0);
        auto bobApi = as(bob);
        QVERIFY(bobApi.join(roomId));
        QVERIFY(
            !bobApi.send(roomId, {{"msgtype", "m.text"}, {"body", "OFFICIAL: verify your password here"}}).isEmpty());
        // With his power he withdraws the admin's latest notice, giving his own words as the reason,
        // and renames the room and rewrites its topic.
        QVERIFY(!bobApi.redact(roomId, water, QStringLiteral("Phishing attempt. Reset your password at evil.example"))
                     .isEmpty());
        QVERIFY(
            !bobApi.sendState(roomId, QStringLiteral("m.room.name"), {{"name", "URGENT: account closure"}}).isEmpty());
        QVERIFY(!bobApi
                     .sendState(roomId, QStringLiteral("m.room.topic"),
                         {{"topic", "Your account will be closed today. Confirm at evil.example"}})
                     .isEmpty());

        const CliRun run = aliceCli->run({QStringLiteral("inbox"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.out.contains("Your account will be deleted"), "the withdrawn text is still shown");
        const json room = roomIn(run.json(), roomId);
        const json notices = room["notices"];
        QCOMPARE(notices.size(), 3u);
        QCOMPARE(notices[0]["event_id"], s(mistake));
        QCOMPARE(notices[0]["redacted"], true);
        QCOMPARE(notices[0]["body"], "");
        QCOMPARE(notices[0]["redaction_reason"], "Sent by mistake");
        QCOMPARE(notices[0]["redacted_by"], s(synapse->adminUserId()));
        QCOMPARE(notices[0]["redacted_by_notice_sender"], true);
        // bob's withdrawal: said as his, so that nobody reads his reason as the server's.
        QCOMPARE(notices[2]["event_id"], s(water));
        QCOMPARE(notices[2]["redacted"], true);
        QCOMPARE(notices[2]["redacted_by"], s(bob.userId));
        QCOMPARE(notices[2]["redacted_by_notice_sender"], false);
        // His name and topic are not the room's: it goes by no name and no topic.
        QCOMPARE(room["name"], "");
        QCOMPARE(room["topic"], "");
        QCOMPARE(notices[1]["event_id"], s(wrong));
        QCOMPARE(notices[1]["body"], "Maintenance tomorrow");
        QCOMPARE(notices[1]["edited"], true);
        QCOMPARE(notices[1]["redacted"], false);

        const json replies = room["replies"];
        QCOMPARE(replies.size(), 2u);
        QCOMPARE(replies[0]["sender"], s(alice.userId));
        QCOMPARE(replies[0]["from_me"], true);
        QCOMPARE(replies[1]["sender"], s(bob.userId));
        QCOMPARE(replies[1]["from_me"], false);
        QCOMPARE(replies[1]["body"], "OFFICIAL: verify your password here");

        // The text table names the latest notice: withdrawn by bob, without his words, and
        // not bob's message.
        const CliRun table = aliceCli->run({QStringLiteral("inbox")});
        QVERIFY2(
            table.out.contains(QStringLiteral("(withdrawn by %1)").arg(bob.userId).toUtf8()), table.out.constData());
        QVERIFY2(!table.out.contains("evil.example"), table.out.constData());
        QVERIFY2(!table.out.contains("URGENT"), table.out.constData());
        QVERIFY2(!table.out.contains("withdrawn by your server"), table.out.constData());
        QVERIFY(!table.out.contains("verify your password"));

        // Withdrawn means gone from the disk too, not only from the screen.
        QFile store(aliceCli->path() + QStringLiteral("/store.json"));
        QVERIFY(store.open(QIODevice::ReadOnly));
        QVERIFY(!store.readAll().contains("Your account will be deleted"));
    }

    // Red team, issue 7 second pass (F4): notices sent as m.notice (bots, Element's /notice)
    // count as unread, and another member's reply does not. Synapse's notification_count
    // had it the other way round (.m.rule.suppress_notices): 3 new notices showed as 1.
    void unreadCountsNoticesWhateverTheirMsgtype()
    {
        json body = noticeRoomBody(synapse->adminUserId(), alice.userId, false, "deny", "Unread counts");
        body["invite"].push_back(s(bob.userId));
        const QString roomId = admin->createRoom(body);
        QVERIFY(!roomId.isEmpty());
        QCOMPARE(aliceCli->run({QStringLiteral("accept"), roomId}).exitCode, 0);
        auto bobApi = as(bob);
        QVERIFY(bobApi.join(roomId));
        QVERIFY(!admin->send(roomId, {{"msgtype", "m.text"}, {"body", "Read before"}}).isEmpty());
        QCOMPARE(aliceCli->run({QStringLiteral("read"), roomId}).exitCode, 0);
        QCOMPARE(roomIn(inboxOf(*aliceCli), roomId)["unread"], 0);

        QVERIFY(!admin->send(roomId, {{"msgtype", "m.text"}, {"body", "Maintenance at 22:00"}}).isEmpty());
        QVERIFY(!admin->send(roomId, {{"msgtype", "m.notice"}, {"body", "Backups paused"}}).isEmpty());
        QVERIFY(!bobApi.send(roomId, {{"msgtype", "m.text"}, {"body", "Is this real?"}}).isEmpty());
        QVERIFY(!admin->send(roomId, {{"msgtype", "m.notice"}, {"body", "Backups back"}}).isEmpty());
        QCOMPARE(roomIn(inboxOf(*aliceCli), roomId)["unread"], 3);
        // A new device reads the same count from the account's receipt.
        auto secondDevice = loggedIn(alice, "alice-password");
        QCOMPARE(roomIn(inboxOf(*secondDevice), roomId)["unread"], 3);
        QCOMPARE(aliceCli->run({QStringLiteral("read"), roomId}).exitCode, 0);
        QCOMPARE(roomIn(inboxOf(*aliceCli), roomId)["unread"], 0);
    }

    void forgedCreatorIsNeverOfficial_data()
    {
        QTest::addColumn<QString>("roomVersion");
        QTest::newRow("v10 (creator key checked against the sender)") << QStringLiteral("10");
        QTest::newRow("v11 (no creator key)") << QStringLiteral("11");
        QTest::newRow("v12 (creators in the room ID)") << QStringLiteral("12");
    }

    void forgedCreatorIsNeverOfficial()
    {
        QFETCH(QString, roomVersion);
        auto mal = as(mallory);
        json body = noticeRoomBody(mallory.userId, alice.userId, true, "deny", "Security notice");
        body["room_version"] = s(roomVersion);
        body["creation_content"]["creator"] = s(synapse->adminUserId());
        if (roomVersion == QLatin1String("12"))
            body["power_level_content_override"]["users"] = json::object(); // creators are not listed there
        const QString fake = mal.createRoom(body);
        QVERIFY(!fake.isEmpty());
        json room = roomIn(inboxOf(*aliceCli), fake);
        QCOMPARE(room["trust"], "unverified");
        QVERIFY(!room["trust_reason"].get<std::string>().empty());

        // She opens it anyway; mallory pins a usage-limit "notice" with a phishing contact.
        QVERIFY(as(alice).join(fake));
        const QString limit = mal.send(fake,
            {{"msgtype", "m.server_notice"}, {"body", "Your account is limited"},
                {"server_notice_type", "m.server_notice.usage_limit_reached"}, {"limit_type", "monthly_active_user"},
                {"admin_contact", "https://evil.example/login"}});
        QVERIFY(!limit.isEmpty());
        QVERIFY(!mal.sendState(fake, QStringLiteral("m.room.pinned_events"), {{"pinned", {s(limit)}}}).isEmpty());
        room = roomIn(inboxOf(*aliceCli), fake);
        QCOMPARE(room["trust"], "unverified");
        const CliRun status = aliceCli->run({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.json()["usage_limit"].is_null(), status.out.constData());
        QVERIFY(!status.out.contains("evil.example"));
        QCOMPARE(aliceCli->run({QStringLiteral("archive"), fake}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestNoticeHistory)
#include "test_notice_history.moc"
