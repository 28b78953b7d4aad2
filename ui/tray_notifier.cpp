#include "tray_notifier.h"

#include "icons.h"

#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

namespace nb {

TrayNotifier::TrayNotifier(QWidget* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(icons::app(), this);
    m_tray->setToolTip(QStringLiteral("Noticeboard"));
    auto* menu = new QMenu(window);
    menu->addAction(QStringLiteral("Show Noticeboard"), this, &TrayNotifier::raiseWindow);
    menu->addAction(QStringLiteral("Quit"), this, &TrayNotifier::quitRequested);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::raiseWindow);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            raiseWindow();
    });
    m_tray->show();
}

void TrayNotifier::notify(const QString& roomName, const QString& body)
{
    ++m_count;
    if (!m_tray)
        return;
    // Keep the bubble short; the full notice is one click away.
    QString text = body.simplified();
    if (text.size() > 200)
        text = text.left(199) + QChar(0x2026);
    m_tray->showMessage(
        roomName.isEmpty() ? QStringLiteral("New notice from your server") : roomName, text, icons::app(), 10000);
}

void TrayNotifier::raiseWindow()
{
    if (!m_window)
        return;
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace nb
