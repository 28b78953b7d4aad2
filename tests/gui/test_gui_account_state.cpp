// What the server says about the account, in the app's banner, against a real Synapse with
// user_consent: a reply refused until the terms are accepted shows the banner with the terms
// as a link that shows its address, while Synapse's consent notice arrives in the inbox;
// accepting clears it at the next reply. A suspended account says that reading still works
// and that replies, appeals included, are refused, and goes by itself once the admin lifts it;
// a locked one that the session stays.
// A deactivated account is named at login. Screenshots: banner-consent.png,
// banner-suspended.png, banner-locked.png, login-deactivated.png.
#include "gui_helpers.h"
#include "synapse_instance.h"

#include "notice/account_state.h"
#include "qtmodels/notice_room_list_model.h"
#include "service/notice_service.h"
#include "ui/accessible_alert.h"
#include "ui/app_windows.h"
#include "ui/inbox_view.h"
#include "ui/login_window.h"
#include "ui/main_window.h"
#include "ui/notice_view.h"
#include "ui/settings_dialog.h"
#include "ui/usage_limit_banner.h"

#include <QAccessibleEvent>
#include <QCheckBox>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <algorithm>

using namespace nb;

namespace {

testsupport::SynapseOptions consentOptions()
{
    // Production pace: Synapse's stock rate limits (at most 3 logins from 127.0.0.1 here).
    auto options = testsupport::SynapseOptions::stockRateLimits();
    options.userConsent = true;
    options.supportAdmins = {QStringLiteral("@admin:SERVER")};
    return options;
}

// One user's app: a profile, the service as the app runs it, and its windows.
struct App {
    QTemporaryDir profile;
    std::unique_ptr<NoticeService> service;
    std::unique_ptr<AppWindows> windows;
    MainWindow* main() const { return windows->mainWindow(); }
    template<class T> T* child(const char* name) const { return main()->findChild<T*>(QLatin1String(name)); }
    QString bannerText() const { return child<QLabel>("accountStateText")->text(); }
};
} // namespace

class TestGuiAccountState : public QObject {
    Q_OBJECT

public slots:
    void recordUrl(const QUrl& url) { m_opened << url; } // what the desktop was asked to open

private slots:
    void initTestCase();
    void consentRequiredShowsTheTerms();
    void suspendedAccountIsExplained();
    void lockedAccountKeepsTheSession();
    void readReceiptSettingIsOnByDefault();
    void deactivatedAccountAtLogin();
    void cleanupTestCase();

private:
    QString logIn(App& app, const testsupport::SynapseInstance::User& user);
    QString noticeRoomFor(const QString& userId, const QString& name);
    bool reply(App& app, const QString& roomId, const QString& text);

    testsupport::SynapseInstance m_synapse {consentOptions()};
    std::unique_ptr<guitest::SeedHttp> m_http;
    testsupport::SynapseInstance::User m_alice;
    testsupport::SynapseInstance::User m_bob;
    App m_aliceApp;
    App m_bobApp;
    QString m_aliceRoom;
    QString m_bobRoom;
    QList<QUrl> m_opened;
};

namespace {
// Alerts raised for the banner (ui/accessible_alert.h): what a screen reader would read.
QStringList g_alerts;
void recordAlert(QAccessibleEvent* event)
{
    if (event->type() == QAccessible::Alert && event->object())
        g_alerts << event->object()->property("accessibleName").toString();
}
} // namespace

QString TestGuiAccountState::logIn(App& app, const testsupport::SynapseInstance::User& user)
{
    app.service = guitest::newService(app.profile.path(), m_synapse.caFile(), true);
    app.windows = std::make_unique<AppWindows>(*app.service);
    app.windows->start();
    const QString error = guitest::logInThroughWindow(*app.windows, user.userId, user.password);
    if (error.isEmpty())
        app.main()->resize(1040, 660);
    return error;
}

// A notice room that takes replies, which the user is put into by the admin join API (a
// user who has not accepted the terms cannot join it by themselves).
QString TestGuiAccountState::noticeRoomFor(const QString& userId, const QString& name)
{
    const QString roomId = guitest::createNoticeRoom(*m_http, m_synapse.adminToken(), m_synapse.adminUserId(), userId,
        name, QStringLiteral("About your account"), QStringLiteral("deny"), 0);
    if (roomId.isEmpty()
        || guitest::sendText(*m_http, m_synapse.adminToken(), roomId,
            QStringLiteral("We are reviewing your account. Reply here if you have questions."))
               .isEmpty())
        return {};
    const auto joined = m_http->call("POST", "/_synapse/admin/v1/join/" + guitest::enc(roomId), m_synapse.adminToken(),
        QJsonObject {{QStringLiteral("user_id"), userId}});
    return joined.ok() ? roomId : QString();
}

bool TestGuiAccountState::reply(App& app, const QString& roomId, const QString& text)
{
    InboxView* inbox = app.main()->inbox();
    if (!QTest::qWaitFor([&] { return inbox->viewIndexOfRoom(roomId).isValid(); }, 30000))
        return false;
    const QModelIndex index = inbox->viewIndexOfRoom(roomId);
    inbox->scrollTo(index);
    QTest::mouseClick(inbox->viewport(), Qt::LeftButton, {}, inbox->visualRect(index).center());
    if (!QTest::qWaitFor([&] { return app.main()->noticeView()->roomId() == roomId; }, 10000)
        || !QTest::qWaitFor([&] { return app.child<QWidget>("replyBox")->isVisible(); }, 10000))
        return false;
    auto* edit = app.child<QPlainTextEdit>("replyEdit");
    edit->setFocus();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier); // Ctrl+Enter sends
    return true;
}

void TestGuiAccountState::initTestCase()
{
    QString error;
    QVERIFY2(m_synapse.start(&error), qPrintable(error));
    qputenv("NOTICEBOARD_CA_FILE", m_synapse.caFile().toUtf8());
    qputenv("NOTICEBOARD_TOKEN_STORE", "file");
    QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "recordUrl");
    m_http = std::make_unique<guitest::SeedHttp>(m_synapse.baseUrl(), m_synapse.caFile());
    m_alice = m_synapse.registerUser(QStringLiteral("alice"), QStringLiteral("alice-password"));
    m_bob = m_synapse.registerUser(QStringLiteral("bob"), QStringLiteral("bob-password"));
    QVERIFY(!m_alice.accessToken.isEmpty() && !m_bob.accessToken.isEmpty());
    // The admin accepts the terms first (creating rooms needs it too).
    const auto refused = m_http->call("POST", "/_matrix/client/v3/createRoom", m_synapse.adminToken(), QJsonObject {});
    QCOMPARE(refused.body.value(QStringLiteral("errcode")).toString(), QStringLiteral("M_CONSENT_NOT_GIVEN"));
    QCOMPARE(m_synapse.acceptConsent(refused.body.value(QStringLiteral("consent_uri")).toString()), 200);
    m_aliceRoom = noticeRoomFor(m_alice.userId, QStringLiteral("Account review"));
    m_bobRoom = noticeRoomFor(m_bob.userId, QStringLiteral("Account review"));
    QVERIFY(!m_aliceRoom.isEmpty() && !m_bobRoom.isEmpty());
}

void TestGuiAccountState::consentRequiredShowsTheTerms()
{
    const QString error = logIn(m_aliceApp, m_alice);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto* banner = m_aliceApp.main()->banner();
    QVERIFY(!banner->isVisible());

    QVERIFY(reply(m_aliceApp, m_aliceRoom, QStringLiteral("Which rule did I break?")));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
    const auto state = m_aliceApp.service->accountState();
    QVERIFY(state && state->kind == AccountState::Kind::ConsentNotGiven);
    const QString terms =
        safeConsentUrl(state->consentUri, m_aliceApp.service->homeserver()).toString(QUrl::FullyEncoded);
    QVERIFY2(terms.startsWith(m_synapse.baseUrl().toString() + QStringLiteral("/_matrix/consent?u=alice")),
        qPrintable(terms));
    const QString html = m_aliceApp.bannerText();
    QVERIFY2(html.contains(QStringLiteral("terms of service")), qPrintable(html));
    // A link whose text is its whole address: the user sees where it leads.
    const QString escaped = terms.toHtmlEscaped();
    // (the anchor also carries the theme's link colour as a style attribute)
    QVERIFY2(html.contains(QStringLiteral(" href=\"%1\">%1</a>").arg(escaped)), qPrintable(html));
    QCOMPARE(html.count(QStringLiteral("<a ")), 1);
    QVERIFY(html.contains(m_synapse.adminUserId()));

    // Synapse's consent notice arrives in the inbox (an official notice the app opens).
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const auto& room : m_aliceApp.service->store().noticeRooms())
                if (room.trust == Trust::Official && room.membership == Membership::Join && !room.notices.empty()
                    && room.notices.back().body.contains(QStringLiteral("terms of service")))
                    return true;
            return false;
        }(),
        30000);

    // Clicking the link opens exactly the consent page.
    auto* label = m_aliceApp.child<QLabel>("accountStateText");
    emit label->linkActivated(terms);
    QCOMPARE(m_opened.size(), 1);
    QCOMPARE(m_opened.first().toString(QUrl::FullyEncoded), terms);
    QVERIFY(!guitest::saveScreenshot(m_aliceApp.main(), QStringLiteral("banner-consent.png")).isEmpty());

    // Accepted on that page: the next reply goes through and the banner goes.
    QCOMPARE(m_synapse.acceptConsent(terms), 200);
    QVERIFY(banner->isVisible()); // nothing has shown otherwise yet
    QVERIFY(reply(m_aliceApp, m_aliceRoom, QStringLiteral("Thank you.")));
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 30000);
    QVERIFY(!m_aliceApp.service->accountState());
}

void TestGuiAccountState::suspendedAccountIsExplained()
{
    const QString error = logIn(m_bobApp, m_bob);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The app opens official invites by itself (the server notices room the consent
    // notice came in): let it, before the suspension would refuse it and show the banner
    // ahead of the moment checked below (seen once on a loaded machine).
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto rooms = m_bobApp.service->store().noticeRooms();
            return !rooms.empty() && std::all_of(rooms.begin(), rooms.end(), [](const NoticeRoom& room) {
                return room.membership != Membership::Invite || room.trust != Trust::Official;
            });
        }(),
        30000);
    // Watched from before the suspension: the banner may appear with the reply below, or
    // earlier, when the app's own opening of an official invite is refused (seen on a loaded
    // machine); either way it is announced once.
    g_alerts.clear();
    setAlertObserver(recordAlert);
    const auto suspended = m_http->call("PUT", "/_synapse/admin/v1/suspend/" + guitest::enc(m_bob.userId),
        m_synapse.adminToken(), QJsonObject {{QStringLiteral("suspend"), true}});
    QVERIFY(suspended.ok());
    // Reading still works: a notice sent now arrives.
    QVERIFY(!guitest::sendText(*m_http, m_synapse.adminToken(), m_bobRoom, QStringLiteral("Your account is suspended."))
                 .isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto room = m_bobApp.service->store().noticeRoom(m_bobRoom);
            return room && !room->notices.empty()
                && room->notices.back().body == QStringLiteral("Your account is suspended.");
        }(),
        30000);
    QVERIFY(reply(m_bobApp, m_bobRoom, QStringLiteral("I would like to appeal.")));
    auto* banner = m_bobApp.main()->banner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
    // A screen reader hears it as it appears (the banner is an alert), once.
    QTRY_COMPARE_WITH_TIMEOUT(g_alerts.size(), 1, 5000);
    QVERIFY2(g_alerts.first().contains(QStringLiteral("suspended"), Qt::CaseInsensitive), qPrintable(g_alerts.first()));
    setAlertObserver(nullptr);
    const QString html = m_bobApp.bannerText();
    QVERIFY2(html.contains(QStringLiteral("suspended")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("You can still read your notices")));
    QVERIFY(html.contains(QStringLiteral("appeals included")));
    QVERIFY(html.contains(m_synapse.adminUserId()));
    QVERIFY(!html.contains(QStringLiteral("href"))); // nothing to follow here
    QVERIFY(!guitest::saveScreenshot(m_bobApp.main(), QStringLiteral("banner-suspended.png")).isEmpty());

    // Lifted by the admin, and bob does nothing: the app asks again by itself (once a minute
    // while a suspension is on record) and the banner goes.
    QVERIFY(m_http
                ->call("PUT", "/_synapse/admin/v1/suspend/" + guitest::enc(m_bob.userId), m_synapse.adminToken(),
                    QJsonObject {{QStringLiteral("suspend"), false}})
                .ok());
    QTRY_VERIFY_WITH_TIMEOUT(!m_bobApp.service->accountState(), 150000);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 5000);
}

void TestGuiAccountState::lockedAccountKeepsTheSession()
{
    QVERIFY(m_http
                ->call("PUT", "/_synapse/admin/v2/users/" + guitest::enc(m_bob.userId), m_synapse.adminToken(),
                    QJsonObject {{QStringLiteral("locked"), true}})
                .ok());
    QTRY_VERIFY_WITH_TIMEOUT(
        m_bobApp.service->accountState() && m_bobApp.service->accountState()->kind == AccountState::Kind::Locked,
        90000);
    const QString html = m_bobApp.bannerText();
    QVERIFY2(html.contains(QStringLiteral("locked")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("You stay signed in")));
    QVERIFY(m_bobApp.service->isLoggedIn());
    QVERIFY(m_bobApp.main()->isVisible()); // not sent back to the login window
    QVERIFY(!guitest::saveScreenshot(m_bobApp.main(), QStringLiteral("banner-locked.png")).isEmpty());

    QVERIFY(m_http
                ->call("PUT", "/_synapse/admin/v2/users/" + guitest::enc(m_bob.userId), m_synapse.adminToken(),
                    QJsonObject {{QStringLiteral("locked"), false}})
                .ok());
    // The next sync that works lifts it (the loop retries with back-off).
    QTRY_VERIFY_WITH_TIMEOUT(!m_bobApp.service->accountState(), 120000);
}

void TestGuiAccountState::readReceiptSettingIsOnByDefault()
{
    QVERIFY(m_aliceApp.service->sendsPublicReadReceipts());
    SettingsDialog dialog({}, true);
    dialog.setSendsPublicReadReceipts(m_aliceApp.service->sendsPublicReadReceipts());
    auto* check = dialog.findChild<QCheckBox*>(QStringLiteral("publicReadReceiptsCheck"));
    QVERIFY(check);
    QVERIFY(check->isChecked());
    QCOMPARE(check->text(), QStringLiteral("Let the senders see when I have read a notice"));
    check->setChecked(false);
    QVERIFY(!dialog.sendsPublicReadReceipts());
    m_aliceApp.service->setSendsPublicReadReceipts(false);
    QVERIFY(!m_aliceApp.service->sendsPublicReadReceipts());
}

// Deactivated by the admin, who set a password again afterwards (else Synapse answers as for
// a wrong password: the deactivation wipes it): the login window says what happened.
void TestGuiAccountState::deactivatedAccountAtLogin()
{
    const auto dave = m_synapse.registerUser(QStringLiteral("dave"), QStringLiteral("dave-password"));
    QVERIFY(!dave.accessToken.isEmpty());
    const QByteArray path = "/_synapse/admin/v2/users/" + guitest::enc(dave.userId);
    QVERIFY(
        m_http->call("PUT", path, m_synapse.adminToken(), QJsonObject {{QStringLiteral("deactivated"), true}}).ok());
    QVERIFY(m_http
                ->call("PUT", path, m_synapse.adminToken(),
                    QJsonObject {{QStringLiteral("password"), QStringLiteral("dave-password")}})
                .ok());
    App app;
    app.service = guitest::newService(app.profile.path(), m_synapse.caFile(), true);
    app.windows = std::make_unique<AppWindows>(*app.service);
    app.windows->start();
    QTRY_VERIFY_WITH_TIMEOUT(app.windows->loginWindow() && app.windows->loginWindow()->isVisible(), 20000);
    LoginWindow* login = app.windows->loginWindow();
    QTest::keyClicks(login->findChild<QLineEdit*>(QStringLiteral("matrixIdEdit")), dave.userId);
    QTest::keyClicks(login->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), dave.password);
    QTest::mouseClick(login->findChild<QPushButton*>(QStringLiteral("loginButton")), Qt::LeftButton);
    auto* error = login->findChild<QLabel*>(QStringLiteral("loginError"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && !error->text().isEmpty(), 30000);
    QVERIFY2(error->text().contains(QStringLiteral("has been deactivated")), qPrintable(error->text()));
    QVERIFY(!error->text().contains(QStringLiteral("password is wrong")));
    // What to do, not only what happened (before: "This account has been deactivated." alone).
    QVERIFY(error->text().contains(QStringLiteral("Contact your server's administrators")));
    QVERIFY(!app.service->isLoggedIn());
    QVERIFY(!guitest::saveScreenshot(login, QStringLiteral("login-deactivated.png")).isEmpty());
    app.windows.reset();
    app.service.reset();
}

void TestGuiAccountState::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    for (App* app : {&m_aliceApp, &m_bobApp}) {
        app->windows.reset();
        app->service.reset();
    }
}

QTEST_MAIN(TestGuiAccountState)
#include "test_gui_account_state.moc"
