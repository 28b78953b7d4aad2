#pragma once
// The app's place in the system tray: an icon that says whether notices are unread and
// whether a usage limit is active (a badge, and the same in words in its tooltip), a
// menu to open the inbox or quit, and a desktop notification for each new notice, which
// opens that notice when clicked. Where there is no tray (a bare X session, offscreen
// tests) there is no icon; notifications still go to a notification server if one runs.
#include <QIcon>
#include <QObject>
#include <QString>

class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace nb {

class DesktopNotifications;

class TrayNotifier : public QObject {
    Q_OBJECT
public:
    // menuParent: owns the tray menu (the window; the menu is a popup of its own).
    explicit TrayNotifier(QWidget* menuParent, QObject* parent = nullptr);

    bool isAvailable() const { return m_tray != nullptr; }
    // A new notice. `eventId` may be empty (an invitation): clicking then opens the room.
    void notify(const QString& roomId, const QString& eventId, const QString& roomName, const QString& body);
    // A notification that only informs (nothing to open), e.g. that the app is still running.
    void inform(const QString& title, const QString& text);
    // What the icon shows: `unread` notices waiting, and the usage limit in force in words
    // (empty: none).
    void setState(int unread, const QString& usageLimit);
    QString toolTip() const { return m_toolTip; }
    QMenu* menu() const { return m_menu; }
    // The title and text the notification shows for a notice: one line each, the text
    // shortened, and no character that any notification server could read as markup.
    struct Bubble {
        QString title;
        QString text;
    };
    static Bubble bubbleFor(const QString& roomName, const QString& body);
    static QString toolTipFor(int unread, const QString& usageLimit);
    int notificationCount() const { return m_count; } // for tests and diagnostics

signals:
    void openInboxRequested();
    void noticeClicked(const QString& roomId, const QString& eventId);
    void quitRequested();

private:
    void showFallback(const QString& title, const QString& text, const QString& key);
    void openKey(const QString& key);

    QSystemTrayIcon* m_tray = nullptr;
    QMenu* m_menu = nullptr;
    DesktopNotifications* m_notifications;
    QString m_toolTip;
    QString m_lastFallbackKey; // the tray balloon's click says nothing about which it was
    int m_count = 0;
    int m_unread = -1;
    QString m_usageLimit;
};

} // namespace nb
