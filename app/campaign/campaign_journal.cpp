// Campaign journal: durable records and their replay.
//
// WHY THIS GIVES EXACTLY ONE NOTICE PER RECIPIENT
// ----------------------------------------------
// Rule 1: every request that can make a notice appear (createRoom, the message PUT,
// send_server_notice) is announced by a journal line that is on disk (fsync) before the
// request leaves. Rule 2: a recipient whose last announcement has no outcome line is
// "uncertain" and is checked for on the server before anything is sent for it again.
// Rule 3: a recipient keeps ONE transaction ID for every attempt of its notice.
// So after a kill at any instant, a recipient is either finished (sent/skipped), or
// certainly untouched (nothing announced), or uncertain, and uncertain ones are resolved
// by looking, not by guessing. What the server guarantees, read in Synapse's source
// (element-hq/synapse: synapse/rest/client/transactions.py, handlers/message.py,
// storage/databases/main/events_worker.py, rest/admin/server_notice_servlet.py):
//
// * PUT /rooms/{room}/send/{type}/{txnId} (rooms route) is deduplicated twice:
//   - HttpTransactionCache, in memory: key (request path, "user", user ID, device ID)
//     (the access-token ID for tokens without a device). The entry is made when the
//     request STARTS, so a repeat while the first is still running waits for it and gets
//     the same answer; errors are not cached. Entries live 30-60 minutes (cleanup every
//     30 min) and are lost when Synapse restarts.
//   - event_txn_id_device_id, in the database: (room, user, device, txnId) -> event ID,
//     checked before persisting; survives restarts; rows are deleted after 24 hours.
//   Re-PUTting the same txnId from the same session is therefore safe for 24 hours even
//   across restarts. We still check the room first (GET /rooms/{room}/messages, our
//   marker in the content) so a resume after a day, or from a new login, cannot repeat.
// * PUT /_synapse/admin/v1/send_server_notice/{txnId} (server-notices route) has ONLY
//   the in-memory cache (key: that path incl. txnId + the admin's user and device). The
//   event is sent as the system user by a requester without a device, so the database
//   table is never used. Hence a repeat is deduplicated only while Synapse keeps running
//   and for at most 30-60 minutes. Resolving an uncertain recipient therefore always
//   looks first: the admin API lists the user's rooms (GET /_synapse/admin/v1/users/
//   {user}/memberships) and reads them (GET /_synapse/admin/v1/rooms/{room}/messages,
//   newest first, back to the campaign's start) for our marker. Only when it is absent
//   is the same txnId PUT again. If the first request is still being processed when we
//   look (app killed, resumed at once), the cache entry already exists and the repeat
//   joins it; if Synapse restarted meanwhile, that request died with it and either
//   committed (the look finds it) or not (sending is right).
// * POST /createRoom is not idempotent at all. Each room carries the marker
//   "io.noticeboard.delivery": "<campaign>/<user>" in creation_content. An uncertain
//   creation is resolved by reading m.room.create of the sender's joined rooms not yet
//   known to the journal (GET /joined_rooms). Synapse persists the creator's join right
//   after m.room.create, and the invite last, so: a marked room that invites the user is
//   complete and is used; a marked room without the invite was cut short (server died)
//   and is left and recorded "abandoned" (the user never saw it); no marked room means
//   nothing was created. Because a createRoom may still be running when a killed app is
//   restarted, uncertain creations are looked for only once they are some seconds old
//   (Campaign::creationSettleMs).
// Qt's HTTP/1.1 layer itself repeats a request once when its connection closes before any
// answer (a stale keep-alive). For the two PUTs that is the same txnId, deduplicated as
// above; for createRoom it would take a server that acted, stayed up and closed the
// connection without answering (with Synapse behind nginx the proxy answers 502 instead).
// Records are small single write() calls, so a kill cannot tear one; a power cut or a
// full disk can leave a partial last line, which open() drops (its step had not started:
// rule 1). The file handling (what may be opened, creation, appending) is in journal_file.cpp.
//
// WHICH RECORDS ARE FSYNC'D BEFORE append() RETURNS (isOutcome)
// An fsync makes every byte written before it durable, not only the last record, and it
// is the costly part of a record (two per recipient made the disk, not the network, the
// limit of a campaign). Rule 1 needs it only for announcements. An outcome ("sent",
// "failed", "room", "abandoned", "op_done", "op_failed") is written at once, so a kill
// (the kernel keeps what was written) loses nothing, and becomes durable with the next
// announcement's fsync or when the journal is closed. Only a power cut in between can
// lose it, and then its recipient's last line is the announcement: uncertain, looked for
// on the server, found, recorded (rule 2), never sent twice. Every other record (the
// announcements, "skipped", which stops sending, and the campaign-wide ones: "added",
// "operation", rate limits) is fsync'd before append() returns, as before.
//
// GROUP COMMIT (stage, commit)
// Announcements made in the same event-loop turn (the engine starts up to `concurrency`
// recipients at once, and replies that arrive together each start the next recipient)
// can be staged and written together: one write(), one fsync, and only after that are
// the requests they announce sent. Rule 1 holds for each of them: its line is on disk
// before its request leaves. A kill before the commit loses staged lines whose requests
// never left, which is the same as never announcing them.
#include "campaign/campaign_journal.h"

#include "matrix/json_access.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <algorithm>

namespace nb::campaign {

using json = nlohmann::json;
using namespace json_access;

namespace {

std::string s(const QString& text)
{
    return text.toStdString();
}

QStringList sortedUnique(QStringList list)
{
    list.sort();
    list.removeDuplicates();
    return list;
}

} // namespace

QString newCampaignId()
{
    QString id = QStringLiteral("c");
    for (int i = 0; i < 3; ++i)
        id += QStringLiteral("%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    return id;
}

json JournalHeader::toJson() const
{
    json users = json::array();
    for (const QString& user : recipients)
        users.push_back(s(user));
    return {{"t", "campaign"}, {"version", version}, {"id", s(id)}, {"created_ms", createdMs}, {"sender", s(sender)},
        {"route", s(routeName(spec.route))}, {"preset", spec.readOnly ? "notice_readonly" : "notice"},
        {"allow_leave", spec.allowLeave}, {"markdown", spec.markdown}, {"text", s(spec.text)},
        {"audience", s(spec.audience)}, {"recipients", users}};
}

std::optional<JournalHeader> JournalHeader::fromJson(const json& line)
{
    if (string(line, "t").value_or("") != "campaign")
        return std::nullopt;
    JournalHeader header;
    header.version = int(integer(line, "version").value_or(0));
    header.id = qstring(line, "id");
    header.createdMs = integer(line, "created_ms").value_or(0);
    header.sender = qstring(line, "sender");
    if (header.version != 1 || header.id.isEmpty() || !parseRoute(qstring(line, "route"), &header.spec.route))
        return std::nullopt;
    header.spec.readOnly = qstring(line, "preset") != QLatin1String("notice");
    header.spec.allowLeave = boolean(line, "allow_leave").value_or(false);
    header.spec.markdown = boolean(line, "markdown").value_or(false);
    header.spec.text = qstring(line, "text");
    header.spec.audience = qstring(line, "audience");
    if (const json* users = arrayMember(line, "recipients"))
        for (const json& user : *users)
            if (user.is_string())
                header.recipients << toQString(user.get<std::string>());
    return header;
}

QString CampaignJournal::mismatch(const CampaignSpec& spec, const QString& sender, const QStringList& recipients) const
{
    if (!m_header)
        return {};
    const CampaignSpec& was = m_header->spec;
    QStringList differences;
    if (was.text != spec.text)
        differences << QStringLiteral("the text");
    if (was.route != spec.route)
        differences << QStringLiteral("the route (it was %1)").arg(routeName(was.route));
    if (was.route == Route::Rooms && spec.route == Route::Rooms
        && (was.readOnly != spec.readOnly || was.allowLeave != spec.allowLeave))
        differences << QStringLiteral("the room preset or leave rule");
    if (was.markdown != spec.markdown)
        differences << QStringLiteral("the --markdown choice");
    if (was.audience != spec.audience)
        differences << QStringLiteral("the kind of recipient list (it was %1)").arg(was.audience);
    else if (spec.audience != QLatin1String("all-local-users")
        && sortedUnique(recipients) != sortedUnique(m_header->recipients))
        differences << QStringLiteral("the recipients");
    if (!sender.isEmpty() && sender != m_header->sender)
        differences << QStringLiteral("the sender (it was started by %1; log in as that account to resume it)")
                           .arg(m_header->sender);
    if (differences.isEmpty())
        return {};
    // No English plural in the sentence ("differ%3"): campaign_text.cpp translates it back.
    return QStringLiteral("The journal %1 belongs to a different campaign; what differs: %2. Resume it with the same "
                          "arguments, or give a new journal file for a new campaign.")
        .arg(path(), differences.join(QStringLiteral(", ")));
}

void CampaignJournal::apply(QHash<QString, RecipientProgress>& progress, const json& record)
{
    const QString kind = qstring(record, "t");
    const QString user = qstring(record, "user");
    auto it = progress.find(user);
    if (it == progress.end())
        return; // the header or a stranger: nothing per recipient
    RecipientProgress& p = *it;
    if (kind == QLatin1String("creating")) {
        p.txn = qstring(record, "txn");
        p.createUncertain = true;
        p.createMs = integer(record, "ms").value_or(0);
    } else if (kind == QLatin1String("room")) {
        p.room = qstring(record, "room");
        p.createUncertain = false;
    } else if (kind == QLatin1String("abandoned")) {
        const QString room = qstring(record, "room");
        p.abandonedRooms << room;
        if (p.room == room)
            p.room.clear();
    } else if (kind == QLatin1String("sending")) {
        p.txn = qstring(record, "txn");
        p.sendUncertain = true;
    } else if (kind == QLatin1String("sent")) {
        p.status = Status::Sent;
        p.eventId = qstring(record, "event");
        p.textOp = qstring(record, "text_op");
        p.reason.clear();
        p.createUncertain = p.sendUncertain = false;
    } else if (kind == QLatin1String("failed")) {
        p.status = Status::Failed;
        p.reason = qstring(record, "reason");
        // A refusal means the announced request did not act; a timeout may have.
        if (!boolean(record, "uncertain").value_or(true))
            p.createUncertain = p.sendUncertain = false;
    } else if (kind == QLatin1String("skipped")) {
        p.status = Status::Skipped;
        p.reason = qstring(record, "reason");
    }
}

void CampaignJournal::replay(const json& record)
{
    const QString kind = qstring(record, "t");
    if (kind == QLatin1String("added")) {
        // A standing campaign's new accounts: recipients from here on, like the header's.
        if (const json* users = arrayMember(record, "users"))
            for (const json& entry : *users) {
                const QString user = entry.is_string() ? toQString(entry.get<std::string>()) : QString();
                if (!user.isEmpty() && !m_progress.contains(user)) {
                    m_progress.insert(user, RecipientProgress {});
                    m_header->recipients << user;
                }
            }
    } else if (kind == QLatin1String("operation")) {
        Operation op;
        op.id = qstring(record, "op");
        op.kind =
            qstring(record, "kind") == QLatin1String("correct") ? Operation::Kind::Correct : Operation::Kind::Recall;
        op.reason = qstring(record, "reason");
        op.text = qstring(record, "text");
        op.markdown = boolean(record, "markdown").value_or(false);
        op.ms = integer(record, "ms").value_or(0);
        if (!op.id.isEmpty() && !operation(op.id))
            m_operations << op;
    } else if (kind.startsWith(QLatin1String("op_"))) {
        const QString op = qstring(record, "op");
        const QString user = qstring(record, "user");
        if (!operation(op) || !m_progress.contains(user))
            return;
        OperationProgress& p = m_operationProgress[op][user];
        if (kind == QLatin1String("op_sending")) {
            p.txn = qstring(record, "txn");
            p.uncertain = true;
        } else if (kind == QLatin1String("op_done")) {
            p.status = Status::Sent;
            p.eventId = qstring(record, "event");
            p.reason.clear();
            p.uncertain = false;
        } else if (kind == QLatin1String("op_failed")) {
            p.status = Status::Failed;
            p.reason = qstring(record, "reason");
            if (!boolean(record, "uncertain").value_or(true))
                p.uncertain = false;
        } else if (kind == QLatin1String("op_skipped")) {
            p.status = Status::Skipped;
            p.reason = qstring(record, "reason");
        }
    } else if (kind == QLatin1String("ratelimit_lift")) {
        m_lift.lifted = true;
        const json* previous = record.contains("previous") ? &record["previous"] : nullptr;
        m_lift.previous = previous && previous->is_object() ? *previous : json();
    } else if (kind == QLatin1String("ratelimit_restored")) {
        m_lift = {};
    } else {
        apply(m_progress, record);
    }
}

const Operation* CampaignJournal::operation(const QString& id) const
{
    for (const Operation& op : m_operations)
        if (op.id == id)
            return &op;
    return nullptr;
}

CampaignSpec CampaignJournal::currentSpec() const
{
    CampaignSpec spec = m_header ? m_header->spec : CampaignSpec {};
    for (const Operation& op : m_operations)
        if (op.kind == Operation::Kind::Correct) {
            spec.text = op.text;
            spec.markdown = op.markdown;
        }
    return spec;
}

QString CampaignJournal::operationMarker(const QString& op, const QString& user) const
{
    return m_header ? m_header->id + QLatin1Char('/') + op + QLatin1Char('/') + user : QString();
}

QString routeName(Route route)
{
    return route == Route::Rooms ? QStringLiteral("rooms") : QStringLiteral("server-notices");
}

bool parseRoute(const QString& name, Route* route)
{
    if (name == QLatin1String("rooms"))
        *route = Route::Rooms;
    else if (name == QLatin1String("server-notices"))
        *route = Route::ServerNotices;
    else
        return false;
    return true;
}

QString statusName(Status status)
{
    switch (status) {
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Sent:
        return QStringLiteral("sent");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

} // namespace nb::campaign
