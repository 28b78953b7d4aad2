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
};

QTEST_GUILESS_MAIN(TestPresets)
#include "test_presets.moc"
