#include "notice/power_levels.h"
#include "matrix/json_access.h"

namespace nb {

using namespace json_access;

namespace {
void readLevelMap(const json& content, const char* key, QHash<QString, qint64>& out)
{
    const json* map = objectMember(content, key);
    if (!map)
        return;
    for (auto it = map->begin(); it != map->end(); ++it) {
        if (it.value().is_number_integer())
            out.insert(toQString(it.key()), it.value().get<qint64>());
    }
}
} // namespace

PowerLevels PowerLevels::fromContent(const nlohmann::json& content)
{
    PowerLevels levels;
    if (!content.is_object())
        return levels;
    levels.present = true;
    readLevelMap(content, "users", levels.users);
    readLevelMap(content, "events", levels.events);
    levels.usersDefault = integer(content, "users_default").value_or(0);
    levels.eventsDefault = integer(content, "events_default").value_or(0);
    levels.stateDefault = integer(content, "state_default").value_or(50);
    levels.invite = integer(content, "invite").value_or(0);
    levels.kick = integer(content, "kick").value_or(50);
    levels.ban = integer(content, "ban").value_or(50);
    levels.redact = integer(content, "redact").value_or(50);
    return levels;
}

qint64 PowerLevels::userLevel(const QString& userId) const
{
    return users.value(userId, usersDefault);
}

qint64 PowerLevels::requiredFor(const QString& eventType, bool isState) const
{
    const auto it = events.constFind(eventType);
    if (it != events.constEnd())
        return *it;
    return isState ? stateDefault : eventsDefault;
}

bool PowerLevels::canSend(const QString& userId, const QString& eventType, bool isState) const
{
    return userLevel(userId) >= requiredFor(eventType, isState);
}

} // namespace nb
