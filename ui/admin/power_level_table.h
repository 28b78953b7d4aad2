#pragma once
// Power-level overrides for a new notice room as a small table: a key ("events_default",
// "users.@alice:example.org", "events.m.room.topic", "notifications.room") and a level.
// It only edits the rows as typed; turning them into the override object NoticeRoomSpec
// carries is app/admin/notice_room_form (models/notice/power_level_overrides), and the
// merge is noticeRoomRequest's.
#include "notice/power_level_overrides.h"

#include <QList>
#include <QWidget>

class QTableWidget;
class QPushButton;

namespace nb {

class PowerLevelTable : public QWidget {
    Q_OBJECT
public:
    explicit PowerLevelTable(QWidget* parent = nullptr);

    // The rows as typed (checked when the form becomes a NoticeRoomSpec).
    QList<PowerLevelOverrideRow> rows() const;
    void addRow(const QString& key, int level);

signals:
    void changed();

private:
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace nb
