#include "background_settings.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace nb {

BackgroundSettings::BackgroundSettings(const BackgroundChoices& choices, bool trayAvailable, QWidget* parent)
    : QGroupBox(tr("Running in the background"), parent)
    , m_keepInTray(new QCheckBox(tr("Keep running in the tray when the window is closed"), this))
    , m_notifications(new QCheckBox(tr("Show a desktop notification for each new notice"), this))
    , m_startAtLogin(new QCheckBox(tr("Start at login, in the tray"), this))
{
    setObjectName(QStringLiteral("backgroundSettings"));
    m_keepInTray->setObjectName(QStringLiteral("keepRunningInTrayCheck"));
    m_notifications->setObjectName(QStringLiteral("notificationsCheck"));
    m_startAtLogin->setObjectName(QStringLiteral("startAtLoginCheck"));
    m_keepInTray->setChecked(choices.keepRunningInTray);
    m_notifications->setChecked(choices.notifications);
    m_startAtLogin->setChecked(choices.startAtLogin);
    m_keepInTray->setToolTip(tr("Notices keep arriving while the window is closed. Quit from the "
                                "Noticeboard menu or the tray icon\u2019s menu."));
    m_startAtLogin->setToolTip(tr("Noticeboard starts when you log in to this computer, without "
                                  "opening its window, so notices reach you from the start."));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_keepInTray);
    if (!trayAvailable) {
        auto* noTray = new QLabel(tr("This desktop has no system tray at the moment: closing the "
                                     "window quits Noticeboard."),
            this);
        noTray->setObjectName(QStringLiteral("noTrayNote"));
        noTray->setWordWrap(true);
        noTray->setEnabled(false); // shown greyed, as a note
        layout->addWidget(noTray);
    }
    layout->addWidget(m_notifications);
    layout->addWidget(m_startAtLogin);
}

BackgroundChoices BackgroundSettings::choices() const
{
    return {m_keepInTray->isChecked(), m_notifications->isChecked(), m_startAtLogin->isChecked()};
}

} // namespace nb
