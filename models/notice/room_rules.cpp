#include "notice/room_rules.h"

#include <QCoreApplication>

namespace nb {

std::optional<QString> refusalFor(RoomAction action, const NoticeRoom& room)
{
    const bool official = room.trust == Trust::Official;
    switch (action) {
    case RoomAction::Accept:
        if (room.membership != Membership::Invite)
            return QCoreApplication::translate("nb::RoomRules", "This notice is already open.");
        return std::nullopt;
    case RoomAction::Reject:
        if (room.membership != Membership::Invite)
            return QCoreApplication::translate(
                "nb::RoomRules", "Only a notice you have not opened yet can be declined.");
        if (official)
            return QCoreApplication::translate("nb::RoomRules",
                "Notices from your server cannot be declined. Open it to read it; "
                "you can archive it later if the server allows.");
        return std::nullopt;
    case RoomAction::Archive:
        if (room.membership == Membership::Invite && official)
            return QCoreApplication::translate("nb::RoomRules",
                "Notices from your server cannot be declined. Open it first; "
                "it can be archived once the server allows it.");
        if (room.membership == Membership::Leave)
            return QCoreApplication::translate("nb::RoomRules", "This notice is already archived.");
        if (official && room.leaveRule != LeaveRule::Allow)
            return QCoreApplication::translate("nb::RoomRules",
                "Your server has not allowed this notice to be archived yet "
                "(its leave rule is “deny”).");
        return std::nullopt;
    case RoomAction::Forget:
        if (room.membership != Membership::Leave)
            return QCoreApplication::translate(
                "nb::RoomRules", "Only archived notices can be deleted. Archive it first.");
        return std::nullopt;
    case RoomAction::Reply:
        if (room.membership != Membership::Join)
            return QCoreApplication::translate("nb::RoomRules", "Open the notice before replying.");
        if (!room.canReply)
            return QCoreApplication::translate("nb::RoomRules", "This notice does not accept replies.");
        return std::nullopt;
    case RoomAction::MarkRead:
        if (room.membership != Membership::Join)
            return QCoreApplication::translate("nb::RoomRules", "Open the notice first.");
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace nb
