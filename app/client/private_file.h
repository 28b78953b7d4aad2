#pragma once
// Files in the profile folder (session, token, settings, saved notices): only the user
// may read them, a crash never leaves half a file, and a symbolic link (or anything else
// that is not an ordinary file of the user's) is never followed. A token.json planted as
// a link to another file must not make us read, chmod or overwrite that file.
//
// The profile folder itself may be a link (people move ~/.local/share to another disk):
// what is checked is the folder it leads to, which must belong to the user and must not
// be writable by anyone else, since whoever can write there could swap our files.
#include <QByteArray>
#include <QString>

namespace nb {

struct PrivateRead {
    enum class Outcome {
        Read, // `content` holds the file
        Missing, // no such file: a normal first start
        Refused, // a link, a folder, another user's file, too large, unreadable: `error` says which
    };
    Outcome outcome = Outcome::Missing;
    QByteArray content;
    QString error; // for people: what is wrong with the file and what to do
    QString problem; // the same without what to do, for a caller that carries on without the file

    bool ok() const { return outcome == Outcome::Read; }
};

// Opens without following links; refuses anything but an ordinary file of the user's
// of at most `maxBytes`. A file others could read is narrowed to 0600 (on the open file,
// never by name).
PrivateRead readPrivateFile(const QString& path, qint64 maxBytes);

// Writes `content` to a new 0600 file beside `path`, syncs it and renames it over `path`
// (a rename replaces a name, it never writes through a link). Refuses when `path` exists
// and is not an ordinary file (a link, a folder, a FIFO): false and `error`.
bool writePrivateFile(const QString& path, const QByteArray& content, QString* error = nullptr);

// True when writePrivateFile(path) would not be refused for what stands at `path` (nothing,
// or an ordinary file) and its folder is usable: checked before a login creates anything
// on the server that these files must then hold.
bool canWritePrivateFile(const QString& path, QString* error = nullptr);

// Removes `path` if it is an ordinary file; a missing file is success. Refuses links
// and folders (they are not ours to remove).
bool removePrivateFile(const QString& path, QString* error = nullptr);

// Creates the folder (0700, parents as needed), or checks an existing one: it must be a
// folder of the user's that no one else may write to.
bool ensurePrivateDir(const QString& dir, QString* error = nullptr);

} // namespace nb
