#pragma once
// Saves the NoticeStore in the profile folder, so that a restart resumes from the saved
// sync token instead of fetching everything again.
//
// A large account's store is megabytes, and a sync usually changes one room. So the whole
// store (store.json, a snapshot) is written rarely: on the first save of a process, when
// the log below has grown past half the snapshot, when content was withdrawn (a redacted
// notice must leave the disk, not only be superseded there), and at shutdown. Between
// snapshots each save appends one line to store.log: the rooms it changed and the sync
// token, in the shape of a snapshot laid over the one before. Loading reads the snapshot
// and replays the log; a torn last line (a crash during an append) is ignored, anything
// else wrong with the log makes the store start empty and fetch everything again, as a
// damaged snapshot does.
//
// Both files are the user's private mail: mode 0600, written and read without following
// links (client/private_file.h), every write synced before it counts.
#include <QString>
#include <QStringList>
#include <string>

namespace nb {

class NoticeStore;

class StorePersistence {
public:
    explicit StorePersistence(QString profileDir);

    // Reads store.json and store.log into `store`. What was wrong with them, in words for
    // the user (the store then starts empty, or without the unreadable rooms, and the
    // server sends them again); empty when all was well.
    QStringList load(NoticeStore& store);
    // After a sync or an action: appends what changed, or writes a new snapshot.
    void save(NoticeStore& store);
    // Folds the log into a new snapshot (at shutdown: the next start reads one file).
    void compact(NoticeStore& store);
    // A logout or a new login: both files go. False, with `error`, when one could not.
    bool remove(QString* error = nullptr);

    QString snapshotPath() const;
    QString logPath() const;

private:
    bool writeSnapshot(NoticeStore& store);
    bool append(const QByteArray& line);
    qint64 logBound() const;

    QString m_dir;
    std::string m_logId; // named by the current snapshot; the log's header must name it too
    qint64 m_snapshotBytes = 0;
    qint64 m_logBytes = 0; // 0: no log yet since the snapshot
    std::string m_savedBatch; // the sync token on disk
    // Until this process has written a snapshot, the disk may hold what a load had to
    // repair (a dropped room, a torn log line, a stale log): the first save rewrites it.
    bool m_needsSnapshot = true;
};

} // namespace nb
