// MSC4279 presets as /createRoom requests, preset name or client-side expansion.
#include "matrix/server_versions.h"
#include "notice/presets.h"

#include <QTest>

using namespace nb;
using json = nlohmann::json;

class TestPresets : public QObject {
    Q_OBJECT
    NoticeRoomSpec spec(bool readOnly)
    {
        NoticeRoomSpec s;
        s.readOnly = readOnly;
        s.creator = QStringLiteral("@admin:example.org");
        s.invitee = QStringLiteral("@alice:example.org");
        return s;
    }

private slots:
    void expandedForSynapse()
    {
        const json request = noticeRoomRequest(spec(true), ServerVersions {});
        QCOMPARE(request["preset"], "private_chat");
        QCOMPARE(request["creation_content"]["type"], "org.matrix.msc4279.server_notice");
        QCOMPARE(request["creation_content"]["m.federate"], false);
        QCOMPARE(request["is_direct"], true);
        QCOMPARE(request["name"], "Server Notice");
        QCOMPARE(request["invite"], json::array({"@alice:example.org"}));
        const json& levels = request["power_level_content_override"];
        QCOMPARE(levels["events_default"], 100);
        for (const char* key : {"ban", "kick", "invite", "redact", "state_default"})
            QCOMPARE(levels[key], 100);
        QCOMPARE(levels["notifications"]["room"], 100);
        QCOMPARE(levels["users_default"], 0);
        QCOMPARE(levels["users"]["@admin:example.org"], 100);
        QCOMPARE(levels["users"]["@alice:example.org"], 0);
        bool history = false, guests = false, leave = false;
        for (const auto& event : request["initial_state"]) {
            if (event["type"] == "m.room.history_visibility")
                history = event["content"]["history_visibility"] == "shared";
            if (event["type"] == "m.room.guest_access")
                guests = event["content"]["guest_access"] == "can_join";
            if (event["type"] == "org.matrix.msc4279.leave_rules")
                leave = event["content"]["leave_rule"] == "deny";
        }
        QVERIFY(history && guests && leave);
    }

    void noticePresetAllowsReplies()
    {
        auto s = spec(false);
        s.allowLeave = true;
        s.name = QStringLiteral("Appeal");
        s.topic = QStringLiteral("Case 12");
        s.powerLevelOverrides = {{"redact", 50}, {"users_default", 10}};
        const json request = noticeRoomRequest(s, ServerVersions {});
        QCOMPARE(request["power_level_content_override"]["events_default"], 0);
        QCOMPARE(request["power_level_content_override"]["redact"], 50);
        QCOMPARE(request["power_level_content_override"]["users"]["@alice:example.org"], 0);
        QCOMPARE(request["name"], "Appeal");
        QCOMPARE(request["topic"], "Case 12");
        QCOMPARE(request["initial_state"].back()["content"]["leave_rule"], "allow");
    }

    void presetNamesWhereAdvertised()
    {
        ServerVersions unstable;
        unstable.msc4279Unstable = true;
        QCOMPARE(noticeRoomRequest(spec(true), unstable)["preset"], "org.matrix.msc4279.notice_readonly");
        QCOMPARE(noticeRoomRequest(spec(false), unstable)["preset"], "org.matrix.msc4279.notice");
        QVERIFY(!noticeRoomRequest(spec(true), unstable).contains("creation_content"));
        ServerVersions stable = unstable;
        stable.msc4279Stable = true;
        const json request = noticeRoomRequest(spec(true), stable);
        QCOMPARE(request["preset"], "notice_readonly");
        QCOMPARE(request["initial_state"][0]["type"], "m.room.leave_rules");
        QCOMPARE(leaveRulesEventType(stable), QStringLiteral("m.room.leave_rules"));
        QCOMPARE(leaveRulesEventType(ServerVersions {}), QStringLiteral("org.matrix.msc4279.leave_rules"));
    }

    // The creator in `users` by room version (the request is refused on v12 if listed),
    // whether the server speaks MSC4279 or not, whatever the overrides say.
    void creatorByRoomVersion_data()
    {
        QTest::addColumn<QString>("roomVersion");
        QTest::addColumn<bool>("advertised");
        QTest::addColumn<bool>("creatorListed");
        QTest::newRow("no version named: 1-11 rules, creator 100") << QString() << false << true;
        QTest::newRow("v11: creator 100") << QStringLiteral("11") << false << true;
        QTest::newRow("v11, preset name: creator 100") << QStringLiteral("11") << true << true;
        QTest::newRow("v12: creator not listed") << QStringLiteral("12") << false << false;
        QTest::newRow("v12, preset name: creator not listed") << QStringLiteral("12") << true << false;
        QTest::newRow("org.matrix.hydra.11: creator not listed")
            << QStringLiteral("org.matrix.hydra.11") << false << false;
    }

    void creatorByRoomVersion()
    {
        QFETCH(QString, roomVersion);
        QFETCH(bool, advertised);
        QFETCH(bool, creatorListed);
        for (const json& overrides : {json::object(), json({{"users", {{"@admin:example.org", 100}}}})}) {
            auto s = spec(true);
            s.roomVersion = roomVersion;
            s.powerLevelOverrides = overrides;
            ServerVersions server;
            server.msc4279Unstable = advertised;
            const json request = noticeRoomRequest(s, server);
            const json users = request["power_level_content_override"]["users"];
            QCOMPARE(users.contains("@admin:example.org"), creatorListed);
            if (creatorListed)
                QCOMPARE(users["@admin:example.org"], 100);
            QCOMPARE(users["@alice:example.org"], 0);
            QCOMPARE(request.contains("room_version"), !roomVersion.isEmpty());
            if (!roomVersion.isEmpty())
                QCOMPARE(request["room_version"], roomVersion.toStdString());
        }
    }

    void additionalCreatorsAreNotListedOnV12()
    {
        auto s = spec(false);
        s.roomVersion = QStringLiteral("12");
        s.extraCreationContent = {{"additional_creators", {"@ops:example.org"}}};
        s.powerLevelOverrides = {{"users", {{"@ops:example.org", 50}, {"@mod:example.org", 50}}}};
        const json users = noticeRoomRequest(s, ServerVersions {})["power_level_content_override"]["users"];
        QCOMPARE(users, json({{"@alice:example.org", 0}, {"@mod:example.org", 50}}));
    }
};

QTEST_GUILESS_MAIN(TestPresets)
#include "test_presets.moc"
