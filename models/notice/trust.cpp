#include "notice/trust.h"
#include "matrix/user_id.h"
#include "notice/identifiers.h"
#include "notice/power_levels.h"

#include <QCoreApplication>

namespace nb {

bool isNoticeRoomType(const QString& roomType)
{
    return roomType == QLatin1String(ids::noticeRoomTypeStable)
        || roomType == QLatin1String(ids::noticeRoomTypeUnstable);
}

QStringList roomCreators(const RoomEvidence& room)
{
    QStringList creators;
    if (!room.createSender.isEmpty())
        creators.append(room.createSender);
    // additional_creators means nothing before version 12: there it is just content
    // anyone could put in the create event, and it must not make anyone a creator.
    if (roomVersionPrivilegesCreators(room.roomVersion))
        for (const auto& user : room.additionalCreators)
            if (!creators.contains(user))
                creators.append(user);
    return creators;
}

namespace {

bool isKnownNoticeSender(const QString& userId, const TrustContext& context)
{
    // A server that advertises MSC4279 lets only its administrators create notice rooms,
    // so every local creator is one. Otherwise the server must name them, or the user.
    return context.serverAdvertisesMsc4279 || context.supportAdmins.contains(userId)
        || context.userTrustedSenders.contains(userId);
}

constexpr const char* kContext = "nb::Trust";

ModelText why(const char* source, QStringList args = {})
{
    return ModelText {kContext, source, std::move(args)};
}

// Why a room cannot be official whatever its kind, or empty. These are the facts that
// must come from the user's own server: who created the room and who invited.
ModelText originProblem(const RoomEvidence& room, const QStringList& creators, const QString& ownServer)
{
    if (ownServer.isEmpty())
        return why(QT_TRANSLATE_NOOP("nb::Trust", "You are not logged in, so the room cannot be checked."));
    if (room.createSender.isEmpty() && !room.isInvite)
        return why(QT_TRANSLATE_NOOP("nb::Trust", "The room does not say who created it."));
    // Room versions 1-10 also name the creator in the content; from 11 on the key is
    // meaningless, but a room that names someone other than its real creator is lying.
    if (!room.claimedCreator.isEmpty() && room.claimedCreator != room.createSender)
        return why(QT_TRANSLATE_NOOP("nb::Trust", "The room claims %1 created it, but it was created by %2."),
            {room.claimedCreator, room.createSender});
    for (const auto& creator : creators)
        if (serverNameOf(creator) != ownServer)
            return why(QT_TRANSLATE_NOOP("nb::Trust", "It was created by %1, who is not on your server."), {creator});
    if (room.isInvite && serverNameOf(room.inviter) != ownServer) {
        if (room.inviter.isEmpty())
            return why(QT_TRANSLATE_NOOP(
                "nb::Trust", "The invitation comes from an unknown sender, who is not on your server."));
        return why(
            QT_TRANSLATE_NOOP("nb::Trust", "The invitation comes from %1, who is not on your server."), {room.inviter});
    }
    return {};
}

} // namespace

std::optional<Classification> classifyRoom(const RoomEvidence& room, const TrustContext& context)
{
    const bool legacy = room.hasServerNoticeTag;
    if (!legacy && !isNoticeRoomType(room.roomType))
        return std::nullopt;
    // A notice room the user created is one they send (an administrator's, followed in the
    // admin console's "Sent notices"), not a notice to them: it stays out of their inbox.
    if (!legacy && !room.isInvite && room.createSender == context.ownUserId)
        return std::nullopt;

    const QStringList creators = roomCreators(room);
    // For an invite the creators named in the stripped state are only a claim; the one
    // authenticated fact is the inviter, who speaks for the room until the user joins.
    const QStringList speakers = room.isInvite && !room.inviter.isEmpty() ? QStringList {room.inviter} : creators;
    const NoticeKind kind = legacy ? NoticeKind::Legacy : NoticeKind::Msc4279;
    auto unverified = [&](ModelText reason) {
        return Classification {kind, Trust::Unverified, reason.in(TextLanguage::English), reason, speakers};
    };
    const Classification official {kind, Trust::Official, {}, {}, speakers};

    const QString ownServer = serverNameOf(context.ownUserId);
    if (const ModelText problem = originProblem(room, creators, ownServer); !problem.isEmpty())
        return unverified(problem);
    // Legacy: only the user and their server can set the user's tags, so a tag on a room
    // their server's own user made (Synapse's notices user) is the server speaking.
    if (legacy)
        return official;

    if (room.federateMalformed)
        return unverified(why(QT_TRANSLATE_NOOP("nb::Trust", "The room's m.federate setting is not true or false.")));
    if (room.federate.value_or(true))
        return unverified(why(QT_TRANSLATE_NOOP(
            "nb::Trust", "The room is open to other servers, which official notice rooms never are.")));
    for (const auto& creator : creators)
        if (!isKnownNoticeSender(creator, context))
            return unverified(
                why(QT_TRANSLATE_NOOP("nb::Trust", "%1 is not a known administrator of your server."), {creator}));
    if (room.isInvite && !isKnownNoticeSender(room.inviter, context))
        return unverified(why(QT_TRANSLATE_NOOP("nb::Trust",
                                  "The invitation comes from %1, who is not a known administrator of your server."),
            {room.inviter}));
    return official;
}

} // namespace nb
