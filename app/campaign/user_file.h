#pragma once
// Files the user names (a campaign journal, a recipient list) are checked for what they
// are before they are read or written: a typo may name a device (/dev/zero reads
// forever, /dev/full too), a FIFO (an open for reading waits for a writer that never
// comes), a directory, a link to some other file, or a file far too big to be ours.
// Nothing here ever blocks, writes or follows a link it was told not to.
#include <QByteArray>
#include <QString>
#include <optional>
#include <sys/types.h>

namespace nb::campaign {

enum class FileKind { Missing, Regular, Directory, Symlink, Fifo, Device, Socket, Other };

struct FileFacts {
    FileKind kind = FileKind::Missing;
    qint64 size = 0;
    dev_t device = 0;
    ino_t inode = 0;
    int error = 0; // errno of a failed stat other than "no such file" (then kind is Missing)
};

// lstat (followLink false: a symlink is reported as one) or stat.
FileFacts fileFacts(const QString& path, bool followLink);

// Why `path`, which is `facts`, is not a file the user can mean here, in words (empty for
// a regular file or a missing one). `what` names its role: "The journal", "The recipient list".
QString notAFileReason(const QString& what, const QString& path, const FileFacts& facts);

// Reads a regular file (links followed) of at most maxBytes without blocking: it is
// checked with stat before it is opened (opening some devices has effects), opened with
// O_NONBLOCK, and checked again with fstat (the same file, still regular).
std::optional<QByteArray> readUserFile(const QString& what, const QString& path, qint64 maxBytes, QString* error);

// How many bytes a recipient list may have: a million Matrix IDs fit in 64 MiB.
inline constexpr qint64 maxRecipientFileBytes = 64LL << 20;

// "12.0 MiB", for the messages above.
QString sizeText(qint64 bytes);

} // namespace nb::campaign
