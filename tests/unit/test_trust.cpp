// The MSC4279 phishing defence: which notice-typed rooms are official.
#include "notice/power_levels.h"
#include "notice/trust.h"

#include <QTest>

using namespace nb;

class TestTrust : public QObject {
    Q_OBJECT
    TrustContext context() const
    {
        TrustContext ctx;
        ctx.ownUserId = QStringLiteral("@alice:example.org");
        ctx.supportAdmins = {QStringLiteral("@admin:example.org")};
        return ctx;
    }
    RoomEvidence noticeRoom(const QString& creator) const
    {
        RoomEvidence room;
        room.roomType = QStringLiteral("org.matrix.msc4279.server_notice");
        room.createSender = creator;
        room.federate = false;
        return room;
    }

private slots:
    void ordinaryRoomIsNotANoticeRoom()
    {
        RoomEvidence room;
        room.createSender = QStringLiteral("@admin:example.org");
        QVERIFY(!classifyRoom(room, context()).has_value());
        room.roomType = QStringLiteral("m.space");
        QVERIFY(!classifyRoom(room, context()).has_value());
    }

    void legacyTagIsOfficial()
    {
        RoomEvidence room;
        room.hasServerNoticeTag = true;
        room.createSender = QStringLiteral("@notices:example.org"); // Synapse's notices user
        const auto result = classifyRoom(room, context());
        QVERIFY(result.has_value());
        QCOMPARE(result->kind, NoticeKind::Legacy);
        QCOMPARE(result->trust, Trust::Official);
    }

    void supportAdminCreatorIsOfficial_data()
    {
        QTest::addColumn<QString>("roomType");
        QTest::newRow("unstable") << QStringLiteral("org.matrix.msc4279.server_notice");
        QTest::newRow("stable") << QStringLiteral("m.server_notice");
    }
    void supportAdminCreatorIsOfficial()
    {
        QFETCH(QString, roomType);
        auto room = noticeRoom(QStringLiteral("@admin:example.org"));
        room.roomType = roomType;
        const auto result = classifyRoom(room, context());
        QCOMPARE(result->kind, NoticeKind::Msc4279);
        QCOMPARE(result->trust, Trust::Official);
    }

    void roomsTheUserCreatedAreSentNotReceived()
    {
        // An administrator's own notice room (sent to someone else) is not in their inbox,
        // even where they are a known sender; the legacy tag still counts.
        TrustContext admin = context();
        admin.ownUserId = QStringLiteral("@admin:example.org");
        QVERIFY(!classifyRoom(noticeRoom(admin.ownUserId), admin).has_value());
        QVERIFY(classifyRoom(noticeRoom(admin.ownUserId), context()).has_value()); // alice receives it
        RoomEvidence legacy;
        legacy.hasServerNoticeTag = true;
        legacy.createSender = admin.ownUserId;
        QVERIFY(classifyRoom(legacy, admin).has_value());
    }

    void localNonAdminIsUnverified()
    {
        const auto result = classifyRoom(noticeRoom(QStringLiteral("@mallory:example.org")), context());
        QCOMPARE(result->trust, Trust::Unverified);
        QVERIFY(result->reason.contains(QStringLiteral("not a known administrator")));
    }

    // The reason is kept as source and arguments to be put in the user's language when shown
    // (ModelText); a claimed creator is anyone's text, and a "%2" in it must stay text, not
    // pull the real creator in twice or leave a placeholder (what chained .arg() calls do).
    void claimedCreatorPlaceholdersStayText()
    {
        RoomEvidence room = noticeRoom(QStringLiteral("@mallory:example.org"));
        room.claimedCreator = QStringLiteral("%2 %1 @admin:example.org");
        const auto result = classifyRoom(room, context());
        QCOMPARE(result->trust, Trust::Unverified);
        const QString expected = QStringLiteral(
            "The room claims %2 %1 @admin:example.org created it, but it was created by @mallory:example.org.");
        QCOMPARE(result->reason, expected);
        QCOMPARE(result->reasonText.in(TextLanguage::User), expected); // no translator installed: English
    }

    void remoteCreatorIsUnverifiedEvenIfListedOrAdvertised()
    {
        auto ctx = context();
        ctx.serverAdvertisesMsc4279 = true;
        ctx.supportAdmins.append(QStringLiteral("@admin:evil.example"));
        const auto result = classifyRoom(noticeRoom(QStringLiteral("@admin:evil.example")), ctx);
        QCOMPARE(result->trust, Trust::Unverified);
        QVERIFY(result->reason.contains(QStringLiteral("not on your server")));
    }

    void federatedRoomIsUnverified()
    {
        auto room = noticeRoom(QStringLiteral("@admin:example.org"));
        room.federate = true;
        QCOMPARE(classifyRoom(room, context())->trust, Trust::Unverified);
        room.federate.reset(); // absent means federating
        QCOMPARE(classifyRoom(room, context())->trust, Trust::Unverified);
    }

    void serverAdvertisingMsc4279VouchesForLocalCreators()
    {
        auto ctx = context();
        ctx.supportAdmins.clear();
        QCOMPARE(classifyRoom(noticeRoom(QStringLiteral("@ops:example.org")), ctx)->trust, Trust::Unverified);
        ctx.serverAdvertisesMsc4279 = true;
        QCOMPARE(classifyRoom(noticeRoom(QStringLiteral("@ops:example.org")), ctx)->trust, Trust::Official);
    }

    void userTrustedSender()
    {
        auto ctx = context();
        ctx.supportAdmins.clear();
        ctx.userTrustedSenders = {QStringLiteral("@ops:example.org")};
        QCOMPARE(classifyRoom(noticeRoom(QStringLiteral("@ops:example.org")), ctx)->trust, Trust::Official);
    }

    void serverNameComparisonIsExact()
    {
        // "example.org.evil" and "example.org:8448" are other servers.
        QCOMPARE(
            classifyRoom(noticeRoom(QStringLiteral("@admin:example.org.evil")), context())->trust, Trust::Unverified);
        QCOMPARE(
            classifyRoom(noticeRoom(QStringLiteral("@admin:example.org:8448")), context())->trust, Trust::Unverified);
    }

    void powerLevels()
    {
        const auto levels = PowerLevels::fromContent(nlohmann::json::parse(
            R"({"events_default":100,"state_default":100,"users_default":0,"users":{"@admin:x":100},"events":{"m.room.name":50}})"));
        QVERIFY(levels.canSend(QStringLiteral("@admin:x"), QStringLiteral("m.room.message"), false));
        QVERIFY(!levels.canSend(QStringLiteral("@alice:x"), QStringLiteral("m.room.message"), false));
        QCOMPARE(levels.requiredFor(QStringLiteral("m.room.name"), true), 50);
        const auto defaults = PowerLevels::fromContent(nlohmann::json());
        QVERIFY(!defaults.present);
        QVERIFY(defaults.canSend(QStringLiteral("@alice:x"), QStringLiteral("m.room.message"), false));
        const auto hostile =
            PowerLevels::fromContent(nlohmann::json::parse(R"({"users":{"@a:x":"100"},"events_default":"0"})"));
        QCOMPARE(hostile.userLevel(QStringLiteral("@a:x")), 0);
        QCOMPARE(hostile.eventsDefault, 0);
    }
};

QTEST_GUILESS_MAIN(TestTrust)
#include "test_trust.moc"
