// The admin console on a server whose proxy does not expose the Synapse admin API (a
// real Synapse; the test harness's nginx answers a bare 404 for /_synapse/admin/, as
// many deployments do). The app is wired exactly as the GUI main wires it
// (offerAdminConsole), logged in through the real login window:
//  - the server's published administrator (/.well-known/matrix/support) gets the Admin
//    tab; the MSC4279 panels work; the server notices route, usage-limit notices and
//    "all local users" are disabled with the reason shown;
//  - an ordinary user of the same server never gets the tab.
#include "gui_helpers.h"
#include "synapse_instance.h"
#include "test_gui_admin_support.h"

#include "admin/admin_service.h"
#include "ui/admin/compose_panel.h"
#include "ui/message_bar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTest>

using namespace nb;
using namespace nb::guitest;

class TestGuiAdminWithoutApi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void publishedAdministratorGetsTheMsc4279Panels();
    void serverNoticesRouteIsDisabledWithTheReason();
    void deliversThroughNoticeRooms();
    void ordinaryUserNeverSeesTheAdminTab();

private:
    template<class T> T* child(const char* name) const
    {
        T* widget = m_admin.area ? m_admin.area->findChild<T*>(QLatin1String(name)) : nullptr;
        if (!widget)
            qWarning("no widget named %s", name);
        return widget;
    }

    testsupport::SynapseInstance m_synapse {
        testsupport::SynapseOptions {QStringLiteral("default"), 2, {QStringLiteral("@admin:SERVER")}, true, true}};
    testsupport::SynapseInstance::User m_bob;
    SignedInApp m_admin;
};

void TestGuiAdminWithoutApi::initTestCase()
{
    QString error;
    QVERIFY2(m_synapse.start(&error), qPrintable(error));
    m_bob = m_synapse.registerUser(QStringLiteral("bob"), QStringLiteral("bob-password"));
    QVERIFY2(!m_bob.accessToken.isEmpty(), qPrintable(m_synapse.lastError()));
    qputenv("NOTICEBOARD_CA_FILE", m_synapse.caFile().toUtf8());
    qputenv("NOTICEBOARD_TOKEN_STORE", "file");
}

void TestGuiAdminWithoutApi::publishedAdministratorGetsTheMsc4279Panels()
{
    const QString loginError = m_admin.start(m_synapse, m_synapse.adminUserId(), m_synapse.adminPassword());
    QVERIFY2(loginError.isEmpty(), qPrintable(loginError));
    QTRY_VERIFY_WITH_TIMEOUT(m_admin.decided, 30000);
    QVERIFY2(m_admin.area, "the support file names this user as an administrator: the Admin tab is expected");
    QTabWidget* tabs = m_admin.mainTabs();
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(1), QStringLiteral("Admin"));
    m_admin.windows->mainWindow()->resize(1180, 800);
    tabs->setCurrentIndex(1);
    m_admin.area->tabs()->setCurrentWidget(m_admin.area->composePanel());
}

void TestGuiAdminWithoutApi::serverNoticesRouteIsDisabledWithTheReason()
{
    QVERIFY(m_admin.area);
    QVERIFY(child<QRadioButton>("roomsRouteRadio")->isChecked());
    QVERIFY(!child<QRadioButton>("serverNoticesRouteRadio")->isEnabled());
    auto* reason = child<QLabel>("serverNoticesReason");
    QTRY_VERIFY(reason->isVisible()); // once the tab switch has been laid out
    QVERIFY2(
        reason->text().contains(QStringLiteral("does not offer the Synapse admin API")), qPrintable(reason->text()));
    // Usage-limit notices live in the server notices room; listing all users needs the API.
    QVERIFY(!child<QCheckBox>("usageLimitCheck")->isEnabled());
    auto* modes = qobject_cast<QStandardItemModel*>(child<QComboBox>("recipientModeCombo")->model());
    QVERIFY(modes);
    QVERIFY(!modes->item(3)->isEnabled());
    QVERIFY(modes->item(0)->isEnabled() && modes->item(1)->isEnabled() && modes->item(2)->isEnabled());
}

void TestGuiAdminWithoutApi::deliversThroughNoticeRooms()
{
    QVERIFY(m_admin.area);
    child<QComboBox>("recipientModeCombo")->setCurrentIndex(0);
    QTest::keyClicks(child<QLineEdit>("recipientEdit"), m_bob.userId);
    QTest::keyClicks(child<QPlainTextEdit>("markdownEdit"), QStringLiteral("**Planned outage** tonight at 22:00 UTC."));
    QVERIFY(!saveScreenshot(m_admin.windows->mainWindow(), QStringLiteral("admin-without-api.png")).isEmpty());
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    auto* bar = child<MessageBar>("deliveryMessages");
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 60000);
    QVERIFY2(bar->text().startsWith(QStringLiteral("Sent 1, failed 0")), qPrintable(bar->text()));

    // Counted as bob: one notice, in an MSC4279 room.
    auto bob = session(m_synapse, m_bob);
    const auto received = noticesFrom(*bob, m_synapse.adminUserId(), QStringLiteral("Planned outage"));
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().roomType, std::string("org.matrix.msc4279.server_notice"));
}

void TestGuiAdminWithoutApi::ordinaryUserNeverSeesTheAdminTab()
{
    SignedInApp bob;
    const QString loginError = bob.start(m_synapse, m_bob.userId, m_bob.password);
    QVERIFY2(loginError.isEmpty(), qPrintable(loginError));
    QTRY_VERIFY_WITH_TIMEOUT(bob.decided, 30000);
    QVERIFY(!bob.area);
    QVERIFY(!bob.showsAdminConsole());
}

QTEST_MAIN(TestGuiAdminWithoutApi)
#include "test_gui_admin_without_api.moc"
