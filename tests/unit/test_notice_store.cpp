// The notice store on Synapse's real /sync output, then on the follow-up syncs a
// notice app sees (new notices, pins, receipts), and the spoofing cases.
#include "fixture.h"
#include "store/notice_store.h"

#include <QSignalSpy>
#include <QTest>

using namespace nb;
using nb::testing::fixtureJson;
using json = nlohmann::json;

namespace {
const QString alice = QStringLiteral("@alice:localhost");
const QString legacyRoom = QStringLiteral("!GFVBdQCGSiNTJtVzHM:localhost");
const QString inviteRoom = QStringLiteral("!QNMKYHchQZlLwmwWxA:localhost");
const QString joinedRoom = QStringLiteral("!MKdknCtBJxDxvQEGwv:localhost");
const char* pinnedId = "$4jsQGF6YAjGyuLBox1lfXVpadveRBj2hTh7aDEFl6b0";

TrustContext aliceContext(QStringList admins = {QStringLiteral("@admin:localhost")})
{
    TrustContext ctx;
    ctx.ownUserId = alice;
    ctx.supportAdmins = std::move(admins);
    return ctx;
}

json usageLimitEvent(const std::string& id, const std::string& sender, qint64 ts)
{
    return json {{"type", "m.room.message"}, {"event_id", id}, {"sender", sender}, {"origin_server_ts", ts},
        {"content",
            {{"msgtype", "m.server_notice"}, {"body", "Monthly Active User Limit Exceeded"},
                {"server_notice_type", "m.server_notice.usage_limit_reached"}, {"limit_type", "monthly_active_user"},
                {"admin_contact", "mailto:admin@localhost"}}}};
}

json textEvent(const std::string& id, const std::string& sender, qint64 ts, const std::string& body,
    const std::string& msgtype = "m.text")
{
    return json {{"type", "m.room.message"}, {"event_id", id}, {"sender", sender}, {"origin_server_ts", ts},
        {"content", {{"msgtype", msgtype}, {"body", body}}}};
}

json stateEvent(const std::string& type, const std::string& sender, json content, const std::string& key = "")
{
    return json {{"type", type}, {"state_key", key}, {"sender", sender}, {"event_id", "$s" + type + key},
        {"origin_server_ts", 1}, {"content", std::move(content)}};
}

json joinedSync(const QString& roomId, json timeline, json state = json::array(), json extra = json::object())
{
    json room = {{"timeline", {{"events", std::move(timeline)}}}, {"state", {{"events", std::move(state)}}}};
    room.update(extra);
    return json {{"next_batch", "s2"}, {"rooms", {{"join", {{roomId.toStdString(), room}}}}}};
}

json ordinaryRoomState(const std::string& creator, json createContent = json::object())
{
    createContent["room_version"] = "11";
    return json::array({stateEvent("m.room.create", creator, createContent),
        stateEvent("m.room.power_levels", creator,
            {{"users", {{creator, 100}}}, {"events_default", 0}, {"state_default", 50}}),
        stateEvent("m.room.name", creator, {{"name", "Totally official"}})});
}
} // namespace

class TestNoticeStore : public QObject {
    Q_OBJECT
private slots:
    void invitesFromSynapse()
    {
        NoticeStore store;
        store.setTrustContext(aliceContext());
        const auto report = store.applySync(fixtureJson("sync-invites-legacy-and-msc4279.json"));
        QCOMPARE(store.nextBatch(), QStringLiteral("s3634_10_0_1_303_1_1_11_0_1_1_1_1_1"));
        QCOMPARE(report.skippedEvents, 0);
        QVERIFY(report.invitesNeedingTagCheck.contains(legacyRoom));
        QVERIFY(report.invitesNeedingTagCheck.contains(inviteRoom));

        // The legacy invite carries no room type: until its tags are known it is not a notice.
        auto rooms = store.noticeRooms();
        QCOMPARE(rooms.size(), 1u);
        QCOMPARE(rooms[0].roomId, inviteRoom);
        QCOMPARE(rooms[0].kind, NoticeKind::Msc4279);
        QCOMPARE(rooms[0].trust, Trust::Official);
        QCOMPARE(rooms[0].membership, Membership::Invite);
        QCOMPARE(rooms[0].inviter, QStringLiteral("@admin:localhost"));
        QCOMPARE(rooms[0].name, QStringLiteral("Server Notice"));
        QCOMPARE(rooms[0].leaveRule, LeaveRule::Unknown); // not in the (stripped) invite state
        QCOMPARE(rooms[0].unread, 1);
        QVERIFY(!rooms[0].canReply);

        store.setRoomTags(legacyRoom, {QStringLiteral("m.server_notice")});
        rooms = store.noticeRooms();
        QCOMPARE(rooms.size(), 2u);
        const auto legacy = store.noticeRoom(legacyRoom);
        QCOMPARE(legacy->kind, NoticeKind::Legacy);
        QCOMPARE(legacy->trust, Trust::Official);
        QCOMPARE(legacy->inviter, QStringLiteral("@notices:localhost"));
        QCOMPARE(legacy->name, QStringLiteral("Server Notices"));
    }

    void inviteFromUnknownCreatorIsUnverified()
    {
        NoticeStore store;
        store.setTrustContext(aliceContext({}));
        store.applySync(fixtureJson("sync-invites-legacy-and-msc4279.json"));
        const auto room = store.noticeRoom(inviteRoom);
        QVERIFY(room.has_value());
        QCOMPARE(room->trust, Trust::Unverified);
        // Learning the server's admins later upgrades it.
        store.setTrustContext(aliceContext());
        QCOMPARE(store.noticeRoom(inviteRoom)->trust, Trust::Official);
    }

    void joinedRoomsAndPinnedUsageLimit()
    {
        NoticeStore store;
        store.setTrustContext(aliceContext());
        store.applySync(fixtureJson("sync-invites-legacy-and-msc4279.json"));
        const auto report = store.applySync(fixtureJson("sync-joined-legacy-and-msc4279-fullstate.json"));
        QCOMPARE(report.skippedEvents, 0);

        const auto legacy = store.noticeRoom(legacyRoom);
        QCOMPARE(legacy->membership, Membership::Join);
        QCOMPARE(legacy->kind, NoticeKind::Legacy);
        QCOMPARE(legacy->leaveRule, LeaveRule::Deny); // keeps the usage-limit pins in view
        QVERIFY(!legacy->canReply); // users_default -10 < events_default 0

        const auto msc = store.noticeRoom(joinedRoom);
        QCOMPARE(msc->membership, Membership::Join);
        QCOMPARE(msc->trust, Trust::Official);
        QCOMPARE(msc->leaveRule, LeaveRule::Deny); // from org.matrix.msc4279.leave_rules
        QVERIFY(!msc->canReply); // notice_readonly: events_default 100

        // The pinned notice is outside the timeline: the client must fetch it.
        const auto missing = std::make_pair(legacyRoom, QString::fromLatin1(pinnedId));
        QVERIFY(std::find(report.missingPinnedEvents.begin(), report.missingPinnedEvents.end(), missing)
            != report.missingPinnedEvents.end());
        QVERIFY(!store.pinnedUsageLimit().has_value());

        QVERIFY(store.addFetchedEvent(legacyRoom, usageLimitEvent(pinnedId, "@notices:localhost", 1795331771000)));
        const auto limit = store.pinnedUsageLimit();
        QVERIFY(limit.has_value());
        QCOMPARE(limit->limitType, QStringLiteral("monthly_active_user"));
        QCOMPARE(limit->adminContact, QStringLiteral("mailto:admin@localhost"));
        QCOMPARE(limit->roomId, legacyRoom);
        QCOMPARE(limit->eventId, QString::fromLatin1(pinnedId));
        QCOMPARE(limit->source, UsageLimit::Source::PinnedNotice);
        const auto notices = store.noticeRoom(legacyRoom)->notices;
        QCOMPARE(notices.size(), 1u);
        QVERIFY(notices[0].pinned);
        QCOMPARE(notices[0].serverNoticeType, QStringLiteral("m.server_notice.usage_limit_reached"));

        // Synapse rewrites the pins without it when the limit lifts.
        store.applySync(joinedSync(legacyRoom,
            json::array({stateEvent("m.room.pinned_events", "@notices:localhost", {{"pinned", json::array()}})})));
        QVERIFY(!store.pinnedUsageLimit().has_value());
        QVERIFY(!store.noticeRoom(legacyRoom)->notices[0].pinned);
    }

    void newNoticesReceiptsAndUnread()
    {
        NoticeStore store;
        store.setTrustContext(aliceContext());
        store.applySync(fixtureJson("sync-joined-legacy-and-msc4279-fullstate.json"));
        QSignalSpy changed(&store, &NoticeStore::changed);
        json extra = {{"unread_notifications", {{"notification_count", 2}}},
            {"ephemeral",
                {{"events",
                    json::array({json {{"type", "m.receipt"},
                        {"content",
                            {{"$n1", {{"m.read", {{"@admin:localhost", {{"ts", 5}}}}}}},
                                {"$n2", {{"m.read", {{"@alice:localhost", {{"ts", 6}}}}}}}}}}})}}}};
        const auto report = store.applySync(joinedSync(joinedRoom,
            json::array({textEvent("$n1", "@admin:localhost", 1795332200000, "Your report was reviewed."),
                textEvent("$n2", "@admin:localhost", 1795332300000, "Decision: upheld."),
                textEvent("$n3", "@alice:localhost", 1795332400000, "Thanks")}),
            json::array(), extra));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(report.newNotices.size(), 2u); // not the user's own message
        QCOMPARE(report.newNotices[0].second, QStringLiteral("$n1"));
        const auto room = store.noticeRoom(joinedRoom);
        QCOMPARE(room->notices.size(), 3u);
        QCOMPARE(room->notices[2].fromMe, true);
        // Read up to $n2 (her own receipt; the admin's on $n1 is not hers): after it only her
        // own message, so nothing is unread, whatever the server's notification_count says.
        QCOMPARE(room->unread, 0);
        QCOMPARE(room->readUpTo, QStringLiteral("$n2")); // own receipt only
        QCOMPARE(room->lastActivity, 1795332400000);
        // The same events again (a retried sync) add nothing.
        const auto again = store.applySync(joinedSync(joinedRoom,
            json::array({textEvent("$n1", "@admin:localhost", 1795332200000, "Your report was reviewed.")})));
        QCOMPARE(again.newNotices.size(), 0u);
        QCOMPARE(store.noticeRoom(joinedRoom)->notices.size(), 3u);
        // Newest activity first.
        QCOMPARE(store.noticeRooms().front().roomId, joinedRoom);
    }

    void leaveAndForget()
    {
        NoticeStore store;
        store.setTrustContext(aliceContext());
        store.applySync(fixtureJson("sync-joined-legacy-and-msc4279-fullstate.json"));
        json leave = {{"next_batch", "s3"},
            {"rooms", {{"leave", {{legacyRoom.toStdString(), {{"timeline", {{"events", json::array()}}}}}}}}}};
        store.applySync(std::move(leave));
        QCOMPARE(store.noticeRoom(legacyRoom)->membership, Membership::Leave);
        store.removeRoom(legacyRoom);
        QVERIFY(!store.noticeRoom(legacyRoom).has_value());
        QVERIFY(!store.knowsRoom(legacyRoom));
    }

    void ordinaryRoomIsNeverANoticeRoom()
    {
        // A local user's ordinary room with a server-notice message pinned in it.
        NoticeStore store;
        store.setTrustContext(aliceContext());
        store.applySync(joinedSync(QStringLiteral("!plain:localhost"),
            json::array({usageLimitEvent("$fake", "@mallory:localhost", 10),
                stateEvent("m.room.pinned_events", "@mallory:localhost", {{"pinned", {"$fake"}}})}),
            ordinaryRoomState("@mallory:localhost")));
        QVERIFY(store.noticeRooms().empty());
        QVERIFY(!store.pinnedUsageLimit().has_value());
    }

    void noticeTypedRoomByNonAdminIsUnverified()
    {
        NoticeStore store;
        store.setTrustContext(aliceContext());
        const auto report = store.applySync(joinedSync(QStringLiteral("!spoof:localhost"),
            json::array({usageLimitEvent("$fake", "@mallory:localhost", 10),
                textEvent("$t", "@mallory:localhost", 11, "Your account will be deleted, log in at evil.example"),
                stateEvent("m.room.pinned_events", "@mallory:localhost", {{"pinned", {"$fake"}}})}),
            ordinaryRoomState("@mallory:localhost", {{"type", "m.server_notice"}, {"m.federate", false}})));
        const auto room = store.noticeRoom(QStringLiteral("!spoof:localhost"));
        QVERIFY(room.has_value());
        QCOMPARE(room->trust, Trust::Unverified);
        QVERIFY(!room->trustReason.isEmpty());
        // m.server_notice messages outside official rooms are ignored; the text is shown.
        QCOMPARE(room->notices.size(), 1u);
        QCOMPARE(room->notices[0].eventId, QStringLiteral("$t"));
        QVERIFY(!store.pinnedUsageLimit().has_value());
        QVERIFY(report.missingPinnedEvents.empty());
    }

    void userCannotRaiseBannerInTwoWayRoom()
    {
        // In an official `notice` room the user may post, but cannot pin: a usage-limit
        // message from the user must not count even if pinned by someone who can.
        NoticeStore store;
        store.setTrustContext(aliceContext());
        json state = ordinaryRoomState("@admin:localhost", {{"type", "m.server_notice"}, {"m.federate", false}});
        store.applySync(joinedSync(QStringLiteral("!two:localhost"),
            json::array({usageLimitEvent("$mine", "@alice:localhost", 10),
                stateEvent("m.room.pinned_events", "@admin:localhost", {{"pinned", {"$mine"}}})}),
            state));
        QCOMPARE(store.noticeRoom(QStringLiteral("!two:localhost"))->trust, Trust::Official);
        QVERIFY(store.noticeRoom(QStringLiteral("!two:localhost"))->canReply);
        QVERIFY(!store.pinnedUsageLimit().has_value());
    }

    void leaveRulesBothForms_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("expected");
        QTest::newRow("stable allow") << QStringLiteral("m.room.leave_rules") << QStringLiteral("allow")
                                      << int(LeaveRule::Allow);
        QTest::newRow("unstable allow") << QStringLiteral("org.matrix.msc4279.leave_rules") << QStringLiteral("allow")
                                        << int(LeaveRule::Allow);
        QTest::newRow("stable deny") << QStringLiteral("m.room.leave_rules") << QStringLiteral("deny")
                                     << int(LeaveRule::Deny);
        QTest::newRow("garbage means default")
            << QStringLiteral("m.room.leave_rules") << QStringLiteral("maybe") << int(LeaveRule::Deny);
    }
    void leaveRulesBothForms()
    {
        QFETCH(QString, type);
        QFETCH(QString, rule);
        QFETCH(int, expected);
        NoticeStore store;
        store.setTrustContext(aliceContext());
        json state = ordinaryRoomState("@admin:localhost", {{"type", "m.server_notice"}, {"m.federate", false}});
        state.push_back(stateEvent(type.toStdString(), "@admin:localhost", {{"leave_rule", rule.toStdString()}}));
        store.applySync(joinedSync(QStringLiteral("!lr:localhost"), json::array(), state));
        QCOMPARE(int(store.noticeRoom(QStringLiteral("!lr:localhost"))->leaveRule), expected);
    }

    void htmlIsSanitised()
    {
        NoticeStore store;
        store.setTrustContext(aliceContext());
        json event = textEvent("$h", "@admin:localhost", 5, "Read the terms");
        event["content"]["format"] = "org.matrix.custom.html";
        event["content"]["formatted_body"] =
            "<p>Read <a href=\"javascript:alert(1)\">the terms</a><script>steal()</script><img "
            "src=\"https://tracker.example/p.gif\"></p>";
        store.applySync(fixtureJson("sync-joined-legacy-and-msc4279-fullstate.json"));
        store.applySync(joinedSync(joinedRoom, json::array({event})));
        const auto html = store.noticeRoom(joinedRoom)->notices.back().html;
        QVERIFY(!html.contains(QStringLiteral("script")));
        QVERIFY(!html.contains(QStringLiteral("javascript")));
        QVERIFY(!html.contains(QStringLiteral("tracker")));
        QVERIFY(html.contains(QStringLiteral("the terms")));
    }

    void snapshotRoundTrip()
    {
        NoticeStore store;
        store.setTrustContext(aliceContext());
        store.applySync(fixtureJson("sync-invites-legacy-and-msc4279.json"));
        store.setRoomTags(legacyRoom, {QStringLiteral("m.server_notice")});
        store.applySync(fixtureJson("sync-joined-legacy-and-msc4279-fullstate.json"));
        store.addFetchedEvent(legacyRoom, usageLimitEvent(pinnedId, "@notices:localhost", 1795331771000));

        NoticeStore restored;
        restored.setTrustContext(aliceContext());
        QVERIFY(restored.loadSnapshot(json::parse(store.toSnapshot().dump())));
        QCOMPARE(restored.nextBatch(), store.nextBatch());
        QCOMPARE(restored.noticeRooms().size(), store.noticeRooms().size());
        QCOMPARE(restored.pinnedUsageLimit(), store.pinnedUsageLimit());
        QCOMPARE(restored.noticeRoom(inviteRoom)->membership, Membership::Invite);

        NoticeStore broken;
        QVERIFY(!broken.loadSnapshot(json::parse(R"({"version":99})")));
        QVERIFY(!broken.loadSnapshot(json::parse("[1,2]")));
        QCOMPARE(broken.roomCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNoticeStore)
#include "test_notice_store.moc"
