#pragma once
// "Start at login": an XDG autostart entry ($XDG_CONFIG_HOME/autostart, by default
// ~/.config/autostart) that starts the app hidden in the tray, for one profile. The
// desktop reads the file at login; there is nothing else to register. The default
// profile's entry is named after the app id (io.noticeboard.Noticeboard.desktop); another
// profile gets its own entry, so turning it on for one profile leaves the others alone.
#include <QString>
#include <QStringList>

namespace nb::autostart {

// The folder the desktop reads autostart entries from.
QString directory();
// The entry for `profileDir`; `defaultProfileDir`: the profile used without --profile.
QString entryPath(const QString& profileDir, const QString& defaultProfileDir);

// One argument as the Exec key needs it (Desktop Entry Specification, "The Exec key"):
// quoted when it holds a reserved character, with the quoting and the string escapes
// applied, and % doubled. Empty when it cannot be written (a line break, a control
// character), so no entry is ever written that would run something else.
QString execArgument(const QString& argument);
// The whole file: Exec starts `program --hidden`, with `--profile DIR` unless
// `profileDir` is the default one. Empty when an argument cannot be written.
QString entryText(const QString& program, const QString& profileDir, const QString& defaultProfileDir);

bool isEnabled(const QString& profileDir, const QString& defaultProfileDir);
// Writes (atomically) or removes the entry. False and a sentence in `error` on failure.
bool setEnabled(bool enabled, const QString& program, const QString& profileDir, const QString& defaultProfileDir,
    QString* error = nullptr);

} // namespace nb::autostart
