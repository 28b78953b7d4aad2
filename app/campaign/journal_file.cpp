// The campaign journal's file: what may be opened as one, how a new one is made, and how
// records are appended. The journal is named by the user (noticectl --journal, the
// Admin tab's journal field), so a typo can name any file; the rule here is that bad
// input costs nothing:
// - An existing file is written to only when it is proven to be a journal: a regular
//   file, not reached through a symbolic link, of a plausible size, whose first complete
//   line is a journal header. Everything is checked before the first write of any kind
//   (also the repair of a torn last line); a refused file is left byte for byte as it was.
// - A new journal appears under its name already holding its complete header
//   (written and fsync'd in an unnamed file, O_TMPFILE, then linked in; where the file
//   system has no O_TMPFILE, a hidden temporary file made with O_CREAT|O_EXCL). link()
//   never replaces anything, so a file that appeared meanwhile is not touched either.
//   The mode is 0600 (the recipients and the text are nobody else's business) and the
//   directory is fsync'd, so the name survives a power cut.
// - An existing EMPTY file is refused. Because of the rule above, no journal is ever
//   empty, not even after a kill or a power cut during its creation; an empty file is
//   therefore someone else's (made by `touch`, a placeholder a program left, a typo for
//   another name) and writing into it would change it. The message says how to go on.
// - Devices (/dev/null, /dev/zero, /dev/full), FIFOs, sockets and directories are refused
//   from lstat alone; the file is opened with O_NOFOLLOW|O_NONBLOCK and checked again
//   with fstat, so a swap between the look and the open is caught and nothing blocks.
#include "campaign/campaign_journal.h"
#include "campaign/user_file.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace nb::campaign {

using json = nlohmann::json;

namespace {

const QString journalWord = QStringLiteral("The journal");

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QByteArray native(const QString& path)
{
    return QFile::encodeName(path);
}

// A free name is fine when its folder exists (the file itself is made by writeHeader).
QString freeNameProblem(const QString& path, const FileFacts& facts)
{
    if (facts.error)
        return notAFileReason(journalWord, path, facts);
    const QString folder = QFileInfo(path).absolutePath();
    if (fileFacts(folder, true).kind != FileKind::Directory)
        return QStringLiteral("The folder %1 for the journal does not exist.").arg(folder);
    return {};
}

// Why the existing `path` (lstat: `facts`) cannot be a journal, from what it is alone.
QString notAJournalFile(const QString& path, const FileFacts& facts)
{
    if (QString why = notAFileReason(journalWord, path, facts); !why.isEmpty())
        return why;
    if (facts.size == 0)
        return QStringLiteral("The journal %1 is an empty file. Noticeboard never leaves an empty journal, so this "
                              "file is not one of its journals and is left as it is; give a new file name "
                              "(or delete the empty file if you made it).")
            .arg(path);
    if (facts.size > CampaignJournal::maxBytes)
        return QStringLiteral("%1 is %2, far larger than a campaign journal; it is not one and is left as it is.")
            .arg(path, sizeText(facts.size));
    return {};
}

QString notAJournal(const QString& path)
{
    return QStringLiteral("%1 is not a Noticeboard campaign journal (or one from a newer version) and is left as it "
                          "is; give a new file name for a new campaign.")
        .arg(path);
}

// Opens the regular file `path` found by lstat as `facts` without following a link or
// blocking, and checks it is still that file.
int openChecked(const QString& path, const FileFacts& facts, int flags, QString* error)
{
    const int fd = ::open(native(path).constData(), flags | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        *error = QStringLiteral("Cannot open the journal %1: %2.").arg(path, errnoText(errno));
        return -1;
    }
    struct stat info { };
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode) || info.st_dev != facts.device
        || info.st_ino != facts.inode) {
        ::close(fd);
        *error = QStringLiteral("The journal %1 changed while it was being opened; nothing was written.").arg(path);
        return -1;
    }
    return fd;
}

bool readAll(int fd, QByteArray* content, QString* error, const QString& path)
{
    struct stat info { };
    if (::fstat(fd, &info) == 0 && info.st_size > 0 && info.st_size <= CampaignJournal::maxBytes)
        content->reserve(qsizetype(info.st_size)); // tens of MB for 100,000 recipients: no regrowing
    char buffer[65536];
    for (off_t offset = 0;;) {
        const ssize_t n = ::pread(fd, buffer, sizeof buffer, offset);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *error = QStringLiteral("Cannot read the journal %1: %2.").arg(path, errnoText(errno));
            return false;
        }
        if (n == 0)
            return true;
        content->append(buffer, n);
        offset += n;
        if (content->size() > CampaignJournal::maxBytes) {
            *error = notAJournalFile(path, {FileKind::Regular, qint64(content->size())});
            return false;
        }
    }
}

bool writeAll(int fd, const QByteArray& bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = EIO;
            return false;
        }
        done += n;
    }
    return true;
}

struct Replay {
    JournalHeader header;
    qsizetype headerEnd = 0; // the header's newline
    qsizetype complete = 0; // bytes up to the last newline
};

// The journal's content, read without changing anything: the header must be the first
// line and complete, every later complete line a JSON object, handed to `take` in order
// as it is parsed (a journal of 100,000 recipients has 200,000 records or more: held all
// at once as JSON they took 100 MB). On a damaged line *error says where; what `take` was
// given by then is to be thrown away.
std::optional<Replay> parse(const QByteArray& content, const QString& path, QString* error,
    const std::function<void(const JournalHeader&)>& header = {}, const std::function<void(const json&)>& take = {})
{
    // No journal this program writes has longer lines: the header lists the recipients
    // (~40 bytes each: 64 MiB is over a million), a record one recipient or one operation
    // (a corrected text is at most an event's 64 KiB). A longer line is refused before it
    // is parsed (red team: a 1 GiB line took 72 s and 4 GB of memory to read).
    constexpr qsizetype maxHeaderBytes = qsizetype(64) << 20;
    constexpr qsizetype maxRecordBytes = qsizetype(1) << 20;
    Replay replay;
    replay.headerEnd = content.indexOf('\n');
    if (replay.headerEnd > maxHeaderBytes || (replay.headerEnd < 0 && content.size() > maxHeaderBytes)) {
        *error = notAJournal(path);
        return std::nullopt;
    }
    const auto parsedHeader = replay.headerEnd < 0
        ? std::nullopt
        : JournalHeader::fromJson(json::parse(content.cbegin(), content.cbegin() + replay.headerEnd, nullptr, false));
    if (!parsedHeader) {
        *error = notAJournal(path);
        return std::nullopt;
    }
    replay.header = *parsedHeader;
    if (header)
        header(replay.header);
    replay.complete = content.lastIndexOf('\n') + 1;
    qsizetype lineNo = 1;
    for (qsizetype start = replay.headerEnd + 1; start < replay.complete;) {
        const qsizetype end = content.indexOf('\n', start);
        ++lineNo;
        const QByteArrayView raw(content.constData() + start, end - start);
        start = end + 1;
        if (raw.trimmed().isEmpty())
            continue;
        const json line = raw.size() > maxRecordBytes ? json() : json::parse(raw.cbegin(), raw.cend(), nullptr, false);
        if (!line.is_object()) {
            *error = QStringLiteral("The journal %1 is damaged at line %2; it cannot be resumed safely and is left as "
                                    "it is.")
                         .arg(path)
                         .arg(lineNo);
            return std::nullopt;
        }
        if (take)
            take(line);
    }
    return replay;
}

// A new file under `path` holding `content`, made in one step (see the top of the file).
// Returns the open descriptor, locked, or -1 with *error.
int createWith(const QString& path, const QByteArray& content, QString* error)
{
    const QFileInfo info(path);
    const QByteArray folder = native(info.absolutePath());
    QByteArray temporary; // empty: unnamed (O_TMPFILE)
    int fd = ::open(folder.constData(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd < 0) {
        temporary = folder + "/." + native(info.fileName()) + ".new-"
            + QByteArray::number(QRandomGenerator::system()->generate(), 16);
        fd = ::open(temporary.constData(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    }
    auto fail = [&](const QString& what, int code) {
        *error = QStringLiteral("Cannot create the journal %1: %2: %3.").arg(path, what, errnoText(code));
        if (fd >= 0)
            ::close(fd);
        if (!temporary.isEmpty())
            ::unlink(temporary.constData());
        return -1;
    };
    if (fd < 0)
        return fail(QStringLiteral("cannot make a file in its folder"), errno);
    // Locked before it has a name: no other run can take it between link and lock.
    if (::fchmod(fd, 0600) != 0 || ::flock(fd, LOCK_EX | LOCK_NB) != 0)
        return fail(QStringLiteral("cannot set it up"), errno);
    if (!writeAll(fd, content) || ::fsync(fd) != 0)
        return fail(QStringLiteral("cannot write its first line"), errno);
    const int linked = temporary.isEmpty()
        ? ::linkat(AT_FDCWD, QByteArray("/proc/self/fd/" + QByteArray::number(fd)).constData(), AT_FDCWD,
            native(path).constData(), AT_SYMLINK_FOLLOW)
        : ::link(temporary.constData(), native(path).constData());
    if (linked != 0) {
        if (errno == EEXIST)
            return fail(QStringLiteral("a file of that name appeared meanwhile (it was not touched)"), errno);
        return fail(QStringLiteral("cannot give it its name"), errno);
    }
    if (!temporary.isEmpty())
        ::unlink(temporary.constData());
    const int dir = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const bool synced = dir >= 0 && ::fsync(dir) == 0;
    const int syncError = errno;
    if (dir >= 0)
        ::close(dir);
    if (!synced) {
        temporary.clear(); // named now: a later run finds a valid journal
        return fail(QStringLiteral("cannot sync its folder"), syncError);
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_APPEND);
    return fd;
}

} // namespace

CampaignJournal::~CampaignJournal()
{
    if (m_fd >= 0) {
        // The last outcomes, so a resume after a power cut need not look them up. Records
        // still staged were never committed: the steps they announce were not taken.
        if (m_unsynced && !m_broken)
            ::fsync(m_fd);
        ::close(m_fd); // also releases the lock
    }
}

QString CampaignJournal::refusal(const QString& path)
{
    const FileFacts facts = fileFacts(path, false);
    if (facts.kind == FileKind::Missing)
        return freeNameProblem(path, facts);
    if (QString why = notAJournalFile(path, facts); !why.isEmpty())
        return why;
    QString error;
    const int fd = openChecked(path, facts, O_RDONLY, &error);
    if (fd < 0)
        return error;
    QByteArray content;
    const bool read = readAll(fd, &content, &error, path);
    ::close(fd);
    if (read)
        parse(content, path, &error);
    return error;
}

std::unique_ptr<CampaignJournal> CampaignJournal::open(const QString& path, QString* error)
{
    std::unique_ptr<CampaignJournal> journal(new CampaignJournal);
    journal->m_path = path;
    const FileFacts facts = fileFacts(path, false);
    if (facts.kind == FileKind::Missing) {
        *error = freeNameProblem(path, facts);
        return error->isEmpty() ? std::move(journal) : nullptr;
    }
    if (QString why = notAJournalFile(path, facts); !why.isEmpty()) {
        *error = why;
        return nullptr;
    }
    journal->m_fd = openChecked(path, facts, O_RDWR | O_APPEND, error);
    if (journal->m_fd < 0)
        return nullptr;
    // Two runs of one campaign at once could both send to the same recipient; the lock
    // goes with the process (also when it is killed).
    if (::flock(journal->m_fd, LOCK_EX | LOCK_NB) != 0) {
        *error = QStringLiteral("The journal %1 is in use by another running campaign (noticectl or Noticeboard); "
                                "wait for it to finish or stop it first.")
                     .arg(path);
        return nullptr;
    }
    QByteArray content;
    if (!readAll(journal->m_fd, &content, error, path))
        return nullptr;
    // Replayed as it is parsed; nothing is kept if a line turns out damaged.
    auto replay = parse(
        content, path, error,
        [&](const JournalHeader& header) {
            journal->m_header = header;
            journal->m_progress.reserve(header.recipients.size());
            for (const QString& user : header.recipients)
                journal->m_progress.insert(user, RecipientProgress {});
        },
        [&](const json& record) { journal->replay(record); });
    if (!replay)
        return nullptr;
    // Proven a journal: now, and only now, a partial last record may be cut off. Its step
    // was never started (records are written before their step).
    if (replay->complete < content.size()
        && (::ftruncate(journal->m_fd, off_t(replay->complete)) != 0 || ::fsync(journal->m_fd) != 0)) {
        *error = QStringLiteral("Cannot repair the journal %1 (a record cut short at its end): %2.")
                     .arg(path, errnoText(errno));
        return nullptr;
    }
    return journal;
}

bool CampaignJournal::writeHeader(const JournalHeader& header, QString* error)
{
    if (m_header || m_fd >= 0) {
        *error = QStringLiteral("The journal %1 already holds a campaign.").arg(path());
        return false;
    }
    const QByteArray line =
        QByteArray::fromStdString(header.toJson().dump(-1, ' ', false, json::error_handler_t::replace)) + '\n';
    m_fd = createWith(m_path, line, error);
    if (m_fd < 0)
        return false;
    m_header = header;
    m_progress.clear();
    for (const QString& user : header.recipients)
        m_progress.insert(user, RecipientProgress {});
    return true;
}

bool CampaignJournal::writable()
{
    if (m_broken || m_fd < 0) {
        if (m_fd < 0)
            m_error = QStringLiteral("The journal %1 has no campaign yet.").arg(path());
        return false; // m_error still says why it broke
    }
    return true;
}

bool CampaignJournal::append(const json& record)
{
    if (!writable())
        return false;
    m_staged += QByteArray::fromStdString(record.dump(-1, ' ', false, json::error_handler_t::replace)) + '\n';
    // fsync puts the record, and everything written before it, on disk before the step it
    // announces is taken; an outcome waits for the next one (campaign_journal.cpp).
    if (!flush(!isOutcome(record)))
        return false;
    replay(record);
    return true;
}

bool CampaignJournal::stage(const json& record)
{
    if (!writable())
        return false;
    m_staged += QByteArray::fromStdString(record.dump(-1, ' ', false, json::error_handler_t::replace)) + '\n';
    replay(record);
    return true;
}

bool CampaignJournal::commit()
{
    return writable() && flush(true);
}

bool CampaignJournal::flush(bool sync)
{
    // One write() (O_APPEND: at the end, whole records in order). A kill can cut a long
    // write short only at its end; open() drops a partial last line, and complete lines
    // of a cut commit announce steps that were not taken (nothing is taken before commit
    // returns), which rule 2 handles like any other announcement without an outcome.
    if (!m_staged.isEmpty()) {
        if (!writeAll(m_fd, m_staged))
            return fail();
        m_staged.clear();
        m_unsynced = true;
    }
    if (sync && m_unsynced) {
        if (::fsync(m_fd) != 0)
            return fail();
        ++m_syncs;
        m_unsynced = false;
    }
    return true;
}

bool CampaignJournal::fail()
{
    // Part of a record may be on disk, and after a failed fsync the kernel may have
    // dropped pages: nothing more is written in this run. The next open() cuts off the
    // partial record (the journal is proven by its header).
    m_broken = true;
    m_staged.clear();
    m_error = QStringLiteral("Cannot write to the journal %1: %2. No more is sent in this run; run the same "
                             "command again to resume once the disk has room.")
                  .arg(path(), errnoText(errno));
    return false;
}

bool CampaignJournal::isOutcome(const json& record)
{
    const auto kind = record.find("t");
    if (kind == record.end() || !kind->is_string())
        return false;
    const std::string& t = kind->get_ref<const std::string&>();
    return t == "sent" || t == "failed" || t == "room" || t == "abandoned" || t == "op_done" || t == "op_failed";
}

} // namespace nb::campaign
