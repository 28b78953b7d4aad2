#include "notice/power_levels.h"
#include "matrix/json_access.h"
#include "matrix/user_id.h"

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

// The numeric room versions ("1" ... "12" ...); -1 for anything else (unstable ones).
int numericVersion(const QString& roomVersion)
{
    bool ok = false;
    const int number = roomVersion.toInt(&ok);
    return ok && number > 0 && roomVersion == QString::number(number) ? number : -1;
}
} // namespace

bool roomVersionPrivilegesCreators(const QString& roomVersion)
{
    // Unknown unstable versions are taken as the older rules: nobody gets power they may
    // not have (the worst case is a reply box or a pin not shown, never one shown wrongly).
    return numericVersion(roomVersion) >= 12 || roomVersion == QLatin1String("org.matrix.hydra.11");
}

QString roomVersionOf(const json& createContent)
{
    const QString version = qstring(createContent, "room_version");
    return version.isEmpty() ? QStringLiteral("1") : version;
}

QStringList roomCreators(const json& createEvent)
{
    const json* content = objectMember(createEvent, "content");
    static const json empty = json::object();
    const json& c = content ? *content : empty;
    const QString version = roomVersionOf(c);
    const QString sender = qstring(createEvent, "sender");
    const int number = numericVersion(version);
    if (number >= 1 && number <= 10) {
        // The auth rules of 1-10 give the no-power-levels 100 to content.creator (the
        // trust rules separately refuse a room whose creator is not its sender).
        const QString named = qstring(c, "creator");
        const QString creator = named.isEmpty() ? sender : named;
        return isValidUserId(creator) ? QStringList {creator} : QStringList {};
    }
    QStringList creators;
    if (isValidUserId(sender))
        creators << sender;
    if (roomVersionPrivilegesCreators(version))
        if (const json* additional = arrayMember(c, "additional_creators"))
            for (const json& id : *additional)
                if (id.is_string()) {
                    const QString user = toQString(id.get<std::string>());
                    if (isValidUserId(user) && !creators.contains(user))
                        creators << user;
                }
    return creators;
}

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

PowerLevels PowerLevels::forRoom(const nlohmann::json* createEvent, const nlohmann::json* powerLevelsContent)
{
    PowerLevels levels = fromContent(powerLevelsContent ? *powerLevelsContent : json());
    if (!createEvent || !createEvent->is_object())
        return levels;
    const json* content = objectMember(*createEvent, "content");
    levels.creators = roomCreators(*createEvent);
    levels.creatorsHaveUnlimitedPower = roomVersionPrivilegesCreators(roomVersionOf(content ? *content : json()));
    if (levels.creatorsHaveUnlimitedPower) {
        // A creator's entry in `users` means nothing (servers refuse one anyway).
        for (const QString& creator : std::as_const(levels.creators))
            levels.users.remove(creator);
    }
    if (!levels.present) {
        // No power-levels event: "the room creator has a power level of 100, and all other
        // users have a power level of 0" (1-11; in 12 creators are unlimited anyway), and
        // state_default is 0 instead of 50.
        levels.stateDefault = 0;
        if (!levels.creatorsHaveUnlimitedPower)
            for (const QString& creator : std::as_const(levels.creators))
                levels.users.insert(creator, 100);
    }
    return levels;
}

qint64 PowerLevels::userLevel(const QString& userId) const
{
    if (creatorsHaveUnlimitedPower && creators.contains(userId))
        return unlimited;
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
