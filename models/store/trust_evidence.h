#pragma once
// Gathers the facts the trust policy (notice/trust.cpp) decides on, from a room's raw
// record, taking each from the one source that can vouch for it:
//   - the creator is the sender of m.room.create (content.creator is only a claim);
//   - a joined or left room's state is what the user's server authenticated;
//   - an invite's stripped state is whatever the inviting server wrote: it only
//     describes the room, and the invite event's sender is the authenticated fact;
//   - the m.server_notice tag is the user's own account data (only the user and their
//     server can set it).
#include "notice/trust.h"

namespace nb {

struct RoomRecord;

RoomEvidence trustEvidenceOf(const RoomRecord& record);

} // namespace nb
