#pragma once
// What the admin console shows under "Sent notices": the notice rooms this admin
// created, from the admin's side. Plain values; built from /sync by sent_notice_rooms.h.
#include <QString>
#include <vector>

namespace nb {

struct SentNoticeMessage {
    QString eventId;
    QString sender;
    qint64 timestamp = 0; // origin_server_ts, ms since epoch
    QString msgtype;
    QString body;
    bool fromRecipient = false; // a reply (appeal) from the user, not a notice
};

struct SentNoticeRoom {
    QString roomId;
    QString roomType; // m.server_notice or org.matrix.msc4279.server_notice
    QString name;
    QString topic;
    bool readOnly = true; // events_default above the recipient's level
    QString recipient; // the other member; empty if there is none
    QString recipientMembership; // "invite" | "join" | "leave" | "ban" | "" (never a member)
    QString leaveRule; // "allow" | "deny" (deny when unset, as MSC4279 says)
    QString leaveRuleType; // the event type that carries it; empty when unset
    QString newestNoticeId; // newest message the admin side sent; empty if none
    QString recipientReceipt; // the event the recipient's m.read receipt points at
    bool recipientRead = false; // the recipient has read the newest notice
    std::vector<QString> pinned;
    qint64 lastActivity = 0;
    std::vector<SentNoticeMessage> messages; // the latest ones, oldest first

    // The recipient wrote last: a reply (an appeal) waits for the administrators' answer.
    bool awaitsAnswer() const { return !messages.empty() && messages.back().fromRecipient; }
};

// The recipient's membership as the console words it: "invited", "joined", "archived"
// (they left, which under a leave rule of allow is archiving); empty for anything else,
// which each caller words for its own output.
inline QString membershipWord(const QString& membership)
{
    if (membership == QLatin1String("invite"))
        return QStringLiteral("invited");
    if (membership == QLatin1String("join"))
        return QStringLiteral("joined");
    if (membership == QLatin1String("leave"))
        return QStringLiteral("archived");
    return {};
}

} // namespace nb
