#pragma once
// What the app shows: a notice room and its notices, computed from the store.
#include "notice/trust.h"
#include <QString>
#include <map>
#include <vector>

namespace nb {

enum class Membership { Invite, Join, Leave };
// Unknown: an invite not yet accepted. The invite's stripped state is neither
// authenticated nor carries leave rules (Synapse's room_prejoin_state has none), so the
// rule is learned only after joining.
enum class LeaveRule { Allow, Deny, Unknown };

struct Notice {
    QString eventId;
    QString sender;
    qint64 timestamp = 0; // origin_server_ts, ms since epoch
    QString msgtype;
    QString body; // plain text
    QString html; // sanitised HTML, empty when the event had none
    bool pinned = false;
    // Sent by whoever speaks for the server in this room (its creators; in Synapse's
    // legacy room its notices user). Everything else is a reply under its sender.
    bool fromNoticeSender = false;
    bool fromMe = false; // a reply the user sent
    bool edited = false; // body/html are the latest m.replace from the original sender
    bool redacted = false; // withdrawn: no content is kept
    QString redactionReason; // as the redaction gave it, possibly empty
    QString redactedBy; // who withdrew it (the redaction's sender)
    // Withdrawn by its own sender or by one of the room's notice senders. Otherwise by a
    // member given power: their reason is their own words, never shown as the server's.
    bool redactedByNoticeSender = false;
    QString serverNoticeType; // m.server_notice only
    QString limitType;
    QString adminContact;
};

// How a member names and pictures themselves (m.room.member). Chosen by that member:
// never evidence of anything (trust.h decides trust), and shown only with sender_label.h.
struct MemberProfile {
    QString displayName;
    QString avatarUrl; // mxc:// only (anything else is dropped)
};

struct NoticeRoom {
    QString roomId;
    NoticeKind kind = NoticeKind::Legacy;
    Trust trust = Trust::Unverified;
    QString trustReason; // English, as in --json
    ModelText trustReasonText; // the same, to show in the user's language: trustReasonText.in(User)
    Membership membership = Membership::Invite;
    QString name;
    QString topic;
    QString creator;
    QString inviter;
    LeaveRule leaveRule = LeaveRule::Deny;
    bool canReply = false;
    int unread = 0;
    qint64 lastActivity = 0; // newest event or invite, ms since epoch
    QString readUpTo; // the user's own read receipt
    QString avatarUrl; // m.room.avatar, mxc:// only; empty when the room has none
    // Members the store knows (the senders of loaded events, lazy-loaded), by user ID.
    std::map<QString, MemberProfile> profiles;
    bool hasOlder = false; // history older than what is loaded exists ("Load older notices")
    bool loadingHistory = false; // a gap is still being filled from the server
    // Notices and replies, oldest first (isNotice() tells them apart).
    std::vector<Notice> notices;
};

// Why the room is unverified, in the user's language, for the screen (the inbox's tooltip
// and description, the notice header, noticectl's table); the English trustReason is for JSON.
inline QString shownTrustReason(const NoticeRoom& room)
{
    return room.trustReasonText.isEmpty() ? room.trustReason : room.trustReasonText.in(TextLanguage::User);
}

QString membershipName(Membership membership); // "invite" | "join" | "leave"
QString leaveRuleName(LeaveRule rule); // "allow" | "deny" | "unknown"
QString kindName(NoticeKind kind); // "legacy" | "msc4279"
QString trustName(Trust trust); // "official" | "unverified"

} // namespace nb
