#include "room_actions.h"

#include "notice/room_rules.h"

namespace nb {

OfferedActions offeredActions(const NoticeRoom& room)
{
    const auto allowed = [&room](RoomAction action) { return !refusalFor(action, room).has_value(); };
    const bool official = room.trust == Trust::Official;
    const bool invite = room.membership == Membership::Invite;
    OfferedActions offered;
    offered.open = invite && official && allowed(RoomAction::Accept);
    offered.accept = invite && !official && allowed(RoomAction::Accept);
    offered.reject = invite && !official && allowed(RoomAction::Reject);
    // Leaving an invite is "Reject", shown above; Archive is for rooms the user is in.
    offered.archive = room.membership == Membership::Join && allowed(RoomAction::Archive);
    offered.forget = allowed(RoomAction::Forget);
    offered.reply = allowed(RoomAction::Reply);
    return offered;
}

} // namespace nb
