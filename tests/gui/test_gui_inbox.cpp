// The inbox window against a real Synapse: a legacy server notice appears as "New
// notice from your server" and opening it joins and shows it; an MSC4279 room made by
// a listed administrator is official, cannot be archived under "deny" and can under
// "allow"; archived notices can be deleted after a confirmation; replies where power
// levels allow them; a notice-typed room made by an ordinary user is "Unverified".
#include "gui_helpers.h"
#include "synapse_instance.h"

#include "qtmodels/notice_room_list_model.h"
#include "service/notice_service.h"
#include "ui/app_windows.h"
#include "ui/inbox_delegate.h"
#include "ui/inbox_view.h"
#include "ui/main_window.h"
#include "ui/notice_browser.h"
#include "ui/notice_view.h"

#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;
using Group = NoticeRoomListModel::Group;

class TestGuiInbox : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void legacyNoticeArrivesAsNotice();
    void openingLegacyNoticeJoinsAndShowsIt();
    void adminNoticeRoomIsOfficialAndKeptUnderDeny();
    void allowLetsTheUserArchive();
    void replyBoxOnlyWhereAllowed();
    void noticeRoomByOrdinaryUserIsUnverified();
    void inboxScreenshot();
    void deletingArchivedNoticeAsksFirst();
    void unverifiedInvitationCanBeRejected();
    void cleanupTestCase();

private:
    MainWindow* main() const { return m_windows->mainWindow(); }
    InboxView* inbox() const { return main()->inbox(); }
    NoticeRoomListModel* model() const { return inbox()->roomModel(); }
    template<class T> T* child(const char* name) const { return main()->findChild<T*>(QLatin1String(name)); }
    bool visible(const char* buttonName) const
    {
        auto* button = child<QPushButton>(buttonName);
        return button && button->isVisible();
    }
    // Group of a room in the inbox model, or -1 when it is not listed.
    int groupOf(const QString& roomId) const
    {
        const QModelIndex index = model()->indexOfRoom(roomId);
        return index.isValid() ? index.parent().row() : -1;
    }
    QString roleOf(const QString& roomId, int role) const { return model()->indexOfRoom(roomId).data(role).toString(); }
    void clickRoom(const QString& roomId)
    {
        const QModelIndex index = inbox()->viewIndexOfRoom(roomId);
        QVERIFY(index.isValid());
        inbox()->scrollTo(index);
        QTest::mouseClick(inbox()->viewport(), Qt::LeftButton, {}, inbox()->visualRect(index).center());
        QTRY_COMPARE(main()->noticeView()->roomId(), roomId);
    }
    // For failure messages: the room as the store sees it now.
    QString describeRoom(const QString& roomId) const
    {
        const auto r = m_service->store().noticeRoom(roomId);
        return r ? QStringLiteral("trust=%1 membership=%2 leave_rule=%3 can_reply=%4")
                       .arg(trustName(r->trust), membershipName(r->membership), leaveRuleName(r->leaveRule))
                       .arg(r->canReply)
                 : QStringLiteral("(not in the store)");
    }
    QString noticeText() const { return child<NoticeBrowser>("noticeBrowser")->toPlainText(); }
    QString badgeText() const { return child<QLabel>("trustBadgeText")->text(); }

    testsupport::SynapseInstance m_synapse;
    QTemporaryDir m_profile;
    std::unique_ptr<guitest::SeedHttp> m_http;
    std::unique_ptr<NoticeService> m_service;
    std::unique_ptr<AppWindows> m_windows;
    testsupport::SynapseInstance::User m_bob, m_mallory;
    QString m_legacyRoom, m_officialRoom, m_replyRoom, m_unverifiedRoom;
};

void TestGuiInbox::initTestCase()
{
    QString error;
    QVERIFY2(m_synapse.start(&error), qPrintable(error));
    m_bob = m_synapse.registerUser(QStringLiteral("bob"), QStringLiteral("bob-password"));
    m_mallory = m_synapse.registerUser(QStringLiteral("mallory"), QStringLiteral("mallory-password"));
    QVERIFY2(!m_bob.accessToken.isEmpty() && !m_mallory.accessToken.isEmpty(), qPrintable(m_synapse.lastError()));
    // The server names its administrator, as a production reverse proxy would.
    m_synapse.writeSupportFile(QStringLiteral(R"({"contacts":[{"matrix_id":"%1","role":"m.role.admin"}]})")
                                   .arg(m_synapse.adminUserId())
                                   .toUtf8());
    m_http = std::make_unique<guitest::SeedHttp>(m_synapse.baseUrl(), m_synapse.caFile());

    qputenv("NOTICEBOARD_CA_FILE", m_synapse.caFile().toUtf8());
    qputenv("NOTICEBOARD_TOKEN_STORE", "file");
    m_service = guitest::newService(m_profile.path(), m_synapse.caFile());
    m_windows = std::make_unique<AppWindows>(*m_service);
    m_windows->start();
    const QString loginError = guitest::logInThroughWindow(*m_windows, m_bob.userId, m_bob.password);
    QVERIFY2(loginError.isEmpty(), qPrintable(loginError));
    main()->resize(1040, 660);
}

void TestGuiInbox::legacyNoticeArrivesAsNotice()
{
    const QJsonObject content {{QStringLiteral("msgtype"), QStringLiteral("m.text")},
        {QStringLiteral("body"),
            QStringLiteral("Scheduled maintenance on Saturday from 02:00 to 04:00 UTC. "
                           "Details: https://status.example.org")},
        {QStringLiteral("format"), QStringLiteral("org.matrix.custom.html")},
        {QStringLiteral("formatted_body"),
            QStringLiteral("<p><b>Scheduled maintenance</b> on Saturday from 02:00 to 04:00 UTC. Messages sent "
                           "meanwhile are delivered afterwards.</p><p>Details: <a href=\"https://status.example.org\">"
                           "status page</a> <img src=\"https://tracker.example.org/pixel.png\" alt=\"tracking image\">"
                           " <a href=\"javascript:alert(1)\">do not click</a></p>")}};
    QVERIFY(!guitest::sendLegacyNotice(*m_http, m_synapse.adminToken(), m_bob.userId, content).isEmpty());

    // It comes as an invite from @notices; the app shows it as a notice, not an invitation.
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount(model()->index(int(Group::Active), 0)) == 1, 30000);
    const QModelIndex index = model()->index(0, 0, model()->index(int(Group::Active), 0));
    m_legacyRoom = index.data(NoticeRoomListModel::RoomIdRole).toString();
    QCOMPARE(index.data(NoticeRoomListModel::KindRole).toString(), QStringLiteral("legacy"));
    QCOMPARE(index.data(NoticeRoomListModel::TrustRole).toString(), QStringLiteral("official"));
    QCOMPARE(index.data(NoticeRoomListModel::MembershipRole).toString(), QStringLiteral("invite"));
    QCOMPARE(InboxDelegate::secondLine(index), QStringLiteral("New notice from your server"));

    clickRoom(m_legacyRoom);
    QVERIFY(visible("openNoticeButton"));
    QVERIFY(!visible("rejectButton")); // official notices cannot be declined
    QVERIFY(!visible("acceptButton"));
    QVERIFY(!visible("archiveButton"));
    QVERIFY(badgeText().startsWith(QStringLiteral("Official notice from your server")));
}

void TestGuiInbox::openingLegacyNoticeJoinsAndShowsIt()
{
    QTest::mouseClick(child<QPushButton>("openNoticeButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(roleOf(m_legacyRoom, NoticeRoomListModel::MembershipRole), QStringLiteral("join"), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(noticeText().contains(QStringLiteral("Scheduled maintenance")), 30000);
    QCOMPARE(main()->noticeView()->roomId(), m_legacyRoom); // still selected after the resets
    QCOMPARE(badgeText(), QStringLiteral("Official notice from your server (%1)").arg(m_synapse.serverName()));
    QVERIFY(!visible("openNoticeButton"));
    QVERIFY(!visible("rejectButton"));
    // Legacy rooms keep the default rule, deny (the room carries the usage-limit pins).
    QVERIFY2(!visible("archiveButton"), qPrintable(describeRoom(m_legacyRoom)));
    QVERIFY(!child<QWidget>("replyBox")->isVisible()); // @notices room: users cannot post

    // Sanitised: the safe link stays, the tracker image and the javascript: link do not.
    const QString html = child<NoticeBrowser>("noticeBrowser")->toHtml();
    QVERIFY(html.contains(QStringLiteral("https://status.example.org")));
    QVERIFY(!html.contains(QStringLiteral("tracker.example.org")));
    QVERIFY(!html.contains(QStringLiteral("javascript")));
    QVERIFY(noticeText().contains(QStringLiteral("tracking image")));
    // Opening is reading: the user's own receipt clears the unread count.
    QTRY_COMPARE_WITH_TIMEOUT(
        model()->indexOfRoom(m_legacyRoom).data(NoticeRoomListModel::UnreadRole).toInt(), 0, 30000);
    QVERIFY(!guitest::saveScreenshot(main(), QStringLiteral("notice.png")).isEmpty());
}

void TestGuiInbox::adminNoticeRoomIsOfficialAndKeptUnderDeny()
{
    m_officialRoom = guitest::createNoticeRoom(*m_http, m_synapse.adminToken(), m_synapse.adminUserId(), m_bob.userId,
        QStringLiteral("Terms of Service update"), QStringLiteral("New terms apply from 1 January; please read them"),
        QStringLiteral("deny"), 100);
    QVERIFY(!m_officialRoom.isEmpty());
    QVERIFY(!guitest::sendText(*m_http, m_synapse.adminToken(), m_officialRoom,
        QStringLiteral("Our terms of service change on 1 January. The main change: accounts "
                       "inactive for two years are removed."))
                 .isEmpty());

    QTRY_COMPARE_WITH_TIMEOUT(groupOf(m_officialRoom), int(Group::Active), 30000);
    QCOMPARE(roleOf(m_officialRoom, NoticeRoomListModel::TrustRole), QStringLiteral("official"));
    QCOMPARE(roleOf(m_officialRoom, NoticeRoomListModel::KindRole), QStringLiteral("msc4279"));
    QCOMPARE(
        InboxDelegate::secondLine(model()->indexOfRoom(m_officialRoom)), QStringLiteral("New notice from your server"));
    clickRoom(m_officialRoom);
    QVERIFY(visible("openNoticeButton"));
    QVERIFY(!visible("rejectButton"));
    QTest::mouseClick(child<QPushButton>("openNoticeButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        roleOf(m_officialRoom, NoticeRoomListModel::MembershipRole), QStringLiteral("join"), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(noticeText().contains(QStringLiteral("inactive for two years")), 30000);
    QCOMPARE(child<QLabel>("noticeTopic")->text(), QStringLiteral("New terms apply from 1 January; please read them"));
    QVERIFY2(!visible("archiveButton"), qPrintable(describeRoom(m_officialRoom))); // leave rule "deny"
    QVERIFY(!child<QWidget>("replyBox")->isVisible()); // events_default 100: read-only
}

void TestGuiInbox::allowLetsTheUserArchive()
{
    QVERIFY(guitest::setLeaveRule(*m_http, m_synapse.adminToken(), m_officialRoom, QStringLiteral("allow")));
    QTRY_VERIFY_WITH_TIMEOUT(visible("archiveButton"), 30000);
    QTest::mouseClick(child<QPushButton>("archiveButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(groupOf(m_officialRoom), int(Group::Archived), 30000);
    // The selection followed the room into Archived; now it can be deleted, not archived.
    QCOMPARE(inbox()->currentRoomId(), m_officialRoom);
    QTRY_VERIFY(visible("deleteButton"));
    QVERIFY(!visible("archiveButton"));
}

void TestGuiInbox::replyBoxOnlyWhereAllowed()
{
    m_replyRoom = guitest::createNoticeRoom(*m_http, m_synapse.adminToken(), m_synapse.adminUserId(), m_bob.userId,
        QStringLiteral("Your report #2211"), QStringLiteral("About the content you reported on 3 March"),
        QStringLiteral("allow"), 0);
    QVERIFY(!m_replyRoom.isEmpty());
    QVERIFY(!guitest::sendText(*m_http, m_synapse.adminToken(), m_replyRoom,
        QStringLiteral("Thank you for your report. We removed the content. Reply here if you "
                       "have more information."))
                 .isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(groupOf(m_replyRoom), int(Group::Active), 30000);
    clickRoom(m_replyRoom);
    QTest::mouseClick(child<QPushButton>("openNoticeButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(roleOf(m_replyRoom, NoticeRoomListModel::MembershipRole), QStringLiteral("join"), 30000);
    QTRY_VERIFY(child<QWidget>("replyBox")->isVisible());
    QVERIFY(visible("archiveButton")); // leave rule "allow"

    auto* edit = child<QPlainTextEdit>("replyEdit");
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("The account was also used for spam."));
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier); // Ctrl+Enter sends
    QTRY_VERIFY_WITH_TIMEOUT(noticeText().contains(QStringLiteral("used for spam")), 30000);
    QVERIFY(noticeText().contains(QStringLiteral("Your reply")));
    QTRY_VERIFY(edit->toPlainText().isEmpty());
    QVERIFY(!guitest::saveScreenshot(main(), QStringLiteral("reply.png")).isEmpty());
}

void TestGuiInbox::noticeRoomByOrdinaryUserIsUnverified()
{
    // Same shape as an official room, but created by a local user who is no administrator.
    m_unverifiedRoom = guitest::createNoticeRoom(*m_http, m_mallory.accessToken, m_mallory.userId, m_bob.userId,
        QStringLiteral("Security alert"), QStringLiteral("Your account will be suspended; verify your password"),
        QStringLiteral("deny"), 100);
    QVERIFY(!m_unverifiedRoom.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(groupOf(m_unverifiedRoom), int(Group::Unverified), 30000);
    QCOMPARE(roleOf(m_unverifiedRoom, NoticeRoomListModel::TrustRole), QStringLiteral("unverified"));
    const QString line = InboxDelegate::secondLine(model()->indexOfRoom(m_unverifiedRoom));
    QVERIFY2(line.startsWith(QStringLiteral("Unverified")), qPrintable(line));
    QVERIFY(!line.contains(QStringLiteral("from your server")));

    clickRoom(m_unverifiedRoom);
    QVERIFY2(badgeText().startsWith(QStringLiteral("Not verified as sent by your server.")), qPrintable(badgeText()));
    QVERIFY(badgeText().contains(m_mallory.userId)); // the reason names the creator
    QVERIFY(badgeText().contains(QStringLiteral("suspicion")));
    // An ordinary invitation: it can be accepted or rejected; no "Open notice".
    QVERIFY(visible("acceptButton"));
    QVERIFY(visible("rejectButton"));
    QVERIFY(!visible("openNoticeButton"));
    QVERIFY(!guitest::saveScreenshot(main(), QStringLiteral("unverified.png")).isEmpty());
}

void TestGuiInbox::inboxScreenshot()
{
    clickRoom(m_legacyRoom);
    // Every group is on show: Active, Archived and Unverified.
    for (const Group group : {Group::Active, Group::Archived, Group::Unverified})
        QVERIFY(!inbox()->isRowHidden(int(group), {}));
    QVERIFY(!guitest::saveScreenshot(main(), QStringLiteral("inbox.png")).isEmpty());
}

void TestGuiInbox::deletingArchivedNoticeAsksFirst()
{
    clickRoom(m_officialRoom);
    QTRY_VERIFY(visible("deleteButton"));
    QTest::mouseClick(child<QPushButton>("deleteButton"), Qt::LeftButton);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = main()->findChild<QMessageBox*>(QStringLiteral("confirmDeleteBox"))) && box->isVisible());
    // Cancel first: nothing happens.
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(300);
    QCOMPARE(groupOf(m_officialRoom), int(Group::Archived));

    QTest::mouseClick(child<QPushButton>("deleteButton"), Qt::LeftButton);
    QTRY_VERIFY((box = main()->findChild<QMessageBox*>(QStringLiteral("confirmDeleteBox"))) && box->isVisible());
    box->findChild<QPushButton*>(QStringLiteral("confirmDeleteButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(groupOf(m_officialRoom), -1, 30000);
    QVERIFY(main()->noticeView()->roomId() != m_officialRoom);
}

void TestGuiInbox::unverifiedInvitationCanBeRejected()
{
    clickRoom(m_unverifiedRoom);
    QTest::mouseClick(child<QPushButton>("rejectButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(groupOf(m_unverifiedRoom) == -1
            || roleOf(m_unverifiedRoom, NoticeRoomListModel::MembershipRole) == QStringLiteral("leave"),
        30000);
}

void TestGuiInbox::cleanupTestCase()
{
    m_windows.reset();
    m_service.reset();
}

QTEST_MAIN(TestGuiInbox)
#include "test_gui_inbox.moc"
