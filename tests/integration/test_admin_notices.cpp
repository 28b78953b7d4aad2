// noticectl usage-limit (Synapse's server notices room through the admin API) shows and
// hides the user's usage-limit banner and leaves other pins alone; "admin sent" lists
// the notice rooms the admin created with membership, read state, leave rule and replies.
#include "admin_cli_fixture.h"

#include <QElapsedTimer>

using namespace nb;
using namespace nb::testing;
using json = nlohmann::json;

class TestAdminNotices : public QObject {
    Q_OBJECT
    AdminCliFixture fx;
    AdminCliFixture::User alice, dave;
    std::unique_ptr<ApiSession> admin;

    std::string s(const QString& text) { return text.toStdString(); }

    json status(const AdminCliFixture::User& user)
    {
        const CliRun run = user.cli->run({QStringLiteral("status"), QStringLiteral("--json")});
        return run.json().value("usage_limit", json());
    }

    QStringList pinsOf(const QString& roomId)
    {
        QStringList ids;
        for (const auto& id : stateAs(*alice.api, roomId).get("m.room.pinned_events").value("pinned", json::array()))
            ids << QString::fromStdString(id.get<std::string>());
        return ids;
    }

    json sent()
    {
        const CliRun run = fx.admin({QStringLiteral("admin"), QStringLiteral("sent"), QStringLiteral("--json")});
        if (run.exitCode != 0)
            qWarning("admin sent failed: %s", run.err.constData());
        return run.json();
    }

    // The user's server notices room as their own app lists it.
    QString legacyRoomOf(const AdminCliFixture::User& user)
    {
        CliRun run;
        QElapsedTimer waited;
        waited.start();
        do {
            run = user.cli->run({QStringLiteral("inbox"), QStringLiteral("--json")});
            for (const auto& room : run.json().value("notice_rooms", json::array()))
                if (room["kind"] == "legacy")
                    return QString::fromStdString(room["room_id"].get<std::string>());
            qWarning("no server notices room in the inbox yet: %s %s", run.out.constData(), run.err.constData());
            QTest::qWait(500);
        } while (waited.elapsed() < 20000);
        return {};
    }

    static json roomOf(const json& list, const QString& roomId)
    {
        for (const auto& room : list.value("rooms", json::array()))
            if (room["room_id"] == roomId.toStdString())
                return room;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(fx.start(&error), qPrintable(error));
        alice = fx.user(QStringLiteral("alice"));
        dave = fx.user(QStringLiteral("dave"));
        QVERIFY(!alice.account.accessToken.isEmpty() && !dave.account.accessToken.isEmpty());
        admin = std::make_unique<ApiSession>(fx.synapse->baseUrl(), fx.synapse->adminToken(), fx.synapse->caFile());
    }

    void usageLimitShowsAndHidesTheBanner()
    {
        // alice's server notices room, with an ordinary pinned notice that must survive.
        const QString welcome =
            admin->serverNotice(alice.account.userId, {{"msgtype", "m.text"}, {"body", "Welcome."}});
        QVERIFY(!welcome.isEmpty());
        const QString roomId = legacyRoomOf(alice);
        QVERIFY(!roomId.isEmpty());
        QCOMPARE(alice.cli->run({QStringLiteral("accept"), roomId}).exitCode, 0);
        QVERIFY(!admin
                     ->serverNotice(alice.account.userId, {{"pinned", {s(welcome)}}},
                         QStringLiteral("m.room.pinned_events"), QString())
                     .isEmpty());
        QVERIFY(status(alice).is_null());

        const CliRun sentLimit = fx.admin({QStringLiteral("usage-limit"), alice.account.userId,
            QStringLiteral("--limit-type"), QStringLiteral("monthly_active_user"), QStringLiteral("--admin-contact"),
            QStringLiteral("mailto:ops@localhost")});
        QCOMPARE(sentLimit.exitCode, 0);
        const QString limitId = firstLine(sentLimit);
        QVERIFY(limitId.startsWith(QLatin1Char('$')));
        json limit = status(alice);
        QVERIFY2(limit.is_object(), limit.dump().c_str());
        QCOMPARE(limit["source"], "pinned_notice");
        QCOMPARE(limit["limit_type"], "monthly_active_user");
        QCOMPARE(limit["admin_contact"], "mailto:ops@localhost");
        QCOMPARE(limit["event_id"], s(limitId));
        QCOMPARE(limit["room_id"], s(roomId));
        QCOMPARE(pinsOf(roomId), (QStringList {welcome, limitId}));

        // A second limit of another type; clearing that type leaves the first one pinned.
        const CliRun disabled = fx.admin({QStringLiteral("usage-limit"), alice.account.userId,
            QStringLiteral("--limit-type"), QStringLiteral("hs_disabled"), QStringLiteral("--json")});
        QCOMPARE(disabled.exitCode, 0);
        const QString disabledId = QString::fromStdString(disabled.json().value("event_id", std::string()));
        QCOMPARE(pinsOf(roomId), (QStringList {welcome, limitId, disabledId}));
        const CliRun clearOne =
            fx.admin({QStringLiteral("usage-limit"), alice.account.userId, QStringLiteral("--clear"),
                QStringLiteral("--limit-type"), QStringLiteral("hs_disabled"), QStringLiteral("--json")});
        QVERIFY2(clearOne.exitCode == 0 && clearOne.json() == json({{"unpinned", 1}}), qPrintable(clearOne.text()));
        QCOMPARE(pinsOf(roomId), (QStringList {welcome, limitId}));
        QCOMPARE(status(alice)["limit_type"], "monthly_active_user");

        const CliRun clear = fx.admin({QStringLiteral("usage-limit"), alice.account.userId, QStringLiteral("--clear")});
        QCOMPARE(clear.exitCode, 0);
        QVERIFY(status(alice).is_null());
        QCOMPARE(pinsOf(roomId), QStringList {welcome});
        // Nothing left to clear is not an error.
        QCOMPARE(
            fx.admin({QStringLiteral("usage-limit"), alice.account.userId, QStringLiteral("--clear")}).exitCode, 0);
    }

    void usageLimitForAUserWithoutNoticesRoom()
    {
        // dave has no server notices room yet: sending creates it and pins there.
        QCOMPARE(fx.admin({QStringLiteral("usage-limit"), dave.account.userId, QStringLiteral("--clear")}).exitCode, 0);
        const CliRun sentLimit = fx.admin({QStringLiteral("usage-limit"), dave.account.userId,
            QStringLiteral("--limit-type"), QStringLiteral("monthly_active_user")});
        QCOMPARE(sentLimit.exitCode, 0);
        const QString roomId = legacyRoomOf(dave);
        QCOMPARE(dave.cli->run({QStringLiteral("accept"), roomId}).exitCode, 0);
        QCOMPARE(status(dave)["event_id"], s(firstLine(sentLimit)));
        QCOMPARE(status(dave)["admin_contact"], "");
        // Remote users have no server notices room here.
        QCOMPARE(fx.admin({QStringLiteral("usage-limit"), QStringLiteral("@someone:elsewhere.example"),
                              QStringLiteral("--limit-type"), QStringLiteral("monthly_active_user")})
                     .exitCode,
            2);
    }

    void spoofedUsageLimitsAreLeftAlone()
    {
        // mallory pins a usage-limit notice in a room of her own that alice joined: it is
        // not alice's server notices room, so neither sending nor clearing touches it.
        auto mallory = fx.user(QStringLiteral("mallory"));
        const QString fake =
            mallory.api->createRoom({{"preset", "private_chat"}, {"invite", {s(alice.account.userId)}}});
        QVERIFY(alice.api->join(fake));
        const QString fakeLimit = mallory.api->send(fake,
            {{"msgtype", "m.server_notice"}, {"body", "Limit reached"},
                {"server_notice_type", "m.server_notice.usage_limit_reached"}, {"limit_type", "monthly_active_user"}});
        QVERIFY(!mallory.api->sendState(fake, QStringLiteral("m.room.pinned_events"), {{"pinned", {s(fakeLimit)}}})
                     .isEmpty());

        const CliRun sentLimit = fx.admin({QStringLiteral("usage-limit"), alice.account.userId,
            QStringLiteral("--limit-type"), QStringLiteral("monthly_active_user")});
        QCOMPARE(sentLimit.exitCode, 0);
        QCOMPARE(status(alice)["event_id"], s(firstLine(sentLimit)));
        const CliRun clear = fx.admin(
            {QStringLiteral("usage-limit"), alice.account.userId, QStringLiteral("--clear"), QStringLiteral("--json")});
        QVERIFY2(clear.exitCode == 0 && clear.json() == json({{"unpinned", 1}}), qPrintable(clear.text()));
        QVERIFY(status(alice).is_null());
        QCOMPARE(pinsOf(fake), QStringList {fakeLimit});
    }

    void sentNoticesShowRecipientsReadStateAndReplies()
    {
        auto create = [&](const char* preset) {
            const CliRun run = fx.admin(
                {QStringLiteral("room"), QStringLiteral("create"), QStringLiteral("--preset"), QLatin1String(preset),
                    QStringLiteral("--invite"), alice.account.userId, QStringLiteral("--name"), QLatin1String(preset)});
            return firstLine(run);
        };
        const QString appeal = create("notice");
        const QString pending = create("notice_readonly");
        QVERIFY(appeal.startsWith(QLatin1Char('!')) && pending.startsWith(QLatin1Char('!')));
        const QString notice =
            firstLine(fx.admin({QStringLiteral("send"), appeal, QStringLiteral("Your account was limited.")}));
        QVERIFY(!firstLine(fx.admin({QStringLiteral("send"), pending, QStringLiteral("Please read.")})).isEmpty());

        json list = sent();
        json room = roomOf(list, appeal);
        QVERIFY2(room.is_object(), list.dump().c_str());
        QCOMPARE(room["recipient"], s(alice.account.userId));
        QCOMPARE(room["recipient_membership"], "invite");
        QCOMPARE(room["read"], false);
        QCOMPARE(room["read_only"], false);
        QCOMPARE(room["leave_rule"], "deny");
        QCOMPARE(room["newest_notice"], s(notice));
        QCOMPARE(roomOf(list, pending)["read_only"], true);
        // Rooms the admin did not create as notice rooms are not listed.
        for (const auto& r : list["rooms"])
            QVERIFY(r["room_type"] == "org.matrix.msc4279.server_notice");

        // The admin's own inbox does not list what they sent; alice's lists both rooms.
        auto inboxRooms = [](const CliRun& run) {
            QStringList ids;
            for (const auto& room : run.json().value("notice_rooms", json::array()))
                ids << QString::fromStdString(room.value("room_id", std::string()));
            return ids;
        };
        const QStringList adminInbox = inboxRooms(fx.admin({QStringLiteral("inbox"), QStringLiteral("--json")}));
        QVERIFY2(!adminInbox.contains(appeal) && !adminInbox.contains(pending), qPrintable(adminInbox.join(u',')));
        const QStringList aliceInbox = inboxRooms(alice.cli->run({QStringLiteral("inbox"), QStringLiteral("--json")}));
        QVERIFY2(aliceInbox.contains(appeal) && aliceInbox.contains(pending), qPrintable(aliceInbox.join(u',')));

        // alice joins: joined, but not read until her own receipt says so.
        QCOMPARE(alice.cli->run({QStringLiteral("accept"), appeal}).exitCode, 0);
        room = roomOf(sent(), appeal);
        QCOMPARE(room["recipient_membership"], "join");
        QCOMPARE(room["read"], false);
        QCOMPARE(alice.cli->run({QStringLiteral("read"), appeal}).exitCode, 0);
        room = roomOf(sent(), appeal);
        QCOMPARE(room["recipient_membership"], "join");
        QCOMPARE(room["read"], true);
        QCOMPARE(roomOf(sent(), pending)["read"], false);

        // A new notice is unread again; her reply (an appeal) shows up and counts as read.
        fx.admin({QStringLiteral("send"), appeal, QStringLiteral("Do you want to appeal?")});
        QCOMPARE(roomOf(sent(), appeal)["read"], false);
        QCOMPARE(alice.cli->run({QStringLiteral("reply"), appeal, QStringLiteral("Yes, I do.")}).exitCode, 0);
        room = roomOf(sent(), appeal);
        QCOMPARE(room["read"], true);
        json last = room["messages"].back();
        QCOMPARE(last["body"], "Yes, I do.");
        QCOMPARE(last["from_recipient"], true);

        // Leave allowed and the room archived: shown as left, with the rule.
        QCOMPARE(fx.admin({QStringLiteral("leave-rule"), appeal, QStringLiteral("allow")}).exitCode, 0);
        QCOMPARE(alice.cli->run({QStringLiteral("archive"), appeal}).exitCode, 0);
        room = roomOf(sent(), appeal);
        QCOMPARE(room["recipient_membership"], "leave");
        QCOMPARE(room["leave_rule"], "allow");

        const CliRun table = fx.admin({QStringLiteral("admin"), QStringLiteral("sent")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.text().contains(QStringLiteral("reply: Yes, I do.")), table.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestAdminNotices)
#include "test_admin_notices.moc"
