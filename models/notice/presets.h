#pragma once
// MSC4279 room presets (notice_readonly, notice) as a /createRoom request: the preset
// name where the server advertises MSC4279, otherwise the same resulting state
// expanded client-side (private_chat + creation_content + initial_state + power levels),
// which is what Synapse needs today.
//
// Room versions: in 1-11 the preset's "the creator has 100" is `users: {creator: 100}`;
// from 12 on the creators (the create event's sender and additional_creators) have
// unlimited power by being creators, and the server refuses a request that lists them in
// `users` (Synapse: "Creator user ... must not appear in content.users"). The request is
// built for spec.roomVersion and names it; AdminService explains which version it picks.
#include "matrix/server_versions.h"

#include <QString>
#include <nlohmann/json.hpp>

namespace nb {

struct NoticeRoomSpec {
    bool readOnly = true; // notice_readonly (events_default 100) or notice (0)
    QString creator; // the admin creating the room (power level 100, or unlimited in v12+)
    QString invitee; // one invitee at creation, as the MSC says
    QString name; // empty: "Server Notice"
    QString topic;
    bool allowLeave = false; // leave rule: deny unless the admin chooses allow
    // Merged over the preset's power levels (e.g. {"events_default": 50}).
    nlohmann::json powerLevelOverrides = nlohmann::json::object();
    // Extra creation_content keys (e.g. a campaign's delivery marker), never type/m.federate.
    nlohmann::json extraCreationContent = nlohmann::json::object();
    // Sent as room_version, and decides whether creators may be listed in `users`.
    // Empty: no room_version (the server's default), built with the 1-11 rules.
    QString roomVersion;
};

// The power levels the MSC gives a preset room, before overrides. creatorsUnlimited (room
// version 12+): the creator is not listed; creatorship already gives more than 100.
nlohmann::json presetPowerLevels(bool readOnly, const QString& creator, bool creatorsUnlimited = false);

nlohmann::json noticeRoomRequest(const NoticeRoomSpec& spec, const ServerVersions& server);

// The leave-rules state event type to send to this server.
QString leaveRulesEventType(const ServerVersions& server);

} // namespace nb
