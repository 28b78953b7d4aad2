#include "desktop_notifications.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>
#include <QVariantMap>

namespace nb {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
// The action a notification server invokes when the notification itself is clicked.
const QString kDefaultAction = QStringLiteral("default");
} // namespace

DesktopNotifications::DesktopNotifications(QObject* parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    m_listening = bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                      SLOT(onActionInvoked(uint, QString)))
        && bus.connect(
            kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this, SLOT(onClosed(uint, uint)));
}

void DesktopNotifications::show(const QString& title, const QString& text, const QString& key)
{
    if (!m_listening) {
        emit unavailable(title, text, key);
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    const QString appId = QGuiApplication::desktopFileName();
    QVariantMap hints;
    if (!appId.isEmpty())
        hints.insert(QStringLiteral("desktop-entry"), appId); // the server shows the app's name and icon
    QStringList actions;
    if (!key.isEmpty())
        actions << kDefaultAction << tr("Open");
    const QString appName = QGuiApplication::applicationDisplayName().isEmpty()
        ? QCoreApplication::applicationName()
        : QGuiApplication::applicationDisplayName();
    call.setArguments({appName, uint(0), appId, title, text, actions, hints, int(-1)});
    auto* watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, title, text, key](QDBusPendingCallWatcher* w) {
        w->deleteLater();
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError()) {
            emit unavailable(title, text, key);
            return;
        }
        if (!key.isEmpty())
            m_keys.insert(reply.value(), key);
    });
}

void DesktopNotifications::onActionInvoked(uint id, const QString& action)
{
    // Every application's notifications are announced on the bus: only ours count.
    if (action != kDefaultAction || !m_keys.contains(id))
        return;
    emit clicked(m_keys.take(id));
}

void DesktopNotifications::onClosed(uint id, uint /*reason*/)
{
    m_keys.remove(id);
}

} // namespace nb
