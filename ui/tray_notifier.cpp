#include "tray_notifier.h"

#include "display_text.h"
#include "icons.h"

#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

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
} // namespace

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
    const Bubble bubble = bubbleFor(roomName, body);
    m_tray->showMessage(bubble.title, bubble.text, icons::app(), 10000);
}

TrayNotifier::Bubble TrayNotifier::bubbleFor(const QString& roomName, const QString& body)
{
    Bubble bubble;
    bubble.title =
        roomName.trimmed().isEmpty() ? QStringLiteral("New notice from your server") : withoutMarkup(oneLine(roomName));
    // Keep the bubble short; the full notice is one click away.
    QString text = oneLine(body).simplified();
    if (text.size() > 200)
        text = text.left(199) + QChar(0x2026);
    bubble.text = withoutMarkup(text);
    return bubble;
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
