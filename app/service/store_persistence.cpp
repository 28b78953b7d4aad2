#include "service/store_persistence.h"

#include <QCoreApplication>

#include "client/bounded_json.h"
#include "client/private_file.h"
#include "matrix/json_access.h"
#include "store/notice_store.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QUuid>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcPersistence, "noticeboard.persistence")

namespace nb {

using json = nlohmann::json;
using namespace json_access;

namespace {

constexpr qint64 maxFileBytes = 1024LL * 1024 * 1024;
// Events are kept as the server sent them (depth-checked then), two levels down.
constexpr int maxDepth = kMaxJsonDepth + 8;
constexpr const char* logFormat = "noticeboard-store-log";

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString fetchedAgain(const QString& path, const QString& why)
{
    return QCoreApplication::translate(
        "nb::NoticeService", "The saved notices in %1 could not be used (%2); they are fetched again from the server.")
        .arg(native(path), why);
}

// Lays the log's lines over the snapshot. False with `why` when the log is damaged; a
// log written for another snapshot (a crash between a new snapshot and the old log's
// removal) is left out, as is a torn last line.
bool replayLog(json& snapshot, const QByteArray& content, const std::string& logId, QString* why)
{
    QList<QByteArray> lines = content.split('\n');
    // split() leaves what follows the last newline: empty for a whole log, else a torn line.
    if (!lines.last().isEmpty())
        qCWarning(lcPersistence) << "Ignoring a torn last line in the notice store's log";
    lines.removeLast();
    if (lines.isEmpty())
        return true;
    const auto header = parseBoundedJson(lines.first(), nullptr, 4);
    if (!header || string(*header, "format").value_or("") != logFormat || integer(*header, "version") != 1) {
        *why = QStringLiteral("its change log is not one Noticeboard wrote");
        return false;
    }
    if (string(*header, "log_id").value_or("") != logId) {
        qCInfo(lcPersistence) << "Ignoring a change log left from an older snapshot";
        return true;
    }
    if (!objectMember(snapshot, "rooms"))
        return true; // not a saved store at all: loadSnapshot says so
    for (qsizetype i = 1; i < lines.size(); ++i) {
        auto change = parseBoundedJson(lines[i], nullptr, maxDepth);
        if (!change || !NoticeStore::applySavedChanges(snapshot, std::move(*change))) {
            *why = QStringLiteral("line %1 of its change log is damaged").arg(i + 1);
            return false;
        }
    }
    return true;
}

// A saved-notices file that could not be used does not stop anything: the server still has
// the notices. What to say is what happens next: a file the next save replaces (too large,
// another user's) goes by itself; one it cannot replace (a link, a folder) stays in the way,
// and then every start fetches everything again until the person removes it.
QString refusedFile(const PrivateRead& read, const QString& path)
{
    if (canWritePrivateFile(path))
        return read.problem + QLatin1Char(' ')
            + QCoreApplication::translate(
                "nb::NoticeService", "Your notices are fetched again from the server and saved anew.");
    return read.problem + QLatin1Char(' ')
        + QCoreApplication::translate("nb::NoticeService",
            "Your notices are fetched again from the server, but cannot be saved until it is removed: "
            "until then, every start fetches them all again.");
}

} // namespace

StorePersistence::StorePersistence(QString profileDir)
    : m_dir(std::move(profileDir))
{
}

QString StorePersistence::snapshotPath() const
{
    return QDir(m_dir).filePath(QStringLiteral("store.json"));
}

QString StorePersistence::logPath() const
{
    return QDir(m_dir).filePath(QStringLiteral("store.log"));
}

QStringList StorePersistence::load(NoticeStore& store)
{
    m_needsSnapshot = true;
    m_logBytes = 0;
    m_logId.clear();
    QStringList problems;
    // Whatever is wrong with the saved notices, the server still has them: start from an
    // empty store, whose first sync is a full one, and say so.
    auto rebuild = [&](const QString& problem) {
        store.clear();
        problems << problem;
    };
    const PrivateRead read = readPrivateFile(snapshotPath(), maxFileBytes);
    if (read.outcome == PrivateRead::Outcome::Missing)
        return problems; // a log without its snapshot describes nothing that is left
    if (read.outcome == PrivateRead::Outcome::Refused) {
        rebuild(refusedFile(read, snapshotPath()));
        return problems;
    }
    auto snapshot = parseBoundedJson(read.content, nullptr, maxDepth);
    if (!snapshot) {
        rebuild(fetchedAgain(snapshotPath(),
            read.content.isEmpty() ? QStringLiteral("the file is empty") : QStringLiteral("it is not valid JSON")));
        return problems;
    }
    const std::string logId = string(*snapshot, "log_id").value_or("");
    if (!logId.empty()) {
        const PrivateRead log = readPrivateFile(logPath(), maxFileBytes);
        if (log.outcome == PrivateRead::Outcome::Refused) {
            rebuild(refusedFile(log, logPath()));
            return problems;
        }
        QString why;
        if (log.ok() && !replayLog(*snapshot, log.content, logId, &why)) {
            rebuild(fetchedAgain(logPath(), why));
            return problems;
        }
    }
    if (!store.loadSnapshot(*snapshot)) {
        rebuild(fetchedAgain(snapshotPath(), QStringLiteral("it is not a saved notice store")));
        return problems;
    }
    // The store drops a room it cannot read and then syncs everything again rather than
    // resume past it (the room would never come back otherwise).
    if (store.nextBatch().isEmpty() && !qstring(*snapshot, "next_batch").isEmpty())
        problems << QCoreApplication::translate("nb::NoticeService",
            "Part of the saved notices in %1 could not be read; they are fetched again "
            "from the server.")
                        .arg(native(snapshotPath()));
    m_savedBatch = store.nextBatch().toStdString();
    return problems;
}

void StorePersistence::save(NoticeStore& store)
{
    const auto changes = m_needsSnapshot ? std::nullopt : store.changesSinceSave();
    if (!changes) {
        writeSnapshot(store);
        return;
    }
    const std::string batch = string(*changes, "next_batch").value_or("");
    if (changes->at("rooms").empty() && batch == m_savedBatch)
        return; // nothing new to say
    const QByteArray line = QByteArray::fromStdString(changes->dump()) + '\n';
    if (m_logBytes + line.size() > logBound() || !append(line)) {
        writeSnapshot(store);
        return;
    }
    store.markSaved();
    m_savedBatch = batch;
}

void StorePersistence::compact(NoticeStore& store)
{
    if (m_logBytes > 0)
        writeSnapshot(store);
}

bool StorePersistence::remove(QString* error)
{
    m_needsSnapshot = true;
    m_logBytes = 0;
    m_logId.clear();
    m_savedBatch.clear();
    QString snapshotError;
    QString logError;
    const bool snapshotGone = removePrivateFile(snapshotPath(), &snapshotError);
    const bool logGone = removePrivateFile(logPath(), &logError);
    if (error)
        *error = QStringList({snapshotError, logError}).join(QLatin1Char(' ')).trimmed();
    return snapshotGone && logGone;
}

// The log may grow to half the snapshot (at least 1 MiB) before it is folded into a new
// one: a snapshot of S bytes is then rewritten once per S/2 bytes of changes, so saving
// costs at most three times what changed, and loading at most 1.5 times the snapshot.
qint64 StorePersistence::logBound() const
{
    return std::max<qint64>(1024 * 1024, m_snapshotBytes / 2);
}

bool StorePersistence::writeSnapshot(NoticeStore& store)
{
    json snapshot = store.toSnapshot();
    // A fresh ID: a log written for an older snapshot (if its removal below fails, or a
    // crash comes first) no longer matches and is never laid over this one.
    const std::string logId = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    snapshot["log_id"] = logId;
    const QByteArray bytes = QByteArray::fromStdString(snapshot.dump());
    QString error;
    if (!writePrivateFile(snapshotPath(), bytes, &error)) {
        qCWarning(lcPersistence).noquote() << "Cannot save the notice store:" << error;
        m_needsSnapshot = true;
        return false;
    }
    store.markSaved();
    m_logId = logId;
    m_snapshotBytes = bytes.size();
    m_logBytes = 0;
    m_savedBatch = store.nextBatch().toStdString();
    m_needsSnapshot = false;
    if (!removePrivateFile(logPath(), &error))
        qCWarning(lcPersistence).noquote() << "Cannot remove the old change log:" << error;
    return true;
}

bool StorePersistence::append(const QByteArray& line)
{
    QString error;
    if (m_logBytes == 0) {
        // A new log appears whole, with its header, or not at all.
        const QByteArray header =
            QByteArray::fromStdString(json {{"format", logFormat}, {"version", 1}, {"log_id", m_logId}}.dump()) + '\n';
        if (!writePrivateFile(logPath(), header + line, &error)) {
            qCWarning(lcPersistence).noquote() << "Cannot start the notice store's change log:" << error;
            return false;
        }
        m_logBytes = header.size() + line.size();
        return true;
    }
    // O_NOFOLLOW: a link put in the log's place is refused by the kernel, never written through.
    const int fd = ::open(
        QFile::encodeName(logPath()).constData(), O_WRONLY | O_APPEND | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        qCWarning(lcPersistence) << "Cannot open the notice store's change log:" << ::strerror(errno);
        return false;
    }
    struct stat info { };
    // Only the log this process wrote is extended: another size means another writer.
    bool ok =
        ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_uid == ::geteuid() && info.st_size == m_logBytes;
    qsizetype done = 0;
    while (ok && done < line.size()) {
        const ssize_t n = ::write(fd, line.constData() + done, size_t(line.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        done += ok ? n : 0;
    }
    ok = ok && ::fdatasync(fd) == 0;
    ::close(fd);
    if (!ok) {
        // Whatever half line is left there is a torn last line: the snapshot written next
        // replaces the whole log.
        qCWarning(lcPersistence) << "Cannot append to the notice store's change log; writing a whole snapshot";
        return false;
    }
    m_logBytes += line.size();
    return true;
}

} // namespace nb
