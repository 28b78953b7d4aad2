#pragma once
// The inbox window: the usage-limit banner across the top, the notice rooms on the
// left, the selected notice on the right, the connection and the signed-in user in
// the status bar. It follows the NoticeService's store and forwards user actions.
#include <QMainWindow>
#include <QStringList>
#include <functional>
#include <vector>

class QLabel;
class QSplitter;

namespace nb {

class DesktopSettings;
struct BackgroundChoices;
class InboxView;
class MessageBar;
class NoticeService;
class NoticeView;
class TrayNotifier;
class UsageLimitBanner;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(NoticeService& service, QWidget* parent = nullptr);
    ~MainWindow() override; // remembers the window's layout (useDesktopSettings)

    InboxView* inbox() const { return m_inbox; }
    NoticeView* noticeView() const { return m_noticeView; }
    UsageLimitBanner* banner() const { return m_banner; }
    // A message for the whole window (e.g. where the token is stored after login).
    void showInfo(const QString& text);

    // Work that quitting, logging out or closing would cut short (a delivery in progress).
    // A guard returns a sentence saying what would stop, or an empty string when idle;
    // while any guard is busy, those actions ask first (the "stopConfirmation" box).
    using StopGuard = std::function<QString()>;
    void addStopGuard(StopGuard guard);

    // Running in the background (issue 9): this machine's choices for the profile. With
    // them, closing the window keeps the app in the tray (when there is one and the
    // setting is on), notifications follow the setting, and the window's size, position
    // and splitters are put back and remembered. Without (tests), closing closes.
    void useDesktopSettings(DesktopSettings* settings);
    TrayNotifier* tray() const { return m_tray; }
    // Closing the window now would leave the app running in the tray.
    bool keepsRunningInTray() const;
    // Shows the window with `roomId` selected (a clicked notification); `eventId` is the
    // notice it announced (empty for an invitation).
    void openNotice(const QString& roomId, const QString& eventId);
    QString lastOpenedEventId() const { return m_openedEventId; }
    // Shown again from the tray (or a second start), restored if minimised, in front.
    void showFromTray();
    // Puts back the splitters' remembered positions; again when the admin area arrives.
    void restoreSplitters();

signals:
    void logoutRequested();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // What the stop guards report as running now (empty when all are idle).
    QStringList busyWork() const;
    // Runs `proceed` at once when nothing is busy, else after the person confirms.
    void confirmThen(const QString& verb, std::function<void()> proceed);
    void buildMenus();
    // `changedRooms`: as NoticeStore::changed gives them (empty: any room may have changed).
    void refreshFromStore(const QStringList& changedRooms = {});
    void showCurrentRoom();
    void updateConnection(int state, const QString& detail);
    void openSettings();
    void onNoticeArrived(const QString& roomId, const QString& roomName, const QString& body, const QString& eventId);
    void updateTray();
    void applyBackgroundChoices(const BackgroundChoices& choices);
    void saveLayout();
    void explainTrayOnce();

    NoticeService& m_service;
    UsageLimitBanner* m_banner;
    MessageBar* m_windowMessages;
    InboxView* m_inbox;
    NoticeView* m_noticeView;
    QSplitter* m_splitter;
    QLabel* m_connection;
    QLabel* m_user;
    TrayNotifier* m_tray;
    std::vector<StopGuard> m_stopGuards;
    bool m_closeConfirmed = false;
    DesktopSettings* m_desktop = nullptr;
    QString m_openedEventId;
    bool m_sessionEnding = false; // the desktop session is ending: closing must close
};

} // namespace nb
