#pragma once
// One process writes a profile at a time: the GUI for as long as it runs, or one
// noticectl command. The session, the token file, the settings and the saved notices
// are each replaced atomically, but two writers would still undo each other (a store
// saved by one after the other forgot a room, a login overwritten by an older session),
// so whoever does not hold the lock waits, and then says who holds it.
//
// A QLockFile in the profile folder, holding the owner's process ID: a lock left by a
// process that was killed (kill -9, a crash, a power cut) is taken over at once, since
// that process is gone. A live holder is never considered stale, however long it runs.
#include <QLockFile>
#include <QString>

namespace nb {

class ProfileLock {
public:
    explicit ProfileLock(const QString& profileDir);

    // Tries for up to `waitMs`. False when another live process holds the lock, or the
    // profile folder cannot be used; message() then says which, in words.
    bool acquire(int waitMs);
    bool isHeld() const { return m_lock.isLocked(); }
    // The other holder, "noticectl (process 1234)"; empty when unknown.
    QString holder() const;
    qint64 holderPid() const;
    QString message() const { return m_message; }
    QString profileDir() const { return m_profileDir; }

private:
    QString m_profileDir;
    QLockFile m_lock;
    QString m_message;
};

} // namespace nb
