#pragma once
// The trust policy: which rooms are notice rooms, and which of those are official.
// This is the MSC4279 phishing defence: an unverified notice room gets none of the
// official treatment (no banner, no "from your server" badge, can be declined).
//
// The whole policy is classifyRoom() in trust.cpp. Its evidence is gathered from
// authenticated sources only in store/trust_evidence.cpp; docs/security.md names both.
#include "text/text_language.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace nb {

enum class NoticeKind { Legacy, Msc4279 };
enum class Trust { Official, Unverified };

// Everything outside the room that the trust decision depends on. It belongs to one
// account on one homeserver.
struct TrustContext {
    QString ownUserId;
    bool serverAdvertisesMsc4279 = false;
    QStringList supportAdmins; // from /.well-known/matrix/support
    QStringList userTrustedSenders; // added by the user in settings
};

// What the room says about itself, and how much of it the user's own server vouches for.
struct RoomEvidence {
    // Joined or left rooms: the state the user's server authenticated (the room's own
    // history). Invites: the stripped state of the invite, which the inviting server
    // wrote as it liked; only the invite event's sender (`inviter`) is authenticated.
    bool isInvite = false;
    QString inviter; // sender of the user's invite membership event

    bool hasServerNoticeTag = false; // the user's own m.tag account data (legacy)
    QString roomType; // m.room.create content.type
    QString roomVersion; // m.room.create content.room_version ("1" when absent)
    QString createSender; // sender of m.room.create: the creator
    QString claimedCreator; // m.room.create content.creator (room versions 1-10), or empty
    QStringList additionalCreators; // content.additional_creators (room version 12 and later)
    std::optional<bool> federate; // content["m.federate"] when a boolean; absent = true
    bool federateMalformed = false; // m.federate present but not a boolean
};

struct Classification {
    NoticeKind kind;
    Trust trust;
    QString reason; // why unverified, in English words (JSON); empty when official
    ModelText reasonText; // the same, for showing it in the user's language (reasonText.in(User))
    // Who speaks for the server in this room: the creators (for Synapse's legacy room,
    // its notices user, which created the room). Only their messages are notices.
    QStringList noticeSenders;
};

bool isNoticeRoomType(const QString& roomType);
// The creators the room's version recognises: the create event's sender, plus
// additional_creators where the version has them.
QStringList roomCreators(const RoomEvidence& room);

// nullopt: not a notice room for this user (ordinary rooms, and notice rooms the user
// created for someone else, are never listed).
std::optional<Classification> classifyRoom(const RoomEvidence& room, const TrustContext& context);

} // namespace nb
