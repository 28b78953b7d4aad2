// Running in the background (issue 9), against a real Synapse and, for the desktop, a
// stand-in tray host and notification daemon (tests/gui/desktop_standin.cpp) on a private
// session bus, under Xvfb: ctest runs this as `dbus-run-session -- xvfb-run -a ...` with
// QT_QPA_PLATFORM=xcb (offscreen has no tray). The test sees what a person would: the tray
// icon's tooltip and picture as the tray host reads them, each notification's title and
// text as the daemon receives them, and a click on one.
//
// Closing the window keeps the app in the tray and syncing (said once); a notice sent
// meanwhile raises a notification titled with the room name, with its first line; a click
// opens that notice; the tray shows unread notices and a usage limit in words; the
// notifications setting turns them off; start at login writes and removes the autostart
// entry; the window's layout comes back after a restart; the real app started from that
// entry's command line stays in the tray until a second start brings it forward, and
// without a tray it shows its window.
#include "gui_helpers.h"
#include "synapse_instance.h"

#include "client/session_store.h"
#include "service/notice_service.h"
#include "ui/app_windows.h"
#include "ui/autostart.h"
#include "ui/desktop_settings.h"
#include "ui/inbox_view.h"
#include "ui/main_window.h"
#include "ui/notice_view.h"
#include "ui/settings_dialog.h"
#include "ui/tray_notifier.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <algorithm>
#include <functional>

using namespace nb;

namespace {

// The stand-in desktop, driven over its stdin/stdout (see desktop_standin.cpp).
class StandIn {
public:
    bool start()
    {
        m_process.setProgram(QStringLiteral(NB_DESKTOP_STANDIN));
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        return QTest::qWaitFor([this] { return !find(QStringLiteral("ready")).isEmpty(); }, 10000);
    }
    ~StandIn()
    {
        m_process.closeWriteChannel(); // it quits when its input ends
        if (!m_process.waitForFinished(3000))
            m_process.kill();
    }
    void send(const QString& line) { m_process.write(line.toUtf8() + '\n'); }
    // Every event of `kind` so far, oldest first.
    QList<QJsonObject> all(const QString& kind)
    {
        pump();
        QList<QJsonObject> out;
        for (const QJsonObject& e : m_events)
            if (e.value(QStringLiteral("event")).toString() == kind)
                out << e;
        return out;
    }
    QJsonObject find(const QString& kind, const std::function<bool(const QJsonObject&)>& match = {})
    {
        for (const QJsonObject& e : all(kind))
            if (!match || match(e))
                return e;
        return {};
    }
    // The tray icon of `service` as the tray host reads it now.
    QJsonObject props(const QString& service)
    {
        const qsizetype before = all(QStringLiteral("props")).size();
        send(QStringLiteral("props ") + service);
        QJsonObject answer;
        QTest::qWaitFor(
            [&] {
                const auto list = all(QStringLiteral("props"));
                if (list.size() > before)
                    answer = list.last();
                return !answer.isEmpty();
            },
            10000);
        return answer;
    }
    QList<QJsonObject> notifications() { return all(QStringLiteral("notify")); }

private:
    void pump()
    {
        m_buffer += m_process.readAllStandardOutput();
        qsizetype end;
        while ((end = m_buffer.indexOf('\n')) >= 0) {
            m_events << QJsonDocument::fromJson(m_buffer.left(end)).object();
            m_buffer.remove(0, end + 1);
        }
    }
    QProcess m_process;
    QByteArray m_buffer;
    QList<QJsonObject> m_events;
};

QString describe(const QList<QJsonObject>& events)
{
    QStringList lines;
    for (const QJsonObject& e : events)
        lines << QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact));
    return lines.join(QLatin1Char('\n'));
}

// Whether an X window titled `title` is on screen, as the X server sees it: "IsViewable"
// when one is, else "IsUnMapped" (or empty when there is no such window at all). Several
// windows may carry the app's name (Qt names untitled helper windows after the app).
QString xMapState(const QString& title)
{
    auto run = [](const QStringList& arguments) {
        QProcess xwininfo;
        xwininfo.start(QStringLiteral("xwininfo"), arguments);
        return xwininfo.waitForFinished(5000) && xwininfo.exitCode() == 0 ? xwininfo.readAllStandardOutput()
                                                                          : QByteArray();
    };
    QString state;
    const QByteArray quotedTitle = '"' + title.toUtf8() + '"';
    for (const QByteArray& line : run({QStringLiteral("-root"), QStringLiteral("-tree")}).split('\n')) {
        if (!line.contains(quotedTitle))
            continue;
        const QByteArray id = line.trimmed().split(' ').value(0);
        for (const QByteArray& info : run({QStringLiteral("-id"), QString::fromLatin1(id)}).split('\n'))
            if (info.trimmed().startsWith("Map State:")) {
                state = QString::fromLatin1(info.trimmed().mid(10).trimmed());
                if (state == QStringLiteral("IsViewable"))
                    return state;
            }
    }
    return state;
}

// Exec's arguments, unquoted as the Desktop Entry Specification says (string escapes
// first, then the quoting), for the entries autostart::entryText writes.
QStringList execArguments(const QString& entry)
{
    QString exec;
    for (const QString& line : entry.split(QLatin1Char('\n')))
        if (line.startsWith(QStringLiteral("Exec=")))
            exec = line.mid(5);
    exec.replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
    QStringList args;
    QString current;
    bool inQuotes = false, started = false;
    for (qsizetype i = 0; i < exec.size(); ++i) {
        const QChar c = exec.at(i);
        if (inQuotes && c == QLatin1Char('\\') && i + 1 < exec.size()) {
            current += exec.at(++i);
        } else if (c == QLatin1Char('"')) {
            inQuotes = !inQuotes;
            started = true;
        } else if (c == QLatin1Char(' ') && !inQuotes) {
            if (started)
                args << current.replace(QStringLiteral("%%"), QStringLiteral("%"));
            current.clear();
            started = false;
        } else {
            current += c;
            started = true;
        }
    }
    if (started)
        args << current.replace(QStringLiteral("%%"), QStringLiteral("%"));
    return args;
}

} // namespace

class TestGuiTray : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void trayMenuOpensTheInboxOrQuits();
    void closingKeepsItRunningInTheTray();
    void noticeWhileClosedRaisesANotification();
    void clickingTheNotificationOpensThatNotice();
    void usageLimitShowsInTheTray();
    void notificationsCanBeTurnedOff();
    void startAtLoginWritesAndRemovesTheEntry();
    void windowLayoutIsRememberedAcrossRestarts();
    void startedAtLoginItStaysInTheTrayUntilStartedAgain();
    void withoutATrayAHiddenStartShowsTheWindow();
    void cleanupTestCase();

private:
    MainWindow* main() const { return m_windows->mainWindow(); }
    void startApp(); // in this process: a service and the windows on m_profile
    void stopApp();
    // Opens Settings, lets `change` set the dialog, presses OK.
    void changeSettings(const std::function<void(SettingsDialog*)>& change, const QString& screenshot = {});
    // A notification's text as read: without the bidi isolate marks that wrap a sender's text.
    static QString asRead(const QJsonObject& n, const char* key)
    {
        return n.value(QLatin1String(key)).toString().remove(QChar(0x2068)).remove(QChar(0x2069));
    }
    QJsonObject notificationWith(const QString& summary)
    {
        return m_desktop.find(
            QStringLiteral("notify"), [&](const QJsonObject& n) { return asRead(n, "summary") == summary; });
    }
    QJsonObject trayProps() { return m_desktop.props(m_trayService); }
    // The bus name of the tray icon process `pid` put in the tray (empty: none came).
    QString waitForTrayItemOf(qint64 pid)
    {
        QString service;
        QTest::qWaitFor(
            [&] {
                service =
                    m_desktop
                        .find(QStringLiteral("item"),
                            [&](const QJsonObject& e) { return e.value(QStringLiteral("pid")).toInteger() == pid; })
                        .value(QStringLiteral("service"))
                        .toString();
                return !service.isEmpty();
            },
            30000);
        return service;
    }
    std::unique_ptr<QProcess> startRealApp(const QStringList& arguments, const QByteArray& platform);

    testsupport::SynapseInstance m_synapse {testsupport::SynapseOptions::stockRateLimits()};
    QTemporaryDir m_profile;
    QTemporaryDir m_config; // XDG_CONFIG_HOME: the autostart folder lives here
    StandIn m_desktop;
    std::unique_ptr<guitest::SeedHttp> m_http;
    std::unique_ptr<DesktopSettings> m_settings;
    std::unique_ptr<NoticeService> m_service;
    std::unique_ptr<AppWindows> m_windows;
    testsupport::SynapseInstance::User m_bob;
    QString m_trayService; // this process's tray icon on the bus
    QString m_emptyIcon; // the icon's picture with nothing unread
    QString m_unreadIcon;
    QString m_legacyRoom, m_maintenanceRoom, m_maintenanceEvent;
    QStringList m_autostartArguments;
};

void TestGuiTray::initTestCase()
{
    // As the app's main() names itself: notifications carry the app's name and desktop id.
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Noticeboard"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.noticeboard.Noticeboard"));
    QVERIFY2(m_desktop.start(), "the stand-in desktop did not start (is there a session bus?)");
    QVERIFY2(QSystemTrayIcon::isSystemTrayAvailable(),
        "no tray: run under dbus-run-session and an X server with QT_QPA_PLATFORM=xcb, as ctest does");
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QString error;
    QVERIFY2(m_synapse.start(&error), qPrintable(error));
    m_bob = m_synapse.registerUser(QStringLiteral("bob"), QStringLiteral("bob-password"));
    QVERIFY2(!m_bob.accessToken.isEmpty(), qPrintable(m_synapse.lastError()));
    m_synapse.writeSupportFile(QStringLiteral(R"({"contacts":[{"matrix_id":"%1","role":"m.role.admin"}]})")
                                   .arg(m_synapse.adminUserId())
                                   .toUtf8());
    m_http = std::make_unique<guitest::SeedHttp>(m_synapse.baseUrl(), m_synapse.caFile());
    qputenv("NOTICEBOARD_CA_FILE", m_synapse.caFile().toUtf8());
    qputenv("NOTICEBOARD_TOKEN_STORE", "file");

    startApp();
    const QString loginError = guitest::logInThroughWindow(*m_windows, m_bob.userId, m_bob.password);
    QVERIFY2(loginError.isEmpty(), qPrintable(loginError));
    QVERIFY(main()->tray()->isAvailable());

    // The icon the tray host was given is ours (the bus knows which process sent it).
    m_trayService = waitForTrayItemOf(QCoreApplication::applicationPid());
    QVERIFY2(!m_trayService.isEmpty(), qPrintable(describe(m_desktop.all(QStringLiteral("item")))));
    QTRY_COMPARE_WITH_TIMEOUT(main()->noticeView()->isVisible(), true, 10000);
    const QJsonObject props = trayProps();
    QVERIFY2(props.value(QStringLiteral("tooltip")).toString() == QStringLiteral("Noticeboard: no unread notices"),
        qPrintable(describe({props})));
    m_emptyIcon = props.value(QStringLiteral("iconHash")).toString();
    QVERIFY(!m_emptyIcon.isEmpty());
}

void TestGuiTray::startApp()
{
    m_settings = std::make_unique<DesktopSettings>(DesktopSettings::fileIn(m_profile.path()));
    m_service = guitest::newService(m_profile.path(), m_synapse.caFile(), /*asTheApp=*/true);
    m_windows = std::make_unique<AppWindows>(*m_service);
    m_windows->setDesktopSettings(m_settings.get());
    m_windows->start();
}

void TestGuiTray::stopApp()
{
    m_windows.reset(); // the window remembers its layout as it goes
    m_service.reset();
    m_settings.reset();
}

void TestGuiTray::trayMenuOpensTheInboxOrQuits()
{
    QMenu* menu = main()->tray()->menu();
    QVERIFY(menu);
    QStringList texts;
    for (QAction* action : menu->actions())
        if (!action->isSeparator())
            texts << action->text();
    QCOMPARE(texts, (QStringList {QStringLiteral("Open inbox"), QStringLiteral("Quit")}));
    // A picture of it as Qt draws it (a desktop's tray host draws its own from the same items).
    menu->popup(QPoint(40, 40));
    QTRY_VERIFY(menu->isVisible());
    QVERIFY(!guitest::saveScreenshot(menu, QStringLiteral("tray-menu.png")).isEmpty());
    menu->hide();

    // Quit asks the app to quit (main() ends the event loop on quitRequested).
    QSignalSpy quit(main(), &MainWindow::quitRequested);
    menu->findChild<QAction*>(QStringLiteral("trayQuitAction"))->trigger();
    QCOMPARE(quit.count(), 1);
}

void TestGuiTray::closingKeepsItRunningInTheTray()
{
    QSignalSpy lastWindow(qApp, &QGuiApplication::lastWindowClosed);
    QVERIFY(main()->keepsRunningInTray());
    QVERIFY(main()->close() == false); // refused: it hides instead
    QVERIFY(!main()->isVisible());
    QCOMPARE(lastWindow.count(), 0); // nothing told the app to quit
    // Said once, the first time.
    QTRY_VERIFY_WITH_TIMEOUT(!notificationWith(QStringLiteral("Noticeboard is still running")).isEmpty(), 10000);
    const QJsonObject told = notificationWith(QStringLiteral("Noticeboard is still running"));
    QVERIFY(told.value(QStringLiteral("body")).toString().contains(QStringLiteral("Quit")));
    QVERIFY(told.value(QStringLiteral("actions")).toArray().isEmpty()); // nothing to open
    QCOMPARE(told.value(QStringLiteral("desktopEntry")).toString(), QStringLiteral("io.noticeboard.Noticeboard"));
    QCOMPARE(told.value(QStringLiteral("app")).toString(), QStringLiteral("Noticeboard"));
    QVERIFY(m_settings->trayWasExplained());

    // The tray icon brings it back; closing again says nothing more.
    m_desktop.send(QStringLiteral("activate ") + m_trayService);
    QTRY_VERIFY_WITH_TIMEOUT(main()->isVisible(), 10000);
    const qsizetype before = m_desktop.notifications().size();
    QVERIFY(!main()->close());
    QTest::qWait(500);
    QCOMPARE(m_desktop.notifications().size(), before);
    QVERIFY(!main()->isVisible());
}

void TestGuiTray::noticeWhileClosedRaisesANotification()
{
    QVERIFY(!main()->isVisible());
    // A server notice (legacy: an invitation the app opens by itself), then a notice in an
    // MSC4279 room made by the administrator the server names.
    QVERIFY(!guitest::sendLegacyNotice(*m_http, m_synapse.adminToken(), m_bob.userId,
        {{QStringLiteral("msgtype"), QStringLiteral("m.text")},
            {QStringLiteral("body"), QStringLiteral("Your account moves to the new cluster on Monday.")}})
                 .isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_service->store().noticeRooms().size() == 1
            && m_service->store().noticeRooms().front().membership == Membership::Join,
        60000);
    m_legacyRoom = m_service->store().noticeRooms().front().roomId;

    m_maintenanceRoom = guitest::createNoticeRoom(*m_http, m_synapse.adminToken(), m_synapse.adminUserId(),
        m_bob.userId, QStringLiteral("Maintenance window"), {}, QStringLiteral("deny"), 50);
    QVERIFY(!m_maintenanceRoom.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_service->store().noticeRoom(m_maintenanceRoom)
            && m_service->store().noticeRoom(m_maintenanceRoom)->membership == Membership::Join,
        60000);
    // Several lines, with markup characters: the notification shows the first, as typed.
    m_maintenanceEvent = guitest::sendText(*m_http, m_synapse.adminToken(), m_maintenanceRoom,
        QStringLiteral("Water <b>off</b> & on tonight, 22:00\nSecond line with the details\nThird line"));
    QVERIFY(!m_maintenanceEvent.isEmpty());

    // Still syncing with the window closed: the notice reaches the store.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto room = m_service->store().noticeRoom(m_maintenanceRoom);
            return room && std::any_of(room->notices.begin(), room->notices.end(), [&](const Notice& n) {
                return n.eventId == m_maintenanceEvent;
            });
        }(),
        30000);
    // The room's invitation may have raised one already: wait for the notice's own.
    QJsonObject shown;
    auto noticeShown = [&] {
        for (const QJsonObject& n : m_desktop.notifications())
            if (asRead(n, "summary") == QStringLiteral("Maintenance window")
                && asRead(n, "body").startsWith(QStringLiteral("Water")))
                shown = n;
        return !shown.isEmpty();
    };
    QTRY_VERIFY2_WITH_TIMEOUT(noticeShown(), qPrintable(describe(m_desktop.notifications())), 10000);
    // The sender's text as one bidi isolate each (an override in it cannot reorder the rest).
    QCOMPARE(shown.value(QStringLiteral("summary")).toString(),
        QChar(0x2068) + m_service->store().noticeRoom(m_maintenanceRoom)->name + QChar(0x2069));
    // Only the first line, and no markup a notification daemon would render.
    QCOMPARE(shown.value(QStringLiteral("body")).toString(),
        QStringLiteral("\u2068Water \uFF1Cb\uFF1Eoff\uFF1C/b\uFF1E \uFF06 on tonight, 22:00\u2069"));
    QCOMPARE(shown.value(QStringLiteral("actions")).toArray().first().toString(), QStringLiteral("default"));
    QVERIFY(!main()->isVisible()); // a notification does not open the window by itself

    // The tray says so: unread notices, in words and in the picture.
    QTRY_VERIFY_WITH_TIMEOUT(
        trayProps().value(QStringLiteral("tooltip")).toString().contains(QStringLiteral(" unread notice")), 10000);
    const QJsonObject props = trayProps();
    QVERIFY2(!props.value(QStringLiteral("tooltip")).toString().contains(QStringLiteral("no unread")),
        qPrintable(props.value(QStringLiteral("tooltip")).toString()));
    m_unreadIcon = props.value(QStringLiteral("iconHash")).toString();
    QVERIFY(m_unreadIcon != m_emptyIcon);
}

void TestGuiTray::clickingTheNotificationOpensThatNotice()
{
    // Newer, long notices after it: the room opens at its newest message, so the clicked
    // one is out of view unless the app brings it there (the red team's case: the click
    // showed the room, and the notice was pages above). Four messages: within Synapse's
    // stock message burst.
    const QString filler = QStringLiteral("Details of the works, street by street.\n").repeated(25);
    QStringList fillers;
    for (int i = 0; i < 4; ++i) {
        fillers << guitest::sendText(
            *m_http, m_synapse.adminToken(), m_maintenanceRoom, QStringLiteral("Update %1\n").arg(i + 1) + filler);
        QVERIFY(!fillers.back().isEmpty());
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto room = m_service->store().noticeRoom(m_maintenanceRoom);
            return room && !room->notices.empty() && room->notices.back().eventId == fillers.back();
        }(),
        30000);
    main()->inbox()->selectRoom(m_legacyRoom); // another notice is the one selected
    QCOMPARE(main()->inbox()->currentRoomId(), m_legacyRoom);
    // Another application's notification clicked: every click is announced on the bus, to
    // every listener. Noticeboard stays in the tray with its selection as it was.
    QVERIFY(!main()->isVisible());
    uint foreign = 1000;
    for (const QJsonObject& n : m_desktop.notifications())
        foreign = std::max(foreign, uint(n.value(QStringLiteral("id")).toInt()) + 1000);
    m_desktop.send(QStringLiteral("click %1").arg(foreign));
    QTest::qWait(1500); // a signal on a private session bus arrives within milliseconds
    QVERIFY2(!main()->isVisible(), "another application's notification opened the window");
    QCOMPARE(main()->inbox()->currentRoomId(), m_legacyRoom);
    QJsonObject shown;
    for (const QJsonObject& n : m_desktop.notifications())
        if (asRead(n, "body").startsWith(QStringLiteral("Water")))
            shown = n;
    m_desktop.send(QStringLiteral("click %1").arg(shown.value(QStringLiteral("id")).toInt()));
    QTRY_VERIFY_WITH_TIMEOUT(main()->isVisible(), 10000);
    QCOMPARE(main()->inbox()->currentRoomId(), m_maintenanceRoom);
    QCOMPARE(main()->noticeView()->roomId(), m_maintenanceRoom);
    QCOMPARE(main()->lastOpenedEventId(), m_maintenanceEvent);
    QVERIFY(QTest::qWaitForWindowExposed(main()));
    // What the user sees: the clicked notice's first line inside the view, the newest not.
    auto* browser = main()->noticeView()->findChild<QTextBrowser*>(QStringLiteral("noticeBrowser"));
    QVERIFY(browser);
    auto onScreen = [browser](const QString& text) {
        const QTextCursor found = browser->document()->find(text);
        return !found.isNull() && browser->viewport()->rect().contains(browser->cursorRect(found));
    };
    QTRY_VERIFY2(onScreen(QStringLiteral("on tonight, 22:00")), "the clicked notice is not in view");
    QVERIFY(!onScreen(QStringLiteral("Update 4")));
    QVERIFY(!guitest::saveScreenshot(main(), QStringLiteral("tray-notice-opened.png")).isEmpty());
}

void TestGuiTray::usageLimitShowsInTheTray()
{
    // Synapse's resource-limit server notice, pinned in the server notices room.
    const QJsonObject limit {{QStringLiteral("msgtype"), QStringLiteral("m.server_notice")},
        {QStringLiteral("server_notice_type"), QStringLiteral("m.server_notice.usage_limit_reached")},
        {QStringLiteral("limit_type"), QStringLiteral("monthly_active_user")},
        {QStringLiteral("admin_contact"), QStringLiteral("mailto:admin@localhost")},
        {QStringLiteral("body"), QStringLiteral("This server has exceeded its monthly active user limit.")}};
    const QString limitEvent = guitest::sendLegacyNotice(*m_http, m_synapse.adminToken(), m_bob.userId, limit);
    QVERIFY(!limitEvent.isEmpty());
    QVERIFY(!guitest::sendLegacyNoticeState(*m_http, m_synapse.adminToken(), m_bob.userId,
        QStringLiteral("m.room.pinned_events"), QJsonObject {{QStringLiteral("pinned"), QJsonArray {limitEvent}}})
                 .isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_service->usageLimit().has_value(), 30000);
    const QString words =
        QStringLiteral("Usage limit reached: %1").arg(describeUsageLimit(QStringLiteral("monthly_active_user")));
    QTRY_VERIFY_WITH_TIMEOUT(trayProps().value(QStringLiteral("tooltip")).toString().contains(words), 10000);
    const QString icon = trayProps().value(QStringLiteral("iconHash")).toString();
    QVERIFY(icon != m_unreadIcon && icon != m_emptyIcon);
}

void TestGuiTray::changeSettings(const std::function<void(SettingsDialog*)>& change, const QString& screenshot)
{
    main()->showFromTray();
    main()->findChild<QAction*>(QStringLiteral("settingsAction"))->trigger();
    SettingsDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = main()->findChild<SettingsDialog*>()) && dialog->isVisible());
    QVERIFY(dialog->findChild<QWidget*>(QStringLiteral("backgroundSettings")));
    if (!screenshot.isEmpty()) // as it opens
        QVERIFY(!guitest::saveScreenshot(dialog, screenshot).isEmpty());
    change(dialog);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!main()->findChild<SettingsDialog*>());
}

void TestGuiTray::notificationsCanBeTurnedOff()
{
    changeSettings(
        [](SettingsDialog* dialog) {
            auto* check = dialog->findChild<QCheckBox*>(QStringLiteral("notificationsCheck"));
            QVERIFY(check->isChecked());
            check->setChecked(false);
        },
        QStringLiteral("settings-background.png"));
    QVERIFY(!m_settings->showsNotifications());
    main()->close();
    const qsizetype before = m_desktop.notifications().size();
    const QString event = guitest::sendText(
        *m_http, m_synapse.adminToken(), m_maintenanceRoom, QStringLiteral("Nobody is told about this one"));
    QVERIFY(!event.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto room = m_service->store().noticeRoom(m_maintenanceRoom);
            return room && std::any_of(room->notices.begin(), room->notices.end(), [&](const Notice& n) {
                return n.eventId == event;
            });
        }(),
        30000);
    QTest::qWait(1000); // a notification would be on the bus by now
    QCOMPARE(m_desktop.notifications().size(), before);
    // On again for what follows.
    changeSettings([](SettingsDialog* dialog) {
        dialog->findChild<QCheckBox*>(QStringLiteral("notificationsCheck"))->setChecked(true);
    });
    QVERIFY(m_settings->showsNotifications());
}

void TestGuiTray::startAtLoginWritesAndRemovesTheEntry()
{
    const QString entry = autostart::entryPath(m_profile.path(), SessionStore::defaultProfileDir());
    QVERIFY(entry.startsWith(m_config.path() + QStringLiteral("/autostart/io.noticeboard.Noticeboard")));
    QVERIFY(!QFile::exists(entry));
    changeSettings([](SettingsDialog* dialog) {
        auto* check = dialog->findChild<QCheckBox*>(QStringLiteral("startAtLoginCheck"));
        QVERIFY(!check->isChecked());
        check->setChecked(true);
    });
    QVERIFY(QFile::exists(entry));
    QFile file(entry);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(QStringLiteral("[Desktop Entry]\n")));
    QVERIFY(text.contains(QStringLiteral("\nType=Application\n")));
    QVERIFY(text.contains(QStringLiteral("\nIcon=io.noticeboard.Noticeboard\n")));
    // This program, hidden, on this (non-default) profile.
    m_autostartArguments = execArguments(text);
    QCOMPARE(m_autostartArguments,
        (QStringList {QCoreApplication::applicationFilePath(), QStringLiteral("--hidden"), QStringLiteral("--profile"),
            QFileInfo(m_profile.path()).absoluteFilePath()}));
    // The desktop's own checker accepts it.
    QProcess validate;
    validate.start(QStringLiteral("desktop-file-validate"), {entry});
    QVERIFY(validate.waitForFinished(10000));
    QVERIFY2(validate.exitCode() == 0, validate.readAllStandardOutput().constData());

    // The setting shows what is on disk, and turning it off removes the entry.
    changeSettings([](SettingsDialog* dialog) {
        auto* check = dialog->findChild<QCheckBox*>(QStringLiteral("startAtLoginCheck"));
        QVERIFY(check->isChecked());
        check->setChecked(false);
    });
    QVERIFY(!QFile::exists(entry));
}

void TestGuiTray::windowLayoutIsRememberedAcrossRestarts()
{
    main()->showFromTray();
    QVERIFY(QTest::qWaitForWindowExposed(main()));
    main()->setGeometry(70, 60, 930, 610);
    auto* splitter = main()->findChild<QSplitter*>(QStringLiteral("inboxSplitter"));
    QVERIFY(splitter);
    QTRY_COMPARE(main()->geometry(), QRect(70, 60, 930, 610));
    splitter->setSizes({380, 540});
    const QList<int> sizes = splitter->sizes();
    QVERIFY(sizes.first() == 380);
    const QRect geometry = main()->geometry();

    stopApp(); // as when the app quits
    startApp(); // and starts again: the saved session, the same profile
    QTRY_VERIFY_WITH_TIMEOUT(main() && main()->isVisible(), 30000);
    QVERIFY(QTest::qWaitForWindowExposed(main()));
    QTRY_COMPARE(main()->geometry(), geometry);
    QCOMPARE(main()->findChild<QSplitter*>(QStringLiteral("inboxSplitter"))->sizes(), sizes);
    stopApp(); // the real app takes the profile next
}

std::unique_ptr<QProcess> TestGuiTray::startRealApp(const QStringList& arguments, const QByteArray& platform)
{
    auto app = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QString::fromLatin1(platform));
    app->setProcessEnvironment(env);
    app->start(QStringLiteral(NB_NOTICEBOARD), arguments);
    return app;
}

void TestGuiTray::startedAtLoginItStaysInTheTrayUntilStartedAgain()
{
    // The entry's own arguments (it named the test program, which wrote it), with the app.
    QVERIFY(m_autostartArguments.size() > 1);
    auto first = startRealApp(m_autostartArguments.mid(1), "xcb");
    QVERIFY(first->waitForStarted());
    QVERIFY2(!waitForTrayItemOf(first->processId()).isEmpty(), "the app started at login is in the tray");
    QByteArray said;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (said += first->readAllStandardError()).contains("Started in the tray"), said.constData(), 30000);
    QTest::qWait(500);
    QVERIFY2(xMapState(QStringLiteral("Noticeboard")) != QStringLiteral("IsViewable"), "the window is not shown");

    // A second start on the profile shows the first one's window and leaves.
    auto second = startRealApp({QStringLiteral("--profile"), m_profile.path()}, "xcb");
    QVERIFY(second->waitForFinished(30000));
    QCOMPARE(second->exitCode(), 0);
    QVERIFY(second->readAllStandardError().contains("already open"));
    QTRY_VERIFY2_WITH_TIMEOUT(
        (said += first->readAllStandardError()).contains("bringing the window to the front"), said.constData(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(xMapState(QStringLiteral("Noticeboard")), QStringLiteral("IsViewable"), 10000);
    QCOMPARE(first->state(), QProcess::Running);
    first->terminate();
    QVERIFY(first->waitForFinished(10000));
}

void TestGuiTray::withoutATrayAHiddenStartShowsTheWindow()
{
    // Offscreen has no tray: hidden would mean invisible with no way back, so it shows.
    auto app = startRealApp({QStringLiteral("--hidden"), QStringLiteral("--profile"), m_profile.path()}, "offscreen");
    QByteArray said;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (said += app->readAllStandardError()).contains("no tray to come back from"), said.constData(), 30000);
    app->terminate();
    QVERIFY(app->waitForFinished(10000));
}

void TestGuiTray::cleanupTestCase()
{
    stopApp();
}

QTEST_MAIN(TestGuiTray)
#include "test_gui_tray.moc"
