#include "desktop_settings.h"

#include "client/private_file.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSettings>

Q_LOGGING_CATEGORY(lcDesktop, "noticeboard.desktop", QtInfoMsg)

namespace nb {

namespace {
const QString kKeepInTray = QStringLiteral("background/keepRunningInTray");
const QString kNotifications = QStringLiteral("background/notifications");
const QString kTrayExplained = QStringLiteral("background/trayExplained");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kSplitters = QStringLiteral("splitters/");
} // namespace

namespace {
// Ours is a few hundred bytes; anything far larger is not ours, and parsing it would only
// slow the start.
constexpr qint64 kMaxFileBytes = 1 << 20;

// The file QSettings may read and write: `filePath` when it is an ordinary file of the
// user's (or missing), the same rule as the profile's other files (private_file.h). A FIFO
// would hang the start in open(), a link would be read and then replaced by a file, a
// folder or a huge file cannot be ours; then the choices are kept in memory only, for this
// run, and the file is left alone. (Checked, then opened by QSettings: only the user can
// swap files in the private profile folder in between.)
QString usableFile(const QString& filePath)
{
    const PrivateRead read = readPrivateFile(filePath, kMaxFileBytes);
    if (read.outcome != PrivateRead::Outcome::Refused)
        return filePath;
    qCWarning(lcDesktop).noquote() << read.error << "The window layout and the tray choices are not kept"
                                   << "until it is removed.";
    return {};
}
} // namespace

DesktopSettings::DesktopSettings(const QString& filePath)
    : m_settings(std::make_unique<QSettings>(usableFile(filePath), QSettings::IniFormat))
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
