#pragma once
// m.room.power_levels, with the spec's defaults for absent keys.
#include <QHash>
#include <QString>
#include <nlohmann/json.hpp>

namespace nb {

struct PowerLevels {
    QHash<QString, qint64> users;
    QHash<QString, qint64> events;
    qint64 usersDefault = 0;
    qint64 eventsDefault = 0;
    qint64 stateDefault = 50;
    qint64 invite = 0, kick = 50, ban = 50, redact = 50;
    bool present = false; // false: the room has no power levels event (creator-only rules)

    static PowerLevels fromContent(const nlohmann::json& content);
    qint64 userLevel(const QString& userId) const;
    qint64 requiredFor(const QString& eventType, bool isState) const;
    bool canSend(const QString& userId, const QString& eventType, bool isState) const;
};

} // namespace nb
