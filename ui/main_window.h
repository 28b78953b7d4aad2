#pragma once
// The inbox window: the usage-limit banner across the top, the notice rooms on the
// left, the selected notice on the right, the connection and the signed-in user in
// the status bar. It follows the NoticeService's store and forwards user actions.
#include <QMainWindow>

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

signals:
    void logoutRequested();
    void quitRequested();

private:
    void buildMenus();
    void refreshFromStore();
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
};

} // namespace nb
