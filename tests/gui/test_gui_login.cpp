// The login window against a real Synapse: failures are explained in words (wrong
// password, unreachable server, untrusted certificate), a good login opens the inbox
// and says where the token is kept, and logging out returns to the login window.
#include "gui_helpers.h"
#include "synapse_instance.h"

#include "service/notice_service.h"
#include "ui/app_windows.h"
#include "ui/login_window.h"
#include "ui/main_window.h"
#include "ui/message_bar.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;

class TestGuiLogin : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void wrongPasswordIsExplained();
    void unreachableServerIsExplained();
    void untrustedCertificateIsRefused();
    void loginOpensInboxAndSaysWhereTheTokenIs();
    void logoutReturnsToLogin();
    void cleanupTestCase();

private:
    // Fills the form in homeserver mode (server + user name) or Matrix ID mode, clicks
    // "Log in" and waits until the window is no longer busy. Returns the error shown.
    QString attempt(const QString& homeserver, const QString& user, const QString& password);

    testsupport::SynapseInstance m_synapse;
    QTemporaryDir m_profile;
    std::unique_ptr<NoticeService> m_service;
    std::unique_ptr<AppWindows> m_windows;
    testsupport::SynapseInstance::User m_alice;
};

void TestGuiLogin::initTestCase()
{
    QString error;
    QVERIFY2(m_synapse.start(&error), qPrintable(error));
    m_alice = m_synapse.registerUser(QStringLiteral("alice"), QStringLiteral("correct horse"));
    QVERIFY2(!m_alice.userId.isEmpty(), qPrintable(m_synapse.lastError()));
    qputenv("NOTICEBOARD_CA_FILE", m_synapse.caFile().toUtf8());
    qputenv("NOTICEBOARD_TOKEN_STORE", "file");
    m_service = guitest::newService(m_profile.path(), m_synapse.caFile());
    m_windows = std::make_unique<AppWindows>(*m_service);
    m_windows->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_windows->loginWindow() && m_windows->loginWindow()->isVisible(), 10000);
    QVERIFY(!m_windows->mainWindow());
}

QString TestGuiLogin::attempt(const QString& homeserver, const QString& user, const QString& password)
{
    LoginWindow* login = m_windows->loginWindow();
    auto* toggle = login->findChild<QCheckBox*>(QStringLiteral("useHomeserverToggle"));
    auto* matrixId = login->findChild<QLineEdit*>(QStringLiteral("matrixIdEdit"));
    auto* server = login->findChild<QLineEdit*>(QStringLiteral("homeserverEdit"));
    auto* userName = login->findChild<QLineEdit*>(QStringLiteral("userNameEdit"));
    auto* passwordEdit = login->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    auto* button = login->findChild<QPushButton*>(QStringLiteral("loginButton"));
    auto* errorLabel = login->findChild<QLabel*>(QStringLiteral("loginError"));
    if (!toggle || !matrixId || !server || !userName || !passwordEdit || !button || !errorLabel)
        return QStringLiteral("(missing widgets)");
    const bool hsMode = !homeserver.isEmpty();
    if (toggle->isChecked() != hsMode)
        QTest::mouseClick(toggle, Qt::LeftButton, {}, QPoint(8, toggle->height() / 2));
    for (QLineEdit* edit : {matrixId, server, userName, passwordEdit})
        edit->clear();
    if (hsMode) {
        QTest::keyClicks(server, homeserver);
        QTest::keyClicks(userName, user);
    } else {
        QTest::keyClicks(matrixId, user);
    }
    QTest::keyClicks(passwordEdit, password);
    if (!button->isEnabled())
        return QStringLiteral("(login button disabled)");
    QTest::mouseClick(button, Qt::LeftButton);
    // Busy while the request runs; the fields are locked meanwhile.
    if (!QTest::qWaitFor([&] { return !m_windows->loginWindow() || !m_windows->loginWindow()->isBusy(); }, 60000))
        return QStringLiteral("(still busy)");
    return errorLabel->isVisible() ? errorLabel->text() : QString();
}

void TestGuiLogin::wrongPasswordIsExplained()
{
    const QString error = attempt({}, m_alice.userId, QStringLiteral("wrong password"));
    QVERIFY2(error.contains(QStringLiteral("password is wrong")), qPrintable(error));
    QVERIFY(!m_windows->mainWindow());
    QVERIFY(!guitest::saveScreenshot(m_windows->loginWindow(), QStringLiteral("login-error.png")).isEmpty());
}

void TestGuiLogin::unreachableServerIsExplained()
{
    // Port 1 on the loopback: nothing listens there.
    const QString error = attempt(QStringLiteral("https://127.0.0.1:1"), QStringLiteral("alice"), QStringLiteral("x"));
    QVERIFY2(error.contains(QStringLiteral("Could not reach")), qPrintable(error));
}

void TestGuiLogin::untrustedCertificateIsRefused()
{
    const QString error =
        attempt(m_synapse.badTlsUrl().toString(), QStringLiteral("alice"), QStringLiteral("correct horse"));
    QVERIFY2(error.contains(QStringLiteral("certificate")), qPrintable(error));
    QVERIFY(!m_windows->mainWindow());
}

void TestGuiLogin::loginOpensInboxAndSaysWhereTheTokenIs()
{
    // A user name plus the server name (found through .well-known), as typed by a person.
    attempt(m_synapse.serverName(), QStringLiteral("alice"), QStringLiteral("correct horse"));
    QTRY_VERIFY_WITH_TIMEOUT(m_windows->mainWindow() && m_windows->mainWindow()->isVisible(), 30000);
    MainWindow* main = m_windows->mainWindow();
    auto* info = main->findChild<MessageBar*>(QStringLiteral("windowMessageBar"));
    QVERIFY(info && info->isVisible());
    QVERIFY2(info->text().contains(QStringLiteral("stored in")), qPrintable(info->text()));
    QVERIFY2(info->text().contains(m_service->tokenStorageDescription()), qPrintable(info->text()));
    auto* user = main->findChild<QLabel*>(QStringLiteral("signedInUser"));
    QVERIFY(user && user->text().contains(m_alice.userId));
    auto* connection = main->findChild<QLabel*>(QStringLiteral("connectionStatus"));
    QTRY_COMPARE_WITH_TIMEOUT(connection->text(), QStringLiteral("Connected"), 30000);
    // alice has no notices: the pane says so instead of asking her to pick one.
    auto* placeholder = main->findChild<QLabel*>(QStringLiteral("noticePlaceholder"));
    QVERIFY(placeholder);
    QTRY_COMPARE(
        placeholder->text(), QStringLiteral("No notices from your server. When it sends one, it appears here."));
    QVERIFY(placeholder->isVisible());
}

void TestGuiLogin::logoutReturnsToLogin()
{
    MainWindow* main = m_windows->mainWindow();
    QVERIFY(main);
    auto* logout = main->findChild<QAction*>(QStringLiteral("logoutAction"));
    QVERIFY(logout);
    logout->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_windows->loginWindow() && m_windows->loginWindow()->isVisible(), 30000);
    QVERIFY(!m_windows->mainWindow());
    QVERIFY(!m_service->isLoggedIn());
}

void TestGuiLogin::cleanupTestCase()
{
    m_windows.reset();
    m_service.reset();
}

QTEST_MAIN(TestGuiLogin)
#include "test_gui_login.moc"
