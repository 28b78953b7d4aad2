// What the user may do in a notice room, before the server is asked.
#include "notice/room_rules.h"

#include <QTest>

using namespace nb;

class TestRoomRules : public QObject {
    Q_OBJECT
    NoticeRoom room(Trust trust, Membership membership, LeaveRule rule = LeaveRule::Deny, bool canReply = false)
    {
        NoticeRoom r;
        r.trust = trust;
        r.membership = membership;
        r.leaveRule = rule;
        r.canReply = canReply;
        return r;
    }

private slots:
    void officialInvitesCannotBeDeclined()
    {
        const auto invite = room(Trust::Official, Membership::Invite, LeaveRule::Allow);
        QVERIFY(refusalFor(RoomAction::Reject, invite).has_value());
        QVERIFY(refusalFor(RoomAction::Archive, invite).has_value());
        QVERIFY(!refusalFor(RoomAction::Accept, invite).has_value());
    }

    void unverifiedRoomsBehaveLikeAnyRoom()
    {
        QVERIFY(!refusalFor(RoomAction::Reject, room(Trust::Unverified, Membership::Invite)).has_value());
        QVERIFY(
            !refusalFor(RoomAction::Archive, room(Trust::Unverified, Membership::Join, LeaveRule::Deny)).has_value());
    }

    void archiveFollowsTheLeaveRule()
    {
        const auto denied = refusalFor(RoomAction::Archive, room(Trust::Official, Membership::Join, LeaveRule::Deny));
        QVERIFY(denied.has_value());
        QVERIFY(denied->contains(QStringLiteral("deny")));
        QVERIFY(
            !refusalFor(RoomAction::Archive, room(Trust::Official, Membership::Join, LeaveRule::Allow)).has_value());
        QVERIFY(
            refusalFor(RoomAction::Archive, room(Trust::Official, Membership::Leave, LeaveRule::Allow)).has_value());
    }

    void forgetOnlyArchived()
    {
        QVERIFY(refusalFor(RoomAction::Forget, room(Trust::Official, Membership::Join, LeaveRule::Allow)).has_value());
        QVERIFY(!refusalFor(RoomAction::Forget, room(Trust::Official, Membership::Leave)).has_value());
    }

    void replyNeedsPowerAndMembership()
    {
        QVERIFY(
            !refusalFor(RoomAction::Reply, room(Trust::Official, Membership::Join, LeaveRule::Deny, true)).has_value());
        QVERIFY(
            refusalFor(RoomAction::Reply, room(Trust::Official, Membership::Join, LeaveRule::Deny, false)).has_value());
        QVERIFY(refusalFor(RoomAction::Reply, room(Trust::Official, Membership::Invite, LeaveRule::Deny, true))
                    .has_value());
    }
};

QTEST_GUILESS_MAIN(TestRoomRules)
#include "test_room_rules.moc"
