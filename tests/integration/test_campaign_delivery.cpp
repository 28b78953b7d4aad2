// noticectl notify against a real Synapse, with a few users: both routes deliver exactly
// one notice each (seen by the recipients' own noticectl), a rerun sends nothing more,
// recipients are checked before anything is sent, journals of other campaigns are refused,
// "all local users" leaves bots and deactivated accounts out, and rate limits (429) are
// waited out. The big kill/resume runs are in test_campaign_resume.cpp.
#include "admin_cli_fixture.h"
#include "test_campaign_support.h"

#include <QFileInfo>

#include <QTemporaryDir>

using namespace nb;
using namespace nb::testing;
using json = nlohmann::json;

class TestCampaignDelivery : public QObject {
    Q_OBJECT
    AdminCliFixture fx;
    AdminCliFixture::User alice, bob, carol;
    std::unique_ptr<ApiSession> admin;
    QTemporaryDir dir;

    QString journal(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }
    QStringList to(const QList<const AdminCliFixture::User*>& users) const
    {
        QStringList args;
        for (const auto* user : users)
            args << QStringLiteral("--to") << user->account.userId;
        return args;
    }

    // The recipient's own view: accept every notice invitation, then count the notices
    // whose body is `text` in their inbox.
    int noticesSeenBy(AdminCliFixture::User& user, const QString& text)
    {
        json box = user.cli->run({QStringLiteral("inbox"), QStringLiteral("--json")}).json();
        for (const auto& room : box.value("notice_rooms", json::array()))
            if (room.value("membership", std::string()) == "invite")
                user.cli->run({QStringLiteral("accept"), QString::fromStdString(room.value("room_id", std::string()))});
        box = user.cli->run({QStringLiteral("inbox"), QStringLiteral("--json")}).json();
        int count = 0;
        for (const auto& room : box.value("notice_rooms", json::array()))
            for (const auto& notice : room.value("notices", json::array()))
                count += notice.value("body", std::string()) == text.toStdString() ? 1 : 0;
        return count;
    }

    CliRun notify(const QStringList& args) { return fx.admin(QStringList {QStringLiteral("notify")} + args); }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(fx.start(&error), qPrintable(error));
        alice = fx.user(QStringLiteral("alice"));
        bob = fx.user(QStringLiteral("bob"));
        carol = fx.user(QStringLiteral("carol"));
        QVERIFY(!carol.account.accessToken.isEmpty());
        admin = std::make_unique<ApiSession>(fx.synapse->baseUrl(), fx.synapse->adminToken(), fx.synapse->caFile());
    }

    void serverNoticesReachEveryoneOnce()
    {
        const QString text = QStringLiteral("The server restarts tonight at 23:00 UTC.");
        const QStringList args = to({&alice, &bob, &carol})
            + QStringList {QStringLiteral("--via"), QStringLiteral("server-notices"), QStringLiteral("--journal"),
                journal("sn.jsonl"), QStringLiteral("--json"), text};
        const CliRun first = notify(args);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QCOMPARE(first.json()["sent"], 3);
        QCOMPARE(first.json()["failed"], 0);
        QCOMPARE(first.json()["resumed"], false);
        for (auto* user : {&alice, &bob, &carol})
            QCOMPARE(noticesSeenBy(*user, text), 1);

        // Same command, same journal: nothing is sent again; all count as sent.
        const CliRun again = notify(args);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(again.json()["sent"], 3);
        QCOMPARE(again.json()["resumed"], true);
        const auto counts =
            countReceived(admin->api(), {alice.account.userId, bob.account.userId, carol.account.userId}, text,
                QString::fromStdString(first.json()["campaign"].get<std::string>()));
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            QCOMPARE(it.value().messages, 1);
    }

    void noticeRoomsWithMarkdownReachEveryoneOnce()
    {
        const QString text = QStringLiteral("**Maintenance** on *Sunday*");
        const QStringList args = to({&alice, &bob, &carol})
            + QStringList {QStringLiteral("--via"), QStringLiteral("rooms"), QStringLiteral("--preset"),
                QStringLiteral("notice"), QStringLiteral("--allow-leave"), QStringLiteral("--markdown"),
                QStringLiteral("--journal"), journal("rooms.jsonl"), QStringLiteral("--json"), text};
        const CliRun first = notify(args);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QCOMPARE(first.json()["sent"], 3);
        for (auto* user : {&alice, &bob, &carol})
            QCOMPARE(noticesSeenBy(*user, text), 1);

        // Read back as the invitee: the MSC4279 room, with the campaign's marker, the leave
        // rule asked for, and the notice as m.text with sanitised HTML.
        QString roomId;
        for (const auto& record : journalRecords(journal("rooms.jsonl")))
            if (record.value("t", std::string()) == "room"
                && record.value("user", std::string()) == alice.account.userId.toStdString())
                roomId = QString::fromStdString(record.value("room", std::string()));
        QVERIFY(!roomId.isEmpty());
        const RoomState state = stateAs(*alice.api, roomId);
        QCOMPARE(state.get("m.room.create")["type"], "org.matrix.msc4279.server_notice");
        const std::string marker = state.get("m.room.create").value("io.noticeboard.delivery", std::string());
        QCOMPARE(marker, first.json()["campaign"].get<std::string>() + "/" + alice.account.userId.toStdString());
        QCOMPARE(state.get("org.matrix.msc4279.leave_rules"), json({{"leave_rule", "allow"}}));
        QCOMPARE(state.get("m.room.power_levels")["events_default"], 0);
        auto page = alice.api->wait<json>([&](auto cb) {
            alice.api->api().call("GET", "/_matrix/client/v3/rooms/" + MatrixApi::pathSegment(roomId) + "/messages",
                {{"dir", QStringLiteral("b")}}, {}, true, [cb](Result<json> r, const QUrl&) { cb(r); });
        });
        QVERIFY(page.ok());
        int messages = 0;
        for (const auto& event : (*page.value)["chunk"])
            if (event.value("type", std::string()) == "m.room.message") {
                ++messages;
                QCOMPARE(event["content"]["msgtype"], "m.text");
                QCOMPARE(event["content"]["format"], "org.matrix.custom.html");
                QVERIFY(event["content"]["formatted_body"].get<std::string>().find("<strong>Maintenance</strong>")
                    != std::string::npos);
            }
        QCOMPARE(messages, 1);

        const CliRun again = notify(args);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(again.json()["sent"], 3);
        const auto counts =
            countReceived(admin->api(), {alice.account.userId, bob.account.userId, carol.account.userId}, text,
                QString::fromStdString(first.json()["campaign"].get<std::string>()));
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            QCOMPARE(it.value().messages, 1);
            QCOMPARE(it.value().markedRooms, 1);
        }
    }

    void recipientsAreCheckedBeforeSending()
    {
        const QString nobody = QStringLiteral("@nobody:%1").arg(fx.synapse->serverName());
        const CliRun run = notify({QStringLiteral("--to"), alice.account.userId, QStringLiteral("--to"), nobody,
            QStringLiteral("--to"), QStringLiteral("@someone:elsewhere.example"), QStringLiteral("--via"),
            QStringLiteral("server-notices"), QStringLiteral("--journal"), journal("bad.jsonl"),
            QStringLiteral("--json"), QStringLiteral("never sent")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.json()["rejected"].size(), 2u);
        QVERIFY2(run.text().contains(QStringLiteral("no such user")), run.err.constData());
        QVERIFY2(run.text().contains(QStringLiteral("elsewhere.example")), run.err.constData());
        QVERIFY(!QFile::exists(journal("bad.jsonl")));
        QCOMPARE(
            countReceived(admin->api(), {alice.account.userId}, QStringLiteral("never sent"), {})[alice.account.userId]
                .messages,
            0);

        const CliRun notAnId = notify({QStringLiteral("--to"), QStringLiteral("bob"), QStringLiteral("--via"),
            QStringLiteral("rooms"), QStringLiteral("--journal"), journal("bad.jsonl"), QStringLiteral("x")});
        QCOMPARE(notAnId.exitCode, 2);
    }

    void usageErrorsAndOtherCampaignsJournal()
    {
        const QString j = journal("sn.jsonl"); // from serverNoticesReachEveryoneOnce
        const CliRun other = notify(to({&alice, &bob, &carol})
            + QStringList {QStringLiteral("--via"), QStringLiteral("server-notices"), QStringLiteral("--journal"), j,
                QStringLiteral("Another text")});
        QCOMPARE(other.exitCode, 2);
        QVERIFY2(other.text().contains(QStringLiteral("different campaign")), other.err.constData());
        const CliRun fewer = notify(to({&alice})
            + QStringList {QStringLiteral("--via"), QStringLiteral("server-notices"), QStringLiteral("--journal"), j,
                QStringLiteral("The server restarts tonight at 23:00 UTC.")});
        QCOMPARE(fewer.exitCode, 2);
        QVERIFY2(fewer.text().contains(QStringLiteral("recipients")), fewer.err.constData());
        QCOMPARE(
            notify({QStringLiteral("--to"), alice.account.userId, QStringLiteral("--journal"), j, QStringLiteral("x")})
                .exitCode,
            2);
        // Without --journal the campaign gets a new journal in the profile's campaigns folder,
        // named in the summary, and the history lists it.
        const CliRun unnamed = notify({QStringLiteral("--to"), alice.account.userId, QStringLiteral("--via"),
            QStringLiteral("rooms"), QStringLiteral("--json"), QStringLiteral("x")});
        QVERIFY2(unnamed.exitCode == 0, unnamed.err.constData());
        const QString kept = QString::fromStdString(unnamed.json().value("journal", std::string()));
        QVERIFY2(kept.startsWith(fx.adminCli->path() + QStringLiteral("/campaigns/")), qPrintable(kept));
        QVERIFY(QFileInfo(kept).isFile());
        QVERIFY2(
            fx.admin({QStringLiteral("campaign"), QStringLiteral("list")}).text().contains(kept), qPrintable(kept));
        QCOMPARE(notify({QStringLiteral("--to"), alice.account.userId, QStringLiteral("--all-local-users"),
                            QStringLiteral("--via"), QStringLiteral("rooms"), QStringLiteral("--journal"), j,
                            QStringLiteral("x")})
                     .exitCode,
            2);
        // Not an admin: refused before anything else.
        const CliRun user = bob.cli->run(
            {QStringLiteral("notify"), QStringLiteral("--to"), alice.account.userId, QStringLiteral("--via"),
                QStringLiteral("rooms"), QStringLiteral("--journal"), journal("bob.jsonl"), QStringLiteral("hi")});
        QCOMPARE(user.exitCode, 3);
    }

    void allLocalUsersLeavesBotsAndDeactivatedOut()
    {
        const QString server = fx.synapse->serverName();
        const QString botId = QStringLiteral("@helperbot:%1").arg(server);
        const QString goneId = QStringLiteral("@gone:%1").arg(server);
        auto put = [&](const QString& user, const json& body) {
            return admin
                ->wait<json>([&](auto cb) {
                    admin->api().call("PUT", "/_synapse/admin/v2/users/" + MatrixApi::pathSegment(user), {},
                        QByteArray::fromStdString(body.dump()), true, [cb](Result<json> r, const QUrl&) { cb(r); });
                })
                .ok();
        };
        QVERIFY(put(botId, {{"user_type", "bot"}}));
        QVERIFY(put(goneId, json::object()));
        QVERIFY(put(goneId, {{"deactivated", true}}));

        const QString text = QStringLiteral("Everyone: new terms of service.");
        const CliRun run =
            notify({QStringLiteral("--all-local-users"), QStringLiteral("--via"), QStringLiteral("server-notices"),
                QStringLiteral("--journal"), journal("all.jsonl"), QStringLiteral("--json"), text});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const json header = journalRecords(journal("all.jsonl")).value(0);
        QStringList recipients;
        for (const auto& user : header["recipients"])
            recipients << QString::fromStdString(user.get<std::string>());
        for (const QString& expected :
            {alice.account.userId, bob.account.userId, carol.account.userId, fx.synapse->adminUserId()})
            QVERIFY2(recipients.contains(expected), qPrintable(expected));
        QVERIFY(!recipients.contains(botId));
        QVERIFY(!recipients.contains(goneId));
        QCOMPARE(run.json()["sent"], int(recipients.size()));
        QCOMPARE(noticesSeenBy(bob, text), 1);

        // A deactivated user named explicitly is skipped, not an error.
        QFile list(dir.filePath(QStringLiteral("list.txt")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("# people\n\n" + alice.account.userId.toUtf8() + "\n" + goneId.toUtf8() + "\n"
            + alice.account.userId.toUtf8() + "\n");
        list.close();
        const CliRun file = notify({QStringLiteral("--to-file"), list.fileName(), QStringLiteral("--via"),
            QStringLiteral("server-notices"), QStringLiteral("--journal"), journal("file.jsonl"),
            QStringLiteral("--json"), QStringLiteral("From a file")});
        QVERIFY2(file.exitCode == 0, file.err.constData());
        QCOMPARE(file.json()["sent"], 1);
        QCOMPARE(file.json()["skipped"], 1);
        QCOMPARE(file.json()["skips"][0]["user"], goneId.toStdString());
    }

    // Synapse goes away for longer than the retries last: the run stops by itself (exit 5)
    // with the rest pending; once the server is back the same command completes it.
    void serverGoneStopsTheRunThenResumes()
    {
        int failures = 0;
        const QStringList users =
            createUsers(admin->api(), fx.synapse->serverName(), QStringLiteral("outage"), 24, &failures);
        QCOMPARE(failures, 0);
        QFile list(dir.filePath(QStringLiteral("outage.txt")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write(users.join(QLatin1Char('\n')).toUtf8());
        list.close();
        const QString text = QStringLiteral("Delivered despite an outage.");
        const QStringList args = {QStringLiteral("notify"), QStringLiteral("--to-file"), list.fileName(),
            QStringLiteral("--via"), QStringLiteral("server-notices"), QStringLiteral("--concurrency"),
            QStringLiteral("2"), QStringLiteral("--journal"), journal("outage.jsonl"), QStringLiteral("--json"), text};
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NOTICEBOARD_CA_FILE"), fx.synapse->caFile());
        env.insert(QStringLiteral("NOTICEBOARD_TOKEN_STORE"), QStringLiteral("file"));
        process.setProcessEnvironment(env);
        process.start(
            QStringLiteral(NB_NOTICECTL), QStringList {QStringLiteral("--profile"), fx.adminCli->path()} + args);
        QTRY_VERIFY_WITH_TIMEOUT(countRecords(journal("outage.jsonl"), "sent") >= 2, 30000);
        QVERIFY(fx.synapse->stopSynapse());
        QVERIFY(process.waitForFinished(90000));
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(process.exitCode(), 5);
        QVERIFY2(err.contains("Run the same command again"), err.constData());
        const json halted = json::parse(process.readAllStandardOutput().toStdString(), nullptr, false);
        QVERIFY(halted.value("halted", false));
        QVERIFY(halted.value("pending", 0) > 0);
        QVERIFY(fx.synapse->startSynapse());

        const CliRun resumed = fx.admin(args);
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        QCOMPARE(resumed.json()["sent"], 24);
        const auto counts = countReceived(admin->api(), users, text, {});
        for (const QString& user : users)
            QCOMPARE(counts[user].messages, 1);
    }

    // Last: it tightens the server's rate limits for good.
    void rateLimitsAreWaitedOut()
    {
        QString output;
        QVERIFY2(runHarness({QStringLiteral("set-config"), fx.synapse->directory(),
                                QStringLiteral("rc_message: {per_second: 1, burst_count: 2}"),
                                QStringLiteral("rc_room_creation: {per_second: 1, burst_count: 2}")},
                     &output),
            qPrintable(output));
        QVERIFY(fx.synapse->restartSynapse());
        int failures = 0;
        const QStringList users =
            createUsers(admin->api(), fx.synapse->serverName(), QStringLiteral("limited"), 5, &failures);
        QCOMPARE(failures, 0);
        QStringList args;
        for (const QString& user : users)
            args << QStringLiteral("--to") << user;
        const QString text = QStringLiteral("Rate-limited but delivered.");
        const CliRun run = notify(args
            + QStringList {QStringLiteral("--via"), QStringLiteral("rooms"), QStringLiteral("--journal"),
                journal("limited.jsonl"), QStringLiteral("--json"), text});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json()["sent"], 5);
        QVERIFY2(run.text().contains(QStringLiteral("slow down")), "no 429 was seen; the limits did not bite");
        const auto counts =
            countReceived(admin->api(), users, text, QString::fromStdString(run.json()["campaign"].get<std::string>()));
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            QVERIFY(!it.value().readFailed);
            QCOMPARE(it.value().messages, 1);
            QCOMPARE(it.value().markedRooms, 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestCampaignDelivery)
#include "test_campaign_delivery.moc"
