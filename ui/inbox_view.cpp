#include "inbox_view.h"

#include "avatar_cache.h"
#include "inbox_delegate.h"
#include "plain_tooltip_proxy.h"
#include "qtmodels/notice_room_list_model.h"

#include <QHeaderView>
#include <QIdentityProxyModel>

namespace nb {

// Group headers are section titles: visible, never selectable or focusable. Tooltips (a
// topic, an unverified room's reason) are plain text.
class InboxGroupProxy : public PlainToolTipProxy {
public:
    using PlainToolTipProxy::PlainToolTipProxy;
    Qt::ItemFlags flags(const QModelIndex& index) const override
    {
        if (index.data(NoticeRoomListModel::IsGroupRole).toBool())
            return Qt::ItemIsEnabled;
        return PlainToolTipProxy::flags(index);
    }
};

InboxView::InboxView(QWidget* parent)
    : QTreeView(parent)
    , m_model(new NoticeRoomListModel(this))
    , m_proxy(new InboxGroupProxy(this))
    , m_delegate(new InboxDelegate(this))
{
    setObjectName(QStringLiteral("inboxView"));
    setAccessibleName(tr("Notices"));
    m_proxy->setSourceModel(m_model);
    setModel(m_proxy);
    setItemDelegate(m_delegate);
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setIndentation(0);
    setUniformRowHeights(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    expandAll();
    updateGroupVisibility();

    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) { onCurrentChanged(current); });
}

InboxView::~InboxView() = default;

void InboxView::setRooms(const std::vector<NoticeRoom>& rooms)
{
    setRooms(sharedRooms(rooms));
}

void InboxView::setRooms(const std::vector<std::shared_ptr<const NoticeRoom>>& rooms)
{
    const QString keep = m_currentRoomId;
    m_resetting = true;
    m_model->setRooms(rooms);
    expandAll();
    updateGroupVisibility();
    // Re-select by room ID: a sync must not take the user away from what they read.
    // The room may have moved between groups (accepted, archived); it stays selected.
    const QModelIndex again = viewIndexOfRoom(keep);
    if (again.isValid())
        setCurrentIndex(again);
    m_resetting = false;
    if (!keep.isEmpty() && !again.isValid()) {
        m_currentRoomId.clear();
        emit currentRoomChanged({});
    }
}

QString InboxView::currentRoomId() const
{
    return m_currentRoomId;
}

QModelIndex InboxView::viewIndexOfRoom(const QString& roomId) const
{
    if (roomId.isEmpty())
        return {};
    return m_proxy->mapFromSource(m_model->indexOfRoom(roomId));
}

bool InboxView::selectRoom(const QString& roomId)
{
    const QModelIndex index = viewIndexOfRoom(roomId);
    if (!index.isValid())
        return false;
    setCurrentIndex(index);
    scrollTo(index);
    return true;
}

bool InboxView::selectAdjacentRoom(int step)
{
    // The rooms in the order shown: each visible group's rooms, top to bottom.
    QStringList order;
    for (int group = 0; group < m_proxy->rowCount(); ++group) {
        if (isRowHidden(group, {}))
            continue;
        const QModelIndex parent = m_proxy->index(group, 0);
        for (int row = 0; row < m_proxy->rowCount(parent); ++row)
            order << m_proxy->index(row, 0, parent).data(NoticeRoomListModel::RoomIdRole).toString();
    }
    if (order.isEmpty())
        return false;
    const int at = order.indexOf(m_currentRoomId);
    const int next = at < 0 ? (step > 0 ? 0 : int(order.size()) - 1) : at + step;
    if (next < 0 || next >= order.size() || next == at)
        return false;
    return selectRoom(order.at(next));
}

void InboxView::setAvatarCache(AvatarCache* avatars)
{
    m_delegate->setAvatars(avatars);
    if (avatars)
        connect(avatars, &AvatarCache::avatarReady, viewport(), qOverload<>(&QWidget::update));
}

void InboxView::onCurrentChanged(const QModelIndex& current)
{
    const QString roomId = current.data(NoticeRoomListModel::RoomIdRole).toString();
    if (roomId.isEmpty() || roomId == m_currentRoomId)
        return; // a group header, or the same room re-selected after a reset
    m_currentRoomId = roomId;
    if (!m_resetting)
        emit currentRoomChanged(roomId);
}

void InboxView::updateGroupVisibility()
{
    // Empty Archived / Unverified sections are noise; Active always shows, so the
    // inbox never looks broken when there is nothing in it.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex group = m_proxy->index(row, 0);
        const bool empty = m_proxy->rowCount(group) == 0;
        setRowHidden(row, QModelIndex(), empty && row != int(NoticeRoomListModel::Group::Active));
    }
}

} // namespace nb
