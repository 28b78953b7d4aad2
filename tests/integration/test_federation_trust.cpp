// Notice rooms from other servers, for real: two Synapse instances federating over
// loopback (the user's server, "home", and a stock "remote" one), and a scripted
// malicious server (tests/harness/malicious-server.py). Whatever they forge, alice's
// noticectl must list their invites as unverified, with the reason, let her decline
// them, and never raise the usage-limit banner for them.
#include "admin_session.h"
#include "cli_runner.h"
#include "synapse_instance.h"

#include <QTest>

#include <thread>

using namespace nb;
using namespace nb::testing;
using json = nlohmann::json;
using testsupport::SynapseInstance;
using testsupport::SynapseOptions;

namespace {

std::string s(const QString& text)
{
    return text.toStdString();
}

// A JSON value as text, so that a failed comparison shows what the app said.
QString text(const json& value)
{
    return QString::fromStdString(value.is_string() ? value.get<std::string>() : value.dump());
}

// A usage-limit notice as Synapse's own looks, with a phishing contact.
const json kFakeLimit = {{"msgtype", "m.server_notice"}, {"body", "Limit reached, log in at evil.example"},
    {"server_notice_type", "m.server_notice.usage_limit_reached"}, {"limit_type", "monthly_active_user"},
    {"admin_contact", "https://evil.example/login"}};

} // namespace

class TestFederationTrust : public QObject {
    Q_OBJECT

    std::unique_ptr<SynapseInstance> home, remote;
    SynapseInstance::User alice, bob;
    std::unique_ptr<CliProfile> aliceCli;
    std::unique_ptr<ApiSession> bobApi;

    json inbox()
    {
        const CliRun run = aliceCli->run({QStringLiteral("inbox"), QStringLiteral("--json")});
        if (run.exitCode != 0)
            qWarning("inbox failed: %s", run.err.constData());
        return run.json();
    }

    json usageLimit()
    {
        const CliRun run = aliceCli->run({QStringLiteral("status"), QStringLiteral("--json")});
        const json status = run.json();
        return status.is_object() && status.contains("usage_limit") ? status["usage_limit"] : json("no answer");
    }

    // Why the app calls these rooms unverified: what `inbox --json` says where it says it,
    // else the warning line `inbox` prints under each room. Empty where it gives none.
    QStringList unverifiedReasons(const json& box, const QStringList& roomIds)
    {
        QStringList reasons, text; // text: the `inbox` table, read once and only if needed
        for (const QString& roomId : roomIds) {
            const json room = roomIn(box, roomId);
            QString reason;
            for (const char* key : {"trust_reason", "reason"})
                if (reason.isEmpty() && room.is_object() && room.contains(key) && room[key].is_string())
                    reason = QString::fromStdString(room[key].get<std::string>());
            if (reason.isEmpty() && text.isEmpty())
                text = aliceCli->run({QStringLiteral("inbox")}).text().split(QLatin1Char('\n'));
            for (qsizetype i = 0; reason.isEmpty() && i + 1 < text.size(); ++i)
                if (text[i].startsWith(roomId) && text[i + 1].contains(QLatin1String("not verified")))
                    reason = text[i + 1].section(QLatin1String("your server: "), 1).trimmed();
            reasons << reason;
        }
        return reasons;
    }

    // What every row checks on the invites it caused: listed as unverified MSC4279 invites,
    // each with its reason, and no usage limit.
    void checkUnverifiedInvites(const json& box, const QStringList& roomIds)
    {
        for (const QString& roomId : roomIds) {
            const json room = roomIn(box, roomId);
            QVERIFY2(room.is_object(), qPrintable(QStringLiteral("%1 is not in the inbox").arg(roomId)));
            QCOMPARE(text(room["kind"]), QStringLiteral("msc4279"));
            QCOMPARE(text(room["membership"]), QStringLiteral("invite"));
            if (text(room["trust"]) != QLatin1String("unverified")) {
                // Say all that is wrong at once: the table in docs/security.md cites it.
                const int rejectExit = reject(roomId);
                QFAIL(qPrintable(QStringLiteral("%1 is listed as %2; noticectl reject exits %3; usage limit: %4")
                                     .arg(roomId, text(room["trust"]))
                                     .arg(rejectExit)
                                     .arg(text(usageLimit()))));
            }
        }
        const QStringList reasons = unverifiedReasons(box, roomIds);
        for (qsizetype i = 0; i < roomIds.size(); ++i) {
            QVERIFY2(!reasons[i].isEmpty(), qPrintable(QStringLiteral("%1 gives no reason").arg(roomIds[i])));
            qInfo().noquote() << "unverified because:" << reasons[i];
        }
        QCOMPARE(text(usageLimit()), QStringLiteral("null"));
    }

    // `noticectl reject`'s exit code (0: declined).
    int reject(const QString& roomId)
    {
        const CliRun run = aliceCli->run({QStringLiteral("reject"), roomId});
        if (run.exitCode != 0)
            qWarning("reject %s: exit %d: %s", qPrintable(roomId), run.exitCode, run.err.constData());
        return run.exitCode;
    }

    // After a reject: the room is gone from the inbox or archived.
    static bool declinedIn(const json& box, const QString& roomId)
    {
        const json room = roomIn(box, roomId);
        return room.is_null() || room.value("membership", std::string()) == "leave";
    }

    // Bob's createRoom with the error, for what the stock server refuses.
    Result<QString> bobCreates(const json& body)
    {
        return bobApi->wait<QString>([&](auto cb) { bobApi->api().createRoom(body, cb); });
    }

private slots:
    void initTestCase()
    {
        SynapseOptions homeOptions;
        homeOptions.federation = true;
        homeOptions.autoStart = false;
        // Her server names its administrator: the forged creator is a known notice sender.
        homeOptions.supportAdmins = {QStringLiteral("@admin:SERVER")};
        // Alice is invited over federation once per data row, 20-odd times: stock
        // rc_invites.per_user allows 5 invites to one user, then 1 per ~333 s.
        homeOptions.relaxRateLimitsBecause = QStringLiteral(
            "alice receives 20-odd federation invites (stock rc_invites.per_user: 5, then 1 per ~333 s)");
        SynapseOptions remoteOptions;
        remoteOptions.federation = true;
        remoteOptions.autoStart = false;
        remoteOptions.serverHost = QStringLiteral("127.0.0.1");
        // Bob creates two rooms inviting alice per data row, back to back: beyond stock
        // rc_room_creation's and rc_message's burst of 10 (then 1 per 62 s and per 5 s).
        remoteOptions.relaxRateLimitsBecause = QStringLiteral(
            "bob creates 12-odd rooms inviting alice back to back (stock rc_room_creation and rc_message: burst 10)");
        home = std::make_unique<SynapseInstance>(homeOptions);
        remote = std::make_unique<SynapseInstance>(remoteOptions);
        // Both at once (each start is mostly waiting for Python): ~1-2 s saved.
        QString homeError, remoteError;
        std::thread other([&] { remote->start(&remoteError); });
        home->start(&homeError);
        other.join();
        QVERIFY2(home->isRunning(), qPrintable(homeError));
        QVERIFY2(remote->isRunning(), qPrintable(remoteError));
        QVERIFY(home->serverName() != remote->serverName());

        alice = home->registerUser(QStringLiteral("alice"), QStringLiteral("alice-password"));
        bob = remote->registerUser(QStringLiteral("bob"), QStringLiteral("bob-password"));
        QVERIFY(!alice.accessToken.isEmpty());
        QVERIFY(!bob.accessToken.isEmpty());
        bobApi = std::make_unique<ApiSession>(remote->baseUrl(), bob.accessToken, remote->caFile());
        aliceCli = std::make_unique<CliProfile>(home->caFile());
        const CliRun login = aliceCli->run(
            {QStringLiteral("login"), QStringLiteral("--user"), alice.userId, QStringLiteral("--password-stdin")},
            "alice-password\n");
        QVERIFY2(login.exitCode == 0, login.err.constData());
    }

    // A stock Synapse will not invite a user of another server into a room that says
    // m.federate false: forging that takes a modified server (maliciousServerInvite).
    void stockServerRefusesUnfederatableInvites()
    {
        const json creation = {{"type", "m.server_notice"}, {"m.federate", false}};
        auto withInvite = bobCreates({{"preset", "private_chat"}, {"name", "Server Notices"},
            {"invite", {s(alice.userId)}}, {"creation_content", creation}});
        QVERIFY(!withInvite.ok());
        QCOMPARE(withInvite.failure.matrix.errcode, QStringLiteral("M_FORBIDDEN"));
        QVERIFY2(withInvite.failure.matrix.message.contains(QLatin1String("unfederatable")),
            qPrintable(withInvite.failure.matrix.message));

        auto alone = bobCreates({{"preset", "private_chat"}, {"creation_content", creation}});
        QVERIFY(alone.ok());
        auto invite = bobApi->wait<json>([&](auto cb) {
            bobApi->api().call("POST", "/_matrix/client/v3/rooms/" + MatrixApi::pathSegment(*alone.value) + "/invite",
                {}, QByteArray::fromStdString(json {{"user_id", s(alice.userId)}}.dump()), true,
                [cb](Result<json> result, const QUrl&) { cb(std::move(result)); });
        });
        QVERIFY(!invite.ok());
        QCOMPARE(invite.failure.matrix.errcode, QStringLiteral("M_FORBIDDEN"));
        QVERIFY(roomIn(inbox(), *alone.value).is_null());
    }

    // A user on another server creates a notice-typed room with all a stock server lets
    // them forge, and invites alice twice: one invite she declines, one she accepts, after
    // which the remote user pins a usage-limit notice.
    void remoteUserNoticeRoom_data()
    {
        QTest::addColumn<QString>("roomVersion");
        QTest::addColumn<QString>("roomType");
        QTest::addColumn<bool>("additionalCreator");
        QTest::newRow("v11 m.server_notice, creator claims her admin")
            << QStringLiteral("11") << QStringLiteral("m.server_notice") << false;
        QTest::newRow("v11 unstable type, creator claims her admin")
            << QStringLiteral("11") << QStringLiteral("org.matrix.msc4279.server_notice") << false;
        // Synapse overwrites content.creator with the real creator in versions 1-10.
        QTest::newRow("v10 m.server_notice, creator claims her admin")
            << QStringLiteral("10") << QStringLiteral("m.server_notice") << false;
        // In version 12 additional_creators really are creators: her admin, named by bob.
        QTest::newRow("v12 m.server_notice, her admin as additional creator")
            << QStringLiteral("12") << QStringLiteral("m.server_notice") << true;
    }

    void remoteUserNoticeRoom()
    {
        QFETCH(QString, roomVersion);
        QFETCH(QString, roomType);
        QFETCH(bool, additionalCreator);
        const std::string admin = s(home->adminUserId());
        json creation = {{"type", s(roomType)}, {"creator", admin}};
        if (additionalCreator)
            creation["additional_creators"] = {admin};
        const json body = {{"preset", "private_chat"}, {"room_version", s(roomVersion)}, {"name", "Server Notices"},
            {"topic", "Messages from the administrators of your server"}, {"invite", {s(alice.userId)}},
            {"creation_content", creation},
            {"initial_state",
                {{{"type", "org.matrix.msc4279.leave_rules"}, {"state_key", ""},
                    {"content", {{"leave_rule", "deny"}}}}}},
            {"power_level_content_override", {{"events_default", 100}}}};
        auto declined = bobCreates(body);
        auto accepted = bobCreates(body);
        QVERIFY2(declined.ok() && accepted.ok(), qPrintable(declined.failure.describe()));
        // Federation delivers the invites within a second or two.
        json box;
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = inbox(), roomIn(box, *declined.value).is_object() && roomIn(box, *accepted.value).is_object()),
            30000);
        checkUnverifiedInvites(box, {*declined.value, *accepted.value});
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(reject(*declined.value), 0);

        // Joined, the room's real state is known; the remote user's pinned "usage limit"
        // must still raise no banner.
        const CliRun accept = aliceCli->run({QStringLiteral("accept"), *accepted.value});
        QVERIFY2(accept.exitCode == 0, accept.err.constData());
        const QString limitId = bobApi->send(*accepted.value, kFakeLimit);
        QVERIFY(!limitId.isEmpty());
        QVERIFY(!bobApi->sendState(*accepted.value, QStringLiteral("m.room.pinned_events"), {{"pinned", {s(limitId)}}})
                     .isEmpty());
        // Wait until the pin has reached her server, then ask the app.
        ApiSession aliceApi(home->baseUrl(), alice.accessToken, home->caFile());
        auto pinsArrived = [&] {
            auto pins = aliceApi.wait<json>([&](auto cb) {
                aliceApi.api().stateEvent(*accepted.value, QStringLiteral("m.room.pinned_events"), QString(), cb);
            });
            return pins.ok() && (*pins.value).value("pinned", json::array()) == json::array({s(limitId)});
        };
        QTRY_VERIFY_WITH_TIMEOUT(pinsArrived(), 20000);
        box = inbox();
        QVERIFY(declinedIn(box, *declined.value));
        const json room = roomIn(box, *accepted.value);
        QCOMPARE(text(room["membership"]), QStringLiteral("join"));
        QCOMPARE(text(room["trust"]), QStringLiteral("unverified"));
        QCOMPARE(text(usageLimit()), QStringLiteral("null"));
    }

    // A scripted malicious server sends alice an invite whose stripped state claims her
    // server's admin created a notice room with m.federate false, named "Server Notices",
    // with a usage-limit notice pinned. Only the invite's sender is authenticated.
    void maliciousServerInvite_data()
    {
        QTest::addColumn<QStringList>("scriptOptions");
        QTest::newRow("v11 m.server_notice, create sent by her admin") << QStringList();
        QTest::newRow("v11 unstable type, create sent by her admin")
            << QStringList {QStringLiteral("--room-type"), QStringLiteral("org.matrix.msc4279.server_notice")};
        QTest::newRow("v10 content.creator and sender her admin")
            << QStringList {QStringLiteral("--room-version"), QStringLiteral("10")};
        QTest::newRow("v12 room ID hashed from a create event by her admin")
            << QStringList {QStringLiteral("--room-version"), QStringLiteral("12")};
        QTest::newRow("room ID on her server's domain")
            << QStringList {QStringLiteral("--room-id-domain"), QStringLiteral("HOME")};
        // Her server's own host name with another port: a different server all the same.
        QTest::newRow("server named localhost:OTHER_PORT")
            << QStringList {QStringLiteral("--server-host"), QStringLiteral("localhost")};
        QTest::newRow("stripped invite event from her admin") << QStringList {
            QStringLiteral("--forge-invite-member"), QStringLiteral("--inviter-localpart"), QStringLiteral("notices")};
    }

    void maliciousServerInvite()
    {
        QFETCH(QStringList, scriptOptions);
        scriptOptions.replaceInStrings(QStringLiteral("HOME"), home->serverName()); // her server's name
        const auto sent = home->sendMaliciousInvite(alice.userId, scriptOptions);
        QVERIFY2(sent.value(QStringLiteral("HTTP_STATUS")) == QLatin1String("200"), qPrintable(home->lastError()));
        const QString roomId = sent.value(QStringLiteral("ROOM_ID"));
        QVERIFY(!roomId.isEmpty());

        const json box = inbox();
        checkUnverifiedInvites(box, {roomId});
        if (QTest::currentTestFailed())
            return;
        // Stripped state is not a timeline: the "pinned" message in it is no notice.
        for (const auto& notice : roomIn(box, roomId)["notices"])
            QVERIFY(notice.value("event_id", std::string()) != s(sent.value(QStringLiteral("PINNED_EVENT_ID"))));
        // The malicious server is gone by now; her server rejects the invite locally.
        QCOMPARE(reject(roomId), 0);
        QVERIFY(declinedIn(inbox(), roomId));
    }
};

QTEST_GUILESS_MAIN(TestFederationTrust)
#include "test_federation_trust.moc"
