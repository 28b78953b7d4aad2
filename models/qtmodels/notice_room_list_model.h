#pragma once
// The inbox as a two-level tree: the groups Active, Archived and Unverified, each
// holding its notice rooms, newest first. Fed with snapshots from the NoticeStore.
#include "store/notice_room.h"

#include <QAbstractItemModel>
#include <array>
#include <memory>
#include <vector>

namespace nb {

// Copies of `rooms`, shared as the store shares its own views.
std::vector<std::shared_ptr<const NoticeRoom>> sharedRooms(const std::vector<NoticeRoom>& rooms);

class NoticeRoomListModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class Group { Active = 0, Archived = 1, Unverified = 2 };
    enum Role {
        RoomIdRole = Qt::UserRole + 1,
        TopicRole,
        UnreadRole,
        TrustRole, // "official" | "unverified"
        MembershipRole, // "invite" | "join" | "leave"
        KindRole, // "legacy" | "msc4279"
        LastActivityRole,
        IsGroupRole,
        GroupRole,
        SenderRole, // who the room is from, as shown (sender_label.h): "Name" or "Name (@id)"
        SenderIdRole, // that sender's full Matrix ID
        AvatarUrlRole, // mxc:// of the room's avatar, else its sender's; empty when neither
    };

    explicit NoticeRoomListModel(QObject* parent = nullptr);

    void setRooms(const std::vector<NoticeRoom>& rooms) { setRooms(sharedRooms(rooms)); }
    // The store's own views (NoticeStore::noticeRoomViews): nothing is copied.
    void setRooms(const std::vector<std::shared_ptr<const NoticeRoom>>& rooms);
    static Group groupOf(const NoticeRoom& room);
    static QString groupTitle(Group group);

    // The index of a room, or an invalid index.
    QModelIndex indexOfRoom(const QString& roomId) const;
    const NoticeRoom* roomAt(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    static constexpr int groupCount = 3;
    std::array<std::vector<std::shared_ptr<const NoticeRoom>>, groupCount> m_groups;
};

QString displayNameOf(const NoticeRoom& room);

// What a screen reader says after a room's name: official or unverified (and why), how
// many unread, and from whom.
QString accessibleDescriptionOf(const NoticeRoom& room);

} // namespace nb
