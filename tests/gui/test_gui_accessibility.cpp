// The whole app from the keyboard and through a screen reader, beyond the inbox (which
// test_gui_looks covers): in the login window (both ways of naming the account), the
// settings dialog, the inbox window with a notice open and each panel of the admin
// console, every control that takes focus has an accessible name, and Tab reaches every
// one of them and comes back round, with no control that keeps Tab for itself (a text
// box where Tab types a tab, a table where Tab walks the cells).
// A real Synapse at its stock rate limits (one login here).
#include "accessibility_checks.h"
#include "gui_helpers.h"
#include "synapse_instance.h"

#include "service/notice_service.h"
#include "ui/admin/admin_area.h"
#include "ui/app_windows.h"
#include "ui/login_window.h"
#include "ui/main_window.h"
#include "ui/settings_dialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonObject>
#include <QPointer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;
using namespace nb::guitest;

class TestGuiAccessibility : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void loginWindow_data();
    void loginWindow();
    void inboxWindow();
    void settingsDialog();
    void adminPanels_data();
    void adminPanels();
    void cleanupTestCase();

private:
    // Names and Tab order of `window` (a top-level window), with `what` in the messages.
    void checkWindow(QWidget* window, const QString& what);

    testsupport::SynapseInstance m_synapse;
    QTemporaryDir m_profile;
    std::unique_ptr<NoticeService> m_service;
    std::unique_ptr<AppWindows> m_windows;
    QPointer<AdminArea> m_area;
    bool m_decided = false;
};

void TestGuiAccessibility::checkWindow(QWidget* window, const QString& what)
{
    QVERIFY(window);
    int focusable = 0;
    const QStringList unnamed = unnamedFocusableControls(window, &focusable);
    QVERIFY2(focusable >= 3, qPrintable(QStringLiteral("%1: only %2 focusable controls").arg(what).arg(focusable)));
    const TabWalk walk = walkTabOrder(window);
    QVERIFY2(unnamed.isEmpty() && walk.keptTab.isEmpty() && walk.walksCells.isEmpty() && walk.cameBack
            && walk.unreached.isEmpty(),
        qPrintable(QStringLiteral("%1: without an accessible name: %2; Tab %3")
                       .arg(what, unnamed.isEmpty() ? QStringLiteral("none") : unnamed.join(QStringLiteral(", ")),
                           describe(walk))));
}

void TestGuiAccessibility::initTestCase()
{
    QString error;
    QVERIFY2(m_synapse.start(&error), qPrintable(error));
    qputenv("NOTICEBOARD_CA_FILE", m_synapse.caFile().toUtf8());
    qputenv("NOTICEBOARD_TOKEN_STORE", "file");
    // A notice waiting for the administrator, so the inbox has a room to open.
    SeedHttp http(m_synapse.baseUrl(), m_synapse.caFile());
    QVERIFY(!sendLegacyNotice(http, m_synapse.adminToken(), m_synapse.adminUserId(),
        QJsonObject {{QStringLiteral("msgtype"), QStringLiteral("m.text")},
            {QStringLiteral("body"), QStringLiteral("Maintenance on Sunday.")}})
                 .isEmpty());
    m_service = newService(m_profile.path(), m_synapse.caFile(), true);
    m_windows = std::make_unique<AppWindows>(*m_service);
    offerAdminConsole(*m_windows, *m_service, [this](MainWindow*, AdminArea* offered) {
        m_decided = true;
        m_area = offered;
    });
    m_windows->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_windows->loginWindow() && m_windows->loginWindow()->isVisible(), 10000);
}

void TestGuiAccessibility::loginWindow_data()
{
    QTest::addColumn<bool>("homeserverMode");
    QTest::newRow("Matrix ID") << false;
    QTest::newRow("homeserver and user name") << true;
}

void TestGuiAccessibility::loginWindow()
{
    QFETCH(bool, homeserverMode);
    LoginWindow* login = m_windows->loginWindow();
    auto* toggle = login->findChild<QCheckBox*>(QStringLiteral("useHomeserverToggle"));
    QVERIFY(toggle);
    toggle->setChecked(homeserverMode);
    checkWindow(login, QStringLiteral("login window"));
    toggle->setChecked(false); // as logInThroughWindow expects it
}

void TestGuiAccessibility::inboxWindow()
{
    QCOMPARE(logInThroughWindow(*m_windows, m_synapse.adminUserId(), m_synapse.adminPassword()), QString());
    MainWindow* main = m_windows->mainWindow();
    QVERIFY(main);
    QTRY_VERIFY_WITH_TIMEOUT(m_decided, 20000);
    QVERIFY2(m_area, "the admin console was not offered to the server administrator");
    // The notice opens by itself (official invite); wait until it shows.
    QTRY_VERIFY_WITH_TIMEOUT(!m_service->store().noticeRooms().empty(), 20000);
    checkWindow(main, QStringLiteral("inbox window"));
}

void TestGuiAccessibility::settingsDialog()
{
    MainWindow* main = m_windows->mainWindow();
    QAction* settings = main->findChild<QAction*>(QStringLiteral("settingsAction"));
    QVERIFY(settings);
    settings->trigger();
    SettingsDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = main->findChild<SettingsDialog*>()) && dialog->isVisible());
    checkWindow(dialog, QStringLiteral("settings dialog"));
    dialog->reject();
}

void TestGuiAccessibility::adminPanels_data()
{
    QTest::addColumn<int>("panel");
    QTest::addColumn<int>("recipientMode"); // the compose panel's "To" choice; -1: as it is
    // The admin console's tabs, in order (ui/admin/admin_area.cpp).
    QTest::newRow("Create notice room") << 0 << -1;
    QTest::newRow("Compose and deliver, one user") << 1 << 0;
    QTest::newRow("Compose and deliver, a list of users") << 1 << 1;
    QTest::newRow("Compose and deliver, users from a file") << 1 << 2;
    QTest::newRow("Compose and deliver, all local users") << 1 << 3;
    QTest::newRow("Campaigns") << 2 << -1;
    QTest::newRow("Sent notices") << 3 << -1;
}

void TestGuiAccessibility::adminPanels()
{
    QFETCH(int, panel);
    QFETCH(int, recipientMode);
    MainWindow* main = m_windows->mainWindow();
    auto* mainTabs = main->findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    QVERIFY(mainTabs && m_area);
    mainTabs->setCurrentWidget(m_area);
    QCOMPARE(m_area->tabs()->count(), 4);
    m_area->tabs()->setCurrentIndex(panel);
    if (recipientMode >= 0) {
        auto* mode = m_area->findChild<QComboBox*>(QStringLiteral("recipientModeCombo"));
        QVERIFY(mode);
        mode->setCurrentIndex(recipientMode);
    }
    checkWindow(main, QStringLiteral("admin console, %1").arg(m_area->tabs()->tabText(panel)));
    if (panel == 1) {
        // Tab follows the eye: who and how (the left column) before the notice and Send.
        const QStringList path = walkTabOrder(main).path;
        const auto at = [&](const char* name) {
            for (qsizetype i = 0; i < path.size(); ++i)
                if (path[i].endsWith(QLatin1Char(' ') + QLatin1String(name)))
                    return i;
            return qsizetype(-1);
        };
        QVERIFY2(at("recipientModeCombo") >= 0 && at("recipientModeCombo") < at("journalEdit")
                && at("journalEdit") < at("markdownEdit") && at("markdownEdit") < at("sendButton"),
            qPrintable(path.join(QStringLiteral(" > "))));
    }
}

void TestGuiAccessibility::cleanupTestCase()
{
    m_windows.reset();
    m_service.reset();
}

QTEST_MAIN(TestGuiAccessibility)
#include "test_gui_accessibility.moc"
