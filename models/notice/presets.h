#pragma once
// MSC4279 room presets (notice_readonly, notice) as a /createRoom request: the preset
// name where the server advertises MSC4279, otherwise the same resulting state
// expanded client-side (private_chat + creation_content + initial_state + power levels),
// which is what Synapse needs today.
#include "matrix/server_versions.h"

#include <QString>
#include <nlohmann/json.hpp>

namespace nb {

struct NoticeRoomSpec {
    bool readOnly = true; // notice_readonly (events_default 100) or notice (0)
    QString creator; // the admin creating the room (power level 100)
    QString invitee; // one invitee at creation, as the MSC says
    QString name; // empty: "Server Notice"
    QString topic;
    bool allowLeave = false; // leave rule: deny unless the admin chooses allow
    // Merged over the preset's power levels (e.g. {"events_default": 50}).
    nlohmann::json powerLevelOverrides = nlohmann::json::object();
    // Extra creation_content keys (e.g. a campaign's delivery marker), never type/m.federate.
    nlohmann::json extraCreationContent = nlohmann::json::object();
};

// The power levels the MSC gives a preset room, before overrides.
nlohmann::json presetPowerLevels(bool readOnly, const QString& creator);

nlohmann::json noticeRoomRequest(const NoticeRoomSpec& spec, const ServerVersions& server);

// The leave-rules state event type to send to this server.
QString leaveRulesEventType(const ServerVersions& server);

} // namespace nb
