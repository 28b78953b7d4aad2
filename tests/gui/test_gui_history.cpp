// The notice view keeps up with what the server holds, against a real Synapse:
// - the app opens an official invite by itself (Synapse's server-notices invite), and
//   leaves an unverified one for the user to decide;
// - a notice the admin withdrew reads "Withdrawn by your server" with the reason, an edit
//   shows its new text marked edited, and a message from another member is a reply under
//   its sender, never a notice;
// - a room with more history than the first load shows "Load older notices", and the
//   link brings the rest.
// Synapse's rate limits are relaxed here (the harness default): the test posts 1,050
// messages to build a long history; pacing is test_notice_history's subject, not this one's.
#include "gui_helpers.h"
#include "synapse_instance.h"

#include "qtmodels/notice_room_list_model.h"
#include "service/notice_service.h"
#include "ui/app_windows.h"
#include "ui/inbox_view.h"
#include "ui/main_window.h"
#include "ui/notice_browser.h"
#include "ui/notice_view.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace nb;

class TestGuiHistory : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void officialInviteOpensByItself();
    void unverifiedInviteWaitsForTheUser();
    void withdrawnEditedAndReplies();
    void longHistoryLoadsOlderOnRequest();
    void settingKeepsOfficialInvitesWaiting();
    void inviteFromAnotherServerIsUnverified();
    void cleanupTestCase();

private:
    MainWindow* main() const { return m_windows->mainWindow(); }
    NoticeBrowser* browser() const { return main()->findChild<NoticeBrowser*>(QStringLiteral("noticeBrowser")); }
    QString membershipOf(const QString& roomId) const
    {
        const auto room = m_service->store().noticeRoom(roomId);
        return room ? membershipName(room->membership) : QString();
    }
    void showRoom(const QString& roomId)
    {
        InboxView* inbox = main()->inbox();
        QTRY_VERIFY_WITH_TIMEOUT(inbox->viewIndexOfRoom(roomId).isValid(), 30000);
        const QModelIndex index = inbox->viewIndexOfRoom(roomId);
        inbox->scrollTo(index);
        QTest::mouseClick(inbox->viewport(), Qt::LeftButton, {}, inbox->visualRect(index).center());
        QTRY_COMPARE(main()->noticeView()->roomId(), roomId);
    }
    QString roomText() const { return browser()->toPlainText(); }
    int noticeCount(const QString& roomId) const
    {
        const auto room = m_service->store().noticeRoom(roomId);
        return room ? int(room->notices.size()) : -1;
    }
    QString redact(const QString& roomId, const QString& eventId, const QString& reason, QString token = {})
    {
        static int txn = 0;
        const guitest::HttpReply reply = m_http->call("PUT",
            "/_matrix/client/v3/rooms/" + guitest::enc(roomId) + "/redact/" + guitest::enc(eventId) + "/gui-redact-"
                + QByteArray::number(++txn),
            token.isEmpty() ? m_synapse.adminToken() : token, QJsonObject {{QStringLiteral("reason"), reason}});
        return reply.body.value(QStringLiteral("event_id")).toString();
    }

    static testsupport::SynapseOptions federating()
    {
        testsupport::SynapseOptions options;
        options.federation = true; // for the invite from another server
        // The seed is 1,050 messages from the admin into one room: ~87 min at stock
        // rc_message (10, then 1 per 5 s). Carol's app itself only syncs and pages back.
        options.relaxRateLimitsBecause =
            QStringLiteral("seeds one room with 1,050 messages from the admin (stock rc_message: 10, then 1 per 5 s)");
        return options;
    }
    testsupport::SynapseInstance m_synapse {federating()};
    QTemporaryDir m_profile;
    std::unique_ptr<guitest::SeedHttp> m_http;
    std::unique_ptr<NoticeService> m_service;
    std::unique_ptr<AppWindows> m_windows;
    testsupport::SynapseInstance::User m_carol, m_dave, m_mallory;
    QString m_longRoom;
};

void TestGuiHistory::initTestCase()
{
    QString error;
    QVERIFY2(m_synapse.start(&error), qPrintable(error));
    m_carol = m_synapse.registerUser(QStringLiteral("carol"), QStringLiteral("carol-password"));
    m_dave = m_synapse.registerUser(QStringLiteral("dave"), QStringLiteral("dave-password"));
    m_mallory = m_synapse.registerUser(QStringLiteral("mallory"), QStringLiteral("mallory-password"));
    QVERIFY2(!m_carol.accessToken.isEmpty() && !m_dave.accessToken.isEmpty() && !m_mallory.accessToken.isEmpty(),
        qPrintable(m_synapse.lastError()));
    m_synapse.writeSupportFile(QStringLiteral(R"({"contacts":[{"matrix_id":"%1","role":"m.role.admin"}]})")
                                   .arg(m_synapse.adminUserId())
                                   .toUtf8());
    m_http = std::make_unique<guitest::SeedHttp>(m_synapse.baseUrl(), m_synapse.caFile());

    // Before carol's first login: an official room with more history than one load takes.
    m_longRoom = guitest::createNoticeRoom(*m_http, m_synapse.adminToken(), m_synapse.adminUserId(), m_carol.userId,
        QStringLiteral("Change log"), QStringLiteral("Every change to the service"), QStringLiteral("deny"), 100);
    QVERIFY(!m_longRoom.isEmpty());
    for (int i = 1; i <= 1050; ++i)
        QVERIFY(!guitest::sendText(*m_http, m_synapse.adminToken(), m_longRoom, QStringLiteral("Change %1").arg(i))
                     .isEmpty());

    qputenv("NOTICEBOARD_CA_FILE", m_synapse.caFile().toUtf8());
    qputenv("NOTICEBOARD_TOKEN_STORE", "file");
    m_service = guitest::newService(m_profile.path(), m_synapse.caFile(), true);
    m_windows = std::make_unique<AppWindows>(*m_service);
    m_windows->start();
    const QString loginError = guitest::logInThroughWindow(*m_windows, m_carol.userId, m_carol.password);
    QVERIFY2(loginError.isEmpty(), qPrintable(loginError));
    main()->resize(1040, 660);
}

void TestGuiHistory::officialInviteOpensByItself()
{
    // Synapse's server notices arrive as an invite: the app joins it without a click.
    const QJsonObject content {
        {QStringLiteral("msgtype"), QStringLiteral("m.text")}, {QStringLiteral("body"), QStringLiteral("Welcome!")}};
    QVERIFY(!guitest::sendLegacyNotice(*m_http, m_synapse.adminToken(), m_carol.userId, content).isEmpty());
    QString legacyRoom;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const auto& room : m_service->store().noticeRooms())
                if (room.kind == NoticeKind::Legacy)
                    legacyRoom = room.roomId;
            return !legacyRoom.isEmpty();
        }(),
        30000);
    QTRY_COMPARE_WITH_TIMEOUT(membershipOf(legacyRoom), QStringLiteral("join"), 30000);
    showRoom(legacyRoom);
    QTRY_VERIFY(roomText().contains(QStringLiteral("Welcome!")));
    // The long room's invite was official too: joined by itself.
    QTRY_COMPARE_WITH_TIMEOUT(membershipOf(m_longRoom), QStringLiteral("join"), 30000);
}

void TestGuiHistory::unverifiedInviteWaitsForTheUser()
{
    const QString fake = guitest::createNoticeRoom(*m_http, m_mallory.accessToken, m_mallory.userId, m_carol.userId,
        QStringLiteral("Server Notices"), QStringLiteral("Verify your account"), QStringLiteral("deny"), 100);
    QVERIFY(!fake.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(membershipOf(fake), QStringLiteral("invite"), 30000);
    // Several syncs later it is still waiting for her decision.
    const QString marker =
        guitest::sendText(*m_http, m_synapse.adminToken(), m_longRoom, QStringLiteral("Change after the fake"));
    QVERIFY(!marker.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto room = m_service->store().noticeRoom(m_longRoom);
            return room && !room->notices.empty() && room->notices.back().eventId == marker;
        }(),
        30000);
    QCOMPARE(membershipOf(fake), QStringLiteral("invite"));
}

void TestGuiHistory::withdrawnEditedAndReplies()
{
    const QString roomId =
        guitest::createNoticeRoom(*m_http, m_synapse.adminToken(), m_synapse.adminUserId(), m_carol.userId,
            QStringLiteral("Your account"), QStringLiteral("About your account"), QStringLiteral("deny"), 0);
    QVERIFY(!roomId.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(membershipOf(roomId), QStringLiteral("join"), 30000);
    const QString token = m_synapse.adminToken();
    const QString mistake = guitest::sendText(*m_http, token, roomId, QStringLiteral("Your account will be deleted"));
    const QString wrong = guitest::sendText(*m_http, token, roomId, QStringLiteral("Maintenance today at 18:00"));
    const QString water = guitest::sendText(*m_http, token, roomId, QStringLiteral("Water off at 10:00"));
    QVERIFY(!mistake.isEmpty() && !wrong.isEmpty() && !water.isEmpty());
    showRoom(roomId);
    QTRY_VERIFY_WITH_TIMEOUT(roomText().contains(QStringLiteral("Your account will be deleted")), 30000);

    QVERIFY(!redact(roomId, mistake, QStringLiteral("Sent to the wrong person")).isEmpty());
    const QJsonObject edit {{QStringLiteral("msgtype"), QStringLiteral("m.text")},
        {QStringLiteral("body"), QStringLiteral("* Maintenance tomorrow at 18:00")},
        {QStringLiteral("m.new_content"),
            QJsonObject {{QStringLiteral("msgtype"), QStringLiteral("m.text")},
                {QStringLiteral("body"), QStringLiteral("Maintenance tomorrow at 18:00")}}},
        {QStringLiteral("m.relates_to"),
            QJsonObject {
                {QStringLiteral("rel_type"), QStringLiteral("m.replace")}, {QStringLiteral("event_id"), wrong}}}};
    QVERIFY(m_http
                ->call("PUT", "/_matrix/client/v3/rooms/" + guitest::enc(roomId) + "/send/m.room.message/gui-edit-1",
                    token, edit)
                .ok());
    // dave, invited by mistake, writes something official-looking.
    QVERIFY(m_http
                ->call("POST", "/_matrix/client/v3/rooms/" + guitest::enc(roomId) + "/invite", token,
                    QJsonObject {{QStringLiteral("user_id"), m_dave.userId}})
                .ok());
    QVERIFY(m_http->call("POST", "/_matrix/client/v3/join/" + guitest::enc(roomId), m_dave.accessToken, QJsonObject {})
                .ok());
    QVERIFY(!guitest::sendText(*m_http, m_dave.accessToken, roomId, QStringLiteral("OFFICIAL: confirm your password"))
                 .isEmpty());
    // ... and, given power by mistake too (red team, issue 7 second pass, F1), withdraws the
    // admin's notice with words of his own as the reason.
    const QByteArray levelsPath = "/_matrix/client/v3/rooms/" + guitest::enc(roomId) + "/state/m.room.power_levels/";
    const guitest::HttpReply levels = m_http->call("GET", levelsPath, token);
    QVERIFY(levels.ok());
    QJsonObject powers = levels.body;
    QJsonObject users = powers.value(QStringLiteral("users")).toObject();
    users.insert(m_dave.userId, 100);
    powers.insert(QStringLiteral("users"), users);
    QVERIFY(m_http->call("PUT", levelsPath, token, powers).ok());
    QVERIFY(!redact(
        roomId, water, QStringLiteral("Phishing attempt. Reset your password at evil.example"), m_dave.accessToken)
                 .isEmpty());
    // ... and renames the room, under the official badge.
    QVERIFY(
        m_http
            ->call("PUT", "/_matrix/client/v3/rooms/" + guitest::enc(roomId) + "/state/m.room.name/",
                m_dave.accessToken, QJsonObject {{QStringLiteral("name"), QStringLiteral("URGENT: account closure")}})
            .ok());

    QTRY_VERIFY_WITH_TIMEOUT(roomText().contains(QStringLiteral("Withdrawn by %1").arg(m_dave.userId)), 30000);
    const QString text = roomText();
    QVERIFY2(text.contains(QStringLiteral("OFFICIAL: confirm your password")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("evil.example")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Water off")), qPrintable(text));
    // His name is not the room's ("Your account" before; set by someone who does not speak
    // for the server, the room goes by the generic name).
    auto* title = main()->findChild<QLabel*>(QStringLiteral("noticeTitle"));
    QVERIFY(title);
    QTRY_VERIFY_WITH_TIMEOUT(title->text() != QLatin1String("Your account"), 30000); // the rename arrived
    QVERIFY2(!title->text().contains(QStringLiteral("URGENT")), qPrintable(title->text()));
    QVERIFY2(!text.contains(QStringLiteral("Your account will be deleted")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Withdrawn by your server: Sent to the wrong person")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Maintenance tomorrow at 18:00")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("* Maintenance")), qPrintable(text)); // the fallback is no notice
    QVERIFY2(!text.contains(QStringLiteral("Maintenance today")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("(edited)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Reply from %1").arg(m_dave.userId)), qPrintable(text));
    // dave's line is a reply: it comes after "Reply from", never as a notice line with a sender dot.
    QVERIFY(!text.contains(QStringLiteral("%1 \u00b7").arg(m_dave.userId)));
    QVERIFY(!guitest::saveScreenshot(main(), QStringLiteral("withdrawn.png")).isEmpty());
}

void TestGuiHistory::longHistoryLoadsOlderOnRequest()
{
    showRoom(m_longRoom);
    // The first load stops at 1,000 events and says there is more.
    QTRY_VERIFY_WITH_TIMEOUT(roomText().contains(QStringLiteral("Load older notices")), 30000);
    QVERIFY(noticeCount(m_longRoom) >= 1000 && noticeCount(m_longRoom) < 1050);
    QVERIFY(!roomText().contains(QStringLiteral("Change 1\n")));

    // Click the link where it is drawn, as a person would. A sync may redraw the page
    // between finding the link and the click: then find it again.
    bool asked = false;
    for (int attempt = 0; attempt < 5 && !asked; ++attempt) {
        const QTextCursor found = browser()->document()->find(QStringLiteral("Load older notices"));
        QVERIFY(!found.isNull());
        QTextCursor inside(found);
        inside.setPosition(found.selectionStart() + 2);
        browser()->setTextCursor(inside);
        browser()->ensureCursorVisible();
        if (attempt == 0)
            QVERIFY(!guitest::saveScreenshot(main(), QStringLiteral("load-older.png")).isEmpty());
        QTest::mouseClick(browser()->viewport(), Qt::LeftButton, {}, browser()->cursorRect(inside).center());
        asked = QTest::qWaitFor([&] { return !m_service->store().noticeRoom(m_longRoom)->hasOlder; }, 1000);
    }
    QVERIFY(asked);
    QTRY_VERIFY_WITH_TIMEOUT(noticeCount(m_longRoom) >= 1051, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!roomText().contains(QStringLiteral("Load older notices")), 30000);
    const auto room = m_service->store().noticeRoom(m_longRoom);
    QCOMPARE(room->notices.front().body, QStringLiteral("Change 1"));
    QVERIFY(!room->hasOlder);
    // In order, oldest first, none twice.
    QStringList bodies;
    for (const auto& notice : room->notices)
        if (notice.body.startsWith(QStringLiteral("Change ")) && notice.body != QStringLiteral("Change after the fake"))
            bodies << notice.body;
    QCOMPARE(bodies.size(), 1050);
    for (int i = 0; i < bodies.size(); ++i)
        QCOMPARE(bodies.at(i), QStringLiteral("Change %1").arg(i + 1));
}

void TestGuiHistory::settingKeepsOfficialInvitesWaiting()
{
    // Turned off in Settings, as a person would.
    auto setOpening = [this](bool open) {
        main()->findChild<QAction*>(QStringLiteral("settingsAction"))->trigger();
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = main()->findChild<QDialog*>(QStringLiteral("settingsDialog"))) && dialog->isVisible());
        auto* check = dialog->findChild<QCheckBox*>(QStringLiteral("openOfficialInvitesCheck"));
        QVERIFY(check);
        QCOMPARE(check->isChecked(), !open);
        check->setChecked(open);
        dialog->accept();
        QTRY_VERIFY(!main()->findChild<QDialog*>(QStringLiteral("settingsDialog")));
    };
    setOpening(false);
    QFile settings(m_profile.path() + QStringLiteral("/settings.json"));
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(settings.readAll().contains("\"open_official_invites\": false"));

    const QString roomId = guitest::createNoticeRoom(*m_http, m_synapse.adminToken(), m_synapse.adminUserId(),
        m_carol.userId, QStringLiteral("Terms of service"), QStringLiteral("New terms"), QStringLiteral("deny"), 100);
    QVERIFY(!roomId.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(membershipOf(roomId), QStringLiteral("invite"), 30000);
    const QString marker = guitest::sendText(*m_http, m_synapse.adminToken(), m_longRoom, QStringLiteral("Marker"));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto room = m_service->store().noticeRoom(m_longRoom);
            return room && !room->notices.empty() && room->notices.back().eventId == marker;
        }(),
        30000);
    QCOMPARE(membershipOf(roomId), QStringLiteral("invite")); // left for her to open

    // Back on: the waiting invite opens by itself.
    setOpening(true);
    QTRY_COMPARE_WITH_TIMEOUT(membershipOf(roomId), QStringLiteral("join"), 30000);
}

void TestGuiHistory::inviteFromAnotherServerIsUnverified()
{
    // A scripted malicious server (a stock one refuses m.federate:false invites to other
    // servers) invites carol to a room whose stripped create event claims her admin.
    const auto sent = m_synapse.sendMaliciousInvite(m_carol.userId);
    QVERIFY2(sent.value(QStringLiteral("HTTP_STATUS")) == QLatin1String("200"), qPrintable(m_synapse.lastError()));
    const QString roomId = sent.value(QStringLiteral("ROOM_ID"));
    QTRY_COMPARE_WITH_TIMEOUT(membershipOf(roomId), QStringLiteral("invite"), 30000);
    const auto room = m_service->store().noticeRoom(roomId);
    QVERIFY(room);
    QCOMPARE(room->trust, Trust::Unverified);
    QTest::qWait(1000); // a sync later it is still not opened by itself
    QCOMPARE(membershipOf(roomId), QStringLiteral("invite"));
    showRoom(roomId);
    const QString badge = main()->findChild<QLabel*>(QStringLiteral("trustBadgeText"))->text();
    QVERIFY2(badge.startsWith(QStringLiteral("Not verified as sent by your server.")), qPrintable(badge));
    QVERIFY(main()->findChild<QPushButton*>(QStringLiteral("rejectButton"))->isVisible());
    QVERIFY(!guitest::saveScreenshot(main(), QStringLiteral("unverified-remote.png")).isEmpty());
}

void TestGuiHistory::cleanupTestCase()
{
    m_windows.reset();
    m_service.reset();
}

QTEST_MAIN(TestGuiHistory)
#include "test_gui_history.moc"
