#pragma once
// Paints the inbox: group headers as quiet section titles; each notice room as its
// name (prominent), a second line (topic, or what the room is), an unread badge, and
// a trust marker: a shield for official notices, a warning sign for unverified ones.
#include <QStyledItemDelegate>

namespace nb {

class InboxDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The second line of a room row, in words (also its accessible description).
    static QString secondLine(const QModelIndex& index);

private:
    void paintGroup(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
    void paintRoom(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
};

} // namespace nb
