// Malformed or hostile sync bodies: wrong types, missing keys, huge strings, deep
// nesting. The store skips what it cannot use and keeps the rest.
#include "fixture.h"
#include "store/notice_store.h"
#include "store/room_record.h"

#include <QTest>

using namespace nb;
using json = nlohmann::json;

class TestHostileSync : public QObject {
    Q_OBJECT
    NoticeStore* makeStore()
    {
        auto* store = new NoticeStore(this);
        TrustContext ctx;
        ctx.ownUserId = QStringLiteral("@alice:localhost");
        ctx.supportAdmins = {QStringLiteral("@admin:localhost")};
        store->setTrustContext(ctx);
        return store;
    }

private slots:
    void wrongTypesEverywhere_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("rooms is a string") << QByteArray(R"({"next_batch":"x","rooms":"join"})");
        QTest::newRow("join is an array") << QByteArray(R"({"rooms":{"join":[1,2]}})");
        QTest::newRow("room is null") << QByteArray(R"({"rooms":{"join":{"!a:x":null}}})");
        QTest::newRow("events not array") << QByteArray(R"({"rooms":{"join":{"!a:x":{"timeline":{"events":{}}}}}})");
        QTest::newRow("event not object")
            << QByteArray(R"({"rooms":{"join":{"!a:x":{"timeline":{"events":[1,"x",null,[]]}}}}})");
        QTest::newRow("type not string") << QByteArray(
            R"({"rooms":{"join":{"!a:x":{"timeline":{"events":[{"type":5,"content":{}}]}}}}})");
        QTest::newRow("content not object") << QByteArray(
            R"({"rooms":{"join":{"!a:x":{"state":{"events":[{"type":"m.room.create","state_key":"","content":"x"}]}}}}})");
        QTest::newRow("tags wrong") << QByteArray(
            R"({"rooms":{"join":{"!a:x":{"account_data":{"events":[{"type":"m.tag","content":{"tags":[1]}}]}}}}})");
        QTest::newRow("receipts wrong") << QByteArray(
            R"({"rooms":{"join":{"!a:x":{"ephemeral":{"events":[{"type":"m.receipt","content":{"$e":"x"}}]}}}}})");
        QTest::newRow("unread wrong") << QByteArray(
            R"({"rooms":{"join":{"!a:x":{"unread_notifications":{"notification_count":"many"}}}}})");
        QTest::newRow("invite state wrong")
            << QByteArray(R"({"rooms":{"invite":{"!a:x":{"invite_state":{"events":[{"type":"m.room.create"}]}}}}})");
        QTest::newRow("next_batch number") << QByteArray(R"({"next_batch":12})");
        QTest::newRow("top-level array") << QByteArray(R"([{"rooms":{}}])");
        QTest::newRow("pins not array") << QByteArray(
            R"({"rooms":{"join":{"!a:x":{"state":{"events":[{"type":"m.room.pinned_events","state_key":"","sender":"@a:x","content":{"pinned":"$x"}}]}}}}})");
    }
    void wrongTypesEverywhere()
    {
        QFETCH(QByteArray, body);
        auto* store = makeStore();
        store->applySync(nb::testing::fixtureJson("sync-joined-legacy-and-msc4279-fullstate.json"));
        const auto before = store->noticeRooms().size();
        store->applySync(json::parse(body.cbegin(), body.cend()));
        QCOMPARE(store->noticeRooms().size(), before);
        QVERIFY(!store->pinnedUsageLimit().has_value());
    }

    void malformedEventsAreCountedAndTheRestApplied()
    {
        auto* store = makeStore();
        store->applySync(nb::testing::fixtureJson("sync-joined-legacy-and-msc4279-fullstate.json"));
        json sync = json::parse(
            R"({"next_batch":"s9","rooms":{"join":{"!MKdknCtBJxDxvQEGwv:localhost":{"timeline":{"events":[{"type":"m.room.message","sender":"@admin:localhost","origin_server_ts":1,"content":{"body":"no id"}},{"type":"m.room.message","event_id":"$ok","sender":"@admin:localhost","origin_server_ts":2,"content":{"msgtype":"m.text","body":"kept"}},{"type":"m.room.message","event_id":"$bad","sender":["x"],"content":{}},{"type":"m.room.message","event_id":"$bodytype","sender":"@admin:localhost","content":{"msgtype":"m.text","body":{"x":1}}}]}}}}})");
        const auto report = store->applySync(std::move(sync));
        QCOMPARE(report.skippedEvents, 2);
        const auto notices = store->noticeRoom(QStringLiteral("!MKdknCtBJxDxvQEGwv:localhost"))->notices;
        QCOMPARE(notices.size(), 2u);
        QCOMPARE(notices[1].body, QStringLiteral("kept"));
        QCOMPARE(notices[0].body, QString()); // a body of the wrong type reads as empty
        QCOMPARE(store->nextBatch(), QStringLiteral("s9"));
    }

    void hugeStrings()
    {
        auto* store = makeStore();
        store->applySync(nb::testing::fixtureJson("sync-joined-legacy-and-msc4279-fullstate.json"));
        const std::string huge(std::size_t(8) << 20, char(0x41)); // 8 MiB of 'A'
        json event = {{"type", "m.room.message"}, {"event_id", "$huge"}, {"sender", "@admin:localhost"},
            {"origin_server_ts", 3},
            {"content",
                {{"msgtype", "m.text"}, {"body", huge}, {"format", "org.matrix.custom.html"},
                    {"formatted_body", huge}}}};
        json sync;
        sync["rooms"]["join"]["!MKdknCtBJxDxvQEGwv:localhost"]["timeline"]["events"] = json::array({event});
        store->applySync(std::move(sync));
        const auto notices = store->noticeRoom(QStringLiteral("!MKdknCtBJxDxvQEGwv:localhost"))->notices;
        QCOMPARE(notices.back().body.size(), qsizetype(huge.size()));
    }

    void messageFloodIsBounded()
    {
        auto* store = makeStore();
        store->applySync(nb::testing::fixtureJson("sync-joined-legacy-and-msc4279-fullstate.json"));
        json events = json::array();
        const int flood = int(RoomRecord::maxMessages) + 1500;
        for (int i = 0; i < flood; ++i)
            events.push_back(
                {{"type", "m.room.message"}, {"event_id", "$e" + std::to_string(i)}, {"sender", "@admin:localhost"},
                    {"origin_server_ts", i}, {"content", {{"msgtype", "m.text"}, {"body", "x"}}}});
        json sync;
        sync["rooms"]["join"]["!MKdknCtBJxDxvQEGwv:localhost"]["timeline"]["events"] = std::move(events);
        store->applySync(std::move(sync));
        const auto notices = store->noticeRoom(QStringLiteral("!MKdknCtBJxDxvQEGwv:localhost"))->notices;
        QCOMPARE(notices.size(), RoomRecord::maxMessages);
        QCOMPARE(notices.back().eventId, QStringLiteral("$e%1").arg(flood - 1));
    }
};

QTEST_GUILESS_MAIN(TestHostileSync)
#include "test_hostile_sync.moc"
