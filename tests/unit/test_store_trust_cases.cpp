// The trust policy through the store, fed /sync responses shaped as Synapse 1.160 sends
// them (the classifier never gets pre-built evidence here): every way found to make a
// room or a banner look official, one table row each, and what withdraws, corrects or
// hides a notice. docs/security.md cites these rows by name.
#include "store/notice_store.h"

#include <QTest>

using namespace nb;
using json = nlohmann::json;

namespace {
const std::string alice = "@alice:localhost";
const std::string admin = "@admin:localhost"; // a support admin: a known notice sender
const std::string eve = "@eve:localhost"; // a local user, not an admin
const std::string bob = "@bob:localhost"; // a local user an admin invited by mistake
const std::string mallory = "@mallory:evil.example"; // a user of another server
const std::string notices = "@notices:localhost"; // Synapse's server notices user
const std::string roomId = "!room:localhost";

TrustContext aliceContext()
{
    TrustContext ctx;
    ctx.ownUserId = QString::fromStdString(alice);
    ctx.supportAdmins = {QString::fromStdString(admin)};
    return ctx;
}

json roomEvent(const std::string& type, const std::string& sender, json content, const std::string& id)
{
    return {{"type", type}, {"sender", sender}, {"event_id", id}, {"origin_server_ts", 1000},
        {"content", std::move(content)}};
}

json state(const std::string& type, const std::string& sender, json content, const std::string& key = "")
{
    json e = roomEvent(type, sender, std::move(content), "$state-" + type + key);
    e["state_key"] = key;
    return e;
}

json message(const std::string& id, const std::string& sender, qint64 ts, const std::string& body)
{
    json e = roomEvent("m.room.message", sender, {{"msgtype", "m.text"}, {"body", body}}, id);
    e["origin_server_ts"] = ts;
    return e;
}

json usageLimit(const std::string& id, const std::string& sender, qint64 ts, const std::string& contact)
{
    json e = roomEvent("m.room.message", sender,
        {{"msgtype", "m.server_notice"}, {"body", "Monthly Active User Limit Exceeded"},
            {"server_notice_type", "m.server_notice.usage_limit_reached"}, {"limit_type", "monthly_active_user"},
            {"admin_contact", contact}},
        id);
    e["origin_server_ts"] = ts;
    return e;
}

json createContent(const std::string& version, bool typed = true)
{
    json content = {{"room_version", version}, {"m.federate", false}};
    if (typed)
        content["type"] = "org.matrix.msc4279.server_notice";
    return content;
}

// The state of a notice room made the way noticectl makes one (preset expanded), by `creator`.
json roomState(const std::string& creator, json create, json extraUsers = json::object())
{
    json users = {{alice, 0}};
    if (!create.contains("room_version") || create["room_version"] != "12")
        users[creator] = 100;
    users.update(extraUsers);
    return json::array({state("m.room.create", creator, std::move(create)),
        state("m.room.power_levels", creator,
            {{"users", users}, {"events_default", 100}, {"state_default", 100}, {"redact", 100}}),
        state("m.room.name", creator, {{"name", "Server Notice"}}),
        state("m.room.member", creator, {{"membership", "join"}}, alice)});
}

json joinedSync(json stateEvents, json timeline, json accountData = json::array(), bool limited = false)
{
    json room = {{"state", {{"events", std::move(stateEvents)}}},
        {"timeline", {{"events", std::move(timeline)}, {"limited", limited}, {"prev_batch", "p1"}}},
        {"account_data", {{"events", std::move(accountData)}}}};
    return {{"next_batch", "s1"}, {"rooms", {{"join", {{roomId, std::move(room)}}}}}};
}

json inviteSync(const std::string& inviter, json strippedCreate)
{
    json events = json::array({strippedCreate, state("m.room.name", inviter, {{"name", "Server Notices"}})});
    json member = state("m.room.member", inviter, {{"membership", "invite"}}, alice);
    events.push_back(member);
    return {{"next_batch", "s1"}, {"rooms", {{"invite", {{roomId, {{"invite_state", {{"events", events}}}}}}}}}};
}

json strippedCreate(const std::string& sender, json content)
{
    // Stripped state events carry only type, state_key, sender and content.
    return {{"type", "m.room.create"}, {"state_key", ""}, {"sender", sender}, {"content", std::move(content)}};
}

// A malicious server's invite whose stripped state also carries a membership event for
// alice that claims `forgedInviter` invited her; `forgedFirst`: before the real one (where
// Synapse puts the server's stripped state), else after it.
json inviteWithForgedMember(const std::string& inviter, const std::string& forgedInviter, bool forgedFirst)
{
    json sync = inviteSync(inviter, strippedCreate(forgedInviter, createContent("11")));
    json& events = sync["rooms"]["invite"][roomId]["invite_state"]["events"];
    const json forged = state("m.room.member", forgedInviter, {{"membership", "invite"}}, alice);
    if (forgedFirst)
        events.insert(events.begin(), forged);
    else
        events.push_back(forged);
    return sync;
}

json serverNoticeTag()
{
    return json::array({{{"type", "m.tag"}, {"content", {{"tags", {{"m.server_notice", json::object()}}}}}}});
}

// $e: `sender`'s edit (m.replace) of $n, "Maintenance tomorrow at 9:00" → "... 10:00".
json maintenanceEdit(const std::string& sender)
{
    json edit = roomEvent("m.room.message", sender,
        {{"msgtype", "m.text"}, {"body", "* Maintenance tomorrow at 10:00"},
            {"m.new_content", {{"msgtype", "m.text"}, {"body", "Maintenance tomorrow at 10:00"}}},
            {"m.relates_to", {{"rel_type", "m.replace"}, {"event_id", "$n"}}}},
        "$e");
    edit["origin_server_ts"] = 5;
    return edit;
}

json pins(const std::string& sender, std::vector<std::string> ids)
{
    return state("m.room.pinned_events", sender, {{"pinned", ids}});
}
} // namespace

Q_DECLARE_METATYPE(nlohmann::json)

class TestStoreTrustCases : public QObject {
    Q_OBJECT
private slots:
    // --- Who may make a room look official (spoofing table) ---
    void spoofing_data()
    {
        QTest::addColumn<json>("sync");
        QTest::addColumn<QString>("expected"); // "official", "unverified" or "absent"
        QTest::addColumn<bool>("banner"); // an eve/mallory pinned usage limit raises the banner

        const json evePin =
            json::array({usageLimit("$limit", eve, 2000, "https://evil.example/login"), pins(eve, {"$limit"})});
        auto withEvePin = [&](json stateEvents) {
            json timeline = evePin;
            return joinedSync(std::move(stateEvents), std::move(timeline));
        };
        json forged = createContent("11");
        forged["creator"] = admin;
        QTest::newRow("local user forges content.creator (v11)")
            << withEvePin(roomState(eve, forged)) << QStringLiteral("unverified") << false;
        json forged10 = createContent("10");
        forged10["creator"] = admin;
        QTest::newRow("local user forges content.creator (v10)")
            << withEvePin(roomState(eve, forged10)) << QStringLiteral("unverified") << false;
        json forged12 = createContent("12");
        forged12["creator"] = admin;
        QTest::newRow("local user forges content.creator (v12)")
            << withEvePin(roomState(eve, forged12)) << QStringLiteral("unverified") << false;
        json federateString = createContent("11");
        federateString["m.federate"] = "false";
        QTest::newRow("m.federate as a string")
            << withEvePin(roomState(admin, federateString)) << QStringLiteral("unverified") << false;
        json federateMissing = createContent("11");
        federateMissing.erase("m.federate");
        QTest::newRow("m.federate missing")
            << withEvePin(roomState(admin, federateMissing)) << QStringLiteral("unverified") << false;
        QTest::newRow("remote creator") << withEvePin(roomState(mallory, createContent("11")))
                                        << QStringLiteral("unverified") << false;
        json remoteCreator12 = createContent("12");
        remoteCreator12["additional_creators"] = {mallory};
        QTest::newRow("v12 additional creator on another server")
            << withEvePin(roomState(admin, remoteCreator12)) << QStringLiteral("unverified") << false;
        json localCreator12 = createContent("12");
        localCreator12["additional_creators"] = {eve};
        QTest::newRow("v12 additional creator not an admin")
            << withEvePin(roomState(admin, localCreator12)) << QStringLiteral("unverified") << false;
        // In v11 additional_creators is meaningless content: the room is the admin's, and
        // eve, named there, is only a member whose pinned notice raises nothing.
        json additional11 = createContent("11");
        additional11["additional_creators"] = {eve};
        QTest::newRow("v11 additional_creators is no creator")
            << withEvePin(roomState(admin, additional11, {{eve, 100}})) << QStringLiteral("official") << false;
        QTest::newRow("member given power pins a usage limit")
            << withEvePin(roomState(admin, createContent("11"), {{eve, 100}})) << QStringLiteral("official") << false;
        // The admin's own old, unpinned limit notice, pinned again by someone else: the pin is
        // theirs, not the server's word (red-team finding 06).
        for (const char* version : {"11", "12"})
            QTest::addRow("member given power re-pins the admin's old limit (v%s)", version)
                << joinedSync(roomState(admin, createContent(version), {{eve, 100}}),
                       json::array({usageLimit("$old", admin, 2000, "mailto:admin@localhost"), pins(eve, {"$old"})}))
                << QStringLiteral("official") << false;
        // Our own note of the server's pins is never taken from the server: eve's pin event
        // arrives already carrying one (a hostile server may add top-level keys).
        {
            json forged = pins(eve, {"$old"});
            forged["org.noticeboard.servers_pins"] = {{"pinned", {"$old"}}};
            QTest::newRow("member's pins carry a forged note of the server's pins")
                << joinedSync(roomState(admin, createContent("11"), {{eve, 100}}),
                       json::array({usageLimit("$old", admin, 2000, "mailto:admin@localhost"), forged}))
                << QStringLiteral("official") << false;
        }
        // The list before hers was eve's own, as the server says: she adds nothing by it.
        {
            json repin = pins(eve, {"$old"});
            repin["unsigned"] = {{"prev_sender", eve}, {"prev_content", {{"pinned", {"$old"}}}}};
            QTest::newRow("member re-pins over her own earlier list")
                << joinedSync(roomState(admin, createContent("11"), {{eve, 100}}),
                       json::array({usageLimit("$old", admin, 2000, "mailto:admin@localhost"), repin}))
                << QStringLiteral("official") << false;
        }
        // ... but sending the admin's list again, as the server tells, keeps the admin's limit.
        {
            json same = pins(eve, {"$old"});
            same["unsigned"] = {{"prev_sender", admin}, {"prev_content", {{"pinned", {"$old"}}}}};
            QTest::newRow("member sends the admin's pins again")
                << joinedSync(roomState(admin, createContent("11"), {{eve, 100}}),
                       json::array({usageLimit("$old", admin, 2000, "mailto:admin@localhost"), same}))
                << QStringLiteral("official") << true;
        }
        QTest::newRow("legacy tag on a room another server made")
            << joinedSync(roomState(mallory, createContent("11", false)), evePin, serverNoticeTag())
            << QStringLiteral("unverified") << false;
        QTest::newRow("untyped room without the tag")
            << withEvePin(roomState(admin, createContent("11", false))) << QStringLiteral("absent") << false;

        // Invites: the stripped state is the inviting server's word; the inviter is the fact.
        QTest::newRow("invite: stripped create claims a local admin, eve invites")
            << inviteSync(eve, strippedCreate(admin, createContent("11"))) << QStringLiteral("unverified") << false;
        QTest::newRow("invite: stripped create claims a local admin, remote inviter")
            << inviteSync(mallory, strippedCreate(admin, createContent("11"))) << QStringLiteral("unverified") << false;
        QTest::newRow("invite: remote creator, local admin invites")
            << inviteSync(admin, strippedCreate(mallory, createContent("11"))) << QStringLiteral("unverified") << false;
        json inviteFederateString = createContent("11");
        inviteFederateString["m.federate"] = "false";
        QTest::newRow("invite: m.federate as a string")
            << inviteSync(admin, strippedCreate(admin, inviteFederateString)) << QStringLiteral("unverified") << false;
        // Two memberships of alice in one invite: only one can be the invite her server
        // checked. Whichever way round, the claim that her admin invited her is not taken.
        QTest::newRow("invite: forged member event from her admin before the real one")
            << inviteWithForgedMember(mallory, admin, true) << QStringLiteral("unverified") << false;
        QTest::newRow("invite: forged member event from her admin after the real one")
            << inviteWithForgedMember(mallory, admin, false) << QStringLiteral("unverified") << false;

        // Controls: what must stay official.
        QTest::newRow("control: admin's notice room (v11)") << joinedSync(roomState(admin, createContent("11")),
            json::array({usageLimit("$limit", admin, 2000, "mailto:admin@localhost"), pins(admin, {"$limit"})}))
                                                            << QStringLiteral("official") << true;
        QTest::newRow("control: admin's notice room (v12)") << joinedSync(roomState(admin, createContent("12")),
            json::array({usageLimit("$limit", admin, 2000, "mailto:admin@localhost"), pins(admin, {"$limit"})}))
                                                            << QStringLiteral("official") << true;
        QTest::newRow("control: legacy room by the notices user") << joinedSync(
            roomState(notices, createContent("10", false)),
            json::array({usageLimit("$limit", notices, 2000, "mailto:admin@localhost"), pins(notices, {"$limit"})}),
            serverNoticeTag()) << QStringLiteral("official") << true;
        QTest::newRow("control: invite from the admin")
            << inviteSync(admin, strippedCreate(admin, createContent("11"))) << QStringLiteral("official") << false;
    }
    void spoofing()
    {
        QFETCH(json, sync);
        QFETCH(QString, expected);
        QFETCH(bool, banner);
        NoticeStore store;
        store.setTrustContext(aliceContext());
        store.applySync(std::move(sync));
        const auto room = store.noticeRoom(QString::fromStdString(roomId));
        if (expected == QLatin1String("absent")) {
            QVERIFY(!room.has_value());
        } else {
            QVERIFY(room.has_value());
            QCOMPARE(trustName(room->trust), expected);
            if (room->trust == Trust::Unverified)
                QVERIFY(!room->trustReason.isEmpty());
        }
        QCOMPARE(store.pinnedUsageLimit().has_value(), banner);
        // Whatever the room, a message from eve is never an official notice.
        if (room)
            for (const auto& notice : room->notices)
                if (notice.sender == QString::fromStdString(eve))
                    QVERIFY(!notice.fromNoticeSender);
    }

    // A room the user was a member of keeps its authenticated state when an invite's
    // stripped state says otherwise.
    void strippedStateNeverOverwritesJoinedState()
    {
        NoticeStore store;
        store.setTrustContext(aliceContext());
        store.applySync(joinedSync(roomState(admin, createContent("11")), json::array()));
        QCOMPARE(store.noticeRoom(QString::fromStdString(roomId))->trust, Trust::Official);
        json leave = {{"next_batch", "s2"},
            {"rooms",
                {{"leave",
                    {{roomId,
                        {{"timeline",
                            {{"events",
                                json::array(
                                    {state("m.room.member", alice, {{"membership", "leave"}}, alice)})}}}}}}}}}};
        store.applySync(std::move(leave));
        // Re-invited by eve, whose (forged) stripped state names the room anew.
        json create = createContent("11");
        store.applySync(inviteSync(eve, strippedCreate(eve, create)));
        auto room = store.noticeRoom(QString::fromStdString(roomId));
        QCOMPARE(room->trust, Trust::Unverified); // eve is not a known notice sender
        QCOMPARE(room->creator, QString::fromStdString(admin)); // the authenticated create event
        // Joining brings the authenticated state back into view.
        store.applySync(joinedSync(json::array(), json::array()));
        room = store.noticeRoom(QString::fromStdString(roomId));
        QCOMPARE(room->trust, Trust::Official);
        QCOMPARE(room->name, QStringLiteral("Server Notice"));
    }

    // An invite's stripped state is unauthenticated and carries no leave rules (Synapse's
    // room_prejoin_state has none): even when it claims "allow", the rule is unknown until
    // the user joins and reads the room's real state.
    void inviteLeaveRuleIsUnknownUntilJoined()
    {
        NoticeStore store;
        store.setTrustContext(aliceContext());
        json invite = inviteSync(admin, strippedCreate(admin, createContent("11")));
        invite["rooms"]["invite"][roomId]["invite_state"]["events"].push_back(
            state("org.matrix.msc4279.leave_rules", admin, {{"leave_rule", "allow"}}));
        store.applySync(std::move(invite));
        auto room = store.noticeRoom(QString::fromStdString(roomId));
        QVERIFY(room.has_value());
        QCOMPARE(room->membership, Membership::Invite);
        QCOMPARE(room->leaveRule, LeaveRule::Unknown);
        QCOMPARE(leaveRuleName(room->leaveRule), QStringLiteral("unknown"));

        json joinedState = roomState(admin, createContent("11"));
        joinedState.push_back(state("org.matrix.msc4279.leave_rules", admin, {{"leave_rule", "deny"}}));
        store.applySync(joinedSync(std::move(joinedState), json::array()));
        room = store.noticeRoom(QString::fromStdString(roomId));
        QCOMPARE(room->membership, Membership::Join);
        QCOMPARE(room->leaveRule, LeaveRule::Deny);
    }

    // Inside an official room, only the creator's messages are notices.
    void othersMessagesAreReplies()
    {
        NoticeStore store;
        store.setTrustContext(aliceContext());
        store.applySync(joinedSync(roomState(admin, createContent("11"), {{bob, 50}}),
            json::array({message("$n", admin, 1, "Maintenance tonight"), message("$b", bob, 2, "I am the admin now"),
                message("$a", alice, 3, "Thanks")})));
        const auto room = store.noticeRoom(QString::fromStdString(roomId));
        QCOMPARE(room->notices.size(), 3u);
        QVERIFY(room->notices[0].fromNoticeSender);
        QVERIFY(!room->notices[1].fromNoticeSender);
        QVERIFY(!room->notices[1].fromMe);
        QVERIFY(!room->notices[2].fromNoticeSender);
        QVERIFY(room->notices[2].fromMe);
    }

    // --- Withdrawn and corrected notices ---
    void redactionWithdrawsContent_data()
    {
        QTest::addColumn<std::string>("redacter");
        QTest::addColumn<bool>("withdrawn");
        QTest::newRow("by the notice's sender") << admin << true;
        QTest::newRow("by a member without power") << eve << false;
    }
    void redactionWithdrawsContent()
    {
        QFETCH(std::string, redacter);
        QFETCH(bool, withdrawn);
        NoticeStore store;
        store.setTrustContext(aliceContext());
        store.applySync(joinedSync(roomState(admin, createContent("11")),
            json::array({message("$n", admin, 1, "Your account will be deleted")})));
        json redaction =
            roomEvent("m.room.redaction", redacter, {{"redacts", "$n"}, {"reason", "Sent by mistake"}}, "$r");
        store.applySync(joinedSync(json::array(), json::array({redaction})));
        const auto room = store.noticeRoom(QString::fromStdString(roomId));
        QCOMPARE(room->notices.size(), 1u);
        QCOMPARE(room->notices[0].redacted, withdrawn);
        QCOMPARE(room->notices[0].body.isEmpty(), withdrawn);
        const std::string saved = store.toSnapshot().dump();
        QCOMPARE(saved.find("Your account will be deleted") == std::string::npos, withdrawn);
        if (withdrawn)
            QCOMPARE(room->notices[0].redactionReason, QStringLiteral("Sent by mistake"));
    }

    void redactionBeforeItsTarget()
    {
        // Back-fill walks newest first: the redaction arrives before the notice.
        NoticeStore store;
        store.setTrustContext(aliceContext());
        store.applySync(joinedSync(roomState(admin, createContent("11")), json::array(), json::array(), true));
        json redaction = roomEvent("m.room.redaction", admin, {{"redacts", "$n"}}, "$r");
        json page = json::array({redaction, message("$n", admin, 1, "Secret")});
        QVERIFY(!store.applyBackfillPage(QString::fromStdString(roomId), QStringLiteral("p1"), std::move(page), {}));
        const auto room = store.noticeRoom(QString::fromStdString(roomId));
        QCOMPARE(room->notices.size(), 1u);
        QVERIFY(room->notices[0].redacted);
        QVERIFY(store.toSnapshot().dump().find("Secret") == std::string::npos);
    }

    void editsReplaceTheNotice_data()
    {
        QTest::addColumn<std::string>("editor");
        QTest::addColumn<QString>("shown");
        QTest::newRow("by the original sender") << admin << QStringLiteral("Maintenance tomorrow at 10:00");
        QTest::newRow("by someone else") << eve << QStringLiteral("Maintenance tomorrow at 9:00");
    }
    void editsReplaceTheNotice()
    {
        QFETCH(std::string, editor);
        QFETCH(QString, shown);
        NoticeStore store;
        store.setTrustContext(aliceContext());
        const json edit = maintenanceEdit(editor);
        store.applySync(joinedSync(roomState(admin, createContent("11")),
            json::array({message("$n", admin, 1, "Maintenance tomorrow at 9:00"), edit})));
        const auto room = store.noticeRoom(QString::fromStdString(roomId));
        QCOMPARE(room->notices.size(), 1u); // the edit is not a notice of its own
        QCOMPARE(room->notices[0].body, shown);
        QCOMPARE(room->notices[0].edited, editor == admin);
    }

    // Red-team finding 05: the admin withdrew an edit; it showed as a withdrawn notice of its
    // own. Withdrawing a correction brings the original text back, and nothing else.
    void withdrawnEditBringsTheOriginalBack()
    {
        NoticeStore store;
        store.setTrustContext(aliceContext());
        const json edit = maintenanceEdit(admin);
        store.applySync(joinedSync(roomState(admin, createContent("11")),
            json::array({message("$n", admin, 1, "Maintenance tomorrow at 9:00"), edit})));
        store.applySync(
            joinedSync(json::array(), json::array({roomEvent("m.room.redaction", admin, {{"redacts", "$e"}}, "$r")})));
        auto room = store.noticeRoom(QString::fromStdString(roomId));
        QCOMPARE(room->notices.size(), 1u);
        QCOMPARE(room->notices[0].eventId, QStringLiteral("$n"));
        QCOMPARE(room->notices[0].body, QStringLiteral("Maintenance tomorrow at 9:00"));
        QVERIFY(!room->notices[0].edited);
        QVERIFY(!room->notices[0].redacted);
        // Also after a restart from the saved store.
        NoticeStore restored;
        restored.setTrustContext(aliceContext());
        QVERIFY(restored.loadSnapshot(store.toSnapshot()));
        room = restored.noticeRoom(QString::fromStdString(roomId));
        QCOMPARE(room->notices.size(), 1u);
    }

    void editedOrRedactedPinChangesTheBanner()
    {
        NoticeStore store;
        store.setTrustContext(aliceContext());
        store.applySync(joinedSync(roomState(admin, createContent("11")),
            json::array({usageLimit("$limit", admin, 2, "mailto:admin@localhost"), pins(admin, {"$limit"})})));
        QCOMPARE(store.pinnedUsageLimit()->limitType, QStringLiteral("monthly_active_user"));
        json edit = roomEvent("m.room.message", admin,
            {{"msgtype", "m.server_notice"}, {"body", "* limit"},
                {"m.new_content",
                    {{"msgtype", "m.server_notice"}, {"body", "Disabled"},
                        {"server_notice_type", "m.server_notice.usage_limit_reached"}, {"limit_type", "hs_disabled"},
                        {"admin_contact", "mailto:ops@localhost"}}},
                {"m.relates_to", {{"rel_type", "m.replace"}, {"event_id", "$limit"}}}},
            "$e");
        edit["origin_server_ts"] = 3;
        store.applySync(joinedSync(json::array(), json::array({edit})));
        QCOMPARE(store.pinnedUsageLimit()->limitType, QStringLiteral("hs_disabled"));
        QCOMPARE(store.pinnedUsageLimit()->adminContact, QStringLiteral("mailto:ops@localhost"));
        store.applySync(joinedSync(
            json::array(), json::array({roomEvent("m.room.redaction", admin, {{"redacts", "$limit"}}, "$r")})));
        QVERIFY(!store.pinnedUsageLimit().has_value());
    }

    // --- Gaps: a limited timeline is filled back to the last known event ---
    void limitedTimelineIsBackfilled()
    {
        NoticeStore store;
        store.setTrustContext(aliceContext());
        store.applySync(
            joinedSync(roomState(admin, createContent("11")), json::array({message("$1", admin, 1, "one")})));
        QVERIFY(store.pendingBackfills().empty()); // not limited: nothing missing
        // 3 notices were missed; the sync shows only the newest.
        store.applySync(joinedSync(json::array(), json::array({message("$5", admin, 5, "five")}), json::array(), true));
        const auto requests = store.pendingBackfills();
        QCOMPARE(requests.size(), 1u);
        QCOMPARE(requests[0].from, QStringLiteral("p1"));
        QVERIFY(store.noticeRoom(QString::fromStdString(roomId))->loadingHistory);
        json page1 = json::array({message("$4", admin, 4, "four"), message("$3", admin, 3, "three")});
        QVERIFY(store.applyBackfillPage(
            QString::fromStdString(roomId), QStringLiteral("p1"), std::move(page1), QStringLiteral("p2")));
        json page2 = json::array({message("$2", admin, 2, "two"), message("$1", admin, 1, "one")});
        QVERIFY(!store.applyBackfillPage(
            QString::fromStdString(roomId), QStringLiteral("p2"), std::move(page2), QStringLiteral("p3")));
        const auto room = store.noticeRoom(QString::fromStdString(roomId));
        QVERIFY(!room->loadingHistory);
        QVERIFY(!room->hasOlder);
        QStringList bodies;
        for (const auto& notice : room->notices)
            bodies.append(notice.body);
        QCOMPARE(bodies,
            (QStringList {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three"), QStringLiteral("four"),
                QStringLiteral("five")}));
        QVERIFY(store.pendingBackfills().empty());
    }

    void historyBeyondTheBudgetWaitsForTheUser()
    {
        NoticeStore store;
        store.setTrustContext(aliceContext());
        store.applySync(joinedSync(roomState(admin, createContent("11")), json::array(), json::array(), true));
        QString from = QStringLiteral("p1");
        int pages = 0;
        qint64 ts = 100000;
        for (;;) {
            json page = json::array();
            for (int i = 0; i < 100; ++i, --ts)
                page.push_back(message("$m" + std::to_string(ts), admin, ts, "n"));
            const QString end = QStringLiteral("t%1").arg(++pages);
            if (!store.applyBackfillPage(QString::fromStdString(roomId), from, std::move(page), end))
                break;
            from = end;
        }
        QCOMPARE(pages, 10); // 1,000 events, then it stops
        auto room = store.noticeRoom(QString::fromStdString(roomId));
        QCOMPARE(room->notices.size(), 1000u);
        QVERIFY(room->hasOlder);
        QVERIFY(store.requestOlderHistory(QString::fromStdString(roomId), 200));
        QCOMPARE(store.pendingBackfills().at(0).from, QStringLiteral("t10"));
        json last = json::array({message("$first", admin, 1, "the first notice")});
        QVERIFY(!store.applyBackfillPage(QString::fromStdString(roomId), QStringLiteral("t10"), std::move(last), {}));
        room = store.noticeRoom(QString::fromStdString(roomId));
        QCOMPARE(room->notices.size(), 1001u);
        QCOMPARE(room->notices.front().body, QStringLiteral("the first notice"));
        QVERIFY(!room->hasOlder);
    }

    // Red-team finding 09: a notice the store had was withdrawn, then more than a back-fill's
    // budget of events followed before the next sync. The unread part of the hole is swept
    // for redactions only, so the withdrawal still reaches the store.
    void withdrawalBeyondTheBudgetIsFound()
    {
        NoticeStore store;
        store.setTrustContext(aliceContext());
        const QString room = QString::fromStdString(roomId);
        store.applySync(joinedSync(
            roomState(admin, createContent("11")), json::array({message("$k", admin, 10, "d10 secret-10")})));
        store.applySync(
            joinedSync(json::array(), json::array({message("$new", admin, 200000, "new")}), json::array(), true));
        QString from = QStringLiteral("p1");
        int pages = 0;
        qint64 ts = 199999;
        for (;;) {
            json page = json::array();
            for (int i = 0; i < 100; ++i, --ts)
                page.push_back(message("$m" + std::to_string(ts), admin, ts, "n"));
            const QString end = QStringLiteral("t%1").arg(++pages);
            if (!store.applyBackfillPage(room, from, std::move(page), end))
                break;
            from = end;
        }
        QCOMPARE(pages, 10);
        const auto pending = store.pendingBackfills();
        QCOMPARE(pending.size(), 1u);
        QVERIFY(pending[0].redactionsOnly);
        QCOMPARE(pending[0].from, QStringLiteral("t10"));
        // The sweep's first page: the redaction, then an event older than what was known.
        json sweep = json::array({roomEvent("m.room.redaction", admin, {{"redacts", "$k"}}, "$r"),
            roomEvent("m.room.redaction", admin, {{"redacts", "$gone"}}, "$old")});
        sweep[0]["origin_server_ts"] = 50000;
        sweep[1]["origin_server_ts"] = 5;
        QVERIFY(!store.applyBackfillPage(room, QStringLiteral("t10"), std::move(sweep), QStringLiteral("s1")));
        QVERIFY(store.pendingBackfills().empty());
        const auto view = store.noticeRoom(room);
        const auto withdrawn = std::find_if(view->notices.begin(), view->notices.end(),
            [](const Notice& n) { return n.eventId == QStringLiteral("$k"); });
        QVERIFY(withdrawn != view->notices.end());
        QVERIFY(withdrawn->redacted);
        QVERIFY(store.toSnapshot().dump().find("secret-10") == std::string::npos);
        QVERIFY(view->hasOlder); // the unread part itself still waits for "Load older notices"
    }

    void gapsSurviveARestart()
    {
        NoticeStore store;
        store.setTrustContext(aliceContext());
        store.applySync(joinedSync(roomState(admin, createContent("11")), json::array(), json::array(), true));
        NoticeStore restarted;
        restarted.setTrustContext(aliceContext());
        QVERIFY(restarted.loadSnapshot(store.toSnapshot()));
        QCOMPARE(restarted.pendingBackfills().size(), 1u);
        QCOMPARE(restarted.nextBatch(), QStringLiteral("s1"));
    }

    void unreadableRoomInTheSnapshotResyncs()
    {
        NoticeStore store;
        store.setTrustContext(aliceContext());
        store.applySync(joinedSync(roomState(admin, createContent("11")), json::array()));
        json snapshot = store.toSnapshot();
        snapshot["rooms"]["!broken:localhost"] = {{"membership", 42}};
        NoticeStore restarted;
        QVERIFY(restarted.loadSnapshot(snapshot));
        QVERIFY(restarted.nextBatch().isEmpty()); // a full sync brings the broken room back
        QVERIFY(restarted.knowsRoom(QString::fromStdString(roomId)));
    }
};

QTEST_GUILESS_MAIN(TestStoreTrustCases)
#include "test_store_trust_cases.moc"
