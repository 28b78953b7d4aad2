#pragma once
// The right side of the inbox: one notice room, its notices and what the user can do
// with it. Actions go to the NoticeService; their outcome is shown in words in an
// inline message bar. The view follows the store: MainWindow calls setRoom() after
// every change, and the view marks what the user sees as read.
#include "store/notice_room.h"

#include <QWidget>
#include <optional>

class QPushButton;
class QLabel;
class QStackedWidget;

namespace nb {

class MessageBar;
class AvatarCache;
class NoticeBrowser;
class NoticeHeader;
class NoticeListModel;
class NoticeService;
class ReplyBox;
struct ActionResult;

class NoticeView : public QWidget {
    Q_OBJECT
public:
    explicit NoticeView(NoticeService& service, QWidget* parent = nullptr);

    // nullopt: nothing selected (or the room went away).
    void setRoom(const std::optional<NoticeRoom>& room);
    QString roomId() const { return m_room ? m_room->roomId : QString(); }
    MessageBar* messageBar() const { return m_messageBar; }
    // What the empty pane says when no notice is shown (the inbox may be empty, or loading).
    void setPlaceholderText(const QString& text);
    // Senders' avatars beside their names (NoticeBrowser::setAvatarCache).
    void setAvatarCache(AvatarCache* avatars);
    // The keyboard's way to the actions (the Notice menu): false when the open notice does
    // not offer it (no reply where power levels forbid it, no archive under "deny").
    bool startReply();
    // Brings the notice with this event ID into view (a clicked desktop notification);
    // false when the open room does not show it.
    bool showNotice(const QString& eventId);
    bool archiveCurrent();

private:
    enum class Action { Open, Accept, Reject, Archive, Forget };
    void updateButtons();
    void run(Action action);
    void confirmForget();
    void sendReply(const QString& text);
    void maybeMarkRead(bool roomChanged, bool membershipChanged, bool grew);
    void finishAction(const ActionResult& result, bool showSuccess);
    void setBusy(bool busy);

    NoticeService& m_service;
    std::optional<NoticeRoom> m_room;
    bool m_busy = false;
    QString m_markingReadRoom; // a receipt is on its way for this room

    QStackedWidget* m_pages;
    QLabel* m_placeholder;
    NoticeHeader* m_header;
    MessageBar* m_messageBar;
    NoticeListModel* m_notices;
    NoticeBrowser* m_browser;
    QWidget* m_actionRow;
    QPushButton* m_open;
    QPushButton* m_accept;
    QPushButton* m_reject;
    QPushButton* m_archive;
    QPushButton* m_forget;
    ReplyBox* m_reply;
};

} // namespace nb
