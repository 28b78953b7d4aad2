#pragma once
// The admin console's actions, on the same session as the user's side (NoticeService):
// who is an admin, MSC4279 notice rooms (create, send, pin, leave rule, replies), the
// notice rooms this admin sent, and usage-limit notices in Synapse's server notices room.
// Room actions use the client API only, so they work on servers without the Synapse
// admin API; usage limits need it (and admin rights).
#include "admin/sent_notice_room.h"
#include "notice/presets.h"
#include "service/notice_service.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace nb {

class AdminEndpoints;

class AdminService : public QObject {
    Q_OBJECT
public:
    using Done = NoticeService::Done;
    using RoomsDone = std::function<void(ActionResult, std::vector<SentNoticeRoom>)>;

    explicit AdminService(NoticeService& service, QObject* parent = nullptr);
    ~AdminService() override;

    // --- who is an admin (GET /_synapse/admin/v1/users/{me}/admin)
    // Done: ok with value "true" or "false" whenever the server answered; a failure only
    // when it could not be asked (network, TLS). A server without the admin API answers
    // "false" and adminApiAvailable() turns false, with the reason in adminStatusReason().
    void checkAdmin(Done done);
    std::optional<bool> isAdmin() const { return m_isAdmin; } // nullopt before checkAdmin
    bool adminApiAvailable() const { return m_adminApiAvailable; }
    QString adminStatusReason() const { return m_adminReason; }
    // Whether to offer the admin console (GUI) and the admin verbs (noticectl): a Synapse
    // admin, or - where the server has no admin API to ask - someone whose notice rooms the
    // recipients will see as official (listed as an administrator in
    // /.well-known/matrix/support, or any local user where the server advertises MSC4279).
    // Everybody else never sees the console and gets a refusal from the verbs.
    bool mayUseAdminConsole() const;
    // The room version new notice rooms are created in: the server's default, learned by
    // checkAdmin (empty when the server did not say). See admin_service.cpp for why.
    QString roomVersionForNewRooms() const { return m_roomVersion; }

    // --- MSC4279 notice rooms (client API)
    // The exact /createRoom body createNoticeRoom sends (the creator is filled in).
    nlohmann::json previewRequest(NoticeRoomSpec spec) const;
    void createNoticeRoom(NoticeRoomSpec spec, Done done); // value: the room ID
    // Markdown: `body` is the source, `formatted_body` the sanitised HTML. Value: event ID.
    void send(const QString& roomId, const QString& text, bool markdown, Done done);
    void reply(const QString& roomId, const QString& text, Done done); // plain text, as the admin
    void pin(const QString& roomId, const QString& eventId, Done done);
    void unpin(const QString& roomId, const QString& eventId, Done done);
    // Writes the leave-rules type this server speaks, and also any other form the room
    // already carries, so every receiver reads the same rule.
    void setLeaveRule(const QString& roomId, bool allow, Done done);
    // The notice rooms this admin created and is still in, newest activity first.
    void sentNoticeRooms(RoomsDone done);

    // --- Synapse's server notices room (admin API)
    // Sends the usage-limit notice and pins it next to the pins already there. Value: event ID.
    void sendUsageLimit(const QString& userId, const QString& limitType, const QString& adminContact, Done done);
    // Unpins the usage-limit notices (of `limitType`, or all when empty); other pins stay.
    // Value: how many were unpinned.
    void clearUsageLimit(const QString& userId, const QString& limitType, Done done);

signals:
    void adminStatusChanged();

private:
    void modifyPins(const QString& roomId, const QString& eventId, bool add, Done done);
    void writeLeaveRule(const QString& roomId, QStringList types, bool allow, QString lastEventId, Done done);
    void collectSentRooms(const QStringList& roomIds, RoomsDone done);
    // The user's server notices rooms that carry pins, with their pinned content
    // (usually one room; none when nothing is pinned). See admin_notices_room.cpp.
    using NoticesRoomsDone = std::function<void(std::optional<ActionResult>, QHash<QString, nlohmann::json>)>;
    void findNoticesRooms(const QString& userId, NoticesRoomsDone done);
    void pinInNoticesRoom(const QString& userId, const QString& roomId, const nlohmann::json& pins,
        const QString& value, const QString& message, Done done);
    std::optional<ActionResult> checkUserForServerNotice(const QString& userId) const;
    // What a verb acts on, looked at first (admin_targets.cpp): nullopt to go on, else why not.
    using Checked = std::function<void(std::optional<ActionResult>)>;
    void checkInvitee(const QString& invitee, Checked done); // exists, on this server
    void checkEventInRoom(const QString& roomId, const QString& eventId, Checked done);
    void checkSomeoneReads(const QString& roomId, Checked done); // someone besides us is invited or in
    std::optional<ActionResult> notLoggedIn() const;

    NoticeService& m_service;
    std::unique_ptr<AdminEndpoints> m_endpoints;
    std::optional<bool> m_isAdmin;
    bool m_adminApiAvailable = true;
    QString m_adminReason;
    QString m_roomVersion;
};

} // namespace nb
