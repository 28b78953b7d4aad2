#pragma once
// What the app shows: a notice room and its notices, computed from the store.
#include "notice/trust.h"
#include <QString>
#include <vector>

namespace nb {

enum class Membership { Invite, Join, Leave };
enum class LeaveRule { Allow, Deny };

struct Notice {
    QString eventId;
    QString sender;
    qint64 timestamp = 0; // origin_server_ts, ms since epoch
    QString msgtype;
    QString body; // plain text
    QString html; // sanitised HTML, empty when the event had none
    bool pinned = false;
    bool fromMe = false; // a reply the user sent
    QString serverNoticeType; // m.server_notice only
    QString limitType;
    QString adminContact;
};

struct NoticeRoom {
    QString roomId;
    NoticeKind kind = NoticeKind::Legacy;
    Trust trust = Trust::Unverified;
    QString trustReason;
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
    std::vector<Notice> notices; // oldest first
};

QString membershipName(Membership membership); // "invite" | "join" | "leave"
QString leaveRuleName(LeaveRule rule); // "allow" | "deny"
QString kindName(NoticeKind kind); // "legacy" | "msc4279"
QString trustName(Trust trust); // "official" | "unverified"

} // namespace nb
