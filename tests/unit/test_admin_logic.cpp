// The admin console's pure logic: the admin check's answers (incl. a server without the
// Synapse admin API), Markdown notices, usage-limit notices and pins, and "Sent notices"
// built from a /sync answer.
#include "admin/admin_result.h"
#include "admin/markdown.h"
#include "admin/sent_notice_rooms.h"
#include "admin/usage_limit_notice.h"

#include <QTest>

using namespace nb;
using json = nlohmann::json;

namespace {
Result<bool> refused(int status, const char* errcode)
{
    RequestFailure failure = RequestFailure::make(RequestFailure::Kind::ServerRefused);
    failure.matrix.httpStatus = status;
    failure.matrix.errcode = QLatin1String(errcode);
    return Result<bool>::fail(failure);
}

const char* me = "@admin:example.org";
const char* alice = "@alice:example.org";

json stateEvent(const char* type, const char* key, json content, const char* sender = "@admin:example.org")
{
    return {{"type", type}, {"state_key", key}, {"content", std::move(content)}, {"sender", sender},
        {"event_id", std::string("$") + type + key}, {"origin_server_ts", 1}};
}

json message(const char* id, const char* sender, const char* body, qint64 ts)
{
    return {{"type", "m.room.message"}, {"event_id", id}, {"sender", sender}, {"origin_server_ts", ts},
        {"content", {{"msgtype", "m.text"}, {"body", body}}}};
}

json noticeRoom(const char* creator, const char* type, json timeline, json ephemeral = json::array())
{
    json state = json::array({
        stateEvent("m.room.create", "", {{"type", type}, {"m.federate", false}}, creator),
        stateEvent("m.room.member", creator, {{"membership", "join"}}, creator),
        stateEvent("m.room.member", alice, {{"membership", "join"}}, alice),
        stateEvent("m.room.name", "", {{"name", "Appeal"}}),
        stateEvent("m.room.power_levels", "", {{"events_default", 0}, {"users", {{creator, 100}}}}),
        stateEvent("org.matrix.msc4279.leave_rules", "", {{"leave_rule", "deny"}}),
    });
    return {{"state", {{"events", state}}}, {"timeline", {{"events", std::move(timeline)}}},
        {"ephemeral", {{"events", std::move(ephemeral)}}}};
}

json receipt(const char* eventId, const char* user)
{
    json read = {{"m.read", {{user, {{"ts", 5}}}}}};
    json content = {{eventId, read}};
    return {{"type", "m.receipt"}, {"content", content}};
}
} // namespace

class TestAdminLogic : public QObject {
    Q_OBJECT
private slots:
    void adminCheckAnswers()
    {
        const AdminCheck yes = interpretAdminCheck(Result<bool>::success(true), QStringLiteral("example.org"));
        QVERIFY(yes.isAdmin && yes.adminApiAvailable && !yes.failure);
        const AdminCheck no = interpretAdminCheck(Result<bool>::success(false), QStringLiteral("example.org"));
        QVERIFY(!no.isAdmin && no.adminApiAvailable);
        QVERIFY(no.reason.contains(QStringLiteral("not a server administrator of example.org")));
        // Synapse answers a non-admin 403 M_FORBIDDEN.
        const AdminCheck forbidden = interpretAdminCheck(refused(403, "M_FORBIDDEN"), QStringLiteral("example.org"));
        QVERIFY(!forbidden.isAdmin && forbidden.adminApiAvailable && !forbidden.failure);
    }

    void serverWithoutAdminApi()
    {
        for (const auto& answer :
            {refused(404, "M_UNRECOGNIZED"), refused(400, "M_UNRECOGNIZED"), refused(404, ""), refused(405, "")}) {
            const AdminCheck check = interpretAdminCheck(answer, QStringLiteral("example.org"));
            QVERIFY(!check.isAdmin);
            QVERIFY(!check.adminApiAvailable);
            QVERIFY(!check.failure);
            QVERIFY(check.reason.contains(QStringLiteral("does not offer the Synapse admin API")));
        }
        // A missing *room* (M_NOT_FOUND) is not a missing endpoint.
        QVERIFY(!isMissingEndpoint(refused(404, "M_NOT_FOUND").failure));
        QVERIFY(isAbsentState(refused(404, "M_NOT_FOUND").failure));
    }

    void adminCheckUnreachable()
    {
        const auto down =
            Result<bool>::fail(RequestFailure::make(RequestFailure::Kind::Unreachable, QStringLiteral("refused")));
        const AdminCheck check = interpretAdminCheck(down, QStringLiteral("example.org"));
        QVERIFY(check.failure);
        QCOMPARE(check.failure->exitCode(), 5);
        QVERIFY(check.adminApiAvailable); // unknown, so not declared missing
        QCOMPARE(interpretAdminCheck(refused(500, "M_UNKNOWN"), QStringLiteral("x")).failure->exitCode(), 4);
    }

    void markdownNotice()
    {
        const json content = noticeMessageContent(QStringLiteral("**Maintenance** on *Sunday*\n\n- one\n- two"), true);
        QCOMPARE(content["msgtype"], "m.text");
        QCOMPARE(content["body"], "**Maintenance** on *Sunday*\n\n- one\n- two");
        QCOMPARE(content["format"], "org.matrix.custom.html");
        const QString html = QString::fromStdString(content["formatted_body"].get<std::string>());
        QVERIFY2(html.contains(QStringLiteral("<strong>Maintenance</strong>")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<em>Sunday</em>")));
        QVERIFY(html.contains(QStringLiteral("<li>one</li>")));

        const json plain = noticeMessageContent(QStringLiteral("**not markdown**"), false);
        QVERIFY(!plain.contains("format") && !plain.contains("formatted_body"));
    }

    void markdownIsSafe()
    {
        const QString html = renderNoticeMarkdown(
            QStringLiteral("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b onclick=\"x\">b</b>"));
        QVERIFY2(!html.contains(QStringLiteral("script"), Qt::CaseInsensitive), qPrintable(html));
        QVERIFY2(!html.contains(QStringLiteral("javascript"), Qt::CaseInsensitive), qPrintable(html));
        QVERIFY2(!html.contains(QStringLiteral("onclick")), qPrintable(html));
        QVERIFY2(!html.contains(QStringLiteral("<!--")), qPrintable(html));
        // The text around what was dropped stays.
        QVERIFY2(html.startsWith(QStringLiteral("<p>")) && html.contains(QLatin1Char('x')), qPrintable(html));
        QVERIFY(renderNoticeMarkdown(QStringLiteral("[docs](https://example.org/a)"))
                    .contains(QStringLiteral("href=\"https://example.org/a\"")));
    }

    void usageLimitContent()
    {
        const json content =
            usageLimitNoticeContent(QStringLiteral("monthly_active_user"), QStringLiteral("mailto:ops@example.org"));
        QCOMPARE(content["msgtype"], "m.server_notice");
        QCOMPARE(content["server_notice_type"], "m.server_notice.usage_limit_reached");
        QCOMPARE(content["limit_type"], "monthly_active_user");
        QCOMPARE(content["admin_contact"], "mailto:ops@example.org");
        QVERIFY(QString::fromStdString(content["body"].get<std::string>())
                    .contains(QStringLiteral("monthly active users")));
        QVERIFY(usageLimitNoticeContent(QStringLiteral("hs_disabled"), {})["admin_contact"].is_null());

        const json event = {{"type", "m.room.message"}, {"content", content}};
        QVERIFY(isUsageLimitNotice(event));
        QVERIFY(isUsageLimitNotice(event, QStringLiteral("monthly_active_user")));
        QVERIFY(!isUsageLimitNotice(event, QStringLiteral("hs_disabled")));
        QVERIFY(!isUsageLimitNotice({{"type", "m.room.message"}, {"content", {{"msgtype", "m.text"}, {"body", "x"}}}}));
    }

    void pinsKeepWhatIsThere()
    {
        const json content = {{"pinned", {"$a", "$b"}}, {"extra", 1}};
        const json added = withPin(content, QStringLiteral("$c"));
        QCOMPARE(added["pinned"], json::array({"$a", "$b", "$c"}));
        QCOMPARE(added["extra"], 1);
        QCOMPARE(withPin(added, QStringLiteral("$c"))["pinned"].size(), 3u);
        QCOMPARE(withoutPins(added, {QStringLiteral("$a"), QStringLiteral("$c")})["pinned"], json::array({"$b"}));
        QCOMPARE(withPin(json::object(), QStringLiteral("$x"))["pinned"], json::array({"$x"}));
        QCOMPARE(pinnedIds({{"pinned", {"$a", 3, nullptr}}}), QStringList {QStringLiteral("$a")});
    }

    void createdByMeOnly()
    {
        const json sync = {{"rooms",
            {{"join",
                {{"!mine:x", noticeRoom(me, "org.matrix.msc4279.server_notice", json::array())},
                    {"!stable:x", noticeRoom(me, "m.server_notice", json::array())},
                    {"!other:x", noticeRoom("@mallory:example.org", "org.matrix.msc4279.server_notice", json::array())},
                    {"!plain:x", noticeRoom(me, "", json::array())}}}}}};
        QCOMPARE(noticeRoomsCreatedBy(sync, QLatin1String(me)),
            (QStringList {QStringLiteral("!mine:x"), QStringLiteral("!stable:x")}));
    }

    void readRepliesAndRules_data()
    {
        QTest::addColumn<QString>("receiptOn");
        QTest::addColumn<bool>("recipientWroteLast");
        QTest::addColumn<bool>("joinedLast");
        QTest::addColumn<bool>("read");
        QTest::newRow("no receipt") << QString() << false << false << false;
        QTest::newRow("receipt on an older notice") << QStringLiteral("$n1") << false << false << false;
        QTest::newRow("receipt on the newest notice") << QStringLiteral("$n2") << false << false << true;
        QTest::newRow("replied after the newest notice") << QString() << true << false << true;
        // Joining is not reading: the join event comes after the notice, but no receipt does.
        QTest::newRow("joined after the newest notice") << QString() << false << true << false;
        QTest::newRow("joined, then read") << QStringLiteral("$join") << false << true << true;
    }

    void readRepliesAndRules()
    {
        QFETCH(QString, receiptOn);
        QFETCH(bool, recipientWroteLast);
        QFETCH(bool, joinedLast);
        QFETCH(bool, read);
        json timeline = json::array(
            {message("$n1", me, "First", 10), message("$r1", alice, "Why?", 20), message("$n2", me, "Because.", 30)});
        if (recipientWroteLast)
            timeline.push_back(message("$r2", alice, "Thanks", 40));
        if (joinedLast) {
            json join = stateEvent("m.room.member", alice, {{"membership", "join"}});
            join["event_id"] = "$join";
            join["sender"] = alice;
            timeline.push_back(std::move(join));
        }
        timeline.push_back(stateEvent("m.room.leave_rules", "", {{"leave_rule", "allow"}}));
        json ephemeral = json::array();
        if (!receiptOn.isEmpty())
            ephemeral.push_back(receipt(receiptOn.toUtf8().constData(), alice));
        const json sync = {
            {"rooms", {{"join", {{"!r:x", noticeRoom(me, "org.matrix.msc4279.server_notice", timeline, ephemeral)}}}}}};
        const auto rooms = sentNoticeRoomsFromSync(sync, QLatin1String(me), {QStringLiteral("!r:x")});
        QCOMPARE(rooms.size(), 1u);
        const SentNoticeRoom& room = rooms.front();
        QCOMPARE(room.recipient, QLatin1String(alice));
        QCOMPARE(room.recipientMembership, QStringLiteral("join"));
        QCOMPARE(room.name, QStringLiteral("Appeal"));
        QVERIFY(!room.readOnly);
        // The stable form set later in the timeline wins over the unstable one in state.
        QCOMPARE(room.leaveRule, QStringLiteral("allow"));
        QCOMPARE(room.leaveRuleType, QStringLiteral("m.room.leave_rules"));
        QCOMPARE(room.newestNoticeId, QStringLiteral("$n2"));
        QCOMPARE(room.recipientRead, read);
        // Waiting for an answer exactly when the recipient's message is the last one.
        QCOMPARE(room.awaitsAnswer(), recipientWroteLast);
        QCOMPARE(room.messages.size(), recipientWroteLast ? 4u : 3u);
        QVERIFY(room.messages[1].fromRecipient);
        QVERIFY(!room.messages[2].fromRecipient);
    }

    void roomsNotAskedForAreLeftOut()
    {
        const json sync = {{"rooms", {{"join", {{"!r:x", noticeRoom(me, "m.server_notice", json::array())}}}}}};
        QVERIFY(sentNoticeRoomsFromSync(sync, QLatin1String(me), {QStringLiteral("!other:x")}).empty());
        QVERIFY(sentNoticeRoomsFromSync(json::object(), QLatin1String(me), {QStringLiteral("!r:x")}).empty());
        const auto rooms = sentNoticeRoomsFromSync(sync, QLatin1String(me), {QStringLiteral("!r:x")});
        QCOMPARE(rooms.front().leaveRule, QStringLiteral("deny"));
        QVERIFY(!rooms.front().recipientRead); // no notice at all yet
    }
};

QTEST_GUILESS_MAIN(TestAdminLogic)
#include "test_admin_logic.moc"
