// The admin console's panels, offscreen, against a real Synapse, driven like a person
// would (QTest clicks and key presses on named widgets); results checked from the
// recipients' side through their own sessions, not through the app's parser. Screenshots
// of each panel go to docs/screenshots.
#include "gui_helpers.h"
#include "synapse_instance.h"
#include "test_gui_admin_support.h"

#include "admin/admin_service.h"
#include "campaign/campaign_table_model.h"
#include "service/notice_service.h"
#include "service/wait_for_action.h"
#include "ui/admin/admin_area.h"
#include "ui/admin/compose_panel.h"
#include "ui/admin/create_room_panel.h"
#include "ui/admin/delivery_runner.h"
#include "ui/admin/power_level_table.h"
#include "ui/admin/sent_notices_panel.h"
#include "ui/message_bar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace nb;
using namespace nb::guitest;
using json = nlohmann::json;

class TestGuiAdmin : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void createRoomFromPreset();
    void composeAndDeliverViaRooms();
    void deliverViaServerNotices();
    void sentNoticesListsAndTogglesLeaveRule();
    void repliesShowAndAdminAnswersAndPins();
    void nonAdminIsNotAnAdmin();
    void cleanupTestCase();

private:
    template <class T>
    T* child(const char* name) const
    {
        T* widget = m_area->findChild<T*>(QLatin1String(name));
        if (!widget)
            qWarning("no widget named %s", name);
        return widget;
    }
    void click(const char* button) { QTest::mouseClick(child<QPushButton>(button), Qt::LeftButton); }
    // keyClicks cannot type '\n'; Return between lines is what a person presses.
    static void typeLines(QWidget* widget, const QString& text)
    {
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(widget, Qt::Key_Return);
            QTest::keyClicks(widget, lines.at(i));
        }
    }
    void deliver(const QStringList& users, bool viaRooms, const QString& text, const QString& screenshot);

    testsupport::SynapseInstance m_synapse { testsupport::SynapseOptions {
        QStringLiteral("default"), 2, {QStringLiteral("@admin:SERVER")}, true} };
    QTemporaryDir m_profile;
    std::unique_ptr<NoticeService> m_service;
    std::unique_ptr<AdminService> m_admin;
    std::unique_ptr<AdminArea> m_area;
    QHash<QString, testsupport::SynapseInstance::User> m_users;
    std::unique_ptr<testing::ApiSession> m_alice;
    QString m_aliceRoom;
};

void TestGuiAdmin::initTestCase()
{
    QString error;
    QVERIFY2(m_synapse.start(&error), qPrintable(error));
    for (const char* name : {"alice", "bob", "carol", "dave"}) {
        const QString user = QLatin1String(name);
        m_users.insert(user, m_synapse.registerUser(user, user + QStringLiteral("-password")));
        QVERIFY2(!m_users.value(user).accessToken.isEmpty(), qPrintable(m_synapse.lastError()));
    }
    m_alice = session(m_synapse, m_users.value(QStringLiteral("alice")));

    qputenv("NOTICEBOARD_CA_FILE", m_synapse.caFile().toUtf8());
    qputenv("NOTICEBOARD_TOKEN_STORE", "file");
    ServiceOptions options;
    options.profileDir = m_profile.path();
    options.extraCaFile = m_synapse.caFile();
    m_service = std::make_unique<NoticeService>(options);
    const ActionResult login = waitForAction([&](auto done) {
        m_service->login(m_synapse.adminUserId(), m_synapse.baseUrl().toString(), m_synapse.adminPassword(), done);
    });
    QVERIFY2(login.ok(), qPrintable(login.message));
    m_admin = std::make_unique<AdminService>(*m_service);
    const ActionResult check = waitForAction([&](auto done) { m_admin->checkAdmin(done); });
    QVERIFY2(check.ok(), qPrintable(check.message));
    QCOMPARE(check.value, QStringLiteral("true"));
    QVERIFY(m_admin->adminApiAvailable());

    m_area = std::make_unique<AdminArea>(*m_service, *m_admin);
    m_area->resize(1180, 760);
    m_area->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_area.get()));
}

void TestGuiAdmin::createRoomFromPreset()
{
    m_area->tabs()->setCurrentWidget(m_area->createPanel());
    auto* create = child<QPushButton>("createRoomButton");
    QVERIFY(!create->isEnabled()); // no invitee yet
    QTest::keyClicks(child<QLineEdit>("inviteeEdit"), QStringLiteral("not-a-matrix-id"));
    QVERIFY(!create->isEnabled());
    QVERIFY(child<QLabel>("createRoomProblem")->text().contains(QStringLiteral("not a Matrix ID")));
    child<QLineEdit>("inviteeEdit")->clear();
    const QString alice = m_users.value(QStringLiteral("alice")).userId;
    QTest::keyClicks(child<QLineEdit>("inviteeEdit"), alice);
    child<QComboBox>("presetCombo")->setCurrentIndex(1); // "Notice with replies"
    QCOMPARE(child<QComboBox>("presetCombo")->currentData().toString(), QStringLiteral("notice"));
    QTest::keyClicks(child<QLineEdit>("roomNameEdit"), QStringLiteral("Account review"));
    QTest::keyClicks(child<QLineEdit>("roomTopicEdit"), QStringLiteral("Questions about your account"));
    m_area->createPanel()->powerLevels()->addRow(QStringLiteral("events.m.room.topic"), 50);
    QVERIFY(create->isEnabled());
    QVERIFY(!child<QCheckBox>("allowLeaveCheck")->isChecked()); // deny unless chosen

    // The preview is live and is exactly what AdminService will send.
    const json preview = json::parse(m_area->createPanel()->requestText().toStdString());
    QString specError;
    const auto spec = m_area->createPanel()->spec(&specError);
    QVERIFY2(spec, qPrintable(specError));
    QCOMPARE(preview, m_admin->previewRequest(*spec));
    QVERIFY(preview.dump().find("Account review") != std::string::npos);
    QVERIFY(preview.dump().find("encrypt") == std::string::npos);

    QTest::mouseClick(create, Qt::LeftButton);
    auto* created = child<QLabel>("createdRoomLabel");
    QTRY_VERIFY_WITH_TIMEOUT(created->text().startsWith(QStringLiteral("Room ID: !")), 30000);
    m_aliceRoom = created->text().mid(9);
    QVERIFY(saveScreenshot(m_area.get(), QStringLiteral("admin-create-room.png")).size() > 0);

    // Read back as the invitee: the resulting state is the request's.
    QVERIFY(m_alice->join(m_aliceRoom));
    const RoomStateMap state = roomStateAs(*m_alice, m_aliceRoom);
    const json levels = state.get("m.room.power_levels");
    QCOMPARE(levels.value("events_default", -1), 0);
    for (const char* key : {"ban", "kick", "invite", "redact", "state_default"})
        QCOMPARE(levels.value(key, -1), 100);
    QCOMPARE(levels.value("users_default", -1), 0);
    QCOMPARE(levels["notifications"].value("room", -1), 100);
    QCOMPARE(levels["users"].value(m_synapse.adminUserId().toStdString(), -1), 100);
    QCOMPARE(levels["events"].value("m.room.topic", -1), 50);
    QCOMPARE(state.get("m.room.create").value("type", std::string()), preview["creation_content"]["type"]);
    QCOMPARE(state.get("m.room.create").value("m.federate", true), false);
    QCOMPARE(state.get("m.room.join_rules").value("join_rule", std::string()), std::string("invite"));
    QCOMPARE(state.get("m.room.history_visibility").value("history_visibility", std::string()), std::string("shared"));
    QCOMPARE(state.get("m.room.guest_access").value("guest_access", std::string()), std::string("can_join"));
    QCOMPARE(state.get("m.room.name").value("name", std::string()), std::string("Account review"));
    QCOMPARE(state.get("m.room.topic").value("topic", std::string()), std::string("Questions about your account"));
    QCOMPARE(leaveRuleOf(state), std::string("deny"));
    // Every initial_state event of the previewed request is in the room as sent.
    for (const json& event : preview.value("initial_state", json::array()))
        QCOMPARE(state.get(event["type"].get<std::string>(), event.value("state_key", std::string())),
            event["content"]);
}

void TestGuiAdmin::deliver(const QStringList& users, bool viaRooms, const QString& text, const QString& screenshot)
{
    m_area->tabs()->setCurrentWidget(m_area->composePanel());
    child<QComboBox>("recipientModeCombo")->setCurrentIndex(1); // a pasted list
    auto* list = child<QPlainTextEdit>("recipientListEdit");
    list->clear();
    typeLines(list, users.join(QLatin1Char('\n')));
    // On the indicator: the button is wider than its label, and only the label area clicks.
    auto* route = child<QRadioButton>(viaRooms ? "roomsRouteRadio" : "serverNoticesRouteRadio");
    QTest::mouseClick(route, Qt::LeftButton, {}, QPoint(8, route->height() / 2));
    QVERIFY(child<QRadioButton>(viaRooms ? "roomsRouteRadio" : "serverNoticesRouteRadio")->isChecked());
    auto* editor = child<QPlainTextEdit>("markdownEdit");
    editor->clear();
    typeLines(editor, text);
    // The live preview renders the Markdown (sanitised HTML, here a bold run).
    QTRY_VERIFY(child<QTextBrowser>("markdownPreview")->toHtml().contains(QStringLiteral("font-weight")));
    if (!screenshot.isEmpty())
        QVERIFY(!saveScreenshot(m_area.get(), screenshot).isEmpty());
    const QString journal = child<QLineEdit>("journalEdit")->text();
    QVERIFY(journal.startsWith(m_profile.path()));
    click("sendButton");
    QTRY_VERIFY(!child<QPushButton>("sendButton")->isEnabled()); // busy while delivering
    auto* bar = child<MessageBar>("deliveryMessages");
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("sendButton")->isEnabled(), 120000);
    QVERIFY2(bar->isVisible() && bar->text().startsWith(QStringLiteral("Sent %1, failed 0").arg(users.size())),
        qPrintable(bar->text()));
    QVERIFY(QFile::exists(journal));
    QVERIFY(child<QLineEdit>("journalEdit")->text() != journal); // one journal per campaign
    auto* table = child<QTableView>("deliveryTable");
    QCOMPARE(table->model()->rowCount(), users.size());
    for (int row = 0; row < users.size(); ++row)
        QCOMPARE(table->model()->index(row, campaign::CampaignTableModel::StatusColumn).data().toString(),
            QStringLiteral("sent"));
}

void TestGuiAdmin::composeAndDeliverViaRooms()
{
    const QStringList names = {QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("dave")};
    QStringList users;
    for (const QString& name : names)
        users << m_users.value(name).userId;
    deliver(users, true,
        QStringLiteral("**Maintenance** on Saturday, 02:00 to 04:00 UTC.\n\n- Messages may be delayed\n"
                       "- Calls will drop\n\nQuestions: https://status.example.org"),
        QStringLiteral("admin-compose.png"));
    QVERIFY(!saveScreenshot(m_area.get(), QStringLiteral("admin-delivery.png")).isEmpty());
    for (const QString& name : names) {
        auto user = session(m_synapse, m_users.value(name));
        const auto received = noticesFrom(*user, m_synapse.adminUserId(), QStringLiteral("Maintenance"));
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().roomType, std::string("org.matrix.msc4279.server_notice"));
        QVERIFY(received.first().formatted.find("<strong>Maintenance</strong>") != std::string::npos);
    }
}

void TestGuiAdmin::deliverViaServerNotices()
{
    QVERIFY(child<QRadioButton>("serverNoticesRouteRadio")->isEnabled());
    QVERIFY(!child<QLabel>("serverNoticesReason")->isVisible());
    const QStringList names = {QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("dave")};
    QStringList users;
    for (const QString& name : names)
        users << m_users.value(name).userId;
    deliver(users, false, QStringLiteral("**Policy update**: please read the new terms."), {});
    for (const QString& name : names) {
        auto user = session(m_synapse, m_users.value(name));
        const auto received = noticesFrom(*user, QString(), QStringLiteral("Policy update"));
        QCOMPARE(received.size(), 1);
        // Synapse's server notices room, not one of ours.
        QVERIFY(received.first().roomType != "org.matrix.msc4279.server_notice");
    }
}

void TestGuiAdmin::sentNoticesListsAndTogglesLeaveRule()
{
    m_area->tabs()->setCurrentWidget(m_area->sentPanel());
    SentNoticesPanel* panel = m_area->sentPanel();
    QTRY_VERIFY(child<QPushButton>("refreshSentButton")->isEnabled());
    click("refreshSentButton");
    QTRY_VERIFY_WITH_TIMEOUT(panel->rooms().size() >= 4, 30000);
    QString bobRoom;
    for (const SentNoticeRoom& room : panel->rooms()) {
        if (room.roomId == m_aliceRoom) {
            QCOMPARE(room.recipientMembership, QStringLiteral("join"));
            QCOMPARE(room.leaveRule, QStringLiteral("deny"));
        }
        if (room.recipient == m_users.value(QStringLiteral("bob")).userId)
            bobRoom = room.roomId;
    }
    QVERIFY(!bobRoom.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("refreshSentButton")->isEnabled(), 30000);
    auto bob = session(m_synapse, m_users.value(QStringLiteral("bob")));

    panel->selectRoom(bobRoom);
    QTRY_VERIFY(child<QPushButton>("allowArchivingButton")->isEnabled());
    click("allowArchivingButton");
    QTRY_VERIFY_WITH_TIMEOUT(leaveRuleOf(roomStateAs(*bob, bobRoom)) == "allow", 30000);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("denyArchivingButton")->isEnabled(), 30000);
    click("denyArchivingButton");
    QTRY_VERIFY_WITH_TIMEOUT(leaveRuleOf(roomStateAs(*bob, bobRoom)) == "deny", 30000);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("refreshSentButton")->isEnabled(), 30000);
    QVERIFY(child<MessageBar>("sentMessages")->text().contains(QStringLiteral("can no longer archive")));
}

void TestGuiAdmin::repliesShowAndAdminAnswersAndPins()
{
    SentNoticesPanel* panel = m_area->sentPanel();
    // alice answers in her "notice" room (events_default 0 lets her).
    QVERIFY(!m_alice->send(m_aliceRoom, {{"msgtype", "m.text"}, {"body", "Why was my account flagged?"}}).isEmpty());
    QTRY_VERIFY(child<QPushButton>("refreshSentButton")->isEnabled());
    click("refreshSentButton");
    panel->selectRoom(m_aliceRoom);
    auto* history = child<QListWidget>("sentHistoryList");
    QTRY_VERIFY_WITH_TIMEOUT(history->count() > 0
            && history->item(history->count() - 1)->text().contains(QStringLiteral("↩ Reply from")),
        30000);
    QTest::keyClicks(child<QPlainTextEdit>("adminReplyEdit"), QStringLiteral("It was a mistake; it is cleared now."));
    click("adminReplyButton");
    QTRY_VERIFY_WITH_TIMEOUT(history->count() > 0
            && history->item(history->count() - 1)->text().contains(QStringLiteral("cleared now")),
        30000);
    history->setCurrentRow(history->count() - 1);
    QTRY_VERIFY(child<QPushButton>("pinButton")->isEnabled());
    click("pinButton");
    QTRY_VERIFY_WITH_TIMEOUT(
        !roomStateAs(*m_alice, m_aliceRoom).get("m.room.pinned_events").value("pinned", json::array()).empty(),
        30000);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("unpinButton")->isEnabled(), 30000);
    QVERIFY(!saveScreenshot(m_area.get(), QStringLiteral("admin-sent.png")).isEmpty());
    click("unpinButton");
    QTRY_VERIFY_WITH_TIMEOUT(
        roomStateAs(*m_alice, m_aliceRoom).get("m.room.pinned_events").value("pinned", json::array()).empty(),
        30000);
}

void TestGuiAdmin::nonAdminIsNotAnAdmin()
{
    // The lead's MainWindow shows the Admin tab only on checkAdmin "true"; here the service side.
    QTemporaryDir profile;
    ServiceOptions options;
    options.profileDir = profile.path();
    options.extraCaFile = m_synapse.caFile();
    NoticeService service(options);
    const auto bob = m_users.value(QStringLiteral("bob"));
    const ActionResult login = waitForAction(
        [&](auto done) { service.login(bob.userId, m_synapse.baseUrl().toString(), bob.password, done); });
    QVERIFY2(login.ok(), qPrintable(login.message));
    AdminService admin(service);
    const ActionResult check = waitForAction([&](auto done) { admin.checkAdmin(done); });
    QVERIFY2(check.ok(), qPrintable(check.message));
    QCOMPARE(check.value, QStringLiteral("false"));
    QCOMPARE(admin.isAdmin(), std::optional<bool>(false));
}

void TestGuiAdmin::cleanupTestCase()
{
    m_area.reset();
    m_admin.reset();
    m_service.reset();
}

QTEST_MAIN(TestGuiAdmin)
#include "test_gui_admin.moc"
