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

#include <QFile>
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

    // Opens (creating if missing) and replays the file. A last line without its newline
    // (a write cut short) is dropped: the step it announced was never started.
    static std::unique_ptr<CampaignJournal> open(const QString& path, QString* error);

    QString path() const { return m_file.fileName(); }
    bool hasHeader() const { return m_header.has_value(); }
    const JournalHeader& header() const { return *m_header; }
    bool writeHeader(const JournalHeader& header, QString* error);

    // Why this journal cannot resume `spec` sent by `sender` to `recipients` (empty: it can).
    // For the all-local-users audience the recipient list is not compared.
    QString mismatch(const CampaignSpec& spec, const QString& sender, const QStringList& recipients) const;

    // Appends one record durably (write, flush, fsync) and applies it to progress().
    // False when the disk refused; the caller must then not take the announced step.
    bool append(const nlohmann::json& record);
    QString lastError() const { return m_error; }

    const QHash<QString, RecipientProgress>& progress() const { return m_progress; }
    RecipientProgress progressOf(const QString& user) const { return m_progress.value(user); }

    // Exposed for tests: the effect of one record on the replayed state.
    static void apply(QHash<QString, RecipientProgress>& progress, const nlohmann::json& record);

private:
    CampaignJournal() = default;
    QFile m_file;
    std::optional<JournalHeader> m_header;
    QHash<QString, RecipientProgress> m_progress;
    QString m_error;
};

// A fresh campaign ID ("c" + 24 hex digits).
QString newCampaignId();

} // namespace nb::campaign
