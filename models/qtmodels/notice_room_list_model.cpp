#include "qtmodels/notice_room_list_model.h"
#include "store/sender_label.h"

#include <QCoreApplication>

namespace nb {

namespace {
// Internal ids: 0 for group rows, group + 1 for room rows (their parent's group).
constexpr quintptr groupRowId = 0;
} // namespace

QString displayNameOf(const NoticeRoom& room)
{
    if (!room.name.isEmpty())
        return room.name;
    return room.kind == NoticeKind::Legacy ? QCoreApplication::translate("nb::NoticeRoomListModel", "Server Notices")
                                           : QCoreApplication::translate("nb::NoticeRoomListModel", "Server Notice");
}

namespace {
QString fromLine(const NoticeRoom& room)
{
    const QString sender = roomSenderId(room);
    if (sender.isEmpty())
        return {};
    const SenderLabel label = senderLabel(room, sender);
    // The tooltip always carries the full ID, whatever the name.
    return label.name == sender
        ? QCoreApplication::translate("nb::NoticeRoomListModel", "From %1").arg(sender)
        : QCoreApplication::translate("nb::NoticeRoomListModel", "From %1 (%2)").arg(label.name, sender);
}

QString toolTipOf(const NoticeRoom& room)
{
    QStringList lines;
    if (room.trust == Trust::Unverified)
        lines << QCoreApplication::translate("nb::NoticeRoomListModel", "Not verified as sent by your server. %1")
                     .arg(shownTrustReason(room));
    else if (!room.topic.isEmpty())
        lines << room.topic;
    if (const QString from = fromLine(room); !from.isEmpty())
        lines << from;
    return lines.join(QLatin1Char('\n'));
}
} // namespace

QString accessibleDescriptionOf(const NoticeRoom& room)
{
    QStringList parts;
    if (room.trust == Trust::Official)
        parts << QCoreApplication::translate("nb::NoticeRoomListModel", "Official notice from your server");
    else
        parts << QCoreApplication::translate(
            "nb::NoticeRoomListModel", "Unverified, not confirmed as sent by your server: %1")
                     .arg(shownTrustReason(room));
    if (room.membership == Membership::Invite)
        parts << QCoreApplication::translate("nb::NoticeRoomListModel", "not opened yet");
    if (room.membership == Membership::Leave)
        parts << QCoreApplication::translate("nb::NoticeRoomListModel", "archived");
    parts << (room.unread > 0 ? QCoreApplication::translate("nb::NoticeRoomListModel", "%1 unread").arg(room.unread)
                              : QCoreApplication::translate("nb::NoticeRoomListModel", "no unread notices"));
    if (const QString from = fromLine(room); !from.isEmpty())
        parts << from;
    if (!room.topic.isEmpty())
        parts << room.topic;
    // One full stop between parts, however a part ends (a trust reason is a sentence).
    for (QString& part : parts)
        while (part.endsWith(QLatin1Char('.')))
            part.chop(1);
    return parts.join(QStringLiteral(". "));
}

NoticeRoomListModel::NoticeRoomListModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

NoticeRoomListModel::Group NoticeRoomListModel::groupOf(const NoticeRoom& room)
{
    if (room.trust == Trust::Unverified)
        return Group::Unverified;
    return room.membership == Membership::Leave ? Group::Archived : Group::Active;
}

QString NoticeRoomListModel::groupTitle(Group group)
{
    switch (group) {
    case Group::Active:
        return tr("Active");
    case Group::Archived:
        return tr("Archived");
    case Group::Unverified:
        return tr("Unverified");
    }
    return {};
}

std::vector<std::shared_ptr<const NoticeRoom>> sharedRooms(const std::vector<NoticeRoom>& rooms)
{
    std::vector<std::shared_ptr<const NoticeRoom>> shared;
    shared.reserve(rooms.size());
    for (const auto& room : rooms)
        shared.push_back(std::make_shared<const NoticeRoom>(room));
    return shared;
}

void NoticeRoomListModel::setRooms(const std::vector<std::shared_ptr<const NoticeRoom>>& rooms)
{
    beginResetModel();
    for (auto& group : m_groups)
        group.clear();
    for (const auto& room : rooms)
        m_groups[int(groupOf(*room))].push_back(room);
    for (auto& group : m_groups)
        std::stable_sort(
            group.begin(), group.end(), [](const auto& a, const auto& b) { return a->lastActivity > b->lastActivity; });
    endResetModel();
}

QModelIndex NoticeRoomListModel::indexOfRoom(const QString& roomId) const
{
    for (int group = 0; group < groupCount; ++group)
        for (int row = 0; row < int(m_groups[group].size()); ++row)
            if (m_groups[group][row]->roomId == roomId)
                return createIndex(row, 0, quintptr(group + 1));
    return {};
}

const NoticeRoom* NoticeRoomListModel::roomAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == groupRowId)
        return nullptr;
    const auto& group = m_groups[int(index.internalId() - 1)];
    return index.row() < int(group.size()) ? group[index.row()].get() : nullptr;
}

QModelIndex NoticeRoomListModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < groupCount ? createIndex(row, 0, groupRowId) : QModelIndex();
    if (parent.internalId() != groupRowId)
        return {};
    if (row >= int(m_groups[parent.row()].size()))
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex NoticeRoomListModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == groupRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, groupRowId);
}

int NoticeRoomListModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return groupCount;
    if (parent.column() != 0 || parent.internalId() != groupRowId)
        return 0;
    return int(m_groups[parent.row()].size());
}

int NoticeRoomListModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant NoticeRoomListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == groupRowId) {
        const auto group = Group(index.row());
        switch (role) {
        case Qt::DisplayRole: {
            const auto count = m_groups[index.row()].size();
            return QStringLiteral("%1 (%2)").arg(groupTitle(group), QString::number(count));
        }
        case IsGroupRole:
            return true;
        case GroupRole:
            return index.row();
        default:
            return {};
        }
    }
    const NoticeRoom* room = roomAt(index);
    if (!room)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayNameOf(*room);
    case Qt::ToolTipRole:
        return toolTipOf(*room);
    case Qt::AccessibleTextRole:
        return displayNameOf(*room);
    case Qt::AccessibleDescriptionRole:
        return accessibleDescriptionOf(*room);
    case SenderRole: {
        const QString sender = roomSenderId(*room);
        return sender.isEmpty() ? QString() : senderLabel(*room, sender).text();
    }
    case SenderIdRole:
        return roomSenderId(*room);
    case AvatarUrlRole: {
        if (!room->avatarUrl.isEmpty())
            return room->avatarUrl;
        const QString sender = roomSenderId(*room);
        return sender.isEmpty() ? QString() : senderLabel(*room, sender).avatarUrl;
    }
    case RoomIdRole:
        return room->roomId;
    case TopicRole:
        return room->topic;
    case UnreadRole:
        return room->unread;
    case TrustRole:
        return trustName(room->trust);
    case MembershipRole:
        return membershipName(room->membership);
    case KindRole:
        return kindName(room->kind);
    case LastActivityRole:
        return room->lastActivity;
    case IsGroupRole:
        return false;
    case GroupRole:
        return int(index.internalId() - 1);
    default:
        return {};
    }
}

QHash<int, QByteArray> NoticeRoomListModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(RoomIdRole, "roomId");
    names.insert(TopicRole, "topic");
    names.insert(UnreadRole, "unread");
    names.insert(TrustRole, "trust");
    names.insert(MembershipRole, "membership");
    names.insert(KindRole, "kind");
    names.insert(LastActivityRole, "lastActivity");
    names.insert(IsGroupRole, "isGroup");
    names.insert(GroupRole, "group");
    names.insert(SenderRole, "sender");
    names.insert(SenderIdRole, "senderId");
    names.insert(AvatarUrlRole, "avatarUrl");
    return names;
}

} // namespace nb
