// The widgets on their own, without a homeserver: which buttons a room gets, that the
// notice view never fetches a resource, that the inbox keeps its selection across
// model resets, and the words of the inbox rows, the trust badge and the status bar.
#include "qtmodels/notice_list_model.h"
#include "qtmodels/notice_room_list_model.h"
#include "service/notice_service.h"
#include "ui/inbox_delegate.h"
#include "ui/inbox_view.h"
#include "ui/notice_browser.h"
#include "ui/notice_header.h"
#include "ui/room_actions.h"
#include "ui/status_text.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>

using namespace nb;

namespace {
NoticeRoom room(
    const QString& id, Trust trust, Membership membership, LeaveRule rule = LeaveRule::Deny, qint64 activity = 1000)
{
    NoticeRoom r;
    r.roomId = id;
    r.kind = NoticeKind::Msc4279;
    r.trust = trust;
    r.membership = membership;
    r.leaveRule = rule;
    r.name = id.mid(1);
    r.lastActivity = activity;
    if (trust == Trust::Unverified)
        r.trustReason = QStringLiteral("@eve:example.org is not a known administrator of your server.");
    return r;
}
} // namespace

class TestGuiWidgets : public QObject {
    Q_OBJECT

private slots:
    void officialInviteIsOpenedNeverRejected()
    {
        const auto offered = offeredActions(room(QStringLiteral("!a"), Trust::Official, Membership::Invite));
        QVERIFY(offered.open);
        QVERIFY(!offered.reject);
        QVERIFY(!offered.accept);
        QVERIFY(!offered.archive);
    }
    void unverifiedInviteCanBeAcceptedOrRejected()
    {
        const auto offered = offeredActions(room(QStringLiteral("!a"), Trust::Unverified, Membership::Invite));
        QVERIFY(!offered.open);
        QVERIFY(offered.accept);
        QVERIFY(offered.reject);
        QVERIFY(!offered.archive);
    }
    void archiveFollowsLeaveRuleAndTrust()
    {
        QVERIFY(
            !offeredActions(room(QStringLiteral("!a"), Trust::Official, Membership::Join, LeaveRule::Deny)).archive);
        QVERIFY(
            offeredActions(room(QStringLiteral("!a"), Trust::Official, Membership::Join, LeaveRule::Allow)).archive);
        QVERIFY(
            offeredActions(room(QStringLiteral("!a"), Trust::Unverified, Membership::Join, LeaveRule::Deny)).archive);
        const auto archived =
            offeredActions(room(QStringLiteral("!a"), Trust::Official, Membership::Leave, LeaveRule::Allow));
        QVERIFY(archived.forget);
        QVERIFY(!archived.archive);
        QVERIFY(!offeredActions(room(QStringLiteral("!a"), Trust::Official, Membership::Join)).forget);
    }
    void replyOnlyWithPowerLevels()
    {
        NoticeRoom r = room(QStringLiteral("!a"), Trust::Official, Membership::Join);
        QVERIFY(!offeredActions(r).reply);
        r.canReply = true;
        QVERIFY(offeredActions(r).reply);
    }

    void browserNeverFetchesResources()
    {
        NoticeBrowser browser;
        NoticeListModel notices;
        Notice n;
        n.eventId = QStringLiteral("$1");
        n.sender = QStringLiteral("@notices:example.org");
        n.body = QStringLiteral("hello");
        // Even if unsanitised HTML got this far, nothing remote is loaded.
        n.html = QStringLiteral("<p>hello <img src=\"https://evil.example.org/x.png\"></p>"
                                "<link rel=\"stylesheet\" href=\"https://evil.example.org/s.css\">");
        n.pinned = true;
        notices.setNotices(QStringLiteral("!a"), {n});
        browser.resize(400, 300);
        browser.showNotices(notices, {});
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        const QVariant remote =
            browser.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("https://evil.example.org/x.png")));
        QVERIFY(!remote.isValid());
        QVERIFY(browser.refusedResourceCount() >= 1);
        QVERIFY(!browser.openLinks());
        QVERIFY(browser.toPlainText().contains(QStringLiteral("Pinned")));
    }

    void unsafeLinkIsRefused()
    {
        NoticeBrowser browser;
        QSignalSpy refused(&browser, &NoticeBrowser::linkRefused);
        emit browser.anchorClicked(QUrl(QStringLiteral("javascript:alert(1)")));
        emit browser.anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
        QCOMPARE(refused.count(), 2);
    }

    void inboxKeepsSelectionAcrossResets()
    {
        InboxView view;
        view.resize(300, 400);
        view.show();
        QSignalSpy changed(&view, &InboxView::currentRoomChanged);
        view.setRooms({room(QStringLiteral("!a"), Trust::Official, Membership::Invite, LeaveRule::Deny, 3000),
            room(QStringLiteral("!b"), Trust::Official, Membership::Join, LeaveRule::Deny, 2000)});
        QVERIFY(view.selectRoom(QStringLiteral("!b")));
        QCOMPARE(changed.count(), 1);
        // A sync moves !b to Archived and adds a room: still selected, no spurious signal.
        view.setRooms({room(QStringLiteral("!c"), Trust::Unverified, Membership::Invite, LeaveRule::Deny, 4000),
            room(QStringLiteral("!a"), Trust::Official, Membership::Join, LeaveRule::Deny, 3000),
            room(QStringLiteral("!b"), Trust::Official, Membership::Leave, LeaveRule::Allow, 2000)});
        QCOMPARE(view.currentRoomId(), QStringLiteral("!b"));
        QCOMPARE(view.currentIndex().data(NoticeRoomListModel::RoomIdRole).toString(), QStringLiteral("!b"));
        QCOMPARE(changed.count(), 1);
        // The room is forgotten: the selection goes, and the view says so.
        view.setRooms({room(QStringLiteral("!a"), Trust::Official, Membership::Join)});
        QCOMPARE(view.currentRoomId(), QString());
        QCOMPARE(changed.count(), 2);
        // Empty groups other than Active are hidden; group headers cannot be selected.
        QVERIFY(view.isRowHidden(int(NoticeRoomListModel::Group::Archived), {}));
        QVERIFY(!view.isRowHidden(int(NoticeRoomListModel::Group::Active), {}));
        QVERIFY(!(view.model()->flags(view.model()->index(0, 0)) & Qt::ItemIsSelectable));
    }

    void rowWords()
    {
        NoticeRoomListModel model;
        NoticeRoom unverified = room(QStringLiteral("!u"), Trust::Unverified, Membership::Invite);
        unverified.topic = QStringLiteral("Verify your password");
        NoticeRoom joined = room(QStringLiteral("!j"), Trust::Official, Membership::Join);
        joined.topic = QStringLiteral("Maintenance");
        model.setRooms({room(QStringLiteral("!o"), Trust::Official, Membership::Invite), unverified, joined});
        QCOMPARE(InboxDelegate::secondLine(model.indexOfRoom(QStringLiteral("!o"))),
            QStringLiteral("New notice from your server"));
        QCOMPARE(InboxDelegate::secondLine(model.indexOfRoom(QStringLiteral("!u"))),
            QStringLiteral("Unverified invitation \u00b7 Verify your password"));
        QCOMPARE(InboxDelegate::secondLine(model.indexOfRoom(QStringLiteral("!j"))), QStringLiteral("Maintenance"));
        // No topic: never an empty line under the name.
        NoticeRoom bare = room(QStringLiteral("!b"), Trust::Official, Membership::Join);
        model.setRooms({bare});
        QVERIFY(InboxDelegate::secondLine(model.indexOfRoom(QStringLiteral("!b")))
                    .startsWith(QStringLiteral("From your server")));
    }

    void badgeAndStatusWords()
    {
        QCOMPARE(NoticeHeader::officialText(QStringLiteral("example.org")),
            QStringLiteral("Official notice from your server (example.org)"));
        QCOMPARE(
            NoticeHeader::unverifiedText(QStringLiteral("It was created by @eve:evil.org, who is not on your server.")),
            QStringLiteral("Not verified as sent by your server. It was created by @eve:evil.org, who is not on "
                           "your server. Treat links and requests in it with suspicion."));
        QCOMPARE(describeConnectionState(ConnectionState::Online, {}), QStringLiteral("Connected"));
        QCOMPARE(describeConnectionState(ConnectionState::Connecting, {}), QStringLiteral("Connecting\u2026"));
        QCOMPARE(describeConnectionState(ConnectionState::Reconnecting, QStringLiteral("retrying in 4 s")),
            QStringLiteral("Reconnecting\u2026 (retrying in 4 s)"));
    }
};

QTEST_MAIN(TestGuiWidgets)
#include "test_gui_widgets.moc"
