// What the server says about the account, end to end against a real Synapse 1.160 with
// noticectl: the terms of service not accepted (Synapse's user_consent), a suspended, a locked
// and a deactivated account, and private read receipts (the setting "Let the senders see when
// I have read a notice" off). Stock rate limits: each instance sees at most 3 logins.
#include "admin_session.h"
#include "cli_runner.h"
#include "synapse_instance.h"

#include <QFile>
#include <QProcess>
#include <QTest>
#include <QUrlQuery>

using namespace nb;
using namespace nb::testing;
using json = nlohmann::json;

namespace {
std::string s(const QString& text)
{
    return text.toStdString();
}

struct Answer {
    int status = 0;
    json body;
};

// One HTTP request with curl (the harness needs it anyway): admin API calls nb::MatrixApi
// does not have (suspend, lock, force-join) and the consent form, which is HTML.
Answer request(const testsupport::SynapseInstance& synapse, const QString& method, const QString& path,
    const QByteArray& jsonBody, const QString& token = {}, const QStringList& form = {})
{
    QStringList args {QStringLiteral("-s"), QStringLiteral("--cacert"), synapse.caFile(), QStringLiteral("-X"), method,
        QStringLiteral("-w"), QStringLiteral("\n%{http_code}")};
    if (!token.isEmpty())
        args << QStringLiteral("-H") << QStringLiteral("Authorization: Bearer ") + token;
    if (!jsonBody.isEmpty())
        args << QStringLiteral("-d") << QString::fromUtf8(jsonBody);
    for (const QString& field : form)
        args << QStringLiteral("--data-urlencode") << field;
    args << synapse.baseUrl().toString() + path;
    QProcess curl;
    curl.start(QStringLiteral("curl"), args);
    curl.waitForFinished(60000);
    const QByteArray out = curl.readAllStandardOutput();
    const qsizetype cut = out.lastIndexOf('\n');
    Answer answer;
    answer.status = out.mid(cut + 1).toInt();
    answer.body = json::parse(out.left(cut).cbegin(), out.left(cut).cend(), nullptr, false);
    return answer;
}

QString userPath(const QString& userId)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(userId));
}

CliRun login(const CliProfile& cli, const QString& user, const QByteArray& password)
{
    return cli.run(
        {QStringLiteral("login"), QStringLiteral("--user"), user, QStringLiteral("--password-stdin")}, password + '\n');
}

std::unique_ptr<testsupport::SynapseInstance> startSynapse(bool userConsent)
{
    // Production pace: Synapse's stock rate limits (at most 3 logins from 127.0.0.1 here).
    auto options = testsupport::SynapseOptions::stockRateLimits();
    options.userConsent = userConsent;
    options.supportAdmins = {QStringLiteral("@admin:SERVER")};
    auto synapse = std::make_unique<testsupport::SynapseInstance>(options);
    return synapse;
}
} // namespace

class TestAccountStates : public QObject {
    Q_OBJECT

private slots:
    // Synapse's user_consent: replies are refused until the terms are accepted; the consent
    // notice arrives in the inbox; accepting clears the state at the next reply that works.
    void consentNotGiven()
    {
        auto synapse = startSynapse(true);
        QString error;
        QVERIFY2(synapse->start(&error), qPrintable(error));
        const auto alice = synapse->registerUser(QStringLiteral("alice"), QStringLiteral("alice-pw"));
        QVERIFY(!alice.accessToken.isEmpty());

        // The admin, too, must accept the terms before creating a room.
        ApiSession admin(synapse->baseUrl(), synapse->adminToken(), synapse->caFile());
        const json body = noticeRoomBody(synapse->adminUserId(), alice.userId, false, "deny", "Account review");
        auto created = admin.wait<QString>([&](auto cb) { admin.api().createRoom(body, cb); });
        QVERIFY(!created.ok());
        QCOMPARE(created.failure.matrix.errcode, QStringLiteral("M_CONSENT_NOT_GIVEN"));
        QCOMPARE(synapse->acceptConsent(created.failure.matrix.consentUri.value_or(QString())), 200);
        const QString roomId = admin.createRoom(body);
        QVERIFY(!roomId.isEmpty());
        QVERIFY(!admin.send(roomId, {{"msgtype", "m.text"}, {"body", "Your report was reviewed."}}).isEmpty());
        // alice cannot join it herself before accepting: an admin puts her in (admin join API).
        QCOMPARE(request(*synapse, QStringLiteral("POST"), QStringLiteral("/_synapse/admin/v1/join/") + roomId,
                     QByteArray::fromStdString(json {{"user_id", s(alice.userId)}}.dump()), synapse->adminToken())
                     .status,
            200);

        CliProfile cli(synapse->caFile());
        QCOMPARE(login(cli, alice.userId, "alice-pw").exitCode, 0);
        QCOMPARE(cli.run({QStringLiteral("status"), QStringLiteral("--json")}).json()["account_state"], json());

        const CliRun refused = cli.run({QStringLiteral("reply"), roomId, QStringLiteral("Thank you")});
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.text().contains(QStringLiteral("terms of service")), refused.err.constData());
        QVERIFY2(refused.text().contains(synapse->baseUrl().toString() + QStringLiteral("/_matrix/consent?u=alice")),
            refused.err.constData());

        // status, in another process: what the server said is kept in the profile.
        const json state = cli.run({QStringLiteral("status"), QStringLiteral("--json")}).json()["account_state"];
        QCOMPARE(state["state"], "consent_not_given");
        const QString consentUri = QString::fromStdString(state["consent_uri"].get<std::string>());
        QVERIFY2(consentUri.startsWith(synapse->baseUrl().toString() + QStringLiteral("/_matrix/consent?")),
            qPrintable(consentUri));
        const CliRun text = cli.run({QStringLiteral("status")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.text().contains(QStringLiteral("Terms of service: ") + consentUri), text.out.constData());
        QVERIFY(text.text().contains(QStringLiteral("administrators: ") + synapse->adminUserId()));

        // Synapse's consent notice: an invite from @notices to the server notices room.
        QString noticesRoom;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const json box = cli.run({QStringLiteral("inbox"), QStringLiteral("--json")}).json();
                for (const auto& room : box.value("notice_rooms", json::array()))
                    if (room["kind"] == "legacy")
                        noticesRoom = QString::fromStdString(room["room_id"].get<std::string>());
                return !noticesRoom.isEmpty();
            }(),
            30000);
        QCOMPARE(cli.run({QStringLiteral("accept"), noticesRoom}).exitCode, 0); // joining it is allowed
        const json notices = roomIn(cli.run({QStringLiteral("inbox"), QStringLiteral("--json")}).json(), noticesRoom);
        QCOMPARE(notices["trust"], "official");
        QVERIFY2(QString::fromStdString(notices["notices"].back()["body"].get<std::string>())
                     .contains(QStringLiteral("terms of service")),
            notices.dump().c_str());

        // Accepted on the consent page: the state holds until a request proves otherwise.
        QCOMPARE(synapse->acceptConsent(consentUri), 200);
        QCOMPARE(cli.run({QStringLiteral("status"), QStringLiteral("--json")}).json()["account_state"]["state"],
            "consent_not_given");
        QCOMPARE(cli.run({QStringLiteral("reply"), roomId, QStringLiteral("Thank you")}).exitCode, 0);
        QCOMPARE(cli.run({QStringLiteral("status"), QStringLiteral("--json")}).json()["account_state"], json());
    }

    // Suspended (admin API): reading works, sending (replies, appeals) and joining do not;
    // unsuspended, the next reply clears it. Locked: every request is refused, the session
    // stays, and unlocking brings it back. Deactivated: said at login.
    void suspendedLockedDeactivated()
    {
        auto synapse = startSynapse(false);
        QString error;
        QVERIFY2(synapse->start(&error), qPrintable(error));
        const auto bob = synapse->registerUser(QStringLiteral("bob"), QStringLiteral("bob-pw"));
        const auto carol = synapse->registerUser(QStringLiteral("carol"), QStringLiteral("carol-pw"));
        const auto dave = synapse->registerUser(QStringLiteral("dave"), QStringLiteral("dave-pw"));
        QVERIFY(!bob.accessToken.isEmpty() && !carol.accessToken.isEmpty() && !dave.accessToken.isEmpty());
        ApiSession admin(synapse->baseUrl(), synapse->adminToken(), synapse->caFile());
        const QString roomId =
            admin.createRoom(noticeRoomBody(synapse->adminUserId(), bob.userId, false, "deny", "Account review"));
        QVERIFY(!roomId.isEmpty());
        QVERIFY(!admin.send(roomId, {{"msgtype", "m.text"}, {"body", "We are reviewing your account."}}).isEmpty());

        CliProfile bobCli(synapse->caFile());
        QCOMPARE(login(bobCli, bob.userId, "bob-pw").exitCode, 0);
        QCOMPARE(bobCli.run({QStringLiteral("accept"), roomId}).exitCode, 0);

        const Answer suspended = request(*synapse, QStringLiteral("PUT"),
            QStringLiteral("/_synapse/admin/v1/suspend/") + userPath(bob.userId), R"({"suspend": true})",
            synapse->adminToken());
        QCOMPARE(suspended.status, 200);
        QVERIFY(!admin.send(roomId, {{"msgtype", "m.text"}, {"body", "Your account is suspended."}}).isEmpty());
        // Reading still works, and so does marking as read.
        const json room = roomIn(bobCli.run({QStringLiteral("inbox"), QStringLiteral("--json")}).json(), roomId);
        QCOMPARE(room["notices"].back()["body"], "Your account is suspended.");
        QCOMPARE(bobCli.run({QStringLiteral("read"), roomId}).exitCode, 0);
        const CliRun appeal = bobCli.run({QStringLiteral("reply"), roomId, QStringLiteral("I appeal")});
        QCOMPARE(appeal.exitCode, 4);
        QVERIFY2(appeal.text().contains(QStringLiteral("suspended")), appeal.err.constData());
        QVERIFY2(appeal.text().contains(QStringLiteral("appeals included")), appeal.err.constData());
        json status = bobCli.run({QStringLiteral("status"), QStringLiteral("--json")}).json();
        QCOMPARE(status["account_state"]["state"], "suspended");
        QCOMPARE(status["account_state"]["support_admins"], json::array({s(synapse->adminUserId())}));
        // A new notice cannot be opened while suspended (joining is refused too).
        const QString second =
            admin.createRoom(noticeRoomBody(synapse->adminUserId(), bob.userId, false, "deny", "Decision"));
        QVERIFY(!second.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            !roomIn(bobCli.run({QStringLiteral("inbox"), QStringLiteral("--json")}).json(), second).is_null(), 30000);
        const CliRun accept = bobCli.run({QStringLiteral("accept"), second});
        QCOMPARE(accept.exitCode, 4);
        QVERIFY(accept.text().contains(QStringLiteral("suspended")));

        QCOMPARE(request(*synapse, QStringLiteral("PUT"),
                     QStringLiteral("/_synapse/admin/v1/suspend/") + userPath(bob.userId), R"({"suspend": false})",
                     synapse->adminToken())
                     .status,
            200);
        // Lifted by the admin: `status` finds out by itself (a harmless request Synapse refuses
        // only to a suspended account), before bob tries to reply; and nothing of his changed.
        const Answer profileBefore = request(*synapse, QStringLiteral("GET"),
            QStringLiteral("/_matrix/client/v3/profile/") + userPath(bob.userId), {}, bob.accessToken);
        QCOMPARE(bobCli.run({QStringLiteral("status"), QStringLiteral("--json")}).json()["account_state"], json());
        QCOMPARE(request(*synapse, QStringLiteral("GET"),
                     QStringLiteral("/_matrix/client/v3/profile/") + userPath(bob.userId), {}, bob.accessToken)
                     .body,
            profileBefore.body);
        QCOMPARE(bobCli.run({QStringLiteral("reply"), roomId, QStringLiteral("Thanks")}).exitCode, 0);
        QCOMPARE(bobCli.run({QStringLiteral("status"), QStringLiteral("--json")}).json()["account_state"], json());

        // Locked: every request of carol's is refused (401, soft_logout); she stays logged in.
        CliProfile carolCli(synapse->caFile());
        QCOMPARE(login(carolCli, carol.userId, "carol-pw").exitCode, 0);
        QCOMPARE(request(*synapse, QStringLiteral("PUT"),
                     QStringLiteral("/_synapse/admin/v2/users/") + userPath(carol.userId), R"({"locked": true})",
                     synapse->adminToken())
                     .status,
            200);
        const CliRun locked = carolCli.run({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(locked.exitCode, 4);
        QCOMPARE(locked.json()["account_state"]["state"], "locked");
        QVERIFY2(locked.text().contains(QStringLiteral("locked")), locked.err.constData());
        // Nothing could be read, so nothing is said to be clear.
        const CliRun lockedText = carolCli.run({QStringLiteral("status")});
        QCOMPARE(lockedText.exitCode, 4);
        QVERIFY2(!lockedText.text().contains(QStringLiteral("No usage limit is in force")), lockedText.out.constData());
        QVERIFY2(lockedText.text().contains(QStringLiteral("is not known")), lockedText.out.constData());
        QVERIFY(QFile::exists(carolCli.path() + QStringLiteral("/session.json")));
        QCOMPARE(request(*synapse, QStringLiteral("PUT"),
                     QStringLiteral("/_synapse/admin/v2/users/") + userPath(carol.userId), R"({"locked": false})",
                     synapse->adminToken())
                     .status,
            200);
        const CliRun unlocked = carolCli.run({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(unlocked.exitCode, 0); // the same session works again
        QCOMPARE(unlocked.json()["account_state"], json());

        // Deactivated, with a password the admin set again afterwards: Synapse names it.
        QCOMPARE(request(*synapse, QStringLiteral("PUT"),
                     QStringLiteral("/_synapse/admin/v2/users/") + userPath(dave.userId), R"({"deactivated": true})",
                     synapse->adminToken())
                     .status,
            200);
        QCOMPARE(request(*synapse, QStringLiteral("PUT"),
                     QStringLiteral("/_synapse/admin/v2/users/") + userPath(dave.userId), R"({"password": "dave-pw"})",
                     synapse->adminToken())
                     .status,
            200);
        CliProfile daveCli(synapse->caFile());
        const CliRun deactivated = login(daveCli, dave.userId, "dave-pw");
        QCOMPARE(deactivated.exitCode, 4);
        QVERIFY2(deactivated.text().contains(QStringLiteral("has been deactivated")), deactivated.err.constData());
        QVERIFY(!deactivated.text().contains(QStringLiteral("password is wrong")));
        QVERIFY(deactivated.text().contains(QStringLiteral("Contact your server's administrators")));
    }

    // "Let the senders see when I have read a notice" off: a private receipt. The user's own
    // unread count drops; the admin's Sent notices (noticectl admin sent) still says unread.
    void privateReadReceipts()
    {
        auto synapse = startSynapse(false);
        QString error;
        QVERIFY2(synapse->start(&error), qPrintable(error));
        const auto erin = synapse->registerUser(QStringLiteral("erin"), QStringLiteral("erin-pw"));
        QVERIFY(!erin.accessToken.isEmpty());
        CliProfile adminCli(synapse->caFile());
        QCOMPARE(login(adminCli, synapse->adminUserId(), synapse->adminPassword().toUtf8()).exitCode, 0);
        const CliRun made = adminCli.run({QStringLiteral("room"), QStringLiteral("create"), QStringLiteral("--preset"),
            QStringLiteral("notice"), QStringLiteral("--invite"), erin.userId, QStringLiteral("--json")});
        QCOMPARE(made.exitCode, 0);
        const QString roomId = QString::fromStdString(made.json().value("room_id", std::string()));
        QVERIFY2(!roomId.isEmpty(), made.out.constData());
        auto send = [&](const char* text) {
            return adminCli.run({QStringLiteral("send"), roomId, QString::fromUtf8(text)}).exitCode == 0;
        };
        auto adminSeesRead = [&]() -> json {
            const json sent =
                adminCli.run({QStringLiteral("admin"), QStringLiteral("sent"), QStringLiteral("--json")}).json();
            for (const auto& room : sent.value("rooms", json::array()))
                if (room.value("room_id", std::string()) == s(roomId))
                    return room["read"];
            return json();
        };
        CliProfile erinCli(synapse->caFile());
        QCOMPARE(login(erinCli, erin.userId, "erin-pw").exitCode, 0);
        QCOMPARE(erinCli.run({QStringLiteral("accept"), roomId}).exitCode, 0);
        auto unread = [&] {
            return roomIn(erinCli.run({QStringLiteral("inbox"), QStringLiteral("--json")}).json(), roomId)["unread"];
        };
        // Synapse counts notifications from the join on: the notice comes after it.
        QVERIFY(send("First notice"));
        QTRY_COMPARE_WITH_TIMEOUT(unread(), json(1), 30000);

        // The setting, as the app saves it (settings.json), is what noticectl read follows.
        QFile settings(erinCli.path() + QStringLiteral("/settings.json"));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        json file = json::parse(settings.readAll().toStdString());
        settings.close();
        for (auto& entry : file["accounts"])
            entry["public_read_receipts"] = false;
        QVERIFY(settings.open(QIODevice::WriteOnly | QIODevice::Truncate));
        settings.write(QByteArray::fromStdString(file.dump()));
        settings.close();
        const CliRun privately = erinCli.run({QStringLiteral("read"), roomId});
        QCOMPARE(privately.exitCode, 0);
        QVERIFY2(privately.text().contains(QStringLiteral("privately")), privately.out.constData());
        QCOMPARE(unread(), 0); // the user's own count follows the private receipt
        // ... and so does the server's count for her (/sync unread_notifications).
        ApiSession erinApi(synapse->baseUrl(), erin.accessToken, synapse->caFile());
        const auto sync = erinApi.wait<json>([&](auto cb) { erinApi.api().sync(QString(), QString(), 0, false, cb); });
        QVERIFY(sync.ok());
        QCOMPARE((*sync.value)["rooms"]["join"][s(roomId)]["unread_notifications"]["notification_count"], 0);
        QCOMPARE(adminSeesRead(), false); // the sender is not told

        QVERIFY(send("Second notice"));
        QTRY_COMPARE_WITH_TIMEOUT(unread(), json(1), 30000);
        QCOMPARE(erinCli.run({QStringLiteral("read"), roomId, QStringLiteral("--public")}).exitCode, 0);
        QCOMPARE(adminSeesRead(), true);

        QVERIFY(send("Third notice"));
        QTRY_COMPARE_WITH_TIMEOUT(unread(), json(1), 30000);
        QCOMPARE(erinCli.run({QStringLiteral("read"), roomId, QStringLiteral("--private")}).exitCode, 0);
        QCOMPARE(unread(), 0);
        QCOMPARE(adminSeesRead(), false);
        QCOMPARE(erinCli.run({QStringLiteral("read"), roomId, QStringLiteral("--private"), QStringLiteral("--public")})
                     .exitCode,
            2);
    }
};

QTEST_GUILESS_MAIN(TestAccountStates)
#include "test_account_states.moc"
