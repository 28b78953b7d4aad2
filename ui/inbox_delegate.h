#pragma once
// Paints the inbox: group headers as quiet section titles; each notice room as its
// name (prominent), a second line (topic, or what the room is), an unread badge, a
// trust marker (a shield for official notices, a warning sign for unverified ones) and
// the room's avatar. Colours come from the palette (theme_colors.h).
#include <QStyledItemDelegate>

namespace nb {

class AvatarCache;

class InboxDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Where room avatars come from; none: each room gets its initial in a circle.
    void setAvatars(AvatarCache* avatars) { m_avatars = avatars; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The second line of a room row, in words (also its accessible description).
    static QString secondLine(const QModelIndex& index);

private:
    void paintGroup(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
    void paintRoom(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
    void paintAvatar(QPainter* painter, const QRect& rect, const QModelIndex& index, const QPalette& palette) const;

    AvatarCache* m_avatars = nullptr;
};

} // namespace nb
