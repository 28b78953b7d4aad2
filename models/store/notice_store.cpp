#include "store/notice_store.h"
#include "matrix/json_access.h"
#include "notice/identifiers.h"
#include "store/room_record.h"

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
    // Of all members, only the user's own membership matters to a notice app.
    if (type == "m.room.member" && *stateKey != ctx.ownUserId)
        return;
    record.state[stateKeyOf(type, *stateKey)] = std::move(event);
}

void applyMessage(const std::string& roomId, RoomRecord& record, json&& event, ApplyContext& ctx)
{
    const auto eventId = string(event, "event_id");
    if (!eventId || !string(event, "sender") || !objectMember(event, "content")) {
        ++ctx.report.skippedEvents;
        return;
    }
    if (!record.messageIds.insert(*eventId).second)
        return;
    ctx.arrived.emplace_back(roomId, *eventId);
    record.messages.push_back(std::move(event));
    if (record.messages.size() > RoomRecord::maxMessages) {
        const auto oldest = string(record.messages.front(), "event_id");
        if (oldest)
            record.messageIds.erase(*oldest);
        record.messages.erase(record.messages.begin());
    }
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
    if (json* timeline = objectMember(room, "timeline")) {
        if (json* events = arrayMember(*timeline, "events"))
            for (auto& event : *events) {
                if (!isWellFormedEvent(event)) {
                    ++ctx.report.skippedEvents;
                    continue;
                }
                if (member(event, "state_key"))
                    applyStateEvent(record, std::move(event), ctx);
                else if (string(event, "type").value_or("") == "m.room.message" && mayBeNoticeRoom(record))
                    applyMessage(roomId, record, std::move(event), ctx);
            }
    }
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

void applyInvite(RoomRecord& record, json& room, ApplyContext& ctx)
{
    record.membership = Membership::Invite;
    json* inviteState = objectMember(room, "invite_state");
    json* events = inviteState ? arrayMember(*inviteState, "events") : nullptr;
    if (!events)
        return;
    for (auto& event : *events) {
        if (!isWellFormedEvent(event) || !string(event, "state_key")) {
            ++ctx.report.skippedEvents;
            continue;
        }
        if (string(event, "type").value_or("") == "m.room.member"
            && string(event, "state_key").value_or("") == ctx.ownUserId) {
            record.inviter = string(event, "sender").value_or("");
            record.inviteTimestamp = integer(event, "origin_server_ts").value_or(record.inviteTimestamp);
        }
        applyStateEvent(record, std::move(event), ctx);
    }
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
    emit changed();
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
                if (membership == Membership::Invite) {
                    if (record.membership != Membership::Invite || record.state.empty())
                        report.newInvites.append(toQString(it.key()));
                    applyInvite(record, it.value(), ctx);
                    if (!record.tags)
                        report.invitesNeedingTagCheck.append(toQString(it.key()));
                    continue;
                }
                record.membership = membership;
                applyAccountData(record, it.value()); // first: the tag decides what is kept
                applyTimeline(it.key(), record, it.value(), ctx);
                applyEphemeral(record, it.value(), ctx.ownUserId);
                if (const json* counts = objectMember(it.value(), "unread_notifications"))
                    record.notificationCount =
                        int(integer(*counts, "notification_count").value_or(record.notificationCount));
            }
        }
    }
    if (auto next = string(sync, "next_batch"))
        m_nextBatch = toQString(*next);

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
            if (arrivedIds.count(notice.eventId) && !notice.fromMe)
                report.newNotices.emplace_back(view->roomId, notice.eventId);
    }
    for (const auto& [roomId, record] : m_rooms) {
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
    emit changed();
    return report;
}

void NoticeStore::setRoomTags(const QString& roomId, const QStringList& tags)
{
    auto& slot = m_rooms[roomId.toStdString()];
    if (!slot)
        slot = std::make_unique<RoomRecord>();
    slot->tags.emplace();
    for (const auto& tag : tags)
        slot->tags->insert(tag.toStdString());
    emit changed();
}

bool NoticeStore::addFetchedEvent(const QString& roomId, json&& event)
{
    const auto it = m_rooms.find(roomId.toStdString());
    const auto eventId = string(event, "event_id");
    if (it == m_rooms.end() || !eventId || !isWellFormedEvent(event) || !objectMember(event, "content"))
        return false;
    it->second->fetched[*eventId] = std::move(event);
    emit changed();
    return true;
}

void NoticeStore::removeRoom(const QString& roomId)
{
    if (m_rooms.erase(roomId.toStdString()))
        emit changed();
}

void NoticeStore::clear()
{
    m_rooms.clear();
    m_nextBatch.clear();
    emit changed();
}

bool NoticeStore::knowsRoom(const QString& roomId) const
{
    return m_rooms.count(roomId.toStdString()) > 0;
}

std::vector<NoticeRoom> NoticeStore::noticeRooms() const
{
    std::vector<NoticeRoom> rooms;
    for (const auto& [roomId, record] : m_rooms)
        if (auto view = buildView(roomId, *record))
            rooms.push_back(std::move(*view));
    std::stable_sort(rooms.begin(), rooms.end(),
        [](const NoticeRoom& a, const NoticeRoom& b) { return a.lastActivity > b.lastActivity; });
    return rooms;
}

std::optional<NoticeRoom> NoticeStore::noticeRoom(const QString& roomId) const
{
    const auto it = m_rooms.find(roomId.toStdString());
    if (it == m_rooms.end())
        return std::nullopt;
    return buildView(it->first, *it->second);
}

json NoticeStore::toSnapshot() const
{
    json rooms = json::object();
    for (const auto& [roomId, record] : m_rooms)
        rooms[roomId] = record->toJson();
    return json {{"version", 1}, {"next_batch", m_nextBatch.toStdString()}, {"rooms", std::move(rooms)}};
}

bool NoticeStore::loadSnapshot(const json& snapshot)
{
    m_rooms.clear();
    m_nextBatch.clear();
    if (integer(snapshot, "version").value_or(0) != 1)
        return false;
    const json* rooms = objectMember(snapshot, "rooms");
    if (!rooms)
        return false;
    for (auto it = rooms->begin(); it != rooms->end(); ++it) {
        auto record = RoomRecord::fromJson(it.value());
        if (!record) {
            qCWarning(lcStore) << "Dropping an unreadable room from the saved state";
            continue;
        }
        m_rooms[it.key()] = std::make_unique<RoomRecord>(std::move(*record));
    }
    m_nextBatch = qstring(snapshot, "next_batch");
    emit changed();
    return true;
}

} // namespace nb
