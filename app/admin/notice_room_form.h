#pragma once
// "Create notice room" as the admin fills it in, turned into the NoticeRoomSpec that
// AdminService::createNoticeRoom sends, and the request shown before it is sent. The
// form's widgets only edit these values; the override object (JSON) and the request
// text are built here, so no widget builds request JSON.
#include "notice/power_level_overrides.h"
#include "notice/presets.h"

#include <QList>
#include <QString>

namespace nb {

class AdminService;

struct NoticeRoomForm {
    bool readOnly = true; // preset notice_readonly (else notice)
    QString invitee;
    QString name;
    QString topic;
    bool allowLeave = false;
    QList<PowerLevelOverrideRow> powerLevels; // as typed in the table
};

// The spec the form describes. Always filled (wrong override rows left out), so the
// request can be shown while the form is incomplete; *error says what to fix first and
// is empty when the spec may be sent.
NoticeRoomSpec noticeRoomSpec(const NoticeRoomForm& form, QString* error);

// The exact /createRoom body `admin` would send for `spec`, indented for reading.
QString noticeRoomRequestText(const AdminService& admin, const NoticeRoomSpec& spec);

} // namespace nb
