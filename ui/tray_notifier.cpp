#include "tray_notifier.h"

#include "desktop_notifications.h"
#include "display_text.h"
#include "icons.h"

#include <QMenu>
#include <QPainter>
#include <QRegularExpression>
#include <QSystemTrayIcon>
#include <QWidget>
#include <utility>

namespace nb {

namespace {
// Where the notification is shown is up to the desktop: freedesktop notification servers
// read markup in the text (<b>, <a href>, <img src>), Qt's own balloon guesses rich text in
// title and text, others show it as typed. Escaping would show "&lt;" on some of them, so the
// three markup characters become their full-width lookalikes instead; the app shows the
// notice as it is.
QString withoutMarkup(const QString& text)
{
    QString out = text;
    out.replace(QLatin1Char('<'), QChar(0xFF1C))
        .replace(QLatin1Char('>'), QChar(0xFF1E))
        .replace(QLatin1Char('&'), QChar(0xFF06));
    return out;
}

// A key for DesktopNotifications: the room and the event, which never hold a line break.
QString keyFor(const QString& roomId, const QString& eventId)
{
    return roomId + QLatin1Char('\n') + eventId;
}

// The app icon with a badge: a red dot (with the count where there is room) for unread
// notices, the usage-limit sign in the lower left while a limit is active.
QIcon badgedIcon(int unread, bool limited)
{
    const QIcon base = icons::app();
    if (unread <= 0 && !limited)
        return base;
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128}) {
        QPixmap pixmap = base.pixmap(size, size);
        pixmap.setDevicePixelRatio(1.0);
        if (pixmap.size() != QSize(size, size))
            pixmap = pixmap.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        if (limited) {
            const int side = size * 11 / 20;
            painter.drawPixmap(0, size - side, icons::usageLimit().pixmap(side, side));
        }
        if (unread > 0) {
            const int d = size / 2 + 1;
            const QRectF dot(size - d, 0, d, d);
            painter.setPen(QPen(Qt::white, qMax(1.0, size / 24.0)));
            painter.setBrush(QColor(0xd0, 0x21, 0x1b));
            painter.drawEllipse(dot.adjusted(0.5, 0.5, -0.5, -0.5));
            if (size >= 22) {
                QFont font = painter.font();
                font.setBold(true);
                font.setPixelSize(d * 2 / 3);
                painter.setFont(font);
                painter.setPen(Qt::white);
                painter.drawText(dot, Qt::AlignCenter, unread > 9 ? QStringLiteral("9+") : QString::number(unread));
            }
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
} // namespace

TrayNotifier::TrayNotifier(QWidget* menuParent, QObject* parent)
    : QObject(parent)
    , m_notifications(new DesktopNotifications(this))
{
    connect(m_notifications, &DesktopNotifications::clicked, this, &TrayNotifier::openKey);
    connect(m_notifications, &DesktopNotifications::unavailable, this, &TrayNotifier::showFallback);
    m_toolTip = toolTipFor(0, {});
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(icons::app(), this);
    m_tray->setToolTip(m_toolTip);
    m_menu = new QMenu(menuParent);
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    QAction* open = m_menu->addAction(tr("Open inbox"), this, &TrayNotifier::openInboxRequested);
    open->setObjectName(QStringLiteral("trayOpenInboxAction"));
    m_menu->addSeparator();
    QAction* quit = m_menu->addAction(tr("Quit"), this, &TrayNotifier::quitRequested);
    quit->setObjectName(QStringLiteral("trayQuitAction"));
    m_tray->setContextMenu(m_menu);
    // Only the tray's own balloon (no notification server) reports its click here; on D-Bus
    // desktops Qt emits messageClicked for any application's notification, so it is used
    // only while a fallback balloon is the one showing.
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (!m_lastFallbackKey.isEmpty())
            openKey(std::exchange(m_lastFallbackKey, QString()));
    });
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit openInboxRequested();
    });
    m_tray->show();
}

void TrayNotifier::notify(const QString& roomId, const QString& eventId, const QString& roomName, const QString& body)
{
    ++m_count;
    const Bubble bubble = bubbleFor(roomName, body);
    m_notifications->show(bubble.title, bubble.text, keyFor(roomId, eventId));
}

void TrayNotifier::inform(const QString& title, const QString& text)
{
    m_notifications->show(withoutMarkup(title), withoutMarkup(text), {});
}

void TrayNotifier::showFallback(const QString& title, const QString& text, const QString& key)
{
    if (!m_tray)
        return; // nowhere to show it; the inbox has the notice
    m_lastFallbackKey = key;
    m_tray->showMessage(title, text, icons::app(), 10000);
}

void TrayNotifier::openKey(const QString& key)
{
    const qsizetype split = key.indexOf(QLatin1Char('\n'));
    if (split < 0)
        return;
    emit noticeClicked(key.left(split), key.mid(split + 1));
}

void TrayNotifier::setState(int unread, const QString& usageLimit)
{
    if (unread == m_unread && usageLimit == m_usageLimit)
        return; // redrawing the icon on every sync would make trays flicker
    m_unread = unread;
    m_usageLimit = usageLimit;
    m_toolTip = toolTipFor(unread, usageLimit);
    if (!m_tray)
        return;
    m_tray->setIcon(badgedIcon(unread, !usageLimit.isEmpty()));
    m_tray->setToolTip(m_toolTip);
}

QString TrayNotifier::toolTipFor(int unread, const QString& usageLimit)
{
    QString text = tr("Noticeboard: ");
    if (unread <= 0)
        text += tr("no unread notices");
    else if (unread == 1)
        text += tr("1 unread notice");
    else
        text += tr("%1 unread notices").arg(unread);
    if (!usageLimit.isEmpty())
        text += tr("\nUsage limit reached: %1").arg(withoutMarkup(oneLine(usageLimit)));
    return text;
}

TrayNotifier::Bubble TrayNotifier::bubbleFor(const QString& roomName, const QString& body)
{
    Bubble bubble;
    // Isolated (display_text.h): a sender's bidi override cannot reorder what the daemon
    // shows ("Pay at \u202egro.elpmaxe" would read as "Pay at example.org").
    bubble.title = roomName.trimmed().isEmpty() ? tr("New notice from your server") : withoutMarkup(quoted(roomName));
    // The first line that says something (a notice often starts with a blank line or a
    // heading), kept short: the full notice is one click away.
    static const QRegularExpression lineBreak(QStringLiteral("[\\n\\r\\x{2028}\\x{2029}\\x{85}\\v\\f]"));
    QString text;
    for (const QString& line : body.split(lineBreak)) {
        text = oneLine(line).simplified();
        if (!text.isEmpty())
            break;
    }
    if (text.size() > 200)
        text = text.left(199) + QChar(0x2026);
    bubble.text = text.isEmpty() ? QString() : withoutMarkup(isolated(text));
    return bubble;
}

} // namespace nb
