// The GUI in German (issue 9, translations): run under LANG=de_DE.UTF-8 and LANGUAGE=de
// (tests/CMakeLists.txt sets them), the login window and the main window's menus speak
// German, as the app does after nb::installTranslations. Against a real Synapse, since the
// main window only opens after a real login. Also takes docs/screenshots/german-inbox.png
// (bash scripts/screenshots.sh).
#include "gui_helpers.h"
#include "synapse_instance.h"

#include "i18n/translations.h"
#include "qtmodels/notice_room_list_model.h"
#include "service/notice_service.h"
#include "ui/app_windows.h"
#include "ui/login_window.h"
#include "ui/main_window.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>

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

    void mainWindowMenusAreGerman()
    {
        const QString error = guitest::logInThroughWindow(*m_windows, m_alice.userId, QStringLiteral("correct horse"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MainWindow* window = m_windows->mainWindow();
        QVERIFY(window);
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
