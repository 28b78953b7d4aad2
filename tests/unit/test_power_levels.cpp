// PowerLevels::forRoom: power from the room's m.room.create event and its power levels,
// by room version. The events have the shape Synapse 1.160 serves (captured from
// /rooms/{id}/state of rooms created on the harness with default_room_version 11 and 12).
#include "notice/power_level_overrides.h"
#include "notice/power_levels.h"

#include <QTest>

using namespace nb;
using json = nlohmann::json;

namespace {
const char* admin = "@admin:localhost:29803";
const char* alice = "@alice:localhost:29803";
const char* bob = "@bob:localhost:29803";
const char* eve = "@eve:localhost:29803";

// m.room.create as Synapse serves it; roomVersion empty: no room_version key (version 1).
json createEvent(const char* sender, const std::string& roomVersion, json extraContent = json::object())
{
    json content = {{"m.federate", false}, {"type", "org.matrix.msc4279.server_notice"}};
    if (!roomVersion.empty())
        content["room_version"] = roomVersion;
    content.update(extraContent);
    return {{"content", content}, {"event_id", "$4Dy5XwLXKjMm2R7Y0H1I8KMLGSsR_TsXNavKTD8gg3U"},
        {"origin_server_ts", 1796235252261}, {"room_id", "!4Dy5XwLXKjMm2R7Y0H1I8KMLGSsR_TsXNavKTD8gg3U"},
        {"sender", sender}, {"state_key", ""}, {"type", "m.room.create"}, {"unsigned", {{"age", 648}}}};
}

// The power levels of a notice_readonly room as Synapse stored them (v12: no creator).
json readonlyLevels(json users)
{
    return {{"ban", 100},
        {"events",
            {{"m.room.avatar", 50}, {"m.room.canonical_alias", 50}, {"m.room.encryption", 100},
                {"m.room.history_visibility", 100}, {"m.room.name", 50}, {"m.room.power_levels", 100},
                {"m.room.server_acl", 100}, {"m.room.tombstone", 150}}},
        {"events_default", 100}, {"historical", 100}, {"invite", 100}, {"kick", 100},
        {"notifications", {{"room", 100}}}, {"redact", 100}, {"state_default", 100}, {"users", users},
        {"users_default", 0}};
}
} // namespace

Q_DECLARE_METATYPE(json)

class TestPowerLevels : public QObject {
    Q_OBJECT
private slots:
    void userLevel_data()
    {
        QTest::addColumn<json>("create"); // null: not known
        QTest::addColumn<json>("levels"); // null: the room has no power-levels event
        QTest::addColumn<QString>("user");
        QTest::addColumn<qint64>("expected");
        const qint64 max = PowerLevels::unlimited;
        const auto u = [](const char* id) { return QString::fromLatin1(id); };

        QTest::newRow("v11 creator listed in users: 100")
            << createEvent(admin, "11") << readonlyLevels({{admin, 100}, {alice, 0}}) << u(admin) << qint64(100);
        QTest::newRow("v11 invitee: 0") << createEvent(admin, "11") << readonlyLevels({{admin, 100}, {alice, 0}})
                                        << u(alice) << qint64(0);
        QTest::newRow("v11 creator who left users: users_default, not special")
            << createEvent(admin, "11") << readonlyLevels({{alice, 0}}) << u(admin) << qint64(0);
        QTest::newRow("v11 additional_creators mean nothing")
            << createEvent(admin, "11", {{"additional_creators", {bob}}}) << readonlyLevels({{admin, 100}}) << u(bob)
            << qint64(0);
        QTest::newRow("v11 no power levels: the sender has 100")
            << createEvent(admin, "11") << json() << u(admin) << qint64(100);
        QTest::newRow("v11 no power levels: a forged content.creator has 0")
            << createEvent(eve, "11", {{"creator", admin}}) << json() << u(admin) << qint64(0);
        QTest::newRow("v11 no power levels: the real sender of a forged creator has 100")
            << createEvent(eve, "11", {{"creator", admin}}) << json() << u(eve) << qint64(100);
        QTest::newRow("v11 no power levels: others 0") << createEvent(admin, "11") << json() << u(alice) << qint64(0);
        QTest::newRow("v10 no power levels: content.creator has 100")
            << createEvent(admin, "10", {{"creator", admin}}) << json() << u(admin) << qint64(100);
        QTest::newRow("v1 (no room_version) no power levels: content.creator has 100")
            << createEvent(admin, "", {{"creator", admin}}) << json() << u(admin) << qint64(100);
        QTest::newRow("v12 creator not in users: unlimited")
            << createEvent(admin, "12") << readonlyLevels({{alice, 0}}) << u(admin) << max;
        QTest::newRow("v12 creator listed in users anyway: still unlimited")
            << createEvent(admin, "12") << readonlyLevels({{admin, 0}}) << u(admin) << max;
        QTest::newRow("v12 additional creator: unlimited") << createEvent(admin, "12", {{"additional_creators", {bob}}})
                                                           << readonlyLevels(json::object()) << u(bob) << max;
        QTest::newRow("v12 additional_creators junk is ignored")
            << createEvent(admin, "12", {{"additional_creators", {42, "bob", json::object()}}})
            << readonlyLevels(json::object()) << QStringLiteral("bob") << qint64(0);
        QTest::newRow("v12 invitee: 0") << createEvent(admin, "12") << readonlyLevels({{alice, 0}}) << u(alice)
                                        << qint64(0);
        QTest::newRow("v12 a member given power: that power, not more")
            << createEvent(admin, "12") << readonlyLevels({{eve, 99}}) << u(eve) << qint64(99);
        QTest::newRow("v12 a member given 100: still below the creator")
            << createEvent(admin, "12") << readonlyLevels({{eve, 100}}) << u(eve) << qint64(100);
        QTest::newRow("v12 a forged content.creator is no creator")
            << createEvent(eve, "12", {{"creator", admin}}) << readonlyLevels(json::object()) << u(admin) << qint64(0);
        QTest::newRow("v12 no power levels: creator unlimited")
            << createEvent(admin, "12") << json() << u(admin) << max;
        QTest::newRow("v12 no power levels: others 0") << createEvent(admin, "12") << json() << u(alice) << qint64(0);
        QTest::newRow("org.matrix.hydra.11: creator unlimited")
            << createEvent(admin, "org.matrix.hydra.11") << readonlyLevels(json::object()) << u(admin) << max;
        QTest::newRow("v13: creator unlimited")
            << createEvent(admin, "13") << readonlyLevels(json::object()) << u(admin) << max;
        QTest::newRow("org.matrix.msc3757.11 (unstable, v11 rules): creator not special")
            << createEvent(admin, "org.matrix.msc3757.11") << readonlyLevels(json::object()) << u(admin) << qint64(0);
        QTest::newRow("create event not known: users alone decide")
            << json() << readonlyLevels({{admin, 100}}) << u(admin) << qint64(100);
    }

    void userLevel()
    {
        QFETCH(json, create);
        QFETCH(json, levels);
        QFETCH(QString, user);
        QFETCH(qint64, expected);
        const PowerLevels power =
            PowerLevels::forRoom(create.is_null() ? nullptr : &create, levels.is_null() ? nullptr : &levels);
        QCOMPARE(power.userLevel(user), expected);
        QCOMPARE(power.present, !levels.is_null());
    }

    // What the app asks: may the invitee reply, may this sender pin (raise a banner)?
    void canSend_data()
    {
        QTest::addColumn<json>("create");
        QTest::addColumn<json>("levels");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("eventType");
        QTest::addColumn<bool>("isState");
        QTest::addColumn<bool>("expected");
        const auto u = [](const char* id) { return QString::fromLatin1(id); };
        const QString message = QStringLiteral("m.room.message");
        const QString pins = QStringLiteral("m.room.pinned_events");
        json notice = readonlyLevels({{alice, 0}});
        notice["events_default"] = 0;

        QTest::newRow("v12 notice_readonly: the creator pins")
            << createEvent(admin, "12") << readonlyLevels({{alice, 0}}) << u(admin) << pins << true << true;
        QTest::newRow("v12 notice_readonly: the creator sends")
            << createEvent(admin, "12") << readonlyLevels({{alice, 0}}) << u(admin) << message << false << true;
        QTest::newRow("v12 notice_readonly: the invitee may not reply")
            << createEvent(admin, "12") << readonlyLevels({{alice, 0}}) << u(alice) << message << false << false;
        QTest::newRow("v12 notice: the invitee replies")
            << createEvent(admin, "12") << notice << u(alice) << message << false << true;
        QTest::newRow("v12 notice: the invitee may not pin")
            << createEvent(admin, "12") << notice << u(alice) << pins << true << false;
        QTest::newRow("v12 tombstone (150): only a creator")
            << createEvent(admin, "12") << readonlyLevels({{eve, 100}}) << u(eve) << QStringLiteral("m.room.tombstone")
            << true << false;
        QTest::newRow("v12 Synapse's notices room: its creator pins above users_default -10")
            << createEvent("@notices:localhost:29803", "12")
            << json({{"users_default", -10}, {"users", {{alice, -10}}}, {"events_default", 0}, {"state_default", 50}})
            << QStringLiteral("@notices:localhost:29803") << pins << true << true;
        QTest::newRow("v11 notice_readonly: the creator in users pins")
            << createEvent(admin, "11") << readonlyLevels({{admin, 100}, {alice, 0}}) << u(admin) << pins << true
            << true;
        QTest::newRow("v11 no power levels: anyone may pin (state_default 0)")
            << createEvent(admin, "11") << json() << u(alice) << pins << true << true;
    }

    void canSend()
    {
        QFETCH(json, create);
        QFETCH(json, levels);
        QFETCH(QString, user);
        QFETCH(QString, eventType);
        QFETCH(bool, isState);
        QFETCH(bool, expected);
        const PowerLevels power = PowerLevels::forRoom(&create, levels.is_null() ? nullptr : &levels);
        QCOMPARE(power.canSend(user, eventType, isState), expected);
    }

    void creatorsByVersion_data()
    {
        QTest::addColumn<json>("create");
        QTest::addColumn<QStringList>("creators");
        QTest::addColumn<bool>("unlimited");
        const auto u = [](const char* id) { return QString::fromLatin1(id); };
        QTest::newRow("v12 sender and additional creators")
            << createEvent(admin, "12", {{"additional_creators", {bob, admin}}}) << QStringList {u(admin), u(bob)}
            << true;
        QTest::newRow("v11 sender only") << createEvent(admin, "11", {{"additional_creators", {bob}}})
                                         << QStringList {u(admin)} << false;
        QTest::newRow("v11 forged creator ignored")
            << createEvent(eve, "11", {{"creator", admin}}) << QStringList {u(eve)} << false;
        QTest::newRow("v9 content.creator")
            << createEvent(admin, "9", {{"creator", admin}}) << QStringList {u(admin)} << false;
        QTest::newRow("no sender") << json({{"type", "m.room.create"}, {"content", {{"room_version", "12"}}}})
                                   << QStringList {} << true;
    }

    void creatorsByVersion()
    {
        QFETCH(json, create);
        QFETCH(QStringList, creators);
        QFETCH(bool, unlimited);
        const PowerLevels power = PowerLevels::forRoom(&create, nullptr);
        QCOMPARE(power.creators, creators);
        QCOMPARE(power.creatorsHaveUnlimitedPower, unlimited);
    }

    // The create-room panel's override rows (moved out of the widget into models).
    void overrideRows_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("level");
        QTest::addColumn<json>("expected");
        QTest::addColumn<bool>("error");
        QTest::newRow("plain key") << QStringLiteral("events_default") << QStringLiteral(" 50 ")
                                   << json({{"events_default", 50}}) << false;
        QTest::newRow("user with dots") << QStringLiteral("users.@mod:example.org") << QStringLiteral("50")
                                        << json({{"users", {{"@mod:example.org", 50}}}}) << false;
        QTest::newRow("event type with dots") << QStringLiteral("events.m.room.topic") << QStringLiteral("0")
                                              << json({{"events", {{"m.room.topic", 0}}}}) << false;
        QTest::newRow("not a user id") << QStringLiteral("users.mod") << QStringLiteral("50") << json::object() << true;
        QTest::newRow("unknown key") << QStringLiteral("creator") << QStringLiteral("100") << json::object() << true;
        QTest::newRow("level not a number")
            << QStringLiteral("ban") << QStringLiteral("high") << json::object() << true;
        QTest::newRow("level out of range")
            << QStringLiteral("ban") << QStringLiteral("9999999") << json::object() << true;
    }

    void overrideRows()
    {
        QFETCH(QString, key);
        QFETCH(QString, level);
        QFETCH(json, expected);
        QFETCH(bool, error);
        QString why;
        QCOMPARE(powerLevelOverrides({{key, level}}, &why), expected);
        QCOMPARE(!why.isEmpty(), error);
    }
};

QTEST_GUILESS_MAIN(TestPowerLevels)
#include "test_power_levels.moc"
