#pragma once
// Which window the user sees: the login window until there is a session, then the
// inbox with the sync running; back to login after logging out or when the server
// ends the session. main() only builds the service and starts this.
#include <QObject>
#include <QPointer>

namespace nb {

class DesktopSettings;
class LoginWindow;
class MainWindow;
class NoticeService;

class AppWindows : public QObject {
    Q_OBJECT
public:
    explicit AppWindows(NoticeService& service, QObject* parent = nullptr);
    ~AppWindows() override;

    // Restores the saved session (inbox) or shows the login window.
    void start();
    // Another start of the app on this profile asked for us: show the current window
    // (inbox or login) in front, restored if it was minimised.
    void bringToFront();

    // This machine's desktop choices for the profile (tray, notifications, the windows'
    // layout), handed to each inbox window; without them the window closes as it always did.
    void setDesktopSettings(DesktopSettings* settings) { m_desktop = settings; }
    // Started at login (--hidden): the inbox stays in the tray instead of opening, when
    // there is a tray to come back from. The login window (no session yet) always shows.
    void setStartHidden(bool hidden) { m_startHidden = hidden; }

    LoginWindow* loginWindow() const;
    MainWindow* mainWindow() const;

signals:
    void quitRequested();
    // A new inbox window exists (after login or restore): the GUI main adds the admin area.
    void mainWindowCreated(nb::MainWindow* window);

private:
    void showLogin(const QString& notice);
    void showInbox(const QString& message);
    void logout();

    NoticeService& m_service;
    QPointer<LoginWindow> m_login;
    QPointer<MainWindow> m_main;
    DesktopSettings* m_desktop = nullptr;
    bool m_startHidden = false;
};

} // namespace nb
