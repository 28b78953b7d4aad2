#include "notice/trust.h"
#include "matrix/user_id.h"
#include "notice/identifiers.h"

namespace nb {

bool isNoticeRoomType(const QString& roomType)
{
    return roomType == QLatin1String(ids::noticeRoomTypeStable)
        || roomType == QLatin1String(ids::noticeRoomTypeUnstable);
}

std::optional<Classification> classifyRoom(const RoomEvidence& room, const TrustContext& context)
{
    // Legacy: only the user and their server can set the user's tags, so the tag is
    // the server speaking.
    if (room.hasServerNoticeTag)
        return Classification {NoticeKind::Legacy, Trust::Official, {}};
    if (!isNoticeRoomType(room.roomType))
        return std::nullopt;
    // A notice room the user created is one they send (an administrator's, followed in the
    // admin console's "Sent notices"), not a notice to them: it stays out of their inbox.
    if (!room.creator.isEmpty() && room.creator == context.ownUserId)
        return std::nullopt;

    auto unverified = [](QString why) {
        return Classification {NoticeKind::Msc4279, Trust::Unverified, std::move(why)};
    };
    const QString ownServer = serverNameOf(context.ownUserId);
    if (room.creator.isEmpty())
        return unverified(QStringLiteral("The room does not say who created it."));
    if (serverNameOf(room.creator) != ownServer || ownServer.isEmpty())
        return unverified(QStringLiteral("It was created by %1, who is not on your server.").arg(room.creator));
    if (room.federate.value_or(true))
        return unverified(QStringLiteral("The room is open to other servers, which official notice rooms never are."));
    const bool knownSender = context.serverAdvertisesMsc4279 || context.supportAdmins.contains(room.creator)
        || context.userTrustedSenders.contains(room.creator);
    if (!knownSender)
        return unverified(QStringLiteral("%1 is not a known administrator of your server.").arg(room.creator));
    return Classification {NoticeKind::Msc4279, Trust::Official, {}};
}

} // namespace nb
