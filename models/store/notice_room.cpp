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
    switch (rule) {
    case LeaveRule::Allow:
        return QStringLiteral("allow");
    case LeaveRule::Deny:
        return QStringLiteral("deny");
    case LeaveRule::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
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
