#pragma once
// The "Running in the background" part of the settings: keep running in the tray when the
// window is closed, a desktop notification for each new notice, start at login. Only
// shows and returns the choices; MainWindow stores them (DesktopSettings, autostart).
#include <QGroupBox>

class QCheckBox;

namespace nb {

struct BackgroundChoices {
    bool keepRunningInTray = true;
    bool notifications = true;
    bool startAtLogin = false;
};

class BackgroundSettings : public QGroupBox {
    Q_OBJECT
public:
    // trayAvailable: without a tray, closing the window quits whatever the setting says
    // (there would be no way back to a hidden window), and the box says so.
    BackgroundSettings(const BackgroundChoices& choices, bool trayAvailable, QWidget* parent = nullptr);

    BackgroundChoices choices() const;

private:
    QCheckBox* m_keepInTray;
    QCheckBox* m_notifications;
    QCheckBox* m_startAtLogin;
};

} // namespace nb
