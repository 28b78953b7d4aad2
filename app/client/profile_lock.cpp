#include "profile_lock.h"

#include "private_file.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace nb {

namespace {
constexpr qint64 kUnreadableLockGraceSeconds = 3;
} // namespace

ProfileLock::ProfileLock(const QString& profileDir)
    : m_profileDir(profileDir)
    , m_lock(QDir(profileDir).filePath(QStringLiteral("profile.lock")))
{
    // 0: never stale by age, only when its process is gone (the GUI may hold it for days).
    m_lock.setStaleLockTime(0);
}

bool ProfileLock::acquire(int waitMs)
{
    m_message.clear();
    QString error;
    if (!ensurePrivateDir(m_profileDir, &error)) {
        m_message = error;
        return false;
    }
    // QLockFile records the application name and, to tell a live holder from a reused
    // process ID, compares it with the holder's executable name. noticectl calls itself
    // "noticeboard" (to share the app's folders), so the lock is taken under the real
    // executable name, or a live noticectl's lock would look stale.
    const QString appName = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(QFileInfo(QCoreApplication::applicationFilePath()).fileName());
    bool locked = m_lock.tryLock(waitMs);
    // A lock file that names nobody (empty or garbage: a crash while it was written, a
    // disk that lost it) would block the profile for ever, since it is stale only when
    // its process is gone. After a few seconds (the holder writes it right after creating
    // it) it is nobody's and is taken over.
    if (!locked && m_lock.error() == QLockFile::LockFailedError && holderPid() == 0) {
        const QFileInfo file(m_lock.fileName());
        if (file.exists() && file.lastModified().secsTo(QDateTime::currentDateTime()) > kUnreadableLockGraceSeconds
            && m_lock.removeStaleLockFile())
            locked = m_lock.tryLock(0);
    }
    QCoreApplication::setApplicationName(appName);
    if (locked)
        return true;
    const QString where = QDir::toNativeSeparators(m_profileDir);
    if (m_lock.error() == QLockFile::LockFailedError) {
        const QString who = holder();
        m_message = QCoreApplication::translate("nb::Profile",
            "The profile %1 is in use by %2. Close it or wait until it has finished, then "
            "try again.")
                        .arg(where, who.isEmpty() ? QStringLiteral("another Noticeboard process") : who);
    } else {
        m_message = QCoreApplication::translate("nb::Profile", "Cannot lock the profile %1 (%2 cannot be created).")
                        .arg(where, QDir::toNativeSeparators(m_lock.fileName()));
    }
    return false;
}

QString ProfileLock::holder() const
{
    qint64 pid = 0;
    QString host;
    QString app;
    if (!m_lock.getLockInfo(&pid, &host, &app))
        return {};
    return QStringLiteral("%1 (process %2)").arg(app.isEmpty() ? QStringLiteral("a program") : app).arg(pid);
}

qint64 ProfileLock::holderPid() const
{
    qint64 pid = 0;
    QString host;
    QString app;
    return m_lock.getLockInfo(&pid, &host, &app) ? pid : 0;
}

} // namespace nb
