#pragma once
// Which rooms are notice rooms, and which of those are official.
// This is the MSC4279 phishing defence: an unverified notice room gets none of the
// official treatment (no banner, no "from your server" badge, can be rejected).
#include <QString>
#include <QStringList>
#include <optional>

namespace nb {

enum class NoticeKind { Legacy, Msc4279 };
enum class Trust { Official, Unverified };

// Everything outside the room that the trust decision depends on.
struct TrustContext {
    QString ownUserId;
    bool serverAdvertisesMsc4279 = false;
    QStringList supportAdmins; // from /.well-known/matrix/support
    QStringList userTrustedSenders; // added by the user in settings
};

// What the room itself says.
struct RoomEvidence {
    bool hasServerNoticeTag = false; // the user's own m.tag account data (legacy)
    QString roomType; // m.room.create content.type
    QString creator; // sender of m.room.create (or content.creator)
    std::optional<bool> federate; // m.room.create content["m.federate"]; absent = true
};

struct Classification {
    NoticeKind kind;
    Trust trust;
    QString reason; // why unverified, in words; empty when official
};

bool isNoticeRoomType(const QString& roomType);

// nullopt: not a notice room for this user (ordinary rooms, and notice rooms the user
// created for someone else, are never listed).
std::optional<Classification> classifyRoom(const RoomEvidence& room, const TrustContext& context);

} // namespace nb
