#pragma once
// This machine's desktop preferences for one profile: whether closing the window keeps
// the app in the tray, whether new notices raise a desktop notification, whether the
// tray was already explained, and where the windows and their splitters were. They
// describe this desktop, not the account, so they live in the profile folder
// (desktop.ini) rather than with the account settings the service keeps.
//
// desktop.ini is a profile file like the others (private_file.h): QSettings never opens it.
// It parses and writes a private working copy; desktop.ini is read once, bounded and
// without following links, and written by writePrivateFile (a new 0600 file renamed over
// the name), so a link planted while the app runs is refused, not written through. A file
// that is not ours (keys outside our groups: garbage, another program's text) is left
// byte for byte as it is and the choices live in memory for this run, with a warning.
#include <QByteArray>
#include <QString>
#include <memory>

class QSettings;
class QTemporaryFile;

namespace nb {

class DesktopSettings {
public:
    // `filePath`: the INI file to read and write, usually fileIn(profileDir).
    explicit DesktopSettings(const QString& filePath);
    ~DesktopSettings();
    DesktopSettings(const DesktopSettings&) = delete;
    DesktopSettings& operator=(const DesktopSettings&) = delete;

    static QString fileIn(const QString& profileDir);

    // Closing the window keeps the app running in the tray (when there is one). On by default.
    bool keepsRunningInTray() const;
    void setKeepsRunningInTray(bool keep);
    // A desktop notification for each new notice. On by default.
    bool showsNotifications() const;
    void setShowsNotifications(bool show);
    // The person was told once that closing keeps the app in the tray.
    bool trayWasExplained() const;
    void setTrayWasExplained(bool explained);

    // QWidget::saveGeometry() of the inbox window; empty until first saved.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    // QSplitter::saveState() by the splitter's object name.
    QByteArray splitterState(const QString& name) const;
    void setSplitterState(const QString& name, const QByteArray& state);

    void sync(); // writes pending changes now (they are written on destruction anyway)

private:
    QString m_path; // desktop.ini; empty when it may not be written (refused or not ours)
    std::unique_ptr<QTemporaryFile> m_workingCopy; // what QSettings reads and writes
    std::unique_ptr<QSettings> m_settings;
    QByteArray m_written; // desktop.ini as last read or written: unchanged means no write
    bool m_warned = false;
};

} // namespace nb
