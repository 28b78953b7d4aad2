#pragma once
// How the app names the sender of a message: by the display name the sender gave
// themselves in the room (m.room.member), with the full Matrix ID beside it whenever the
// name alone could mislead. A display name is chosen by its owner, so anyone can call
// themselves "Server Notices": the name decides nothing (trust.h does), and it never
// stands alone where it could pass for someone else (Element's disambiguation, stricter):
// - the room is not official (an unverified room: every sender's ID is shown);
// - another member of the room has the same name (compared without case, invisible
//   characters or repeated spaces);
// - the name looks like a Matrix ID ("@notices:example.org"), or hides characters
//   (zero-width, direction overrides) that make two names look alike.
#include "store/notice_room.h"

#include <QString>

namespace nb {

struct SenderLabel {
    QString userId;
    QString name; // the display name, cut to maxNameChars; the user ID when there is none
    bool showId = false; // show userId next to the name
    QString avatarUrl; // mxc://, empty when none

    // "Name (@id:server)" when the ID must be shown, else the name.
    QString text() const;
};

inline constexpr int maxNameChars = 64;

SenderLabel senderLabel(const NoticeRoom& room, const QString& userId);

// Who a notice room is from, for the inbox: the sender of its newest notice from the
// room's notice sender, else whoever invited the user, else its creator.
QString roomSenderId(const NoticeRoom& room);

// A name as compared for look-alikes: case-folded, invisible (format) characters removed,
// runs of spaces as one, trimmed.
QString comparableName(const QString& name);

} // namespace nb
