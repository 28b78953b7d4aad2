#pragma once
// m.room.power_levels, with the spec's defaults for absent keys, and the room's creators.
//
// Who has which power depends on the room version (m.room.create's content.room_version):
//   * versions 1-11: the creators are not special; `users` and `users_default` decide.
//     With no power-levels event at all the creator has 100 and everyone else 0.
//     The creator is content.creator in versions 1-10 and the event's sender from 11 on.
//   * version 12 and later (and "org.matrix.hydra.11", which previewed it): the creators -
//     the create event's sender and content.additional_creators - have unlimited power,
//     above any level, and the server refuses to list them in `users`.
// PowerLevels::forRoom reads both events; fromContent only the power-levels content.
#include <QHash>
#include <QString>
#include <QStringList>
#include <limits>
#include <nlohmann/json.hpp>

namespace nb {

// Whether the creators of a room of this version have unlimited power (12+, hydra).
bool roomVersionPrivilegesCreators(const QString& roomVersion);
// content.room_version of an m.room.create content; "1" when absent, as the spec says.
QString roomVersionOf(const nlohmann::json& createContent);
// Who created the room, as the room version's auth rules see it (see above). Empty when
// the event carries no usable sender.
QStringList roomCreators(const nlohmann::json& createEvent);

struct PowerLevels {
    // Above every level a power-levels event can hold (levels are canonical-JSON integers).
    static constexpr qint64 unlimited = std::numeric_limits<qint64>::max();

    QHash<QString, qint64> users;
    QHash<QString, qint64> events;
    qint64 usersDefault = 0;
    qint64 eventsDefault = 0;
    qint64 stateDefault = 50;
    qint64 invite = 0, kick = 50, ban = 50, redact = 50;
    bool present = false; // false: the room has no power levels event (creator-only rules)
    QStringList creators; // empty unless built by forRoom
    bool creatorsHaveUnlimitedPower = false; // room version 12 and later

    // The power-levels content alone: nobody is a creator (as before room version 12).
    static PowerLevels fromContent(const nlohmann::json& content);
    // The room's power: its whole m.room.create event (sender, content.room_version,
    // content.additional_creators) and its m.room.power_levels content; either may be
    // null (not known yet, or no power-levels event: the spec's rules for that case).
    static PowerLevels forRoom(const nlohmann::json* createEvent, const nlohmann::json* powerLevelsContent);

    bool isCreator(const QString& userId) const { return creators.contains(userId); }
    qint64 userLevel(const QString& userId) const;
    qint64 requiredFor(const QString& eventType, bool isState) const;
    bool canSend(const QString& userId, const QString& eventType, bool isState) const;
};

} // namespace nb
