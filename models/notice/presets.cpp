#include "notice/presets.h"
#include "notice/identifiers.h"

namespace nb {

using json = nlohmann::json;

nlohmann::json presetPowerLevels(bool readOnly, const QString& creator)
{
    return {{"events_default", readOnly ? 100 : 0}, {"ban", 100}, {"kick", 100}, {"invite", 100},
        {"notifications", {{"room", 100}}}, {"redact", 100}, {"state_default", 100}, {"users_default", 0},
        {"users", {{creator.toStdString(), 100}}}};
}

QString leaveRulesEventType(const ServerVersions& server)
{
    return QLatin1String(server.useStableIdentifiers() ? ids::leaveRulesStable : ids::leaveRulesUnstable);
}

nlohmann::json noticeRoomRequest(const NoticeRoomSpec& spec, const ServerVersions& server)
{
    const bool stable = server.useStableIdentifiers();
    json powerLevels = presetPowerLevels(spec.readOnly, spec.creator);
    powerLevels.merge_patch(spec.powerLevelOverrides);
    // The invitee is power level 0 whatever the overrides say about users_default.
    if (!spec.invitee.isEmpty())
        powerLevels["users"][spec.invitee.toStdString()] = 0;
    const json leaveRule = {{"type", leaveRulesEventType(server).toStdString()}, {"state_key", ""},
        {"content", {{"leave_rule", spec.allowLeave ? "allow" : "deny"}}}};

    json request = {{"is_direct", true},
        {"name", spec.name.isEmpty() ? std::string("Server Notice") : spec.name.toStdString()},
        {"power_level_content_override", powerLevels}};
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
