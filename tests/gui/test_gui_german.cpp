// The GUI in German (issue 9, translations): run under LANG=de_DE.UTF-8 and LANGUAGE=de
// (tests/CMakeLists.txt sets them), the login window and the main window's menus speak
// German, as the app does after nb::installTranslations. Against a real Synapse, since the
// main window only opens after a real login. A usage limit pinned in the server-notices room
// (what Synapse's resource-limit notices send) shows the banner with its sentence, its contact
// line and its accessible name in German. Also takes docs/screenshots/german-inbox.png and
// german-banner.png (bash scripts/screenshots.sh).
//
// The server's administrator gets the admin console in German too, including the answers of
// the admin actions (app/admin) that the panels show: german-admin.png.
#include "gui_helpers.h"
#include "synapse_instance.h"
#include "test_gui_admin_support.h"

#include "i18n/translations.h"
#include "qtmodels/notice_room_list_model.h"
#include "service/notice_service.h"
#include "ui/admin/campaigns_panel.h"
#include "ui/admin/compose_panel.h"
#include "ui/admin/create_room_panel.h"
#include "ui/admin/sent_notices_panel.h"
#include "ui/app_windows.h"
#include "ui/login_window.h"
#include "ui/main_window.h"
#include "ui/message_bar.h"
#include "ui/usage_limit_banner.h"

#include <QAbstractButton>
#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace nb;

namespace {

// Every text a user reads on the widget's buttons and labels.
QStringList visibleTexts(const QWidget* root)
{
    QStringList texts {root->windowTitle()};
    for (const auto* button : root->findChildren<QAbstractButton*>())
        texts << button->text();
    for (const auto* label : root->findChildren<QLabel*>())
        texts << label->text();
    return texts;
}

// The menu bar's titles and, one level down, its actions' texts.
QStringList menuTexts(const QMenuBar* bar)
{
    QStringList texts;
    for (const QAction* top : bar->actions()) {
        texts << top->text();
        if (top->menu())
            for (const QAction* action : top->menu()->actions())
                texts << action->text();
    }
    return texts;
}

} // namespace

class TestGuiGerman : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // What main() does; the environment comes from the test's ENVIRONMENT property.
        QCOMPARE(installTranslations(*QCoreApplication::instance()), QStringLiteral("de"));
        QString error;
        QVERIFY2(m_synapse.start(&error), qPrintable(error));
        m_alice = m_synapse.registerUser(QStringLiteral("alice"), QStringLiteral("correct horse"));
        QVERIFY2(!m_alice.userId.isEmpty(), qPrintable(m_synapse.lastError()));
        qputenv("NOTICEBOARD_CA_FILE", m_synapse.caFile().toUtf8());
        m_service = guitest::newService(m_profile.path(), m_synapse.caFile());
        m_windows = std::make_unique<AppWindows>(*m_service);
        m_windows->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_windows->loginWindow() && m_windows->loginWindow()->isVisible(), 10000);
    }

    void loginWindowIsGerman()
    {
        const QStringList texts = visibleTexts(m_windows->loginWindow());
        QVERIFY2(texts.contains(QStringLiteral("Anmelden – Noticeboard")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(texts.contains(QStringLiteral("Anmelden")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(!texts.contains(QStringLiteral("Log in")), qPrintable(texts.join(QLatin1Char('|'))));
    }

    // The service's answer, shown in the login window: German, not the English of
    // NoticeService (one wrong password, within Synapse's stock rc_login).
    void wrongPasswordIsExplainedInGerman()
    {
        LoginWindow* login = m_windows->loginWindow();
        auto* id = login->findChild<QLineEdit*>(QStringLiteral("matrixIdEdit"));
        auto* password = login->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
        auto* button = login->findChild<QPushButton*>(QStringLiteral("loginButton"));
        auto* error = login->findChild<QLabel*>(QStringLiteral("loginError"));
        QVERIFY(id && password && button && error);
        QTest::keyClicks(id, m_alice.userId);
        QTest::keyClicks(password, QStringLiteral("wrong horse"));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!error->text().isEmpty() && error->isVisible(), 30000);
        QCOMPARE(error->text(), QStringLiteral("Anmeldung fehlgeschlagen: Benutzername oder Passwort ist falsch."));
        id->clear();
        password->clear();
    }

    void mainWindowMenusAreGerman()
    {
        const QString error = guitest::logInThroughWindow(*m_windows, m_alice.userId, QStringLiteral("correct horse"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MainWindow* window = m_windows->mainWindow();
        QVERIFY(window);
        // The service's "Logged in as" in the message bar, the token store in German too.
        const QString loggedIn =
            QStringLiteral("Angemeldet als %1. Ihr Zugriffstoken wird gespeichert in ").arg(m_alice.userId);
        const auto saysLoggedIn = [&] {
            const QStringList texts = visibleTexts(window);
            return std::any_of(
                texts.cbegin(), texts.cend(), [&](const QString& text) { return text.startsWith(loggedIn); });
        };
        QTRY_VERIFY2_WITH_TIMEOUT(saysLoggedIn(), qPrintable(visibleTexts(window).join(QLatin1Char('|'))), 20000);
        const QStringList texts = menuTexts(window->menuBar());
        for (const char* expected :
            {"&Mitteilung", "&Einstellungen …", "&Abmelden", "&Beenden", "&Nächste Mitteilung", "Zum &Posteingang"})
            QVERIFY2(texts.contains(QString::fromUtf8(expected)),
                qPrintable(
                    QStringLiteral("%1 not in %2").arg(QString::fromUtf8(expected), texts.join(QLatin1Char('|')))));
        QVERIFY2(!texts.contains(QStringLiteral("&Quit")), qPrintable(texts.join(QLatin1Char('|'))));
        // The inbox's group headings: tr() in a class of namespace nb, whose context lupdate
        // only gets right when it reads the header too.
        QCOMPARE(NoticeRoomListModel::groupTitle(NoticeRoomListModel::Group::Active), QStringLiteral("Aktiv"));
        // The empty inbox's hint, in the window itself.
        QTRY_VERIFY_WITH_TIMEOUT(visibleTexts(window).contains(QStringLiteral(
                                     "Keine Mitteilungen von Ihrem Server. Sendet er eine, erscheint sie hier.")),
            20000);
        QVERIFY(!guitest::saveScreenshot(window, QStringLiteral("german-inbox.png")).isEmpty());
    }

    // The banner's words are the app's, in German; the contact address is the server's, as sent.
    void usageLimitBannerIsGerman()
    {
        MainWindow* window = m_windows->mainWindow();
        QVERIFY(window);
        guitest::SeedHttp http(m_synapse.baseUrl(), m_synapse.caFile());
        const QJsonObject limit = guitest::synapseUsageLimitNotice();
        const QString eventId = guitest::sendLegacyNotice(http, m_synapse.adminToken(), m_alice.userId, limit);
        QVERIFY(!eventId.isEmpty());
        QVERIFY(!guitest::sendLegacyNoticeState(http, m_synapse.adminToken(), m_alice.userId,
            QStringLiteral("m.room.pinned_events"), QJsonObject {{QStringLiteral("pinned"), QJsonArray {eventId}}})
                     .isEmpty());
        auto* open = window->findChild<QPushButton*>(QStringLiteral("openNoticeButton"));
        QVERIFY(open);
        QTRY_VERIFY_WITH_TIMEOUT(open->isVisible(), 30000);
        QTest::mouseClick(open, Qt::LeftButton);

        auto* banner = window->findChild<UsageLimitBanner*>(QStringLiteral("usageLimitBanner"));
        QVERIFY(banner);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
        const QString text = window->findChild<QLabel*>(QStringLiteral("usageLimitText"))->text();
        const QString sentence = QString::fromUtf8(
            "Ihr Server hat seine Höchstzahl monatlich aktiver Nutzer erreicht. Neue Anmeldungen und einige "
            "Aktionen werden abgelehnt, bis ein Administrator die Grenze anhebt.");
        QVERIFY2(text.contains(sentence), qPrintable(text));
        QVERIFY2(text.contains(QString::fromUtf8("Wenden Sie sich an die Administratoren Ihres Servers: ")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(">admin@localhost</a>")), qPrintable(text)); // the server's, as sent
        QVERIFY2(!text.contains(QStringLiteral("Your server")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Contact your server administrator")), qPrintable(text));
        // A screen reader hears the same German sentence.
        QCOMPARE(banner->accessibleName(), sentence);
        QVERIFY(!guitest::saveScreenshot(window, QStringLiteral("german-banner.png")).isEmpty());
    }

    // An admin action's answer in the Create panel: "There is no user ... on this server"
    // comes from AdminService (app/admin), shown in German.
    void adminPanelAnswersInGerman()
    {
        guitest::SignedInApp admin;
        QVERIFY(admin.start(m_synapse, m_synapse.adminUserId(), m_synapse.adminPassword()).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(admin.decided && admin.area, 30000);
        QTabWidget* tabs = admin.mainTabs();
        QVERIFY(tabs);
        tabs->setCurrentIndex(1);
        admin.area->tabs()->setCurrentWidget(admin.area->createPanel());
        const QString nobody = QStringLiteral("@nobody:%1").arg(m_synapse.serverName());
        auto* invitee = admin.area->findChild<QLineEdit*>(QStringLiteral("inviteeEdit"));
        auto* create = admin.area->findChild<QPushButton*>(QStringLiteral("createRoomButton"));
        auto* messages = admin.area->findChild<MessageBar*>(QStringLiteral("createRoomMessages"));
        QVERIFY(invitee && create && messages);
        QTest::keyClicks(invitee, nobody);
        QVERIFY(create->isEnabled());
        create->click();
        QTRY_VERIFY_WITH_TIMEOUT(messages->isVisible() && !messages->text().isEmpty(), 30000);
        QCOMPARE(messages->text(),
            QString::fromUtf8("Es gibt keinen Nutzer %1 auf diesem Server; es wurde nichts erstellt. Prüfen Sie "
                              "die Schreibweise.")
                .arg(nobody));
        QVERIFY(!guitest::saveScreenshot(admin.windows->mainWindow(), QStringLiteral("german-admin.png")).isEmpty());
        // The densest panel too, looked at for words cut short.
        admin.area->tabs()->setCurrentWidget(admin.area->composePanel());
        QTRY_VERIFY(admin.area->composePanel()->isVisible());
        QVERIFY(!guitest::saveScreenshot(admin.windows->mainWindow(), QStringLiteral("german-admin-compose.png"))
                     .isEmpty());
        for (QWidget* panel :
            {static_cast<QWidget*>(admin.area->campaignsPanel()), static_cast<QWidget*>(admin.area->sentPanel())}) {
            admin.area->tabs()->setCurrentWidget(panel);
            QTRY_VERIFY(panel->isVisible());
            QVERIFY(!guitest::saveScreenshot(
                admin.windows->mainWindow(), QStringLiteral("german-admin-%1.png").arg(panel->objectName()))
                         .isEmpty());
        }
    }

    void cleanupTestCase()
    {
        m_windows.reset();
        m_service.reset();
    }

private:
    testsupport::SynapseInstance m_synapse;
    QTemporaryDir m_profile;
    std::unique_ptr<NoticeService> m_service;
    std::unique_ptr<AppWindows> m_windows;
    testsupport::SynapseInstance::User m_alice;
};

QTEST_MAIN(TestGuiGerman)
#include "test_gui_german.moc"
