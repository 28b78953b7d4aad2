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
#include <nlohmann/json.hpp>
#include <optional>
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
    // The room was forgotten: it no longer exists for this user.
    void removeRoom(const QString& roomId);
    // Forget everything (a new login, a logout).
    void clear();

    QString nextBatch() const { return m_nextBatch; }

    std::vector<NoticeRoom> noticeRooms() const; // newest activity first
    std::optional<NoticeRoom> noticeRoom(const QString& roomId) const;
    // The room's raw record is known (notice room or not).
    bool knowsRoom(const QString& roomId) const;

    // The active usage limit pinned in an official notice room, if any.
    std::optional<UsageLimit> pinnedUsageLimit() const;

    // Persistence, so that a restart can resume from the saved sync token.
    nlohmann::json toSnapshot() const;
    bool loadSnapshot(const nlohmann::json& snapshot); // false: unusable, store left empty

    int roomCount() const { return int(m_rooms.size()); }

signals:
    void changed();

private:
    std::optional<NoticeRoom> buildView(const std::string& roomId, const RoomRecord& record) const;
    bool isNoticeRoom(const RoomRecord& record) const;

    TrustContext m_context;
    QString m_nextBatch;
    std::map<std::string, std::unique_ptr<RoomRecord>> m_rooms;
};

} // namespace nb
