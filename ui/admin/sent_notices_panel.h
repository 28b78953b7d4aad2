#pragma once
// "Sent notices": the notice rooms this admin created (recipient, membership, read state,
// leave rule), Allow/Deny archiving for a selection, the selected room's recent messages
// with the recipient's replies marked, a reply box (the appeal channel), and Pin / Unpin.
// Everything comes from and goes through AdminService.
#include "admin/sent_notice_room.h"
#include "service/action_result.h"

#include <QItemSelectionModel>
#include <QWidget>
#include <vector>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace nb {

class AdminService;
class MessageBar;

class SentNoticesPanel : public QWidget {
    Q_OBJECT
public:
    // The table's columns (sentRoomsTable); the recipient cell carries the room ID
    // (RoomIdRole, and shown as its tooltip).
    static constexpr int RoomIdRole = Qt::UserRole + 1;
    enum Column {
        RecipientColumn,
        MembershipColumn,
        ReadColumn,
        RepliesColumn,
        LeaveRuleColumn,
        NameColumn,
        ColumnCount
    };

    explicit SentNoticesPanel(AdminService& admin, QWidget* parent = nullptr);

    void refresh();
    const std::vector<SentNoticeRoom>& rooms() const { return m_rooms; }
    QStringList selectedRoomIds() const;
    // Selects the room's row (replacing the selection unless `how` says Select).
    void selectRoom(
        const QString& roomId, QItemSelectionModel::SelectionFlag how = QItemSelectionModel::ClearAndSelect);

    // Rooms whose recipient wrote last (awaiting the administrators' answer).
    int awaitingAnswers() const;

signals:
    void refreshed();
    void awaitingAnswersChanged(int count);

private:
    void showRooms(std::vector<SentNoticeRoom> rooms);
    void showMessages();
    void setLeaveRule(bool allow);
    void sendReply();
    void changePin(bool pin);
    void setBusy(bool busy);
    void updateButtons();
    const SentNoticeRoom* currentRoom() const;
    // Shows the outcome and refreshes the list so the table reflects the server.
    void finishAction(const ActionResult& result);

    AdminService& m_admin;
    std::vector<SentNoticeRoom> m_rooms;
    MessageBar* m_messages;
    QStandardItemModel* m_model;
    QTableView* m_table;
    QPushButton* m_refresh;
    QPushButton* m_allow;
    QPushButton* m_deny;
    QLabel* m_roomTitle;
    QListWidget* m_history;
    QPushButton* m_pin;
    QPushButton* m_unpin;
    QPlainTextEdit* m_reply;
    QPushButton* m_send;
    bool m_busy = false;
};

} // namespace nb
