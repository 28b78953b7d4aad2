#include "desktop_settings.h"

#include <QDir>
#include <QSettings>

namespace nb {

namespace {
const QString kKeepInTray = QStringLiteral("background/keepRunningInTray");
const QString kNotifications = QStringLiteral("background/notifications");
const QString kTrayExplained = QStringLiteral("background/trayExplained");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kSplitters = QStringLiteral("splitters/");
} // namespace

DesktopSettings::DesktopSettings(const QString& filePath)
    : m_settings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{
}

DesktopSettings::~DesktopSettings() = default;

QString DesktopSettings::fileIn(const QString& profileDir)
{
    return QDir(profileDir).filePath(QStringLiteral("desktop.ini"));
}

bool DesktopSettings::keepsRunningInTray() const
{
    return m_settings->value(kKeepInTray, true).toBool();
}
void DesktopSettings::setKeepsRunningInTray(bool keep)
{
    m_settings->setValue(kKeepInTray, keep);
}

bool DesktopSettings::showsNotifications() const
{
    return m_settings->value(kNotifications, true).toBool();
}
void DesktopSettings::setShowsNotifications(bool show)
{
    m_settings->setValue(kNotifications, show);
}

bool DesktopSettings::trayWasExplained() const
{
    return m_settings->value(kTrayExplained, false).toBool();
}
void DesktopSettings::setTrayWasExplained(bool explained)
{
    m_settings->setValue(kTrayExplained, explained);
}

QByteArray DesktopSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}
void DesktopSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

QByteArray DesktopSettings::splitterState(const QString& name) const
{
    return m_settings->value(kSplitters + name).toByteArray();
}
void DesktopSettings::setSplitterState(const QString& name, const QByteArray& state)
{
    m_settings->setValue(kSplitters + name, state);
}

void DesktopSettings::sync()
{
    m_settings->sync();
}

} // namespace nb
