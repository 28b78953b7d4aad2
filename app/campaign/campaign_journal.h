#pragma once
// The campaign journal: an append-only JSON-lines file, each line written with one
// write() and fsync'd before the step it announces is taken. It is the only memory a
// campaign has across kills, server restarts and network loss; how it gives "exactly one
// notice per recipient" is explained at the top of campaign_journal.cpp.
//
// Line 1, the header:
//   {"t":"campaign","version":1,"id":"c...","created_ms":N,"sender":"@admin:hs",
//    "route":"rooms"|"server-notices","preset":"notice_readonly"|"notice",
//    "allow_leave":b,"markdown":b,"text":"...","audience":"list"|"all-local-users",
//    "recipients":["@a:hs", ...]}
// Then, per recipient, in the order things happen ("ms" is the client's clock):
//   {"t":"creating","user":U,"txn":T,"ms":N}     rooms: about to POST /createRoom
//   {"t":"room","user":U,"room":R}               rooms: the room (created or found by its marker)
//   {"t":"abandoned","user":U,"room":R,"reason":S}  a half-created room, left, not used
//   {"t":"sending","user":U,"txn":T,"ms":N}      about to PUT the notice with txn T
//   {"t":"sent","user":U,"event":E,"found":b,"text_op":O}  delivered (found: seen by a check,
//                                                not a reply; text_op: the correction whose
//                                                text it carries, absent for the header's)
//   {"t":"failed","user":U,"reason":S,"uncertain":b}  uncertain: the server may have acted
//   {"t":"skipped","user":U,"reason":S}
// A standing campaign ("all local users") run again adds the accounts made since:
//   {"t":"added","users":[U, ...],"ms":N}        they are recipients from here on
// Follow-ups of what was delivered (recall, correct), each an operation with its own ID,
// and per recipient the same announce / outcome pairs as delivery:
//   {"t":"operation","op":"recall","kind":"recall","reason":S,"ms":N}
//   {"t":"operation","op":"k1","kind":"correct","text":S,"markdown":b,"ms":N}
//   {"t":"op_sending","op":O,"user":U,"txn":T,"ms":N}   about to PUT the redaction / edit
//   {"t":"op_done","op":O,"user":U,"event":E,"found":b}
//   {"t":"op_failed","op":O,"user":U,"reason":S,"uncertain":b}
//   {"t":"op_skipped","op":O,"user":U,"reason":S}
// The sending account's rate limits, lifted for a run (rate_limit_lift.h):
//   {"t":"ratelimit_lift","previous":{"messages_per_second":x,"burst_count":y}|null,"ms":N}
//   {"t":"ratelimit_restored","ms":N}            the previous override (or none) is back
//   {"t":"ratelimit_restored","left":{..},"ms":N} not put back: changed meanwhile by someone else
#include "campaign/campaign_types.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>

namespace nb::campaign {

// The message content and the room's creation_content carry this key with the value
// "<campaign id>/<recipient>", so a step whose answer was lost can be found again.
inline constexpr const char* deliveryMarkerKey = "io.noticeboard.delivery";

struct JournalHeader {
    int version = 1;
    QString id; // random; part of every delivery marker
    qint64 createdMs = 0;
    QString sender; // the account that sends; txn IDs are only deduplicated for it
    CampaignSpec spec;
    QStringList recipients;

    QString markerFor(const QString& user) const { return id + QLatin1Char('/') + user; }
    nlohmann::json toJson() const;
    static std::optional<JournalHeader> fromJson(const nlohmann::json& line);
};

// What the journal says about one recipient, after replaying its lines.
struct RecipientProgress {
    Status status = Status::Pending;
    QString txn; // the one transaction ID of this recipient's notice, for every attempt
    QString room; // rooms route
    QString eventId;
    // The correction whose text the delivered notice carried ("text_op" of "sent"; empty:
    // the header's text). Later corrections edit it; this one and earlier ones need not.
    QString textOp;
    QString reason; // failed / skipped
    QStringList abandonedRooms;
    // A request that may have acted was announced and no outcome followed: it must be
    // checked for on the server before anything is sent again.
    bool createUncertain = false;
    bool sendUncertain = false;
    qint64 createMs = 0; // when the last createRoom was announced
};

// A follow-up of the delivered notices, as the journal's "operation" record has it.
struct Operation {
    enum class Kind { Recall, Correct };
    QString id; // "recall", or "k1", "k2", ... (one per correction)
    Kind kind = Kind::Recall;
    QString reason; // recall: shown to recipients as the withdrawal's reason
    QString text; // correct: the new notice text
    bool markdown = false;
    qint64 ms = 0;
};

struct OperationProgress {
    Status status = Status::Pending;
    QString txn; // one transaction ID for every attempt, as for delivery
    bool uncertain = false; // announced, no outcome: look on the server before repeating
    QString eventId; // the redaction or the edit
    QString reason;
};

// What the journal says about the sender's rate-limit override.
struct RateLimitLiftState {
    bool lifted = false; // lifted by this campaign and not yet put back
    // The override before the lift: null when there was none (then it is deleted again).
    nlohmann::json previous;
};

class CampaignJournal {
public:
    ~CampaignJournal();

    // Opens the journal at `path` for a campaign. Nothing is written to an existing file
    // unless it is proven to be a journal: a regular file (not a link, device, FIFO or
    // directory; at most maxBytes) whose first line is a journal header. Anything else
    // is refused with the reason and left exactly as it was. In a proven journal a last
    // line without its newline (a write cut short) is removed: the step it announced was
    // never started. A missing `path` gives an empty journal (hasHeader() false) whose
    // file is made by writeHeader; the name stays free until then.
    static std::unique_ptr<CampaignJournal> open(const QString& path, QString* error);
    // Why `path` cannot be a journal (empty: a proven journal, or a free name in an
    // existing directory). Reads only; for refusing a typo before anything else happens.
    static QString refusal(const QString& path);

    // Journals are small (a few hundred bytes per recipient); a file beyond this is not one.
    static constexpr qint64 maxBytes = 1LL << 30;

    QString path() const { return m_path; }
    bool hasHeader() const { return m_header.has_value(); }
    const JournalHeader& header() const { return *m_header; }
    // Makes the journal file with its header line in one step: it appears under its name
    // (exclusively: never over a file that appeared meanwhile) already holding the
    // complete header, mode 0600, its directory synced. So a name with a file always
    // holds a journal, and a file that does not is never ours.
    bool writeHeader(const JournalHeader& header, QString* error);

    // Why this journal cannot resume `spec` sent by `sender` to `recipients` (empty: it can).
    // For the all-local-users audience the recipient list is not compared.
    QString mismatch(const CampaignSpec& spec, const QString& sender, const QStringList& recipients) const;

    // Appends one record (one write) and applies it to progress(). When it returns true
    // the record is written, and, unless it is an outcome (isOutcome), on disk (fsync)
    // together with every record before it; campaign_journal.cpp explains why outcomes
    // may wait for the next fsync. False when the disk refused; the caller must then not
    // take the announced step. After one failure the journal takes no more records (part
    // of the failed one may be on disk); the next open() repairs it.
    bool append(const nlohmann::json& record);
    // Group commit, for announcements made close together (in one event-loop turn):
    // stage() applies the record to progress() at once and keeps it; commit() writes all
    // that is staged with one write() and one fsync. The steps staged records announce
    // may be taken only once commit() has returned true; if it fails they must not be.
    // append() writes what is staged ahead of its own record (it still needs a commit).
    bool stage(const nlohmann::json& record);
    bool commit();
    bool hasStaged() const { return !m_staged.isEmpty(); }
    // fsyncs made since open (the costly part of a record); for tests and the benchmark.
    qint64 syncCount() const { return m_syncs; }
    // Records that say what happened rather than announce a step ("sent", "room", ...).
    static bool isOutcome(const nlohmann::json& record);
    QString lastError() const { return m_error; }

    const QHash<QString, RecipientProgress>& progress() const { return m_progress; }
    RecipientProgress progressOf(const QString& user) const { return m_progress.value(user); }

    // Recipients the header named plus those "added" since (header().recipients has both).
    const QList<Operation>& operations() const { return m_operations; }
    const Operation* operation(const QString& id) const;
    OperationProgress operationProgress(const QString& op, const QString& user) const
    {
        return m_operationProgress.value(op).value(user);
    }
    const RateLimitLiftState& rateLimitLift() const { return m_lift; }
    // The text recipients now see: the header's, or the last correction's.
    CampaignSpec currentSpec() const;
    // The marker a follow-up's event carries (looked for when its outcome was lost).
    QString operationMarker(const QString& op, const QString& user) const;

    // Exposed for tests: the effect of one delivery record on the replayed state.
    static void apply(QHash<QString, RecipientProgress>& progress, const nlohmann::json& record);

private:
    CampaignJournal() = default;
    // Any record: delivery records through apply(), the others into their own state.
    void replay(const nlohmann::json& record);
    int m_fd = -1;
    QString m_path;
    bool m_broken = false; // an append failed: no more writes until reopened
    bool m_unsynced = false; // written since the last fsync
    QByteArray m_staged; // records staged, not written yet
    qint64 m_syncs = 0;
    bool writable();
    bool flush(bool sync); // writes what is staged; fsyncs if `sync`
    bool fail(); // an I/O error: no more writes in this run
    std::optional<JournalHeader> m_header;
    QHash<QString, RecipientProgress> m_progress;
    QList<Operation> m_operations;
    QHash<QString, QHash<QString, OperationProgress>> m_operationProgress;
    RateLimitLiftState m_lift;
    QString m_error;
};

// A fresh campaign ID ("c" + 24 hex digits).
QString newCampaignId();

} // namespace nb::campaign
