#include "store/notice_store.h"
#include "matrix/json_access.h"
#include "notice/identifiers.h"
#include "notice/power_levels.h"
#include "store/room_record.h"
#include "store/trust_evidence.h"

#include <QLoggingCategory>
#include <set>

Q_LOGGING_CATEGORY(lcStore, "noticeboard.store")

namespace nb {

using json = nlohmann::json;
using namespace json_access;

namespace {

struct ApplyContext {
    const std::string ownUserId;
    SyncApplyReport& report;
    std::vector<std::pair<std::string, std::string>> arrived; // (room, event) new messages
    bool withdrew = false; // a redaction emptied an event the store held
};

// Only rooms that may be notice rooms keep their messages: the user's m.server_notice
// tag or a notice room type. (Synapse tags its notices room before inviting, so the tag
// is there by the time messages are.) Keeping every room's messages would make a large
// account's sync cost far more than parsing it.
bool mayBeNoticeRoom(const RoomRecord& record)
{
    if (record.tags && record.tags->count(ids::serverNoticeTag))
        return true;
    const json* create = record.stateContent("m.room.create");
    const auto type = create ? string(*create, "type") : std::nullopt;
    return type && (*type == ids::noticeRoomTypeStable || *type == ids::noticeRoomTypeUnstable);
}

bool isWellFormedEvent(const json& event)
{
    return event.is_object() && string(event, "type").has_value();
}

// Of other members, a notice app needs only how the senders are named and pictured
// (the sync filter lazy-loads members, so the server sends those of the events it sends):
// the name, the avatar and the membership, nothing else of the event. Bounded, so a room
// that fills itself with members cannot fill memory and disk. A room that turns out not
// to be a notice room drops them again (dropOtherMembers).
void keepOtherMember(RoomRecord& record, const std::string& userId, json&& event)
{
    const std::string key = stateKeyOf("m.room.member", userId);
    if (!record.state.count(key)) {
        const std::string prefix = stateKeyOf("m.room.member", {});
        std::size_t members = 0;
        for (auto it = record.state.lower_bound(prefix); it != record.state.end() && it->first.starts_with(prefix);
             ++it)
            ++members;
        if (members > RoomRecord::maxMembers)
            return;
    }
    json content = json::object();
    if (const json* full = objectMember(event, "content"))
        for (const char* field : {"membership", "displayname", "avatar_url"})
            if (const json* value = member(*full, field); value && value->is_string())
                content[field] = *value;
    json slim = {{"type", "m.room.member"}, {"state_key", userId}, {"content", std::move(content)}};
    if (const json* sender = member(event, "sender"))
        slim["sender"] = *sender;
    record.state[key] = std::move(slim);
}

// Writes kServersPinsKeyKey (room_record.h) into a pin event as it arrives: carried from the
// pin event it replaces (unsigned.replaces_state) when that is the one we hold, else from
// Synapse's unsigned prev_sender/prev_content, so that a member given power who sends the
// list again (and again) keeps no hold on the server's pins. Read by serversPins
// (notice_view.cpp).
void noteServersPins(const RoomRecord& record, json& event)
{
    event.erase(kServersPinsKey); // ours alone: never taken from what the server sent
    const QStringList creators = roomCreators(trustEvidenceOf(record));
    if (creators.contains(qstring(event, "sender")))
        return; // its whole list is the server's
    const json* unsignedData = objectMember(event, "unsigned");
    const std::string replaces = unsignedData ? string(*unsignedData, "replaces_state").value_or("") : "";
    std::optional<std::vector<std::string>> before;
    const json* held = record.stateEvent("m.room.pinned_events");
    if (held && !replaces.empty() && string(*held, "event_id").value_or("") == replaces) {
        if (creators.contains(qstring(*held, "sender")))
            before = pinnedIdsIn(objectMember(*held, "content"));
        else if (const json* carried = objectMember(*held, kServersPinsKey))
            before = pinnedIdsIn(carried);
    }
    if (!before && unsignedData && creators.contains(qstring(*unsignedData, "prev_sender")))
        before = pinnedIdsIn(objectMember(*unsignedData, "prev_content"));
    json kept = json::array();
    for (const auto& id : pinnedIdsIn(objectMember(event, "content")))
        if (before && std::find(before->begin(), before->end(), id) != before->end())
            kept.push_back(id);
    event[kServersPinsKey] = {{"pinned", std::move(kept)}}; // the content's shape: read as one
}

void applyStateEvent(RoomRecord& record, json&& event, ApplyContext& ctx)
{
    const std::string type = string(event, "type").value_or("");
    const auto stateKey = string(event, "state_key");
    if (!stateKey || !objectMember(event, "content")) {
        ++ctx.report.skippedEvents;
        return;
    }
    if (!isTrackedStateType(type))
        return;
    if (type == "m.room.member" && *stateKey != ctx.ownUserId) {
        keepOtherMember(record, *stateKey, std::move(event));
        return;
    }
    if (type == "m.room.pinned_events" && stateKey->empty())
        noteServersPins(record, event);
    record.state[stateKeyOf(type, *stateKey)] = std::move(event);
}

// Drops other members' events: a room that is no notice room needs only the user's own.
void dropOtherMembers(RoomRecord& record, const std::string& ownUserId)
{
    const std::string prefix = stateKeyOf("m.room.member", {});
    for (auto it = record.state.lower_bound(prefix); it != record.state.end() && it->first.starts_with(prefix);) {
        if (it->first.substr(prefix.size()) == ownUserId)
            ++it;
        else
            it = record.state.erase(it);
    }
}

// Keeps the newest events when a room outgrows the bound (back-fill appends old ones).
void trimMessages(RoomRecord& record)
{
    if (record.messages.size() <= RoomRecord::maxMessages)
        return;
    std::stable_sort(record.messages.begin(), record.messages.end(), [](const json& a, const json& b) {
        return integer(a, "origin_server_ts").value_or(0) > integer(b, "origin_server_ts").value_or(0);
    });
    for (std::size_t i = RoomRecord::maxMessages; i < record.messages.size(); ++i)
        record.messageIds.erase(string(record.messages[i], "event_id").value_or(""));
    record.messages.resize(RoomRecord::maxMessages);
}

// Whether the room's rules let `redacter` withdraw an event of `targetSender`: their
// own event, a creator (unlimited power from room version 12; the notice sender in
// every version), or enough power. The server checks this too; the client checks it
// again because in room versions before 11 the server does not enforce it.
bool mayRedact(const RoomRecord& record, const std::string& redacter, const std::string& targetSender)
{
    if (redacter == targetSender)
        return true;
    const QString who = toQString(redacter);
    if (roomCreators(trustEvidenceOf(record)).contains(who))
        return true;
    const json* content = record.stateContent("m.room.power_levels");
    const PowerLevels levels = PowerLevels::fromContent(content ? *content : json());
    return levels.present && levels.userLevel(who) >= levels.redact;
}

// Applies a redaction to its target if known, or keeps it for when the target arrives.
// True when it withdrew something.
bool applyRedaction(RoomRecord& record, const json& redaction)
{
    const auto target = redactedEventId(redaction);
    const auto redacter = string(redaction, "sender");
    if (!target || !redacter)
        return false;
    bool changed = false;
    bool found = false;
    auto redact = [&](json& event) {
        found = true;
        if (!isRedacted(event) && mayRedact(record, *redacter, string(event, "sender").value_or(""))) {
            redactInPlace(event, redaction);
            changed = true;
        }
    };
    if (record.messageIds.count(*target))
        for (auto& event : record.messages)
            if (string(event, "event_id").value_or("") == *target)
                redact(event);
    // A pinned notice fetched on its own may be a copy of a timeline event: both go.
    if (auto it = record.fetched.find(*target); it != record.fetched.end())
        redact(it->second);
    if (!found && record.pendingRedactions.size() < RoomRecord::maxMessages)
        record.pendingRedactions[*target] = redaction;
    return changed;
}

// Adds a message (notice, reply or edit) unless known. True when it was new.
bool addMessage(RoomRecord& record, json&& event, SyncApplyReport& report)
{
    const auto eventId = string(event, "event_id");
    if (!eventId || !string(event, "sender") || !objectMember(event, "content")) {
        ++report.skippedEvents;
        return false;
    }
    if (!record.messageIds.insert(*eventId).second)
        return false;
    // A redaction seen before its target (back-fill walks newest first).
    if (auto pending = record.pendingRedactions.find(*eventId); pending != record.pendingRedactions.end()) {
        const json redaction = std::move(pending->second);
        record.pendingRedactions.erase(pending);
        if (!isRedacted(event)
            && mayRedact(record, string(redaction, "sender").value_or(""), string(event, "sender").value_or("")))
            redactInPlace(event, redaction);
    }
    record.messages.push_back(std::move(event));
    trimMessages(record);
    return true;
}

void applyMessage(const std::string& roomId, RoomRecord& record, json&& event, ApplyContext& ctx)
{
    const std::string eventId = string(event, "event_id").value_or("");
    if (addMessage(record, std::move(event), ctx.report))
        ctx.arrived.emplace_back(roomId, eventId);
}

void applyTimeline(const std::string& roomId, RoomRecord& record, json& room, ApplyContext& ctx)
{
    if (json* state = objectMember(room, "state")) {
        if (json* events = arrayMember(*state, "events"))
            for (auto& event : *events) {
                if (isWellFormedEvent(event))
                    applyStateEvent(record, std::move(event), ctx);
                else
                    ++ctx.report.skippedEvents;
            }
    }
    json* timeline = objectMember(room, "timeline");
    if (!timeline)
        return;
    // The newest message the store had before this batch: where a gap's back-fill stops.
    std::string newestKnown;
    for (auto it = record.messages.rbegin(); it != record.messages.rend() && newestKnown.empty(); ++it)
        newestKnown = string(*it, "event_id").value_or("");
    if (json* events = arrayMember(*timeline, "events"))
        for (auto& event : *events) {
            if (!isWellFormedEvent(event)) {
                ++ctx.report.skippedEvents;
                continue;
            }
            const std::string type = string(event, "type").value_or("");
            if (member(event, "state_key"))
                applyStateEvent(record, std::move(event), ctx);
            else if (type == "m.room.message" && mayBeNoticeRoom(record))
                applyMessage(roomId, record, std::move(event), ctx);
            else if (type == "m.room.redaction" && mayBeNoticeRoom(record) && applyRedaction(record, event))
                ctx.withdrew = true;
        }
    // A limited timeline skipped events between the last sync and this one (or, on a
    // fresh login, the room's whole earlier history): remember the hole to fill it.
    const auto prevBatch = string(*timeline, "prev_batch");
    if (boolean(*timeline, "limited").value_or(false) && prevBatch && !prevBatch->empty() && mayBeNoticeRoom(record))
        record.gaps.push_back({*prevBatch, newestKnown, 0, RoomRecord::historyBudget});
}

void applyAccountData(RoomRecord& record, const json& room)
{
    const json* accountData = objectMember(room, "account_data");
    const json* events = accountData ? arrayMember(*accountData, "events") : nullptr;
    if (!events)
        return;
    for (const auto& event : *events) {
        if (string(event, "type").value_or("") != "m.tag")
            continue;
        const json* content = objectMember(event, "content");
        const json* tags = content ? objectMember(*content, "tags") : nullptr;
        record.tags.emplace();
        if (tags)
            for (auto it = tags->begin(); it != tags->end(); ++it)
                record.tags->insert(it.key());
    }
}

void applyEphemeral(RoomRecord& record, const json& room, const std::string& ownUserId)
{
    const json* ephemeral = objectMember(room, "ephemeral");
    const json* events = ephemeral ? arrayMember(*ephemeral, "events") : nullptr;
    if (!events)
        return;
    for (const auto& event : *events) {
        if (string(event, "type").value_or("") != "m.receipt")
            continue;
        const json* content = objectMember(event, "content");
        if (!content)
            continue;
        // Only the user's own receipt is kept: other users' receipts are shown nowhere.
        for (auto it = content->begin(); it != content->end(); ++it) {
            for (const char* receiptType : {"m.read", "m.read.private"}) {
                const json* readers = objectMember(it.value(), receiptType);
                if (readers && member(*readers, ownUserId.c_str()))
                    record.ownReceipt = it.key();
            }
        }
    }
}

// The stripped state goes into its own map: it describes the invite, and it must never
// overwrite the authenticated state of a room the user was a member of.
void applyInvite(RoomRecord& record, json& room, ApplyContext& ctx)
{
    record.membership = Membership::Invite;
    json* inviteState = objectMember(room, "invite_state");
    json* events = inviteState ? arrayMember(*inviteState, "events") : nullptr;
    if (!events)
        return;
    record.inviteState.clear();
    record.inviter.clear();
    std::set<std::string> claimedInviters;
    for (auto& event : *events) {
        const auto stateKey = string(event, "state_key");
        if (!isWellFormedEvent(event) || !stateKey || !objectMember(event, "content")) {
            ++ctx.report.skippedEvents;
            continue;
        }
        const std::string type = string(event, "type").value_or("");
        if (type == "m.room.member" && *stateKey == ctx.ownUserId) {
            // The one authenticated fact of an invite: the user's server accepted this
            // membership event, so its sender really invited them.
            record.inviter = string(event, "sender").value_or("");
            claimedInviters.insert(record.inviter);
            record.inviteTimestamp = integer(event, "origin_server_ts").value_or(record.inviteTimestamp);
        }
        if (isTrackedStateType(type) && (type != "m.room.member" || *stateKey == ctx.ownUserId))
            record.inviteState[stateKeyOf(type, *stateKey)] = std::move(event);
    }
    // Synapse lists the invite it checked last, after the inviting server's stripped state;
    // a second membership of the user with another sender can only be that server's claim.
    // Rather than trust an order, an invite that names two inviters names none.
    if (claimedInviters.size() > 1) {
        qCWarning(lcStore) << "An invite names" << claimedInviters.size() << "different inviters; trusting none";
        record.inviter.clear();
    }
}

// Keeps the set of rooms that have pinned events up to date for one room.
void notePins(const std::string& roomId, const RoomRecord& record, std::set<std::string>& roomsWithPins)
{
    if (record.stateContent("m.room.pinned_events"))
        roomsWithPins.insert(roomId);
    else
        roomsWithPins.erase(roomId);
}

} // namespace

NoticeStore::NoticeStore(QObject* parent)
    : QObject(parent)
{
}

NoticeStore::~NoticeStore() = default;

void NoticeStore::setTrustContext(const TrustContext& context)
{
    m_context = context;
    m_allViewsStale = true; // trust is judged against the context; nothing to save
    emit changed({});
}

void NoticeStore::touch(const std::string& roomId)
{
    m_staleViews.insert(roomId);
    m_unsaved.insert(roomId);
}

void NoticeStore::touchAll()
{
    m_allViewsStale = true;
    m_staleViews.clear();
    m_unsavedAll = true;
    m_unsaved.clear();
}

void NoticeStore::refreshViews() const
{
    if (m_allViewsStale) {
        m_views.clear();
        for (const auto& [roomId, record] : m_rooms)
            if (auto view = buildView(roomId, *record))
                m_views.emplace(roomId, std::make_shared<const NoticeRoom>(std::move(*view)));
        m_allViewsStale = false;
        m_staleViews.clear();
        return;
    }
    for (const auto& roomId : m_staleViews) {
        m_views.erase(roomId);
        const auto it = m_rooms.find(roomId);
        if (it == m_rooms.end())
            continue;
        if (auto view = buildView(roomId, *it->second))
            m_views.emplace(roomId, std::make_shared<const NoticeRoom>(std::move(*view)));
    }
    m_staleViews.clear();
}

SyncApplyReport NoticeStore::applySync(json&& sync)
{
    SyncApplyReport report;
    if (!sync.is_object()) {
        qCWarning(lcStore) << "Ignoring a sync response that is not a JSON object";
        ++report.skippedEvents;
        return report;
    }
    ApplyContext ctx {m_context.ownUserId.toStdString(), report, {}};
    QStringList touched;
    if (json* rooms = objectMember(sync, "rooms")) {
        const std::pair<const char*, Membership> sections[] = {
            {"join", Membership::Join}, {"invite", Membership::Invite}, {"leave", Membership::Leave}};
        for (const auto& [section, membership] : sections) {
            json* group = objectMember(*rooms, section);
            if (!group)
                continue;
            for (auto it = group->begin(); it != group->end(); ++it) {
                if (!it.value().is_object()) {
                    ++report.skippedEvents;
                    continue;
                }
                auto& slot = m_rooms[it.key()];
                if (!slot)
                    slot = std::make_unique<RoomRecord>();
                RoomRecord& record = *slot;
                touch(it.key());
                touched.append(toQString(it.key()));
                if (membership == Membership::Invite) {
                    if (record.membership != Membership::Invite || record.state.empty())
                        report.newInvites.append(toQString(it.key()));
                    applyInvite(record, it.value(), ctx);
                    if (!record.tags)
                        report.invitesNeedingTagCheck.append(toQString(it.key()));
                    notePins(it.key(), record, m_roomsWithPins);
                    continue;
                }
                record.membership = membership;
                // Joined, the room's own state replaces the invite's claims; a declined
                // invite has no other description than the one it came with.
                if (membership == Membership::Join)
                    record.inviteState.clear();
                applyAccountData(record, it.value()); // first: the tag decides what is kept
                applyTimeline(it.key(), record, it.value(), ctx);
                if (!mayBeNoticeRoom(record))
                    dropOtherMembers(record, ctx.ownUserId);
                applyEphemeral(record, it.value(), ctx.ownUserId);
                if (const json* counts = objectMember(it.value(), "unread_notifications"))
                    record.notificationCount =
                        int(integer(*counts, "notification_count").value_or(record.notificationCount));
                notePins(it.key(), record, m_roomsWithPins);
            }
        }
    }
    if (auto next = string(sync, "next_batch"))
        m_nextBatch = toQString(*next);
    if (ctx.withdrew)
        m_unsavedAll = true;

    // Report what the client should act on, now that all state of this batch is in.
    // Messages arrive grouped by room, so each notice room's view is built once.
    for (std::size_t i = 0; i < ctx.arrived.size();) {
        const std::string& roomId = ctx.arrived[i].first;
        std::set<QString> arrivedIds;
        for (; i < ctx.arrived.size() && ctx.arrived[i].first == roomId; ++i)
            arrivedIds.insert(toQString(ctx.arrived[i].second));
        const RoomRecord& record = *m_rooms.at(roomId);
        if (!isNoticeRoom(record))
            continue;
        const auto view = buildView(roomId, record);
        for (const auto& notice : view->notices)
            if (arrivedIds.count(notice.eventId) && notice.fromNoticeSender && !notice.redacted)
                report.newNotices.emplace_back(view->roomId, notice.eventId);
    }
    for (const auto& roomId : m_roomsWithPins) {
        const RoomRecord* record = m_rooms.at(roomId).get();
        const json* pins = record->stateContent("m.room.pinned_events");
        const json* pinned = pins ? arrayMember(*pins, "pinned") : nullptr;
        if (!pinned || record->membership != Membership::Join || !isNoticeRoom(*record))
            continue;
        for (const auto& id : *pinned)
            if (id.is_string() && !record->findEvent(id.get<std::string>()))
                report.missingPinnedEvents.emplace_back(toQString(roomId), toQString(id.get<std::string>()));
    }
    if (report.skippedEvents > 0)
        qCWarning(lcStore) << "Skipped" << report.skippedEvents << "malformed events in a sync response";
    // A sync that touched no room (a long poll that timed out) changes no view.
    if (!touched.isEmpty())
        emit changed(touched);
    return report;
}

std::vector<BackfillRequest> NoticeStore::pendingBackfills() const
{
    std::vector<BackfillRequest> requests;
    for (const auto& [roomId, record] : m_rooms)
        if (record->membership != Membership::Invite && !record->gaps.empty() && isNoticeRoom(*record))
            requests.push_back(
                {toQString(roomId), toQString(record->gaps.front().from), record->gaps.front().redactionsOnly});
    return requests;
}

bool NoticeStore::applyBackfillPage(const QString& roomId, const QString& from, json&& chunk, const QString& end)
{
    const auto it = m_rooms.find(roomId.toStdString());
    if (it == m_rooms.end())
        return false;
    RoomRecord& record = *it->second;
    const auto gap = std::find_if(
        record.gaps.begin(), record.gaps.end(), [&](const TimelineGap& g) { return g.from == from.toStdString(); });
    if (gap == record.gaps.end())
        return false;
    if (gap->redactionsOnly)
        return applyRedactionSweepPage(
            it->first, record, std::size_t(gap - record.gaps.begin()), std::move(chunk), end);
    SyncApplyReport report;
    bool reachedKnown = false;
    int events = 0;
    if (chunk.is_array()) {
        // Newest first: stop at the first event the store already had before the hole.
        for (auto& event : chunk) {
            if (!isWellFormedEvent(event))
                continue;
            ++events;
            const std::string eventId = string(event, "event_id").value_or("");
            if ((!gap->stopAt.empty() && eventId == gap->stopAt) || record.messageIds.count(eventId)) {
                reachedKnown = true;
                break;
            }
            const std::string type = string(event, "type").value_or("");
            if (type == "m.room.message")
                addMessage(record, std::move(event), report);
            else if (type == "m.room.redaction" && applyRedaction(record, event))
                m_unsavedAll = true; // the withdrawn text must leave the saved copy too
        }
    }
    touch(it->first);
    gap->fetched += events;
    const bool roomStart = end.isEmpty() || events == 0;
    if (reachedKnown || roomStart || gap->fetched >= gap->budget) {
        // Out of budget before reaching the start or the known events: the rest waits for
        // the user to ask ("Load older notices"), from where this page ended.
        if (!reachedKnown && !roomStart)
            record.olderFrom = end.toStdString();
        else if (roomStart && gap->stopAt.empty())
            record.olderFrom.clear();
        // Events the store had before the hole may have been withdrawn inside its unread
        // part: sweep that part for redactions (cheap: the server filters them).
        std::optional<TimelineGap> sweep;
        if (!reachedKnown && !roomStart && !gap->stopAt.empty()) {
            const json* known = record.findEvent(gap->stopAt);
            sweep = TimelineGap {end.toStdString(), gap->stopAt, 0, 0, true,
                known ? integer(*known, "origin_server_ts").value_or(0) : 0};
        }
        record.gaps.erase(gap);
        if (sweep)
            record.gaps.push_back(std::move(*sweep));
        emit changed({roomId});
        return false; // the sweep, if any, is a hole of its own (pendingBackfills)
    }
    gap->from = end.toStdString();
    emit changed({roomId});
    return true;
}

bool NoticeStore::applyRedactionSweepPage(
    const std::string& roomId, RoomRecord& record, std::size_t gapIndex, json&& chunk, const QString& end)
{
    const auto gap = record.gaps.begin() + std::ptrdiff_t(gapIndex);
    bool reachedKnown = false;
    int events = 0;
    if (chunk.is_array()) {
        for (auto& event : chunk) {
            if (!isWellFormedEvent(event))
                continue;
            ++events;
            // A redaction always comes after what it withdraws: older than the newest
            // event known before the hole, nothing here is news to the store.
            if (integer(event, "origin_server_ts").value_or(0) < gap->stopBeforeTs
                || string(event, "event_id").value_or("") == gap->stopAt) {
                reachedKnown = true;
                break;
            }
            if (string(event, "type").value_or("") == "m.room.redaction" && applyRedaction(record, event))
                m_unsavedAll = true; // the withdrawn text must leave the saved copy too
        }
    }
    touch(roomId);
    const QString id = toQString(roomId);
    if (reachedKnown || end.isEmpty() || events == 0) {
        record.gaps.erase(gap);
        emit changed({id});
        return false;
    }
    gap->from = end.toStdString();
    emit changed({id});
    return true;
}

void NoticeStore::abandonBackfill(const QString& roomId, const QString& from)
{
    const auto it = m_rooms.find(roomId.toStdString());
    if (it == m_rooms.end())
        return;
    auto& gaps = it->second->gaps;
    gaps.erase(
        std::remove_if(gaps.begin(), gaps.end(), [&](const TimelineGap& g) { return g.from == from.toStdString(); }),
        gaps.end());
    touch(it->first);
    emit changed({roomId});
}

bool NoticeStore::requestOlderHistory(const QString& roomId, int count)
{
    const auto it = m_rooms.find(roomId.toStdString());
    if (it == m_rooms.end() || it->second->olderFrom.empty())
        return false;
    RoomRecord& record = *it->second;
    record.gaps.push_back({record.olderFrom, {}, 0, count});
    record.olderFrom.clear();
    touch(it->first);
    emit changed({roomId});
    return true;
}

void NoticeStore::setRoomTags(const QString& roomId, const QStringList& tags)
{
    auto& slot = m_rooms[roomId.toStdString()];
    if (!slot)
        slot = std::make_unique<RoomRecord>();
    slot->tags.emplace();
    for (const auto& tag : tags)
        slot->tags->insert(tag.toStdString());
    touch(roomId.toStdString());
    emit changed({roomId});
}

bool NoticeStore::addFetchedEvent(const QString& roomId, json&& event)
{
    const auto it = m_rooms.find(roomId.toStdString());
    const auto eventId = string(event, "event_id");
    if (it == m_rooms.end() || !eventId || !isWellFormedEvent(event) || !objectMember(event, "content"))
        return false;
    it->second->fetched[*eventId] = std::move(event);
    touch(it->first);
    emit changed({roomId});
    return true;
}

void NoticeStore::removeRoom(const QString& roomId)
{
    if (m_rooms.erase(roomId.toStdString())) {
        touch(roomId.toStdString());
        m_roomsWithPins.erase(roomId.toStdString());
        m_unsavedAll = true; // a forgotten room leaves the saved copy, not only the view
        emit changed({roomId});
    }
}

void NoticeStore::clear()
{
    m_rooms.clear();
    m_roomsWithPins.clear();
    m_nextBatch.clear();
    touchAll();
    emit changed({});
}

bool NoticeStore::knowsRoom(const QString& roomId) const
{
    return m_rooms.count(roomId.toStdString()) > 0;
}

std::vector<NoticeRoom> NoticeStore::noticeRooms() const
{
    std::vector<NoticeRoom> rooms;
    for (const auto& view : noticeRoomViews())
        rooms.push_back(*view);
    return rooms;
}

std::vector<std::shared_ptr<const NoticeRoom>> NoticeStore::noticeRoomViews() const
{
    refreshViews();
    std::vector<std::shared_ptr<const NoticeRoom>> rooms;
    rooms.reserve(m_views.size());
    for (const auto& [roomId, view] : m_views)
        rooms.push_back(view);
    std::stable_sort(
        rooms.begin(), rooms.end(), [](const auto& a, const auto& b) { return a->lastActivity > b->lastActivity; });
    return rooms;
}

bool NoticeStore::hasNoticeRooms() const
{
    refreshViews();
    return !m_views.empty();
}

std::optional<NoticeRoom> NoticeStore::noticeRoom(const QString& roomId) const
{
    refreshViews();
    const auto it = m_views.find(roomId.toStdString());
    if (it == m_views.end())
        return std::nullopt;
    return *it->second;
}

json NoticeStore::toSnapshot() const
{
    json rooms = json::object();
    for (const auto& [roomId, record] : m_rooms)
        rooms[roomId] = record->toJson();
    return json {{"version", 1}, {"next_batch", m_nextBatch.toStdString()}, {"rooms", std::move(rooms)}};
}

std::optional<json> NoticeStore::changesSinceSave() const
{
    if (m_unsavedAll)
        return std::nullopt;
    json rooms = json::object();
    json appended = json::object();
    for (const auto& roomId : m_unsaved) {
        const auto it = m_rooms.find(roomId);
        if (it == m_rooms.end()) {
            rooms[roomId] = nullptr;
            continue;
        }
        const RoomRecord& record = *it->second;
        json object = record.toJson();
        const auto saved = m_savedMessages.find(roomId);
        // Below the bound nothing was trimmed (a trim leaves exactly maxMessages), so the
        // saved messages are still the first ones, in the same order.
        if (saved != m_savedMessages.end() && saved->second <= record.messages.size()
            && record.messages.size() < RoomRecord::maxMessages) {
            json added = json::array();
            for (std::size_t i = saved->second; i < record.messages.size(); ++i)
                added.push_back(record.messages[i]);
            appended[roomId] = std::move(added);
            object.erase("messages");
        }
        rooms[roomId] = std::move(object);
    }
    return json {
        {"next_batch", m_nextBatch.toStdString()}, {"rooms", std::move(rooms)}, {"appended", std::move(appended)}};
}

void NoticeStore::markSaved()
{
    if (m_unsavedAll) {
        m_savedMessages.clear();
        for (const auto& [roomId, record] : m_rooms)
            m_savedMessages[roomId] = record->messages.size();
    }
    for (const auto& roomId : m_unsaved) {
        const auto it = m_rooms.find(roomId);
        if (it == m_rooms.end())
            m_savedMessages.erase(roomId);
        else
            m_savedMessages[roomId] = it->second->messages.size();
    }
    m_unsaved.clear();
    m_unsavedAll = false;
}

bool NoticeStore::applySavedChanges(json& snapshot, json&& changes)
{
    json* rooms = objectMember(snapshot, "rooms");
    json* changedRooms = objectMember(changes, "rooms");
    json* appended = objectMember(changes, "appended");
    const auto batch = string(changes, "next_batch");
    if (!rooms || !changedRooms || !batch)
        return false;
    // Messages first, from the room as it was saved before this change.
    if (appended) {
        for (auto it = appended->begin(); it != appended->end(); ++it) {
            json* before = objectMember(*rooms, it.key().c_str());
            json* messages = before ? arrayMember(*before, "messages") : nullptr;
            json* record = objectMember(*changedRooms, it.key().c_str());
            if (!messages || !record || !it.value().is_array())
                return false;
            for (auto& event : it.value())
                messages->push_back(std::move(event));
            (*record)["messages"] = std::move(*messages);
        }
    }
    snapshot["next_batch"] = *batch;
    for (auto it = changedRooms->begin(); it != changedRooms->end(); ++it) {
        if (it.value().is_null())
            rooms->erase(it.key());
        else
            (*rooms)[it.key()] = std::move(it.value());
    }
    return true;
}

bool NoticeStore::loadSnapshot(const json& snapshot)
{
    m_rooms.clear();
    m_roomsWithPins.clear();
    m_savedMessages.clear();
    m_nextBatch.clear();
    touchAll();
    if (integer(snapshot, "version").value_or(0) != 1)
        return false;
    const json* rooms = objectMember(snapshot, "rooms");
    if (!rooms)
        return false;
    bool unreadable = false;
    for (auto it = rooms->begin(); it != rooms->end(); ++it) {
        auto record = RoomRecord::fromJson(it.value());
        if (!record) {
            // Resume from the saved token would never send this room again: sync from the
            // start instead, which brings it back (and changes nothing for the others).
            qCWarning(lcStore) << "A room in the saved state is unreadable; syncing everything again";
            unreadable = true;
            continue;
        }
        notePins(it.key(), *record, m_roomsWithPins);
        m_savedMessages[it.key()] = record->messages.size();
        m_rooms[it.key()] = std::make_unique<RoomRecord>(std::move(*record));
    }
    if (!unreadable)
        m_nextBatch = qstring(snapshot, "next_batch");
    // What was read is what the disk holds, unless a room had to be dropped: then only a
    // whole snapshot takes it off the disk.
    m_unsaved.clear();
    m_unsavedAll = unreadable;
    emit changed({});
    return true;
}

} // namespace nb
