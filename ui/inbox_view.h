#pragma once
// The inbox: notice rooms only, grouped Active / Archived / Unverified, newest first.
// Keeps the selected room selected across model resets (every sync resets the model).
#include "store/notice_room.h"

#include <QTreeView>
#include <memory>
#include <vector>

namespace nb {

class AvatarCache;
class InboxDelegate;
class NoticeRoomListModel;
class InboxGroupProxy;

class InboxView : public QTreeView {
    Q_OBJECT
public:
    explicit InboxView(QWidget* parent = nullptr);
    ~InboxView() override;

    void setRooms(const std::vector<NoticeRoom>& rooms);
    void setRooms(const std::vector<std::shared_ptr<const NoticeRoom>>& rooms); // the store's views
    NoticeRoomListModel* roomModel() const { return m_model; }

    QString currentRoomId() const;
    // Selects the room; false when it is not in the inbox.
    bool selectRoom(const QString& roomId);
    // The view index of a room (for tests that click on it), or an invalid index.
    QModelIndex viewIndexOfRoom(const QString& roomId) const;
    // Selects the next (step 1) or previous (step -1) notice room in the order shown, across
    // groups; stays put at either end. False when there was nowhere to go.
    bool selectAdjacentRoom(int step);
    void setAvatarCache(AvatarCache* avatars);

signals:
    // Empty when nothing is selected (the room went away).
    void currentRoomChanged(const QString& roomId);

private:
    void onCurrentChanged(const QModelIndex& current);
    void updateGroupVisibility();

    NoticeRoomListModel* m_model;
    InboxGroupProxy* m_proxy;
    InboxDelegate* m_delegate;
    QString m_currentRoomId;
    bool m_resetting = false;
};

} // namespace nb
