#pragma once
// What a notice campaign is (its identity, which the journal pins down) and what the
// delivery engine reports per recipient and in total. Plain values; no I/O.
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace nb::campaign {

enum class Route {
    Rooms, // MSC4279: one notice room per recipient (client API), then the message
    ServerNotices, // Synapse: PUT /_synapse/admin/v1/send_server_notice/{txnId}
};

QString routeName(Route route); // "rooms", "server-notices"
bool parseRoute(const QString& name, Route* route);

// Everything that makes two runs "the same campaign". A journal started with one spec
// refuses to be resumed with another (see CampaignJournal::mismatch).
struct CampaignSpec {
    Route route = Route::ServerNotices;
    bool readOnly = true; // rooms: notice_readonly (true) or notice
    bool allowLeave = false; // rooms: leave rule allow instead of deny
    bool markdown = false; // body is Markdown: formatted_body is rendered from it
    QString text;
    // "list" (named users or a file: the list must match on resume) or "all-local-users"
    // (the list resolved on the first run is kept in the journal and reused).
    QString audience = QStringLiteral("list");
};

enum class Status { Pending, Sent, Failed, Skipped };
QString statusName(Status status); // "pending", "sent", "failed", "skipped"

struct RecipientStatus {
    QString user;
    Status status = Status::Pending;
    QString detail; // failure or skip reason; for sent: the event ID
};

struct Failure {
    QString user;
    QString reason;
};

struct Summary {
    int total = 0;
    int sent = 0;
    int failed = 0;
    int skipped = 0;
    int pending = 0; // not attempted yet or interrupted (cancel, halt)
    bool cancelled = false;
    // The server could not be reached for long enough that the run stopped early.
    bool halted = false;
    QString haltReason;
    bool journalFailed = false; // halted because the journal could not be written
    // Failures where the server answered (refused); the others were unreachable/timeouts.
    int refusedFailures = 0;
    QList<Failure> failures;
    QList<Failure> skips;
};

} // namespace nb::campaign

Q_DECLARE_METATYPE(nb::campaign::Status)
Q_DECLARE_METATYPE(nb::campaign::RecipientStatus)
Q_DECLARE_METATYPE(nb::campaign::Summary)
