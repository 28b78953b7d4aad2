#include "desktop_settings.h"

#include "client/private_file.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSettings>
#include <QTemporaryFile>

#include <algorithm>

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

// Noticeboard writes keys in three groups (a later version may add keys there); a file
// with anything else (keys outside them, or garbage parsed as keys) is not ours.
bool onlyOurKeys(const QSettings& settings)
{
    const QStringList keys = settings.allKeys();
    return std::all_of(keys.cbegin(), keys.cend(), [](const QString& key) {
        const QString group = key.section(QLatin1Char('/'), 0, 0, QString::SectionIncludeTrailingSep);
        return key.size() > group.size()
            && (group == QLatin1String("background/") || group == QLatin1String("window/") || group == kSplitters);
    });
}

const char* const kNotKept = "The window layout and the tray choices are not kept until it is removed.";
} // namespace

DesktopSettings::DesktopSettings(const QString& filePath)
    : m_workingCopy(
        std::make_unique<QTemporaryFile>(QDir::temp().filePath(QStringLiteral("noticeboard-desktop-XXXXXX.ini"))))
{
    // A FIFO would hang the start in open(), a link would be read and then replaced, a
    // folder or a huge file cannot be ours: readPrivateFile refuses them all.
    const PrivateRead read = readPrivateFile(filePath, kMaxFileBytes);
    if (read.outcome == PrivateRead::Outcome::Refused)
        qCWarning(lcDesktop).noquote() << read.error << kNotKept;
    else
        m_path = filePath;
    if (m_workingCopy->open()) { // 0600, in the temporary folder
        if (read.ok())
            m_workingCopy->write(read.content);
        m_workingCopy->close();
    }
    m_settings = std::make_unique<QSettings>(m_workingCopy->fileName(), QSettings::IniFormat);
    if (read.ok() && (m_settings->status() != QSettings::NoError || !onlyOurKeys(*m_settings))) {
        qCWarning(lcDesktop).noquote() << QStringLiteral(
            "%1 is not Noticeboard's (it holds other settings than the window layout and the "
            "tray choices), so it is left as it is.")
                                              .arg(QDir::toNativeSeparators(filePath))
                                       << kNotKept;
        m_settings->clear();
        m_path.clear();
    }
    m_written = read.content;
}

DesktopSettings::~DesktopSettings()
{
    sync();
}

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
    if (m_path.isEmpty())
        return;
    QFile working(m_workingCopy->fileName());
    if (!working.open(QIODevice::ReadOnly))
        return;
    const QByteArray content = working.readAll();
    if (content == m_written)
        return;
    QString error;
    if (writePrivateFile(m_path, content, &error)) {
        m_written = content;
        return;
    }
    if (!m_warned) // once: sync runs at every change of the layout
        qCWarning(lcDesktop).noquote() << error << "The window layout and the tray choices of this run are not kept.";
    m_warned = true;
}

} // namespace nb
