#include "profile_lock.h"

#include "private_file.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QSysInfo>
#include <QThread>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace nb {

namespace {
constexpr int kRetryMs = 100;
// What the holder writes is a line or three; anything longer is not a holder's note.
constexpr qsizetype kMaxLockFileBytes = 512;
constexpr qsizetype kMaxNameChars = 64;

// A name read from the file goes into a message box and a terminal: printable only.
QString printableName(const QByteArray& line)
{
    QString name;
    for (const QChar c : QString::fromUtf8(line))
        if (c.isPrint())
            name += c;
    return name.left(kMaxNameChars);
}

bool sameFile(const struct stat& a, const struct stat& b)
{
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}
} // namespace

ProfileLock::ProfileLock(const QString& profileDir)
    : m_profileDir(profileDir)
    , m_path(QDir(profileDir).filePath(QStringLiteral("profile.lock")))
{
}

ProfileLock::~ProfileLock()
{
    release();
}

bool ProfileLock::acquire(int waitMs)
{
    if (isHeld())
        return true;
    m_message.clear();
    QString error;
    if (!ensurePrivateDir(m_profileDir, &error)) {
        m_heldByOther = false;
        m_message = error;
        return false;
    }
    const QDeadlineTimer deadline(waitMs);
    for (;;) {
        const Attempt attempt = tryOnce();
        if (attempt == Attempt::Locked)
            return true;
        if (attempt == Attempt::Failed || deadline.hasExpired())
            break;
        QThread::msleep(kRetryMs);
    }
    if (m_heldByOther) {
        const QString who = holder();
        m_message = QCoreApplication::translate("nb::Profile",
            "The profile %1 is in use by %2. Close it or wait until it has finished, then "
            "try again.")
                        .arg(QDir::toNativeSeparators(m_profileDir),
                            who.isEmpty() ? QStringLiteral("another Noticeboard process") : who);
    }
    return false;
}

ProfileLock::Attempt ProfileLock::tryOnce()
{
    m_heldByOther = false;
    const QByteArray path = QFile::encodeName(m_path);
    // O_NOFOLLOW: a link planted as profile.lock is refused, never followed. O_NONBLOCK: a
    // FIFO in its place does not hang the open.
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0600);
    const int openError = errno;
    if (fd < 0 && openError != ELOOP && openError != EISDIR) {
        m_message = QCoreApplication::translate("nb::Profile", "Cannot lock the profile %1 (%2 cannot be created).")
                        .arg(QDir::toNativeSeparators(m_profileDir), QDir::toNativeSeparators(m_path));
        return Attempt::Failed;
    }
    struct stat opened { };
    if (fd < 0 || ::fstat(fd, &opened) != 0 || !S_ISREG(opened.st_mode) || opened.st_uid != ::geteuid()) {
        if (fd >= 0)
            ::close(fd);
        m_message = QCoreApplication::translate(
            "nb::Profile", "Cannot lock the profile %1: %2 is not an ordinary file of yours. Remove it and try again.")
                        .arg(QDir::toNativeSeparators(m_profileDir), QDir::toNativeSeparators(m_path));
        return Attempt::Failed;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int lockError = errno;
        if (lockError == EWOULDBLOCK) {
            m_heldByOther = true;
            readHolder(fd);
            ::close(fd);
            return Attempt::Busy;
        }
        ::close(fd);
        m_message = QCoreApplication::translate("nb::Profile", "Cannot lock the profile %1 (%2 cannot be created).")
                        .arg(QDir::toNativeSeparators(m_profileDir), QDir::toNativeSeparators(m_path));
        return Attempt::Failed;
    }
    // Locked, but perhaps a file its holder removed on release after we opened it: then
    // the lock is on a file nobody else will look at, and the current one is tried next.
    struct stat named { };
    if (::lstat(path.constData(), &named) != 0 || !sameFile(opened, named)) {
        ::close(fd);
        return Attempt::Busy;
    }
    // Who holds it, for whoever waits: QLockFile's layout (process ID, program, host).
    const QByteArray note = QByteArray::number(QCoreApplication::applicationPid()) + '\n'
        + QFile::encodeName(QFileInfo(QCoreApplication::applicationFilePath()).fileName()) + '\n'
        + QSysInfo::machineHostName().toUtf8() + '\n';
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, note.constData(), size_t(note.size()), 0) != note.size()) {
        // The lock holds all the same; the note only helps the message of whoever waits.
    }
    m_fd = fd;
    m_holderPid = 0;
    m_holderApp.clear();
    return Attempt::Locked;
}

void ProfileLock::readHolder(int fd)
{
    char buffer[kMaxLockFileBytes];
    const ssize_t got = ::pread(fd, buffer, sizeof buffer, 0);
    const QList<QByteArray> lines = QByteArray(buffer, got > 0 ? qsizetype(got) : 0).split('\n');
    bool numeric = false;
    const qint64 pid = lines.value(0).trimmed().toLongLong(&numeric);
    m_holderPid = numeric && pid > 0 ? pid : 0;
    m_holderApp = m_holderPid > 0 ? printableName(lines.value(1)) : QString();
}

void ProfileLock::release()
{
    if (m_fd < 0)
        return;
    // Removed while still locked (see the header), then unlocked by closing.
    ::unlink(QFile::encodeName(m_path).constData());
    ::close(m_fd);
    m_fd = -1;
}

QString ProfileLock::holder() const
{
    if (m_holderPid <= 0)
        return {};
    return QStringLiteral("%1 (process %2)")
        .arg(m_holderApp.isEmpty() ? QStringLiteral("a program") : m_holderApp)
        .arg(m_holderPid);
}

} // namespace nb
