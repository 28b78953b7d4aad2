// The admin console's panels, offscreen, against a real Synapse, driven like a person
// would (QTest clicks and key presses on named widgets); results checked from the
// recipients' side through their own sessions, not through the app's parser. Screenshots
// of each panel are taken too (docs/screenshots when run through scripts/screenshots.sh).
#include "gui_helpers.h"
#include "synapse_instance.h"
#include "test_campaign_support.h"
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
#include "ui/main_window.h"
#include "ui/message_bar.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDataStream>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSplitter>
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
    void usageLimitNoticeShowsAndClearsTheBanner();
    void recipientsFromAFile();
    void allLocalUsersLeavesDeactivatedOut();
    void cancelThenResumeDeliversExactlyOnce();
    void sentNoticesListsAndTogglesLeaveRule();
    void repliesShowAndAdminAnswersAndPins();
    void nonAdminIsNotAnAdmin();
    void quittingDuringADeliveryAsksFirst();
    void adminSplittersAreRememberedAcrossRestarts();
    void damagedSplitterStatesLeaveEveryPaneUsable();
    void cleanupTestCase();

private:
    template<class T> T* child(const char* name) const
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
    // Presses Send and waits for the delivery to end; returns the delivery message.
    QString sendAndWait() { return sendFromComposeAndWait(*m_area); }
    void chooseRoute(bool viaRooms)
    {
        // On the indicator: the button is wider than its label, and only the label area clicks.
        auto* route = child<QRadioButton>(viaRooms ? "roomsRouteRadio" : "serverNoticesRouteRadio");
        QTest::mouseClick(route, Qt::LeftButton, {}, QPoint(8, route->height() / 2));
        QVERIFY(route->isChecked());
    }
    void writeNotice(const QString& text)
    {
        auto* editor = child<QPlainTextEdit>("markdownEdit");
        editor->clear();
        typeLines(editor, text);
    }
    // What the recipients really got, counted with the admin API on the server.
    QHash<QString, testing::Received> received(const QStringList& users, const QString& text, const QString& journal)
    {
        const std::string id = testing::journalRecords(journal).value(0).value("id", std::string());
        return testing::countReceived(m_adminApi->api(), users, text, QString::fromStdString(id));
    }
    // The sent-notices table's text for the room's row; empty when the room is not listed.
    QString sentCell(const QString& roomId, int column) const
    {
        auto* table = child<QTableView>("sentRoomsTable");
        for (int row = 0; row < table->model()->rowCount(); ++row)
            if (table->model()->index(row, 0).data(SentNoticesPanel::RoomIdRole).toString() == roomId)
                return table->model()->index(row, column).data().toString();
        return {};
    }

    // Several deliveries through notice rooms: more than 10 rooms and 40-odd notices from the
    // admin, which at stock rc_room_creation (10, then 1 per 62 s) outlast the test's
    // timeouts. test_gui_campaigns covers the admin area at stock limits.
    testsupport::SynapseInstance m_synapse {testsupport::SynapseOptions {
        .supportAdmins = {QStringLiteral("@admin:SERVER")},
        .relaxRateLimitsBecause = QStringLiteral(
            "delivers through notice rooms several times: over 10 rooms (stock rc_room_creation: 10, then 1 per 62 s)"),
    }};
    QTemporaryDir m_profile;
    std::unique_ptr<NoticeService> m_service;
    std::unique_ptr<AdminService> m_admin;
    std::unique_ptr<AdminArea> m_area;
    QHash<QString, testsupport::SynapseInstance::User> m_users;
    std::unique_ptr<testing::ApiSession> m_alice;
    std::unique_ptr<testing::ApiSession> m_adminApi; // the admin's own requests, for checks
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
    m_adminApi = std::make_unique<testing::ApiSession>(m_synapse.baseUrl(), m_synapse.adminToken(), m_synapse.caFile());

    qputenv("NOTICEBOARD_CA_FILE", m_synapse.caFile().toUtf8());
    qputenv("NOTICEBOARD_TOKEN_STORE", "file");
    m_service = newService(m_profile.path(), m_synapse.caFile());
    QString signInError;
    m_admin = signInAdmin(*m_service, m_synapse, &signInError);
    QVERIFY2(m_admin, qPrintable(signInError));

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
        QCOMPARE(
            state.get(event["type"].get<std::string>(), event.value("state_key", std::string())), event["content"]);
}

void TestGuiAdmin::deliver(const QStringList& users, bool viaRooms, const QString& text, const QString& screenshot)
{
    m_area->tabs()->setCurrentWidget(m_area->composePanel());
    child<QComboBox>("recipientModeCombo")->setCurrentIndex(1); // a pasted list
    auto* list = child<QPlainTextEdit>("recipientListEdit");
    list->clear();
    typeLines(list, users.join(QLatin1Char('\n')));
    chooseRoute(viaRooms);
    writeNotice(text);
    // The live preview renders the Markdown (sanitised HTML, here a bold run).
    QTRY_VERIFY(child<QTextBrowser>("markdownPreview")->toHtml().contains(QStringLiteral("font-weight")));
    if (!screenshot.isEmpty())
        QVERIFY(!saveScreenshot(m_area.get(), screenshot).isEmpty());
    const QString journal = child<QLineEdit>("journalEdit")->text();
    QVERIFY(journal.startsWith(m_profile.path()));
    const QString outcome = sendAndWait();
    QVERIFY2(outcome.startsWith(QStringLiteral("Sent %1, failed 0").arg(users.size())), qPrintable(outcome));
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

void TestGuiAdmin::usageLimitNoticeShowsAndClearsTheBanner()
{
    const auto carolAccount = m_users.value(QStringLiteral("carol"));
    child<QComboBox>("recipientModeCombo")->setCurrentIndex(0); // one user
    auto* recipient = child<QLineEdit>("recipientEdit");
    recipient->clear();
    QTest::keyClicks(recipient, carolAccount.userId);
    QTest::mouseClick(child<QCheckBox>("usageLimitCheck"), Qt::LeftButton, {}, QPoint(8, 8));
    QVERIFY(child<QCheckBox>("usageLimitCheck")->isChecked());
    // Usage-limit notices exist only in the server notices room: the route follows.
    QVERIFY(child<QRadioButton>("serverNoticesRouteRadio")->isChecked());
    QVERIFY(!child<QRadioButton>("roomsRouteRadio")->isEnabled());
    QVERIFY(!child<QPlainTextEdit>("markdownEdit")->isEnabled()); // the notice's text is fixed
    auto* limitType = child<QComboBox>("limitTypeCombo");
    limitType->setCurrentText(QStringLiteral("monthly_active_user"));
    QTest::keyClicks(child<QLineEdit>("adminContactEdit"), QStringLiteral("mailto:support@example.org"));
    // The preview is the notice's own text, contact included.
    QTRY_VERIFY(
        child<QTextBrowser>("markdownPreview")->toPlainText().contains(QStringLiteral("mailto:support@example.org")));
    QVERIFY(!saveScreenshot(m_area.get(), QStringLiteral("admin-usage-limit.png")).isEmpty());
    QString outcome = sendAndWait();
    QVERIFY2(
        outcome.startsWith(QStringLiteral("Usage-limit notice sent and pinned for 1, failed 0")), qPrintable(outcome));

    // carol's own app: the banner's source is the pinned notice, with the contact.
    QTemporaryDir profile;
    const auto carolService = newService(profile.path(), m_synapse.caFile());
    NoticeService& carol = *carolService;
    const ActionResult login = waitForAction([&](auto done) {
        carol.login(carolAccount.userId, m_synapse.baseUrl().toString(), carolAccount.password, done);
    });
    QVERIFY2(login.ok(), qPrintable(login.message));
    QVERIFY(waitForAction([&](auto done) { carol.syncOnce(done); }).ok());
    QVERIFY(carol.usageLimit().has_value());
    QCOMPARE(carol.usageLimit()->limitType, QStringLiteral("monthly_active_user"));
    QCOMPARE(carol.usageLimit()->adminContact, QStringLiteral("mailto:support@example.org"));

    // Unpinning from the same panel takes the banner away.
    auto* clear = child<QRadioButton>("clearUsageLimitRadio");
    QTest::mouseClick(clear, Qt::LeftButton, {}, QPoint(8, clear->height() / 2));
    QVERIFY(clear->isChecked());
    QCOMPARE(child<QPushButton>("sendButton")->text(), QStringLiteral("Unpin"));
    outcome = sendAndWait();
    QVERIFY2(outcome.startsWith(QStringLiteral("Usage-limit notice unpinned for 1, failed 0")), qPrintable(outcome));
    QCOMPARE(child<QTableView>("deliveryTable")->model()->index(0, 1).data().toString(), QStringLiteral("cleared"));
    QVERIFY(waitForAction([&](auto done) { carol.syncOnce(done); }).ok());
    QVERIFY(!carol.usageLimit().has_value());

    // Back to ordinary notices for the next tests.
    QTest::mouseClick(child<QRadioButton>("pinUsageLimitRadio"), Qt::LeftButton, {}, QPoint(8, 8));
    QTest::mouseClick(child<QCheckBox>("usageLimitCheck"), Qt::LeftButton, {}, QPoint(8, 8));
    QVERIFY(!child<QCheckBox>("usageLimitCheck")->isChecked());
    QVERIFY(child<QPlainTextEdit>("markdownEdit")->isEnabled());
}

void TestGuiAdmin::recipientsFromAFile()
{
    const QString bob = m_users.value(QStringLiteral("bob")).userId;
    const QString dave = m_users.value(QStringLiteral("dave")).userId;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("recipients.txt"));
    auto writeFile = [&](const QByteArray& content) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
    };
    child<QComboBox>("recipientModeCombo")->setCurrentIndex(2); // a file
    QTest::keyClicks(child<QLineEdit>("recipientFileEdit"), path);
    chooseRoute(false);
    const QString text = QStringLiteral("Recipients from a file: the new terms apply.");
    writeNotice(text);

    // A line that is not a Matrix ID: refused in the form, before any request.
    QVERIFY(writeFile(bob.toUtf8() + "\nnot-an-id\n"));
    QString outcome = sendAndWait();
    QVERIFY2(
        outcome.startsWith(QStringLiteral("Fix the recipients first")) && outcome.contains(QStringLiteral("not-an-id")),
        qPrintable(outcome));
    // A user of another server: reported by the planner, nothing sent.
    QVERIFY(writeFile(bob.toUtf8() + "\n@stranger:example.org\n"));
    outcome = sendAndWait();
    QVERIFY2(outcome.contains(QStringLiteral("@stranger:example.org"))
            && outcome.contains(QStringLiteral("Nothing was sent")),
        qPrintable(outcome));
    QCOMPARE(testing::countReceived(m_adminApi->api(), {bob}, text, QString()).value(bob).messages, 0);

    // Comments, blank lines and a repeat are fine: two recipients, one notice each.
    QVERIFY(writeFile("# the on-call team\n\n" + bob.toUtf8() + "\n" + dave.toUtf8() + "\n" + bob.toUtf8() + "\n"));
    const QString journal = child<QLineEdit>("journalEdit")->text();
    outcome = sendAndWait();
    QVERIFY2(outcome.startsWith(QStringLiteral("Sent 2, failed 0")), qPrintable(outcome));
    const auto counts = received({bob, dave}, text, journal);
    QCOMPARE(counts.value(bob).messages, 1);
    QCOMPARE(counts.value(dave).messages, 1);
}

void TestGuiAdmin::allLocalUsersLeavesDeactivatedOut()
{
    // One more account, then deactivated: never a recipient.
    const QString gone = QStringLiteral("@gone:%1").arg(m_synapse.serverName());
    auto put = [&](const nlohmann::json& body) {
        return m_adminApi
            ->wait<nlohmann::json>([&](auto cb) {
                m_adminApi->api().call("PUT", "/_synapse/admin/v2/users/" + MatrixApi::pathSegment(gone), {},
                    QByteArray::fromStdString(body.dump()), true,
                    [cb](Result<nlohmann::json> r, const QUrl&) { cb(r); });
            })
            .ok();
    };
    QVERIFY(put(nlohmann::json::object()));
    QVERIFY(put({{"deactivated", true}}));

    child<QComboBox>("recipientModeCombo")->setCurrentIndex(3); // all local users
    chooseRoute(false);
    const QString text = QStringLiteral("To everyone on this server: maintenance on Sunday.");
    writeNotice(text);
    const QString journal = child<QLineEdit>("journalEdit")->text();
    const QString outcome = sendAndWait();
    QStringList expected = {m_synapse.adminUserId()};
    for (const auto& user : std::as_const(m_users))
        expected << user.userId;
    QVERIFY2(outcome.startsWith(QStringLiteral("Sent %1, failed 0").arg(expected.size())), qPrintable(outcome));
    QStringList listed;
    auto* table = child<QTableView>("deliveryTable");
    for (int row = 0; row < table->model()->rowCount(); ++row)
        listed << table->model()->index(row, campaign::CampaignTableModel::UserColumn).data().toString();
    listed.sort();
    expected.sort();
    QCOMPARE(listed, expected);
    const auto counts = received(expected, text, journal);
    for (const QString& user : std::as_const(expected))
        QVERIFY2(counts.value(user).messages == 1, qPrintable(user));
}

void TestGuiAdmin::cancelThenResumeDeliversExactlyOnce()
{
    int failures = 0;
    const QStringList users =
        testing::createUsers(m_adminApi->api(), m_synapse.serverName(), QStringLiteral("wave"), 40, &failures);
    QCOMPARE(failures, 0);
    child<QComboBox>("recipientModeCombo")->setCurrentIndex(1);
    auto* list = child<QPlainTextEdit>("recipientListEdit");
    list->clear();
    list->setPlainText(users.join(QLatin1Char('\n'))); // pasted
    chooseRoute(true);
    const QString text = QStringLiteral("Stopped halfway, then finished: one copy each.");
    writeNotice(text);
    const QString journal = child<QLineEdit>("journalEdit")->text();

    // Cancel as soon as the first recipients are done (a room and a message each).
    click("sendButton");
    auto* progress = child<QProgressBar>("deliveryProgress");
    QTRY_VERIFY_WITH_TIMEOUT(progress->maximum() == 40 && progress->value() >= 1, 60000);
    QVERIFY(child<QPushButton>("cancelDeliveryButton")->isEnabled());
    click("cancelDeliveryButton");
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("sendButton")->isEnabled(), 60000);
    auto* bar = child<MessageBar>("deliveryMessages");
    QVERIFY2(bar->text().contains(QStringLiteral("not sent yet: press Resume")) && bar->text().contains(journal),
        qPrintable(bar->text()));
    const int sentBefore = progress->value();
    QVERIFY2(sentBefore >= 1 && sentBefore < 40, qPrintable(QString::number(sentBefore)));
    QVERIFY(child<QPushButton>("resumeDeliveryButton")->isEnabled());

    // Resume: the person picks the journal in the file dialog.
    click("resumeDeliveryButton");
    QFileDialog* dialog = nullptr;
    QTRY_VERIFY(
        (dialog = m_area->findChild<QFileDialog*>(QStringLiteral("resumeJournalDialog"))) && dialog->isVisible());
    QCOMPARE(dialog->directory().absolutePath(), QFileInfo(journal).absolutePath());
    dialog->selectFile(journal);
    QVERIFY(QMetaObject::invokeMethod(dialog, "accept")); // as pressing Open
    QTRY_VERIFY_WITH_TIMEOUT(!child<QPushButton>("sendButton")->isEnabled() || bar->isVisible(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("sendButton")->isEnabled() && bar->isVisible(), 120000);
    QVERIFY2(bar->text().startsWith(QStringLiteral("Sent 40, failed 0")), qPrintable(bar->text()));

    // Counted on the server: one room and one message for each of the 40.
    const auto counts = received(users, text, journal);
    for (const QString& user : users) {
        QVERIFY2(!counts.value(user).readFailed, qPrintable(user));
        QVERIFY2(counts.value(user).messages == 1 && counts.value(user).markedRooms == 1,
            qPrintable(QStringLiteral("%1: %2 messages, %3 rooms")
                           .arg(user)
                           .arg(counts.value(user).messages)
                           .arg(counts.value(user).markedRooms)));
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
    // bob joined (to count his notices) but sent no receipt: joined, not read.
    QCOMPARE(sentCell(bobRoom, SentNoticesPanel::MembershipColumn), QStringLiteral("joined"));
    QCOMPARE(sentCell(bobRoom, SentNoticesPanel::ReadColumn), QStringLiteral("unread"));
    QCOMPARE(sentCell(bobRoom, SentNoticesPanel::RepliesColumn), QStringLiteral("—")); // read-only room
    // His own receipt on the notice turns it to read.
    QString newest;
    for (const SentNoticeRoom& room : panel->rooms())
        if (room.roomId == bobRoom)
            newest = room.newestNoticeId;
    QVERIFY(!newest.isEmpty());
    QVERIFY(bob->wait<Empty>([&](auto cb) { bob->api().sendReadReceipt(bobRoom, newest, cb); }).ok());
    click("refreshSentButton");
    QTRY_COMPARE_WITH_TIMEOUT(sentCell(bobRoom, SentNoticesPanel::ReadColumn), QStringLiteral("read"), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("refreshSentButton")->isEnabled(), 30000);

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
    QTRY_VERIFY_WITH_TIMEOUT(
        history->count() > 0 && history->item(history->count() - 1)->text().contains(QStringLiteral("↩ Reply from")),
        30000);
    QCOMPARE(sentCell(m_aliceRoom, SentNoticesPanel::RepliesColumn), QStringLiteral("1 new"));
    auto sentTabText = [this] { return m_area->tabs()->tabText(m_area->tabs()->indexOf(m_area->sentPanel())); };
    QCOMPARE(sentTabText(), QStringLiteral("Sent notices (1 awaiting answer)"));
    QCOMPARE(m_area->sentPanel()->awaitingAnswers(), 1);
    QVERIFY(!saveScreenshot(m_area.get(), QStringLiteral("admin-appeal.png")).isEmpty());
    QTest::keyClicks(child<QPlainTextEdit>("adminReplyEdit"), QStringLiteral("It was a mistake; it is cleared now."));
    click("adminReplyButton");
    QTRY_VERIFY_WITH_TIMEOUT(
        history->count() > 0 && history->item(history->count() - 1)->text().contains(QStringLiteral("cleared now")),
        30000);
    QTRY_COMPARE(sentTabText(), QStringLiteral("Sent notices")); // answered
    QCOMPARE(sentCell(m_aliceRoom, SentNoticesPanel::RepliesColumn), QStringLiteral("1"));
    history->setCurrentRow(history->count() - 1);
    QTRY_VERIFY(child<QPushButton>("pinButton")->isEnabled());
    click("pinButton");
    QTRY_VERIFY_WITH_TIMEOUT(
        !roomStateAs(*m_alice, m_aliceRoom).get("m.room.pinned_events").value("pinned", json::array()).empty(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("unpinButton")->isEnabled(), 30000);
    QVERIFY(!saveScreenshot(m_area.get(), QStringLiteral("admin-sent.png")).isEmpty());
    click("unpinButton");
    QTRY_VERIFY_WITH_TIMEOUT(
        roomStateAs(*m_alice, m_aliceRoom).get("m.room.pinned_events").value("pinned", json::array()).empty(), 30000);
}

void TestGuiAdmin::nonAdminIsNotAnAdmin()
{
    // bob's whole app, wired as the GUI main wires it: the check is answered, no Admin tab.
    SignedInApp bob;
    const auto account = m_users.value(QStringLiteral("bob"));
    const QString loginError = bob.start(m_synapse, account.userId, account.password);
    QVERIFY2(loginError.isEmpty(), qPrintable(loginError));
    QTRY_VERIFY_WITH_TIMEOUT(bob.decided, 30000);
    QVERIFY(!bob.area);
    QVERIFY(!bob.showsAdminConsole());
    // The same wiring gives the server admin the tab; a new appeal from alice is counted
    // on it as soon as the console has looked (it does at start, then every minute).
    QVERIFY(!m_alice->send(m_aliceRoom, {{"msgtype", "m.text"}, {"body", "One more question."}}).isEmpty());
    SignedInApp admin;
    QVERIFY(admin.start(m_synapse, m_synapse.adminUserId(), m_synapse.adminPassword()).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(admin.decided, 30000);
    QVERIFY(admin.area);
    QTabWidget* tabs = admin.mainTabs();
    QVERIFY(tabs && tabs->count() == 2);
    QTRY_COMPARE_WITH_TIMEOUT(tabs->tabText(1), QStringLiteral("Admin (1)"), 30000);
}

// Issue 9: the admin panels' splitters are put back too, although the Admin tab arrives only
// after the window has restored the rest (when the server has said the account is an admin).
void TestGuiAdmin::adminSplittersAreRememberedAcrossRestarts()
{
    const QStringList names {QStringLiteral("composeSplitter"), QStringLiteral("composeEditorSplitter"),
        QStringLiteral("campaignsSplitter"), QStringLiteral("sentNoticesSplitter")};
    SignedInApp app;
    app.keepLayout();
    QVERIFY(app.start(m_synapse, m_synapse.adminUserId(), m_synapse.adminPassword()).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(app.decided && app.area, 30000);
    // A window that fits the screen: a larger one comes back clamped to it (window_placement),
    // and the splitters inside then share less room.
    MainWindow* window = app.windows->mainWindow();
    const QRect screen = window->screen()->availableGeometry();
    window->setGeometry(
        screen.x() + 10, screen.y() + 30, std::min(1000, screen.width() - 40), std::min(640, screen.height() - 60));
    QTabWidget* tabs = app.mainTabs();
    tabs->setCurrentIndex(1);
    auto* sections = app.area->findChild<QTabWidget*>(QStringLiteral("adminTabs"));
    QVERIFY(sections);
    std::map<QString, QList<int>> chosen;
    for (const QString& name : names) {
        auto* splitter = app.area->findChild<QSplitter*>(name);
        QVERIFY2(splitter, qPrintable(name));
        // Shown, so that the sizes are laid out as the admin sees them.
        for (QWidget* w = splitter; w && w != sections; w = w->parentWidget())
            if (sections->indexOf(w) >= 0)
                sections->setCurrentWidget(w);
        QTRY_VERIFY(splitter->isVisible());
        const QList<int> initial = splitter->sizes();
        int total = 0;
        for (int size : initial)
            total += size;
        QVERIFY2(total > 100, qPrintable(name));
        // The divider moved as far as the panes' minimum sizes let it: two thirds of the way
        // down (or across), else a third; either way not where the panel started.
        for (const int first : {total * 2 / 3, total / 3}) {
            QList<int> sizes(initial.size(), 0);
            sizes[0] = first;
            sizes[1] = total - first;
            splitter->setSizes(sizes);
            if (splitter->sizes() != initial)
                break;
        }
        QVERIFY2(splitter->sizes() != initial, qPrintable(name));
    }
    // As they are once all moved (the editor's splitter sits inside the compose splitter).
    for (const QString& name : names)
        chosen[name] = app.area->findChild<QSplitter*>(name)->sizes();

    app.restart(m_synapse); // the saved session: no login window
    QTRY_VERIFY_WITH_TIMEOUT(app.decided && app.area, 30000);
    app.mainTabs()->setCurrentIndex(1);
    sections = app.area->findChild<QTabWidget*>(QStringLiteral("adminTabs"));
    for (const QString& name : names) {
        auto* splitter = app.area->findChild<QSplitter*>(name);
        for (QWidget* w = splitter; w && w != sections; w = w->parentWidget())
            if (sections->indexOf(w) >= 0)
                sections->setCurrentWidget(w);
        QTRY_VERIFY(splitter->isVisible());
        QTRY_VERIFY2(splitter->sizes() == chosen[name], qPrintable(name));
    }
}

void TestGuiAdmin::quittingDuringADeliveryAsksFirst()
{
    int failures = 0;
    const QStringList users =
        testing::createUsers(m_adminApi->api(), m_synapse.serverName(), QStringLiteral("late"), 30, &failures);
    QCOMPARE(failures, 0);
    SignedInApp app;
    QVERIFY(app.start(m_synapse, m_synapse.adminUserId(), m_synapse.adminPassword()).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(app.decided && app.area, 30000);
    MainWindow* window = app.windows->mainWindow();
    QSignalSpy quit(app.windows.get(), &AppWindows::quitRequested);
    auto* quitAction = window->findChild<QAction*>(QStringLiteral("quitAction"));
    QVERIFY(quitAction);
    auto confirmation = [window] { return window->findChild<QMessageBox*>(QStringLiteral("stopConfirmation")); };

    // Idle: Quit quits at once.
    quitAction->trigger();
    QCOMPARE(quit.count(), 1);
    QVERIFY(!confirmation());

    // Busy: Quit asks, and "Keep running" keeps the delivery going.
    AdminArea* area = app.area;
    area->tabs()->setCurrentWidget(area->composePanel());
    area->findChild<QComboBox*>(QStringLiteral("recipientModeCombo"))->setCurrentIndex(1);
    area->findChild<QPlainTextEdit*>(QStringLiteral("recipientListEdit"))->setPlainText(users.join(QLatin1Char('\n')));
    area->findChild<QPlainTextEdit*>(QStringLiteral("markdownEdit"))->setPlainText(QStringLiteral("Late notice."));
    QTest::mouseClick(area->findChild<QPushButton*>(QStringLiteral("sendButton")), Qt::LeftButton);
    DeliveryRunner& runner = area->composePanel()->runner();
    QTRY_VERIFY_WITH_TIMEOUT(
        runner.isBusy() && runner.busyDescription().contains(QStringLiteral(" of 30 done")), 30000);
    quitAction->trigger();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = confirmation()) && box->isVisible());
    QVERIFY2(box->text().contains(QStringLiteral("A delivery is still running")), qPrintable(box->text()));
    QVERIFY(!saveScreenshot(box, QStringLiteral("admin-quit-confirmation.png")).isEmpty());
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("keepRunningButton")), Qt::LeftButton);
    QTRY_VERIFY(!confirmation());
    QCOMPARE(quit.count(), 1);
    // 30 rooms take seconds (about 5 a second here); the box was answered well before.
    QVERIFY(runner.isBusy());

    // Asked again, "Quit anyway" quits (the journal lets the rest be resumed later).
    quitAction->trigger();
    QTRY_VERIFY((box = confirmation()) && box->isVisible());
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("stopAnywayButton")), Qt::LeftButton);
    QTRY_COMPARE(quit.count(), 2);
    // Let the delivery end before the app goes, so the next test starts from a quiet server.
    QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), 120000);
}

void TestGuiAdmin::cleanupTestCase()
{
    m_area.reset();
    m_admin.reset();
    m_service.reset();
}

QTEST_MAIN(TestGuiAdmin)
// A damaged or hand-edited desktop.ini. A splitter's saved state carries its orientation,
// handle width and whether panes collapse besides the sizes, and Qt applies them all: one
// state per splitter shuts its first pane, shuts its last, squeezes a pane out with an absurd
// size, turns the splitter on its side with a 5,000 px handle, or is garbage. After a
// restart every splitter is as the app builds it and every pane is there (failed before
// restoreSplitterState: the compose form shut, the inbox splitter vertical).
void TestGuiAdmin::damagedSplitterStatesLeaveEveryPaneUsable()
{
    // QSplitter::saveState()'s layout (version 1), written by hand so that no splitter
    // clamps the values first.
    auto state = [](const QList<int>& sizes, int handleWidth, Qt::Orientation orientation) {
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out << qint32(0xff) << qint32(1) << sizes << true /* collapsible */ << qint32(handleWidth)
            << true /* opaque resize */ << qint32(orientation) << true;
        return bytes;
    };
    // Per splitter: the saved sizes, orientation and handle width (0: as built).
    struct Damage {
        QList<int> sizes;
        Qt::Orientation orientation;
        int handleWidth;
    };
    const std::map<QString, Damage> damages {
        {QStringLiteral("inboxSplitter"), {{0, 5000}, Qt::Horizontal, 0}},
        {QStringLiteral("composeSplitter"), {{0, 600}, Qt::Vertical, 0}},
        {QStringLiteral("composeEditorSplitter"), {{400, 0}, Qt::Vertical, 0}},
        {QStringLiteral("campaignsSplitter"), {{1 << 30, 1}, Qt::Vertical, 0}},
        {QStringLiteral("sentNoticesSplitter"), {{300, 300}, Qt::Vertical, 5000}},
    };
    SignedInApp app;
    app.keepLayout();
    QVERIFY(app.start(m_synapse, m_synapse.adminUserId(), m_synapse.adminPassword()).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(app.decided && app.area, 30000);
    std::map<QString, std::pair<Qt::Orientation, int>> built;
    std::map<QString, QByteArray> damaged;
    for (const auto& [name, damage] : damages) {
        auto* splitter = app.windows->mainWindow()->findChild<QSplitter*>(name);
        QVERIFY2(splitter, qPrintable(name));
        built[name] = {splitter->orientation(), splitter->handleWidth()};
        damaged[name] =
            state(damage.sizes, damage.handleWidth ? damage.handleWidth : splitter->handleWidth(), damage.orientation);
    }
    app.quit();
    for (const auto& [name, bytes] : damaged)
        app.desktop->setSplitterState(name, bytes);
    app.desktop->setSplitterState(QStringLiteral("garbage"), QByteArray(64, '\xff'));
    app.desktop->sync();
    app.keepLayout();

    app.open(m_synapse); // the saved session: no login window
    QTRY_VERIFY_WITH_TIMEOUT(app.decided && app.area, 30000);
    MainWindow* window = app.windows->mainWindow();
    const QRect screen = window->screen()->availableGeometry();
    window->setGeometry(
        screen.x() + 10, screen.y() + 30, std::min(1000, screen.width() - 40), std::min(640, screen.height() - 60));
    app.mainTabs()->setCurrentIndex(1);
    auto* sections = app.area->findChild<QTabWidget*>(QStringLiteral("adminTabs"));
    QVERIFY(sections);
    for (const auto& [name, bytes] : damaged) {
        auto* splitter = window->findChild<QSplitter*>(name);
        QVERIFY2(splitter, qPrintable(name));
        if (name == QLatin1String("inboxSplitter"))
            app.mainTabs()->setCurrentIndex(0);
        else
            app.mainTabs()->setCurrentIndex(1);
        for (QWidget* w = splitter; w && w != sections; w = w->parentWidget())
            if (sections->indexOf(w) >= 0)
                sections->setCurrentWidget(w);
        QTRY_VERIFY2(splitter->isVisible(), qPrintable(name));
        QCOMPARE(splitter->orientation(), built[name].first);
        QCOMPARE(splitter->handleWidth(), built[name].second);
        QVERIFY2(!splitter->childrenCollapsible(), qPrintable(name));
        const QList<int> sizes = splitter->sizes();
        for (int i = 0; i < splitter->count(); ++i) {
            const QSize minimum = splitter->widget(i)->minimumSizeHint();
            const int least =
                std::max(1, splitter->orientation() == Qt::Horizontal ? minimum.width() : minimum.height());
            QVERIFY2(sizes.value(i) >= least,
                qPrintable(QStringLiteral("%1: pane %2 is %3 px, its minimum %4")
                               .arg(name)
                               .arg(i)
                               .arg(sizes.value(i))
                               .arg(least)));
        }
    }
    QVERIFY(!guitest::saveScreenshot(window, QStringLiteral("damaged-splitters.png")).isEmpty());
}

#include "test_gui_admin.moc"
