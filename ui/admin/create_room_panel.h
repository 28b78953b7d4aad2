#pragma once
// "Create notice room": an MSC4279 preset room for one invitee, with name, topic, leave
// rule and power-level overrides, and the exact /createRoom request shown live before
// it is sent (app/admin/notice_room_form builds spec and request; this panel only edits
// values and displays the text).
#include "admin/notice_room_form.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace nb {

class AdminService;
class MessageBar;
class PowerLevelTable;

class CreateRoomPanel : public QWidget {
    Q_OBJECT
public:
    explicit CreateRoomPanel(AdminService& admin, QWidget* parent = nullptr);

    // What the form describes, or nullopt with *error saying what to fix.
    std::optional<NoticeRoomSpec> spec(QString* error) const;
    QString requestText() const; // what the Request view shows
    PowerLevelTable* powerLevels() const { return m_powerLevels; }

signals:
    void roomCreated(const QString& roomId);

private:
    NoticeRoomForm form() const; // the widgets' values, unchecked
    void updatePreview();
    void create();

    AdminService& m_admin;
    QComboBox* m_preset;
    QLineEdit* m_invitee;
    QLineEdit* m_name;
    QLineEdit* m_topic;
    QCheckBox* m_allowLeave;
    PowerLevelTable* m_powerLevels;
    QLabel* m_problem;
    QPlainTextEdit* m_request;
    QPushButton* m_create;
    QLabel* m_created;
    MessageBar* m_messages;
    bool m_busy = false;
};

} // namespace nb
