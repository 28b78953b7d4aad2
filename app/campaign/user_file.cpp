#include "campaign/user_file.h"

#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace nb::campaign {

namespace {

FileKind kindOf(mode_t mode)
{
    if (S_ISREG(mode))
        return FileKind::Regular;
    if (S_ISDIR(mode))
        return FileKind::Directory;
    if (S_ISLNK(mode))
        return FileKind::Symlink;
    if (S_ISFIFO(mode))
        return FileKind::Fifo;
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return FileKind::Device;
    if (S_ISSOCK(mode))
        return FileKind::Socket;
    return FileKind::Other;
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

FileFacts fileFacts(const QString& path, bool followLink)
{
    FileFacts facts;
    struct stat info { };
    const QByteArray name = QFile::encodeName(path);
    if ((followLink ? ::stat(name.constData(), &info) : ::lstat(name.constData(), &info)) != 0) {
        facts.error = errno == ENOENT ? 0 : errno;
        return facts;
    }
    facts.kind = kindOf(info.st_mode);
    facts.size = qint64(info.st_size);
    facts.device = info.st_dev;
    facts.inode = info.st_ino;
    return facts;
}

QString notAFileReason(const QString& what, const QString& path, const FileFacts& facts)
{
    if (facts.error)
        return QStringLiteral("%1 %2 cannot be looked at: %3.").arg(what, path, errnoText(facts.error));
    switch (facts.kind) {
    case FileKind::Missing:
    case FileKind::Regular:
        return {};
    case FileKind::Directory:
        return QStringLiteral("%1 %2 is a directory, not a file.").arg(what, path);
    case FileKind::Symlink:
        return QStringLiteral("%1 %2 is a symbolic link, which is not followed (nothing is written where it points). "
                              "Give the path of the file itself, or a new file name.")
            .arg(what, path);
    case FileKind::Fifo:
        return QStringLiteral("%1 %2 is a named pipe (FIFO), not a file.").arg(what, path);
    case FileKind::Device:
        return QStringLiteral("%1 %2 is a device, not a file.").arg(what, path);
    case FileKind::Socket:
        return QStringLiteral("%1 %2 is a socket, not a file.").arg(what, path);
    case FileKind::Other:
        break;
    }
    return QStringLiteral("%1 %2 is not a regular file.").arg(what, path);
}

std::optional<QByteArray> readUserFile(const QString& what, const QString& path, qint64 maxBytes, QString* error)
{
    const FileFacts before = fileFacts(path, true);
    if (before.kind == FileKind::Missing) {
        *error =
            before.error ? notAFileReason(what, path, before) : QStringLiteral("%1 %2 does not exist.").arg(what, path);
        return std::nullopt;
    }
    if (before.kind != FileKind::Regular) {
        *error = notAFileReason(what, path, before);
        return std::nullopt;
    }
    if (before.size > maxBytes) {
        *error = QStringLiteral("%1 %2 is %3; more than the %4 it may have.")
                     .arg(what, path, sizeText(before.size), sizeText(maxBytes));
        return std::nullopt;
    }
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        *error = QStringLiteral("Cannot read %1 %2: %3.").arg(what.toLower(), path, errnoText(errno));
        return std::nullopt;
    }
    struct stat info { };
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode) || info.st_dev != before.device
        || info.st_ino != before.inode) {
        ::close(fd);
        *error = QStringLiteral("%1 %2 changed while it was being opened; try again.").arg(what, path);
        return std::nullopt;
    }
    // Read at most one byte more than allowed: a file that grew since fstat is refused too.
    QByteArray content;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *error = QStringLiteral("Cannot read %1 %2: %3.").arg(what.toLower(), path, errnoText(errno));
            ::close(fd);
            return std::nullopt;
        }
        if (n == 0)
            break;
        content.append(buffer, n);
        if (content.size() > maxBytes) {
            *error = QStringLiteral("%1 %2 is more than the %3 it may have.").arg(what, path, sizeText(maxBytes));
            ::close(fd);
            return std::nullopt;
        }
    }
    ::close(fd);
    return content;
}

QString sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 bytes").arg(bytes);
    if (bytes < (1LL << 20))
        return QStringLiteral("%1 KiB").arg(double(bytes) / 1024.0, 0, 'f', 1);
    if (bytes < (1LL << 30))
        return QStringLiteral("%1 MiB").arg(double(bytes) / double(1LL << 20), 0, 'f', 1);
    return QStringLiteral("%1 GiB").arg(double(bytes) / double(1LL << 30), 0, 'f', 1);
}

} // namespace nb::campaign
