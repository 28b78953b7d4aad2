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
//   {"t":"sent","user":U,"event":E,"found":b}    delivered (found: seen by a check, not a reply)
//   {"t":"failed","user":U,"reason":S,"uncertain":b}  uncertain: the server may have acted
//   {"t":"skipped","user":U,"reason":S}
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
    QString reason; // failed / skipped
    QStringList abandonedRooms;
    // A request that may have acted was announced and no outcome followed: it must be
    // checked for on the server before anything is sent again.
    bool createUncertain = false;
    bool sendUncertain = false;
    qint64 createMs = 0; // when the last createRoom was announced
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

    // Appends one record durably (one write, then fsync) and applies it to progress().
    // False when the disk refused; the caller must then not take the announced step.
    // After one failure the journal takes no more records (part of the failed one may be
    // on disk); the next open() repairs it.
    bool append(const nlohmann::json& record);
    QString lastError() const { return m_error; }

    const QHash<QString, RecipientProgress>& progress() const { return m_progress; }
    RecipientProgress progressOf(const QString& user) const { return m_progress.value(user); }

    // Exposed for tests: the effect of one record on the replayed state.
    static void apply(QHash<QString, RecipientProgress>& progress, const nlohmann::json& record);

private:
    CampaignJournal() = default;
    int m_fd = -1;
    QString m_path;
    bool m_broken = false; // an append failed: no more writes until reopened
    std::optional<JournalHeader> m_header;
    QHash<QString, RecipientProgress> m_progress;
    QString m_error;
};

// A fresh campaign ID ("c" + 24 hex digits).
QString newCampaignId();

} // namespace nb::campaign
