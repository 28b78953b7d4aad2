#include "store/notice_room.h"

namespace nb {

QString membershipName(Membership membership)
{
    switch (membership) {
    case Membership::Invite:
        return QStringLiteral("invite");
    case Membership::Join:
        return QStringLiteral("join");
    case Membership::Leave:
        return QStringLiteral("leave");
    }
    return {};
}

QString leaveRuleName(LeaveRule rule)
{
    return rule == LeaveRule::Allow ? QStringLiteral("allow") : QStringLiteral("deny");
}

QString kindName(NoticeKind kind)
{
    return kind == NoticeKind::Legacy ? QStringLiteral("legacy") : QStringLiteral("msc4279");
}

QString trustName(Trust trust)
{
    return trust == Trust::Official ? QStringLiteral("official") : QStringLiteral("unverified");
}

} // namespace nb
