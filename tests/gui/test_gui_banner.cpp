// The usage-limit banner against a real Synapse: a m.server_notice.usage_limit_reached
// message pinned in the Server Notices room shows the banner with the administrator's
// contact as a link; unpinning it removes the banner. The same limit pinned in an
// ordinary room made by a user never shows it.
#include "gui_helpers.h"
#include "synapse_instance.h"

#include "notice/usage_limit.h"
#include "qtmodels/notice_room_list_model.h"
#include "service/notice_service.h"
#include "ui/app_windows.h"
#include "ui/inbox_view.h"
#include "ui/main_window.h"
#include "ui/notice_browser.h"
#include "ui/notice_view.h"
#include "ui/usage_limit_banner.h"

#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;

class TestGuiBanner : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void pinnedUsageLimitShowsBanner();
    void unpinningRemovesBanner();
    void bannerNeverLinksUnsafeContacts();
    void cleanupTestCase();

private:
    MainWindow* main() const { return m_windows->mainWindow(); }
    UsageLimitBanner* banner() const
    {
        return main()->findChild<UsageLimitBanner*>(QStringLiteral("usageLimitBanner"));
    }
    QString bannerText() const { return main()->findChild<QLabel*>(QStringLiteral("usageLimitText"))->text(); }

    testsupport::SynapseInstance m_synapse;
    QTemporaryDir m_profile;
    std::unique_ptr<guitest::SeedHttp> m_http;
    std::unique_ptr<NoticeService> m_service;
    std::unique_ptr<AppWindows> m_windows;
    testsupport::SynapseInstance::User m_carol;
    QString m_limitEvent;
};

void TestGuiBanner::initTestCase()
{
    QString error;
    QVERIFY2(m_synapse.start(&error), qPrintable(error));
    m_carol = m_synapse.registerUser(QStringLiteral("carol"), QStringLiteral("carol-password"));
    QVERIFY2(!m_carol.accessToken.isEmpty(), qPrintable(m_synapse.lastError()));
    m_http = std::make_unique<guitest::SeedHttp>(m_synapse.baseUrl(), m_synapse.caFile());
    qputenv("NOTICEBOARD_CA_FILE", m_synapse.caFile().toUtf8());
    qputenv("NOTICEBOARD_TOKEN_STORE", "file");
    m_service = guitest::newService(m_profile.path(), m_synapse.caFile());
    m_windows = std::make_unique<AppWindows>(*m_service);
    m_windows->start();
    const QString loginError = guitest::logInThroughWindow(*m_windows, m_carol.userId, m_carol.password);
    QVERIFY2(loginError.isEmpty(), qPrintable(loginError));
    main()->resize(1040, 660);
    QVERIFY(!banner()->isVisible());
}

void TestGuiBanner::pinnedUsageLimitShowsBanner()
{
    // What Synapse's resource-limit notices send, through the admin API: the message,
    // then the pin (the admin API accepts a state event type and key).
    const QJsonObject limit = guitest::synapseUsageLimitNotice();
    m_limitEvent = guitest::sendLegacyNotice(*m_http, m_synapse.adminToken(), m_carol.userId, limit);
    QVERIFY(!m_limitEvent.isEmpty());
    QVERIFY(!guitest::sendLegacyNoticeState(*m_http, m_synapse.adminToken(), m_carol.userId,
        QStringLiteral("m.room.pinned_events"), QJsonObject {{QStringLiteral("pinned"), QJsonArray {m_limitEvent}}})
                 .isEmpty());

    // The notice arrives as an invitation; opening it shows the pinned limit.
    InboxView* inbox = main()->inbox();
    QTRY_VERIFY_WITH_TIMEOUT(!inbox->currentRoomId().isEmpty(), 30000); // newest notice is opened
    auto* open = main()->findChild<QPushButton*>(QStringLiteral("openNoticeButton"));
    QTRY_VERIFY(open->isVisible());
    QTest::mouseClick(open, Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(banner()->isVisible(), 30000);
    QVERIFY2(
        bannerText().contains(describeUsageLimit(QStringLiteral("monthly_active_user"))), qPrintable(bannerText()));
    QVERIFY(bannerText().contains(QStringLiteral("Contact your server administrator")));
    QVERIFY(bannerText().contains(QStringLiteral("href=\"mailto:admin@localhost\"")));
    // The pinned notice is marked in the notice view.
    auto* browser = main()->findChild<NoticeBrowser*>(QStringLiteral("noticeBrowser"));
    QTRY_VERIFY_WITH_TIMEOUT(browser->toPlainText().contains(QStringLiteral("monthly active user limit")), 30000);
    QVERIFY(browser->toPlainText().contains(QStringLiteral("Pinned")));
    QVERIFY(!guitest::saveScreenshot(main(), QStringLiteral("banner.png")).isEmpty());
}

void TestGuiBanner::unpinningRemovesBanner()
{
    // Synapse lifts a limit by rewriting the pins without the notice.
    QVERIFY(!guitest::sendLegacyNoticeState(*m_http, m_synapse.adminToken(), m_carol.userId,
        QStringLiteral("m.room.pinned_events"), QJsonObject {{QStringLiteral("pinned"), QJsonArray {}}})
                 .isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!banner()->isVisible(), 30000);
    QVERIFY(!m_service->usageLimit().has_value());
}

void TestGuiBanner::bannerNeverLinksUnsafeContacts()
{
    UsageLimit limit;
    limit.limitType = QStringLiteral("hs_disabled");
    limit.adminContact = QStringLiteral("javascript:alert(1)");
    QString html = UsageLimitBanner::bannerHtml(limit);
    QVERIFY(!html.contains(QStringLiteral("href")));
    QVERIFY(html.contains(QStringLiteral("javascript:alert(1)"))); // shown as text only
    QVERIFY(html.contains(describeUsageLimit(QStringLiteral("hs_disabled"))));
    limit.adminContact.clear();
    QVERIFY(UsageLimitBanner::bannerHtml(limit).contains(QStringLiteral("no contact given")));
    limit.adminContact = QStringLiteral("https://help.example.org/");
    QVERIFY(UsageLimitBanner::bannerHtml(limit).contains(QStringLiteral("href=\"https://help.example.org/\"")));
}

void TestGuiBanner::cleanupTestCase()
{
    m_windows.reset();
    m_service.reset();
}

QTEST_MAIN(TestGuiBanner)
#include "test_gui_banner.moc"
