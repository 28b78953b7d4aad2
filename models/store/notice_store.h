#pragma once
// Applies /sync responses and keeps what a notice app needs about every room: the
// state that decides whether it is a notice room, whether it is official, what the
// user may do in it, and its recent messages. Events are kept as the JSON the server
// sent (moved, not copied, out of the parsed response) and interpreted on demand, so
// ingesting a large sync costs little more than parsing it.
#include "notice/trust.h"
#include "notice/usage_limit.h"
#include "store/notice_room.h"

#include <QObject>
#include <QStringList>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace nb {

struct RoomRecord; // internal

struct SyncApplyReport {
    int skippedEvents = 0; // malformed events that were dropped
    QStringList invitesNeedingTagCheck; // invites whose m.server_notice tag is unknown
    std::vector<std::pair<QString, QString>> missingPinnedEvents; // (room, event) to fetch
    std::vector<std::pair<QString, QString>> newNotices; // (room, event) that just arrived
    QStringList newInvites; // rooms the user was just invited to (notice rooms or not)
};

// One page of history to fetch: GET /rooms/{roomId}/messages?dir=b&from=...
struct BackfillRequest {
    QString roomId;
    QString from;
    bool redactionsOnly = false; // ask /messages for redactions only (TimelineGap)
};

class NoticeStore : public QObject {
    Q_OBJECT
public:
    explicit NoticeStore(QObject* parent = nullptr);
    ~NoticeStore() override;

    void setTrustContext(const TrustContext& context);
    const TrustContext& trustContext() const { return m_context; }

    // Takes ownership of the parsed body (its events are moved into the store).
    SyncApplyReport applySync(nlohmann::json&& sync);

    // GET /user/{me}/rooms/{roomId}/tags answered for an invite.
    void setRoomTags(const QString& roomId, const QStringList& tags);
    // An event fetched on its own (a pinned notice outside the synced timeline).
    bool addFetchedEvent(const QString& roomId, nlohmann::json&& event);
    // Holes in notice rooms' timelines still to fill (one request per room at a time).
    std::vector<BackfillRequest> pendingBackfills() const;
    // A /messages page (dir=b, newest first) fetched for a gap starting at `from`, and the
    // page's `end` token. True when that gap needs another page (from `end`).
    bool applyBackfillPage(const QString& roomId, const QString& from, nlohmann::json&& chunk, const QString& end);
    // The server will not give this page (the room is gone, history not visible).
    void abandonBackfill(const QString& roomId, const QString& from);
    // "Load older notices": up to `count` more events before the oldest loaded one.
    bool requestOlderHistory(const QString& roomId, int count = 200);
    // The room was forgotten: it no longer exists for this user.
    void removeRoom(const QString& roomId);
    // Forget everything (a new login, a logout).
    void clear();

    QString nextBatch() const { return m_nextBatch; }
    // The server refused the token: the next sync starts from scratch (rooms are kept).
    void forgetSyncToken() { m_nextBatch.clear(); }

    std::vector<NoticeRoom> noticeRooms() const; // newest activity first
    // The same without copying them: they stay as they are when the store changes later.
    std::vector<std::shared_ptr<const NoticeRoom>> noticeRoomViews() const;
    bool hasNoticeRooms() const;
    std::optional<NoticeRoom> noticeRoom(const QString& roomId) const;
    // The room's raw record is known (notice room or not).
    bool knowsRoom(const QString& roomId) const;

    // The active usage limit pinned in an official notice room, if any.
    std::optional<UsageLimit> pinnedUsageLimit() const;

    // Persistence, so that a restart can resume from the saved sync token.
    nlohmann::json toSnapshot() const;
    bool loadSnapshot(const nlohmann::json& snapshot); // false: unusable, store left empty
    // Saving in parts (StorePersistence): what changed since markSaved(), to be laid over
    // the last save with applySavedChanges(): {"next_batch", "rooms": {id: record, or null
    // when removed}, "appended": {id: [messages]}}. A room in "appended" only gained
    // messages: its record there leaves them out, so a new notice in a room with a long
    // history costs the notice, not the history. Nullopt when only a whole snapshot will
    // do: after clear(), or when content was withdrawn (a redaction, a forgotten room),
    // which must leave the disk, not only be superseded there.
    std::optional<nlohmann::json> changesSinceSave() const;
    void markSaved();
    // Lays one changesSinceSave() record over a snapshot (loading a snapshot and its log).
    // False when `changes` is not such a record or does not fit the snapshot.
    static bool applySavedChanges(nlohmann::json& snapshot, nlohmann::json&& changes);

    int roomCount() const { return int(m_rooms.size()); }

signals:
    // The rooms whose views may differ now; empty when any room's may (a new trust
    // context, a load, clear()). Listeners redraw only those: a large account has
    // thousands of rooms, and one new notice changes one.
    void changed(const QStringList& roomIds);

private:
    std::optional<NoticeRoom> buildView(const std::string& roomId, const RoomRecord& record) const;
    bool isNoticeRoom(const RoomRecord& record) const;
    // Views are built from records on demand and kept until their room changes.
    void refreshViews() const;
    void touch(const std::string& roomId); // the room changed: its view and its saved copy are stale
    // One page of a redactions-only sweep (TimelineGap::redactionsOnly) of record.gaps[gapIndex].
    bool applyRedactionSweepPage(const std::string& roomId, RoomRecord& record, std::size_t gapIndex,
        nlohmann::json&& chunk, const QString& end);
    void touchAll(); // everything changed (views and saved copy alike)

    TrustContext m_context;
    QString m_nextBatch;
    std::map<std::string, std::unique_ptr<RoomRecord>> m_rooms;
    // Rooms with pinned events: the only ones whose pins can be missing (checked each sync).
    std::set<std::string> m_roomsWithPins;

    // Notice rooms only. Shared, so that handing them to the inbox and the tray copies no
    // notices: a room with 1,000 notices was copied several times per sync (bench_new_notice:
    // 30 ms of a new notice's 40 on an account of 150 such rooms).
    mutable std::map<std::string, std::shared_ptr<const NoticeRoom>> m_views;
    mutable std::set<std::string> m_staleViews;
    mutable bool m_allViewsStale = true;

    std::set<std::string> m_unsaved; // rooms changed since markSaved()
    bool m_unsavedAll = true; // only a whole snapshot describes the change
    // How many of each room's messages the last save holds, in the store's order: messages
    // are only ever appended, until the bound trims them (then the room is saved whole).
    std::map<std::string, std::size_t> m_savedMessages;
};

} // namespace nb
