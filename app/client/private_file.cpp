#include "private_file.h"

#include "client_logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace nb {

namespace {

bool fail(QString* error, const QString& text)
{
    if (error)
        *error = text;
    return false;
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

// What to tell a person about a name in the profile folder that is not an ordinary file:
// what it is, without what to do (notAFileRemedy), which depends on what was being done.
QString notAFile(const QString& path, mode_t mode)
{
    if (S_ISLNK(mode))
        return QStringLiteral("%1 is a symbolic link. Noticeboard does not follow links in its profile folder "
                              "(a link could make it read or overwrite another file).")
            .arg(native(path));
    if (S_ISDIR(mode))
        return QStringLiteral("%1 is a folder, where Noticeboard keeps a file.").arg(native(path));
    return QStringLiteral("%1 is not an ordinary file (a device, a pipe or a socket).").arg(native(path));
}

QString notAFileRemedy(mode_t mode)
{
    if (S_ISLNK(mode))
        return QStringLiteral("Remove the link, then try again.");
    if (S_ISDIR(mode))
        return QStringLiteral("Move the folder away, then try again.");
    return QStringLiteral("Remove it, then try again.");
}

QString withRemedy(const QString& problem, const QString& remedy)
{
    return problem + QLatin1Char(' ') + remedy;
}

// Closes a file descriptor on every path out.
struct Fd {
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

bool writeAll(int fd, const QByteArray& content)
{
    qsizetype done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.constData() + done, size_t(content.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

} // namespace

PrivateRead readPrivateFile(const QString& path, qint64 maxBytes)
{
    PrivateRead result;
    // O_NOFOLLOW: a link is refused by the kernel itself (ELOOP), not by a check that a
    // swap could outrun. O_NONBLOCK: a FIFO put in the file's place cannot hang us.
    Fd file {::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)};
    if (file.fd < 0) {
        const int code = errno;
        if (code == ENOENT)
            return result; // Missing
        result.outcome = PrivateRead::Outcome::Refused;
        if (code == ELOOP) {
            result.problem = notAFile(path, S_IFLNK);
            result.error = withRemedy(result.problem, notAFileRemedy(S_IFLNK));
        } else {
            result.error = result.problem = QStringLiteral("Cannot read %1: %2.").arg(native(path), systemError(code));
        }
        return result;
    }
    struct stat info { };
    result.outcome = PrivateRead::Outcome::Refused;
    if (::fstat(file.fd, &info) != 0) {
        result.error = result.problem = QStringLiteral("Cannot read %1: %2.").arg(native(path), systemError(errno));
        return result;
    }
    if (!S_ISREG(info.st_mode)) {
        result.problem = notAFile(path, info.st_mode);
        result.error = withRemedy(result.problem, notAFileRemedy(info.st_mode));
        return result;
    }
    if (info.st_uid != ::geteuid()) {
        result.problem =
            QStringLiteral("%1 belongs to another user, so Noticeboard does not use it.").arg(native(path));
        result.error = withRemedy(result.problem, QStringLiteral("Remove it, then try again."));
        return result;
    }
    if (info.st_size > maxBytes) {
        result.error = result.problem =
            QStringLiteral("%1 is far larger than Noticeboard ever writes it (%2 bytes), so it is not used.")
                .arg(native(path))
                .arg(qint64(info.st_size));
        return result;
    }
    if (info.st_mode & (S_IRWXG | S_IRWXO)) {
        qCWarning(lcSession).noquote() << "others could read" << native(path) << "; making it private";
        ::fchmod(file.fd, S_IRUSR | S_IWUSR); // on the open file: never through a name
    }
    QByteArray content;
    content.resize(qsizetype(info.st_size));
    qsizetype got = 0;
    while (true) {
        if (got == content.size())
            content.resize(got + 4096); // the file grew since fstat; still bounded below
        const ssize_t n = ::read(file.fd, content.data() + got, size_t(content.size() - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            result.error = result.problem = QStringLiteral("Cannot read %1: %2.").arg(native(path), systemError(errno));
            return result;
        }
        if (n == 0)
            break;
        got += n;
        if (got > maxBytes) {
            result.error = result.problem =
                QStringLiteral("%1 is far larger than Noticeboard ever writes it, so it is not used.")
                    .arg(native(path));
            return result;
        }
    }
    content.truncate(got);
    result.outcome = PrivateRead::Outcome::Read;
    result.content = std::move(content);
    return result;
}

bool writePrivateFile(const QString& path, const QByteArray& content, QString* error)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (!ensurePrivateDir(dir, error))
        return false;
    const QByteArray name = QFile::encodeName(path);
    struct stat existing { };
    if (::lstat(name.constData(), &existing) == 0 && !S_ISREG(existing.st_mode))
        return fail(error, withRemedy(notAFile(path, existing.st_mode), notAFileRemedy(existing.st_mode)));

    // mkostemp creates the file new (O_EXCL) with mode 0600 before any byte is written.
    QByteArray temporary = name + ".XXXXXX";
    Fd file {::mkostemp(temporary.data(), O_CLOEXEC)};
    if (file.fd < 0)
        return fail(error, QStringLiteral("Cannot write in %1: %2.").arg(native(dir), systemError(errno)));
    const bool written = writeAll(file.fd, content) && ::fsync(file.fd) == 0;
    const int writeError = errno;
    ::close(file.fd);
    file.fd = -1;
    if (!written) {
        ::unlink(temporary.constData());
        return fail(error, QStringLiteral("Cannot write %1: %2.").arg(native(path), systemError(writeError)));
    }
    // rename() replaces whatever name is there, a link included, without following it.
    if (::rename(temporary.constData(), name.constData()) != 0) {
        const int code = errno;
        ::unlink(temporary.constData());
        if (::lstat(name.constData(), &existing) == 0 && !S_ISREG(existing.st_mode))
            return fail(error, withRemedy(notAFile(path, existing.st_mode), notAFileRemedy(existing.st_mode)));
        return fail(error, QStringLiteral("Cannot write %1: %2.").arg(native(path), systemError(code)));
    }
    // The new name must survive a power cut too: sync the folder that holds it.
    Fd folder {::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
    if (folder.fd >= 0)
        ::fsync(folder.fd);
    return true;
}

bool canWritePrivateFile(const QString& path, QString* error)
{
    if (!ensurePrivateDir(QFileInfo(path).absolutePath(), error))
        return false;
    struct stat existing { };
    if (::lstat(QFile::encodeName(path).constData(), &existing) == 0 && !S_ISREG(existing.st_mode))
        return fail(error, withRemedy(notAFile(path, existing.st_mode), notAFileRemedy(existing.st_mode)));
    return true;
}

bool removePrivateFile(const QString& path, QString* error)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat existing { };
    if (::lstat(name.constData(), &existing) != 0)
        return errno == ENOENT
            || fail(error, QStringLiteral("Cannot remove %1: %2.").arg(native(path), systemError(errno)));
    if (!S_ISREG(existing.st_mode))
        return fail(error, withRemedy(notAFile(path, existing.st_mode), notAFileRemedy(existing.st_mode)));
    if (::unlink(name.constData()) != 0 && errno != ENOENT)
        return fail(error, QStringLiteral("Cannot remove %1: %2.").arg(native(path), systemError(errno)));
    return true;
}

bool ensurePrivateDir(const QString& dir, QString* error)
{
    const QByteArray name = QFile::encodeName(dir);
    struct stat info { };
    if (::stat(name.constData(), &info) != 0) {
        if (errno != ENOENT)
            return fail(error, QStringLiteral("Cannot use the folder %1: %2.").arg(native(dir), systemError(errno)));
        const QString parent = QFileInfo(dir).absolutePath();
        if (!QDir().mkpath(parent) || (::mkdir(name.constData(), S_IRWXU) != 0 && errno != EEXIST))
            return fail(error, QStringLiteral("Cannot create the folder %1.").arg(native(dir)));
        if (::stat(name.constData(), &info) != 0)
            return fail(error, QStringLiteral("Cannot create the folder %1.").arg(native(dir)));
    }
    // stat(), not lstat(): the folder may be reached through a link; the folder itself
    // is what must be the user's and closed to others.
    if (!S_ISDIR(info.st_mode))
        return fail(error, QStringLiteral("%1 is not a folder.").arg(native(dir)));
    if (info.st_uid != ::geteuid())
        return fail(error,
            QStringLiteral("The profile folder %1 belongs to another user. Noticeboard keeps your session only "
                           "in a folder of yours; choose another one.")
                .arg(native(dir)));
    // Group-writable is tolerated only for the user's own primary group (a private
    // group where the default umask is 002); anything wider lets others swap our files.
    const bool othersMayWrite = (info.st_mode & S_IWOTH) || ((info.st_mode & S_IWGRP) && info.st_gid != ::getegid());
    if (othersMayWrite)
        return fail(error,
            QStringLiteral("Other users may write to the profile folder %1 and could replace Noticeboard's files "
                           "there. Make it private (chmod 700 %1) or choose another folder.")
                .arg(native(dir)));
    return true;
}

} // namespace nb
