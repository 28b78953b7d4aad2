#pragma once
// Files only the user may read (session, token): created 0600 before any byte of content
// is written, replaced atomically so a crash never leaves half a file.
#include <QByteArray>
#include <QString>

namespace nb {

bool writePrivateFile(const QString& path, const QByteArray& content, QString* error = nullptr);
// Creates the directory (and parents); a directory created here is made 0700.
bool ensurePrivateDir(const QString& dir, QString* error = nullptr);
// True when group or others may read or write the file (to warn and tighten it).
bool isExposed(const QString& path);

} // namespace nb
