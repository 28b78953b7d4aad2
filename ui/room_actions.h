#pragma once
// Which buttons a notice room gets. Official notices are not invitations: they get
// "Open notice" and never "Reject"; unverified rooms can be accepted or rejected like
// any invitation. Archive and Delete follow the room's rules (notice/room_rules.h), so
// the buttons never offer what the service would refuse.
#include "store/notice_room.h"

namespace nb {

struct OfferedActions {
    bool open = false; // official invite: "Open notice" (joins)
    bool accept = false; // unverified invite
    bool reject = false; // unverified invite
    bool archive = false; // joined, and the leave rule (or lack of trust) allows it
    bool forget = false; // archived: "Delete"
    bool reply = false; // joined, and power levels allow m.room.message
};

OfferedActions offeredActions(const NoticeRoom& room);

} // namespace nb
