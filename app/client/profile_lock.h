#pragma once
// One process writes a profile at a time: the GUI for as long as it runs, or one
// noticectl command. The session, the token file, the settings and the saved notices
// are each replaced atomically, but two writers would still undo each other (a store
// saved by one after the other forgot a room, a login overwritten by an older session),
// so whoever does not hold the lock waits, and then says who holds it.
//
// The lock is the kernel's (flock) on profile.lock in the profile folder: whoever holds
// it owns the profile, and the kernel drops it when its holder ends, however it ends
// (kill -9, a crash; a power cut leaves no lock at all). The file's contents (process ID
// and program name) only say who holds it; they never decide anything. A PID in the file
// that happens to be ours (every start in a PID namespace - Flatpak, bwrap, firejail -
// is process 2) or a live stranger's therefore never blocks, nor does an empty or
// garbled file.
//
// Released, the file is removed while still locked: a process that opened the old file
// meanwhile sees, once it gets the lock, that the name now leads elsewhere (or nowhere),
// and tries again on the current file, so two holders can never each lock a different one.
#include <QString>

namespace nb {

class ProfileLock {
public:
    explicit ProfileLock(const QString& profileDir);
    ~ProfileLock(); // releases
    ProfileLock(const ProfileLock&) = delete;
    ProfileLock& operator=(const ProfileLock&) = delete;

    // Tries for up to `waitMs`. False when another live process holds the lock, or the
    // profile folder cannot be used; message() then says which, in words.
    bool acquire(int waitMs);
    void release();
    bool isHeld() const { return m_fd >= 0; }
    // The last acquire() failed because another process holds the lock (not because
    // the folder or the lock file is unusable).
    bool heldByOther() const { return m_heldByOther; }
    // The other holder as its lock file names it, "noticectl (process 1234)"; empty when
    // it has not said yet.
    QString holder() const;
    qint64 holderPid() const { return m_holderPid; }
    QString message() const { return m_message; }
    QString profileDir() const { return m_profileDir; }
    QString fileName() const { return m_path; }

private:
    enum class Attempt { Locked, Busy, Failed };
    Attempt tryOnce();
    void readHolder(int fd);

    QString m_profileDir;
    QString m_path;
    int m_fd = -1;
    bool m_heldByOther = false;
    qint64 m_holderPid = 0;
    QString m_holderApp;
    QString m_message;
};

} // namespace nb
