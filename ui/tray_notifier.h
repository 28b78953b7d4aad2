#pragma once
// A desktop notification when a new notice arrives, through the system tray. Where
// there is no tray (a bare X session, offscreen tests) it does nothing, quietly.
#include <QObject>

class QSystemTrayIcon;
class QWidget;

namespace nb {

class TrayNotifier : public QObject {
    Q_OBJECT
public:
    // window: brought to the front when the notification or the icon is clicked.
    explicit TrayNotifier(QWidget* window, QObject* parent = nullptr);

    bool isAvailable() const { return m_tray != nullptr; }
    void notify(const QString& roomName, const QString& body);
    // The title and text the notification shows for a notice: one line each, the text
    // shortened, and no character that any notification server could read as markup.
    struct Bubble {
        QString title;
        QString text;
    };
    static Bubble bubbleFor(const QString& roomName, const QString& body);
    int notificationCount() const { return m_count; } // for tests and diagnostics

signals:
    void quitRequested();

private:
    void raiseWindow();

    QWidget* m_window;
    QSystemTrayIcon* m_tray = nullptr;
    int m_count = 0;
};

} // namespace nb
