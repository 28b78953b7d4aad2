#pragma once
// Power-level overrides for a new notice room as a small table: a key ("events_default",
// "users.@alice:example.org", "events.m.room.topic", "notifications.room") and a level.
// It only collects the rows; turning them into the override object NoticeRoomSpec
// carries is models/notice/power_level_overrides, and the merge is noticeRoomRequest's.
#include <QWidget>
#include <nlohmann/json.hpp>

class QTableWidget;
class QPushButton;

namespace nb {

class PowerLevelTable : public QWidget {
    Q_OBJECT
public:
    explicit PowerLevelTable(QWidget* parent = nullptr);

    // The overrides as a power_levels fragment; *error says which row is wrong (then the
    // fragment holds only the valid rows).
    nlohmann::json overrides(QString* error) const;
    void addRow(const QString& key, int level);

signals:
    void changed();

private:
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace nb
