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
    void onNoticeArrived(const QString& roomId, const QString& roomName, const QString& body);

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
};

} // namespace nb
