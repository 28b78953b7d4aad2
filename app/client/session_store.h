#pragma once
// Which account was last logged in (session.json in the profile folder). The GUI and the
// command-line tool share one profile folder, so either resumes the other's session.
#include "session.h"

#include <QString>
#include <optional>

namespace nb {

class SessionStore {
public:
    explicit SessionStore(QString profileDir);

    // The saved session without its token (accessToken is empty); nullopt when none, or
    // when the file cannot be used: then `problem` says why in words (a link, a folder,
    // damaged content), and stays empty when there simply is no saved session.
    std::optional<Session> load(QString* problem = nullptr) const;
    // Writes everything but the token, 0600. False (and `error`) when it could not.
    bool save(const Session& session, QString* error = nullptr) const;
    // Removes the session file (never a link or a folder in its place: false and `error`).
    bool clear(QString* error = nullptr) const;

    QString profileDir() const { return m_profileDir; }
    QString sessionFile() const;
    // $NOTICEBOARD_PROFILE, else the app data folder of organisation "Noticeboard",
    // application "noticeboard" (~/.local/share/Noticeboard/noticeboard on Linux),
    // computed without depending on the running application's own names.
    static QString defaultProfileDir();

private:
    QString m_profileDir;
};

} // namespace nb
