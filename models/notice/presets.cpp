#include "notice/presets.h"
#include "matrix/json_access.h"
#include "notice/identifiers.h"
#include "notice/power_levels.h"

namespace nb {

using json = nlohmann::json;

nlohmann::json presetPowerLevels(bool readOnly, const QString& creator, bool creatorsUnlimited)
{
    json users = json::object();
    if (!creatorsUnlimited)
        users[creator.toStdString()] = 100;
    return {{"events_default", readOnly ? 100 : 0}, {"ban", 100}, {"kick", 100}, {"invite", 100},
        {"notifications", {{"room", 100}}}, {"redact", 100}, {"state_default", 100}, {"users_default", 0},
        {"users", users}};
}

QString leaveRulesEventType(const ServerVersions& server)
{
    return QLatin1String(server.useStableIdentifiers() ? ids::leaveRulesStable : ids::leaveRulesUnstable);
}

nlohmann::json noticeRoomRequest(const NoticeRoomSpec& spec, const ServerVersions& server)
{
    const bool stable = server.useStableIdentifiers();
    const bool creatorsUnlimited = roomVersionPrivilegesCreators(spec.roomVersion);
    json powerLevels = presetPowerLevels(spec.readOnly, spec.creator, creatorsUnlimited);
    powerLevels.merge_patch(spec.powerLevelOverrides);
    if (!powerLevels["users"].is_object())
        powerLevels["users"] = json::object();
    // The invitee is power level 0 whatever the overrides say about users_default.
    if (!spec.invitee.isEmpty())
        powerLevels["users"][spec.invitee.toStdString()] = 0;
    if (creatorsUnlimited) {
        // No creator in `users`, not even from an override: the server would refuse the
        // room, and a creator's power cannot be lowered in these versions anyway.
        powerLevels["users"].erase(spec.creator.toStdString());
        if (const auto* extra = json_access::arrayMember(spec.extraCreationContent, "additional_creators"))
            for (const json& id : *extra)
                if (id.is_string())
                    powerLevels["users"].erase(id.get<std::string>());
    }
    const json leaveRule = {{"type", leaveRulesEventType(server).toStdString()}, {"state_key", ""},
        {"content", {{"leave_rule", spec.allowLeave ? "allow" : "deny"}}}};

    json request = {{"is_direct", true},
        {"name", spec.name.isEmpty() ? std::string("Server Notice") : spec.name.toStdString()},
        {"power_level_content_override", powerLevels}};
    if (!spec.roomVersion.isEmpty())
        request["room_version"] = spec.roomVersion.toStdString();
    if (!spec.invitee.isEmpty())
        request["invite"] = {spec.invitee.toStdString()};
    if (!spec.topic.isEmpty())
        request["topic"] = spec.topic.toStdString();
    json creation = spec.extraCreationContent.is_object() ? spec.extraCreationContent : json::object();

    if (server.advertisesMsc4279()) {
        // The server applies the preset (and must refuse notice rooms created without one).
        const char* preset = spec.readOnly ? (stable ? ids::presetReadonlyStable : ids::presetReadonlyUnstable)
                                           : (stable ? ids::presetNoticeStable : ids::presetNoticeUnstable);
        request["preset"] = preset;
        request["initial_state"] = json::array({leaveRule});
        if (!creation.empty())
            request["creation_content"] = creation;
        return request;
    }
    creation["type"] = stable ? ids::noticeRoomTypeStable : ids::noticeRoomTypeUnstable;
    creation["m.federate"] = false;
    request["preset"] = "private_chat";
    request["creation_content"] = creation;
    request["initial_state"] = json::array({
        {{"type", "m.room.history_visibility"}, {"state_key", ""}, {"content", {{"history_visibility", "shared"}}}},
        {{"type", "m.room.join_rules"}, {"state_key", ""}, {"content", {{"join_rule", "invite"}}}},
        {{"type", "m.room.guest_access"}, {"state_key", ""}, {"content", {{"guest_access", "can_join"}}}},
        leaveRule,
    });
    return request;
}

} // namespace nb
