#pragma once
// Desktop notifications through the freedesktop notification server
// (org.freedesktop.Notifications on the session bus), each with a key that comes back
// when the person clicks it, so a click opens the notice it announced and not simply the
// newest one. Qt's QSystemTrayIcon::showMessage cannot do that: its messageClicked()
// carries no id and, on D-Bus desktops, fires for a click on any application's
// notification. Without a notification server, `unavailable` lets the caller fall back
// to the tray's own balloon.
#include <QHash>
#include <QObject>
#include <QString>

namespace nb {

class DesktopNotifications : public QObject {
    Q_OBJECT
public:
    explicit DesktopNotifications(QObject* parent = nullptr);

    // `title` and `text` must already be plain (TrayNotifier::bubbleFor); `key` comes back
    // in clicked(). An empty key: a notification that only informs (no click action).
    void show(const QString& title, const QString& text, const QString& key);

signals:
    void clicked(const QString& key);
    // No notification server answered: the caller shows it another way.
    void unavailable(const QString& title, const QString& text, const QString& key);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString& action);
    void onClosed(uint id, uint reason);

private:
    QHash<uint, QString> m_keys; // notification id -> key, until closed or clicked
    bool m_listening = false;
};

} // namespace nb
