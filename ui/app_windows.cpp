#include "app_windows.h"

#include "login_window.h"
#include "main_window.h"
#include "service/notice_service.h"
#include "tray_notifier.h"

#include <QLoggingCategory>
#include <utility>

Q_LOGGING_CATEGORY(lcWindows, "noticeboard.windows", QtInfoMsg)

namespace nb {

AppWindows::AppWindows(NoticeService& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{
    connect(&m_service, &NoticeService::sessionEnded, this, [this](const QString& reason) { showLogin(reason); });
}

AppWindows::~AppWindows()
{
    delete m_main;
    delete m_login;
}

LoginWindow* AppWindows::loginWindow() const
{
    return m_login;
}
MainWindow* AppWindows::mainWindow() const
{
    return m_main;
}

void AppWindows::start()
{
    QPointer<AppWindows> self(this);
    m_service.restoreSession([self](ActionResult result) {
        if (!self)
            return;
        // Restored, the message says what was wrong with the profile's files, if anything
        // (a damaged store being fetched again); not restored, why, unless there simply
        // was no saved session (the normal first start).
        if (result.ok())
            self->showInbox(result.message);
        else
            self->showLogin(result.message == tr("Not logged in. Log in first.") ? QString() : result.message);
    });
}

void AppWindows::bringToFront()
{
    m_startHidden = false; // asked for: the window about to open must show
    if (m_main) {
        m_main->showFromTray();
        return;
    }
    QWidget* window = m_login;
    if (!window)
        return; // still starting: the window about to open comes up in front anyway
    window->show();
    window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window->raise();
    window->activateWindow();
}

void AppWindows::showLogin(const QString& notice)
{
    m_service.stopSync();
    if (m_main) {
        m_main->hide();
        m_main->deleteLater();
        m_main = nullptr; // a new login gets a fresh window, not one being deleted
    }
    if (!m_login) {
        m_login = new LoginWindow(m_service);
        m_login->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_login, &LoginWindow::loggedIn, this, &AppWindows::showInbox);
    }
    m_login->setNotice(notice);
    m_login->show();
    m_login->raise();
}

void AppWindows::showInbox(const QString& message)
{
    if (m_login) {
        m_login->hide();
        m_login->deleteLater();
        m_login = nullptr;
    }
    if (!m_main) {
        m_main = new MainWindow(m_service);
        m_main->useDesktopSettings(m_desktop);
        connect(m_main, &MainWindow::logoutRequested, this, &AppWindows::logout);
        connect(m_main, &MainWindow::quitRequested, this, &AppWindows::quitRequested);
        emit mainWindowCreated(m_main);
    }
    if (!message.isEmpty())
        m_main->showInfo(message);
    // Hidden only once, at the start: a later login (after logging out) shows the window.
    const bool hidden = std::exchange(m_startHidden, false);
    if (hidden && m_main->tray()->isAvailable()) {
        qCInfo(lcWindows) << "Started in the tray; the window opens from the tray icon.";
    } else {
        if (hidden)
            qCInfo(lcWindows) << "Asked to start hidden, but there is no tray to come back from: showing the window.";
        m_main->show();
    }
    m_service.startSync();
}

void AppWindows::logout()
{
    QPointer<AppWindows> self(this);
    m_service.logout([self](ActionResult result) {
        if (self)
            self->showLogin(result.ok() ? tr("You are logged out.") : result.message);
    });
}

} // namespace nb
