// noticectl's admin verbs against a real Synapse: each MSC4279 preset read back as the
// invitee, Markdown notices, pins, leave rules changing what the invitee may do, and
// non-admins refused. Usage limits and "Sent notices": test_admin_notices.cpp.
#include "admin_cli_fixture.h"

using namespace nb;
using namespace nb::testing;
using json = nlohmann::json;

class TestAdminCli : public QObject {
    Q_OBJECT
    AdminCliFixture fx;
    AdminCliFixture::User alice, bob;

    std::string s(const QString& text) { return text.toStdString(); }
    QStringList args(std::initializer_list<const char*> list)
    {
        QStringList result;
        for (const char* arg : list)
            result << QString::fromUtf8(arg);
        return result;
    }

    QString createRoom(const QString& preset, const QStringList& extra = {})
    {
        const CliRun run =
            fx.admin(QStringList {QStringLiteral("room"), QStringLiteral("create"), QStringLiteral("--preset"), preset,
                         QStringLiteral("--invite"), alice.account.userId, QStringLiteral("--json")}
                + extra);
        if (run.exitCode != 0)
            qWarning("room create failed: %s", run.err.constData());
        return QString::fromStdString(run.json().value("room_id", std::string()));
    }

private slots:
    void initTestCase()
    {
        // The admin sends ~16 events back to back (notice rooms, notices, pins, leave rules):
        // beyond stock rc_message's burst of 10 (then 1 per 5 s), and noticectl's one-shot
        // commands report a 429 rather than wait.
        fx.relaxRateLimitsBecause = QStringLiteral("the admin sends ~16 events back to back (rooms, notices, pins, "
                                                   "leave rules): beyond stock rc_message, 10 then 1 per 5 s");
        QString error;
        QVERIFY2(fx.start(&error), qPrintable(error));
        alice = fx.user(QStringLiteral("alice"));
        bob = fx.user(QStringLiteral("bob"));
        QVERIFY(!alice.account.accessToken.isEmpty() && !bob.account.accessToken.isEmpty());
    }

    void adminCheck()
    {
        const CliRun admin = fx.admin(args({"admin", "check"}));
        QCOMPARE(admin.exitCode, 0);
        QCOMPARE(admin.json(), json({{"admin", true}}));
        const CliRun user = bob.cli->run(args({"admin", "check"}));
        QCOMPARE(user.exitCode, 0);
        QCOMPARE(user.json(), json({{"admin", false}}));
    }

    void presetStateMatchesTheMsc_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("eventsDefault");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("leaveRule");
        QTest::newRow("notice_readonly") << QStringLiteral("notice_readonly") << QStringList() << 100
                                         << QStringLiteral("Server Notice") << QStringLiteral("deny");
        QTest::newRow("notice, named, leave allowed")
            << QStringLiteral("notice")
            << QStringList {QStringLiteral("--name"), QStringLiteral("Your appeal"), QStringLiteral("--topic"),
                   QStringLiteral("Case 42"), QStringLiteral("--allow-leave")}
            << 0 << QStringLiteral("Your appeal") << QStringLiteral("allow");
    }

    void presetStateMatchesTheMsc()
    {
        QFETCH(QString, preset);
        QFETCH(QStringList, extra);
        QFETCH(int, eventsDefault);
        QFETCH(QString, name);
        QFETCH(QString, leaveRule);
        const QString roomId = createRoom(preset, extra);
        QVERIFY(roomId.startsWith(QLatin1Char('!')));
        // The invite is a direct one (is_direct defaults to true in both presets).
        ApiSession admin(fx.synapse->baseUrl(), fx.synapse->adminToken(), fx.synapse->caFile());
        auto invite = admin.wait<json>([&](auto cb) {
            admin.api().stateEvent(roomId, QStringLiteral("m.room.member"), alice.account.userId, cb);
        });
        QVERIFY(invite.ok());
        QCOMPARE((*invite.value)["membership"], "invite");
        QCOMPARE((*invite.value)["is_direct"], true);
        QVERIFY(alice.api->join(roomId));

        // Read back as the invitee, from the server, not through our own parser.
        auto state = stateAs(*alice.api, roomId);
        json create = state.get("m.room.create");
        QCOMPARE(create["type"], "org.matrix.msc4279.server_notice"); // Synapse advertises no MSC4279: unstable
        QCOMPARE(create["m.federate"], false);
        QCOMPARE(state.get("m.room.history_visibility"), json({{"history_visibility", "shared"}}));
        QCOMPARE(state.get("m.room.join_rules"), json({{"join_rule", "invite"}}));
        QCOMPARE(state.get("m.room.guest_access"), json({{"guest_access", "can_join"}}));
        json levels = state.get("m.room.power_levels");
        QCOMPARE(levels["events_default"], eventsDefault);
        for (const char* key : {"ban", "kick", "invite", "redact", "state_default"})
            QCOMPARE(levels[key], 100);
        QCOMPARE(levels["notifications"], json({{"room", 100}}));
        QCOMPARE(levels["users_default"], 0);
        json users = levels["users"];
        QCOMPARE(users[s(fx.synapse->adminUserId())], 100);
        QCOMPARE(users.value(s(alice.account.userId), 0), 0);
        users.erase(s(fx.synapse->adminUserId()));
        users.erase(s(alice.account.userId));
        QVERIFY2(users.empty(), users.dump().c_str());
        // Synapse adds its default per-event levels (m.room.name 50, ...) that the MSC's
        // table does not list; none of them may let the invitee (level 0) change anything.
        const json events = levels.value("events", json::object());
        for (auto it = events.begin(); it != events.end(); ++it)
            QVERIFY2(it.value().is_number_integer() && it.value().get<int>() >= 50, it.key().c_str());
        QCOMPARE(state.get("m.room.name")["name"], s(name));
        if (extra.contains(QStringLiteral("--topic")))
            QCOMPARE(state.get("m.room.topic")["topic"], "Case 42");
        QCOMPARE(state.get("org.matrix.msc4279.leave_rules"), json({{"leave_rule", s(leaveRule)}}));
        QCOMPARE(state.get("m.room.member", s(alice.account.userId))["membership"], "join");
    }

    void markdownNotice()
    {
        const QString roomId = createRoom(QStringLiteral("notice_readonly"));
        QVERIFY(alice.api->join(roomId));
        const QString source = QStringLiteral("**Maintenance** on *Sunday*, see [status](https://status.example.org).");
        const CliRun sent = fx.admin({QStringLiteral("send"), roomId, source, QStringLiteral("--markdown")});
        QCOMPARE(sent.exitCode, 0);
        const QString eventId = firstLine(sent);
        QVERIFY(eventId.startsWith(QLatin1Char('$')));
        auto event = alice.api->wait<json>([&](auto cb) { alice.api->api().roomEvent(roomId, eventId, cb); });
        QVERIFY(event.ok());
        json content = (*event.value)["content"];
        QCOMPARE(content["msgtype"], "m.text");
        QCOMPARE(content["body"], s(source));
        QCOMPARE(content["format"], "org.matrix.custom.html");
        const QString html = QString::fromStdString(content["formatted_body"].get<std::string>());
        QVERIFY2(html.contains(QStringLiteral("<strong>Maintenance</strong>")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("<a href=\"https://status.example.org\">status</a>")), qPrintable(html));

        const CliRun plain =
            fx.admin({QStringLiteral("send"), roomId, QStringLiteral("**plain**"), QStringLiteral("--json")});
        QCOMPARE(plain.exitCode, 0);
        const QString plainId = QString::fromStdString(plain.json().value("event_id", std::string()));
        auto plainEvent = alice.api->wait<json>([&](auto cb) { alice.api->api().roomEvent(roomId, plainId, cb); });
        QVERIFY(plainEvent.ok());
        QCOMPARE((*plainEvent.value)["content"], json({{"msgtype", "m.text"}, {"body", "**plain**"}}));
    }

    void pinAndUnpin()
    {
        const QString roomId = createRoom(QStringLiteral("notice_readonly"));
        QVERIFY(alice.api->join(roomId));
        const QString first = firstLine(fx.admin({QStringLiteral("send"), roomId, QStringLiteral("Read this first.")}));
        const QString second = firstLine(fx.admin({QStringLiteral("send"), roomId, QStringLiteral("And this.")}));
        auto pins = [&] {
            return stateAs(*alice.api, roomId).get("m.room.pinned_events").value("pinned", json::array());
        };
        QCOMPARE(pins(), json::array());
        QCOMPARE(fx.admin({QStringLiteral("pin"), roomId, first}).exitCode, 0);
        QCOMPARE(fx.admin({QStringLiteral("pin"), roomId, second}).exitCode, 0);
        QCOMPARE(fx.admin({QStringLiteral("pin"), roomId, second}).exitCode, 0); // twice: still once
        QCOMPARE(pins(), json::array({s(first), s(second)}));
        QCOMPARE(fx.admin({QStringLiteral("unpin"), roomId, first}).exitCode, 0);
        QCOMPARE(pins(), json::array({s(second)}));
        // The invitee's own app shows the pin.
        json room = roomIn(alice.cli->run(args({"inbox", "--json"})).json(), roomId);
        QVERIFY(room.is_object());
        for (const auto& notice : room["notices"])
            QCOMPARE(notice["pinned"], notice["event_id"] == s(second));
    }

    void leaveRuleChangesWhatTheInviteeMayDo()
    {
        const QString roomId = createRoom(QStringLiteral("notice"));
        QCOMPARE(alice.cli->run({QStringLiteral("accept"), roomId}).exitCode, 0);
        const CliRun refused = alice.cli->run({QStringLiteral("archive"), roomId});
        QCOMPARE(refused.exitCode, 3);
        QCOMPARE(fx.admin({QStringLiteral("leave-rule"), roomId, QStringLiteral("allow")}).exitCode, 0);
        QCOMPARE(stateAs(*alice.api, roomId).get("org.matrix.msc4279.leave_rules")["leave_rule"], "allow");
        QCOMPARE(fx.admin({QStringLiteral("leave-rule"), roomId, QStringLiteral("deny")}).exitCode, 0);
        QCOMPARE(alice.cli->run({QStringLiteral("archive"), roomId}).exitCode, 3);
        QCOMPARE(fx.admin({QStringLiteral("leave-rule"), roomId, QStringLiteral("allow")}).exitCode, 0);
        QCOMPARE(alice.cli->run({QStringLiteral("archive"), roomId}).exitCode, 0);
        QCOMPARE(roomIn(alice.cli->run(args({"inbox", "--json"})).json(), roomId)["membership"], "leave");
    }

    void leaveRuleWritesEveryFormTheRoomHas()
    {
        // A room that also carries the stable form (set by another tool): receivers that
        // read it first, like ours, must see the change too.
        const QString roomId = createRoom(QStringLiteral("notice"));
        QCOMPARE(alice.cli->run({QStringLiteral("accept"), roomId}).exitCode, 0);
        ApiSession admin(fx.synapse->baseUrl(), fx.synapse->adminToken(), fx.synapse->caFile());
        QVERIFY(!admin.sendState(roomId, QStringLiteral("m.room.leave_rules"), {{"leave_rule", "deny"}}).isEmpty());
        QCOMPARE(alice.cli->run({QStringLiteral("archive"), roomId}).exitCode, 3);
        QCOMPARE(fx.admin({QStringLiteral("leave-rule"), roomId, QStringLiteral("allow")}).exitCode, 0);
        auto state = stateAs(*alice.api, roomId);
        QCOMPARE(state.get("m.room.leave_rules")["leave_rule"], "allow");
        QCOMPARE(state.get("org.matrix.msc4279.leave_rules")["leave_rule"], "allow");
        QCOMPARE(alice.cli->run({QStringLiteral("archive"), roomId}).exitCode, 0);
    }

    void usageErrors()
    {
        QCOMPARE(
            fx.admin(args({"room", "create", "--preset", "private_chat", "--invite", "@x:localhost"})).exitCode, 2);
        QCOMPARE(fx.admin(args({"room", "create", "--preset", "notice"})).exitCode, 2);
        QCOMPARE(
            fx.admin(args({"room", "create", "--preset", "notice", "--invite", "@a:x", "--invite", "@b:x"})).exitCode,
            2);
        QCOMPARE(fx.admin(args({"room", "create", "--preset", "notice", "--invite", "alice"})).exitCode, 2);
        QCOMPARE(fx.admin(args({"leave-rule", "!r:x", "maybe"})).exitCode, 2);
        QCOMPARE(fx.admin(args({"usage-limit", "@a:x"})).exitCode, 2);
        QCOMPARE(fx.admin(args({"admin", "promote"})).exitCode, 2);
        // An unknown room is the server's answer (M_FORBIDDEN: not in the room).
        const CliRun unknown = fx.admin(args({"send", "!nope:localhost", "hello"}));
        QCOMPARE(unknown.exitCode, 4);
        QVERIFY2(unknown.text().contains(QStringLiteral("Could not send the notice")), unknown.err.constData());
    }

    void nonAdminIsRefused()
    {
        const int roomsBefore = int(alice.cli->run(args({"inbox", "--json"})).json()["notice_rooms"].size());
        const QString alsoAlice = alice.account.userId;
        const QList<QStringList> verbs = {
            {QStringLiteral("room"), QStringLiteral("create"), QStringLiteral("--preset"), QStringLiteral("notice"),
                QStringLiteral("--invite"), alsoAlice},
            {QStringLiteral("send"), QStringLiteral("!r:localhost"), QStringLiteral("hello")},
            {QStringLiteral("pin"), QStringLiteral("!r:localhost"), QStringLiteral("$e")},
            {QStringLiteral("unpin"), QStringLiteral("!r:localhost"), QStringLiteral("$e")},
            {QStringLiteral("leave-rule"), QStringLiteral("!r:localhost"), QStringLiteral("allow")},
            {QStringLiteral("usage-limit"), alsoAlice, QStringLiteral("--limit-type"),
                QStringLiteral("monthly_active_user")},
            {QStringLiteral("usage-limit"), alsoAlice, QStringLiteral("--clear")},
            {QStringLiteral("admin"), QStringLiteral("sent")},
        };
        for (const QStringList& verb : verbs) {
            const CliRun run = bob.cli->run(verb);
            QVERIFY2(run.exitCode == 3, qPrintable(verb.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.text()));
            QVERIFY2(run.text().contains(
                         QStringLiteral("You are not a server administrator of %1.").arg(fx.synapse->serverName())),
                run.err.constData());
            QVERIFY(run.out.isEmpty());
        }
        QCOMPARE(int(alice.cli->run(args({"inbox", "--json"})).json()["notice_rooms"].size()), roomsBefore);
    }
};

QTEST_GUILESS_MAIN(TestAdminCli)
#include "test_admin_cli.moc"
